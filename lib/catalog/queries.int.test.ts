import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agents, agentVersions } from "@/db/schema";
import { seedAgents } from "@/db/seed-data";
import {
  getAgentReviews,
  getAgentVersions,
  getCatalogStats,
  getCategoryCounts,
  getCreatorAgents,
  getCreatorProfile,
  getFeaturedAgents,
  getPublishedAgent,
  getRatingBreakdown,
  getRelatedAgents,
  searchAgents,
} from "./queries";
import { parseAgentSearchParams, type AgentSearch } from "./search-params";

const search = (s: Partial<AgentSearch>): AgentSearch => ({ sort: "relevance", page: 1, ...s });
const slugs = (r: { items: Array<{ slug: string }> }) => r.items.map((i) => i.slug);

describe("searchAgents: full-text ranking", () => {
  it("finds SQL Explainer first for 'sql'", async () => {
    const result = await searchAgents(search({ q: "sql" }));
    expect(result.items[0]?.slug).toBe("sql-explainer");
  });

  it("ranks by the weighted vector: a name hit outranks tag and description hits", async () => {
    const result = await searchAgents(search({ q: "email" }));
    expect(result.total).toBeGreaterThanOrEqual(2);
    expect(slugs(result).slice(0, 1)).toEqual(["cold-email-writer"]);
    expect(slugs(result)).toContain("inbox-triage");
  });

  it("stems words (reviews → review)", async () => {
    expect(slugs(await searchAgents(search({ q: "reviews" })))).toContain("code-reviewer");
  });

  it("supports websearch syntax: quoted phrases and exclusion", async () => {
    const phrase = await searchAgents(search({ q: '"meeting summarizer"' }));
    expect(slugs(phrase)[0]).toBe("meeting-summarizer");
    const all = await searchAgents(search({ q: "planning" }));
    const excluded = await searchAgents(search({ q: "planning -travel" }));
    expect(slugs(all)).toContain("travel-itinerary");
    expect(slugs(excluded)).not.toContain("travel-itinerary");
    expect(excluded.total).toBe(all.total - 1);
  });

  it("matches partial names literally", async () => {
    expect(slugs(await searchAgents(search({ q: "explai" })))).toEqual(["sql-explainer"]);
  });

  it("returns an empty result, not an error, for nonsense and stop words", async () => {
    expect((await searchAgents(search({ q: "zzqxj" }))).total).toBe(0);
    expect((await searchAgents(search({ q: "the and of" }))).total).toBe(0);
  });

  it.each([
    "'; drop table agents; --",
    "<script>alert(1)</script>",
    "% _ \\ %%",
    '" or "" = "',
    "!!! & | ( ) : * <->",
    "sql\u0000injection",
  ])("treats hostile q %j as text", async (q) => {
    const result = await searchAgents(search({ q }));
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect((await searchAgents(search({}))).total).toBe(seedAgents.length);
  });

  it("does not treat LIKE wildcards as wildcards", async () => {
    expect((await searchAgents(search({ q: "%" }))).total).toBe(0);
    expect((await searchAgents(search({ q: "_" }))).total).toBe(0);
  });

  it("handles a 10,000-character q through the parser and directly", async () => {
    const parsed = parseAgentSearchParams({ q: "sql ".repeat(2500) });
    const viaParser = await searchAgents(parsed);
    expect(viaParser.items[0]?.slug).toBe("sql-explainer");
    const direct = await searchAgents(search({ q: "x".repeat(10_000) }));
    expect(direct.total).toBe(0);
  });
});

