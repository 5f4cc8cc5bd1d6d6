"use server";

import { catchAppError, asActionError } from "@/lib/actions/expected-errors";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestIp } from "@/lib/actions/request-context";
import { revokeApiKey } from "@/lib/api-keys/api-keys";
import { audit } from "@/lib/audit/audit";
import { requirePermission } from "@/lib/auth/session";
import { type ActionResult } from "@/lib/errors";

const schema = z.object({ keyId: z.uuid() }).strict();

export async function revokeApiKeyAction(input: unknown): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Invalid key id" };
  return catchAppError(asActionError, async () => {
    const user = await requirePermission("api_key.manage");
    const db = await getDb();
    const revoked = await revokeApiKey(db, user.id, parsed.data.keyId);
    if (!revoked) return { ok: false, error: "Key not found or already revoked" };
    await audit(db, { actorId: user.id, action: "api_key.revoked", subjectType: "api_key", subjectId: parsed.data.keyId, ip: await requestIp() });
    revalidatePath("/settings");
    return { ok: true, data: undefined };
  });
}
