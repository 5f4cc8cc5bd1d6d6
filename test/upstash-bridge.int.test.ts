import { createHash, randomUUID } from "node:crypto";
import { Redis } from "@upstash/redis/cloudflare";
import { Redis as IORedis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rewriteScript, startUpstashBridge, type UpstashBridge } from "./upstash-bridge";

const REDIS_URL = process.env.REDIS_URL_TEST ?? "redis://127.0.0.1:6379";
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("rewriteScript", () => {
  it("drops the allow-key-locking flag Redis 7.0 rejects, keeping line numbers and other flags", () => {
    expect(rewriteScript("#!lua flags=allow-key-locking\nreturn 1")).toBe("\nreturn 1");
    expect(rewriteScript("#!lua flags=no-writes,allow-key-locking\nreturn 1")).toBe("#!lua flags=no-writes\nreturn 1");
    expect(rewriteScript("#!lua flags=no-writes\nreturn 1")).toBe("#!lua flags=no-writes\nreturn 1");
    expect(rewriteScript("return 1")).toBe("return 1");
  });
});

// Talks to the local Redis, so it runs only with the service suite (`npm run test:services`,
// TEST_DB=postgres), like lib/security/rate-limit.redis.int.test.ts.
describe.runIf(process.env.TEST_DB === "postgres")("Upstash REST bridge against the local Redis", () => {
  const prefix = `4uai:test:bridge:${randomUUID()}:`;
  let bridge: UpstashBridge;
  let direct: IORedis;

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${bridge.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${bridge.token}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    bridge = await startUpstashBridge({ redisUrl: REDIS_URL });
    direct = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    await bridge?.close();
    const keys: string[] = [];
    for await (const batch of direct.scanStream({ match: `${prefix}*` })) keys.push(...(batch as string[]));
    if (keys.length > 0) await direct.del(...keys);
    direct.disconnect();
  });

  it("checks the bearer token", async () => {
    const res = await fetch(bridge.url, { method: "POST", headers: { authorization: "Bearer nope" }, body: '["PING"]' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Unauthorized" });
  });

  it("answers { result } / { error }, base64-encoding strings at any depth when asked", async () => {
    await direct.set(`${prefix}s`, "héllo");
    await direct.rpush(`${prefix}l`, "a", "b");
    expect(await (await post("/", ["GET", `${prefix}s`])).json()).toEqual({ result: "héllo" });
    expect(await (await post("/", ["GET", `${prefix}s`], { "Upstash-Encoding": "base64" })).json()).toEqual({ result: b64("héllo") });
    const nested = ["EVAL", "return {KEYS[1], 7, {ARGV[1]}, false}", "1", `${prefix}x`, "y"];
    expect(await (await post("/", nested, { "Upstash-Encoding": "base64" })).json()).toEqual({ result: [b64(`${prefix}x`), 7, [b64("y")], null] });
    expect(await (await post("/", ["LRANGE", `${prefix}l`, 0, -1])).json()).toEqual({ result: ["a", "b"] });
    const bad = await post("/", ["INCR", `${prefix}s`]);
    expect(bad.status).toBe(400);
    expect((await bad.json()) as { error: string }).toEqual({ error: expect.stringContaining("not an integer") });
  });

  it("serves /pipeline (per-command errors) and /multi-exec (one transaction)", async () => {
    const pipe = await post("/pipeline", [["SET", `${prefix}p`, "1"], ["INCR", `${prefix}p`], ["HGET", `${prefix}p`, "f"], ["GET", `${prefix}none`]]);
    const replies = (await pipe.json()) as unknown[];
    expect(replies[0]).toEqual({ result: "OK" });
    expect(replies[1]).toEqual({ result: 2 });
    expect(replies[2]).toEqual({ error: expect.stringContaining("WRONGTYPE") });
    expect(replies[3]).toEqual({ result: null });
    const multi = await post("/multi-exec", [["INCR", `${prefix}m`], ["INCR", `${prefix}m`], ["GET", `${prefix}m`]], { "Upstash-Encoding": "base64" });
    expect(await multi.json()).toEqual([{ result: 1 }, { result: 2 }, { result: b64("2") }]);
  });

  it("works with the real @upstash/redis client (base64 by default, pipeline, multi)", async () => {
    const redis = new Redis({ url: bridge.url, token: bridge.token, retry: false });
    expect(await redis.set(`${prefix}c`, { a: 1 })).toBe("OK");
    expect(await redis.get(`${prefix}c`)).toEqual({ a: 1 });
    const p = redis.pipeline();
    p.incr(`${prefix}cn`);
    p.mget(`${prefix}c`, `${prefix}none`);
    expect(await p.exec()).toEqual([1, [{ a: 1 }, null]]);
    const m = redis.multi();
    m.incr(`${prefix}cn`);
    m.get(`${prefix}cn`);
    expect(await m.exec()).toEqual([2, 2]);
  });

  it("keeps EVALSHA consistent with the hash of the ORIGINAL shebang script", async () => {
    const script = `#!lua flags=allow-key-locking\nreturn redis.call("INCR", KEYS[1])`;
    const original = sha1(script);
    const k = `${prefix}script-${randomUUID()}`;
    const unknown = await post("/", ["EVALSHA", original, "1", k]);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^NOSCRIPT/);
    expect(await (await post("/", ["EVAL", script, "1", k])).json()).toEqual({ result: 1 });
    expect(await (await post("/", ["EVALSHA", original, "1", k])).json()).toEqual({ result: 2 });
    expect(await (await post("/pipeline", [["EVALSHA", original, "1", k]])).json()).toEqual([{ result: 3 }]);

    // SCRIPT LOAD answers the original hash, and EVALSHA with it works on a fresh bridge.
    const fresh = await startUpstashBridge({ redisUrl: REDIS_URL });
    try {
      const redis = new Redis({ url: fresh.url, token: fresh.token, retry: false });
      const other = `#!lua flags=allow-key-locking\nreturn redis.call("INCRBY", KEYS[1], ARGV[1])`;
      expect(await redis.scriptLoad(other)).toBe(sha1(other));
      expect(await redis.scriptExists(sha1(other))).toEqual([1]);
      expect(await redis.evalsha(sha1(other), [k], [10])).toBe(13);
    } finally {
      await fresh.close();
    }
  });

  it("delays answers when asked to (a slow store)", async () => {
    bridge.setDelay(300);
    try {
      const started = Date.now();
      expect(await (await post("/", ["PING"])).json()).toEqual({ result: "PONG" });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      bridge.setDelay(0);
    }
  });
});
