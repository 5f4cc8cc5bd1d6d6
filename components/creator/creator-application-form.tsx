"use client";

import { useActionState } from "react";
import { submitCreatorApplicationAction } from "@/app/sell/actions/submit-creator-application";
import { Field, FormMessage, SubmitButton } from "@/components/auth/form-fields";
import { idleForm } from "@/lib/actions/form-state";

/** The creator application. On success the action revalidates /sell, which then shows the status instead. */
export function CreatorApplicationForm() {
  const [state, formAction] = useActionState(submitCreatorApplicationAction, idleForm);
  // The keyed wrapper remounts the fields after each answer so refilled values replace what the browser kept.
  const attempt = JSON.stringify(state.values ?? {});
  return (
    <form action={formAction} className="grid gap-5" noValidate aria-label="Creator application">
      <FormMessage state={state} />
      <div key={attempt} className="grid gap-5">
        <div className="grid items-start gap-5 sm:grid-cols-2">
          <Field name="handle" label="Handle" state={state} autoComplete="off" maxLength={30} hint="Your public page: /creators/your-handle. 3–30 lowercase letters, digits and hyphens." />
          <Field name="displayName" label="Display name" state={state} autoComplete="organization" maxLength={60} hint="Shown on your agents and your creator page." />
        </div>
        <Field name="bio" label="About you" state={state} rows={4} maxLength={1000} hint="Who you are and what you build, 20–1,000 characters. Shown on your creator page." />
        <Field name="website" label="Website (optional)" type="url" state={state} required={false} autoComplete="url" maxLength={200} hint="A full https:// address." />
        <Field
          name="links"
          label="Links (optional)"
          state={state}
          required={false}
          rows={3}
          maxLength={1030}
          placeholder={"https://github.com/you\nhttps://x.com/you"}
          hint="Up to 5 http(s) links, one per line: code, portfolio, social profiles. They help reviewers verify you."
        />
        <Field
          name="plannedAgents"
          label="What will you sell?"
          state={state}
          rows={5}
          maxLength={2000}
          hint="The agents you plan to publish, who they are for and how you would price them. 20–2,000 characters."
        />
      </div>
      <p className="text-xs text-muted-foreground">
        By applying you agree that every agent you submit is moderated before it is listed, and that 4UAI keeps a 20% platform fee on each sale.
      </p>
      <div className="sm:max-w-xs">
        <SubmitButton pendingLabel="Submitting…">Submit application</SubmitButton>
      </div>
    </form>
  );
}
