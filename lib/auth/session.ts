import "server-only";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { AppError } from "@/lib/errors";
import type { UserAccess } from "./access";
import { can, type Permission } from "./permissions";
import { accessForRequest } from "./request-access";
import type { Role } from "./roles";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
  role: Role;
  roleReason: string;
  emailVerified: boolean;
  isAdmin: boolean;
};

function toCurrentUser(access: UserAccess & { role: Role }): CurrentUser {
  return {
    id: access.user.id,
    email: access.user.email,
    name: access.user.name,
    image: access.user.image,
    role: access.role,
    roleReason: access.reason,
    emailVerified: access.facts.emailVerified,
    isAdmin: access.user.isAdmin,
  };
}

async function readSession() {
  try {
    return await auth();
  } catch (error) {
    // Next's own signals (dynamic rendering bail-out, redirects) must pass through untouched.
    unstable_rethrow(error);
    // Anything else about the session cookie means no session.
    return null;
  }
}

/**
 * The signed-in user, re-read from the database once per request: a demotion, suspension or
 * password reset takes effect on the very next request, whatever the JWT still says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  const userId = session?.user?.id;
  if (!userId) return null;
  const access = await accessForRequest(userId);
  if (!access?.role) return null;
  const validAfter = access.user.sessionsValidAfter;
  if (validAfter && (session.user.authTime ?? 0) < validAfter.getTime()) return null;
  return toCurrentUser({ ...access, role: access.role });
});

export async function getCurrentUserId(): Promise<string | null> {
  return (await getCurrentUser())?.id ?? null;
}

/** For actions and route handlers: throws AppError 401/403. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Sign in required");
  return user;
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) throw new AppError("forbidden", "You do not have access to this");
  return user;
}

/** For pages: anonymous → sign-in with the return path; signed in without the permission → 403 page. */
export async function requirePageUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(path)}`);
  return user;
}

export async function requirePagePermission(permission: Permission, path: string): Promise<CurrentUser> {
  const user = await requirePageUser(path);
  if (!can(user.role, permission)) forbidden();
  return user;
}
