export { listNotifications, markRead, notify, unreadCount, type Notification, type NotificationPage, type NotifyInput } from "./notifications";
export { relativeTime } from "./relative-time";
