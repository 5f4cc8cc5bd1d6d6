import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { mailOutbox } from "@/db/schema";

export type MailInput = { to: string; subject: string; text: string; html?: string | null };

/** What deliver-mail carries between steps: JSON-safe, no dates. */
export type QueuedMail = { id: string; to: string; subject: string; text: string; html: string | null };

export type OutboxEntry = typeof mailOutbox.$inferSelect;

async function dbOr(db?: DbOrTx): Promise<DbOrTx> {
  return db ?? (await getDb());
}

export async function insertOutboxMail(mail: MailInput, db?: DbOrTx): Promise<{ id: string }> {
  const [row] = await (await dbOr(db))
    .insert(mailOutbox)
    .values({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("mail_outbox insert returned no row");
  return row;
}

export async function getOutboxMail(id: string, db?: DbOrTx): Promise<OutboxEntry | undefined> {
  const [row] = await (await dbOr(db)).select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  return row;
}

/**
 * The mail to deliver, or null when it no longer needs delivery (already sent or failed). A missing row
 * throws so the step retries: the event can outrun the commit that inserted it.
 */
export async function loadQueuedMail(id: string, db?: DbOrTx): Promise<QueuedMail | null> {
  const row = await getOutboxMail(id, db);
  if (!row) throw new Error(`mail_outbox row ${id} not found`);
  if (row.status !== "queued") return null;
  return { id: row.id, to: row.to, subject: row.subject, text: row.text, html: row.html };
}

export async function recordDeliveryAttempt(id: string, db?: DbOrTx): Promise<void> {
  await (await dbOr(db))
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1` })
    .where(eq(mailOutbox.id, id));
}

/** Embedded delivery: the outbox row itself is the delivered mail. */
export async function markDeliveredToOutbox(id: string, db?: DbOrTx): Promise<boolean> {
  const updated = await (await dbOr(db))
    .update(mailOutbox)
    .set({ status: "sent", transport: "outbox", sentAt: new Date(), error: null, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "queued")))
    .returning({ id: mailOutbox.id });
  return updated.length > 0;
}

export async function markMailSent(id: string, transport: "smtp" | "outbox", db?: DbOrTx): Promise<boolean> {
  const updated = await (await dbOr(db))
    .update(mailOutbox)
    .set({ status: "sent", transport, sentAt: new Date(), error: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "queued")))
    .returning({ id: mailOutbox.id });
  return updated.length > 0;
}

export async function markMailFailed(id: string, error: string, db?: DbOrTx): Promise<boolean> {
  const updated = await (await dbOr(db))
    .update(mailOutbox)
    .set({ status: "failed", error: error.slice(0, 2000) })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, "queued")))
    .returning({ id: mailOutbox.id });
  return updated.length > 0;
}

/** Newest first, for /dev/outbox. */
export async function listOutbox({ limit = 50 }: { limit?: number } = {}, db?: DbOrTx): Promise<OutboxEntry[]> {
  const size = Math.min(Math.max(1, Math.trunc(limit)), 200);
  return (await dbOr(db)).select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(size);
}
