import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { actAs } from "@/test/auth-helpers";
import { getCurrentUser } from "./session";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));

describe("data access layer", () => {
  beforeEach(() => actAs("anonymous"));

  it("derives each seeded account's role from the database", async () => {
    const expected = { admin: "admin", creator: "vendor", premium: "premium_user", user: "user", trial: "trial_user" } as const;
    for (const [who, role] of Object.entries(expected)) {
      await actAs(who as keyof typeof expected);
      expect((await getCurrentUser())?.role).toBe(role);
    }
  });

  it("treats no cookie, a tampered cookie and a foreign-secret cookie as anonymous", async () => {
    expect(await getCurrentUser()).toBeNull();
    const userId = await actAs("user");
    await actAs({ userId: userId!, secret: "another-secret-that-is-at-least-32-chars-long!!" });
    expect(await getCurrentUser()).toBeNull();
    const { resetRequest } = await import("@/test/mocks/next-headers");
    resetRequest({ cookies: { "authjs.session-token": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.tampered.value.x.y" } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("applies a suspension and a demotion on the very next request, whatever the JWT says", async () => {
    const db = await getDb();
    const adminId = await actAs("admin");
    expect((await getCurrentUser())?.role).toBe("admin");
    await db.update(users).set({ isAdmin: false }).where(eq(users.id, adminId!));
    expect((await getCurrentUser())?.role).toBe("user");
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, adminId!));
    expect(await getCurrentUser()).toBeNull();
  });

  it("voids sessions issued before a password change", async () => {
    const db = await getDb();
    const userId = await actAs("user");
    await db.update(users).set({ sessionsValidAfter: new Date(Date.now() + 2000) }).where(eq(users.id, userId!));
    expect(await getCurrentUser()).toBeNull();
    await actAs({ userId: userId!, authTime: Date.now() + 5000 });
    expect((await getCurrentUser())?.id).toBe(userId);
  });
});
