import "server-only";
import { and, desc, eq, ilike, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { audit } from "@/lib/audit/audit";
import { deriveRole, type DerivedRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

export const ADMIN_USERS_PAGE_SIZE = 25;

export type AdminUserRow = {
  id: string;
  name: string | null;
  email: string;
  status: "active" | "suspended";
  isAdmin: boolean;
  emailVerified: boolean;
  createdAt: Date;
} & DerivedRole;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function searchUsers(db: Db, { q, page }: { q: string; page: number }): Promise<{ rows: AdminUserRow[]; total: number }> {
  const term = q.trim().slice(0, 100);
  const where = term ? or(ilike(users.email, `%${escapeLike(term)}%`), ilike(users.name, `%${escapeLike(term)}%`)) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        status: users.status,
        isAdmin: users.isAdmin,
        emailVerified: sql<boolean>`${users.emailVerified} is not null`,
        createdAt: users.createdAt,
        approvedCreator: sql<boolean>`exists (select 1 from creator_profiles cp where cp.user_id = "users"."id")`,
        premiumActive: sql<boolean>`exists (select 1 from subscriptions s where s.user_id = "users"."id" and s.plan = 'premium' and s.status in ('active', 'trialing') and (s.current_period_end is null or s.current_period_end > now()))`,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.email)
      .limit(ADMIN_USERS_PAGE_SIZE)
      .offset((page - 1) * ADMIN_USERS_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return {
    total: count?.n ?? 0,
    rows: rows.map(({ approvedCreator, premiumActive, ...u }) => ({
      ...u,
      ...deriveRole({ status: u.status, isAdmin: u.isAdmin, emailVerified: Boolean(u.emailVerified), approvedCreator: Boolean(approvedCreator), premiumActive: Boolean(premiumActive) }),
      emailVerified: Boolean(u.emailVerified),
    })),
  };
}

type Actor = { id: string; ip: string | null };

/** Locks the active admins and fails when the change would leave none. */
async function assertAnotherActiveAdmin(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], targetId: string) {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isAdmin, true), eq(users.status, "active"), ne(users.id, targetId)))
    .for("update");
  if (others.length === 0) throw new AppError("conflict", "This would leave 4UAI without an active admin.");
}

export async function setUserSuspended(db: Db, actor: Actor, targetId: string, suspended: boolean, reason: string): Promise<void> {
  if (actor.id === targetId && suspended) throw new AppError("conflict", "You cannot suspend your own account.");
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, targetId)).for("update");
    if (!target) throw new AppError("not_found", "User not found");
    if (suspended && target.isAdmin && target.status === "active") await assertAnotherActiveAdmin(tx, targetId);
    const status = suspended ? "suspended" : "active";
    if (target.status === status) return;
    await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, targetId));
    await audit(tx, { actorId: actor.id, action: suspended ? "user.suspended" : "user.reinstated", subjectType: "user", subjectId: targetId, ip: actor.ip, metadata: { reason, email: target.email } });
  });
}

export async function setUserAdmin(db: Db, actor: Actor, targetId: string, isAdmin: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, targetId)).for("update");
    if (!target) throw new AppError("not_found", "User not found");
    if (target.isAdmin === isAdmin) return;
    if (!isAdmin && target.status === "active") await assertAnotherActiveAdmin(tx, targetId);
    if (isAdmin && target.status !== "active") throw new AppError("conflict", "Reinstate the account before granting admin.");
    await tx.update(users).set({ isAdmin, updatedAt: new Date() }).where(eq(users.id, targetId));
    await audit(tx, { actorId: actor.id, action: isAdmin ? "user.admin_granted" : "user.admin_revoked", subjectType: "user", subjectId: targetId, ip: actor.ip, metadata: { email: target.email } });
  });
}
