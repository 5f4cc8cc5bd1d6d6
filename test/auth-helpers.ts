import { encode } from "next-auth/jwt";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { demoAccounts } from "@/db/seed";
import { loadUserAccess } from "@/lib/auth/access";
import { settings } from "@/lib/env";
import { resetRequest } from "./mocks/next-headers";

export const SESSION_COOKIE = "authjs.session-token";

export type DemoRole = keyof typeof demoAccounts;

export async function userIdFor(email: string): Promise<string> {
  const db = await getDb();
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`No seeded user ${email}`);
  return u.id;
}

/** A real Auth.js session cookie for the user, encoded with the app's secret (or another one). */
export async function sessionCookieFor(userId: string, { secret = settings.authSecret, authTime = Date.now() } = {}): Promise<string> {
  const access = await loadUserAccess(await getDb(), userId);
  return encode({
    token: { sub: userId, uid: userId, role: access?.role ?? null, authTime, roleCheckedAt: Math.floor(authTime / 1000) },
    secret,
    salt: SESSION_COOKIE,
  });
}

/** Makes the next calls behave as a request from this user (or anonymous). */
export async function actAs(who: DemoRole | "anonymous" | { userId: string; secret?: string; authTime?: number }) {
  if (who === "anonymous") {
    resetRequest();
    return null;
  }
  const userId = typeof who === "string" ? await userIdFor(demoAccounts[who]) : who.userId;
  const opts = typeof who === "string" ? {} : { secret: who.secret, authTime: who.authTime };
  resetRequest({ cookies: { [SESSION_COOKIE]: await sessionCookieFor(userId, opts) } });
  return userId;
}

/** Next's redirect()/forbidden()/notFound() throw errors whose digest names the outcome. */
export async function outcomeOf(render: () => unknown): Promise<{ kind: "ok" } | { kind: "redirect"; location: string } | { kind: "forbidden" } | { kind: "not_found" }> {
  try {
    await render();
    return { kind: "ok" };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", location: digest.split(";")[2] ?? "" };
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return { kind: "forbidden" };
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { kind: "not_found" };
    throw error;
  }
}
