import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { agents } from "./catalog";
import { creatorProfiles } from "./creators";

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    plan: text("plan", { enum: ["premium"] }).notNull().default("premium"),
    // A subscription to a single agent (pricing=subscription) carries the agent id.
    agentId: text("agent_id").references(() => agents.id, { onDelete: "set null" }),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    status: text("status").notNull(),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    // Stripe's `created` of the newest object applied: older deliveries never overwrite newer state.
    stripeUpdatedAt: timestamp("stripe_updated_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("subscriptions_stripe_id_idx").on(t.stripeSubscriptionId), index("subscriptions_user_idx").on(t.userId, t.status)],
);

export const orderStatus = pgEnum("order_status", ["pending", "paid", "refunded", "disputed", "expired"]);

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "restrict" }),
    checkoutSessionId: text("checkout_session_id").notNull(),
    paymentIntentId: text("payment_intent_id"),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("usd"),
    status: orderStatus("status").notNull().default("pending"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("orders_checkout_session_idx").on(t.checkoutSessionId),
    uniqueIndex("orders_payment_intent_idx").on(t.paymentIntentId),
    index("orders_user_idx").on(t.userId, t.createdAt),
    check("orders_amount_nonnegative", sql`${t.amountCents} >= 0`),
  ],
);

export const licenseStatus = pgEnum("license_status", ["active", "revoked", "suspended"]);

export const licenses = pgTable(
  "licenses",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull().references(() => agents.id, { onDelete: "restrict" }),
    orderId: text("order_id").references(() => orders.id, { onDelete: "restrict" }),
    keyHash: text("key_hash").notNull(),
    keyPrefix: text("key_prefix").notNull(),
    status: licenseStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("licenses_key_hash_idx").on(t.keyHash),
    uniqueIndex("licenses_order_idx").on(t.orderId),
    index("licenses_user_agent_idx").on(t.userId, t.agentId),
  ],
);

export const ledgerKind = pgEnum("ledger_kind", ["sale", "refund", "dispute", "fee"]);

export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    orderId: text("order_id").references(() => orders.id, { onDelete: "restrict" }),
    creatorId: text("creator_id").references(() => creatorProfiles.id, { onDelete: "restrict" }),
    kind: ledgerKind("kind").notNull(),
    // Signed integer cents: gross, platform fee (20%) and creator share (80%) always sum exactly.
    grossCents: integer("gross_cents").notNull(),
    platformFeeCents: integer("platform_fee_cents").notNull(),
    creatorShareCents: integer("creator_share_cents").notNull(),
    currency: text("currency").notNull().default("usd"),
    // The Stripe object that caused the entry: one entry per cause, never two.
    sourceId: text("source_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ledger_entries_kind_source_idx").on(t.kind, t.sourceId),
    index("ledger_entries_creator_idx").on(t.creatorId, t.createdAt),
    check("ledger_entries_split_sums", sql`${t.platformFeeCents} + ${t.creatorShareCents} = ${t.grossCents}`),
  ],
);

export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  payload: jsonb("payload").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  processedAt: timestamp("processed_at", { withTimezone: true }),
});
