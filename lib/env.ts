import { z } from "zod";

/**
 * Every setting of 4UAI, validated once. Each external part has an embedded default so a fresh
 * machine runs the whole product; with NODE_ENV=production and DEMO_MODE unset, a missing
 * production setting is a start-up error (see assertProductionReady), never a silent fallback.
 */
const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));
const optionalUrl = optionalString.pipe(z.url().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DEMO_MODE: flag,
  APP_URL: optionalUrl,
  DATABASE_URL: optionalString,
  DATA_DIR: optionalString,
  AUTH_SECRET: optionalString.pipe(z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: optionalString,
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_DEV: flag,
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_PREMIUM_PRICE_ID: optionalString,
  AI_BASE_URL: optionalUrl,
  AI_API_KEY: optionalString,
  AI_MODEL: optionalString,
  EMAIL_SERVER: optionalString,
  EMAIL_FROM: optionalString,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).optional(),
  // Overrides the per-IP page budget (pagesIp, 600/min); meant for load tests such as bench/middleware.ts.
  RATE_LIMIT_PAGES_PER_MINUTE: optionalString.pipe(z.string().regex(/^[1-9]\d*$/, "must be a positive integer").transform(Number).optional()),
});

export type Env = z.infer<typeof schema>;

function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

// Read each variable by name so the edge bundle can see them.
export const env: Env = parseEnv({
  NODE_ENV: process.env.NODE_ENV,
  DEMO_MODE: process.env.DEMO_MODE,
  APP_URL: process.env.APP_URL,
  DATABASE_URL: process.env.DATABASE_URL,
  DATA_DIR: process.env.DATA_DIR,
  AUTH_SECRET: process.env.AUTH_SECRET,
  AUTH_GITHUB_ID: process.env.AUTH_GITHUB_ID,
  AUTH_GITHUB_SECRET: process.env.AUTH_GITHUB_SECRET,
  UPSTASH_REDIS_REST_URL: process.env.UPSTASH_REDIS_REST_URL,
  UPSTASH_REDIS_REST_TOKEN: process.env.UPSTASH_REDIS_REST_TOKEN,
  INNGEST_EVENT_KEY: process.env.INNGEST_EVENT_KEY,
  INNGEST_SIGNING_KEY: process.env.INNGEST_SIGNING_KEY,
  INNGEST_DEV: process.env.INNGEST_DEV,
  STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET,
  STRIPE_PREMIUM_PRICE_ID: process.env.STRIPE_PREMIUM_PRICE_ID,
  AI_BASE_URL: process.env.AI_BASE_URL,
  AI_API_KEY: process.env.AI_API_KEY,
  AI_MODEL: process.env.AI_MODEL,
  EMAIL_SERVER: process.env.EMAIL_SERVER,
  EMAIL_FROM: process.env.EMAIL_FROM,
  LOG_LEVEL: process.env.LOG_LEVEL,
  RATE_LIMIT_PAGES_PER_MINUTE: process.env.RATE_LIMIT_PAGES_PER_MINUTE,
});

/** Production without DEMO_MODE must run on real services only. */
export const isStrictProduction = env.NODE_ENV === "production" && !env.DEMO_MODE;
export const isDev = env.NODE_ENV !== "production";

export type PartMode = "embedded" | "service";

export const modes = {
  database: env.DATABASE_URL ? "service" : "embedded",
  cache: env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN ? "service" : "embedded",
  jobs: env.INNGEST_EVENT_KEY || env.INNGEST_DEV ? "service" : "embedded",
  payments: env.STRIPE_SECRET_KEY ? "service" : "embedded",
  models: env.AI_BASE_URL ? "service" : "embedded",
  mail: env.EMAIL_SERVER ? "service" : "embedded",
} as const satisfies Record<string, PartMode>;

export type Part = keyof typeof modes;

const requiredInProduction: ReadonlyArray<[keyof Env, string]> = [
  ["APP_URL", "the public URL of the app"],
  ["DATABASE_URL", "Postgres connection string"],
  ["AUTH_SECRET", "session signing secret"],
  ["UPSTASH_REDIS_REST_URL", "Upstash Redis REST URL"],
  ["UPSTASH_REDIS_REST_TOKEN", "Upstash Redis REST token"],
  ["INNGEST_EVENT_KEY", "Inngest event key"],
  ["INNGEST_SIGNING_KEY", "Inngest signing key"],
  ["STRIPE_SECRET_KEY", "Stripe secret key"],
  ["STRIPE_WEBHOOK_SECRET", "Stripe webhook signing secret"],
  ["STRIPE_PREMIUM_PRICE_ID", "Stripe price id of the Premium plan"],
  ["AI_BASE_URL", "OpenAI-compatible model endpoint"],
  ["AI_API_KEY", "model endpoint API key"],
  ["EMAIL_SERVER", "SMTP connection URL"],
];

export function missingProductionSettings(e: Env = env): string[] {
  return requiredInProduction.filter(([key]) => !e[key]).map(([key, what]) => `${key} (${what})`);
}

/** Called at server start; throws when production would otherwise fall back to embedded parts. */
export function assertProductionReady(e: Env = env): void {
  if (!(e.NODE_ENV === "production" && !e.DEMO_MODE)) return;
  const missing = missingProductionSettings(e);
  if (missing.length > 0) {
    throw new Error(
      `4UAI refuses to start in production with embedded fallbacks. Missing settings:\n  ${missing.join("\n  ")}\n` +
        "Set them, or set DEMO_MODE=1 to run the production build on the embedded defaults.",
    );
  }
}

// A fixed development secret: fine for local data, refused in strict production by assertProductionReady.
const DEV_AUTH_SECRET = "4uai-development-secret-not-for-production-use-0123456789";

export const settings = {
  appUrl: env.APP_URL ?? "http://localhost:3000",
  dataDir: env.DATA_DIR ?? ".data",
  authSecret: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
  emailFrom: env.EMAIL_FROM ?? "4UAI <no-reply@4uai.local>",
  aiModel: env.AI_MODEL ?? "4uai-demo-1",
  demoBanner: Object.entries(modes)
    .filter(([, mode]) => mode === "embedded")
    .map(([part]) => part as Part),
} as const;
