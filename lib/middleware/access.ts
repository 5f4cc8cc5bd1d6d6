import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { ruleFor } from "@/lib/auth/route-access";

/**
 * The early, optimistic RBAC check by route prefix. It reads only the JWT's role hint; every page
 * and action checks again against the database.
 */
export function checkRouteAccess(request: NextRequest, role: Role | null | undefined, signedIn: boolean): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  const rule = ruleFor(pathname);
  if (!rule) return null;
  if (!signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (can(role, rule.permission)) return null;
  return NextResponse.rewrite(new URL("/access-denied", request.url), { status: 403 });
}
