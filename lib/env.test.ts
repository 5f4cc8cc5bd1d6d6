import { describe, expect, it } from "vitest";
import { assertProductionReady, missingProductionSettings, type Env } from "./env";

const production: Env = {
  NODE_ENV: "production",
  DEMO_MODE: false,
  INNGEST_DEV: false,
  APP_URL: "https://4uai.example.com",
  DATABASE_URL: "postgres://db",
  AUTH_SECRET: "x".repeat(40),
  UPSTASH_REDIS_REST_URL: "https://redis.example.com",
  UPSTASH_REDIS_REST_TOKEN: "t",
  INNGEST_EVENT_KEY: "e",
  INNGEST_SIGNING_KEY: "s",
  STRIPE_SECRET_KEY: "sk",
  STRIPE_WEBHOOK_SECRET: "whsec",
  STRIPE_PREMIUM_PRICE_ID: "price",
  AI_BASE_URL: "https://models.example.com",
  AI_API_KEY: "k",
  EMAIL_SERVER: "smtp://mail",
} as Env;

describe("production settings", () => {
  it("starts when every real service is configured", () => {
    expect(missingProductionSettings(production)).toEqual([]);
    expect(() => assertProductionReady(production)).not.toThrow();
  });

  it("refuses to start, naming what is missing, instead of falling back to embedded parts", () => {
    const e = { ...production, DATABASE_URL: undefined, STRIPE_WEBHOOK_SECRET: undefined };
    expect(() => assertProductionReady(e)).toThrow(/DATABASE_URL[\s\S]*STRIPE_WEBHOOK_SECRET/);
  });

  it("allows embedded parts in development and with DEMO_MODE", () => {
    const bare = { NODE_ENV: "production", DEMO_MODE: true, INNGEST_DEV: false } as Env;
    expect(() => assertProductionReady(bare)).not.toThrow();
    expect(() => assertProductionReady({ ...bare, NODE_ENV: "development", DEMO_MODE: false })).not.toThrow();
  });
});
