import type { Plan } from "@/lib/catalog/plans";

/** The quota period key of a moment: its UTC calendar month, "YYYY-MM" (the key of usage_counters). */
export function periodOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** [start, end) of a "YYYY-MM" period in UTC. */
export function periodBounds(period: string): { start: Date; end: Date } {
  const match = PERIOD.exec(period);
  if (!match) throw new RangeError(`Invalid period: ${period}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
}

/**
 * What a plan's quota counts: a monthly plan counts the current UTC month; a one-off allowance (the trial)
 * counts everything the account has ever used.
 */
export type UsageScope = { kind: "month"; period: string; start: Date; end: Date } | { kind: "lifetime" };

export function usageScopeFor(plan: Pick<Plan, "period">, now: Date): UsageScope {
  if (plan.period === "once") return { kind: "lifetime" };
  const period = periodOf(now);
  return { kind: "month", period, ...periodBounds(period) };
}
