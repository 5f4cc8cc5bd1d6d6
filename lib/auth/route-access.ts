import type { Permission } from "./permissions";

/** Early, optimistic route rules for middleware. Pages and actions re-check through the DAL. */
export type RouteRule = { prefix: string; permission: Permission };

export const ROUTE_RULES: readonly RouteRule[] = [
  { prefix: "/admin", permission: "admin.dashboard" },
  { prefix: "/creator", permission: "creator.studio" },
  { prefix: "/library", permission: "library.view" },
  { prefix: "/runs", permission: "runs.own" },
  { prefix: "/usage", permission: "usage.view" },
  { prefix: "/settings", permission: "settings.manage" },
  { prefix: "/notifications", permission: "notifications.read" },
];

export function ruleFor(pathname: string): RouteRule | undefined {
  return ROUTE_RULES.find((r) => pathname === r.prefix || pathname.startsWith(`${r.prefix}/`));
}

/** Only same-site relative paths survive as a post-login destination. */
export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  try {
    const url = new URL(next, "http://internal.invalid");
    if (url.origin !== "http://internal.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
