/*
 * Catalog search benchmark: `npm run bench:catalog`. Prints figures, asserts nothing.
 *
 *   1. Creates a throwaway database fouai_bench_<pid> on the local Postgres (admin URL from BENCH_DATABASE_URL,
 *      default postgres://postgres@127.0.0.1:5432/postgres), migrates it, runs the demo seed and adds 10,000
 *      deterministic published agents, then ANALYZE.
 *   2. Times searchAgents (the real /agents query) for representative searches and EXPLAINs the captured SQL,
 *      reporting whether the plans use the GIN index agents_search_idx (custom and generic plans).
 *   3. Serves the production build (`next start`, port BENCH_PORT or 3400) on that database and loads
 *      /agents?q=<common term> and the minimal dynamic page /access-denied with autocannon.
 *
 * The load generator and the server share the machine's cores: compare the ratios of one run, not absolute
 * figures across machines or runs. The server and the database are removed at the end, also on failure.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { generateAgents } from "./catalog-data";

// lib/catalog/queries.ts imports "server-only", which throws outside React Server Components. Resolve it to an
// empty module for this process (vitest does the same with an alias), then load the app modules dynamically.
const serverOnlyHook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);

const { openPostgres } = await import("@/db/client");
const schema = await import("@/db/schema");
const { seed } = await import("@/db/seed");
const { searchAgents } = await import("@/lib/catalog/queries");
type Db = import("@/db/client").Db;
type AgentSearch = import("@/lib/catalog/search-params").AgentSearch;

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `fouai_bench_${process.pid}`;
const AGENT_COUNT = Number(process.env.BENCH_AGENTS ?? 10_000);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 50);
const QUERY_WARMUP = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const HTTP_CONNECTIONS = 32;
const COMMON_TERM = "report";
const SEARCH_INDEX = "agents_search_idx";

if (PORT === 3000) throw new Error("Port 3000 is reserved for the dev/e2e servers; pick another BENCH_PORT.");

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// ---------------------------------------------------------------------------------------------- formatting

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 1)} ms` : "n/a");

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

function heading(text: string): void {
  console.log(`\n== ${text} ${"=".repeat(Math.max(0, 100 - text.length))}`);
}

// ------------------------------------------------------------------------------------------------- setup

async function createDatabase(): Promise<void> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${DB_NAME}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function dropDatabase(): Promise<void> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${DB_NAME}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function populate(db: Db): Promise<{ seeded: number; total: number }> {
  await seed(db);
  const creators = await db.select({ id: schema.creatorProfiles.id }).from(schema.creatorProfiles);
  if (creators.length === 0) throw new Error("The demo seed created no creator profiles.");
  const generated = generateAgents(AGENT_COUNT);
  for (let i = 0; i < generated.length; i += 500) {
    const batch = generated.slice(i, i + 500).map((a, j) => ({
      ...a,
      creatorId: creators[(i + j) % creators.length]!.id,
      status: "published" as const,
    }));
    await db.insert(schema.agents).values(batch);
  }
  await db.execute("analyze");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.agents);
  return { seeded: generated.length, total: Number(row?.n ?? 0) };
}

// ------------------------------------------------------------------------------------------ query bench

type Case = { label: string; search: AgentSearch };

const CASES: Case[] = [
  { label: "browse (no q, curated order)", search: { sort: "relevance", page: 1 } },
  { label: "single word: email", search: { q: "email", sort: "relevance", page: 1 } },
  { label: "two words: sql query", search: { q: "sql query", sort: "relevance", page: 1 } },
  { label: 'phrase: "meeting notes"', search: { q: '"meeting notes"', sort: "relevance", page: 1 } },
  { label: "rare term: haiku", search: { q: "haiku", sort: "relevance", page: 1 } },
  { label: `common term: ${COMMON_TERM}`, search: { q: COMMON_TERM, sort: "relevance", page: 1 } },
  { label: "partial word (name ILIKE): expla", search: { q: "expla", sort: "relevance", page: 1 } },
  { label: "category filter: editing in writing", search: { q: "editing", category: "writing", sort: "relevance", page: 1 } },
  { label: "pricing filter: dashboard, free", search: { q: "dashboard", pricing: "free", sort: "relevance", page: 1 } },
  { label: "sort by rating: seo", search: { q: "seo", sort: "rating", page: 1 } },
  { label: `page 5: ${COMMON_TERM}`, search: { q: COMMON_TERM, sort: "relevance", page: 5 } },
];

type Stmt = { sql: string; params: unknown[] };

/** A drizzle instance over the bench connection that records every statement it sends. */
function capturingDb(client: postgres.Sql): { db: Db; take: () => Stmt[] } {
  let log: Stmt[] = [];
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (query: string, params: unknown[]) => void log.push({ sql: query, params }) },
  }) as unknown as Db;
  return {
    db,
    take: () => {
      const out = log;
      log = [];
      return out;
    },
  };
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return `'${value.toISOString()}'`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] };

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

