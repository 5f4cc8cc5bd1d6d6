import "server-only";
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";

export type Notification = typeof notifications.$inferSelect;

export type NotifyInput = {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  href?: string | null;
};

export type NotificationPage = { items: Notification[]; nextCursor: string | null };

const MAX_PAGE = 100;
const MAX_IDS = 500;

/** Only same-site paths: a notification link must never send the user elsewhere. */
function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : null;
}

/** Takes the caller's transaction so a notification commits (or not) with the change it reports. */
export async function notify(db: DbOrTx, input: NotifyInput): Promise<{ id: string }> {
  const [row] = await db
    .insert(notifications)
    .values({
      userId: input.userId,
      kind: input.kind,
      title: input.title.slice(0, 200),
      body: (input.body ?? "").slice(0, 2000),
      href: safeHref(input.href),
    })
    .returning({ id: notifications.id });
  if (!row) throw new Error("notification insert returned no row");
  return row;
}

/**
 * Newest first. The cursor is the id of the last notification of the previous page; it is resolved
 * within the same user's rows, so another user's id yields an empty page, never their data.
 */
export async function listNotifications(
  userId: string,
  { limit = 20, cursor }: { limit?: number; cursor?: string | null } = {},
): Promise<NotificationPage> {
  const db = await getDb();
  const size = Math.min(Math.max(1, Math.trunc(limit)), MAX_PAGE);
  const after = cursor
    ? sql`(${notifications.createdAt}, ${notifications.id}) < (
        select c.created_at, c.id from ${notifications} c where c.id = ${cursor} and c.user_id = ${userId})`
    : undefined;
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), after))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(size + 1);
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? last.id : null };
}

export async function unreadCount(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the user's own notifications read; ids of other users' notifications are ignored. Returns how many changed. */
export async function markRead(userId: string, ids: readonly string[] | "all"): Promise<number> {
  if (ids !== "all" && ids.length === 0) return 0;
  const db = await getDb();
  const scope = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids !== "all") scope.push(inArray(notifications.id, [...new Set(ids)].slice(0, MAX_IDS)));
  const updated = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...scope))
    .returning({ id: notifications.id });
  return updated.length;
}
