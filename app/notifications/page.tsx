import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/mark-read-buttons-client";
import { toNotificationView, type NotificationView } from "@/components/notifications/notification-view";
import { getCurrentUserId } from "@/lib/auth/session";
import { listNotifications, unreadCount } from "@/lib/notifications/notifications";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Notifications" };

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function cursorOf(value: string | string[] | undefined): string | undefined {
  const cursor = Array.isArray(value) ? value[0] : value;
  return cursor && cursor.length <= 64 ? cursor : undefined;
}

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const userId = await getCurrentUserId();
  if (!userId) redirect("/login?next=/notifications");

  const cursor = cursorOf((await searchParams).cursor);
  const [page, unread] = await Promise.all([listNotifications(userId, { limit: PAGE_SIZE, cursor }), unreadCount(userId)]);
  const now = new Date();
  const items = page.items.map((n) => toNotificationView(n, now));

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {unread === 0 ? "You're all caught up." : `${unread} unread`}
          </p>
        </div>
        <MarkAllReadButton disabled={unread === 0} />
      </div>

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed p-10 text-center text-sm text-muted-foreground">
          {cursor ? "No older notifications." : "Nothing here yet. Purchases, runs and reviews will show up here."}
        </p>
      ) : (
        <ul className="divide-y rounded-lg border" data-testid="notification-list">
          {items.map((item) => (
            <NotificationRow key={item.id} item={item} />
          ))}
        </ul>
      )}

      <nav aria-label="Notification pages" className="mt-6 flex justify-between text-sm">
        {cursor ? (
          <Link href="/notifications" className="font-medium text-primary hover:underline">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={`/notifications?cursor=${encodeURIComponent(page.nextCursor)}`} className="font-medium text-primary hover:underline">
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}

function NotificationRow({ item }: { item: NotificationView }) {
  const title = item.href ? (
    <Link href={item.href} className="hover:underline">
      {item.title}
    </Link>
  ) : (
    item.title
  );
  return (
    <li className={cn("flex items-start gap-3 px-4 py-4", !item.read && "bg-accent/40")}>
      <span aria-hidden="true" className={cn("mt-2 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-primary")} />
      <div className="min-w-0 flex-1">
        <p className={cn("text-sm", !item.read && "font-semibold")}>
          {title}
          {!item.read && <span className="sr-only"> (unread)</span>}
        </p>
        {item.body && <p className="mt-0.5 whitespace-pre-line text-sm text-muted-foreground">{item.body}</p>}
        <time dateTime={item.createdAt} className="mt-1 block text-xs text-muted-foreground">
          {item.createdAtLabel}
        </time>
      </div>
      {!item.read && <MarkReadButton id={item.id} title={item.title} />}
    </li>
  );
}