/** How the plan reads the agents table: the GIN index, another index, or a sequential scan. */
function agentsAccess(root: PlanNode): string {
  const nodes = planNodes(root);
  const parts = new Set<string>();
  for (const n of nodes) {
    if (n["Index Name"] === SEARCH_INDEX) parts.add(`${n["Node Type"]} on ${SEARCH_INDEX}`);
    else if (n["Index Name"]?.startsWith("agents_")) parts.add(`${n["Node Type"]} on ${n["Index Name"]}`);
    else if (n["Relation Name"] === "agents" && n["Node Type"] === "Seq Scan") parts.add("Seq Scan on agents");
  }
  return [...parts].join(" + ") || "(agents not scanned)";
}

const usesGin = (root: PlanNode) => planNodes(root).some((n) => n["Index Name"] === SEARCH_INDEX);

type Explained = { json: PlanNode; text: string; executionMs: number };

/**
 * EXPLAIN ANALYZE of a captured statement as a named prepared statement, the way postgres.js (prepare: true)
 * runs it in the app: "custom" plans with the actual parameter values, "generic" is the parameter-independent
 * plan Postgres may switch to after five executions.
 */
async function explain(client: postgres.Sql, stmt: Stmt, mode: "custom" | "generic"): Promise<Explained> {
  const conn = await client.reserve();
  try {
    await conn.unsafe(`set plan_cache_mode = force_${mode}_plan`);
    await conn.unsafe(`prepare bench_stmt as ${stmt.sql}`);
    const args = stmt.params.length ? `(${stmt.params.map(literal).join(", ")})` : "";
    const [jsonRow] = await conn.unsafe<Array<{ "QUERY PLAN": Array<{ Plan: PlanNode; "Execution Time": number }> }>>(
      `explain (analyze, format json) execute bench_stmt${args}`,
    );
    const textRows = await conn.unsafe<Array<{ "QUERY PLAN": string }>>(`explain (analyze, costs off, timing off, summary off) execute bench_stmt${args}`);
    await conn.unsafe("deallocate bench_stmt");
    await conn.unsafe("reset plan_cache_mode");
    const plan = jsonRow!["QUERY PLAN"][0]!;
    return { json: plan.Plan, text: textRows.map((r) => r["QUERY PLAN"]).join("\n"), executionMs: plan["Execution Time"] };
  } finally {
    conn.release();
  }
}

