import { describe, expect, it } from "vitest";
import { agentsHref, MAX_PAGE, MAX_QUERY_LENGTH, parseAgentSearchParams, type RawSearchParams } from "./search-params";

describe("parseAgentSearchParams", () => {
  const cases: Array<[string, RawSearchParams, Record<string, unknown>]> = [
    ["empty", {}, { sort: "relevance", page: 1, ignored: [] }],
    ["full valid", { q: "sql", category: "coding", pricing: "free", sort: "rating", page: "3" }, { q: "sql", category: "coding", pricing: "free", sort: "rating", page: 3, ignored: [] }],
    ["trims and collapses q", { q: "  code \t  review  " }, { q: "code review", ignored: [] }],
    ["blank q is absent", { q: "   " }, { q: undefined, ignored: [] }],
    ["control chars and NUL removed", { q: "sq\u0000l\u0007x" }, { q: "sq l x", ignored: [] }],
    ["unknown category ignored", { category: "weapons" }, { category: undefined, ignored: ["category"] }],
    ["category is case-sensitive", { category: "Coding" }, { category: undefined, ignored: ["category"] }],
    ["empty category is just absent", { category: "" }, { category: undefined, ignored: [] }],
    ["unknown pricing ignored", { pricing: "cheap" }, { pricing: undefined, ignored: ["pricing"] }],
    ["unknown sort → relevance", { sort: "random()" }, { sort: "relevance", ignored: ["sort"] }],
    ["sql injection in sort", { sort: "name; drop table agents" }, { sort: "relevance", ignored: ["sort"] }],
    ["page zero", { page: "0" }, { page: 1, ignored: ["page"] }],
    ["negative page", { page: "-4" }, { page: 1, ignored: ["page"] }],
    ["non-numeric page", { page: "abc" }, { page: 1, ignored: ["page"] }],
    ["fractional page", { page: "2.5" }, { page: 1, ignored: ["page"] }],
    ["exponent page", { page: "1e3" }, { page: 1, ignored: ["page"] }],
    ["huge page capped", { page: "99999999999999999999" }, { page: MAX_PAGE, ignored: ["page"] }],
    ["page over max capped", { page: String(MAX_PAGE + 1) }, { page: MAX_PAGE, ignored: ["page"] }],
    ["repeated params use the first", { category: ["data", "coding"], page: ["2", "9"] }, { category: "data", page: 2, ignored: [] }],
    ["unknown params ignored silently", { foo: "bar", utm_source: "x" }, { sort: "relevance", page: 1, ignored: [] }],
  ];

  it.each(cases)("%s", (_name, raw, expected) => {
    const parsed = parseAgentSearchParams(raw);
    for (const [key, value] of Object.entries(expected)) expect(parsed[key as keyof typeof parsed]).toEqual(value);
  });

  it("truncates a long q to the limit and reports it", () => {
    const parsed = parseAgentSearchParams({ q: "a".repeat(10_000) });
    expect(parsed.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.ignored).toEqual(["q"]);
  });

  it("does not split a surrogate pair when truncating", () => {
    const parsed = parseAgentSearchParams({ q: "😀".repeat(MAX_QUERY_LENGTH + 5) });
    expect(Array.from(parsed.q!)).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.q!.endsWith("😀")).toBe(true);
  });

  it("keeps HTML and SQL in q as plain text", () => {
    expect(parseAgentSearchParams({ q: "<script>alert(1)</script>' or 1=1 --" }).q).toBe("<script>alert(1)</script>' or 1=1 --");
  });

  it("accepts URLSearchParams", () => {
    const parsed = parseAgentSearchParams(new URLSearchParams("q=csv&pricing=subscription&pricing=free&sort=newest"));
    expect(parsed).toMatchObject({ q: "csv", pricing: "subscription", sort: "newest", page: 1 });
  });

  it.each([null, undefined])("accepts %s", (raw) => {
    expect(parseAgentSearchParams(raw)).toEqual({ sort: "relevance", page: 1, ignored: [] });
  });
});

describe("agentsHref", () => {
  const cases: Array<[string, Parameters<typeof agentsHref>, string]> = [
    ["defaults", [{ sort: "relevance", page: 1 }], "/agents"],
    ["all fields", [{ q: "code review", category: "coding", pricing: "one_time", sort: "price_asc", page: 2 }], "/agents?q=code+review&category=coding&pricing=one_time&sort=price_asc&page=2"],
    ["change resets page", [{ q: "x", sort: "rating", page: 4 }, { category: "data", page: 1 }], "/agents?q=x&category=data&sort=rating"],
    ["clearing a filter", [{ category: "data", pricing: "free", sort: "relevance", page: 1 }, { category: undefined }], "/agents?pricing=free"],
    ["encodes q", [{ q: "a&b=c#d" }], "/agents?q=a%26b%3Dc%23d"],
  ];
  it.each(cases)("%s", (_name, args, expected) => {
    expect(agentsHref(...args)).toBe(expected);
  });

  it("round-trips through the parser", () => {
    const search = { q: "meeting notes", category: "productivity", pricing: "free", sort: "newest", page: 3 } as const;
    const url = new URL(agentsHref(search), "http://x");
    expect(parseAgentSearchParams(url.searchParams)).toEqual({ ...search, ignored: [] });
  });
});
