/**
 * Cross-site request protection for cookie-authenticated route handlers that change state.
 * Server actions keep Next's own Origin check; /api/v1 uses Bearer keys and never cookies.
 */
export function isCrossSiteRequest(request: Request, appOrigin: string): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (origin) return origin !== new URL(appOrigin).origin && origin !== new URL(request.url).origin;
  // No Origin and no Fetch Metadata: not a browser-initiated cross-site form or fetch.
  return false;
}

export function crossSiteRefusal(): Response {
  return Response.json({ error: { code: "forbidden", message: "Cross-site requests are not allowed." } }, { status: 403 });
}
