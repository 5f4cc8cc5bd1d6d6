import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agentRuns, agents, agentVersions, runEvents, usageRecords, type InputField } from "@/db/schema";
import { isRunId, type RunStatus } from "./params";

/*
 * The signed-in user's own runs. Every query is scoped by the given userId, so another user's run id reads
 * exactly like one that does not exist. agent_versions.config is never selected whole (it holds the hidden
 * system prompt): only its input field labels are read.
 */

export const RUNS_PAGE_SIZE = 20;

export type RunUsage = { model: string; tokensIn: number; tokensOut: number; costMicros: number };

export type RunListItem = {
  id: string;
  status: RunStatus;
  createdAt: Date;
  agent: { name: string; slug: string; listed: boolean };
  version: string;
  usage: RunUsage | null;
};

export type RunList = { items: RunListItem[]; total: number; page: number; pageCount: number; pageSize: number };

function toUsage(row: { model: string | null; tokensIn: number | null; tokensOut: number | null; costMicros: number | string | null }): RunUsage | null {
  if (row.model === null) return null;
  return { model: row.model, tokensIn: Number(row.tokensIn ?? 0), tokensOut: Number(row.tokensOut ?? 0), costMicros: Number(row.costMicros ?? 0) };
}

const usageColumns = {
  model: usageRecords.model,
  tokensIn: usageRecords.tokensIn,
  tokensOut: usageRecords.tokensOut,
  costMicros: usageRecords.costMicros,
};

/** Newest first, one page at a time; a page past the end shows the last page. */
export async function listRuns(userId: string, { status, page = 1, pageSize = RUNS_PAGE_SIZE }: { status?: RunStatus; page?: number; pageSize?: number } = {}): Promise<RunList> {
  const db = await getDb();
  const where = and(eq(agentRuns.userId, userId), status ? eq(agentRuns.status, status) : undefined);
  const [counted] = await db.select({ n: count() }).from(agentRuns).where(where);
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  const rows = await db
    .select({
      id: agentRuns.id,
      status: agentRuns.status,
      createdAt: agentRuns.createdAt,
      agentName: agents.name,
      agentSlug: agents.slug,
      agentStatus: agents.status,
      version: agentVersions.version,
      ...usageColumns,
    })
    .from(agentRuns)
    .innerJoin(agents, eq(agents.id, agentRuns.agentId))
    .innerJoin(agentVersions, eq(agentVersions.id, agentRuns.versionId))
    .leftJoin(usageRecords, and(eq(usageRecords.runId, agentRuns.id), eq(usageRecords.userId, userId)))
    .where(where)
    .orderBy(desc(agentRuns.createdAt), desc(agentRuns.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize);
  return {
    total,
    page: current,
    pageCount,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      agent: { name: r.agentName, slug: r.agentSlug, listed: r.agentStatus === "published" },
      version: r.version,
      usage: toUsage(r),
    })),
  };
}

export type RunEvent = { seq: number; kind: string; message: string; createdAt: Date };

export type RunDetail = {
  id: string;
  status: RunStatus;
  progress: number;
  attempts: number;
  input: Array<{ name: string; label: string; value: string }>;
  output: string | null;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  agent: { name: string; slug: string; listed: boolean };
  version: string;
  events: RunEvent[];
  usage: RunUsage | null;
};

/** Labels the input the way the pinned version's form asked for it; fields it no longer declares keep their name. */
function labelInput(input: Record<string, string>, fields: InputField[] | null): RunDetail["input"] {
  const declared = fields ?? [];
  const labelled = declared.filter((f) => f.name in input).map((f) => ({ name: f.name, label: f.label, value: String(input[f.name]) }));
  const rest = Object.keys(input)
    .filter((name) => !declared.some((f) => f.name === name))
    .map((name) => ({ name, label: name, value: String(input[name]) }));
  return [...labelled, ...rest];
}

/** The run when it belongs to the user; null for a malformed id, an unknown id, or another user's run. */
export async function getRunForUser(userId: string, runId: string): Promise<RunDetail | null> {
  if (!isRunId(runId)) return null;
  const db = await getDb();
  const [run] = await db
    .select({
      id: agentRuns.id,
      status: agentRuns.status,
      progress: agentRuns.progress,
      attempts: agentRuns.attempts,
      input: agentRuns.input,
      output: agentRuns.output,
      error: agentRuns.error,
      createdAt: agentRuns.createdAt,
      startedAt: agentRuns.startedAt,
      finishedAt: agentRuns.finishedAt,
      agentName: agents.name,
      agentSlug: agents.slug,
      agentStatus: agents.status,
      version: agentVersions.version,
      inputFields: sql<InputField[] | null>`${agentVersions.config} -> 'inputFields'`,
      ...usageColumns,
    })
    .from(agentRuns)
    .innerJoin(agents, eq(agents.id, agentRuns.agentId))
    .innerJoin(agentVersions, eq(agentVersions.id, agentRuns.versionId))
    .leftJoin(usageRecords, and(eq(usageRecords.runId, agentRuns.id), eq(usageRecords.userId, userId)))
    .where(and(eq(agentRuns.id, runId), eq(agentRuns.userId, userId)));
  if (!run) return null;
  const events = await db
    .select({ seq: runEvents.seq, kind: runEvents.kind, message: runEvents.message, createdAt: runEvents.createdAt })
    .from(runEvents)
    .where(eq(runEvents.runId, run.id))
    .orderBy(asc(runEvents.seq));
  return {
    id: run.id,
    status: run.status,
    progress: run.progress,
    attempts: run.attempts,
    input: labelInput(run.input, Array.isArray(run.inputFields) ? run.inputFields : null),
    output: run.output,
    error: run.error,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    agent: { name: run.agentName, slug: run.agentSlug, listed: run.agentStatus === "published" },
    version: run.version,
    events,
    usage: toUsage(run),
  };
}
