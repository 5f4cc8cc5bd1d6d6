"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { getDb } from "@/db/client";
import { formError, type FormState } from "@/lib/actions/form-state";
import { requestIp } from "@/lib/actions/request-context";
import { audit } from "@/lib/audit/audit";
import { fieldErrorsOf, formToObject, signInSchema } from "@/lib/auth/credentials";
import { safeNextPath } from "@/lib/auth/route-access";
import { checkRateLimit } from "@/lib/security/rate-limit";

const INVALID = "That email and password do not match an active account.";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(formToObject(form));
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 254) : "";
  if (!parsed.success) return formError("Check the highlighted fields.", { fieldErrors: fieldErrorsOf(parsed.error), values: { email } });

  const ip = await requestIp();
  const db = await getDb();
  const limit = await checkRateLimit("signInEmail", parsed.data.email);
  if (!limit.allowed) {
    await audit(db, { actorId: null, action: "auth.sign_in_throttled", subjectType: "email", subjectId: parsed.data.email, ip });
    return formError(limit.outcome === "limited" ? "Too many attempts. Wait a few minutes, or reset your password." : "Sign-in is briefly unavailable. Try again shortly.", { values: { email } });
  }

  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await audit(db, { actorId: null, action: "auth.sign_in_failed", subjectType: "email", subjectId: parsed.data.email, ip, metadata: { type: error.type } });
    return formError(INVALID, { values: { email } });
  }
  redirect(safeNextPath(parsed.data.next, "/"));
}
