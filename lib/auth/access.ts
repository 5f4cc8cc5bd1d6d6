import "server-only";
import { and, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { creatorProfiles, subscriptions, users, type User } from "@/db/schema";
import { deriveRole, type DerivedRole, type RoleFacts } from "./roles";

export type UserAccess = DerivedRole & { user: User; facts: RoleFacts };

const PREMIUM_STATUSES = ["active", "trialing"];

/** Reads the facts a role is derived from, in one round trip. */
export async function loadUserAccess(db: DbOrTx, userId: string): Promise<UserAccess | null> {
  const [row] = await db
    .select({
      user: users,
      approvedCreator: sql<boolean>`exists (select 1 from ${creatorProfiles} where ${creatorProfiles.userId} = ${users.id})`,
      premiumActive: sql<boolean>`exists (select 1 from ${subscriptions} where ${and(
        eq(subscriptions.userId, users.id),
        eq(subscriptions.plan, "premium"),
        inArray(subscriptions.status, PREMIUM_STATUSES),
        or(isNull(subscriptions.currentPeriodEnd), gt(subscriptions.currentPeriodEnd, sql`now()`)),
      )})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return null;
  const facts: RoleFacts = {
    status: row.user.status,
    isAdmin: row.user.isAdmin,
    emailVerified: row.user.emailVerified !== null,
    approvedCreator: Boolean(row.approvedCreator),
    premiumActive: Boolean(row.premiumActive),
  };
  return { ...deriveRole(facts), user: row.user, facts };
}
