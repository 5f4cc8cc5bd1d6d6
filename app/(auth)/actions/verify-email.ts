"use server";

import { catchAppError, asFormError } from "@/lib/actions/expected-errors";
import { getDb } from "@/db/client";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { audit } from "@/lib/audit/audit";
import { verifyEmail } from "@/lib/auth/accounts";
import { resendVerificationMail } from "@/lib/auth/auth-mail";
import { formToObject, verifyEmailSchema } from "@/lib/auth/credentials";
import { requireUser } from "@/lib/auth/session";
import { checkRateLimit } from "@/lib/security/rate-limit";

export async function verifyEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = verifyEmailSchema.safeParse(formToObject(form));
  if (!parsed.success) return formError("This verification link is malformed. Request a new one from settings.");
  const db = await getDb();
  const user = await verifyEmail(db, parsed.data.token);
  if (!user) return formError("This link has expired or was already used. Sign in and request a new one from settings.");
  await audit(db, { actorId: user.id, action: "auth.email_verified", subjectType: "user", subjectId: user.id, ip: await requestIp() });
  return formSuccess("Your email is verified. Welcome to 4UAI!");
}

export async function resendVerificationAction(_prev: FormState, form: FormData): Promise<FormState> {
  if (Object.keys(formToObject(form)).length > 0) return formError("Unexpected input.");
  return catchAppError(asFormError, async () => {
    const current = await requireUser();
    if (current.emailVerified) return formSuccess("Your email is already verified.");
    const limit = await checkRateLimit("passwordResetEmail", `verify:${current.email}`);
    if (!limit.allowed) return formError("We sent a link recently. Check your inbox, or try again later.");
    await resendVerificationMail(await getDb(), current.id);
    return formSuccess(`We sent a new link to ${current.email}.`);
  });
}
