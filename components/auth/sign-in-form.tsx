"use client";

import Link from "next/link";
import { signInAction } from "@/app/(auth)/actions/sign-in";
import { ActionForm, Field } from "./form-fields";

export function SignInForm({ next }: { next: string }) {
  return (
    <ActionForm action={signInAction} submitLabel="Sign in" pendingLabel="Signing in…">
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email" type="email" autoComplete="email" maxLength={254} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" maxLength={128} />
      <div className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
          Forgot your password?
        </Link>
      </div>
    </ActionForm>
  );
}
