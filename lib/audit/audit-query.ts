import "server-only";
import { and, desc, eq, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;

const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** Lenient: a bad filter value is dropped rather than failing the page. */
export const auditFilterSchema = z.object({
  action: z.string().trim().max(80).optional().catch(undefined),
  actor: z.string().trim().max(254).optional().catch(undefined),
  subject: z.string().trim().max(200).optional().catch(undefined),
  from: dateParam,
  to: dateParam,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export async function listAudit(db: Db, f: AuditFilter) {
  const conditions: SQL[] = [];
  if (f.action) conditions.push(ilike(auditLog.action, `${f.action.replace(/[\\%_]/g, "\\$&")}%`));
  if (f.actor) conditions.push(ilike(users.email, `%${f.actor.replace(/[\\%_]/g, "\\$&")}%`));
  if (f.subject) conditions.push(eq(auditLog.subjectId, f.subject));
  if (f.from) conditions.push(gte(auditLog.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) conditions.push(lte(auditLog.createdAt, new Date(`${f.to}T23:59:59.999Z`)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select({ entry: auditLog, actorEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt))
      .limit(AUDIT_PAGE_SIZE)
      .offset((f.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
