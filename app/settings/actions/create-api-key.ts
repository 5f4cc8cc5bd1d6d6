"use server";

import { catchAppError, asFormError } from "@/lib/actions/expected-errors";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { createApiKey, createApiKeySchema } from "@/lib/api-keys/api-keys";
import { audit } from "@/lib/audit/audit";
import { fieldErrorsOf, formToObject } from "@/lib/auth/credentials";
import { requirePermission } from "@/lib/auth/session";

export async function createApiKeyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const parsed = createApiKeySchema.safeParse(raw);
  if (!parsed.success) return formError("Check the highlighted fields.", { fieldErrors: fieldErrorsOf(parsed.error), values: { name: (raw.name ?? "").slice(0, 60) } });
  return catchAppError(asFormError, async () => {
    const user = await requirePermission("api_key.manage");
    const db = await getDb();
    const { key, secret } = await createApiKey(db, user.id, parsed.data);
    await audit(db, { actorId: user.id, action: "api_key.created", subjectType: "api_key", subjectId: key.id, ip: await requestIp(), metadata: { name: key.name, prefix: key.prefix } });
    revalidatePath("/settings");
    return formSuccess("Copy your key now. It will not be shown again.", { values: { secret } });
  });
}
