"use server";

import { getDb } from "@/db/client";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { audit } from "@/lib/audit/audit";
import { findUserByEmail } from "@/lib/auth/accounts";
import { sendPasswordResetMail } from "@/lib/auth/auth-mail";
import { fieldErrorsOf, forgotPasswordSchema, formToObject } from "@/lib/auth/credentials";
import { checkRateLimit } from "@/lib/security/rate-limit";

export async function forgotPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = forgotPasswordSchema.safeParse(formToObject(form));
  if (!parsed.success) return formError("Enter a valid email address.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const sameAnswer = formSuccess(`If ${parsed.data.email} has a 4UAI account, a reset link is on its way. It works once, for one hour.`);

  const limit = await checkRateLimit("passwordResetEmail", parsed.data.email);
  if (!limit.allowed) return sameAnswer;
  const db = await getDb();
  const user = await findUserByEmail(db, parsed.data.email);
  if (user && user.status === "active") {
    await sendPasswordResetMail(db, user);
    await audit(db, { actorId: null, action: "auth.password_reset_requested", subjectType: "user", subjectId: user.id, ip: await requestIp() });
  }
  return sameAnswer;
}
