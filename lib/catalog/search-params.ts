import { z } from "zod";
import { CATEGORY_SLUGS, type CategorySlug } from "./categories";
import type { PricingModel } from "./format";

/**
 * The /agents URL is the state of the catalog page. Parsing is forgiving on purpose: a shared or hand-edited
 * link must never produce an error page. Every bad value falls back to its default and its name is listed in
 * `ignored`, so the page can say what it dropped:
 *   q         trimmed, whitespace collapsed, control characters removed, then cut to MAX_QUERY_LENGTH
 *             characters (the cut is reported as "q"); empty → absent.
 *   category  one of CATEGORIES, else absent.     pricing  free | one_time | subscription, else absent.
 *   sort      relevance | rating | newest | price_asc | price_desc, else "relevance".
 *   page      a positive integer written in digits; otherwise 1; above MAX_PAGE → MAX_PAGE.
 * Repeated parameters use the first value. Unknown parameters are ignored silently.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100;
export const PAGE_SIZE = 12;

export const SORTS = ["relevance", "rating", "newest", "price_asc", "price_desc"] as const;
export type Sort = (typeof SORTS)[number];
export const PRICING_FILTERS = ["free", "one_time", "subscription"] as const satisfies readonly PricingModel[];

export const SORT_LABELS: Record<Sort, string> = {
  relevance: "Best match",
  rating: "Highest rated",
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
};

export type AgentSearch = {
  q?: string;
  category?: CategorySlug;
  pricing?: PricingModel;
  sort: Sort;
  page: number;
};

export type ParsedAgentSearch = AgentSearch & { ignored: Array<keyof AgentSearch> };

export type RawSearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? (v[0] as unknown) : v);

// NUL and other C0/C1 control characters: Postgres rejects NUL in text, the rest are never meaningful in a search.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function normalizeQuery(value: string): string {
  return value.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}

/** Cuts at a code point boundary so a surrogate pair is never split. */
function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : chars.slice(0, max).join("").trimEnd();
}

const queryField = z.preprocess(first, z.string().optional().catch(undefined)).transform((v) => {
  if (v === undefined) return { value: undefined, cut: false };
  const normalized = normalizeQuery(v);
  const value = truncate(normalized, MAX_QUERY_LENGTH);
  return { value: value === "" ? undefined : value, cut: value !== normalized };
});

const pageField = z.preprocess(first, z.string().optional().catch(undefined)).transform((v) => {
  if (v === undefined) return { value: 1, bad: false };
  if (!/^\d{1,20}$/.test(v.trim())) return { value: 1, bad: true };
  const n = Number(v.trim());
  if (n < 1) return { value: 1, bad: true };
  if (n > MAX_PAGE) return { value: MAX_PAGE, bad: true };
  return { value: n, bad: false };
});

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(first, z.unknown()).transform((v) => {
    if (v === undefined || v === "") return { value: undefined, bad: false };
    const ok = typeof v === "string" && (values as readonly string[]).includes(v);
    return { value: ok ? (v as T[number]) : undefined, bad: !ok };
  });
}

export const agentSearchParamsSchema = z
  .object({
    q: queryField,
    category: choice(CATEGORY_SLUGS),
    pricing: choice(PRICING_FILTERS),
    sort: choice(SORTS),
    page: pageField,
  })
  .transform((p): ParsedAgentSearch => {
    const ignored: Array<keyof AgentSearch> = [];
    if (p.q.cut) ignored.push("q");
    if (p.category.bad) ignored.push("category");
    if (p.pricing.bad) ignored.push("pricing");
    if (p.sort.bad) ignored.push("sort");
    if (p.page.bad) ignored.push("page");
    return {
      ...(p.q.value !== undefined && { q: p.q.value }),
      ...(p.category.value !== undefined && { category: p.category.value }),
      ...(p.pricing.value !== undefined && { pricing: p.pricing.value }),
      sort: p.sort.value ?? "relevance",
      page: p.page.value,
      ignored,
    };
  });

/** Never throws: every input maps to a valid search. */
export function parseAgentSearchParams(raw: RawSearchParams | URLSearchParams | null | undefined): ParsedAgentSearch {
  const record: RawSearchParams = {};
  if (raw instanceof URLSearchParams) {
    for (const key of new Set(raw.keys())) record[key] = raw.getAll(key);
  } else if (raw) {
    Object.assign(record, raw);
  }
  const parsed = agentSearchParamsSchema.safeParse(record);
  return parsed.success ? parsed.data : { sort: "relevance", page: 1, ignored: [] };
}

/** The canonical /agents URL for a search; defaults are left out so links stay short and cacheable. */
export function agentsHref(search: Partial<AgentSearch>, changes: Partial<AgentSearch> = {}): string {
  const next = { ...search, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.category) params.set("category", next.category);
  if (next.pricing) params.set("pricing", next.pricing);
  if (next.sort && next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const qs = params.toString();
  return qs ? `/agents?${qs}` : "/agents";
}
