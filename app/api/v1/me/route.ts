import { withApiKey } from "@/lib/api/bearer";

export const dynamic = "force-dynamic";

/** Who this key acts for: a cheap way for API clients to check their key. */
export const GET = withApiKey(async (_request, { key, access }) =>
  Response.json({
    user: { id: access.user.id, email: access.user.email, role: access.role },
    key: { id: key.id, name: key.name, prefix: key.prefix, scopes: key.scopes, agentId: key.agentId, expiresAt: key.expiresAt },
  }),
);
