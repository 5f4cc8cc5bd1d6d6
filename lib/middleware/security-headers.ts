import { NextResponse, type NextRequest } from "next/server";
import { env, isDev, modes, settings } from "@/lib/env";
import { createNonce, securityHeaders } from "@/lib/security/headers";

/**
 * Gives the request a fresh nonce (Next reads it from the request's CSP header and stamps its own
 * scripts with it) and returns a function that puts the headers on whatever response is chosen.
 */
export function prepareSecurityHeaders(request: NextRequest) {
  const nonce = createNonce();
  // HSTS and upgrade-insecure-requests only where the app is really served over https.
  const isProd = env.NODE_ENV === "production" && settings.appUrl.startsWith("https://");
  const headers = securityHeaders({ nonce, isDev, isProd, stripe: modes.payments === "service" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  return {
    nonce,
    requestHeaders,
    next: () => NextResponse.next({ request: { headers: requestHeaders } }),
    apply: <R extends Response>(response: R): R => {
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    },
  };
}
