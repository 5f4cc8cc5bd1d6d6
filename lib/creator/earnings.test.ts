import { describe, expect, it } from "vitest";
import { formatSignedCents, netGrossCents } from "./earnings";

describe("formatSignedCents", () => {
  it.each([
    [0, "$0.00"],
    [1900, "$19.00"],
    [950, "$9.50"],
    [1, "$0.01"],
    [-1520, "\u2212$15.20"],
    [-380, "\u2212$3.80"],
    [123456789, "$1,234,567.89"],
  ])("%d → %s", (cents, text) => expect(formatSignedCents(cents)).toBe(text));

  it("refuses fractional cents", () => expect(() => formatSignedCents(1.5)).toThrow(RangeError));
});

describe("netGrossCents", () => {
  it("subtracts reversals, which the ledger stores as negative amounts", () => {
    expect(netGrossCents({ sales: 2, grossSalesCents: 3800, reversalsCents: -1900, platformFeeCents: 380, creatorShareCents: 1520 })).toBe(1900);
  });
});
