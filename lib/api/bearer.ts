import "server-only";
import { getDb } from "@/db/client";
import { loadUserAccess, type UserAccess } from "@/lib/auth/access";
import { resolveApiKey, type ApiKeyFailure, type ApiKeyRow } from "@/lib/api-keys/api-keys";
import { can } from "@/lib/auth/permissions";
import { publicError } from "@/lib/errors";

export type ApiContext = { key: ApiKeyRow; access: UserAccess & { role: NonNullable<UserAccess["role"]> } };

const FAILURE_MESSAGES: Record<ApiKeyFailure, string> = {
  missing: "Send your API key as 'Authorization: Bearer <key>'.",
  malformed: "The Authorization header is not a 4UAI API key.",
  unknown: "This API key is not valid.",
  revoked: "This API key has been revoked.",
  expired: "This API key has expired.",
};

export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Wraps a /api/v1 handler: only `Authorization: Bearer` keys authenticate (cookies are never read),
 * the owner's role is re-derived from the database, and unknown errors never leak.
 */
export function withApiKey<P>(handler: (request: Request, ctx: ApiContext, params: P) => Promise<Response>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = await getDb();
      const resolved = await resolveApiKey(db, request.headers.get("authorization"));
      if (!resolved.ok) {
        return apiError(401, "unauthorized", FAILURE_MESSAGES[resolved.reason], { "WWW-Authenticate": `Bearer realm="4uai", error="invalid_token"` });
      }
      const access = await loadUserAccess(db, resolved.key.userId);
      if (!access?.role || !can(access.role, "api_key.manage")) {
        return apiError(403, "forbidden", "The account that owns this key cannot use the API.");
      }
      return await handler(request, { key: resolved.key, access: { ...access, role: access.role } }, await route.params);
    } catch (error) {
      const e = publicError(error);
      return apiError(e.status, e.code, e.message);
    }
  };
}
