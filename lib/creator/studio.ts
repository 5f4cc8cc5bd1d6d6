import "server-only";
import { and, asc, desc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agents, agentVersions, creatorProfiles, ledgerEntries, orders, type Agent } from "@/db/schema";
import { emptyTotals, type EarningsTotals } from "./earnings";

/**
 * The creator studio's reads. Every query is keyed by the creator profile of the user id passed in
 * (the signed-in user), never by a creator id from the request: a vendor cannot ask for another
 * creator's agents or money.
 */

export type StudioProfile = { id: string; handle: string; displayName: string; verified: boolean; createdAt: Date };

export type StudioAgent = Pick<Agent, "id" | "slug" | "name" | "tagline" | "status" | "pricing" | "priceCents" | "ratingAvg" | "ratingCount" | "runCount" | "publishedAt" | "updatedAt"> & {
  version: string | null;
};

export type StudioSale = {
  id: string;
  kind: "sale" | "refund" | "dispute" | "fee";
  createdAt: Date;
  agentName: string | null;
  agentSlug: string | null;
  grossCents: number;
  platformFeeCents: number;
  creatorShareCents: number;
};

export type CreatorStudio = {
  profile: StudioProfile;
  agents: StudioAgent[];
  earnings: { allTime: EarningsTotals; last30Days: EarningsTotals };
  recentSales: StudioSale[];
};

export const RECENT_SALES_LIMIT = 10;
const DAY_MS = 86_400_000;

// Agents that need the creator's attention first, live ones after.
const STATUS_ORDER = sql`case ${agents.status} when 'pending_review' then 0 when 'rejected' then 1 when 'suspended' then 2 when 'draft' then 3 else 4 end`;

async function profileOf(db: DbOrTx, userId: string): Promise<StudioProfile | null> {
  const [row] = await db
    .select({ id: creatorProfiles.id, handle: creatorProfiles.handle, displayName: creatorProfiles.displayName, verified: creatorProfiles.verified, createdAt: creatorProfiles.createdAt })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, userId))
    .limit(1);
  return row ?? null;
}

async function agentsOf(db: DbOrTx, creatorId: string): Promise<StudioAgent[]> {
  return db
    .select({
      id: agents.id,
      slug: agents.slug,
      name: agents.name,
      tagline: agents.tagline,
      status: agents.status,
      pricing: agents.pricing,
      priceCents: agents.priceCents,
      ratingAvg: agents.ratingAvg,
      ratingCount: agents.ratingCount,
      runCount: agents.runCount,
      publishedAt: agents.publishedAt,
      updatedAt: agents.updatedAt,
      version: agentVersions.version,
    })
    .from(agents)
    // The version must belong to the agent: a stray current_version_id never shows another agent's version.
    .leftJoin(agentVersions, and(eq(agentVersions.id, agents.currentVersionId), eq(agentVersions.agentId, agents.id)))
    .where(eq(agents.creatorId, creatorId))
    .orderBy(STATUS_ORDER, asc(agents.name));
}

async function totalsOf(db: DbOrTx, creatorId: string, since: Date): Promise<{ allTime: EarningsTotals; last30Days: EarningsTotals }> {
  const recent = sql`${ledgerEntries.createdAt} >= ${since.toISOString()}::timestamptz`;
  // ::bigint, not ::int: a busy creator's all-time cents can pass 2^31.
  const sum = (column: AnyColumn, where?: SQL) =>
    where ? sql<string>`coalesce(sum(${column}) filter (where ${where}), 0)::bigint` : sql<string>`coalesce(sum(${column}), 0)::bigint`;
  const count = (where: SQL) => sql<number>`count(*) filter (where ${where})::int`;
  const isSale = sql`${ledgerEntries.kind} = 'sale'`;
  const isReversal = sql`${ledgerEntries.kind} in ('refund', 'dispute')`;
  const [row] = await db
    .select({
      sales: count(isSale),
      grossSales: sum(ledgerEntries.grossCents, isSale),
      reversals: sum(ledgerEntries.grossCents, isReversal),
      platformFee: sum(ledgerEntries.platformFeeCents),
      creatorShare: sum(ledgerEntries.creatorShareCents),
      recentSales: count(sql`${isSale} and ${recent}`),
      recentGrossSales: sum(ledgerEntries.grossCents, sql`${isSale} and ${recent}`),
      recentReversals: sum(ledgerEntries.grossCents, sql`${isReversal} and ${recent}`),
      recentPlatformFee: sum(ledgerEntries.platformFeeCents, recent),
      recentCreatorShare: sum(ledgerEntries.creatorShareCents, recent),
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.creatorId, creatorId));
  if (!row) return { allTime: emptyTotals(), last30Days: emptyTotals() };
  const n = (v: unknown) => Number(v); // bigint sums arrive as strings (postgres.js) or numbers (PGlite)
  return {
    allTime: { sales: n(row.sales), grossSalesCents: n(row.grossSales), reversalsCents: n(row.reversals), platformFeeCents: n(row.platformFee), creatorShareCents: n(row.creatorShare) },
    last30Days: {
      sales: n(row.recentSales),
      grossSalesCents: n(row.recentGrossSales),
      reversalsCents: n(row.recentReversals),
      platformFeeCents: n(row.recentPlatformFee),
      creatorShareCents: n(row.recentCreatorShare),
    },
  };
}

/** Ledger entries with the agent sold; buyers are never selected (a creator sees sales, not customers). */
async function recentSalesOf(db: DbOrTx, creatorId: string, limit: number): Promise<StudioSale[]> {
  return db
    .select({
      id: ledgerEntries.id,
      kind: ledgerEntries.kind,
      createdAt: ledgerEntries.createdAt,
      agentName: agents.name,
      agentSlug: agents.slug,
      grossCents: ledgerEntries.grossCents,
      platformFeeCents: ledgerEntries.platformFeeCents,
      creatorShareCents: ledgerEntries.creatorShareCents,
    })
    .from(ledgerEntries)
    .leftJoin(orders, eq(orders.id, ledgerEntries.orderId))
    // Only the creator's own agent is named, even if an order pointed elsewhere.
    .leftJoin(agents, and(eq(agents.id, orders.agentId), eq(agents.creatorId, creatorId)))
    .where(eq(ledgerEntries.creatorId, creatorId))
    .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
    .limit(limit);
}

/** Everything /creator shows for the signed-in user, or null when they have no creator profile. */
export async function getCreatorStudio(db: DbOrTx, userId: string, now = new Date()): Promise<CreatorStudio | null> {
  const profile = await profileOf(db, userId);
  if (!profile) return null;
  const [agentRows, earnings, recentSales] = await Promise.all([
    agentsOf(db, profile.id),
    totalsOf(db, profile.id, new Date(now.getTime() - 30 * DAY_MS)),
    recentSalesOf(db, profile.id, RECENT_SALES_LIMIT),
  ]);
  return { profile, agents: agentRows, earnings, recentSales };
}
