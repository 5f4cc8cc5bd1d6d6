/**
 * Named rate-limit policies, defined once. `failClosed` policies guard money, credentials and
 * compute: when the limiter's store is slow or down they refuse; the others let traffic through.
 */
import { env } from "@/lib/env";

export type RateLimitPolicy = { name: string; limit: number; windowSeconds: number; failClosed: boolean };

export const POLICIES = {
  signInIp: { name: "sign-in-ip", limit: 20, windowSeconds: 300, failClosed: true },
  signInEmail: { name: "sign-in-email", limit: 5, windowSeconds: 900, failClosed: true },
  signUpIp: { name: "sign-up-ip", limit: 5, windowSeconds: 3600, failClosed: true },
  signUpEmail: { name: "sign-up-email", limit: 3, windowSeconds: 3600, failClosed: true },
  passwordResetIp: { name: "password-reset-ip", limit: 5, windowSeconds: 3600, failClosed: true },
  passwordResetEmail: { name: "password-reset-email", limit: 3, windowSeconds: 3600, failClosed: true },
  checkoutUser: { name: "checkout-user", limit: 10, windowSeconds: 600, failClosed: true },
  runSubmitUser: { name: "run-submit-user", limit: 20, windowSeconds: 60, failClosed: true },
  runSubmitPremium: { name: "run-submit-premium", limit: 60, windowSeconds: 60, failClosed: true },
  apiKey: { name: "api-key", limit: 60, windowSeconds: 60, failClosed: true },
  // Attempts, not applications (one can be in progress at a time): a few retries after a taken handle, no more.
  creatorApply: { name: "creator-apply", limit: 5, windowSeconds: 86_400, failClosed: true },
  // RATE_LIMIT_PAGES_PER_MINUTE overrides the default, e.g. for a load test from one address.
  pagesIp: { name: "pages-ip", limit: env.RATE_LIMIT_PAGES_PER_MINUTE ?? 600, windowSeconds: 60, failClosed: false },
} as const satisfies Record<string, RateLimitPolicy>;

export type PolicyName = keyof typeof POLICIES;
