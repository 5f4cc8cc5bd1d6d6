import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { agents, agentVersions } from "./catalog";

export const runStatus = pgEnum("run_status", ["queued", "running", "succeeded", "failed", "cancelled", "dead"]);

export const agentRuns = pgTable(
  "agent_runs",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "restrict" }),
    versionId: text("version_id").notNull().references(() => agentVersions.id, { onDelete: "restrict" }),
    apiKeyId: text("api_key_id"),
    status: runStatus("status").notNull().default("queued"),
    priority: integer("priority").notNull().default(0),
    progress: integer("progress").notNull().default(0),
    input: jsonb("input").$type<Record<string, string>>().notNull(),
    output: text("output"),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    reservedMicros: bigint("reserved_micros", { mode: "number" }).notNull().default(0),
    reservedTokens: integer("reserved_tokens").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agent_runs_user_created_idx").on(t.userId, t.createdAt),
    index("agent_runs_status_idx").on(t.status, t.createdAt),
    index("agent_runs_agent_idx").on(t.agentId, t.createdAt),
    check("agent_runs_progress_range", sql`${t.progress} between 0 and 100`),
  ],
);

export const runEvents = pgTable(
  "run_events",
  {
    runId: text("run_id").notNull().references(() => agentRuns.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    data: jsonb("data"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);

export const usageRecords = pgTable(
  "usage_records",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    runId: text("run_id").notNull().references(() => agentRuns.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "restrict" }),
    model: text("model").notNull(),
    tokensIn: integer("tokens_in").notNull(),
    tokensOut: integer("tokens_out").notNull(),
    costMicros: bigint("cost_micros", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("usage_records_run_idx").on(t.runId), index("usage_records_user_created_idx").on(t.userId, t.createdAt)],
);

/** The atomic quota ledger: one row per user per billing period, changed only by conditional UPDATEs. */
export const usageCounters = pgTable(
  "usage_counters",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    runsUsed: integer("runs_used").notNull().default(0),
    tokensUsed: bigint("tokens_used", { mode: "number" }).notNull().default(0),
    costMicros: bigint("cost_micros", { mode: "number" }).notNull().default(0),
    reservedMicros: bigint("reserved_micros", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.period] }),
    check("usage_counters_nonnegative", sql`${t.runsUsed} >= 0 and ${t.tokensUsed} >= 0 and ${t.costMicros} >= 0 and ${t.reservedMicros} >= 0`),
  ],
);

export const deadLetters = pgTable(
  "dead_letters",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    functionId: text("function_id").notNull(),
    eventName: text("event_name").notNull(),
    payload: jsonb("payload").notNull(),
    error: text("error").notNull(),
    attempts: integer("attempts").notNull(),
    runId: text("run_id").references(() => agentRuns.id, { onDelete: "set null" }),
    replayedAt: timestamp("replayed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dead_letters_created_idx").on(t.createdAt)],
);

export type AgentRun = typeof agentRuns.$inferSelect;
