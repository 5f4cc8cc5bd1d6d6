"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { asFormError, catchAppError } from "@/lib/actions/expected-errors";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { fieldErrorsOf, formToObject } from "@/lib/auth/credentials";
import { requirePermission } from "@/lib/auth/session";
import { APPLICATION_FIELDS, creatorApplicationSchema } from "@/lib/creator/application-input";
import { submitCreatorApplication } from "@/lib/creator/applications";
import { checkRateLimit } from "@/lib/security/rate-limit";

/** What the form gets back to refill: only our own fields, bounded. */
function refill(raw: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of APPLICATION_FIELDS) if (raw[name] !== undefined) values[name] = raw[name].slice(0, 2000);
  return values;
}

/** Files a creator application (stage "submitted"); scoring and review happen later, elsewhere. */
export async function submitCreatorApplicationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const values = refill(raw);
  const parsed = creatorApplicationSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // Unknown fields fail the strict schema at the root: nothing to highlight, so say so plainly.
    const message = Object.keys(fieldErrors).length > 0 ? "Check the highlighted fields." : "Unexpected input. Reload the page and try again.";
    return formError(message, { fieldErrors, values });
  }
  return catchAppError(asFormError, async () => {
    const user = await requirePermission("creator.apply");
    const limit = await checkRateLimit("creatorApply", `user:${user.id}`);
    if (!limit.allowed) {
      const message = limit.outcome === "store_unavailable" ? "Applying is briefly unavailable. Please try again shortly." : "Too many attempts today. Please try again tomorrow.";
      return formError(message, { values });
    }
    const result = await submitCreatorApplication(await getDb(), { id: user.id, ip: await requestIp() }, parsed.data);
    if (!result.ok) return formError(result.field ? "Check the highlighted fields." : result.message, { fieldErrors: result.field ? { [result.field]: [result.message] } : undefined, values });
    revalidatePath("/sell");
    return formSuccess("Application submitted. We will notify you as soon as it is decided.");
  });
}
