import "server-only";
import { z } from "zod";
import { sendEvent } from "@/lib/jobs/send-event";
import { insertOutboxMail } from "./outbox";

const queueMailInput = z
  .object({
    to: z.email(),
    subject: z.string().trim().min(1).max(200),
    text: z.string().min(1).max(50_000),
    html: z.string().max(200_000).optional(),
  })
  .strict();

export type QueueMailInput = z.input<typeof queueMailInput>;

/**
 * Records the mail in the outbox (status queued) and hands delivery to the deliver-mail job, which
 * sends it over SMTP or, in embedded mode, marks it delivered to the outbox (see /dev/outbox).
 */
export async function queueMail(input: QueueMailInput): Promise<{ id: string }> {
  const mail = queueMailInput.parse(input);
  const { id } = await insertOutboxMail(mail);
  await sendEvent("mail/message.queued", { outboxId: id }, { id: `mail-${id}` });
  return { id };
}
