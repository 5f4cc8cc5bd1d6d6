import "server-only";
import { and, desc, eq, max, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agentRuns, agents, creatorProfiles, licenses, orders } from "@/db/schema";
import type { LicenseStatus, OrderStatus } from "./license-status";

/*
 * The signed-in user's library: the agents they hold a license for, and the free agents they have run. Every
 * query is scoped by the given userId. License keys are stored hashed; only their display prefix is read.
 */

export type LibraryAgent = { id: string; slug: string; name: string; tagline: string; listed: boolean; creator: { handle: string; displayName: string } };

export type OwnedLicense = {
  id: string;
  status: LicenseStatus;
  keyPrefix: string;
  purchasedAt: Date;
  /** What the order charged, in integer cents; null for a license granted without an order. */
  amountCents: number | null;
  currency: string | null;
  orderStatus: OrderStatus | null;
  agent: LibraryAgent;
};

export type RecentFreeAgent = { agent: LibraryAgent; lastRunAt: Date; runs: number };

const agentColumns = {
  agentId: agents.id,
  slug: agents.slug,
  name: agents.name,
  tagline: agents.tagline,
  agentStatus: agents.status,
  creatorHandle: creatorProfiles.handle,
  creatorName: creatorProfiles.displayName,
};

type AgentRow = { agentId: string; slug: string; name: string; tagline: string; agentStatus: string; creatorHandle: string; creatorName: string };

function toAgent(r: AgentRow): LibraryAgent {
  return { id: r.agentId, slug: r.slug, name: r.name, tagline: r.tagline, listed: r.agentStatus === "published", creator: { handle: r.creatorHandle, displayName: r.creatorName } };
}

/** Every license the user holds, whatever its status (the page explains the inactive ones), newest first. */
export async function listOwnedLicenses(userId: string): Promise<OwnedLicense[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: licenses.id,
      status: licenses.status,
      keyPrefix: licenses.keyPrefix,
      createdAt: licenses.createdAt,
      paidAt: orders.paidAt,
      amountCents: orders.amountCents,
      currency: orders.currency,
      orderStatus: orders.status,
      ...agentColumns,
    })
    .from(licenses)
    .innerJoin(agents, eq(agents.id, licenses.agentId))
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    // The order must be the user's own too: a license never shows another account's payment.
    .leftJoin(orders, and(eq(orders.id, licenses.orderId), eq(orders.userId, userId)))
    .where(eq(licenses.userId, userId))
    .orderBy(desc(licenses.createdAt), licenses.id);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    keyPrefix: r.keyPrefix,
    purchasedAt: r.paidAt ?? r.createdAt,
    amountCents: r.amountCents,
    currency: r.currency,
    orderStatus: r.orderStatus,
    agent: toAgent(r),
  }));
}

/** Distinct free agents from the user's runs, the most recently run first. */
export async function listRecentlyRunFreeAgents(userId: string, limit = 8): Promise<RecentFreeAgent[]> {
  const db = await getDb();
  const lastRunAt = max(agentRuns.createdAt);
  const rows = await db
    .select({ ...agentColumns, lastRunAt, runs: sql<string>`count(*)` })
    .from(agentRuns)
    .innerJoin(agents, eq(agents.id, agentRuns.agentId))
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    .where(and(eq(agentRuns.userId, userId), eq(agents.pricing, "free")))
    .groupBy(agents.id, agents.slug, agents.name, agents.tagline, agents.status, creatorProfiles.handle, creatorProfiles.displayName)
    .orderBy(desc(lastRunAt), agents.name)
    .limit(Math.min(Math.max(1, Math.trunc(limit)), 50));
  return rows.map((r) => ({ agent: toAgent(r), lastRunAt: new Date(r.lastRunAt ?? 0), runs: Number(r.runs) }));
}
