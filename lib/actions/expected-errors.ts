import { AppError, type ActionResult } from "@/lib/errors";
import { formError, type FormState } from "./form-state";

/** Runs an action body; an AppError (401, 403, 409…) becomes the action's error result, anything else propagates. */
export async function catchAppError<R extends FormState | ActionResult<unknown>>(toResult: (message: string) => R, body: () => Promise<R>): Promise<R> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) return toResult(error.publicMessage);
    throw error;
  }
}

export const asFormError = (message: string): FormState => formError(message);
export const asActionError = (message: string): ActionResult => ({ ok: false, error: message });
