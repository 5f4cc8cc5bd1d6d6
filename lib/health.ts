import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { modes, type Part, type PartMode } from "@/lib/env";
import { pingLimiterStore } from "@/lib/security/rate-limit";

export type PartHealth = { mode: PartMode; state: "ok" | "error"; reason?: string; latencyMs?: number };
export type Health = { status: "ok" | "degraded" | "down"; parts: Record<Part, PartHealth> };

type Probe = () => Promise<void>;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function check(part: Part, probe: Probe, timeoutMs = 3000): Promise<PartHealth> {
  const started = performance.now();
  try {
    await withTimeout(probe(), timeoutMs, part);
    return { mode: modes[part], state: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { mode: modes[part], state: "error", reason: error instanceof Error ? error.message : String(error) };
  }
}

const probeDatabase: Probe = async () => {
  const db = await getDb();
  await db.execute(sql`select 1`);
};

// Jobs, payments, models and mail are checked for configuration at start-up (lib/env); probing them here
// would spend third-party calls on every health check.
const probeConfigured: Probe = async () => {};

export type HealthProbes = Partial<Record<Part, Probe>>;

export async function getHealth(overrides: HealthProbes = {}): Promise<Health> {
  const probes: Record<Part, Probe> = {
    database: probeDatabase,
    cache: pingLimiterStore,
    jobs: probeConfigured,
    payments: probeConfigured,
    models: probeConfigured,
    mail: probeConfigured,
    ...overrides,
  };
  const entries = await Promise.all(
    (Object.keys(probes) as Part[]).map(async (part) => [part, await check(part, probes[part])] as const),
  );
  const parts = Object.fromEntries(entries) as Record<Part, PartHealth>;
  const status = parts.database.state === "error" ? "down" : entries.some(([, h]) => h.state === "error") ? "degraded" : "ok";
  return { status, parts };
}
