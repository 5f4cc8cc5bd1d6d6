/** Roles are derived from facts in the database, never stored as a free string. Ordered low → high. */
export const ROLES = ["trial_user", "user", "premium_user", "vendor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type RoleFacts = {
  status: "active" | "suspended";
  isAdmin: boolean;
  emailVerified: boolean;
  approvedCreator: boolean;
  premiumActive: boolean;
};

export type DerivedRole = { role: Role | null; reason: string };

export function deriveRole(f: RoleFacts): DerivedRole {
  if (f.status === "suspended") return { role: null, reason: "Account suspended" };
  if (f.isAdmin) return { role: "admin", reason: "Staff flag set" };
  if (f.approvedCreator) return { role: "vendor", reason: "Creator application approved" };
  if (f.premiumActive) return { role: "premium_user", reason: "Premium subscription active or trialing" };
  if (f.emailVerified) return { role: "user", reason: "Email verified, Free plan" };
  return { role: "trial_user", reason: "Email not yet verified" };
}

function roleRank(role: Role | null | undefined): number {
  return role ? ROLES.indexOf(role) : -1;
}

/** True when `role` holds every permission of `minimum`. */
export function roleAtLeast(role: Role | null | undefined, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = {
  trial_user: "Trial",
  user: "User",
  premium_user: "Premium",
  vendor: "Creator",
  admin: "Admin",
};
