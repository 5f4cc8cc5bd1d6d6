"use client";

import { createContext, useActionState, useContext } from "react";
import { useFormStatus } from "react-dom";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { idleForm, type FormState } from "@/lib/actions/form-state";

const FormStateContext = createContext<FormState>(idleForm);

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** A form bound to a server action; fields read its result (errors, refilled values) from context. */
export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  hideOnSuccess = false,
  className = "grid gap-4",
}: {
  action: Action;
  children: React.ReactNode;
  submitLabel: string;
  pendingLabel: string;
  hideOnSuccess?: boolean;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, idleForm);
  if (hideOnSuccess && state.status === "success") return <FormMessage state={state} />;
  return (
    <FormStateContext.Provider value={state}>
      <form action={formAction} className={className} noValidate>
        <FormMessage state={state} />
        {children}
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </form>
    </FormStateContext.Provider>
  );
}

type FieldProps = {
  name: string;
  label: string;
  state?: FormState;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  hint?: string;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  placeholder?: string;
};

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function Field({ name, label, state: stateProp, type = "text", autoComplete, defaultValue, required = true, maxLength, hint, rows, placeholder }: FieldProps) {
  const contextState = useContext(FormStateContext);
  const state = stateProp ?? contextState;
  const errors = state.fieldErrors?.[name];
  const describedBy = [errors?.length ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={name}>{label}</Label>
      {rows ? (
        <Textarea
          id={name}
          name={name}
          rows={rows}
          defaultValue={state.values?.[name] ?? defaultValue ?? ""}
          required={required}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className="min-h-24"
        />
      ) : (
        <Input
          id={name}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={state.values?.[name] ?? defaultValue}
          required={required}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-destructive">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  return (
    <Alert variant={state.status === "error" ? "destructive" : "default"} role={state.status === "error" ? "alert" : "status"}>
      <AlertDescription>{state.message}</AlertDescription>
    </Alert>
  );
}

export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" className="w-full" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
