import { listNotifications, unreadCount } from "@/lib/notifications/notifications";
import { NotificationBellClient } from "./notification-bell-client";
import { toNotificationView } from "./notification-view";

const LATEST = 8;

/** The header bell for a signed-in user: unread badge and the latest notifications. */
export async function NotificationBell({ userId }: { userId: string }) {
  const [page, unread] = await Promise.all([listNotifications(userId, { limit: LATEST }), unreadCount(userId)]);
  const now = new Date();
  return <NotificationBellClient unread={unread} items={page.items.map((n) => toNotificationView(n, now))} />;
}
