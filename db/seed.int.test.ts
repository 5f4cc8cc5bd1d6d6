import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb, rowsOf } from "./client";
import { demoAccounts, isSeeded, seed, seedIfEmpty } from "./seed";

const TABLES = ["users", "creator_profiles", "creator_applications", "agents", "agent_versions", "reviews", "moderation_queue", "subscriptions", "orders", "licenses", "ledger_entries", "agent_runs", "usage_records", "dead_letters", "notifications"];

async function counts(): Promise<Record<string, number>> {
  const db = await getDb();
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${t}`)))[0]!.n;
  return out;
}

describe("demo seed", () => {
  it("holds what DESIGN.md promises", async () => {
    const db = await getDb();
    expect(await isSeeded(db)).toBe(true);
    const c = await counts();
    expect(c.agents).toBeGreaterThanOrEqual(25);
    const one = <T>(q: ReturnType<typeof sql>) => db.execute(q).then((r) => rowsOf<T>(r)[0]!);
    expect(await one<{ n: number }>(sql`select count(distinct category)::int n from agents where status = 'published'`)).toEqual({ n: 6 });
    expect(await one<{ n: number }>(sql`select count(distinct pricing)::int n from agents where status = 'published'`)).toEqual({ n: 3 });
    expect(await one<{ n: number }>(sql`select count(*)::int n from creator_applications where stage = 'in_review'`)).toEqual({ n: 1 });
    expect(await one<{ n: number }>(sql`select count(*)::int n from moderation_queue where state = 'pending'`)).toEqual({ n: 1 });
    expect(await one<{ n: number }>(sql`select count(*)::int n from agent_runs where status = 'dead'`)).toEqual({ n: 1 });
    expect(c.dead_letters).toBe(1);
    const emails = rowsOf<{ email: string }>(await db.execute(sql`select email from users`)).map((r) => r.email);
    expect(emails).toEqual(expect.arrayContaining(Object.values(demoAccounts)));
  });

  it("is idempotent: a second run adds nothing", async () => {
    const db = await getDb();
    const before = await counts();
    expect(await seedIfEmpty(db)).toBe(false);
    await seed(db);
    expect(await counts()).toEqual(before);
  });

  it("is refused in production without DEMO_MODE", async () => {
    vi.resetModules();
    vi.doMock("@/lib/env", async (original) => ({ ...(await original<typeof import("@/lib/env")>()), env: { NODE_ENV: "production", DEMO_MODE: false } }));
    const { seed: prodSeed } = await import("./seed");
    await expect(prodSeed(await getDb())).rejects.toThrow(/Refusing to seed/);
    vi.doUnmock("@/lib/env");
  });
});
