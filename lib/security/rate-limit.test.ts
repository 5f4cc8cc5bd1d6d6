import { describe, expect, it, vi } from "vitest";
import { POLICIES } from "./rate-limit-policies";
import { checkRateLimit, MemoryStore, rateLimitHeaders, refusedResponse, type LimiterStore } from "./rate-limit";

describe("in-process limiter", () => {
  it("allows up to the limit in a window, then refuses until the window resets", async () => {
    let now = 1_000_000;
    const store = new MemoryStore(() => now);
    const limit = POLICIES.signInEmail.limit;
    for (let i = 0; i < limit; i++) expect((await checkRateLimit("signInEmail", "a@example.com", store)).allowed).toBe(true);
    const refused = await checkRateLimit("signInEmail", "A@example.com", store);
    expect(refused).toMatchObject({ allowed: false, outcome: "limited", remaining: 0 });
    expect((await checkRateLimit("signInEmail", "b@example.com", store)).allowed).toBe(true);
    now += POLICIES.signInEmail.windowSeconds * 1000;
    expect((await checkRateLimit("signInEmail", "a@example.com", store)).allowed).toBe(true);
  });
});

describe("store trouble", () => {
  const down: LimiterStore = { kind: "redis", hit: () => Promise.reject(new Error("ECONNREFUSED")) };
  const slow: LimiterStore = { kind: "redis", hit: async () => ({ success: true, remaining: 1, resetAt: Date.now(), timedOut: true }) };

  it.each([
    ["signInIp", down, false],
    ["checkoutUser", down, false],
    ["runSubmitUser", slow, false],
    ["pagesIp", down, true],
    ["pagesIp", slow, true],
  ] as const)("%s with a failing store allowed=%s", async (policy, store, allowed) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await checkRateLimit(policy, "k", store);
    expect(result.allowed).toBe(allowed);
    expect(result.outcome).toBe(allowed ? "allowed" : "store_unavailable");
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe("responses", () => {
  it("refusals carry Retry-After and X-RateLimit-* headers", async () => {
    const result = { outcome: "limited" as const, allowed: false, limit: 5, remaining: 0, resetAt: 10_500 };
    expect(rateLimitHeaders(result, 1_000)).toEqual({ "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "11", "Retry-After": "10" });
    const res = refusedResponse(result, "application/json");
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBeTruthy();
    expect(await res.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(refusedResponse({ ...result, outcome: "store_unavailable" }, "text/html").status).toBe(503);
  });
});
