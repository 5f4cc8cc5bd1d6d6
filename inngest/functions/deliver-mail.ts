import { inngest, mailMessageQueued } from "@/inngest/client";
import { deadLetterFromFailure, recordDeadLetter } from "@/lib/jobs/dead-letters";
import { modes } from "@/lib/env";
import { loadQueuedMail, markDeliveredToOutbox, markMailFailed, markMailSent, recordDeliveryAttempt } from "@/lib/mail/outbox";
import { sendViaSmtp } from "@/lib/mail/transport";

const FUNCTION_ID = "deliver-mail";
const RETRIES = 4;

/** Delivers one queued outbox mail: SMTP with EMAIL_SERVER, otherwise the outbox row is the delivery. */
export const deliverMail = inngest.createFunction(
  {
    id: FUNCTION_ID,
    name: "Deliver mail",
    triggers: [mailMessageQueued],
    retries: RETRIES,
    idempotency: "event.data.outboxId",
    // Keeps a burst of mail within what a typical SMTP relay accepts.
    concurrency: { limit: 5 },
    onFailure: async ({ event, error, step }) => {
      const queued = mailMessageQueued.schema.safeParse(event.data.event.data);
      if (queued.success) {
        await step.run("mark-mail-failed", () => markMailFailed(queued.data.outboxId, error.message));
      }
      await step.run("record-dead-letter", () => recordDeadLetter(deadLetterFromFailure(FUNCTION_ID, RETRIES, { event, error })));
    },
  },
  async ({ event, step }) => {
    const { outboxId } = event.data;
    const mail = await step.run("load-mail", () => loadQueuedMail(outboxId));
    if (!mail) return { outboxId, delivered: false };

    if (modes.mail === "service") {
      await step.run("send-smtp", async () => {
        await recordDeliveryAttempt(mail.id);
        return sendViaSmtp(mail);
      });
      await step.run("mark-sent", () => markMailSent(mail.id, "smtp"));
      return { outboxId, delivered: true, transport: "smtp" };
    }

    await step.run("deliver-to-outbox", () => markDeliveredToOutbox(mail.id));
    return { outboxId, delivered: true, transport: "outbox" };
  },
);
