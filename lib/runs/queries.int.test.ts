import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agentRuns, users } from "@/db/schema";
import { getRunForUser, listRuns } from "./queries";

async function userId(email: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`seeded user ${email} missing`);
  return row.id;
}

async function runIdsOf(user: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ id: agentRuns.id }).from(agentRuns).where(eq(agentRuns.userId, user)).orderBy(desc(agentRuns.createdAt), desc(agentRuns.id));
  return rows.map((r) => r.id);
}

let shopper: string;
let premium: string;
let trial: string;

beforeAll(async () => {
  [shopper, premium, trial] = await Promise.all([userId("user@example.com"), userId("premium@example.com"), userId("trial@example.com")]);
});

describe("listRuns", () => {
  it("lists exactly the user's own runs, newest first, with usage where it was recorded", async () => {
    const list = await listRuns(shopper);
    expect(list.items.map((r) => r.id)).toEqual(await runIdsOf(shopper));
    expect(list.total).toBe(5);
    expect(list.items.filter((r) => r.status === "succeeded").every((r) => r.usage && r.usage.costMicros > 0 && r.usage.model === "4uai-demo-1")).toBe(true);
    const dead = list.items.find((r) => r.status === "dead");
    expect(dead?.usage).toBeNull();
    expect(list.items.every((r) => /^\d+\.\d+\.\d+/.test(r.version))).toBe(true);

    const premiumIds = new Set(await runIdsOf(premium));
    expect(list.items.some((r) => premiumIds.has(r.id))).toBe(false);
    expect((await listRuns(trial)).items).toEqual([]);
  });

  it("filters by status", async () => {
    expect((await listRuns(shopper, { status: "dead" })).items.map((r) => r.status)).toEqual(["dead"]);
    expect((await listRuns(shopper, { status: "succeeded" })).total).toBe(4);
    expect((await listRuns(shopper, { status: "running" })).items).toEqual([]);
    // Another user's runs never leak through a filter either.
    expect((await listRuns(premium, { status: "dead" })).total).toBe(0);
  });

  it("pages without gaps or overlaps, and a page past the end shows the last page", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listRuns(shopper, { page, pageSize: 2 })));
    expect(pages.map((p) => p.pageCount)).toEqual([3, 3, 3]);
    expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual(await runIdsOf(shopper));
    const beyond = await listRuns(shopper, { page: 99, pageSize: 2 });
    expect(beyond.page).toBe(3);
    expect(beyond.items.map((r) => r.id)).toEqual(pages[2]!.items.map((r) => r.id));
  });
});

describe("getRunForUser", () => {
  it("returns the owner's run with labelled input, ordered events and usage", async () => {
    const list = await listRuns(shopper, { status: "succeeded" });
    const run = await getRunForUser(shopper, list.items[0]!.id);
    expect(run).not.toBeNull();
    expect(run!.input).toEqual([{ name: "input", label: "What should it work on?", value: expect.stringMatching(/^Sample request/) }]);
    expect(run!.output).toMatch(/^Demo output for/);
    expect(run!.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(run!.events.map((e) => e.kind)).toEqual(["queued", "started", "succeeded"]);
    expect(run!.usage).toMatchObject({ model: "4uai-demo-1" });
    expect(run!.usage!.tokensIn).toBeGreaterThan(0);
    expect(run).not.toHaveProperty("config");
  });

  it("shows a dead run's error and no usage", async () => {
    const [dead] = (await listRuns(shopper, { status: "dead" })).items;
    const run = await getRunForUser(shopper, dead!.id);
    expect(run).toMatchObject({ status: "dead", error: expect.stringContaining("timed out"), usage: null, output: null });
  });

  it("answers null for another user's run, an unknown id and a malformed id", async () => {
    const [theirs] = await runIdsOf(premium);
    const [mine] = await runIdsOf(shopper);
    expect(await getRunForUser(shopper, theirs!)).toBeNull();
    expect(await getRunForUser(premium, mine!)).toBeNull();
    expect(await getRunForUser(trial, mine!)).toBeNull();
    expect(await getRunForUser(shopper, "00000000-0000-4000-8000-000000000000")).toBeNull();
    for (const bad of ["", "not-a-uuid", `${mine}'--`, "x".repeat(5000)]) expect(await getRunForUser(shopper, bad)).toBeNull();
  });
});
