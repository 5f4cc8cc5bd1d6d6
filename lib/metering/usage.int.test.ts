import { and, eq, gte, lt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agentRuns, usageCounters, usageRecords, users } from "@/db/schema";
import { PLANS } from "@/lib/catalog/plans";
import { periodOf, usageScopeFor } from "./period";
import { getUsageByAgent, getUsageTotals } from "./usage";

async function userId(email: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`seeded user ${email} missing`);
  return row.id;
}

let shopper: string;
let premium: string;
let trial: string;
const now = new Date();
const month = usageScopeFor(PLANS.free, now);
if (month.kind !== "month") throw new Error("free plan is monthly");

beforeAll(async () => {
  [shopper, premium, trial] = await Promise.all([userId("user@example.com"), userId("premium@example.com"), userId("trial@example.com")]);
});

/** One succeeded run with its usage record, at a given time. */
async function recordRun(user: string, at: Date, tokensIn: number, tokensOut: number, costMicros: number): Promise<void> {
  const db = await getDb();
  const [template] = await db.select({ agentId: agentRuns.agentId, versionId: agentRuns.versionId }).from(agentRuns).where(eq(agentRuns.userId, shopper)).limit(1);
  const [run] = await db.insert(agentRuns).values({ userId: user, agentId: template!.agentId, versionId: template!.versionId, status: "succeeded", input: { input: "x" }, createdAt: at }).returning();
  await db.insert(usageRecords).values({ runId: run!.id, userId: user, agentId: template!.agentId, model: "4uai-demo-1", tokensIn, tokensOut, costMicros, createdAt: at });
}

describe("getUsageTotals", () => {
  it("reads this month's counter row of the user", async () => {
    const db = await getDb();
    const [row] = await db.select().from(usageCounters).where(and(eq(usageCounters.userId, shopper), eq(usageCounters.period, periodOf(now))));
    expect(await getUsageTotals(shopper, month)).toEqual({ runsUsed: row!.runsUsed, tokensUsed: row!.tokensUsed, costMicros: row!.costMicros, reservedMicros: row!.reservedMicros });
    // The seed counts this period's runs only, so the figure depends on the date: compare with the records.
    const records = await db.select().from(usageRecords).where(eq(usageRecords.userId, shopper));
    expect(row!.runsUsed).toBe(records.filter((r) => periodOf(r.createdAt) === periodOf(now)).length);
  });

  it("is zero for an account without a counter", async () => {
    expect(await getUsageTotals(trial, month)).toEqual({ runsUsed: 0, tokensUsed: 0, costMicros: 0, reservedMicros: 0 });
    expect(await getUsageTotals(trial, { kind: "lifetime" })).toEqual({ runsUsed: 0, tokensUsed: 0, costMicros: 0, reservedMicros: 0 });
  });

  it("never counts another user's usage, and a lifetime allowance sums every period of the user", async () => {
    const db = await getDb();
    const before = await getUsageTotals(shopper, month);
    await db.insert(usageCounters).values([
      { userId: premium, period: "1999-01", runsUsed: 900, tokensUsed: 9_000_000, costMicros: 9_000_000 },
      { userId: trial, period: periodOf(now), runsUsed: 3, tokensUsed: 1_500, costMicros: 4_000, reservedMicros: 700 },
      { userId: trial, period: "2025-01", runsUsed: 2, tokensUsed: 500, costMicros: 1_000 },
    ]);
    expect(await getUsageTotals(shopper, month)).toEqual(before);
    expect(await getUsageTotals(trial, month)).toEqual({ runsUsed: 3, tokensUsed: 1_500, costMicros: 4_000, reservedMicros: 700 });
    expect(await getUsageTotals(trial, { kind: "lifetime" })).toEqual({ runsUsed: 5, tokensUsed: 2_000, costMicros: 5_000, reservedMicros: 700 });
  });
});

describe("getUsageByAgent", () => {
  it("sums the user's usage records of this month per agent, the most expensive first", async () => {
    const db = await getDb();
    const records = await db
      .select()
      .from(usageRecords)
      .where(and(eq(usageRecords.userId, shopper), gte(usageRecords.createdAt, month.start), lt(usageRecords.createdAt, month.end)));
    const rows = await getUsageByAgent(shopper, month);
    expect(rows.reduce((n, r) => n + r.runs, 0)).toBe(records.length);
    expect(rows.reduce((n, r) => n + r.costMicros, 0)).toBe(records.reduce((n, r) => n + r.costMicros, 0));
    expect(rows.reduce((n, r) => n + r.tokensIn + r.tokensOut, 0)).toBe(records.reduce((n, r) => n + r.tokensIn + r.tokensOut, 0));
    const costs = rows.map((r) => r.costMicros);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
  });

  it("keeps other users' records and other months out", async () => {
    const before = await getUsageByAgent(shopper, month);
    await recordRun(premium, now, 1_000, 1_000, 999_999);
    await recordRun(shopper, new Date(month.start.getTime() - 1), 50, 50, 123);
    expect(await getUsageByAgent(shopper, month)).toEqual(before);

    await recordRun(trial, now, 10, 20, 3_100);
    await recordRun(trial, new Date("2024-06-01T00:00:00Z"), 5, 5, 900);
    const thisMonth = await getUsageByAgent(trial, month);
    expect(thisMonth).toHaveLength(1);
    expect(thisMonth[0]).toMatchObject({ runs: 1, tokensIn: 10, tokensOut: 20, costMicros: 3_100 });
    const lifetime = await getUsageByAgent(trial, { kind: "lifetime" });
    expect(lifetime[0]).toMatchObject({ runs: 2, tokensIn: 15, tokensOut: 25, costMicros: 4_000 });
  });
});
