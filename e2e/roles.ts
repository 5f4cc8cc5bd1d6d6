import { readdirSync } from "node:fs";
import path from "node:path";
import { can } from "../lib/auth/permissions";
import type { Role } from "../lib/auth/roles";
import { ruleFor } from "../lib/auth/route-access";

export const PASSWORD = "demo-password";

export const ACCOUNTS = {
  trial: { email: "trial@example.com", role: "trial_user" },
  user: { email: "user@example.com", role: "user" },
  premium: { email: "premium@example.com", role: "premium_user" },
  creator: { email: "creator@example.com", role: "vendor" },
  admin: { email: "admin@example.com", role: "admin" },
} as const satisfies Record<string, { email: string; role: Role }>;

export type Account = keyof typeof ACCOUNTS;
export const storageStateFor = (who: Account) => `e2e/.auth/${who}.json`;

/** Every protected page in app/, found on disk so a new page joins the matrix by itself. */
export function protectedPages(): Array<{ route: string; allowed: (who: Account) => boolean }> {
  const appDir = path.resolve("app");
  const entries = readdirSync(appDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === "page.tsx")
    .map((e) => `/${path.relative(appDir, e.parentPath).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s)).join("/")}`)
    .filter((route) => !route.includes("[") && ruleFor(route))
    .map((route) => ({ route, allowed: (who: Account) => can(ACCOUNTS[who].role, ruleFor(route)!.permission) }));
}
