import { desc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/(auth)/actions/sign-up";
import { forgotPasswordAction } from "@/app/(auth)/actions/forgot-password";
import { resetPasswordAction } from "@/app/(auth)/actions/reset-password";
import { signInAction } from "@/app/(auth)/actions/sign-in";
import { verifyEmailAction } from "@/app/(auth)/actions/verify-email";
import { getDb } from "@/db/client";
import { auditLog, mailOutbox, users } from "@/db/schema";
import { drainJobs } from "@/lib/jobs";
import { actAs, outcomeOf } from "@/test/auth-helpers";
import { currentCookies } from "@/test/mocks/next-headers";
import { getCurrentUser } from "./session";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const idle = { status: "idle" as const };
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function latestMailTo(email: string) {
  await drainJobs();
  const db = await getDb();
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  return mail;
}

const tokenIn = (text: string) => text.match(/token=([A-Za-z0-9_-]+)/)?.[1] ?? "";

describe("accounts", () => {
  beforeEach(() => actAs("anonymous"));

  it("sign up → trial, verify by the mailed link → user, sign in sets a session", async () => {
    const email = "new.person@example.com";
    const result = await signUpAction(idle, form({ name: "New Person", email: "New.Person@Example.com", password: "correct horse battery" }));
    expect(result.status).toBe("success");
    const mail = await latestMailTo(email);
    expect(mail?.subject).toMatch(/verify/i);

    const signedIn = await outcomeOf(() => signInAction(idle, form({ email, password: "correct horse battery", next: "/library" })));
    expect(signedIn).toEqual({ kind: "redirect", location: "/library" });
    expect(currentCookies().has("authjs.session-token")).toBe(true);
    expect((await getCurrentUser())?.role).toBe("trial_user");

    expect((await verifyEmailAction(idle, form({ token: tokenIn(mail!.text) }))).status).toBe("success");
    expect((await getCurrentUser())?.role).toBe("user");
    // A link works once.
    expect((await verifyEmailAction(idle, form({ token: tokenIn(mail!.text) }))).status).toBe("error");
  });

  it("answers a sign-up for a taken email exactly like a new one, and mails the owner instead", async () => {
    const fresh = await signUpAction(idle, form({ name: "A", email: "fresh-one@example.com", password: "long enough pw" }));
    const taken = await signUpAction(idle, form({ name: "B", email: "user@example.com", password: "long enough pw" }));
    expect(taken.status).toBe(fresh.status);
    expect(taken.message?.replace("user@example.com", "X")).toBe(fresh.message?.replace("fresh-one@example.com", "X"));
    expect((await latestMailTo("user@example.com"))?.subject).toMatch(/tried to sign up/i);
  });

  it.each([
    [{ name: "x", email: "not-an-email", password: "long enough pw" }, "email"],
    [{ name: "x", email: "a@example.com", password: "short" }, "password"],
    [{ name: "x".repeat(81), email: "a@example.com", password: "long enough pw" }, "name"],
    [{ name: "x", email: `${"a".repeat(250)}@example.com`, password: "long enough pw" }, "email"],
  ])("refuses bad sign-up input %# with a field error and creates nothing", async (fields, field) => {
    const db = await getDb();
    const before = (await db.select().from(users)).length;
    const result = await signUpAction(idle, form(fields));
    expect(result.status).toBe("error");
    expect(result.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect((await db.select().from(users)).length).toBe(before);
  });

  it("refuses unknown fields (strict schemas)", async () => {
    const result = await signUpAction(idle, form({ name: "x", email: "strict@example.com", password: "long enough pw", isAdmin: "true" }));
    expect(result.status).toBe("error");
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, "strict@example.com"))).toEqual([]);
  });

  it("gives the same message for a wrong password and an unknown email, and audits the failure", async () => {
    const wrong = await signInAction(idle, form({ email: "user@example.com", password: "not-the-password" }));
    const unknown = await signInAction(idle, form({ email: "ghost@example.com", password: "not-the-password" }));
    expect(wrong.message).toBe(unknown.message);
    const db = await getDb();
    const failures = await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_failed"));
    expect(failures.map((f) => f.subjectId)).toEqual(expect.arrayContaining(["user@example.com", "ghost@example.com"]));
    expect(failures[0]?.ip).toBe("203.0.113.7");
  });

  it("throttles repeated sign-in attempts for one email and audits it", async () => {
    let last = idle as Awaited<ReturnType<typeof signInAction>>;
    for (let i = 0; i < 6; i++) last = await signInAction(idle, form({ email: "premium@example.com", password: `guess-${i}` }));
    expect(last.message).toMatch(/too many attempts/i);
    const db = await getDb();
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_throttled"))).toHaveLength(1);
  });

  it("resets a password by the mailed link once, voiding older sessions", async () => {
    const userId = await actAs("user");
    expect((await forgotPasswordAction(idle, form({ email: "user@example.com" }))).status).toBe("success");
    const token = tokenIn((await latestMailTo("user@example.com"))!.text);
    const done = await resetPasswordAction(idle, form({ token, password: "brand new password", confirm: "brand new password" }));
    expect(done.status).toBe("success");
    expect(await getCurrentUser()).toBeNull();
    expect((await resetPasswordAction(idle, form({ token, password: "another password", confirm: "another password" }))).status).toBe("error");
    await actAs("anonymous");
    const outcome = await outcomeOf(() => signInAction(idle, form({ email: "user@example.com", password: "brand new password" })));
    expect(outcome.kind).toBe("redirect");
    expect((await getCurrentUser())?.id).toBe(userId);
  });

  it("answers a reset request for an unknown email like a known one, sending nothing", async () => {
    const known = await forgotPasswordAction(idle, form({ email: "trial@example.com" }));
    const unknown = await forgotPasswordAction(idle, form({ email: "nobody-here@example.com" }));
    expect(unknown.message?.replace("nobody-here@example.com", "X")).toBe(known.message?.replace("trial@example.com", "X"));
    expect(await latestMailTo("nobody-here@example.com")).toBeUndefined();
  });
});
