import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { NonRetriableError, RetryAfterError, StepError } from "inngest";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { deadLetters } from "@/db/schema";
import { inngest } from "@/inngest/client";
import { deadLetterFromFailure, recordDeadLetter } from "./dead-letters";
import { runFunction, type JobEvent, type RunnerOptions } from "./runner";

const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** Instant waits that remember what was asked for: retry and sleep timing without timed assertions. */
function instantRunner() {
  const backoffs: number[] = [];
  const waits: number[] = [];
  const options: RunnerOptions = {
    backoffMs: (retry) => {
      backoffs.push(retry);
      return retry * 10;
    },
    wait: async (ms) => {
      waits.push(ms);
    },
    logger: quietLogger,
  };
  return { options, backoffs, waits };
}

function testEvent(data: Record<string, unknown> = {}): JobEvent {
  return { name: "test/thing.happened", data, id: randomUUID(), ts: Date.now() };
}

function counter() {
  const counts = new Map<string, number>();
  return {
    hit: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
    of: (key: string) => counts.get(key) ?? 0,
  };
}

describe("in-process runner", () => {
  it("runs every step once and returns the function's result", async () => {
    const calls = counter();
    const fn = inngest.createFunction({ id: "test-success", triggers: [{ event: "test/thing.happened" }], retries: 3 }, async ({ event, step }) => {
      const a = await step.run("first", () => {
        calls.hit("first");
        return 20;
      });
      const b = await step.run("second", () => {
        calls.hit("second");
        return a + Number(event.data.add);
      });
      return { total: b };
    });
    const { options, backoffs } = instantRunner();

    const outcome = await runFunction(fn, testEvent({ add: 22 }), options);

    expect(outcome).toMatchObject({ status: "completed", functionId: "test-success", result: { total: 42 } });
    expect(calls.of("first")).toBe(1);
    expect(calls.of("second")).toBe(1);
    expect(backoffs).toEqual([]);
  });

  it("memoizes completed steps across retries and counts attempts per step", async () => {
    const calls = counter();
    const attemptsSeen: number[] = [];
    const fn = inngest.createFunction({ id: "test-flaky", triggers: [{ event: "test/thing.happened" }], retries: 3 }, async ({ step, attempt }) => {
      attemptsSeen.push(attempt);
      await step.run("charge", () => calls.hit("charge"));
      await step.run("flaky", () => {
        calls.hit("flaky");
        if (calls.of("flaky") < 3) throw new Error("temporary");
        return "ok";
      });
      await step.run("after", () => calls.hit("after"));
      return "done";
    });
    const { options, backoffs, waits } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(outcome.status).toBe("completed");
    expect(calls.of("charge")).toBe(1);
    expect(calls.of("flaky")).toBe(3);
    expect(calls.of("after")).toBe(1);
    // Two failures of "flaky" → retries 1 and 2, each after its backoff.
    expect(backoffs).toEqual([1, 2]);
    expect(waits).toEqual([10, 20]);
    // attempt is 0 on fresh steps, counts up while "flaky" fails, and resets once it succeeds.
    expect(attemptsSeen).toEqual([0, 0, 1, 2, 0, 0]);
  });

  it("gives up after the last retry, calls onFailure once and writes a dead letter", async () => {
    const calls = counter();
    const retries = 2;
    const fn = inngest.createFunction(
      {
        id: "test-doomed",
        triggers: [{ event: "test/thing.happened" }],
        retries,
        onFailure: async ({ event, error, step }) => {
          await step.run("record-dead-letter", () => {
            calls.hit("onFailure");
            return recordDeadLetter(deadLetterFromFailure("test-doomed", retries, { event, error }));
          });
        },
      },
      async ({ step }) => {
        await step.run("setup", () => calls.hit("setup"));
        await step.run("explode", () => {
          calls.hit("explode");
          throw new Error("smtp unreachable");
        });
      },
    );
    const { options, backoffs } = instantRunner();
    const event = testEvent({ orderId: "o-1" });

    const outcome = await runFunction(fn, event, options);

    expect(outcome).toMatchObject({ status: "failed", attempts: retries + 1 });
    expect(outcome.status === "failed" && outcome.error).toBeInstanceOf(StepError);
    expect(calls.of("setup")).toBe(1);
    expect(calls.of("explode")).toBe(retries + 1);
    expect(backoffs).toEqual([1, 2]);
    expect(calls.of("onFailure")).toBe(1);

    const db = await getDb();
    const rows = await db.select().from(deadLetters).where(eq(deadLetters.functionId, "test-doomed"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      functionId: "test-doomed",
      eventName: "test/thing.happened",
      payload: { orderId: "o-1" },
      attempts: 3,
    });
    expect(rows[0]?.error).toContain("smtp unreachable");
  });

  it("stops at once on a NonRetriableError", async () => {
    const calls = counter();
    const fn = inngest.createFunction(
      {
        id: "test-non-retriable",
        triggers: [{ event: "test/thing.happened" }],
        retries: 5,
        onFailure: () => {
          calls.hit("onFailure");
        },
      },
      async ({ step }) => {
        await step.run("validate", () => {
          calls.hit("validate");
          throw new NonRetriableError("bad input");
        });
      },
    );
    const { options, backoffs } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(outcome).toMatchObject({ status: "failed", attempts: 1 });
    expect(calls.of("validate")).toBe(1);
    expect(backoffs).toEqual([]);
    expect(calls.of("onFailure")).toBe(1);
  });

  it("retries errors thrown outside steps without repeating finished steps", async () => {
    const calls = counter();
    const fn = inngest.createFunction({ id: "test-outside", triggers: [{ event: "test/thing.happened" }], retries: 1 }, async ({ step, attempt }) => {
      await step.run("once", () => calls.hit("once"));
      if (attempt === 0) throw new Error("between steps");
      return "recovered";
    });
    const { options, backoffs } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(outcome).toMatchObject({ status: "completed", result: "recovered" });
    expect(calls.of("once")).toBe(1);
    expect(backoffs).toEqual([1]);
  });

  it("lets the handler catch a step that failed for good", async () => {
    const fn = inngest.createFunction({ id: "test-catch", triggers: [{ event: "test/thing.happened" }], retries: 1 }, async ({ step }) => {
      try {
        await step.run("optional", () => {
          throw new Error("no luck");
        });
        return "unreachable";
      } catch (error) {
        return await step.run("fallback", () => `fell back after ${(error as Error).message}`);
      }
    });
    const { options } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(outcome).toMatchObject({ status: "completed", result: "fell back after no luck" });
  });

  it("honours step.sleep once, clamped, and memoizes it across retries", async () => {
    const calls = counter();
    const fn = inngest.createFunction({ id: "test-sleep", triggers: [{ event: "test/thing.happened" }], retries: 1 }, async ({ step }) => {
      await step.sleep("pause", "2s");
      await step.sleep("long-pause", "3d");
      await step.run("after", () => {
        calls.hit("after");
        if (calls.of("after") === 1) throw new Error("once more");
      });
    });
    const { options, waits } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), { ...options, maxSleepMs: 5_000 });

    expect(outcome.status).toBe("completed");
    // 2 s sleep, 3 days clamped to 5 s, then the single retry's backoff (10 ms); no sleep repeated.
    expect(waits).toEqual([2_000, 5_000, 10]);
  });

  it("suffixes repeated step ids and round-trips results through JSON", async () => {
    let seen: unknown[] = [];
    const fn = inngest.createFunction({ id: "test-ids", triggers: [{ event: "test/thing.happened" }], retries: 0 }, async ({ step }) => {
      // The handler re-runs from the top on every pass, as under Inngest; keep the last pass's view.
      seen = [];
      for (let i = 0; i < 3; i++) seen.push(await step.run("item", () => i));
      const when = await step.run("date", () => new Date("2026-01-02T03:04:05.000Z"));
      const nothing = await step.run("void", () => undefined);
      return { when, nothing };
    });
    const { options } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(seen).toEqual([0, 1, 2]);
    expect(outcome).toMatchObject({ status: "completed", result: { when: "2026-01-02T03:04:05.000Z", nothing: null } });
  });

  it("refuses step tools it cannot honour in process", async () => {
    const fn = inngest.createFunction({ id: "test-unsupported", triggers: [{ event: "test/thing.happened" }], retries: 3 }, async ({ step }) => {
      await step.waitForEvent("wait", { event: "test/other.happened", timeout: "1h" });
    });
    const { options, backoffs } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(outcome.status).toBe("failed");
    expect(outcome.status === "failed" && outcome.error.message).toMatch(/not supported by the in-process job runner/);
    expect(backoffs).toEqual([]);
  });

  it("waits as long as a RetryAfterError asks instead of the backoff", async () => {
    const calls = counter();
    const fn = inngest.createFunction({ id: "test-retry-after", triggers: [{ event: "test/thing.happened" }], retries: 2 }, async ({ step }) => {
      await step.run("rate-limited", () => {
        calls.hit("rate-limited");
        if (calls.of("rate-limited") === 1) throw new RetryAfterError("slow down", "30s");
      });
    });
    const { options, backoffs, waits } = instantRunner();

    const outcome = await runFunction(fn, testEvent(), options);

    expect(outcome.status).toBe("completed");
    expect(backoffs).toEqual([]);
    expect(waits).toEqual([30_000]);
  });
});
