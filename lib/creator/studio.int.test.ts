import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agents, creatorProfiles, ledgerEntries, orders } from "@/db/schema";
import { userIdFor } from "@/test/auth-helpers";
import { getCreatorStudio } from "./studio";

const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);

let nova = { userId: "", creatorId: "" };
let quill = { userId: "", creatorId: "" };

async function creator(email: string) {
  const userId = await userIdFor(email);
  const [p] = await (await getDb()).select({ id: creatorProfiles.id }).from(creatorProfiles).where(eq(creatorProfiles.userId, userId));
  return { userId, creatorId: p!.id };
}

/** A paid order for one of Nova's agents with its ledger sale, and optionally the refund of it. */
async function novaSale(slug: string, cents: number, daysAgo: number, refundDaysAgo?: number) {
  const db = await getDb();
  const [agent] = await db.select().from(agents).where(eq(agents.slug, slug));
  const buyer = await userIdFor("premium@example.com");
  const id = `${slug}-${daysAgo}-${cents}`;
  const [order] = await db
    .insert(orders)
    .values({ userId: buyer, agentId: agent!.id, checkoutSessionId: `cs_${id}`, paymentIntentId: `pi_${id}`, amountCents: cents, status: refundDaysAgo ? "refunded" : "paid", paidAt: ago(daysAgo), createdAt: ago(daysAgo) })
    .returning();
  const fee = Math.round(cents * 0.2);
  await db.insert(ledgerEntries).values({ orderId: order!.id, creatorId: nova.creatorId, kind: "sale", grossCents: cents, platformFeeCents: fee, creatorShareCents: cents - fee, sourceId: `pi_${id}`, createdAt: ago(daysAgo) });
  if (refundDaysAgo !== undefined) {
    await db.insert(ledgerEntries).values({ orderId: order!.id, creatorId: nova.creatorId, kind: "refund", grossCents: -cents, platformFeeCents: -fee, creatorShareCents: -(cents - fee), sourceId: `re_${id}`, createdAt: ago(refundDaysAgo) });
  }
}

beforeAll(async () => {
  nova = await creator("creator@example.com");
  quill = await creator("studio@quillworks.example.com");
});

