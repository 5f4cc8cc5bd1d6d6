import { afterEach, describe, expect, it, vi } from "vitest";
import { inngest, mailMessageQueued } from "@/inngest/client";

const calls: string[] = [];

// The dispatcher runs whatever inngest/functions lists; give it a probe instead of the real mailer.
vi.mock("@/inngest/functions", () => ({
  functions: [
    inngest.createFunction({ id: "probe", triggers: [mailMessageQueued], retries: 0, idempotency: "event.data.outboxId" }, async ({ event, step }) => {
      await step.run("record", () => calls.push(event.data.outboxId));
      if (event.data.outboxId === "chain-1") {
        await step.sendEvent("forward", { name: "mail/message.queued", data: { outboxId: "chain-2" } });
      }
    }),
  ],
}));

const { configureJobRunner, drainJobs, sendEvent } = await import("./send-event");

configureJobRunner({ backoffMs: () => 0, wait: async () => {}, logger: { debug() {}, info() {}, warn() {}, error() {} } });

afterEach(async () => {
  await drainJobs();
  calls.length = 0;
});

describe("sendEvent in embedded mode", () => {
  it("returns before the function runs, and drainJobs waits for it", async () => {
    const { ids } = await sendEvent("mail/message.queued", { outboxId: "m-1" });

    expect(ids).toHaveLength(1);
    expect(calls).toEqual([]);

    const outcomes = await drainJobs();
    expect(calls).toEqual(["m-1"]);
    expect(outcomes).toMatchObject([{ status: "completed", functionId: "probe" }]);
  });

  it("validates the payload against the event schema", async () => {
    await expect(sendEvent("mail/message.queued", { outboxId: "" })).rejects.toThrow();
    await expect(sendEvent("mail/message.queued", {} as never)).rejects.toThrow();
  });

  it("ignores a repeated event id and a repeated idempotency key", async () => {
    await sendEvent("mail/message.queued", { outboxId: "m-2" }, { id: "same" });
    await sendEvent("mail/message.queued", { outboxId: "m-2" }, { id: "same" });
    await sendEvent("mail/message.queued", { outboxId: "m-2" });
    await drainJobs();

    expect(calls).toEqual(["m-2"]);
  });

  it("waits in drainJobs for runs started by other runs through step.sendEvent", async () => {
    await sendEvent("mail/message.queued", { outboxId: "chain-1" });

    const outcomes = await drainJobs();

    expect(calls).toEqual(["chain-1", "chain-2"]);
    expect(outcomes.map((o) => o.status)).toEqual(["completed", "completed"]);
  });
});
