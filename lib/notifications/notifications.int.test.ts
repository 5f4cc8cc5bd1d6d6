import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { listNotifications, markRead, notify, unreadCount } from "./notifications";

let alice: string;
let bob: string;

async function userId(email: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`seeded user ${email} missing`);
  return row.id;
}

/** Starts each user from a clean slate, whatever the seed put there. */
async function clearNotifications(...userIds: string[]): Promise<void> {
  const db = await getDb();
  await db.delete(notifications).where(inArray(notifications.userId, userIds));
}

async function notifyMany(user: string, n: number, prefix = "note"): Promise<string[]> {
  const db = await getDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await notify(db, { userId: user, kind: "test", title: `${prefix} ${i}`, body: "b", href: `/runs/${i}` })).id);
  return ids;
}

beforeAll(async () => {
  alice = await userId("user@example.com");
  bob = await userId("premium@example.com");
});

describe("notifications", () => {
  it("lists only the user's own notifications, newest first, page by page", async () => {
    await clearNotifications(alice, bob);
    const mine = await notifyMany(alice, 5, "alice");
    await notifyMany(bob, 3, "bob");

    const first = await listNotifications(alice, { limit: 2 });
    const second = await listNotifications(alice, { limit: 2, cursor: first.nextCursor });
    const third = await listNotifications(alice, { limit: 2, cursor: second.nextCursor });

    const pages = [first, second, third].flatMap((page) => page.items);
    expect(pages.map((n) => n.id)).toEqual([...mine].reverse());
    expect(pages.every((n) => n.userId === alice)).toBe(true);
    expect(third.nextCursor).toBeNull();
  });

  it("does not page through another user's rows with their id as the cursor", async () => {
    await clearNotifications(alice, bob);
    await notifyMany(alice, 2);
    const [bobs] = await notifyMany(bob, 1);

    expect((await listNotifications(alice, { cursor: bobs })).items).toEqual([]);
  });

  it("counts unread and marks read, by id or all", async () => {
    await clearNotifications(alice, bob);
    const ids = await notifyMany(alice, 3);
    expect(await unreadCount(alice)).toBe(3);

    expect(await markRead(alice, [ids[0] as string])).toBe(1);
    expect(await unreadCount(alice)).toBe(2);
    expect(await markRead(alice, [ids[0] as string])).toBe(0);

    expect(await markRead(alice, "all")).toBe(2);
    expect(await unreadCount(alice)).toBe(0);
    const { items } = await listNotifications(alice);
    expect(items.every((n) => n.readAt instanceof Date)).toBe(true);
  });

  it("ignores another user's ids when marking read", async () => {
    await clearNotifications(alice, bob);
    const bobs = await notifyMany(bob, 2);
    const [mine] = await notifyMany(alice, 1);

    expect(await markRead(alice, [...bobs, mine as string])).toBe(1);
    expect(await unreadCount(bob)).toBe(2);

    await markRead(alice, "all");
    expect(await unreadCount(bob)).toBe(2);
  });

  it("keeps links on this site", async () => {
    const db = await getDb();
    const outside = await notify(db, { userId: alice, kind: "test", title: "x", href: "https://evil.example" });
    const protocolRelative = await notify(db, { userId: alice, kind: "test", title: "y", href: "//evil.example" });
    const inside = await notify(db, { userId: alice, kind: "test", title: "z", href: "/library" });

    const rows = await db.select().from(notifications).where(inArray(notifications.id, [outside.id, protocolRelative.id, inside.id]));
    const hrefOf = (id: string) => rows.find((row) => row.id === id)?.href;
    expect(hrefOf(outside.id)).toBeNull();
    expect(hrefOf(protocolRelative.id)).toBeNull();
    expect(hrefOf(inside.id)).toBe("/library");
  });

  it("commits with the caller's transaction", async () => {
    await clearNotifications(alice);
    const db = await getDb();
    await db
      .transaction(async (tx) => {
        await notify(tx, { userId: alice, kind: "test", title: "rolled back" });
        throw new Error("abort");
      })
      .catch(() => {});

    expect(await unreadCount(alice)).toBe(0);
  });
});