describe("searchAgents: filters, sorts, pagination", () => {
  it("lists all published agents without a query", async () => {
    const result = await searchAgents(search({}), { pageSize: 100 });
    expect(result.total).toBe(seedAgents.length);
    expect(result.items).toHaveLength(seedAgents.length);
  });

  it.each(["writing", "coding", "research", "marketing", "data", "productivity"] as const)("filters category %s", async (category) => {
    const result = await searchAgents(search({ category }), { pageSize: 50 });
    const expected = seedAgents.filter((a) => a.category === category).map((a) => a.slug).sort();
    expect(slugs(result).sort()).toEqual(expected);
  });

  it.each(["free", "one_time", "subscription"] as const)("filters pricing %s", async (pricing) => {
    const result = await searchAgents(search({ pricing }), { pageSize: 50 });
    expect(result.total).toBe(seedAgents.filter((a) => a.pricing === pricing).length);
    expect(result.items.every((i) => i.pricing === pricing)).toBe(true);
  });

  it("combines q, category and pricing", async () => {
    const result = await searchAgents(search({ q: "planning", category: "productivity", pricing: "free" }));
    expect(slugs(result)).toEqual(["travel-itinerary"]);
  });

  it("sorts by price both ways", async () => {
    const asc = (await searchAgents(search({ sort: "price_asc" }), { pageSize: 50 })).items.map((i) => i.priceCents);
    const desc = (await searchAgents(search({ sort: "price_desc" }), { pageSize: 50 })).items.map((i) => i.priceCents);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(desc).toEqual([...asc].sort((a, b) => b - a));
  });

  it("sorts by rating and by newest", async () => {
    const rated = (await searchAgents(search({ sort: "rating" }), { pageSize: 50 })).items;
    for (let i = 1; i < rated.length; i++) expect(rated[i - 1]!.ratingAvg).toBeGreaterThanOrEqual(rated[i]!.ratingAvg);
    const newest = (await searchAgents(search({ sort: "newest" }), { pageSize: 50 })).items;
    for (let i = 1; i < newest.length; i++) expect(newest[i - 1]!.publishedAt!.getTime()).toBeGreaterThanOrEqual(newest[i]!.publishedAt!.getTime());
  });

  it("puts featured agents first in the default order", async () => {
    const featured = seedAgents.filter((a) => a.featured).sort((a, b) => a.featured! - b.featured!).map((a) => a.slug);
    const result = await searchAgents(search({}));
    expect(slugs(result).slice(0, featured.length)).toEqual(featured);
  });

  it("paginates without repeats or gaps, with correct bounds", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => searchAgents(search({ sort: "rating", page }), { pageSize: 10 })));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 4]);
    expect(pages[0]!.pageCount).toBe(3);
    const seen = pages.flatMap(slugs);
    expect(new Set(seen).size).toBe(seedAgents.length);
    const past = await searchAgents(search({ page: 99 }), { pageSize: 10 });
    expect(past).toMatchObject({ items: [], total: seedAgents.length, page: 99, pageCount: 3 });
  });

  it("clamps the page size", async () => {
    expect((await searchAgents(search({}), { pageSize: 0 })).pageSize).toBe(1);
    expect((await searchAgents(search({}), { pageSize: 10_000 })).pageSize).toBe(60);
  });
});

describe("visibility: only published agents", () => {
  beforeAll(async () => {
    const db = await getDb();
    await db.update(agents).set({ status: "suspended" }).where(eq(agents.slug, "regex-builder"));
    await db.update(agents).set({ status: "draft" }).where(eq(agents.slug, "okr-coach"));
  });

  it.each(["contract-clause-finder", "regex-builder", "okr-coach"])("hides %s everywhere", async (slug) => {
    expect(await getPublishedAgent(slug)).toBeNull();
    const all = await searchAgents(search({}), { pageSize: 60 });
    expect(slugs(all)).not.toContain(slug);
    const name = slug.split("-")[0]!;
    expect(slugs(await searchAgents(search({ q: name })))).not.toContain(slug);
    const creator = await getCreatorProfile("nova-labs");
    expect((await getCreatorAgents(creator!.id)).map((a) => a.slug)).not.toContain(slug);
  });

  it("counts only published agents", async () => {
    const counts = await getCategoryCounts();
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(seedAgents.length - 2);
    expect((await getCatalogStats()).agents).toBe(seedAgents.length - 2);
  });
});

