"use server";

import { catchAppError, asActionError } from "@/lib/actions/expected-errors";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestIp } from "@/lib/actions/request-context";
import { setUserSuspended } from "@/lib/admin/users";
import { requirePermission } from "@/lib/auth/session";
import { type ActionResult } from "@/lib/errors";

const schema = z.object({ userId: z.string().min(1).max(64), suspended: z.boolean(), reason: z.string().trim().min(3, "Give a reason").max(500) }).strict();

export async function setUserSuspendedAction(input: unknown): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid input" };
  return catchAppError(asActionError, async () => {
    const admin = await requirePermission("admin.users");
    await setUserSuspended(await getDb(), { id: admin.id, ip: await requestIp() }, parsed.data.userId, parsed.data.suspended, parsed.data.reason);
    revalidatePath("/admin/users");
    return { ok: true, data: undefined };
  });
}
