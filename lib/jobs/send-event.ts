import "server-only";
import { randomUUID } from "node:crypto";
import type { InngestFunction } from "inngest";
import { eventTypes, inngest, isEventName, type EventData, type EventName } from "@/inngest/client";
import { modes } from "@/lib/env";
import { runFunction, type JobEvent, type JobLogger, type RunnerOptions, type RunOutcome } from "./runner";

export type SendEventOptions = {
  /** Deduplication key: Inngest ignores a second event with the same id within 24 hours, and so do we. */
  id?: string;
};

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_KEPT_OUTCOMES = 100;

type Dispatcher = {
  inFlight: Set<Promise<unknown>>;
  eventIds: Map<string, number>;
  idempotencyKeys: Map<string, number>;
  options: RunnerOptions;
  outcomes: RunOutcome[];
};

// One dispatcher per process even when Next loads this module in several bundles (drain must see every run).
const dispatcher: Dispatcher = ((globalThis as Record<string, unknown>).__4uaiJobs ??= {
  inFlight: new Set(),
  eventIds: new Map(),
  idempotencyKeys: new Map(),
  options: {},
  outcomes: [],
}) as Dispatcher;

function logger(): JobLogger {
  return dispatcher.options.logger ?? console;
}

/**
 * Sends a typed event. With Inngest configured it goes to Inngest; otherwise the functions it triggers
 * run in this process, after the caller's tick, so the request that enqueued never waits for them.
 * The data is validated against the event's zod schema in both modes.
 */
export async function sendEvent<N extends EventName>(name: N, data: EventData<N>, options: SendEventOptions = {}): Promise<{ ids: string[] }> {
  const parsed = eventTypes[name].schema.parse(data) as Record<string, unknown>;
  if (modes.jobs === "service") {
    const { ids } = await inngest.send({ name, data: parsed, ...(options.id ? { id: options.id } : {}) });
    return { ids };
  }
  return { ids: [enqueueInProcess({ name, data: parsed, id: options.id ?? randomUUID(), ts: Date.now() })] };
}

/** Tunes the in-process runner (tests make backoff and sleeps instant). */
export function configureJobRunner(options: RunnerOptions): void {
  dispatcher.options = { ...options };
}

/** Waits until every in-process run, including runs started by those runs, has finished. */
export async function drainJobs(): Promise<RunOutcome[]> {
  while (dispatcher.inFlight.size > 0) await Promise.allSettled([...dispatcher.inFlight]);
  return dispatcher.outcomes.splice(0);
}

function seenWithinWindow(seen: Map<string, number>, key: string, now: number): boolean {
  for (const [k, at] of seen) if (now - at > DEDUPE_WINDOW_MS) seen.delete(k);
  if (seen.has(key)) return true;
  seen.set(key, now);
  return false;
}

function track(work: Promise<unknown>): void {
  dispatcher.inFlight.add(work);
  void work.finally(() => dispatcher.inFlight.delete(work));
}

function enqueueInProcess(event: JobEvent): string {
  if (seenWithinWindow(dispatcher.eventIds, event.id, event.ts)) return event.id;
  const work = (async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    // Loaded lazily: the functions import lib/ modules that themselves send events.
    const { functions } = await import("@/inngest/functions");
    const targets = functions.filter((fn) => triggeredBy(fn, event.name));
    await Promise.all(targets.map((fn) => runOnce(fn, event)));
  })().catch((error: unknown) => {
    logger().error(`[jobs] dispatching ${event.name} failed`, error);
  });
  track(work);
  return event.id;
}

async function runOnce(fn: InngestFunction.Any, event: JobEvent): Promise<void> {
  const key = idempotencyKey(fn, event);
  if (key && seenWithinWindow(dispatcher.idempotencyKeys, key, event.ts)) return;
  const outcome = await runFunction(fn, event, { sendEvent: sendFromStep, ...dispatcher.options });
  dispatcher.outcomes.push(outcome);
  // Outcomes are for drainJobs(); a server that never drains keeps only the latest few.
  if (dispatcher.outcomes.length > MAX_KEPT_OUTCOMES) dispatcher.outcomes.shift();
}

async function sendFromStep(events: Array<{ name: string; data: Record<string, unknown>; id?: string }>): Promise<{ ids: string[] }> {
  const ids: string[] = [];
  for (const event of events) {
    if (!isEventName(event.name)) throw new Error(`Unknown event "${event.name}"`);
    const sent = await sendEvent(event.name, event.data as EventData<EventName>, { id: event.id });
    ids.push(...sent.ids);
  }
  return { ids };
}

function triggerEventName(trigger: unknown): string | undefined {
  if (!trigger || typeof trigger !== "object" || !("event" in trigger)) return undefined;
  const { event } = trigger;
  if (typeof event === "string") return event;
  if (event && typeof event === "object" && "name" in event && typeof event.name === "string") return event.name;
  return undefined;
}

function triggeredBy(fn: InngestFunction.Any, eventName: string): boolean {
  const triggers: unknown[] = [fn.opts.triggers ?? []].flat();
  return triggers.some((trigger) => {
    if (triggerEventName(trigger) !== eventName) return false;
    if (trigger && typeof trigger === "object" && "if" in trigger && trigger.if) {
      logger().warn(`[jobs] ${fn.id()}: trigger expressions are not evaluated in process; skipping the function`);
      return false;
    }
    return true;
  });
}

/** Supports the `event.data.<path>` idempotency keys our functions use; other expressions need Inngest. */
function idempotencyKey(fn: InngestFunction.Any, event: JobEvent): string | undefined {
  const expression = fn.opts.idempotency;
  if (!expression) return undefined;
  const match = /^event\.data((?:\.\w+)+)$/.exec(expression.trim());
  if (!match?.[1]) {
    logger().warn(`[jobs] ${fn.id()}: idempotency "${expression}" is not evaluated in process`);
    return undefined;
  }
  let value: unknown = event.data;
  for (const part of match[1].slice(1).split(".")) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value === undefined ? undefined : `${fn.id()}:${JSON.stringify(value)}`;
}
