"use client";

import { BellIcon } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";
import type { NotificationView } from "./notification-view";
import { useMarkRead } from "./use-mark-read-client";

function badgeText(unread: number): string {
  return unread > 99 ? "99+" : String(unread);
}

export function NotificationBellClient({ unread, items }: { unread: number; items: NotificationView[] }) {
  const { pending, error, markRead, markAllRead } = useMarkRead();
  const label = unread === 0 ? "Notifications" : `Notifications, ${unread} unread`;

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={label}
        data-testid="notification-bell"
        className="relative flex size-9 items-center justify-center rounded-full text-muted-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <BellIcon className="size-5" aria-hidden="true" />
        {unread > 0 && (
          <span
            aria-hidden="true"
            data-testid="notification-unread-count"
            className="absolute -right-0.5 -top-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold leading-none text-white"
          >
            {badgeText(unread)}
          </span>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80 p-0">
        <div className="flex items-center justify-between px-3 py-2">
          <DropdownMenuLabel className="p-0 text-sm font-semibold">Notifications</DropdownMenuLabel>
          {unread > 0 && (
            <DropdownMenuItem
              disabled={pending}
              onSelect={(event) => {
                // Stay open so the list visibly updates.
                event.preventDefault();
                markAllRead();
              }}
              className="px-1.5 py-0.5 text-xs font-medium text-primary focus:text-primary"
            >
              Mark all read
            </DropdownMenuItem>
          )}
        </div>
        {error && (
          <p role="alert" className="px-3 pb-2 text-xs text-destructive">
            {error}
          </p>
        )}
        <DropdownMenuSeparator className="my-0" />
        {items.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted-foreground">You&apos;re all caught up.</p>
        ) : (
          <div className="max-h-96 overflow-y-auto py-1">
            {items.map((item) => (
              <NotificationMenuItem key={item.id} item={item} onOpen={() => !item.read && markRead([item.id])} />
            ))}
          </div>
        )}
        <DropdownMenuSeparator className="my-0" />
        <DropdownMenuItem asChild className="justify-center rounded-none py-2 text-sm font-medium text-primary">
          <Link href="/notifications">View all notifications</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function NotificationMenuItem({ item, onOpen }: { item: NotificationView; onOpen: () => void }) {
  const content = (
    <span className="flex w-full items-start gap-2">
      <span
        aria-hidden="true"
        className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-primary")}
      />
      <span className="min-w-0 flex-1">
        <span className={cn("block truncate text-sm", !item.read && "font-semibold")}>
          {item.title}
          {!item.read && <span className="sr-only"> (unread)</span>}
        </span>
        {item.body && <span className="line-clamp-2 block text-xs text-muted-foreground">{item.body}</span>}
        <time dateTime={item.createdAt} className="block text-[11px] text-muted-foreground">
          {item.createdAtLabel}
        </time>
      </span>
    </span>
  );
  if (item.href) {
    return (
      <DropdownMenuItem asChild className="mx-1 px-2 py-2">
        <Link href={item.href} onClick={onOpen}>
          {content}
        </Link>
      </DropdownMenuItem>
    );
  }
  return (
    <DropdownMenuItem className="mx-1 px-2 py-2" onSelect={onOpen}>
      {content}
    </DropdownMenuItem>
  );
}
