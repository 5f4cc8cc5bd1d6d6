"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction, markNotificationsReadAction, type MarkReadResult } from "@/app/notifications/actions";

/** Calls the mark-read actions and refreshes the server-rendered counts and lists afterwards. */
export function useMarkRead() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run(action: () => Promise<MarkReadResult>) {
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });
  }

  return {
    pending,
    error,
    markRead: (ids: string[]) => run(() => markNotificationsReadAction({ ids })),
    markAllRead: () => run(() => markAllNotificationsReadAction({})),
  };
}
