import { randomUUID } from "node:crypto";
import { durationToMs, NonRetriableError, serializeError, StepError, type InngestFunction } from "inngest";

/**
 * The in-process job runner: embedded mode executes the very InngestFunction definitions that Inngest
 * serves, with Inngest's durable semantics reproduced in memory.
 *
 * Why our own small runner instead of the SDK's execution engine: the engine is reachable only through
 * the protected `createExecution` and an internal options bag (hashed step state, op codes, checkpoint
 * protocol) that @inngest/test re-implements per SDK version, and it models neither retries nor
 * onFailure. What the product needs is small and testable here: we call the function's handler with a
 * step tool of our own. The single SDK internal we read is the handler itself (InngestFunction's private
 * `fn`), guarded below so an SDK upgrade fails loudly instead of silently.
 *
 * Semantics, as Inngest documents them:
 * - Each pass re-runs the handler from the top; memoized steps return their saved (JSON round-tripped)
 *   result and at most one new step executes per pass, after which the pass ends — so code outside
 *   steps runs several times here exactly as it does under Inngest.
 * - Step ids repeated within a run get the SDK's `:1`, `:2`… suffixes.
 * - Retries are counted per step: `attempt` resets whenever a step completes. A step failing with
 *   retries left interrupts the pass; the run resumes after backoff. On its last attempt (or on a
 *   NonRetriableError) the failure is memoized and surfaces in the handler as a StepError it may catch;
 *   uncaught, the run fails without further retries. Errors thrown outside steps retry the same way.
 * - step.sleep / step.sleepUntil are memoized waits, clamped to `maxSleepMs` because nothing in this
 *   process outlives a restart.
 * - After the final failure the function's onFailure handler runs once, with Inngest's
 *   `inngest/function.failed` event, through the same machinery (1 retry, as Inngest registers it).
 *
 * Limits: state lives in memory (a restart loses in-flight runs), parallel steps run one after another,
 * concurrency/throttle/priority/debounce options are not enforced, and step.waitForEvent, invoke, ai,
 * fetch, waitForSignal and realtime throw NonRetriableError. Those need the Inngest service.
 */

export type JobEvent = { name: string; data: Record<string, unknown>; id: string; ts: number };

export type JobLogger = Pick<Console, "debug" | "info" | "warn" | "error">;

export type RunnerOptions = {
  /** Delay in ms before retry number `retry` (1-based). Tests make it 0. */
  backoffMs?: (retry: number) => number;
  /** How to wait; tests record the requested delays instead of spending them. */
  wait?: (ms: number) => Promise<void>;
  /** Upper bound for any single sleep or backoff. */
  maxSleepMs?: number;
  /** Where step.sendEvent delivers; the dispatcher in send-event.ts wires itself in. */
  sendEvent?: (events: Array<{ name: string; data: Record<string, unknown>; id?: string }>) => Promise<{ ids: string[] }>;
  logger?: JobLogger;
};

export type RunOutcome =
  | { status: "completed"; functionId: string; runId: string; result: unknown; passes: number }
  | { status: "failed"; functionId: string; runId: string; error: Error; attempts: number; passes: number };

/** Inngest's documented default when a function sets no `retries`. */
export const DEFAULT_RETRIES = 4;
/** Inngest registers failure handlers with one retry. */
const FAILURE_HANDLER_RETRIES = 1;
/** Inngest caps a run at 1000 steps; a pass per step plus retries stays well under this. */
const MAX_PASSES = 5000;

export function exponentialBackoffMs(retry: number): number {
  return Math.min(1000 * 2 ** (retry - 1), 60_000);
}

const defaults = {
  backoffMs: exponentialBackoffMs,
  wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  maxSleepMs: 60_000,
  logger: console as JobLogger,
} satisfies RunnerOptions;

type ResolvedOptions = Required<Omit<RunnerOptions, "sendEvent">> & Pick<RunnerOptions, "sendEvent">;

type Handler = (ctx: Record<string, unknown>) => unknown;

type FunctionParts = { id: string; absoluteId: string; handler: Handler; maxAttempts: number; onFailure?: Handler };

function partsOf(fn: InngestFunction.Any): FunctionParts {
  const handler = (fn as unknown as { fn?: unknown }).fn;
  if (typeof handler !== "function") {
    throw new Error(`In-process runner cannot find the handler of "${fn.id()}": the inngest SDK internals changed.`);
  }
  const onFailure = fn.opts.onFailure as Handler | undefined;
  const clientId = (fn as unknown as { client?: { id?: string } }).client?.id;
  return {
    id: fn.id(),
    absoluteId: fn.id(clientId),
    handler: handler as Handler,
    maxAttempts: (fn.opts.retries ?? DEFAULT_RETRIES) + 1,
    onFailure,
  };
}

