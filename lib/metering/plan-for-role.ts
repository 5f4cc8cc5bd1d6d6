import { roleAtLeast, type Role } from "@/lib/auth/roles";
import type { PlanId } from "@/lib/catalog/plans";

/**
 * The plan whose quota applies to a role. Premium and every role above it (vendor, admin) get the Premium
 * quota; a verified user is on Free; an account whose email is not verified yet is on the Trial allowance.
 */
export function planForRole(role: Role): PlanId {
  if (roleAtLeast(role, "premium_user")) return "premium";
  return role === "trial_user" ? "trial" : "free";
}
