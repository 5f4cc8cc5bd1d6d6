import { roleAtLeast, type Role } from "./roles";

/**
 * The one permission table: each permission names the lowest role that holds it; higher roles
 * inherit it. Middleware, the data access layer and the UI all read this.
 */
export const PERMISSIONS = {
  "notifications.read": "trial_user",
  "settings.manage": "trial_user",
  "runs.own": "trial_user",
  "agent.run_free": "trial_user",
  "usage.view": "trial_user",
  "license.buy": "user",
  "library.view": "trial_user",
  "review.write": "user",
  "api_key.manage": "user",
  "creator.apply": "user",
  "queue.priority": "premium_user",
  "creator.studio": "vendor",
  "agent.publish": "vendor",
  "creator.analytics": "vendor",
  "admin.dashboard": "admin",
  "admin.users": "admin",
  "admin.applications": "admin",
  "admin.moderation": "admin",
  "admin.jobs": "admin",
  "admin.revenue": "admin",
  "admin.audit": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return roleAtLeast(role, PERMISSIONS[permission]);
}

export function permissionsOf(role: Role | null | undefined): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