type StepRecord = { ok: true; data: unknown } | { ok: false; error: ReturnType<typeof serializeError>; attempts: number };

type RunState = {
  steps: Map<string, StepRecord>;
  /** Failed attempts of the current frontier (the next new step or the code after the last step). */
  attempt: number;
  maxAttempts: number;
  /** The StepError last thrown into the handler, with the attempts its step used. */
  surfaced?: { error: StepError; attempts: number };
};

type PassEnd =
  | { type: "step-ran" }
  | { type: "step-errored"; error: unknown }
  | { type: "resolved"; data: unknown }
  | { type: "rejected"; error: unknown };

export function isNonRetriable(error: unknown): boolean {
  return error instanceof NonRetriableError || (error instanceof Error && error.name === "NonRetriableError");
}

/** RetryAfterError carries seconds as a string or an ISO date. */
function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof Error) || error.name !== "RetryAfterError") return undefined;
  const value = (error as Error & { retryAfter?: unknown }).retryAfter;
  if (typeof value !== "string") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Step results travel as JSON under Inngest; round-trip them here so both modes see the same shapes. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(typeof error === "string" ? error : JSON.stringify(error));
}

function never<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

function stepIdOf(idOrOptions: unknown): string {
  if (typeof idOrOptions === "string") return idOrOptions;
  if (idOrOptions && typeof idOrOptions === "object" && "id" in idOrOptions && typeof idOrOptions.id === "string") {
    return idOrOptions.id;
  }
  throw new NonRetriableError("A step needs an id");
}

function unsupported(tool: string): () => never {
  return () => {
    throw new NonRetriableError(`${tool} is not supported by the in-process job runner; run with Inngest (INNGEST_DEV=1 or INNGEST_EVENT_KEY).`);
  };
}

