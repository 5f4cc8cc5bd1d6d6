/**
 * TEST-ONLY: an Upstash-compatible REST endpoint in front of a real Redis, so the real
 * @upstash/redis + @upstash/ratelimit clients can run against the local Redis 7.0 in tests and
 * benchmarks. Never imported by the app.
 *
 * Speaks what @upstash/redis 1.x sends (node_modules/@upstash/redis, class HttpClient):
 * - POST `/` with a JSON array command → `{ result }` or, with status 400, `{ error }`;
 * - POST `/pipeline` with an array of commands → an array of `{ result }` / `{ error }` (not atomic);
 * - POST `/multi-exec` the same, run as one MULTI/EXEC transaction;
 * - `Authorization: Bearer <token>` is checked (401 otherwise);
 * - `Upstash-Encoding: base64` (the client's default) → every string in a result, at any depth of
 *   arrays, is sent as base64 of its bytes; numbers and nulls stay as they are.
 *
 * Scripts: @upstash/ratelimit 2.x scripts begin with `#!lua flags=allow-key-locking`, a flag Redis
 * 7.0 rejects. The bridge removes that flag (the shebang line becomes empty when no flag is left,
 * keeping line numbers) before EVAL / SCRIPT LOAD, and remembers SHA1(original) → SHA1(rewritten):
 * the client calls EVALSHA with the hash of the ORIGINAL script, which the bridge translates; a hash
 * it has never seen goes to Redis as is and gets Redis's own NOSCRIPT error, on which the client
 * falls back to EVAL (which fills the map).
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis as IORedis } from "ioredis";

export type UpstashBridgeOptions = {
  /** Redis to talk to; default redis://127.0.0.1:6379. */
  redisUrl?: string;
  /** Port to listen on (127.0.0.1); default: any free port. */
  port?: number;
  /** Bearer token clients must send; default: a random one. */
  token?: string;
  /** Delay before each request is served, to play a slow store. Changeable later with setDelay. */
  delayMs?: number;
};

export type UpstashBridge = {
  url: string;
  token: string;
  setDelay(ms: number): void;
  close(): Promise<void>;
};

type Arg = string | number | boolean | null;
type Reply = { result: unknown } | { error: string };

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** Removes flags Redis 7.0 does not know from a `#!lua` shebang; returns the script unchanged otherwise. */
export function rewriteScript(script: string): string {
  const match = /^#!lua([^\n]*)(\n|$)/.exec(script);
  if (!match) return script;
  const flags = /flags=(\S+)/.exec(match[1] ?? "")?.[1]?.split(",").filter((f) => f && f !== "allow-key-locking");
  if (!match[1]?.includes("allow-key-locking")) return script;
  const rest = script.slice(match[0].length);
  const shebang = flags && flags.length > 0 ? `#!lua flags=${flags.join(",")}` : "";
  return `${shebang}${match[2]}${rest}`;
}

function encode(value: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(value)) return base64 ? value.toString("base64") : value.toString("utf8");
  if (typeof value === "string") return base64 ? Buffer.from(value, "utf8").toString("base64") : value;
  if (Array.isArray(value)) return value.map((v) => encode(v, base64));
  return value ?? null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function isCommand(value: unknown): value is Arg[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === "string";
}

