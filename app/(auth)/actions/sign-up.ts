"use server";

import { getDb } from "@/db/client";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { audit } from "@/lib/audit/audit";
import { registerAccount } from "@/lib/auth/accounts";
import { sendAccountExistsMail, sendVerificationMail } from "@/lib/auth/auth-mail";
import { fieldErrorsOf, formToObject, signUpSchema } from "@/lib/auth/credentials";
import { checkRateLimit } from "@/lib/security/rate-limit";

/** Answers the same whether or not the email already has an account: no enumeration. */
export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const values = { name: (raw.name ?? "").slice(0, 80), email: (raw.email ?? "").slice(0, 254) };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return formError("Check the highlighted fields.", { fieldErrors: fieldErrorsOf(parsed.error), values });

  const limit = await checkRateLimit("signUpEmail", parsed.data.email);
  if (!limit.allowed) return formError("Too many sign-up attempts for this email. Try again later.", { values });

  const db = await getDb();
  const ip = await requestIp();
  const result = await registerAccount(db, parsed.data);
  if (result.created) {
    await audit(db, { actorId: result.user.id, action: "auth.sign_up", subjectType: "user", subjectId: result.user.id, ip });
    await sendVerificationMail(db, result.user);
  } else {
    await sendAccountExistsMail(db, result.existing);
  }
  return formSuccess(`We sent a link to ${parsed.data.email}. Open it to verify your email, then sign in. You can sign in and try free agents before verifying.`);
}
