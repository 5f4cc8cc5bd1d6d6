import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration, formatTime } from "./format";

describe("run formatting", () => {
  it("formats moments in UTC", () => {
    expect(formatDateTime(new Date("2026-12-03T17:02:09Z"))).toBe("Dec 3, 2026, 5:02 PM UTC");
    expect(formatTime(new Date("2026-12-03T17:02:09Z"))).toBe("5:02:09 PM");
  });

  it.each<[number | null, string]>([
    [null, "—"],
    [-5, "—"],
    [0, "0 ms"],
    [850, "850 ms"],
    [12_400, "12.4 s"],
    [60_000, "1 min"],
    [125_000, "2 min 5 s"],
  ])("%s ms → %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});
