import type { Notification } from "@/lib/notifications/notifications";
import { relativeTime } from "@/lib/notifications/relative-time";

/** What the client parts receive: serializable, with the time already formatted on the server. */
export type NotificationView = {
  id: string;
  title: string;
  body: string;
  href: string | null;
  read: boolean;
  createdAt: string;
  createdAtLabel: string;
};

export function toNotificationView(notification: Notification, now: Date): NotificationView {
  return {
    id: notification.id,
    title: notification.title,
    body: notification.body,
    href: notification.href,
    read: notification.readAt !== null,
    createdAt: notification.createdAt.toISOString(),
    createdAtLabel: relativeTime(notification.createdAt, now),
  };
}
