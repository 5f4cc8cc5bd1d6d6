import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { deadLetters } from "@/db/schema";
import { isNonRetriable } from "./runner";

export type DeadLetterInput = {
  functionId: string;
  eventName: string;
  payload: unknown;
  error: string;
  attempts: number;
};

export async function recordDeadLetter(input: DeadLetterInput, db?: DbOrTx): Promise<{ id: string }> {
  const target = db ?? (await getDb());
  const [row] = await target
    .insert(deadLetters)
    .values({
      functionId: input.functionId,
      eventName: input.eventName,
      payload: input.payload ?? null,
      error: input.error.slice(0, 4000),
      attempts: input.attempts,
    })
    .returning({ id: deadLetters.id });
  if (!row) throw new Error("dead letter insert returned no row");
  return row;
}

type FailureContext = {
  event: { data: { event: { name: string; data?: unknown } } };
  error: Error;
};

/**
 * The dead letter for a function's onFailure context. Inngest's failure event does not carry the
 * attempt count, so it is derived from the function's retry setting: a NonRetriableError stops at
 * its first attempt, anything else used them all.
 */
export function deadLetterFromFailure(functionId: string, retries: number, { event, error }: FailureContext): DeadLetterInput {
  const original = event.data.event;
  return {
    functionId,
    eventName: original.name,
    payload: original.data ?? null,
    error: `${error.name}: ${error.message}`,
    attempts: isNonRetriable(error) ? 1 : retries + 1,
  };
}
