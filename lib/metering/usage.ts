import "server-only";
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agents, usageCounters, usageRecords } from "@/db/schema";
import type { UsageScope } from "./period";

/*
 * Read side of metering for the signed-in user. Every query is scoped by the given userId; nothing here reads a
 * session. Sums come back from Postgres as numeric/bigint strings, so each is normalized with Number().
 */

export type UsageTotals = { runsUsed: number; tokensUsed: number; costMicros: number; reservedMicros: number };

export type AgentUsage = {
  agentId: string;
  name: string;
  slug: string;
  listed: boolean;
  runs: number;
  tokensIn: number;
  tokensOut: number;
  costMicros: number;
};

/**
 * The quota ledger (usage_counters) for the scope: the row of the current month, or for a lifetime allowance
 * the sum of every row the account has. No row yet means nothing used.
 */
export async function getUsageTotals(userId: string, scope: UsageScope): Promise<UsageTotals> {
  const db = await getDb();
  const where = scope.kind === "month" ? and(eq(usageCounters.userId, userId), eq(usageCounters.period, scope.period)) : eq(usageCounters.userId, userId);
  const [row] = await db
    .select({
      runsUsed: sql<string>`coalesce(sum(${usageCounters.runsUsed}), 0)`,
      tokensUsed: sql<string>`coalesce(sum(${usageCounters.tokensUsed}), 0)`,
      costMicros: sql<string>`coalesce(sum(${usageCounters.costMicros}), 0)`,
      reservedMicros: sql<string>`coalesce(sum(${usageCounters.reservedMicros}), 0)`,
    })
    .from(usageCounters)
    .where(where);
  return {
    runsUsed: Number(row?.runsUsed ?? 0),
    tokensUsed: Number(row?.tokensUsed ?? 0),
    costMicros: Number(row?.costMicros ?? 0),
    reservedMicros: Number(row?.reservedMicros ?? 0),
  };
}

/** Recorded usage per agent within the scope, the most expensive first. */
export async function getUsageByAgent(userId: string, scope: UsageScope): Promise<AgentUsage[]> {
  const db = await getDb();
  const inScope = scope.kind === "month" ? and(gte(usageRecords.createdAt, scope.start), lt(usageRecords.createdAt, scope.end)) : undefined;
  const cost = sql<string>`sum(${usageRecords.costMicros})`;
  const rows = await db
    .select({
      agentId: agents.id,
      name: agents.name,
      slug: agents.slug,
      status: agents.status,
      runs: sql<string>`count(*)`,
      tokensIn: sql<string>`sum(${usageRecords.tokensIn})`,
      tokensOut: sql<string>`sum(${usageRecords.tokensOut})`,
      costMicros: cost,
    })
    .from(usageRecords)
    .innerJoin(agents, eq(agents.id, usageRecords.agentId))
    .where(and(eq(usageRecords.userId, userId), inScope))
    .groupBy(agents.id, agents.name, agents.slug, agents.status)
    .orderBy(desc(cost), agents.name);
  return rows.map(({ status, ...r }) => ({
    ...r,
    listed: status === "published",
    runs: Number(r.runs),
    tokensIn: Number(r.tokensIn),
    tokensOut: Number(r.tokensOut),
    costMicros: Number(r.costMicros),
  }));
}
