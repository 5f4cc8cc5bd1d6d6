import "server-only";
import { and, asc, desc, eq, getTableColumns, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agents, agentVersions, creatorProfiles, reviews, users, type CategorySlug } from "@/db/schema";
import { CATEGORIES } from "./categories";
import type { PricingModel } from "./format";
import { MAX_QUERY_LENGTH, normalizeQuery, PAGE_SIZE, type AgentSearch } from "./search-params";

/*
 * Read side of the public catalog. Every function here returns published agents only and never selects
 * agent_versions.config (it holds the hidden system prompt). Each takes its inputs explicitly and an optional
 * db/transaction; without one it uses the process database.
 */

export type AgentCardData = {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  category: CategorySlug;
  tags: string[];
  pricing: PricingModel;
  priceCents: number;
  ratingAvg: number;
  ratingCount: number;
  runCount: number;
  publishedAt: Date | null;
  creator: { handle: string; displayName: string; verified: boolean };
};

export type AgentSearchResult = {
  items: AgentCardData[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

const published = eq(agents.status, "published");

const cardColumns = {
  id: agents.id,
  slug: agents.slug,
  name: agents.name,
  tagline: agents.tagline,
  category: agents.category,
  tags: agents.tags,
  pricing: agents.pricing,
  priceCents: agents.priceCents,
  ratingAvg: agents.ratingAvg,
  ratingCount: agents.ratingCount,
  runCount: agents.runCount,
  publishedAt: agents.publishedAt,
  creator: {
    handle: creatorProfiles.handle,
    displayName: creatorProfiles.displayName,
    verified: creatorProfiles.verified,
  },
};

type CardRow = Omit<AgentCardData, "ratingAvg"> & { ratingAvg: number | string };

// numeric comes back as a string from some drivers even with mode: "number" on joins; normalize once.
function toCard(row: CardRow): AgentCardData {
  return { ...row, ratingAvg: Number(row.ratingAvg) };
}

const db = async (given?: DbOrTx) => given ?? (await getDb());

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Defence in depth: the page parser already normalizes q, but callers outside it must not reach the DB unbounded.
function boundedQuery(q: string | undefined): string {
  return q ? normalizeQuery(q).slice(0, MAX_QUERY_LENGTH) : "";
}

/** The WHERE clause (and, with a query, the rank expression) shared by the result list and the facet counts. */
function searchFilter(search: Pick<AgentSearch, "q" | "category" | "pricing">): { where: SQL | undefined; rank?: SQL<number> } {
  const conditions: SQL[] = [published];
  if (search.category) conditions.push(eq(agents.category, search.category));
  if (search.pricing) conditions.push(eq(agents.pricing, search.pricing));
  const q = boundedQuery(search.q);
  if (!q) return { where: and(...conditions) };
  const tsq = sql`websearch_to_tsquery('english', ${q})`;
  const pattern = likePattern(q);
  conditions.push(sql`(${agents.searchVector} @@ ${tsq} or ${agents.name} ilike ${pattern})`);
  const rank = sql<number>`(ts_rank_cd(${agents.searchVector}, ${tsq}) + case when ${agents.name} ilike ${pattern} then 1 else 0 end)`;
  return { where: and(...conditions), rank };
}

/**
 * Full-text search with ranking. The query goes through websearch_to_tsquery (quoted phrases, `or`, `-word`)
 * against the weighted search_vector (name A, tagline and tags B, description C), ranked by ts_rank_cd.
 * A literal substring match on the name also counts and ranks above vector-only matches, so partial words
 * ("expla") still find "SQL Explainer". Without q, "relevance" is the curated order: featured slots first,
 * then rating.
 */
export async function searchAgents(
  search: AgentSearch,
  options: { pageSize?: number } = {},
  given?: DbOrTx,
): Promise<AgentSearchResult> {
  const d = await db(given);
  const pageSize = Math.min(Math.max(1, Math.trunc(options.pageSize ?? PAGE_SIZE)), 60);
  const page = Math.max(1, Math.trunc(search.page));
  const { where, rank } = searchFilter(search);

  const order: SQL[] = [];
  switch (search.sort) {
    case "rating":
      order.push(desc(agents.ratingAvg), desc(agents.ratingCount));
      break;
    case "newest":
      order.push(sql`${agents.publishedAt} desc nulls last`);
      break;
    case "price_asc":
      order.push(asc(agents.priceCents));
      break;
    case "price_desc":
      order.push(desc(agents.priceCents));
      break;
    case "relevance":
      if (rank) order.push(sql`${rank} desc`, desc(agents.ratingCount));
      else order.push(sql`(${agents.featured} > 0) desc`, asc(agents.featured), desc(agents.ratingAvg), desc(agents.ratingCount));
      break;
  }
  // Stable tie-breakers keep pagination from repeating or skipping rows.
  order.push(asc(agents.name), asc(agents.id));

  const [countRow] = await d
    .select({ n: sql<number>`count(*)::int` })
    .from(agents)
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    .where(where);
  const total = Number(countRow?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  const rows =
    total === 0 || (page - 1) * pageSize >= total
      ? []
      : await d
          .select(cardColumns)
          .from(agents)
          .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
          .where(where)
          .orderBy(...order)
          .limit(pageSize)
          .offset((page - 1) * pageSize);

  return { items: rows.map(toCard), total, page, pageSize, pageCount };
}

/** Agents in the curated featured slots (featured = 1 is the first slot; 0 means not featured). */
export async function getFeaturedAgents(limit = 6, given?: DbOrTx): Promise<AgentCardData[]> {
  const d = await db(given);
  const rows = await d
    .select(cardColumns)
    .from(agents)
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    .where(and(published, sql`${agents.featured} > 0`))
    .orderBy(asc(agents.featured), asc(agents.name))
    .limit(limit);
  return rows.map(toCard);
}

export type CategoryCount = { slug: CategorySlug; name: string; count: number };

/**
 * Every category, in catalog order, with its number of published agents (zero included). With a search, the
 * counts are facets: how many agents match the query and pricing filter in each category.
 */
export async function getCategoryCounts(
  search: Pick<AgentSearch, "q" | "pricing"> = {},
  given?: DbOrTx,
): Promise<CategoryCount[]> {
  const d = await db(given);
  const { where } = searchFilter({ q: search.q, pricing: search.pricing });
  const rows = await d
    .select({ category: agents.category, n: sql<number>`count(*)::int` })
    .from(agents)
    .where(where)
    .groupBy(agents.category);
  const counts = new Map(rows.map((r) => [r.category, Number(r.n)]));
  return CATEGORIES.map((c) => ({ slug: c.slug, name: c.name, count: counts.get(c.slug) ?? 0 }));
}

export type CatalogStats = { agents: number; creators: number; reviews: number };

export async function getCatalogStats(given?: DbOrTx): Promise<CatalogStats> {
  const d = await db(given);
  const [row] = await d
    .select({
      agents: sql<number>`count(*)::int`,
      creators: sql<number>`count(distinct ${agents.creatorId})::int`,
      reviews: sql<number>`coalesce(sum(${agents.ratingCount}), 0)::int`,
    })
    .from(agents)
    .where(published);
  return { agents: Number(row?.agents ?? 0), creators: Number(row?.creators ?? 0), reviews: Number(row?.reviews ?? 0) };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs and handles are lowercase words joined by hyphens; anything else cannot exist, so skip the query. */
export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= 100 && SLUG.test(value);
}

export type AgentDetail = AgentCardData & {
  description: string;
  createdAt: Date;
  updatedAt: Date;
  creator: AgentCardData["creator"] & { id: string; bio: string };
  currentVersion: { id: string; version: string; changelog: string; createdAt: Date } | null;
};

/** A published agent by slug, or null for unknown, draft, pending, rejected and suspended agents alike. */
export async function getPublishedAgent(slug: string, given?: DbOrTx): Promise<AgentDetail | null> {
  if (!isValidSlug(slug)) return null;
  const d = await db(given);
  const [row] = await d
    .select({
      ...cardColumns,
      description: agents.description,
      createdAt: agents.createdAt,
      updatedAt: agents.updatedAt,
      currentVersionId: agents.currentVersionId,
      creator: { ...cardColumns.creator, id: creatorProfiles.id, bio: creatorProfiles.bio },
    })
    .from(agents)
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    .where(and(published, eq(agents.slug, slug)))
    .limit(1);
  if (!row) return null;
  const { currentVersionId, ...rest } = row;
  let currentVersion: AgentDetail["currentVersion"] = null;
  if (currentVersionId) {
    const [v] = await d
      .select({ id: agentVersions.id, version: agentVersions.version, changelog: agentVersions.changelog, createdAt: agentVersions.createdAt })
      .from(agentVersions)
      .where(and(eq(agentVersions.id, currentVersionId), eq(agentVersions.agentId, row.id)));
    currentVersion = v ?? null;
  }
  return { ...rest, ratingAvg: Number(rest.ratingAvg), currentVersion };
}

export type VersionEntry = { id: string; version: string; changelog: string; createdAt: Date };

/** Release history, newest first (by release time: version strings do not sort as text). */
export async function getAgentVersions(agentId: string, limit = 20, given?: DbOrTx): Promise<VersionEntry[]> {
  const d = await db(given);
  return d
    .select({ id: agentVersions.id, version: agentVersions.version, changelog: agentVersions.changelog, createdAt: agentVersions.createdAt })
    .from(agentVersions)
    .where(eq(agentVersions.agentId, agentId))
    .orderBy(desc(agentVersions.createdAt), desc(agentVersions.version))
    .limit(limit);
}

export type ReviewEntry = {
  id: string;
  rating: number;
  title: string;
  body: string;
  verified: "purchase" | "run";
  createdAt: Date;
  authorName: string | null;
};

export async function getAgentReviews(agentId: string, limit = 20, given?: DbOrTx): Promise<ReviewEntry[]> {
  const d = await db(given);
  return d
    .select({
      id: reviews.id,
      rating: reviews.rating,
      title: reviews.title,
      body: reviews.body,
      verified: reviews.verified,
      createdAt: reviews.createdAt,
      authorName: users.name,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(eq(reviews.agentId, agentId))
    .orderBy(desc(reviews.createdAt), asc(reviews.id))
    .limit(limit);
}

/** Count of reviews per star, index 0 = 1 star … index 4 = 5 stars. */
export async function getRatingBreakdown(agentId: string, given?: DbOrTx): Promise<[number, number, number, number, number]> {
  const d = await db(given);
  const rows = await d
    .select({ rating: reviews.rating, n: sql<number>`count(*)::int` })
    .from(reviews)
    .where(eq(reviews.agentId, agentId))
    .groupBy(reviews.rating);
  const out: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const r of rows) if (r.rating >= 1 && r.rating <= 5) out[r.rating - 1] = Number(r.n);
  return out;
}

/** Other published agents in the same category, best rated first. */
export async function getRelatedAgents(agent: { id: string; category: CategorySlug }, limit = 3, given?: DbOrTx): Promise<AgentCardData[]> {
  const d = await db(given);
  const rows = await d
    .select(cardColumns)
    .from(agents)
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    .where(and(published, eq(agents.category, agent.category), ne(agents.id, agent.id)))
    .orderBy(desc(agents.ratingAvg), desc(agents.ratingCount), asc(agents.name))
    .limit(limit);
  return rows.map(toCard);
}

const { userId: _userId, ...publicProfileColumns } = getTableColumns(creatorProfiles);

export type CreatorPublicProfile = Omit<typeof creatorProfiles.$inferSelect, "userId"> & {
  stats: { agents: number; reviews: number; ratingAvg: number };
};

/** A creator's public profile (never the owning user id) with stats over their published agents. */
export async function getCreatorProfile(handle: string, given?: DbOrTx): Promise<CreatorPublicProfile | null> {
  if (!isValidSlug(handle)) return null;
  const d = await db(given);
  const [profile] = await d.select(publicProfileColumns).from(creatorProfiles).where(eq(creatorProfiles.handle, handle)).limit(1);
  if (!profile) return null;
  const [stats] = await d
    .select({
      agents: sql<number>`count(*)::int`,
      reviews: sql<number>`coalesce(sum(${agents.ratingCount}), 0)::int`,
      weighted: sql<number>`coalesce(sum(${agents.ratingAvg} * ${agents.ratingCount}), 0)::float8`,
    })
    .from(agents)
    .where(and(published, eq(agents.creatorId, profile.id)));
  const reviewCount = Number(stats?.reviews ?? 0);
  return {
    ...profile,
    stats: {
      agents: Number(stats?.agents ?? 0),
      reviews: reviewCount,
      ratingAvg: reviewCount > 0 ? Math.round((Number(stats?.weighted ?? 0) / reviewCount) * 100) / 100 : 0,
    },
  };
}

/** A creator's published agents, best rated first. */
export async function getCreatorAgents(creatorId: string, given?: DbOrTx): Promise<AgentCardData[]> {
  const d = await db(given);
  const rows = await d
    .select(cardColumns)
    .from(agents)
    .innerJoin(creatorProfiles, eq(creatorProfiles.id, agents.creatorId))
    .where(and(published, eq(agents.creatorId, creatorId)))
    .orderBy(desc(agents.ratingAvg), desc(agents.ratingCount), asc(agents.name));
  return rows.map(toCard);
}
