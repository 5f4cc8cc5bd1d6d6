import { describe, expect, it } from "vitest";
import { formatAgentPrice, formatCents, formatCount, formatDate, formatRating, initials, plural, reviewerDisplayName } from "./format";
import { PLANS, PUBLIC_PLANS } from "./plans";

describe("formatCents", () => {
  it.each([
    [0, "$0"],
    [1900, "$19"],
    [950, "$9.50"],
    [1, "$0.01"],
    [123456, "$1,234.56"],
    [100000000, "$1,000,000"],
  ])("%i → %s", (cents, expected) => expect(formatCents(cents)).toBe(expected));

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (cents) => {
    expect(() => formatCents(cents)).toThrow(RangeError);
  });
});

describe("formatAgentPrice", () => {
  it.each([
    ["free", 0, "Free"],
    ["one_time", 2900, "$29"],
    ["subscription", 900, "$9/mo"],
    ["subscription", 1250, "$12.50/mo"],
  ] as const)("%s %i → %s", (pricing, cents, expected) => expect(formatAgentPrice(pricing, cents)).toBe(expected));
});

describe("formatRating", () => {
  it.each([
    [0, 0, "New"],
    [5, 0, "New"],
    [4.666, 3, "4.7"],
    [4, 1, "4.0"],
    [4.25, 4, "4.3"],
  ])("%d over %i → %s", (avg, count, expected) => expect(formatRating(avg, count)).toBe(expected));
});

describe("small formatters", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1234, "1.2K"],
    [2_000_000, "2M"],
  ])("formatCount %i → %s", (n, expected) => expect(formatCount(n)).toBe(expected));

  it.each([
    [1, "agent", "1 agent"],
    [0, "agent", "0 agents"],
    [1200, "review", "1,200 reviews"],
  ] as const)("plural %i %s", (n, word, expected) => expect(plural(n, word)).toBe(expected));

  it.each([
    ["Ravi Reviewer", "Ravi R."],
    ["Mary Ann van der berg", "Mary B."],
    ["Cher", "Cher"],
    ["  ", "Verified customer"],
    [null, "Verified customer"],
  ])("reviewerDisplayName %s → %s", (name, expected) => expect(reviewerDisplayName(name)).toBe(expected));

  it.each([
    ["Nova Labs", "NL"],
    ["datasmith", "DA"],
    ["", "?"],
  ])("initials %s → %s", (name, expected) => expect(initials(name)).toBe(expected));

  it("formats dates in UTC", () => {
    expect(formatDate(new Date("2026-03-01T23:30:00Z"))).toBe("Mar 1, 2026");
    expect(formatDate("2026-12-31T00:00:00Z")).toBe("Dec 31, 2026");
  });
});

describe("plans", () => {
  it("matches the published quotas", () => {
    expect(PLANS.trial).toMatchObject({ runs: 10, tokens: 20_000, priceCents: 0, period: "once" });
    expect(PLANS.free).toMatchObject({ runs: 50, tokens: 200_000, priceCents: 0, period: "month", queue: "standard" });
    expect(PLANS.premium).toMatchObject({ runs: 2_000, tokens: 5_000_000, priceCents: 1900, period: "month", queue: "priority" });
  });

  it("orders tiers by what they allow", () => {
    const tiers = [PLANS.trial, PLANS.free, PLANS.premium];
    for (let i = 1; i < tiers.length; i++) {
      expect(tiers[i]!.runs).toBeGreaterThan(tiers[i - 1]!.runs);
      expect(tiers[i]!.tokens).toBeGreaterThan(tiers[i - 1]!.tokens);
      expect(tiers[i]!.requestsPerMinute).toBeGreaterThan(tiers[i - 1]!.requestsPerMinute);
    }
    expect(PUBLIC_PLANS.map((p) => p.id)).toEqual(["free", "premium"]);
  });
});
