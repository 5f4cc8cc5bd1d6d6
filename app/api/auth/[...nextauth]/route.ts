import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { settings } from "@/lib/env";
import { crossSiteRefusal, isCrossSiteRequest } from "@/lib/security/origin";

export const { GET } = handlers;

/** Auth.js checks its CSRF token; refusing cross-site posts outright is the cheaper first line. */
export async function POST(request: NextRequest) {
  if (isCrossSiteRequest(request, settings.appUrl)) return crossSiteRefusal();
  return handlers.POST(request);
}
