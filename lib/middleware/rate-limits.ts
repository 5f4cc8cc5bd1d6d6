import type { NextRequest } from "next/server";
import { clientIpFrom } from "@/lib/security/client-ip";
import { checkRateLimit, refusedResponse, type LimitResult } from "@/lib/security/rate-limit";
import type { PolicyName } from "@/lib/security/rate-limit-policies";

/** Form posts (server actions) go to the page's own path; these paths carry credentials. */
const POST_POLICIES: Record<string, PolicyName> = {
  "/login": "signInIp",
  "/signup": "signUpIp",
  "/forgot-password": "passwordResetIp",
  "/reset-password": "passwordResetIp",
};

async function sha256(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function policyFor(request: NextRequest): Promise<{ policy: PolicyName; key: string } | null> {
  const { pathname } = request.nextUrl;
  const ip = clientIpFrom(request.headers);
  if (pathname.startsWith("/api/v1/")) {
    const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S{1,512})$/i)?.[1];
    return { policy: "apiKey", key: bearer ? `key:${(await sha256(bearer)).slice(0, 32)}` : `ip:${ip}` };
  }
  if (request.method === "POST" && POST_POLICIES[pathname]) return { policy: POST_POLICIES[pathname], key: ip };
  // Link prefetches are the router's speculation, not a visitor's request: they do not spend the budget.
  const prefetch = request.headers.has("next-router-prefetch") || request.headers.get("sec-purpose")?.includes("prefetch");
  // Every other GET, API routes included (/api/v1 has its own policy above), spends the per-IP budget.
  if (request.method === "GET" && !prefetch) return { policy: "pagesIp", key: ip };
  return null;
}

/** Returns a refusal response, or null to go on. */
export async function enforceEdgeRateLimits(request: NextRequest): Promise<{ refused: Response | null; result: LimitResult | null }> {
  const match = await policyFor(request);
  if (!match) return { refused: null, result: null };
  const result = await checkRateLimit(match.policy, match.key);
  if (result.allowed) return { refused: null, result };
  return { refused: refusedResponse(result, request.headers.get("accept")), result };
}
