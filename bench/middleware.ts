/*
 * Middleware overhead benchmark: `npm run bench:middleware`. Prints figures, asserts nothing.
 *
 * Serves the production build in `.next` (built first when .next/BUILD_ID is missing) with `next start` on
 * BENCH_PORT (default 3300), twice in sequence:
 *   - memory:  the in-process limiter (DEMO_MODE=1, DATA_DIR=.data-bench, no UPSTASH_* variables);
 *   - upstash: UPSTASH_REDIS_REST_URL/TOKEN pointing at the test-only Upstash REST bridge (test/upstash-bridge.ts)
 *              in front of the local Redis (REDIS_URL, default redis://127.0.0.1:6379), so every request
 *              makes one real @upstash/ratelimit round trip.
 * In each mode it loads, with 1 and then 10 connections (BENCH_CONNECTIONS), /api/ping (full middleware chain: security headers, pages rate limit, auth, route
 * access) and /api/ping-raw (the same handler, outside the middleware matcher) with autocannon, and prints
 * req/s, p50/p95/p99 latency and the middleware/raw latency ratios.
 *
 * The per-IP page budget (600/min) would refuse a load test from one address within a second, so the servers
 * get RATE_LIMIT_PAGES_PER_MINUTE (default 100000000): the limiter still runs on every request, it just
 * never says no. Each run also sends its own x-forwarded-for from 198.18.0.0/15 (the benchmarking range).
 *
 * The bridge runs in a child process so autocannon's event loop does not slow it down. It sits on loopback,
 * so the upstash figures are a floor: a real Upstash round trip adds network latency on top.
 * Load generator, server, bridge and Redis share the machine's cores: compare the ratios of one run,
 * not absolute figures across machines or runs. Servers and the bridge are stopped at the end, also on failure.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Redis as IORedis } from "ioredis";
import { startUpstashBridge } from "@/test/upstash-bridge";

// autocannon 9 ships no types; this is the part of its programmatic API used here.
type CannonResult = { requests: { total: number; average: number }; duration: number; errors: number; timeouts: number; non2xx: number };
type CannonInstance = Promise<CannonResult> & {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): unknown;
  stop(): void;
};
type Cannon = (opts: { url: string; connections: number; duration: number; headers: Record<string, string> }) => CannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Cannon;

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
// 1 connection: the latency one request pays; 10: the cost under load, where CPU time shows up as queueing.
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,10").split(",").map(Number);
const PAGE_LIMIT = process.env.RATE_LIMIT_PAGES_PER_MINUTE ?? "100000000";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const DATA_DIR = ".data-bench";
const ROUTES = ["/api/ping", "/api/ping-raw"] as const;
const IP_PREFIX = `198.18.${process.pid % 250}`;

if (PORT === 3000) throw new Error("Port 3000 is reserved for the dev/e2e servers; pick another BENCH_PORT.");

// ---- bridge child process: `tsx bench/middleware.ts --bridge` prints {url, token} and serves until killed ----
if (process.argv.includes("--bridge")) {
  const bridge = await startUpstashBridge({ redisUrl: REDIS_URL });
  process.stdout.write(`${JSON.stringify({ url: bridge.url, token: bridge.token })}\n`);
  const stop = () => void bridge.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  await new Promise(() => {});
}

type Mode = "memory" | "upstash";
type Row = { mode: Mode; conns: number; route: string; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };

const children = new Set<ChildProcess>();
const logDir = path.resolve(".cache");

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function stopChild(child: ChildProcess, name: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return void children.delete(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
  if (timedOut) {
    console.warn(`[bench] ${name} (pid ${child.pid}) ignored SIGTERM; sending SIGKILL`);
    child.kill("SIGKILL");
    await exited;
  }
  children.delete(child);
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function startBridgeProcess(): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--bridge"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, REDIS_URL },
  });
  children.add(child);
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const newline = buffer.indexOf("\n");
      if (newline >= 0) resolve(buffer.slice(0, newline));
    });
    child.once("exit", (code) => reject(new Error(`bridge exited early (code ${code})`)));
    setTimeout(() => reject(new Error("bridge did not start within 20 s")), 20_000).unref();
  });
  const { url, token } = JSON.parse(line) as { url: string; token: string };
  return { child, url, token };
}

async function startServer(mode: Mode, upstash?: { url: string; token: string }): Promise<ChildProcess> {
  if (!(await portIsFree(PORT))) throw new Error(`port ${PORT} is already in use; set BENCH_PORT`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DEMO_MODE: "1",
    DATA_DIR,
    RATE_LIMIT_PAGES_PER_MINUTE: PAGE_LIMIT,
  };
  for (const name of ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "DATABASE_URL", "NEXT_DIST_DIR"]) delete env[name];
  if (upstash) Object.assign(env, { UPSTASH_REDIS_REST_URL: upstash.url, UPSTASH_REDIS_REST_TOKEN: upstash.token });

  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `bench-middleware-${mode}.log`));
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see .cache/bench-middleware-${mode}.log`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`, { headers: { "x-forwarded-for": `${IP_PREFIX}.250` } });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`/api/health did not answer 200 within 120 s; see .cache/bench-middleware-${mode}.log`);
    await sleep(250);
  }
  return child;
}

async function load(route: string, ip: string, seconds: number, connections: number): Promise<Omit<Row, "mode" | "conns" | "route">> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${PORT}${route}`,
    connections,
    duration: seconds,
    headers: { "x-forwarded-for": ip, accept: "application/json" },
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function limiterKeysInRedis(redis: IORedis, ip: string): Promise<number> {
  return (await redis.keys(`4uai:rl:pages-ip:${ip}:*`)).length;
}

async function main() {
  // A build from before app/api/ping-raw existed would answer 404: rebuild then too.
  if (!existsSync(".next/BUILD_ID") || !existsSync(".next/server/app/api/ping-raw/route.js")) {
    console.log("[bench] no production build with /api/ping-raw in .next; running npm run build");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    throw new Error(`Redis does not answer at ${REDIS_URL}; start it (see .ci/run) or set REDIS_URL`);
  }

  console.log(
    `[bench] RATE_LIMIT_PAGES_PER_MINUTE=${PAGE_LIMIT} is set for the servers so the per-IP page limit does not refuse the load ` +
      "(the limiter still counts every /api/ping request).",
  );
  console.log(`[bench] ${os.cpus().length} CPUs, node ${process.version}; ${CONNECTIONS.join(" and ")} connections, ${WARMUP_SECONDS} s warm-up, ${SECONDS} s per route; port ${PORT}`);

  const rows: Row[] = [];
  let run = 0;
  try {
    for (const mode of ["memory", "upstash"] as const) {
      const bridge = mode === "upstash" ? await startBridgeProcess() : undefined;
      const server = await startServer(mode, bridge);
      try {
        for (const route of ROUTES) await load(route, `${IP_PREFIX}.${++run}`, WARMUP_SECONDS, Math.max(...CONNECTIONS));
        for (const conns of CONNECTIONS) {
          for (const route of ROUTES) {
            const ip = `${IP_PREFIX}.${++run}`;
            const figures = await load(route, ip, SECONDS, conns);
            rows.push({ mode, conns, route, ...figures });
            const keys = await limiterKeysInRedis(redis, ip);
            console.log(`[bench] ${mode} ${conns} conn ${route}: ${Math.round(figures.rps)} req/s; limiter keys for its IP in Redis: ${keys}`);
          }
        }
      } finally {
        await stopChild(server, "next-server");
        if (bridge) await stopChild(bridge.child, "bridge");
      }
      if (!(await portIsFree(PORT))) throw new Error(`something still listens on ${PORT} after stopping next-server (pid ${server.pid})`);
    }
  } finally {
    const keys = await redis.keys(`4uai:rl:pages-ip:${IP_PREFIX}.*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    rmSync(DATA_DIR, { recursive: true, force: true });
  }

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "-");
  console.log("\nmode     conns  route          req/s    p50 ms  p95 ms  p99 ms  non-2xx  errors");
  for (const r of rows) {
    console.log(
      `${r.mode.padEnd(8)} ${String(r.conns).padStart(5)}  ${r.route.padEnd(14)} ${String(Math.round(r.rps)).padStart(6)}  ${f(r.p50).padStart(6)}  ${f(r.p95).padStart(6)}  ${f(r.p99).padStart(6)}  ${String(r.non2xx).padStart(7)}  ${String(r.errors).padStart(6)}`,
    );
  }
  console.log("\nmiddleware / raw (latency ratio; >1 means the chain costs that much more)");
  for (const mode of ["memory", "upstash"] as const) {
    for (const conns of CONNECTIONS) {
      const mw = rows.find((r) => r.mode === mode && r.conns === conns && r.route === "/api/ping");
      const raw = rows.find((r) => r.mode === mode && r.conns === conns && r.route === "/api/ping-raw");
      if (!mw || !raw) continue;
      console.log(
        `${mode.padEnd(8)} ${String(conns).padStart(2)} conn  p50 ${f(mw.p50 / raw.p50)}x (+${f(mw.p50 - raw.p50)} ms)  p95 ${f(mw.p95 / raw.p95)}x (+${f(mw.p95 - raw.p95)} ms)  req/s ${f(mw.rps / raw.rps)}x`,
      );
    }
  }
}

try {
  await main();
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const child of [...children]) await stopChild(child, `pid ${child.pid}`);
}
