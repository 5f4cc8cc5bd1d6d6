"use server";

import { getDb } from "@/db/client";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { audit } from "@/lib/audit/audit";
import { resetPassword } from "@/lib/auth/accounts";
import { fieldErrorsOf, formToObject, resetPasswordSchema } from "@/lib/auth/credentials";

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse(formToObject(form));
  if (!parsed.success) return formError("Check the highlighted fields.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const db = await getDb();
  const user = await resetPassword(db, parsed.data.token, parsed.data.password);
  if (!user) return formError("This reset link has expired or was already used. Request a new one.");
  await audit(db, { actorId: user.id, action: "auth.password_reset", subjectType: "user", subjectId: user.id, ip: await requestIp() });
  return formSuccess("Your password has been changed and every other session signed out. You can sign in now.");
}
