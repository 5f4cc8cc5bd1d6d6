/**
 * The subscription plans of 4UAI, as code: the pricing page renders them, metering reads the quotas, the run
 * pipeline reads the queue priority, rate limiting reads the request budget. Stripe only holds the Premium price.
 */
export type PlanId = "trial" | "free" | "premium";

export type Plan = {
  id: PlanId;
  name: string;
  /** Monthly price in integer cents (0 for free tiers). */
  priceCents: number;
  summary: string;
  /** Runs allowed per quota period. */
  runs: number;
  /** Tokens (input + output) allowed per quota period. */
  tokens: number;
  /** "month" resets on the first of each UTC month; "once" is a lifetime allowance. */
  period: "month" | "once";
  queue: "standard" | "priority";
  /** API and run requests per minute. */
  requestsPerMinute: number;
  apiAccess: boolean;
  features: string[];
};

export const PLANS = {
  trial: {
    id: "trial",
    name: "Trial",
    priceCents: 0,
    summary: "For a new account until its email address is verified.",
    runs: 10,
    tokens: 20_000,
    period: "once",
    queue: "standard",
    requestsPerMinute: 10,
    apiAccess: false,
    features: ["Free agents only", "Runs in the browser"],
  },
  free: {
    id: "free",
    name: "Free",
    priceCents: 0,
    summary: "Everything you need to find and try agents.",
    runs: 50,
    tokens: 200_000,
    period: "month",
    queue: "standard",
    requestsPerMinute: 30,
    apiAccess: true,
    features: ["Run free agents and the ones you own", "Buy agents and subscriptions", "API keys with spend limits", "Write reviews"],
  },
  premium: {
    id: "premium",
    name: "Premium",
    priceCents: 1900,
    summary: "For people who run agents every day.",
    runs: 2_000,
    tokens: 5_000_000,
    period: "month",
    queue: "priority",
    requestsPerMinute: 120,
    apiAccess: true,
    features: ["Everything in Free", "Priority queue: your runs start first", "4× higher rate limits", "Cancel any time, keep access to period end"],
  },
} as const satisfies Record<PlanId, Plan>;

/** The plans a shopper can choose on the pricing page (the trial is automatic). */
export const PUBLIC_PLANS: readonly Plan[] = [PLANS.free, PLANS.premium];

export function getPlan(id: PlanId): Plan {
  return PLANS[id];
}
