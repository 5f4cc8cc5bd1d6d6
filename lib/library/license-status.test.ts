import { describe, expect, it } from "vitest";
import { licenseStatusNote } from "./license-status";

describe("licenseStatusNote", () => {
  it("says nothing about an active license", () => {
    expect(licenseStatusNote("active", "paid")).toBeNull();
  });

  it.each([
    ["revoked", "refunded", /refunded/],
    ["revoked", "paid", /no longer lets you run/],
    ["suspended", "disputed", /dispute/],
    ["suspended", null, /cannot run the agent/],
  ] as const)("%s after a %s order explains why", (status, order, text) => {
    expect(licenseStatusNote(status, order)).toMatch(text);
  });
});
