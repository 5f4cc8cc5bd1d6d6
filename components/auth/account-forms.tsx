"use client";

import { changePasswordAction } from "@/app/(auth)/actions/change-password";
import { forgotPasswordAction } from "@/app/(auth)/actions/forgot-password";
import { resetPasswordAction } from "@/app/(auth)/actions/reset-password";
import { signUpAction } from "@/app/(auth)/actions/sign-up";
import { resendVerificationAction, verifyEmailAction } from "@/app/(auth)/actions/verify-email";
import { ActionForm, Field } from "./form-fields";

export function SignUpForm({ next }: { next: string }) {
  return (
    <ActionForm action={signUpAction} submitLabel="Create account" pendingLabel="Creating your account…" hideOnSuccess>
      <input type="hidden" name="next" value={next} />
      <Field name="name" label="Name" autoComplete="name" maxLength={80} />
      <Field name="email" label="Email" type="email" autoComplete="email" maxLength={254} />
      <Field name="password" label="Password" type="password" autoComplete="new-password" maxLength={128} hint="At least 8 characters." />
    </ActionForm>
  );
}

export function ForgotPasswordForm() {
  return (
    <ActionForm action={forgotPasswordAction} submitLabel="Send reset link" pendingLabel="Sending…" hideOnSuccess>
      <Field name="email" label="Email" type="email" autoComplete="email" maxLength={254} />
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPasswordAction} submitLabel="Set new password" pendingLabel="Saving…" hideOnSuccess>
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="New password" type="password" autoComplete="new-password" maxLength={128} hint="At least 8 characters." />
      <Field name="confirm" label="Confirm new password" type="password" autoComplete="new-password" maxLength={128} />
    </ActionForm>
  );
}

export function VerifyEmailForm({ token }: { token: string }) {
  return (
    <ActionForm action={verifyEmailAction} submitLabel="Verify my email" pendingLabel="Verifying…" hideOnSuccess>
      <input type="hidden" name="token" value={token} />
    </ActionForm>
  );
}

export function ResendVerificationForm() {
  return (
    <ActionForm action={resendVerificationAction} submitLabel="Resend verification email" pendingLabel="Sending…" className="grid gap-3">
      {null}
    </ActionForm>
  );
}

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} submitLabel="Change password" pendingLabel="Saving…">
      <Field name="current" label="Current password" type="password" autoComplete="current-password" maxLength={128} />
      <Field name="password" label="New password" type="password" autoComplete="new-password" maxLength={128} hint="At least 8 characters." />
      <Field name="confirm" label="Confirm new password" type="password" autoComplete="new-password" maxLength={128} />
    </ActionForm>
  );
}
