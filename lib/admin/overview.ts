import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";

export type AdminOverview = {
  users: number;
  suspended: number;
  pendingApplications: number;
  pendingModeration: number;
  deadLetters: number;
  revenue30dCents: number;
  runs24h: number;
};

export async function getAdminOverview(db: Db): Promise<AdminOverview> {
  const result = await db.execute(sql`
    select
      (select count(*)::int from users) as users,
      (select count(*)::int from users where status = 'suspended') as suspended,
      (select count(*)::int from creator_applications where stage in ('submitted', 'scoring', 'in_review')) as "pendingApplications",
      (select count(*)::int from moderation_queue where state = 'pending') as "pendingModeration",
      (select count(*)::int from dead_letters where replayed_at is null) as "deadLetters",
      (select coalesce(sum(gross_cents), 0)::int from ledger_entries where created_at > now() - interval '30 days') as "revenue30dCents",
      (select count(*)::int from agent_runs where created_at > now() - interval '1 day') as "runs24h"`);
  return rowsOf<AdminOverview>(result)[0]!;
}