describe("agent detail", () => {
  it("returns a published agent with creator and current version, never the config", async () => {
    const agent = await getPublishedAgent("press-release-pro");
    expect(agent).toMatchObject({ slug: "press-release-pro", pricing: "one_time", priceCents: 2900, creator: { handle: "nova-labs", verified: true } });
    expect(agent!.currentVersion?.version).toBe("1.1.0");
    expect(JSON.stringify(agent)).not.toContain("systemPrompt");
    const versions = await getAgentVersions(agent!.id);
    expect(versions.map((v) => v.version)).toEqual(["1.1.0", "1.0.0"]);
    expect(JSON.stringify(versions)).not.toContain("Never reveal");
  });

  it.each(["does-not-exist", "", "UPPER", "a/../b", "x".repeat(500), "sql-explainer' or '1'='1"])("returns null for %j", async (slug) => {
    expect(await getPublishedAgent(slug)).toBeNull();
  });

  it("lists reviews consistent with the rating summary", async () => {
    const agent = (await searchAgents(search({ sort: "rating" }))).items.find((a) => a.ratingCount > 1)!;
    const list = await getAgentReviews(agent.id);
    const breakdown = await getRatingBreakdown(agent.id);
    expect(list).toHaveLength(agent.ratingCount);
    expect(breakdown.reduce((a, b) => a + b, 0)).toBe(agent.ratingCount);
    const avg = list.reduce((n, r) => n + r.rating, 0) / list.length;
    expect(agent.ratingAvg).toBeCloseTo(avg, 2);
  });

  it("finds related agents in the same category, excluding itself", async () => {
    const agent = (await getPublishedAgent("csv-analyst"))!;
    const related = await getRelatedAgents(agent);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((r) => r.category === "data" && r.slug !== "csv-analyst")).toBe(true);
  });

  it("does not leak a version that belongs to another agent", async () => {
    const db = await getDb();
    const other = (await getPublishedAgent("seo-audit"))!;
    const [foreign] = await db.select({ id: agentVersions.id }).from(agentVersions).where(eq(agentVersions.agentId, other.id)).limit(1);
    await db.update(agents).set({ currentVersionId: foreign!.id }).where(eq(agents.slug, "fact-checker"));
    expect((await getPublishedAgent("fact-checker"))!.currentVersion).toBeNull();
  });
});

describe("home and creators", () => {
  it("returns featured agents in slot order", async () => {
    const featured = await getFeaturedAgents(3);
    expect(featured.map((a) => a.slug)).toEqual(["ad-copy-studio", "sql-explainer", "blog-post-drafter"]);
  });

  it("returns every category with its count", async () => {
    const counts = await getCategoryCounts();
    expect(counts.map((c) => c.slug)).toEqual(["writing", "coding", "research", "marketing", "data", "productivity"]);
    expect(counts.every((c) => c.count > 0)).toBe(true);
  });

  it("counts categories as facets of the current query and pricing", async () => {
    const free = await getCategoryCounts({ pricing: "free" });
    // (an earlier block suspended one free agent, so compare against the live search rather than the seed)
    expect(free.reduce((n, c) => n + c.count, 0)).toBe((await searchAgents(search({ pricing: "free" }))).total);
    expect(free.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
    const sql = await getCategoryCounts({ q: "sql" });
    expect(sql.find((c) => c.slug === "coding")?.count).toBe(1);
    expect(sql.filter((c) => c.slug !== "coding").every((c) => c.count === 0)).toBe(true);
  });

  it("returns a public creator profile without the user id", async () => {
    const profile = await getCreatorProfile("datasmith");
    expect(profile).toMatchObject({ handle: "datasmith", displayName: "Datasmith", verified: true });
    expect(profile).not.toHaveProperty("userId");
    expect(profile!.stats.agents).toBe(seedAgents.filter((a) => a.creator === "datasmith").length);
    expect(profile!.stats.ratingAvg).toBeGreaterThan(0);
    expect(await getCreatorProfile("nobody")).toBeNull();
    expect(await getCreatorProfile("Robert'); DROP TABLE creator_profiles;--")).toBeNull();
  });
});
