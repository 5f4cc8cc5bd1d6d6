"use server";

import { signIn } from "@/auth";
import { getDb } from "@/db/client";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { audit } from "@/lib/audit/audit";
import { changePassword } from "@/lib/auth/accounts";
import { changePasswordSchema, fieldErrorsOf, formToObject } from "@/lib/auth/credentials";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  let user;
  try {
    user = await requirePermission("settings.manage");
  } catch (error) {
    if (error instanceof AppError) return formError(error.publicMessage);
    throw error;
  }
  const parsed = changePasswordSchema.safeParse(formToObject(form));
  if (!parsed.success) return formError("Check the highlighted fields.", { fieldErrors: fieldErrorsOf(parsed.error) });
  const db = await getDb();
  const outcome = await changePassword(db, user.id, parsed.data.current, parsed.data.password);
  if (outcome === "wrong_password") return formError("Your current password is not correct.", { fieldErrors: { current: ["Not correct"] } });
  await audit(db, { actorId: user.id, action: "auth.password_changed", subjectType: "user", subjectId: user.id, ip: await requestIp() });
  // Every older session is now void; issue this browser a fresh one.
  await signIn("credentials", { email: user.email, password: parsed.data.password, redirect: false });
  return formSuccess("Password changed. Other sessions have been signed out.");
}