export async function startUpstashBridge(options: UpstashBridgeOptions = {}): Promise<UpstashBridge> {
  const token = options.token ?? `bridge-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  let delayMs = options.delayMs ?? 0;
  // original sha → sha of the script Redis actually has
  const shas = new Map<string, string>();

  const redis = new IORedis(options.redisUrl ?? "redis://127.0.0.1:6379", {
    lazyConnect: true,
    // Fail fast when Redis is down: the bridge answers an error instead of queueing forever.
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  let lastRedisError: string | undefined;
  redis.on("error", (error: unknown) => {
    lastRedisError = errorMessage(error);
  });
  await redis.connect().catch(() => {
    /* Redis down at start: requests will get errors, which is what a "Redis unreachable" test wants. */
  });

  /** The Redis command to run for one Upstash command; `replyAs` overrides Redis's result. */
  function translate(command: Arg[]): { name: string; args: string[]; replyAs?: string } {
    const [name = "", ...args] = command.map((a) => (a === null ? "" : String(a)));
    const upper = name.toUpperCase();
    const [first, ...more] = args;
    if ((upper === "EVAL" || upper === "EVAL_RO") && first !== undefined) {
      const rewritten = rewriteScript(first);
      shas.set(sha1(first), sha1(rewritten));
      return { name, args: [rewritten, ...more] };
    }
    if ((upper === "EVALSHA" || upper === "EVALSHA_RO") && first !== undefined) {
      // Unknown hashes go through unchanged: Redis answers NOSCRIPT and the client falls back to EVAL.
      const sha = first.toLowerCase();
      return { name, args: [shas.get(sha) ?? sha, ...more] };
    }
    if (upper === "SCRIPT" && first?.toUpperCase() === "LOAD" && more[0] !== undefined) {
      const original = sha1(more[0]);
      const rewritten = rewriteScript(more[0]);
      shas.set(original, sha1(rewritten));
      // The client expects the hash of the script it sent, which is what it will EVALSHA.
      return { name, args: [first, rewritten], replyAs: original };
    }
    if (upper === "SCRIPT" && first?.toUpperCase() === "EXISTS") {
      return { name, args: [first, ...more.map((s) => shas.get(s.toLowerCase()) ?? s)] };
    }
    return { name, args };
  }

  async function runOne(command: Arg[]): Promise<Reply> {
    const { name, args, replyAs } = translate(command);
    try {
      const result: unknown = await redis.callBuffer(name, ...args);
      return { result: replyAs ?? result };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }

  async function runMany(commands: Arg[][], transaction: boolean): Promise<Reply[] | { error: string }> {
    const batch = transaction ? redis.multi() : redis.pipeline();
    const replyAs = commands.map((command) => {
      const t = translate(command);
      void batch.callBuffer(t.name, ...t.args);
      return t.replyAs;
    });
    try {
      const results = await batch.exec();
      if (!results) return { error: "EXECABORT Transaction discarded because of WATCH" };
      return results.map(([error, result], i) => (error ? { error: errorMessage(error) } : { result: replyAs[i] ?? result }));
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }

  function send(res: ServerResponse, status: number, body: unknown) {
    if (res.destroyed) return;
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: "Unauthorized" });
    if (req.method !== "POST") return send(res, 405, { error: "Only POST is served by this bridge" });
    const path = (req.url ?? "/").split("?")[0]!.replace(/\/+$/, "") || "/";
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { error: "ERR body is not JSON" });
    }
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    if (lastRedisError && redis.status !== "ready") {
      // ioredis queues while reconnecting; answer at once like an unreachable Upstash would fail.
      return send(res, 500, { error: `ERR redis unavailable: ${lastRedisError}` });
    }
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const out = (r: Reply) => ("error" in r ? r : { result: encode(r.result, base64) });

    if (path === "/") {
      if (!isCommand(body)) return send(res, 400, { error: "ERR expected a JSON array command" });
      const reply = await runOne(body);
      return send(res, "error" in reply ? 400 : 200, out(reply));
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body) || !body.every(isCommand)) return send(res, 400, { error: "ERR expected an array of commands" });
      const replies = await runMany(body, path === "/multi-exec");
      if (!Array.isArray(replies)) return send(res, 400, replies);
      return send(res, 200, replies.map(out));
    }
    return send(res, 404, { error: `ERR unknown path ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: `ERR bridge: ${errorMessage(error)}` }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    setDelay(ms: number) {
      delayMs = ms;
    },
    close() {
      closed ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await stopped;
        redis.disconnect();
      })();
      return closed;
    },
  };
}
