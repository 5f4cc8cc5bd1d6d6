import { describe, expect, it } from "vitest";
import { PLANS } from "@/lib/catalog/plans";
import { periodBounds, periodOf, usageScopeFor } from "./period";

describe("periodOf", () => {
  it.each([
    ["2026-12-04T17:00:00Z", "2026-12"],
    ["2026-01-01T00:00:00Z", "2026-01"],
    // UTC decides, not the server's zone: 23:59 on the 31st UTC is still December.
    ["2026-12-31T23:59:59.999Z", "2026-12"],
  ])("%s → %s", (iso, period) => expect(periodOf(new Date(iso))).toBe(period));
});

describe("periodBounds", () => {
  it("spans the UTC month, end exclusive, across a year boundary", () => {
    expect(periodBounds("2026-12")).toEqual({ start: new Date("2026-12-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
    expect(periodBounds("2028-02")).toEqual({ start: new Date("2028-02-01T00:00:00Z"), end: new Date("2028-03-01T00:00:00Z") });
  });

  it.each(["2026-13", "2026-00", "26-01", "2026-1", "", "2026-01; drop table"])("rejects %j", (bad) => {
    expect(() => periodBounds(bad)).toThrow(RangeError);
  });
});

describe("usageScopeFor", () => {
  const now = new Date("2026-12-04T17:00:00Z");

  it("monthly plans count the current UTC month", () => {
    for (const plan of [PLANS.free, PLANS.premium]) {
      expect(usageScopeFor(plan, now)).toEqual({ kind: "month", period: "2026-12", start: new Date("2026-12-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
    }
  });

  it("the trial's one-off allowance counts the account's whole history", () => {
    expect(usageScopeFor(PLANS.trial, now)).toEqual({ kind: "lifetime" });
  });
});
