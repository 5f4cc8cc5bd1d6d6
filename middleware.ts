import type { NextRequest } from "next/server";
import { prepareSecurityHeaders } from "@/lib/middleware/security-headers";

export async function middleware(request: NextRequest) {
  const security = prepareSecurityHeaders(request);
  return security.apply(security.next());
}

export const config = {
  // Everything but static assets; the webhook and Inngest routes authenticate by signature and stay outside.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/webhooks/stripe|api/inngest).*)"],
};
