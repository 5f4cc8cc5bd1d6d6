"use client";

import { useState, useTransition } from "react";
import { setUserAdminAction } from "@/app/admin/users/actions/set-user-admin";
import { setUserSuspendedAction } from "@/app/admin/users/actions/set-user-suspended";
import { Button } from "@/components/ui/button";

export function UserActions({ userId, email, status, isAdmin, isSelf }: { userId: string; email: string; status: "active" | "suspended"; isAdmin: boolean; isSelf: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const result = await fn();
      setError(result.ok ? null : (result.error ?? "Failed"));
    });

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {error ? <span role="alert" className="text-xs text-destructive">{error}</span> : null}
      {status === "active" ? (
        <Button
          size="sm"
          variant="outline"
          disabled={pending || isSelf}
          aria-label={`Suspend ${email}`}
          onClick={() => {
            const reason = window.prompt(`Why suspend ${email}?`);
            if (reason) run(() => setUserSuspendedAction({ userId, suspended: true, reason }));
          }}
        >
          Suspend
        </Button>
      ) : (
        <Button size="sm" variant="outline" disabled={pending} aria-label={`Reinstate ${email}`} onClick={() => run(() => setUserSuspendedAction({ userId, suspended: false, reason: "Reinstated by admin" }))}>
          Reinstate
        </Button>
      )}
      <Button
        size="sm"
        variant={isAdmin ? "destructive" : "secondary"}
        disabled={pending || (!isAdmin && status !== "active")}
        aria-label={`${isAdmin ? "Revoke admin from" : "Grant admin to"} ${email}`}
        onClick={() => {
          if (window.confirm(isAdmin ? `Revoke admin from ${email}?` : `Grant admin to ${email}?`)) run(() => setUserAdminAction({ userId, isAdmin: !isAdmin }));
        }}
      >
        {isAdmin ? "Revoke admin" : "Make admin"}
      </Button>
    </div>
  );
}
