import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const creatorProfiles = pgTable(
  "creator_profiles",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    handle: text("handle").notNull(),
    displayName: text("display_name").notNull(),
    bio: text("bio").notNull().default(""),
    website: text("website"),
    links: jsonb("links").$type<string[]>().notNull().default([]),
    verified: boolean("verified").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("creator_profiles_handle_idx").on(t.handle), uniqueIndex("creator_profiles_user_idx").on(t.userId)],
);

export const applicationStage = pgEnum("application_stage", ["submitted", "scoring", "in_review", "approved", "rejected"]);

export type ScoreBreakdown = Record<string, { points: number; max: number; note: string }>;

export const creatorApplications = pgTable(
  "creator_applications",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    handle: text("handle").notNull(),
    displayName: text("display_name").notNull(),
    bio: text("bio").notNull(),
    website: text("website"),
    links: jsonb("links").$type<string[]>().notNull().default([]),
    plannedAgents: text("planned_agents").notNull().default(""),
    stage: applicationStage("stage").notNull().default("submitted"),
    autoScore: integer("auto_score"),
    scoreBreakdown: jsonb("score_breakdown").$type<ScoreBreakdown>(),
    decision: text("decision", { enum: ["approved", "rejected"] }),
    reason: text("reason"),
    reviewerId: text("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("creator_applications_stage_idx").on(t.stage, t.createdAt), index("creator_applications_user_idx").on(t.userId)],
);

export type CreatorProfile = typeof creatorProfiles.$inferSelect;
export type CreatorApplication = typeof creatorApplications.$inferSelect;
