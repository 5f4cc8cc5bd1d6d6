import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { PlanId } from "@/lib/catalog/plans";
import { planForRole } from "./plan-for-role";

describe("planForRole", () => {
  it.each<[Role, PlanId]>([
    ["trial_user", "trial"],
    ["user", "free"],
    ["premium_user", "premium"],
    ["vendor", "premium"],
    ["admin", "premium"],
  ])("%s → %s", (role, plan) => {
    expect(planForRole(role)).toBe(plan);
  });

  it("covers every role", () => {
    for (const role of ROLES) expect(["trial", "free", "premium"]).toContain(planForRole(role));
  });
});
