import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, permissionsOf, type Permission } from "./permissions";
import { deriveRole, roleAtLeast, ROLES, type RoleFacts } from "./roles";
import { ruleFor, safeNextPath } from "./route-access";

const base: RoleFacts = { status: "active", isAdmin: false, emailVerified: false, approvedCreator: false, premiumActive: false };

describe("deriveRole", () => {
  it.each<[string, Partial<RoleFacts>, string | null]>([
    ["unverified email", {}, "trial_user"],
    ["verified email", { emailVerified: true }, "user"],
    ["active premium", { emailVerified: true, premiumActive: true }, "premium_user"],
    ["premium without verified email", { premiumActive: true }, "premium_user"],
    ["approved creator", { emailVerified: true, approvedCreator: true, premiumActive: true }, "vendor"],
    ["admin flag", { isAdmin: true }, "admin"],
    ["suspended admin", { isAdmin: true, status: "suspended" }, null],
    ["suspended user", { emailVerified: true, status: "suspended" }, null],
  ])("%s → %s", (_, facts, role) => {
    expect(deriveRole({ ...base, ...facts }).role).toBe(role);
  });
});

describe("permissions", () => {
  it("every higher role holds every permission of the roles below it", () => {
    for (const [i, role] of ROLES.entries()) {
      for (const lower of ROLES.slice(0, i)) {
        expect(permissionsOf(role)).toEqual(expect.arrayContaining(permissionsOf(lower)));
      }
    }
  });

  it("no role (anonymous or suspended) holds any permission", () => {
    expect(permissionsOf(null)).toEqual([]);
    expect(permissionsOf(undefined)).toEqual([]);
  });

  it.each(Object.entries(PERMISSIONS) as [Permission, (typeof ROLES)[number]][])("%s starts at %s", (perm, lowest) => {
    for (const role of ROLES) expect(can(role, perm)).toBe(roleAtLeast(role, lowest));
  });
});

describe("route rules", () => {
  it.each([
    ["/admin", "admin.dashboard"],
    ["/admin/users", "admin.dashboard"],
    ["/creator/agents/new", "creator.studio"],
    ["/settings", "settings.manage"],
    ["/runs/abc", "runs.own"],
    ["/agents", undefined],
    ["/administrator", undefined],
    ["/creators/nova-labs", undefined],
  ])("%s → %s", (path, permission) => {
    expect(ruleFor(path)?.permission).toBe(permission);
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/library", "/library"],
    ["/agents?q=sql#top", "/agents?q=sql#top"],
    ["https://evil.example.com", "/"],
    ["//evil.example.com/x", "/"],
    ["/\\evil.example.com", "/"],
    ["javascript:alert(1)", "/"],
    [null, "/"],
    ["", "/"],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
