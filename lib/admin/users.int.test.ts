import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { userIdFor } from "@/test/auth-helpers";
import { searchUsers, setUserAdmin, setUserSuspended } from "./users";

describe("admin user management", () => {
  it("lists users with their derived role and why", async () => {
    const { rows } = await searchUsers(await getDb(), { q: "example.com", page: 1 });
    const byEmail = Object.fromEntries(rows.map((r) => [r.email, r]));
    expect(byEmail["creator@example.com"]).toMatchObject({ role: "vendor", reason: "Creator application approved" });
    expect(byEmail["premium@example.com"]?.role).toBe("premium_user");
    expect(byEmail["trial@example.com"]?.role).toBe("trial_user");
    const { rows: none } = await searchUsers(await getDb(), { q: "%_\\", page: 1 });
    expect(none).toEqual([]);
  });

  it("suspends and reinstates with an audit entry each time", async () => {
    const db = await getDb();
    const adminId = await userIdFor("admin@example.com");
    const target = await userIdFor("user@example.com");
    await setUserSuspended(db, { id: adminId, ip: "198.51.100.1" }, target, true, "spam");
    expect((await db.select().from(users).where(eq(users.id, target)))[0]?.status).toBe("suspended");
    await setUserSuspended(db, { id: adminId, ip: "198.51.100.1" }, target, false, "appeal");
    const entries = await db.select().from(auditLog).where(eq(auditLog.subjectId, target));
    expect(entries.map((e) => e.action).sort()).toEqual(["user.reinstated", "user.suspended"]);
    expect(entries[0]).toMatchObject({ actorId: adminId, ip: "198.51.100.1" });
  });

  it("never removes or suspends the last active admin", async () => {
    const db = await getDb();
    const adminId = await userIdFor("admin@example.com");
    const other = await userIdFor("premium@example.com");
    await expect(setUserAdmin(db, { id: adminId, ip: null }, adminId, false)).rejects.toThrow(/without an active admin/);
    await setUserAdmin(db, { id: adminId, ip: null }, other, true);
    await setUserAdmin(db, { id: other, ip: null }, adminId, false);
    await expect(setUserSuspended(db, { id: adminId, ip: null }, other, true, "x")).rejects.toThrow();
    await expect(setUserAdmin(db, { id: other, ip: null }, other, false)).rejects.toThrow(/without an active admin/);
    const grants = await db.select().from(auditLog).where(eq(auditLog.action, "user.admin_granted"));
    expect(grants).toHaveLength(1);
  });
});
