import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { getOutboxMail, insertOutboxMail } from "@/lib/mail/outbox";
import { deliverMail } from "./deliver-mail";

async function queuedMail(): Promise<string> {
  const { id } = await insertOutboxMail({ to: "user@example.com", subject: "Hello", text: "Hi there" });
  return id;
}

function engineFor(outboxId: string) {
  // A fresh engine per test: a reused one replays its first run.
  return new InngestTestEngine({
    function: deliverMail,
    events: [{ name: "mail/message.queued", data: { outboxId } }],
  });
}

describe("deliver-mail (driven by the Inngest SDK)", () => {
  it("delivers a queued mail to the outbox in embedded mode", async () => {
    const outboxId = await queuedMail();

    const { result, ctx } = await engineFor(outboxId).execute();

    expect(result).toEqual({ outboxId, delivered: true, transport: "outbox" });
    expect(ctx.step.run).toHaveBeenCalledWith("load-mail", expect.any(Function));
    expect(ctx.step.run).toHaveBeenCalledWith("deliver-to-outbox", expect.any(Function));
    expect(ctx.step.run).not.toHaveBeenCalledWith("send-smtp", expect.any(Function));
    expect(await getOutboxMail(outboxId)).toMatchObject({ status: "sent", transport: "outbox", attempts: 1 });
  });

  it("skips a mail that was already delivered", async () => {
    const outboxId = await queuedMail();
    await engineFor(outboxId).execute();

    const { result } = await engineFor(outboxId).execute();

    expect(result).toEqual({ outboxId, delivered: false });
    expect(await getOutboxMail(outboxId)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("runs the load step on its own", async () => {
    const outboxId = await queuedMail();

    const { result } = await engineFor(outboxId).executeStep("load-mail");

    expect(result).toMatchObject({ id: outboxId, subject: "Hello", html: null });
    expect(await getOutboxMail(outboxId)).toMatchObject({ status: "queued" });
  });
});
