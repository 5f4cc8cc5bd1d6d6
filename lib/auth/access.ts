import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users, type User } from "@/db/schema";
import { deriveRole, type DerivedRole, type RoleFacts } from "./roles";

export type UserAccess = DerivedRole & { user: User; facts: RoleFacts };

/** Reads the facts a role is derived from, in one round trip. */
export async function loadUserAccess(db: DbOrTx, userId: string): Promise<UserAccess | null> {
  const [row] = await db
    .select({
      user: users,
      // Qualified by hand: drizzle renders bare column names inside sql``, which a subquery would misbind.
      approvedCreator: sql<boolean>`exists (select 1 from creator_profiles cp where cp.user_id = "users"."id")`,
      premiumActive: sql<boolean>`exists (select 1 from subscriptions s where s.user_id = "users"."id" and s.plan = 'premium'
        and s.status in ('active', 'trialing') and (s.current_period_end is null or s.current_period_end > now()))`,
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
