import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { submitCreatorApplicationAction } from "@/app/sell/actions/submit-creator-application";
import { getDb } from "@/db/client";
import { auditLog, creatorApplications, notifications, users } from "@/db/schema";
import type { FormState } from "@/lib/actions/form-state";
import { MemoryStore, useLimiterStore } from "@/lib/security/rate-limit";
import { POLICIES } from "@/lib/security/rate-limit-policies";
import { actAs, userIdFor } from "@/test/auth-helpers";
import { creatorApplicationSchema } from "./application-input";
import { getSellState, submitCreatorApplication } from "./applications";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

let handles = 0;
const fields = (over: Record<string, string> = {}) => ({
  handle: `applicant-${++handles}`,
  displayName: "Pixel Forge",
  bio: "We build image and copy agents for small shops.",
  website: "https://pixelforge.example.com",
  links: "https://github.com/pixelforge\nhttps://pixelforge.example.com/about",
  plannedAgents: "A product-photo captioner and an alt-text writer.",
  ...over,
});
const formOf = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const submit = (values: Record<string, string>): Promise<FormState> => submitCreatorApplicationAction({ status: "idle" }, formOf(values));

async function applicationsOf(email: string) {
  const db = await getDb();
  return db.select().from(creatorApplications).where(eq(creatorApplications.userId, await userIdFor(email)));
}
async function totalApplications(): Promise<number> {
  const [row] = await (await getDb()).select({ n: count() }).from(creatorApplications);
  return row!.n;
}

beforeEach(async () => {
  useLimiterStore(new MemoryStore()); // each case starts with a fresh daily budget
  await actAs("anonymous");
});

// Runs first: the cases below file applications that change these answers.
describe("what /sell offers", () => {
  it.each<[string | null, boolean, string]>([
    [null, false, "anonymous"],
    ["trial@example.com", false, "unverified"],
    ["creator@example.com", true, "creator"],
    ["applicant@example.com", true, "in_progress"],
    ["premium@example.com", true, "eligible"],
    ["admin@example.com", true, "eligible"],
  ])("%s → %s", async (email, emailVerified, kind) => {
    const db = await getDb();
    const user = email ? { id: await userIdFor(email), emailVerified } : null;
    expect((await getSellState(db, user)).kind).toBe(kind);
  });

  it("names the creator's handle and the application's submitted date", async () => {
    const db = await getDb();
    expect(await getSellState(db, { id: await userIdFor("creator@example.com"), emailVerified: true })).toEqual({ kind: "creator", handle: "nova-labs" });
    const state = await getSellState(db, { id: await userIdFor("applicant@example.com"), emailVerified: true });
    expect(state).toMatchObject({ kind: "in_progress", application: { stage: "in_review", handle: "alex-builds", createdAt: expect.any(Date) } });
  });
});

