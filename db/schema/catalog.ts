import { sql, type SQL } from "drizzle-orm";
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { creatorProfiles } from "./creators";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const agentStatus = pgEnum("agent_status", ["draft", "pending_review", "published", "rejected", "suspended"]);
export const pricingModel = pgEnum("pricing_model", ["free", "one_time", "subscription"]);

export const CATEGORIES = [
  { slug: "writing", name: "Writing" },
  { slug: "coding", name: "Coding" },
  { slug: "research", name: "Research" },
  { slug: "marketing", name: "Marketing" },
  { slug: "data", name: "Data & Analytics" },
  { slug: "productivity", name: "Productivity" },
] as const;
export type CategorySlug = (typeof CATEGORIES)[number]["slug"];

export const agents = pgTable(
  "agents",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    creatorId: text("creator_id").notNull().references(() => creatorProfiles.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    tagline: text("tagline").notNull(),
    description: text("description").notNull(),
    category: text("category").$type<CategorySlug>().notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    status: agentStatus("status").notNull().default("draft"),
    pricing: pricingModel("pricing").notNull().default("free"),
    priceCents: integer("price_cents").notNull().default(0),
    currentVersionId: text("current_version_id"),
    ratingAvg: numeric("rating_avg", { precision: 3, scale: 2, mode: "number" }).notNull().default(0),
    ratingCount: integer("rating_count").notNull().default(0),
    runCount: integer("run_count").notNull().default(0),
    featured: integer("featured").notNull().default(0),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL => sql`setweight(to_tsvector('english', coalesce(${agents.name}, '')), 'A') || setweight(to_tsvector('english', coalesce(${agents.tagline}, '')), 'B') || setweight(to_tsvector('english', immutable_array_to_string(${agents.tags}, ' ')), 'B') || setweight(to_tsvector('english', coalesce(${agents.description}, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("agents_slug_idx").on(t.slug),
    index("agents_search_idx").using("gin", t.searchVector),
    // Trigram index: lets the literal name match in search share the GIN path instead of scanning.
    index("agents_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("agents_status_category_idx").on(t.status, t.category),
    index("agents_creator_idx").on(t.creatorId),
    index("agents_published_at_idx").on(t.status, t.publishedAt),
    check("agents_price_nonnegative", sql`${t.priceCents} >= 0`),
    check("agents_price_matches_pricing", sql`(${t.pricing} = 'free') = (${t.priceCents} = 0)`),
  ],
);

export type InputField = {
  name: string;
  label: string;
  type: "text" | "textarea" | "select";
  required: boolean;
  maxLength?: number;
  options?: string[];
};

export type AgentConfig = {
  systemPrompt: string;
  model: string;
  parameters: { temperature: number; maxOutputTokens: number };
  inputFields: InputField[];
  egress: string[];
};

export const agentVersions = pgTable(
  "agent_versions",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    changelog: text("changelog").notNull().default(""),
    config: jsonb("config").$type<AgentConfig>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agent_versions_agent_version_idx").on(t.agentId, t.version)],
);

export const reviews = pgTable(
  "reviews",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    rating: integer("rating").notNull(),
    title: text("title").notNull().default(""),
    body: text("body").notNull().default(""),
    verified: text("verified", { enum: ["purchase", "run"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reviews_agent_user_idx").on(t.agentId, t.userId),
    index("reviews_agent_created_idx").on(t.agentId, t.createdAt),
    check("reviews_rating_range", sql`${t.rating} between 1 and 5`),
  ],
);

export const reportStatus = pgEnum("report_status", ["open", "actioned", "dismissed"]);

export const reports = pgTable(
  "reports",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    details: text("details").notNull().default(""),
    status: reportStatus("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reports_status_idx").on(t.status, t.createdAt)],
);

export type Agent = typeof agents.$inferSelect;
export type AgentVersion = typeof agentVersions.$inferSelect;
export type Review = typeof reviews.$inferSelect;
