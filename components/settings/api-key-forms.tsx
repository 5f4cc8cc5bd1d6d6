"use client";

import { useActionState, useState, useTransition } from "react";
import { createApiKeyAction } from "@/app/settings/actions/create-api-key";
import { revokeApiKeyAction } from "@/app/settings/actions/revoke-api-key";
import { Field, FormMessage, SubmitButton } from "@/components/auth/form-fields";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { idleForm } from "@/lib/actions/form-state";

const selectClass = "h-9 w-full rounded-md border bg-background px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50";

export function CreateApiKeyForm() {
  const [state, action] = useActionState(createApiKeyAction, idleForm);
  const secret = state.status === "success" ? state.values?.secret : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      {secret ? (
        <div className="rounded-md border border-primary/30 bg-accent p-3">
          <Label htmlFor="new-api-key">Your new API key</Label>
          <input id="new-api-key" readOnly value={secret} data-testid="new-api-key" className="mt-1 w-full rounded border bg-background px-2 py-1 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label="Name" state={state} maxLength={60} hint="For example: CI pipeline" />
        <div className="grid gap-1.5">
          <Label htmlFor="expiresInDays">Expires</Label>
          <select id="expiresInDays" name="expiresInDays" className={selectClass} defaultValue="90">
            <option value="">Never</option>
            <option value="7">In 7 days</option>
            <option value="30">In 30 days</option>
            <option value="90">In 90 days</option>
            <option value="365">In a year</option>
          </select>
        </div>
        <Field name="agentSlug" label="Only for agent (optional)" state={state} required={false} maxLength={80} hint="An agent's slug, e.g. sql-explainer" />
        <Field name="monthlySpendLimitDollars" label="Monthly spend limit, USD (optional)" state={state} required={false} maxLength={10} />
      </div>
      <div className="sm:w-48">
        <SubmitButton pendingLabel="Creating…">Create API key</SubmitButton>
      </div>
    </form>
  );
}

export function RevokeApiKeyButton({ keyId, name }: { keyId: string; name: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-2">
      {error ? <span role="alert" className="text-xs text-destructive">{error}</span> : null}
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={pending}
        aria-label={`Revoke ${name}`}
        onClick={() =>
          start(async () => {
            if (!window.confirm(`Revoke "${name}"? Apps using it will stop working.`)) return;
            const result = await revokeApiKeyAction({ keyId });
            setError(result.ok ? null : result.error);
          })
        }
      >
        {pending ? "Revoking…" : "Revoke"}
      </Button>
    </div>
  );
}
