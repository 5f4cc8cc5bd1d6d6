import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "@upstash/redis/cloudflare";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startUpstashBridge, type UpstashBridge } from "@/test/upstash-bridge";
import { POLICIES } from "./rate-limit-policies";
import { checkRateLimit, UpstashStore } from "./rate-limit";

const REDIS_URL = process.env.REDIS_URL_TEST ?? "redis://127.0.0.1:6379";

/** The store the app builds in service mode (retry off, as in defaultStore), pointed at a bridge. */
function storeOn(bridge: UpstashBridge, timeoutMs?: number) {
  return new UpstashStore(new Redis({ url: bridge.url, token: bridge.token, retry: false }), timeoutMs);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Needs the local Redis (and spends real Redis round trips), so it runs only with the service suite,
// `npm run test:services` (TEST_DB=postgres), which .ci/run starts Redis for. Plain `npm test`
// needs no service and skips this file.
describe.runIf(process.env.TEST_DB === "postgres")("rate limits on Redis through the real @upstash/ratelimit", () => {
  const run = `it-${randomUUID()}`;
  const key = (label: string) => `${run}-${label}`;
  let direct: IORedis;
  let bridge: UpstashBridge;
  const extraBridges: UpstashBridge[] = [];

  beforeAll(async () => {
    direct = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
    bridge = await startUpstashBridge({ redisUrl: REDIS_URL });
  });

  afterAll(async () => {
    await Promise.all([bridge?.close(), ...extraBridges.map((b) => b.close())]);
    // Only this run's keys: the prefix is the store's, the identifier carries the run id.
    const leftovers: string[] = [];
    for await (const batch of direct.scanStream({ match: `4uai:rl:*:${run}-*`, count: 500 })) leftovers.push(...(batch as string[]));
    if (leftovers.length > 0) await direct.del(...leftovers);
    direct.disconnect();
  });

  it("answers the health probe's ping, and fails it when the store is down", async () => {
    await expect(storeOn(bridge).ping()).resolves.toBeUndefined();
    const gone = await startUpstashBridge({ redisUrl: REDIS_URL });
    const store = storeOn(gone);
    await gone.close();
    await expect(store.ping()).rejects.toThrow();
  });

  it("allows exactly `limit` hits, then refuses with remaining 0 and a reset in the future", async () => {
    const store = storeOn(bridge);
    const { limit } = POLICIES.signInEmail;
    const remaining: number[] = [];
    for (let i = 0; i < limit; i++) {
      const r = await checkRateLimit("signInEmail", key("exact"), store);
      expect(r).toMatchObject({ outcome: "allowed", allowed: true, limit });
      remaining.push(r.remaining);
    }
    expect(remaining).toEqual(Array.from({ length: limit }, (_, i) => limit - 1 - i));
    const before = Date.now();
    const refused = await checkRateLimit("signInEmail", key("EXACT"), store); // keys are case-insensitive
    expect(refused).toMatchObject({ outcome: "limited", allowed: false, remaining: 0 });
    expect(refused.resetAt).toBeGreaterThan(before);
    expect(refused.resetAt).toBeLessThanOrEqual(before + POLICIES.signInEmail.windowSeconds * 1000);

    // The counter lives in Redis, under the store's prefix, with an expiry.
    const keys = await direct.keys(`4uai:rl:${POLICIES.signInEmail.name}:${key("exact")}:*`);
    expect(keys).toHaveLength(1);
    expect(Number(await direct.get(keys[0]!))).toBe(limit);
    expect(await direct.pttl(keys[0]!)).toBeGreaterThan(0);
  });

  it("keeps keys and policies independent", async () => {
    const store = storeOn(bridge);
    for (let i = 0; i < POLICIES.signUpEmail.limit; i++) await checkRateLimit("signUpEmail", key("a"), store);
    expect((await checkRateLimit("signUpEmail", key("a"), store)).outcome).toBe("limited");
    expect(await checkRateLimit("signUpEmail", key("b"), store)).toMatchObject({ allowed: true, remaining: POLICIES.signUpEmail.limit - 1 });
    expect(await checkRateLimit("passwordResetEmail", key("a"), store)).toMatchObject({ allowed: true, remaining: POLICIES.passwordResetEmail.limit - 1 });
  });

  it("shares counters between app instances (a second store through a second endpoint)", async () => {
    const other = await startUpstashBridge({ redisUrl: REDIS_URL });
    extraBridges.push(other);
    const first = storeOn(bridge);
    const second = storeOn(other); // new bridge: its EVALSHA misses, the client falls back to EVAL
    const { limit } = POLICIES.signInEmail;
    for (let i = 0; i < 3; i++) expect((await checkRateLimit("signInEmail", key("shared"), first)).allowed).toBe(true);
    for (let i = 3; i < limit; i++) {
      expect(await checkRateLimit("signInEmail", key("shared"), second)).toMatchObject({ allowed: true, remaining: limit - 1 - i });
    }
    expect((await checkRateLimit("signInEmail", key("shared"), second)).outcome).toBe("limited");
    expect((await checkRateLimit("signInEmail", key("shared"), first)).outcome).toBe("limited");
  });

  describe("store trouble", () => {
    async function expectFailModes(store: UpstashStore, label: string, maxMs: number) {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        const started = Date.now();
        const signIn = await checkRateLimit("signInIp", key(`${label}-ip`), store);
        const pages = await checkRateLimit("pagesIp", key(`${label}-ip`), store);
        expect(Date.now() - started).toBeLessThan(maxMs);
        expect(signIn).toMatchObject({ outcome: "store_unavailable", allowed: false });
        expect(pages).toMatchObject({ outcome: "allowed", allowed: true });
        expect(warn).toHaveBeenCalledTimes(2);
      } finally {
        warn.mockRestore();
      }
    }

    it("endpoint down: fail-closed policies refuse, pages pass", async () => {
      const gone = await startUpstashBridge({ redisUrl: REDIS_URL });
      const store = storeOn(gone);
      expect((await checkRateLimit("signInIp", key("down-warm"), store)).allowed).toBe(true); // it worked while up
      await gone.close();
      await expectFailModes(store, "down", 2000);
    });

    it("Redis unreachable behind the endpoint: the same", async () => {
      const orphan = await startUpstashBridge({ redisUrl: `redis://127.0.0.1:${await freePort()}` });
      extraBridges.push(orphan);
      await expectFailModes(storeOn(orphan), "noredis", 2000);
    });

    it("slow store (answers after the 400 ms store timeout): the same, decided at the timeout", async () => {
      const slow = await startUpstashBridge({ redisUrl: REDIS_URL, delayMs: 1500 });
      extraBridges.push(slow);
      // Two sequential checks at ~400 ms each, well before the bridge's 1.5 s answers.
      await expectFailModes(storeOn(slow, 400), "slow", 1400);
      // Once it answers in time again, the limiter works normally.
      slow.setDelay(0);
      expect(await checkRateLimit("signInIp", key("slow-after"), storeOn(slow, 400))).toMatchObject({ outcome: "allowed", remaining: POLICIES.signInIp.limit - 1 });
    });
  });
});
