// The same handler as /api/ping, excluded from the middleware matcher (see middleware.ts) so the
// middleware's overhead can be measured by bench/middleware.ts.
export { GET } from "../ping/route";

export const dynamic = "force-dynamic";