describe("submitting a creator application", () => {
  it("files it at stage submitted with an audit entry and a notification for every active admin", async () => {
    const db = await getDb();
    const reviewer = await userIdFor("reviewer1@example.com");
    await db.update(users).set({ isAdmin: true, status: "suspended" }).where(eq(users.id, reviewer)); // suspended admins are not told
    await actAs("user");

    const result = await submit(fields({ handle: "  Pixel-Forge " }));

    expect(result).toMatchObject({ status: "success" });
    const [app] = await applicationsOf("user@example.com");
    expect(app).toMatchObject({
      handle: "pixel-forge",
      displayName: "Pixel Forge",
      stage: "submitted",
      website: "https://pixelforge.example.com/",
      links: ["https://github.com/pixelforge", "https://pixelforge.example.com/about"],
      autoScore: null,
      decision: null,
    });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "creator.application_submitted"), eq(auditLog.subjectId, app!.id)));
    expect(entry).toMatchObject({ actorId: await userIdFor("user@example.com"), subjectType: "creator_application", metadata: { handle: "pixel-forge" } });

    const told = await db.select({ userId: notifications.userId, href: notifications.href }).from(notifications).where(eq(notifications.kind, "creator_application"));
    expect(told).toEqual([{ userId: await userIdFor("admin@example.com"), href: "/admin" }]);

    const state = await getSellState(db, { id: await userIdFor("user@example.com"), emailVerified: true });
    expect(state).toMatchObject({ kind: "in_progress", application: { stage: "submitted", handle: "pixel-forge" } });
  });

  it("refuses a handle a creator already has, case-insensitively, with a field error", async () => {
    await actAs("premium");
    const before = await totalApplications();
    const result = await submit(fields({ handle: "Nova-Labs" }));
    expect(result.status).toBe("error");
    expect(result.fieldErrors?.handle?.[0]).toMatch(/already taken/);
    expect(result.values?.handle).toBe("Nova-Labs");
    expect(await totalApplications()).toBe(before);
  });

  it("refuses a handle held by another user's application in progress", async () => {
    await actAs("premium");
    const before = await totalApplications();
    const result = await submit(fields({ handle: "alex-builds" })); // applicant@example.com's, in review
    expect(result.fieldErrors?.handle?.[0]).toMatch(/already taken/);
    expect(await totalApplications()).toBe(before);
  });

  it("frees the handle of a rejected application", async () => {
    const db = await getDb();
    await db.insert(creatorApplications).values({
      userId: await userIdFor("reviewer1@example.com"), handle: "second-chance", displayName: "R1", bio: "b", plannedAgents: "p",
      stage: "rejected", decision: "rejected", reason: "Links unreachable", decidedAt: new Date(),
    });
    await actAs("premium");
    expect(await submit(fields({ handle: "second-chance" }))).toMatchObject({ status: "success" });
  });

  it("refuses a second application while one is in progress", async () => {
    const applicant = await userIdFor("applicant@example.com");
    const db = await getDb();
    const refused = await submitCreatorApplication(db, { id: applicant, ip: null }, creatorApplicationSchema.parse(fields()));
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/already have an application in progress/) });

    const reviewer = await userIdFor("reviewer2@example.com");
    await actAs({ userId: reviewer });
    expect(await submit(fields())).toMatchObject({ status: "success" });
    const again = await submit(fields());
    expect(again).toMatchObject({ status: "error", message: expect.stringMatching(/in progress/) });
    expect(await db.select().from(creatorApplications).where(eq(creatorApplications.userId, reviewer))).toHaveLength(1);
  });

  it("refuses a trial user (email not verified) in the action and in the domain function", async () => {
    await actAs("trial");
    const before = await totalApplications();
    expect(await submit(fields())).toMatchObject({ status: "error", message: "You do not have access to this" });
    const direct = await submitCreatorApplication(await getDb(), { id: await userIdFor("trial@example.com"), ip: null }, creatorApplicationSchema.parse(fields()));
    expect(direct).toMatchObject({ ok: false, message: expect.stringMatching(/Verify your email/) });
    expect(await totalApplications()).toBe(before);
  });

  it("refuses anonymous callers", async () => {
    expect(await submit(fields())).toMatchObject({ status: "error", message: "Sign in required" });
  });

  it("refuses an existing creator", async () => {
    await actAs("creator");
    expect(await submit(fields())).toMatchObject({ status: "error", message: expect.stringMatching(/already a creator/) });
    expect(await applicationsOf("creator@example.com")).toHaveLength(1); // the seeded, approved one
  });

  it("refuses bad input with a field error per field and writes nothing", async () => {
    await actAs("user");
    const before = await totalApplications();
    const result = await submit({ handle: "-admin", displayName: "X", bio: "short", website: "http://insecure.example.com", links: "javascript:alert(1)", plannedAgents: "tbd" });
    expect(result.status).toBe("error");
    expect(result.message).toBe("Check the highlighted fields.");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["bio", "displayName", "handle", "links", "plannedAgents", "website"]);
    expect(result.values).toMatchObject({ handle: "-admin", bio: "short" });
    expect(await totalApplications()).toBe(before);
  });

  it("refuses unknown fields (a client cannot set its own stage or user) and writes nothing", async () => {
    await actAs("user");
    const before = await totalApplications();
    const result = await submit({ ...fields(), stage: "approved", userId: await userIdFor("admin@example.com") });
    expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/Unexpected input/) });
    expect(result.values).not.toHaveProperty("stage");
    expect(await totalApplications()).toBe(before);
  });

  it("lets a rejected applicant reapply only 30 days after the decision", async () => {
    const db = await getDb();
    const reviewer = await userIdFor("reviewer3@example.com");
    const [old] = await db
      .insert(creatorApplications)
      .values({ userId: reviewer, handle: "reviewer-three", displayName: "R3", bio: "b", plannedAgents: "p", stage: "rejected", decision: "rejected", reason: "No portfolio links", decidedAt: new Date(Date.now() - 10 * 86_400_000), createdAt: new Date(Date.now() - 11 * 86_400_000) })
      .returning();
    const me = { id: reviewer, emailVerified: true };
    expect(await getSellState(db, me)).toMatchObject({ kind: "rejected", canReapply: false, application: { reason: "No portfolio links" } });

    await actAs({ userId: reviewer });
    expect(await submit(fields())).toMatchObject({ status: "error", message: expect.stringMatching(/apply again from \d{4}-\d{2}-\d{2}/) });

    await db.update(creatorApplications).set({ decidedAt: new Date(Date.now() - 31 * 86_400_000) }).where(eq(creatorApplications.id, old!.id));
    expect(await getSellState(db, me)).toMatchObject({ kind: "rejected", canReapply: true });
    expect(await submit(fields())).toMatchObject({ status: "success" });
    expect(await getSellState(db, me)).toMatchObject({ kind: "in_progress" });
  });

  it("rate-limits attempts per user with the creatorApply policy", async () => {
    const reviewer = await userIdFor("reviewer4@example.com");
    await actAs({ userId: reviewer });
    for (let i = 0; i < POLICIES.creatorApply.limit; i++) {
      expect((await submit(fields({ handle: "nova-labs" }))).fieldErrors?.handle).toBeDefined();
    }
    expect(await submit(fields())).toMatchObject({ status: "error", message: expect.stringMatching(/Too many attempts/) });
  });

  it("gives a contested handle to exactly one of two concurrent applicants", async () => {
    const db = await getDb();
    const [a, b] = [await userIdFor("reviewer5@example.com"), await userIdFor("reviewer6@example.com")];
    const input = creatorApplicationSchema.parse(fields({ handle: "contested" }));
    const results = await Promise.all([submitCreatorApplication(db, { id: a, ip: null }, input), submitCreatorApplication(db, { id: b, ip: null }, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ field: "handle" });
  });
});
