import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { agents, agentVersions } from "./catalog";

export const moderationState = pgEnum("moderation_state", ["pending", "decided"]);

export type CheckFinding = { check: string; severity: "info" | "warn" | "block"; message: string; clause?: string };

export const moderationQueue = pgTable(
  "moderation_queue",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    versionId: text("version_id").notNull().references(() => agentVersions.id, { onDelete: "cascade" }),
    state: moderationState("state").notNull().default("pending"),
    findings: jsonb("findings").$type<CheckFinding[]>().notNull().default([]),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("moderation_queue_version_idx").on(t.versionId), index("moderation_queue_state_idx").on(t.state, t.submittedAt)],
);

export const moderationRecords = pgTable(
  "moderation_records",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    queueId: text("queue_id").references(() => moderationQueue.id, { onDelete: "set null" }),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    moderatorId: text("moderator_id").references(() => users.id, { onDelete: "set null" }),
    decision: text("decision", { enum: ["publish", "request_changes", "reject", "suspend", "reinstate"] }).notNull(),
    reason: text("reason").notNull(),
    policyClause: text("policy_clause"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_records_agent_idx").on(t.agentId, t.createdAt)],
);
