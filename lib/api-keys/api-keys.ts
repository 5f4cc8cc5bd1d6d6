import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { agents, apiKeys } from "@/db/schema";
import { randomToken, sha256Hex } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";

export const API_KEY_PREFIX = "4uai_sk_";
export const API_KEY_SCOPES = ["runs:write", "runs:read", "catalog:read"] as const;
const MAX_ACTIVE_KEYS = 20;

export const createApiKeySchema = z
  .object({
    name: z.string().trim().min(1, "Name your key").max(60, "Use at most 60 characters"),
    expiresInDays: z.enum(["", "7", "30", "90", "365"]).default("").transform((v) => (v ? Number(v) : null)),
    agentSlug: z.string().trim().max(80).default("").transform((v) => v || null),
    monthlySpendLimitDollars: z
      .string()
      .trim()
      .max(10)
      .default("")
      .refine((v) => v === "" || /^\d{1,6}(\.\d{1,2})?$/.test(v), "Enter an amount like 25 or 12.50")
      .transform((v) => (v === "" ? null : Math.round(Number(v) * 1_000_000))),
  })
  .strict();

export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** Creates a key and returns its secret once; only the SHA-256 hash and a short prefix are stored. */
export async function createApiKey(db: Db, userId: string, input: CreateApiKeyInput): Promise<{ key: ApiKeyRow; secret: string }> {
  let agentId: string | null = null;
  if (input.agentSlug) {
    const [agent] = await db.select({ id: agents.id }).from(agents).where(and(eq(agents.slug, input.agentSlug), eq(agents.status, "published")));
    if (!agent) throw new AppError("bad_request", "No published agent has that slug");
    agentId = agent.id;
  }
  const [{ active }] = (await db
    .select({ active: sql<number>`count(*)::int` })
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))) as [{ active: number }];
  if (active >= MAX_ACTIVE_KEYS) throw new AppError("conflict", `You can have at most ${MAX_ACTIVE_KEYS} active keys. Revoke one first.`);

  const secret = `${API_KEY_PREFIX}${randomToken(24)}`;
  const [key] = await db
    .insert(apiKeys)
    .values({
      userId,
      name: input.name,
      keyHash: sha256Hex(secret),
      prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
      scopes: [...API_KEY_SCOPES],
      agentId,
      monthlySpendLimitMicros: input.monthlySpendLimitDollars,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    })
    .returning();
  return { key: key!, secret };
}

export type ApiKeyListItem = Pick<ApiKeyRow, "id" | "name" | "prefix" | "expiresAt" | "revokedAt" | "lastUsedAt" | "createdAt" | "monthlySpendLimitMicros"> & { agentName: string | null };

export async function listApiKeys(db: Db, userId: string): Promise<ApiKeyListItem[]> {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      createdAt: apiKeys.createdAt,
      monthlySpendLimitMicros: apiKeys.monthlySpendLimitMicros,
      agentName: agents.name,
    })
    .from(apiKeys)
    .leftJoin(agents, eq(agents.id, apiKeys.agentId))
    .where(eq(apiKeys.userId, userId))
    .orderBy(desc(apiKeys.createdAt));
}

/** Revokes only the caller's own key; another user's id changes nothing. */
export async function revokeApiKey(db: Db, userId: string, keyId: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

export type ApiKeyFailure = "missing" | "malformed" | "unknown" | "revoked" | "expired";

/** Resolves a raw `Authorization` header value to an active key, or says why not. */
export async function resolveApiKey(db: Db, authorization: string | null): Promise<{ ok: true; key: ApiKeyRow } | { ok: false; reason: ApiKeyFailure }> {
  if (!authorization) return { ok: false, reason: "missing" };
  const match = authorization.match(/^Bearer ([A-Za-z0-9_-]{1,200})$/);
  if (!match?.[1]?.startsWith(API_KEY_PREFIX)) return { ok: false, reason: "malformed" };
  const [key] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, sha256Hex(match[1])));
  if (!key) return { ok: false, reason: "unknown" };
  if (key.revokedAt) return { ok: false, reason: "revoked" };
  if (key.expiresAt && key.expiresAt <= new Date()) return { ok: false, reason: "expired" };
  await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key.id));
  return { ok: true, key };
}
