import "server-only";
import { and, eq, gt, like, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, verificationTokens, type User } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { randomToken, sha256Hex } from "./tokens";

const VERIFY_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_TTL_MS = 60 * 60 * 1000;

// Verifying against a real hash when the account is missing keeps response times alike (no enumeration by timing).
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-0000"));

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user;
}

/** The user whose password matches, or null; suspended users authenticate but hold no role (the DAL refuses them). */
export async function authenticate(db: Db, email: string, password: string): Promise<User | null> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  return user?.passwordHash && ok ? user : null;
}

export type RegisterResult = { created: true; user: User } | { created: false; existing: User };

export async function registerAccount(db: Db, input: { name: string; email: string; password: string }): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ name: input.name, email: input.email.toLowerCase(), passwordHash })
    .onConflictDoNothing()
    .returning();
  if (user) return { created: true, user };
  const existing = await findUserByEmail(db, input.email);
  if (!existing) throw new Error("Sign-up conflict without an existing user");
  return { created: false, existing };
}

async function issueToken(db: Db, identifier: string, ttlMs: number): Promise<string> {
  const raw = randomToken();
  await db.transaction(async (tx) => {
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier));
    await tx.insert(verificationTokens).values({ identifier, token: sha256Hex(raw), expires: new Date(Date.now() + ttlMs) });
  });
  return raw;
}

/** Deletes the token as it is read, so a link works exactly once. */
async function consumeToken(db: Db, kind: "verify" | "reset", raw: string): Promise<string | null> {
  const [row] = await db
    .delete(verificationTokens)
    .where(and(eq(verificationTokens.token, sha256Hex(raw)), like(verificationTokens.identifier, `${kind}:%`), gt(verificationTokens.expires, new Date())))
    .returning();
  return row ? row.identifier.slice(kind.length + 1) : null;
}

export function createEmailVerificationToken(db: Db, userId: string): Promise<string> {
  return issueToken(db, `verify:${userId}`, VERIFY_TTL_MS);
}

export async function verifyEmail(db: Db, rawToken: string): Promise<User | null> {
  const userId = await consumeToken(db, "verify", rawToken);
  if (!userId) return null;
  const [user] = await db
    .update(users)
    .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning();
  return user ?? null;
}

export function createPasswordResetToken(db: Db, userId: string): Promise<string> {
  return issueToken(db, `reset:${userId}`, RESET_TTL_MS);
}

/** Sets the new password and voids every session issued before now. Returns the user, or null for a bad link. */
export async function resetPassword(db: Db, rawToken: string, newPassword: string): Promise<User | null> {
  const userId = await consumeToken(db, "reset", rawToken);
  if (!userId) return null;
  const passwordHash = await hashPassword(newPassword);
  const [user] = await db
    .update(users)
    .set({ passwordHash, sessionsValidAfter: new Date(), updatedAt: new Date(), emailVerified: sql`coalesce(${users.emailVerified}, now())` })
    .where(eq(users.id, userId))
    .returning();
  return user ?? null;
}

export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<"changed" | "wrong_password"> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) return "wrong_password";
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(next), sessionsValidAfter: new Date(), updatedAt: new Date() })
    .where(eq(users.id, userId));
  return "changed";
}
