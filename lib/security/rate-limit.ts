import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis/cloudflare";
import { env, modes } from "@/lib/env";
import { POLICIES, type PolicyName, type RateLimitPolicy } from "./rate-limit-policies";

export type LimitOutcome = "allowed" | "limited" | "store_unavailable";
export type LimitResult = { outcome: LimitOutcome; allowed: boolean; limit: number; remaining: number; resetAt: number };

export interface LimiterStore {
  readonly kind: "memory" | "redis";
  /** Counts one hit; `timedOut` means the store did not answer in time. */
  hit(policy: RateLimitPolicy, key: string): Promise<{ success: boolean; remaining: number; resetAt: number; timedOut: boolean }>;
}

/** Fixed-window counters in process memory: embedded mode only (not shared between instances). */
export class MemoryStore implements LimiterStore {
  readonly kind = "memory" as const;
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly now: () => number = Date.now, private readonly maxKeys = 50_000) {}

  async hit(policy: RateLimitPolicy, key: string) {
    const now = this.now();
    const id = `${policy.name}:${key}`;
    let window = this.windows.get(id);
    if (!window || window.resetAt <= now) {
      if (this.windows.size >= this.maxKeys) this.evictExpired(now);
      window = { count: 0, resetAt: now + policy.windowSeconds * 1000 };
      this.windows.set(id, window);
    }
    window.count += 1;
    return { success: window.count <= policy.limit, remaining: Math.max(0, policy.limit - window.count), resetAt: window.resetAt, timedOut: false };
  }

  private evictExpired(now: number) {
    for (const [id, w] of this.windows) if (w.resetAt <= now) this.windows.delete(id);
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}

/** @upstash/ratelimit sliding windows, one limiter per policy built once. */
export class UpstashStore implements LimiterStore {
  readonly kind = "redis" as const;
  private readonly limiters = new Map<string, Ratelimit>();
  constructor(private readonly redis: Redis, private readonly timeoutMs = 400) {}

  async ping(): Promise<void> {
    const answer = await this.redis.ping();
    if (answer !== "PONG") throw new Error(`Redis answered ${String(answer)}`);
  }

  private limiterFor(policy: RateLimitPolicy): Ratelimit {
    let limiter = this.limiters.get(policy.name);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(policy.limit, `${policy.windowSeconds} s`),
        prefix: `4uai:rl:${policy.name}`,
        timeout: this.timeoutMs,
        analytics: false,
        ephemeralCache: false,
      });
      this.limiters.set(policy.name, limiter);
    }
    return limiter;
  }

  async hit(policy: RateLimitPolicy, key: string) {
    const r = await this.limiterFor(policy).limit(key);
    return { success: r.success, remaining: r.remaining, resetAt: r.reset, timedOut: r.reason === "timeout" };
  }
}

function defaultStore(): LimiterStore {
  if (modes.cache === "service") {
    return new UpstashStore(new Redis({ url: env.UPSTASH_REDIS_REST_URL!, token: env.UPSTASH_REDIS_REST_TOKEN!, retry: false }));
  }
  return new MemoryStore();
}

const holder = ((globalThis as Record<string, unknown>).__4uaiLimiter ??= {}) as { store?: LimiterStore };

export function limiterStore(): LimiterStore {
  return (holder.store ??= defaultStore());
}

/** For /api/health: the shared store answers (the in-process one always does). */
export async function pingLimiterStore(): Promise<void> {
  const store = limiterStore();
  if (store instanceof UpstashStore) await store.ping();
}

export function useLimiterStore(store: LimiterStore | undefined): void {
  holder.store = store;
}

/** Applies a named policy to a key; store trouble refuses fail-closed policies and lets the rest pass, logging both. */
export async function checkRateLimit(name: PolicyName, key: string, store: LimiterStore = limiterStore()): Promise<LimitResult> {
  const policy = POLICIES[name];
  const unavailable = (why: string): LimitResult => {
    console.warn(`[rate-limit] store ${why} for ${policy.name}; ${policy.failClosed ? "refusing" : "allowing"} the request`);
    return { outcome: policy.failClosed ? "store_unavailable" : "allowed", allowed: !policy.failClosed, limit: policy.limit, remaining: 0, resetAt: Date.now() + 5000 };
  };
  try {
    const r = await store.hit(policy, key.toLowerCase());
    if (r.timedOut) return unavailable("timed out");
    return { outcome: r.success ? "allowed" : "limited", allowed: r.success, limit: policy.limit, remaining: r.remaining, resetAt: r.resetAt };
  } catch (error) {
    return unavailable(`failed (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function rateLimitHeaders(result: LimitResult, now = Date.now()): Record<string, string> {
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(result.limit),
    "X-RateLimit-Remaining": String(result.remaining),
    "X-RateLimit-Reset": String(Math.ceil(result.resetAt / 1000)),
  };
  if (!result.allowed) headers["Retry-After"] = String(Math.max(1, Math.ceil((result.resetAt - now) / 1000)));
  return headers;
}

/** The response a refused request gets: 429 when limited, 503 when the limiter could not decide. */
export function refusedResponse(result: LimitResult, accept: string | null): Response {
  const status = result.outcome === "store_unavailable" ? 503 : 429;
  const message = status === 429 ? "Too many requests. Please wait a moment and try again." : "This action is briefly unavailable. Please try again shortly.";
  const headers = rateLimitHeaders(result);
  if (accept?.includes("text/html")) {
    const page =
      `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
      `<title>${status === 429 ? "Too many requests" : "Briefly unavailable"} · 4UAI</title>` +
      `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:6rem auto;padding:0 1rem;color:#18181b">` +
      `<p style="color:#4f46e5;font-weight:600">${status}</p><h1 style="font-size:1.5rem">${message}</h1>` +
      `<p><a href="/" style="color:#4f46e5">Back to 4UAI</a></p></body></html>`;
    return new Response(page, { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  }
  return Response.json({ error: { code: status === 429 ? "rate_limited" : "unavailable", message } }, { status, headers });
}
