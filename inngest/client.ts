import { eventType, Inngest } from "inngest";
import { z } from "zod";
import { env } from "@/lib/env";

/**
 * Every event 4UAI sends, named `domain/noun.verb`, with the zod schema of its data. The schema is the
 * contract: lib/jobs validates before sending, and the SDK validates again when a function is triggered.
 * Payloads carry ids only; functions load the current row in a step.
 */
export const mailMessageQueued = eventType("mail/message.queued", {
  schema: z.object({ outboxId: z.string().min(1) }),
});

export const eventTypes = {
  [mailMessageQueued.name]: mailMessageQueued,
} as const;

export type EventName = keyof typeof eventTypes;
export type EventData<N extends EventName> = z.input<(typeof eventTypes)[N]["schema"]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(eventTypes, name);
}

export const inngest = new Inngest({
  id: "4uai",
  isDev: env.INNGEST_DEV,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
});
