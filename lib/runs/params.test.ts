import { describe, expect, it } from "vitest";
import { isRunId, parsePage, parseRunStatus, RUN_STATUSES } from "./params";

describe("parseRunStatus", () => {
  it("accepts every run status", () => {
    for (const s of RUN_STATUSES) expect(parseRunStatus(s)).toBe(s);
  });

  it.each([undefined, "", "SUCCEEDED", "done", "dead'--", "queued ", ["failed", "dead"]])("%j → first known value or no filter", (value) => {
    expect(parseRunStatus(value)).toBe(Array.isArray(value) ? "failed" : undefined);
  });
});

describe("parsePage", () => {
  it.each<[string | string[] | undefined, number]>([
    [undefined, 1],
    ["1", 1],
    ["3", 3],
    ["10000", 10_000],
    ["10001", 1],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["1e3", 1],
    ["abc", 1],
    [["4", "5"], 4],
  ])("%j → %i", (value, page) => expect(parsePage(value)).toBe(page));
});

describe("isRunId", () => {
  it("accepts a UUID and nothing else", () => {
    expect(isRunId("3f1c2b9e-8d4a-4c6b-9e2f-1a2b3c4d5e6f")).toBe(true);
    for (const bad of ["", "not-a-uuid", "3f1c2b9e-8d4a-4c6b-9e2f-1a2b3c4d5e6f'", "../etc/passwd", 42, null, undefined]) expect(isRunId(bad)).toBe(false);
  });
});