async function queryBench(benchUrl: string): Promise<void> {
  const handle = openPostgres(benchUrl, 4);
  const client = postgres(benchUrl, { max: 2, onnotice: () => {}, prepare: true });
  const capture = capturingDb(client);
  try {
    heading(`searchAgents on ${AGENT_COUNT.toLocaleString("en")} + demo agents: ${QUERY_RUNS} timed runs each after ${QUERY_WARMUP} warm-up runs (sequential, one connection busy at a time)`);
    const rows: Array<Array<string | number>> = [];
    const all: number[] = [];
    const statements = new Map<string, Stmt[]>();
    for (const c of CASES) {
      for (let i = 0; i < QUERY_WARMUP; i++) await searchAgents(c.search, {}, handle.db);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < QUERY_RUNS; i++) {
        const t0 = performance.now();
        const result = await searchAgents(c.search, {}, handle.db);
        times.push(performance.now() - t0);
        total = result.total;
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      await searchAgents(c.search, {}, capture.db);
      statements.set(c.label, capture.take());
      rows.push([c.label, total, ms(percentile(times, 50)), ms(percentile(times, 95)), ms(times[times.length - 1]!)]);
    }
    all.sort((a, b) => a - b);
    rows.push(["overall", "", ms(percentile(all, 50)), ms(percentile(all, 95)), ms(all[all.length - 1]!)]);
    console.log(table(["query", "matches", "p50", "p95", "max"], rows));
    console.log("(each searchAgents call is two statements: count(*) and the page; times are for both, client-side)");

    heading(`Plans (EXPLAIN ANALYZE of the captured statements): does the search use ${SEARCH_INDEX}?`);
    const planRows: Array<Array<string | number>> = [];
    let typical: { label: string; custom: Explained; generic: Explained } | undefined;
    for (const c of CASES) {
      const stmts = statements.get(c.label) ?? [];
      for (const [i, stmt] of stmts.entries()) {
        const custom = await explain(client, stmt, "custom");
        const generic = await explain(client, stmt, "generic");
        const kind = /count\(\*\)/.test(stmt.sql) ? "count" : "page";
        planRows.push([
          i === 0 ? c.label : "",
          kind,
          `${usesGin(custom.json) ? "GIN" : "no GIN"}: ${agentsAccess(custom.json)}`,
          ms(custom.executionMs),
          `${usesGin(generic.json) ? "GIN" : "no GIN"}: ${agentsAccess(generic.json)}`,
          ms(generic.executionMs),
        ]);
        if (c.search.q === "email" && kind === "page") typical = { label: c.label, custom, generic };
      }
    }
    console.log(table(["query", "stmt", "custom plan (actual values)", "exec", "generic plan", "exec"], planRows));
    const searched = planRows.filter((_, i) => i >= 2); // the first case (no q) has no text condition
    const gin = (col: number) => searched.filter((r) => String(r[col]).startsWith("GIN")).length;
    console.log(
      `${SEARCH_INDEX} used by ${gin(2)}/${searched.length} custom and ${gin(4)}/${searched.length} generic plans of statements with q. ` +
        "postgres.js prepares statements, so after five executions Postgres may switch a statement to its generic plan.",
    );
    if (gin(2) === 0) {
      console.log(
        "Why: the filter is (search_vector @@ tsquery OR name ILIKE '%q%'); the ILIKE arm has no index, so the OR cannot be " +
          "answered from the GIN index alone and every search scans agents.",
      );
    }

    if (typical) {
      const stmt = statements.get(typical.label)!.find((s) => !/count\(\*\)/.test(s.sql))!;
      heading(`Typical query (${typical.label}), page statement`);
      console.log(stmt.sql);
      console.log(`params: ${JSON.stringify(stmt.params)}`);
      console.log("\n-- custom plan:");
      console.log(typical.custom.text);
      console.log("\n-- generic plan:");
      console.log(typical.generic.text);
      console.log(`\n${SEARCH_INDEX} used: custom plan ${usesGin(typical.custom.json) ? "YES" : "NO"}, generic plan ${usesGin(typical.generic.json) ? "YES" : "NO"}`);
    }
  } finally {
    await client.end({ timeout: 5 });
    await handle.close();
  }
}

// ------------------------------------------------------------------------------------------- HTTP bench

function ensureBuild(): void {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("No production build (.next/BUILD_ID): running npm run build ...");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`npm run build failed with status ${r.status}`);
}

function startServer(benchUrl: string, logFile: string): ChildProcess {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: benchUrl,
      DEMO_MODE: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      RATE_LIMIT_PAGES_PER_MINUTE: "1000000",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(child.pid, "SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done && child.exitCode === null) {
    process.kill(child.pid, "SIGKILL");
    await exited;
  }
}