/** Reports why a pass ended: the first new step settled, or the handler settled with no step running. */
function executePass(handler: Handler, baseCtx: Record<string, unknown>, state: RunState, options: ResolvedOptions): Promise<PassEnd> {
  let signal: (end: PassEnd) => void = () => {};
  const stepSettled = new Promise<PassEnd>((resolve) => (signal = resolve));
  let running = false;
  const seen = new Map<string, number>();

  function keyFor(idOrOptions: unknown): string {
    const base = stepIdOf(idOrOptions);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}:${count}`;
  }

  function executeNewStep(key: string, execute: () => Promise<unknown>): void {
    running = true;
    void (async () => {
      try {
        const data = toJson(await execute());
        state.steps.set(key, { ok: true, data });
        state.attempt = 0;
        signal({ type: "step-ran" });
      } catch (error) {
        options.logger.warn(`[jobs] step "${key}" failed (attempt ${state.attempt + 1}/${state.maxAttempts}): ${toError(error).message}`);
        if (isNonRetriable(error) || state.attempt + 1 >= state.maxAttempts) {
          state.steps.set(key, { ok: false, error: serializeError(toError(error)), attempts: state.attempt + 1 });
          state.attempt = 0;
          signal({ type: "step-ran" });
        } else {
          signal({ type: "step-errored", error });
        }
      }
    })();
  }

  function step(idOrOptions: unknown, execute: () => Promise<unknown>): Promise<unknown> {
    const key = keyFor(idOrOptions);
    const saved = state.steps.get(key);
    if (saved?.ok) return Promise.resolve(structuredClone(saved.data));
    if (saved) {
      const error = new StepError(key, saved.error);
      state.surfaced = { error, attempts: saved.attempts };
      return Promise.reject(error);
    }
    // Like the SDK, a pass runs one new step; every other new step waits for the next pass.
    if (!running) executeNewStep(key, execute);
    return never();
  }

  const clampMs = (ms: number) => Math.min(Math.max(0, ms), options.maxSleepMs);
  const tools: Record<string, unknown> = {
    run: (idOrOptions: unknown, fn: (...args: unknown[]) => unknown, ...input: unknown[]) =>
      step(idOrOptions, async () => fn(...input)),
    sleep: (idOrOptions: unknown, duration: unknown) =>
      step(idOrOptions, async () => {
        await options.wait(clampMs(durationToMs(duration)));
        return null;
      }),
    sleepUntil: (idOrOptions: unknown, time: unknown) =>
      step(idOrOptions, async () => {
        const at = time instanceof Date ? time.getTime() : Date.parse(String(time));
        await options.wait(clampMs(at - Date.now()));
        return null;
      }),
    sendEvent: (idOrOptions: unknown, payload: unknown) =>
      step(idOrOptions, async () => {
        if (!options.sendEvent) throw new NonRetriableError("step.sendEvent has no dispatcher in this runner");
        const events = (Array.isArray(payload) ? payload : [payload]) as Parameters<NonNullable<RunnerOptions["sendEvent"]>>[0];
        return options.sendEvent(events);
      }),
  };
  const stepTools = new Proxy(tools, {
    get: (target, prop) => (typeof prop === "string" && !(prop in target) ? unsupported(`step.${prop}()`) : target[prop as string]),
  });
  const groupTools = new Proxy({}, { get: (_target, prop) => unsupported(`group.${String(prop)}()`) });

  const ctx = {
    ...baseCtx,
    step: stepTools,
    group: groupTools,
    attempt: state.attempt,
    maxAttempts: state.maxAttempts,
    logger: options.logger,
    defer: unsupported("defer()"),
  };

  const settled = Promise.resolve()
    .then(() => handler(ctx))
    .then(
      (data): PassEnd => ({ type: "resolved", data }),
      (error: unknown): PassEnd => ({ type: "rejected", error }),
    );

  return Promise.race([stepSettled, settled]).then((end) => {
    // A handler that settles while a new step is still running (e.g. an un-awaited step) waits for it.
    if ((end.type === "resolved" || end.type === "rejected") && running) return stepSettled;
    return end;
  });
}

async function executeDurably(
  parts: Pick<FunctionParts, "id" | "handler" | "maxAttempts">,
  baseCtx: Record<string, unknown> & { runId: string },
  options: ResolvedOptions,
): Promise<RunOutcome> {
  const state: RunState = { steps: new Map(), attempt: 0, maxAttempts: parts.maxAttempts };
  const failed = (error: unknown, attempts: number, passes: number): RunOutcome => ({
    status: "failed",
    functionId: parts.id,
    runId: baseCtx.runId,
    error: toError(error),
    attempts,
    passes,
  });
  const retryLater = async (error: unknown) => {
    state.attempt += 1;
    const delay = retryAfterMs(error) ?? options.backoffMs(state.attempt);
    await options.wait(Math.min(Math.max(0, delay), options.maxSleepMs));
  };

  for (let passes = 1; passes <= MAX_PASSES; passes++) {
    const end = await executePass(parts.handler, baseCtx, state, options);
    if (end.type === "resolved") {
      return { status: "completed", functionId: parts.id, runId: baseCtx.runId, result: toJson(end.data), passes };
    }
    if (end.type === "step-ran") continue;
    if (end.type === "step-errored") {
      await retryLater(end.error);
      continue;
    }
    if (state.surfaced && end.error === state.surfaced.error) return failed(end.error, state.surfaced.attempts, passes);
    if (isNonRetriable(end.error) || state.attempt + 1 >= state.maxAttempts) return failed(end.error, state.attempt + 1, passes);
    options.logger.warn(`[jobs] ${parts.id} failed (attempt ${state.attempt + 1}/${state.maxAttempts}): ${toError(end.error).message}`);
    await retryLater(end.error);
  }
  return failed(new NonRetriableError(`${parts.id} exceeded ${MAX_PASSES} executions`), state.attempt + 1, MAX_PASSES);
}

/**
 * Runs one function for one event to its end (success, or failure plus its onFailure handler) and
 * reports what happened. Never throws for a failing function: failure is an outcome.
 */
export async function runFunction(fn: InngestFunction.Any, event: JobEvent, runnerOptions: RunnerOptions = {}): Promise<RunOutcome> {
  const options: ResolvedOptions = { ...defaults, ...runnerOptions };
  const parts = partsOf(fn);
  const runId = randomUUID();
  const outcome = await executeDurably(parts, { event, events: [event], runId }, options);
  if (outcome.status === "failed") {
    options.logger.error(`[jobs] ${parts.id} failed after ${outcome.attempts} attempt(s): ${outcome.error.message}`);
    if (parts.onFailure) await runFailureHandler(parts, event, outcome, options);
  }
  return outcome;
}

async function runFailureHandler(
  parts: FunctionParts,
  event: JobEvent,
  outcome: Extract<RunOutcome, { status: "failed" }>,
  options: ResolvedOptions,
): Promise<void> {
  const failureEvent = {
    name: "inngest/function.failed",
    data: { function_id: parts.absoluteId, run_id: outcome.runId, error: serializeError(outcome.error), event },
    id: randomUUID(),
    ts: Date.now(),
  };
  const handled = await executeDurably(
    { id: `${parts.id}-failure`, handler: parts.onFailure as Handler, maxAttempts: FAILURE_HANDLER_RETRIES + 1 },
    { event: failureEvent, events: [failureEvent], runId: randomUUID(), error: outcome.error },
    options,
  );
  if (handled.status === "failed") {
    options.logger.error(`[jobs] onFailure of ${parts.id} failed too: ${handled.error.message}`);
  }
}
