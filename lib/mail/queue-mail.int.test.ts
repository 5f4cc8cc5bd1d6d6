import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { deadLetters } from "@/db/schema";
import { configureJobRunner, drainJobs } from "@/lib/jobs/send-event";
import { getOutboxMail, listOutbox } from "./outbox";
import { queueMail } from "./queue-mail";
import { verifyEmailMail } from "./templates";

const outboxFailure = vi.hoisted(() => ({ message: undefined as string | undefined }));

// Lets a test make embedded delivery fail to exercise retries, the failed status and the dead letter.
vi.mock("./outbox", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./outbox")>();
  return {
    ...actual,
    markDeliveredToOutbox: (id: string) =>
      outboxFailure.message ? Promise.reject(new Error(outboxFailure.message)) : actual.markDeliveredToOutbox(id),
  };
});

configureJobRunner({ backoffMs: () => 0, wait: async () => {}, logger: { debug() {}, info() {}, warn() {}, error() {} } });

afterEach(async () => {
  await drainJobs();
  outboxFailure.message = undefined;
});

describe("queueMail", () => {
  it("queues the mail, then deliver-mail marks it sent to the outbox", async () => {
    const { id } = await queueMail({ to: "new@example.com", ...verifyEmailMail({ url: "https://4uai.example/verify?token=t1" }) });

    expect(await getOutboxMail(id)).toMatchObject({ status: "queued", attempts: 0, transport: null });

    await drainJobs();

    const mail = await getOutboxMail(id);
    expect(mail).toMatchObject({ to: "new@example.com", status: "sent", transport: "outbox", attempts: 1, error: null });
    expect(mail?.sentAt).toBeInstanceOf(Date);
    expect(mail?.text).toContain("https://4uai.example/verify?token=t1");
  });

  it("lists the outbox newest first", async () => {
    const first = await queueMail({ to: "a@example.com", subject: "First", text: "one" });
    const second = await queueMail({ to: "b@example.com", subject: "Second", text: "two" });
    await drainJobs();

    const ids = (await listOutbox({ limit: 10 })).map((mail) => mail.id);

    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
  });

  it("refuses malformed input", async () => {
    await expect(queueMail({ to: "not-an-email", subject: "x", text: "y" })).rejects.toThrow();
    await expect(queueMail({ to: "a@example.com", subject: "", text: "y" })).rejects.toThrow();
    await expect(queueMail({ to: "a@example.com", subject: "x", text: "y", bcc: "z@example.com" } as never)).rejects.toThrow();
  });

  it("marks the mail failed and dead-letters it when delivery keeps failing", async () => {
    outboxFailure.message = "outbox unavailable";
    const { id } = await queueMail({ to: "c@example.com", subject: "Doomed", text: "never delivered" });

    const outcomes = await drainJobs();

    expect(outcomes).toMatchObject([{ status: "failed", functionId: "deliver-mail", attempts: 5 }]);
    expect(await getOutboxMail(id)).toMatchObject({ status: "failed", error: expect.stringContaining("outbox unavailable") });
    const db = await getDb();
    const letters = await db.select().from(deadLetters).where(eq(deadLetters.functionId, "deliver-mail"));
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ eventName: "mail/message.queued", payload: { outboxId: id }, attempts: 5 });
  });
});
