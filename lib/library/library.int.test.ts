import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agentRuns, agents, licenses, orders, users } from "@/db/schema";
import { listOwnedLicenses, listRecentlyRunFreeAgents } from "./library";

async function userId(email: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`seeded user ${email} missing`);
  return row.id;
}

let shopper: string;
let premium: string;
let trial: string;

beforeAll(async () => {
  [shopper, premium, trial] = await Promise.all([userId("user@example.com"), userId("premium@example.com"), userId("trial@example.com")]);
});

describe("listOwnedLicenses", () => {
  it("shows the seeded purchase with the price paid, purchase date and key prefix", async () => {
    const db = await getDb();
    const [order] = await db.select().from(orders).where(eq(orders.userId, shopper));
    const owned = await listOwnedLicenses(shopper);
    expect(owned).toHaveLength(1);
    expect(owned[0]).toMatchObject({ status: "active", keyPrefix: "lic_demo", amountCents: order!.amountCents, orderStatus: "paid", purchasedAt: order!.paidAt });
    expect(owned[0]!.agent.id).toBe(order!.agentId);
    expect(owned[0]!.agent.listed).toBe(true);
    expect(owned[0]!.agent.creator.handle).toBeTruthy();
    expect(owned[0]).not.toHaveProperty("keyHash");
  });

  it("never shows another user's licenses, and an account without any gets an empty list", async () => {
    const db = await getDb();
    const [bought] = await db.select({ agentId: orders.agentId }).from(orders).where(eq(orders.userId, shopper));
    const [order] = await db
      .insert(orders)
      .values({ userId: premium, agentId: bought!.agentId, checkoutSessionId: "cs_int_premium", amountCents: 2500, status: "paid", paidAt: new Date() })
      .returning();
    await db.insert(licenses).values({ userId: premium, agentId: bought!.agentId, orderId: order!.id, keyHash: "int-premium-hash", keyPrefix: "lic_prem" });

    const mine = await listOwnedLicenses(shopper);
    expect(mine.map((l) => l.keyPrefix)).toEqual(["lic_demo"]);
    const theirs = await listOwnedLicenses(premium);
    expect(theirs.map((l) => [l.keyPrefix, l.amountCents])).toEqual([["lic_prem", 2500]]);
    expect(await listOwnedLicenses(trial)).toEqual([]);
  });

  it("keeps revoked and suspended licenses with the order status that explains them", async () => {
    const db = await getDb();
    const [agent] = await db.select({ id: agents.id }).from(agents).where(eq(agents.pricing, "one_time")).limit(1);
    const [refunded] = await db
      .insert(orders)
      .values({ userId: trial, agentId: agent!.id, checkoutSessionId: "cs_int_refunded", amountCents: 900, status: "refunded", paidAt: new Date("2026-01-02T00:00:00Z") })
      .returning();
    await db.insert(licenses).values({ userId: trial, agentId: agent!.id, orderId: refunded!.id, keyHash: "int-refunded-hash", keyPrefix: "lic_refd", status: "revoked" });

    const [row] = await listOwnedLicenses(trial);
    expect(row).toMatchObject({ status: "revoked", orderStatus: "refunded", amountCents: 900, purchasedAt: new Date("2026-01-02T00:00:00Z") });
  });

  it("does not read the price of an order that belongs to someone else", async () => {
    const db = await getDb();
    const [agent] = await db.select({ id: agents.id }).from(agents).where(eq(agents.pricing, "one_time")).limit(1);
    const [shopperOrder] = await db
      .insert(orders)
      .values({ userId: shopper, agentId: agent!.id, checkoutSessionId: "cs_int_foreign", amountCents: 4200, status: "paid", paidAt: new Date() })
      .returning();
    // A corrupt row: premium's license pointing at the shopper's order. The license shows; the payment does not.
    await db.insert(licenses).values({ userId: premium, agentId: agent!.id, orderId: shopperOrder!.id, keyHash: "int-foreign-order", keyPrefix: "lic_frgn" });
    const foreign = (await listOwnedLicenses(premium)).find((l) => l.keyPrefix === "lic_frgn");
    expect(foreign).toMatchObject({ amountCents: null, orderStatus: null });
    expect((await listOwnedLicenses(shopper)).map((l) => l.keyPrefix)).toEqual(["lic_demo"]);
  });
});

describe("listRecentlyRunFreeAgents", () => {
  it("lists the distinct free agents of the user's own runs, most recent first", async () => {
    const db = await getDb();
    const runs = await db
      .select({ agentId: agentRuns.agentId, createdAt: agentRuns.createdAt, pricing: agents.pricing })
      .from(agentRuns)
      .innerJoin(agents, eq(agents.id, agentRuns.agentId))
      .where(eq(agentRuns.userId, shopper));
    const expected = [...new Set(runs.filter((r) => r.pricing === "free").sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((r) => r.agentId))];

    const recent = await listRecentlyRunFreeAgents(shopper);
    expect(recent.map((r) => r.agent.id)).toEqual(expected);
    expect(recent.reduce((n, r) => n + r.runs, 0)).toBe(runs.length);
    const times = recent.map((r) => r.lastRunAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("leaves out agents only another user ran, and paid agents", async () => {
    const db = await getDb();
    const premiumOnly = await db.select({ agentId: agentRuns.agentId }).from(agentRuns).where(eq(agentRuns.userId, premium));
    const shopperRuns = await db.select({ agentId: agentRuns.agentId }).from(agentRuns).where(eq(agentRuns.userId, shopper));
    const onlyTheirs = new Set(premiumOnly.map((r) => r.agentId).filter((id) => !shopperRuns.some((r) => r.agentId === id)));
    expect(onlyTheirs.size).toBeGreaterThan(0);

    // A run of the paid agent the shopper owns is history, but not a "free agent".
    const [owned] = await db.select({ agentId: orders.agentId }).from(orders).where(eq(orders.userId, shopper));
    const [version] = await db.select({ id: agents.currentVersionId }).from(agents).where(eq(agents.id, owned!.agentId));
    await db.insert(agentRuns).values({ userId: shopper, agentId: owned!.agentId, versionId: version!.id!, status: "succeeded", input: { input: "paid run" } });

    const ids = (await listRecentlyRunFreeAgents(shopper)).map((r) => r.agent.id);
    expect(ids.filter((id) => onlyTheirs.has(id))).toEqual([]);
    expect(ids).not.toContain(owned!.agentId);
    expect(await listRecentlyRunFreeAgents(trial)).toEqual([]);
    await db.delete(agentRuns).where(and(eq(agentRuns.userId, shopper), inArray(agentRuns.agentId, [owned!.agentId])));
  });
});
