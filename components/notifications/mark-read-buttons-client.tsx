"use client";

import { Button } from "@/components/ui/button";
import { useMarkRead } from "./use-mark-read-client";

export function MarkAllReadButton({ disabled }: { disabled?: boolean }) {
  const { pending, error, markAllRead } = useMarkRead();
  return (
    <div className="flex items-center gap-3">
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="button" variant="outline" size="sm" onClick={markAllRead} disabled={disabled || pending}>
        {pending ? "Marking…" : "Mark all read"}
      </Button>
    </div>
  );
}

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const { pending, markRead } = useMarkRead();
  return (
    <Button type="button" variant="ghost" size="sm" onClick={() => markRead([id])} disabled={pending} aria-label={`Mark "${title}" as read`}>
      Mark read
    </Button>
  );
}
