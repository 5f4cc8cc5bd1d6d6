"use server";

import { z } from "zod";
import { getCurrentUserId } from "@/lib/auth/session";
import { markRead } from "@/lib/notifications/notifications";

export type MarkReadResult = { ok: true; updated: number } | { ok: false; error: string };

const markNotificationsReadInput = z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(100) }).strict();
const markAllNotificationsReadInput = z.object({}).strict();

/** Marks some of the signed-in user's notifications read; ids that are not theirs are ignored. */
export async function markNotificationsReadAction(input: z.input<typeof markNotificationsReadInput>): Promise<MarkReadResult> {
  const parsed = markNotificationsReadInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Invalid request" };
  const userId = await getCurrentUserId();
  if (!userId) return { ok: false, error: "Sign in required" };
  return { ok: true, updated: await markRead(userId, parsed.data.ids) };
}

export async function markAllNotificationsReadAction(input: z.input<typeof markAllNotificationsReadInput> = {}): Promise<MarkReadResult> {
  const parsed = markAllNotificationsReadInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Invalid request" };
  const userId = await getCurrentUserId();
  if (!userId) return { ok: false, error: "Sign in required" };
  return { ok: true, updated: await markRead(userId, "all") };
}