describe("creator studio", () => {
  it("is null for a user without a creator profile (an admin, say)", async () => {
    expect(await getCreatorStudio(await getDb(), await userIdFor("admin@example.com"))).toBeNull();
    expect(await getCreatorStudio(await getDb(), await userIdFor("user@example.com"))).toBeNull();
  });

  it("shows the signed-in creator's profile and every one of their agents, in every status, and no one else's", async () => {
    const db = await getDb();
    await db.insert(agents).values([
      { creatorId: nova.creatorId, slug: "nova-draft", name: "Nova Draft", tagline: "t", description: "d", category: "coding", status: "draft" },
      { creatorId: nova.creatorId, slug: "nova-rejected", name: "Nova Rejected", tagline: "t", description: "d", category: "coding", status: "rejected" },
      { creatorId: nova.creatorId, slug: "nova-suspended", name: "Nova Suspended", tagline: "t", description: "d", category: "coding", status: "suspended", pricing: "one_time", priceCents: 500 },
    ]);

    const studio = (await getCreatorStudio(db, nova.userId, now))!;
    expect(studio.profile).toMatchObject({ id: nova.creatorId, handle: "nova-labs", displayName: "Nova Labs", verified: true });

    const own = await db.select({ slug: agents.slug }).from(agents).where(eq(agents.creatorId, nova.creatorId));
    expect(studio.agents.map((a) => a.slug).sort()).toEqual(own.map((a) => a.slug).sort());
    expect(new Set(studio.agents.map((a) => a.status))).toEqual(new Set(["pending_review", "rejected", "suspended", "draft", "published"]));
    // What needs attention first: the agent waiting for moderation leads.
    expect(studio.agents[0]).toMatchObject({ slug: "contract-clause-finder", status: "pending_review", version: "1.0.0", pricing: "one_time", priceCents: 2900 });
    expect(studio.agents.find((a) => a.slug === "nova-draft")?.version).toBeNull();
    expect(studio.agents.find((a) => a.slug === "press-release-pro")).toMatchObject({ status: "published", version: "1.1.0" }) // the current of two versions;

    const quills = await db.select({ slug: agents.slug }).from(agents).where(eq(agents.creatorId, quill.creatorId));
    expect(quills.length).toBeGreaterThan(0);
    expect(studio.agents.some((a) => quills.some((q) => q.slug === a.slug))).toBe(false);
  });

  it("starts with honest zeros when the creator has no ledger entries", async () => {
    const studio = (await getCreatorStudio(await getDb(), nova.userId, now))!;
    const zero = { sales: 0, grossSalesCents: 0, reversalsCents: 0, platformFeeCents: 0, creatorShareCents: 0 };
    expect(studio.earnings).toEqual({ allTime: zero, last30Days: zero });
    expect(studio.recentSales).toEqual([]);
  });

  it("sums sales, fee, share and reversals from the ledger, all time and for the last 30 days", async () => {
    await novaSale("code-reviewer", 1500, 45); // outside the 30-day window
    await novaSale("test-writer", 2400, 5);
    await novaSale("press-release-pro", 2900, 3, 1); // refunded two days later

    const studio = (await getCreatorStudio(await getDb(), nova.userId, now))!;
    expect(studio.earnings.allTime).toEqual({ sales: 3, grossSalesCents: 6800, reversalsCents: -2900, platformFeeCents: 300 + 480, creatorShareCents: 1200 + 1920 });
    expect(studio.earnings.last30Days).toEqual({ sales: 2, grossSalesCents: 5300, reversalsCents: -2900, platformFeeCents: 480, creatorShareCents: 1920 });
  });

  it("lists recent ledger entries newest first with the agent sold and nothing about the buyer", async () => {
    const studio = (await getCreatorStudio(await getDb(), nova.userId, now))!;
    expect(studio.recentSales.map((s) => [s.kind, s.agentName, s.creatorShareCents])).toEqual([
      ["refund", "Press Release Pro", -2320],
      ["sale", "Press Release Pro", 2320],
      ["sale", "Unit Test Writer", 1920],
      ["sale", "Code Reviewer", 1200],
    ]);
    for (const sale of studio.recentSales) {
      expect(Object.keys(sale).sort()).toEqual(["agentName", "agentSlug", "createdAt", "creatorShareCents", "grossCents", "id", "kind", "platformFeeCents"]);
    }
    expect(JSON.stringify(studio)).not.toContain("premium@example.com");
  });

  it("keeps each creator's money to themselves", async () => {
    const db = await getDb();
    const quillStudio = (await getCreatorStudio(db, quill.userId, now))!;
    // The seed's one sale (user@example.com bought Cold Email Writer) is Quill Works', not Nova's.
    expect(quillStudio.recentSales.map((s) => s.agentName)).toEqual(["Cold Email Writer"]);
    expect(quillStudio.earnings.allTime).toEqual({ sales: 1, grossSalesCents: 1900, reversalsCents: 0, platformFeeCents: 380, creatorShareCents: 1520 });
    expect(quillStudio.agents.every((a) => !a.slug.startsWith("nova-"))).toBe(true);

    const novaStudio = (await getCreatorStudio(db, nova.userId, now))!;
    expect(novaStudio.recentSales.some((s) => s.agentName === "Cold Email Writer")).toBe(false);
    const novaEntries = await db.select({ id: ledgerEntries.id }).from(ledgerEntries).where(eq(ledgerEntries.creatorId, nova.creatorId));
    expect(novaStudio.recentSales.map((s) => s.id).sort()).toEqual(novaEntries.map((e) => e.id).sort());
  });

  it("never names another creator's agent, even if a ledger entry's order points at one", async () => {
    const db = await getDb();
    const [quillOrder] = await db.select({ id: orders.id }).from(orders).where(eq(orders.checkoutSessionId, "cs_demo_user_1"));
    await db.insert(ledgerEntries).values({ orderId: quillOrder!.id, creatorId: nova.creatorId, kind: "fee", grossCents: 0, platformFeeCents: 0, creatorShareCents: 0, sourceId: "odd-entry" });
    const studio = (await getCreatorStudio(db, nova.userId, now))!;
    expect(studio.recentSales[0]).toMatchObject({ kind: "fee", agentName: null, agentSlug: null });
    await db.delete(ledgerEntries).where(inArray(ledgerEntries.sourceId, ["odd-entry"]));
  });
});
