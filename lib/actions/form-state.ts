/** What a form's server action returns to useActionState: an error, field errors, a success message, and safe values to refill. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const idleForm: FormState = { status: "idle" };

export function formError(message: string, extra: Omit<FormState, "status" | "message"> = {}): FormState {
  return { status: "error", message, ...extra };
}

export function formSuccess(message: string, extra: Omit<FormState, "status" | "message"> = {}): FormState {
  return { status: "success", message, ...extra };
}
