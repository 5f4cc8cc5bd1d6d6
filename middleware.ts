import NextAuth from "next-auth";
import { authConfig } from "@/auth.config";
import { checkRouteAccess } from "@/lib/middleware/access";
import { enforceEdgeRateLimits } from "@/lib/middleware/rate-limits";
import { prepareSecurityHeaders } from "@/lib/middleware/security-headers";
import { rateLimitHeaders } from "@/lib/security/rate-limit";

const { auth } = NextAuth(authConfig);

/** A thin chain: security headers on everything → rate limits → early role check by route prefix. */
export const middleware = auth(async (request) => {
  const security = prepareSecurityHeaders(request);
  const { refused, result } = await enforceEdgeRateLimits(request);
  if (refused) return security.apply(refused);

  const user = request.auth?.user;
  const denied = checkRouteAccess(request, user?.role, Boolean(user?.id));
  if (denied) return security.apply(denied);

  const response = security.apply(security.next());
  if (result && request.nextUrl.pathname.startsWith("/api/v1/")) {
    for (const [name, value] of Object.entries(rateLimitHeaders(result))) response.headers.set(name, value);
  }
  return response;
});

export const config = {
  // Everything but static assets; the Stripe webhook and Inngest authenticate by signature and stay outside.
  // api/ping-raw (a copy of api/ping) stays outside only so bench/middleware.ts can measure the chain's overhead.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/webhooks/stripe|api/inngest|api/ping-raw).*)"],
};
