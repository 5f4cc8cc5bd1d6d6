import { describe, expect, it } from "vitest";
import { formatMicros, quotaMeter } from "./format";

describe("formatMicros", () => {
  it.each<[number, string]>([
    [0, "$0.00"],
    [3_100, "$0.0031"],
    [1_860, "$0.0019"],
    [100, "$0.0001"],
    [99, "< $0.0001"],
    [1, "< $0.0001"],
    [2_000, "$0.0020"],
    [10_000, "$0.0100"],
    [999_999, "$1.0000"],
    [1_000_000, "$1.00"],
    [12_500_000, "$12.50"],
    [12_345_678, "$12.3457"],
    [1_234_000_000, "$1,234.00"],
  ])("%i micro-dollars → %s", (micros, text) => expect(formatMicros(micros)).toBe(text));

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (bad) => {
    expect(() => formatMicros(bad)).toThrow(RangeError);
  });
});

describe("quotaMeter", () => {
  it.each<[number, number, { percent: number; remaining: number; over: boolean }]>([
    [0, 50, { percent: 0, remaining: 50, over: false }],
    [4, 50, { percent: 8, remaining: 46, over: false }],
    [50, 50, { percent: 100, remaining: 0, over: false }],
    [60, 50, { percent: 100, remaining: 0, over: true }],
    [-3, 50, { percent: 0, remaining: 50, over: false }],
    [0, 0, { percent: 100, remaining: 0, over: false }],
  ])("%i of %i", (used, limit, expected) => {
    expect(quotaMeter(used, limit)).toMatchObject(expected);
  });
});
