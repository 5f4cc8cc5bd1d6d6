"use server";

import { catchAppError, asActionError } from "@/lib/actions/expected-errors";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestIp } from "@/lib/actions/request-context";
import { setUserAdmin } from "@/lib/admin/users";
import { requirePermission } from "@/lib/auth/session";
import { type ActionResult } from "@/lib/errors";

const schema = z.object({ userId: z.string().min(1).max(64), isAdmin: z.boolean() }).strict();

export async function setUserAdminAction(input: unknown): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Invalid input" };
  return catchAppError(asActionError, async () => {
    const admin = await requirePermission("admin.users");
    await setUserAdmin(await getDb(), { id: admin.id, ip: await requestIp() }, parsed.data.userId, parsed.data.isAdmin);
    revalidatePath("/admin/users");
    return { ok: true, data: undefined };
  });
}
