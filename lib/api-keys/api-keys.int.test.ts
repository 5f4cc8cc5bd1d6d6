import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { getDb } from "@/db/client";
import { apiKeys, users } from "@/db/schema";
import { actAs, SESSION_COOKIE, sessionCookieFor, userIdFor } from "@/test/auth-helpers";
import { createApiKey, createApiKeySchema, listApiKeys, revokeApiKey } from "./api-keys";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));

const route = { params: Promise.resolve({}) };
const call = (headers: Record<string, string>) => me(new Request("http://localhost:3000/api/v1/me", { headers }), route);
const input = (over: Record<string, string> = {}) => createApiKeySchema.parse({ name: "ci", expiresInDays: "", agentSlug: "", monthlySpendLimitDollars: "", ...over });

describe("API keys", () => {
  let userId = "";
  beforeEach(async () => {
    await actAs("anonymous");
    userId = await userIdFor("user@example.com");
  });

  it("stores only a hash and a prefix, and the secret authenticates /api/v1", async () => {
    const db = await getDb();
    const { key, secret } = await createApiKey(db, userId, input({ monthlySpendLimitDollars: "12.50", agentSlug: "sql-explainer" }));
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row!.keyHash).not.toContain(secret);
    expect(secret.startsWith(row!.prefix)).toBe(true);
    expect(row!.monthlySpendLimitMicros).toBe(12_500_000);
    expect(row!.agentId).not.toBeNull();
    const res = await call({ authorization: `Bearer ${secret}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user: { id: userId, role: "user" }, key: { id: key.id } });
  });

  it.each<[Record<string, string>, string]>([
    [{}, "missing"],
    [{ authorization: "Basic dXNlcjpwYXNz" }, "malformed"],
    [{ authorization: "Bearer not-a-4uai-key" }, "malformed"],
    [{ authorization: "Bearer 4uai_sk_doesnotexist" }, "unknown"],
  ])("answers 401 with a JSON error for %o (%s)", async (headers) => {
    const res = await call(headers);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("ignores session cookies entirely", async () => {
    const res = await call({ cookie: `${SESSION_COOKIE}=${await sessionCookieFor(await userIdFor("admin@example.com"))}` });
    expect(res.status).toBe(401);
  });

  it("refuses revoked and expired keys, and keys of suspended owners", async () => {
    const db = await getDb();
    const revoked = await createApiKey(db, userId, input());
    expect(await revokeApiKey(db, userId, revoked.key.id)).toBe(true);
    expect((await call({ authorization: `Bearer ${revoked.secret}` })).status).toBe(401);

    const expired = await createApiKey(db, userId, input());
    await db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, expired.key.id));
    const res = await call({ authorization: `Bearer ${expired.secret}` });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/expired/);

    const live = await createApiKey(db, userId, input());
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, userId));
    expect((await call({ authorization: `Bearer ${live.secret}` })).status).toBe(403);
  });

  it("never lets one user list or revoke another user's key", async () => {
    const db = await getDb();
    const { key } = await createApiKey(db, userId, input());
    const otherId = await userIdFor("premium@example.com");
    expect(await revokeApiKey(db, otherId, key.id)).toBe(false);
    expect((await listApiKeys(db, otherId)).map((k) => k.id)).not.toContain(key.id);
  });

  it.each([
    [{ name: "" }],
    [{ name: "x".repeat(61) }],
    [{ expiresInDays: "3" }],
    [{ monthlySpendLimitDollars: "-5" }],
    [{ monthlySpendLimitDollars: "abc" }],
    [{ extra: "field" }],
  ])("rejects bad create input %o", (over) => {
    expect(createApiKeySchema.safeParse({ name: "ok", expiresInDays: "", agentSlug: "", monthlySpendLimitDollars: "", ...over }).success).toBe(false);
  });

  it("rejects an unknown or unpublished agent scope", async () => {
    const db = await getDb();
    await expect(createApiKey(db, userId, input({ agentSlug: "contract-clause-finder" }))).rejects.toThrow(/No published agent/);
  });
});
