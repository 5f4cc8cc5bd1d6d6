/** A trivial dynamic route behind the full middleware chain; bench/middleware.ts compares it with /api/ping-raw. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