async function waitForHealth(child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

type HttpFigures = { path: string; rps: number; rps2xx: number; p50: number; p95: number; p99: number; total: number; non2xx: number; errors: number; codes: string };

async function load(pathAndQuery: string, seconds: number): Promise<HttpFigures> {
  const latencies: number[] = [];
  const instance = autocannon({ url: `http://127.0.0.1:${PORT}${pathAndQuery}`, connections: HTTP_CONNECTIONS, duration: seconds, timeout: 30 });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const total = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  return {
    path: pathAndQuery,
    rps: total / result.duration,
    rps2xx: result["2xx"] / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    codes: Object.entries(result.statusCodeStats)
      .map(([code, s]) => `${code}:${s.count}`)
      .join(" "),
  };
}

async function httpBench(benchUrl: string, track: (child: ChildProcess) => void): Promise<void> {
  ensureBuild();
  const logFile = path.join(os.tmpdir(), `${DB_NAME}-next.log`);
  const buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  const child = startServer(benchUrl, logFile);
  track(child);
  try {
    await waitForHealth(child);
    const searchPath = `/agents?q=${encodeURIComponent(COMMON_TERM)}`;
    const minimalPath = "/access-denied";
    heading(`HTTP: next start (build ${buildId}, pid ${child.pid}, port ${PORT}), ${HTTP_CONNECTIONS} connections, ${HTTP_SECONDS} s per URL`);
    for (const p of [searchPath, minimalPath]) {
      const res = await fetch(`http://127.0.0.1:${PORT}${p}`);
      console.log(`probe ${p}: HTTP ${res.status}, ${(await res.text()).length} bytes`);
    }
    // Warm-up: JIT, React caches and the connection pool, for both routes.
    await load(searchPath, 3);
    await load(minimalPath, 3);

    const search = await load(searchPath, HTTP_SECONDS);
    const minimal = await load(minimalPath, HTTP_SECONDS);
    const row = (f: HttpFigures) => [f.path, f.total, f.rps.toFixed(1), f.rps2xx.toFixed(1), ms(f.p50), ms(f.p95), ms(f.p99), f.non2xx, f.errors, f.codes];
    console.log(table(["url", "requests", "req/s", "2xx/s", "p50", "p95", "p99", "non-2xx", "errors", "status codes"], [row(search), row(minimal)]));
    console.log("(latency percentiles over 2xx responses only; req/s counts every response)");
    console.log(
      `search/minimal ratio: req/s ${(search.rps2xx / minimal.rps2xx).toFixed(2)} (2xx only), p95 ${(search.p95 / minimal.p95).toFixed(2)}`,
    );
    if (search.non2xx > 0 || minimal.non2xx > 0) {
      console.log(
        "WARNING: non-2xx responses. 429s mean the per-IP page limit (pages-ip, 600/min by default) refused the load: " +
          "the build does not honour RATE_LIMIT_PAGES_PER_MINUTE (rebuild after it landed). Req/s and ratios above are then not comparable.",
      );
    }
  } catch (error) {
    console.error(`server log: ${logFile}`);
    throw error;
  } finally {
    await stopServer(child);
  }
}

// ------------------------------------------------------------------------------------------------- main

let server: ChildProcess | undefined;
let cleaning: Promise<void> | undefined;
async function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    if (server) await stopServer(server).catch((e: unknown) => console.error("stopping the server failed:", e));
    if (process.env.BENCH_KEEP_DB === "1") console.log(`\nkept ${DB_NAME} (BENCH_KEEP_DB=1): drop it with  psql -c 'drop database "${DB_NAME}"'`);
    else await dropDatabase().catch((e: unknown) => console.error(`dropping ${DB_NAME} failed:`, e));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

const started = performance.now();
try {
  heading(`Setup: database ${DB_NAME}`);
  await createDatabase();
  const benchUrl = withDatabase(ADMIN_URL, DB_NAME);
  const handle = openPostgres(benchUrl, 4);
  try {
    const t0 = performance.now();
    await handle.migrate();
    const { seeded, total } = await populate(handle.db);
    console.log(`migrated, demo seed + ${seeded.toLocaleString("en")} generated agents inserted, analyzed: ${total.toLocaleString("en")} agents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await handle.close();
  }
  await queryBench(benchUrl);
  if (process.env.BENCH_SKIP_HTTP === "1") console.log("\nHTTP benchmark skipped (BENCH_SKIP_HTTP=1)");
  else await httpBench(benchUrl, (child) => (server = child));
} finally {
  await cleanup();
  console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
