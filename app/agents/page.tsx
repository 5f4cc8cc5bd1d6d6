import type { Metadata } from "next";
import Link from "next/link";
import { Info, SearchX, X } from "lucide-react";
import { AgentGrid } from "@/components/catalog/agent-card";
import { CatalogFilters } from "@/components/catalog/catalog-filters";
import { CatalogPagination } from "@/components/catalog/catalog-pagination";
import { MobileFilters } from "@/components/catalog/mobile-filters";
import { SearchForm } from "@/components/catalog/search-form";
import { SortSelect } from "@/components/catalog/sort-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { categoryName } from "@/lib/catalog/categories";
import { formatNumber, PRICING_LABELS } from "@/lib/catalog/format";
import { getCategoryCounts, searchAgents } from "@/lib/catalog/queries";
import {
  agentsHref,
  MAX_QUERY_LENGTH,
  parseAgentSearchParams,
  SORT_LABELS,
  SORTS,
  type AgentSearch,
  type RawSearchParams,
} from "@/lib/catalog/search-params";

type Props = { searchParams: Promise<RawSearchParams> };

function describe(search: AgentSearch): string {
  const parts = [search.category ? categoryName(search.category) : null, search.pricing ? PRICING_LABELS[search.pricing] : null].filter(Boolean);
  const scope = parts.length ? `${parts.join(", ")} agents` : "AI agents";
  return search.q ? `“${search.q}” in ${scope}` : scope;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const search = parseAgentSearchParams(await searchParams);
  return {
    title: search.q ? `Search: ${search.q.slice(0, 60)}` : search.category ? `${categoryName(search.category)} agents` : "Browse agents",
    description: `Browse ${describe(search)} on 4UAI: verified creators, real reviews, transparent pricing.`,
    // Search result pages are thin variations; let crawlers index the catalog and category pages only.
    robots: search.q || search.page > 1 || search.pricing || search.sort !== "relevance" ? { index: false, follow: true } : undefined,
  };
}

const IGNORED_MESSAGES: Record<keyof AgentSearch, string> = {
  q: `Your search was shortened to ${MAX_QUERY_LENGTH} characters.`,
  category: "That category doesn't exist, so we're showing all categories.",
  pricing: "That price filter isn't one we know, so we're showing every price.",
  sort: "That sort order isn't available, so results are sorted by best match.",
  page: "That page number wasn't valid, so we took you to the nearest page.",
};

export default async function AgentsPage({ searchParams }: Props) {
  const parsed = parseAgentSearchParams(await searchParams);
  const { ignored, ...search } = parsed;
  const [result, categories] = await Promise.all([searchAgents(search), getCategoryCounts(search)]);

  const activeFilters = [
    search.category && { label: categoryName(search.category), href: agentsHref(search, { category: undefined, page: 1 }) },
    search.pricing && { label: PRICING_LABELS[search.pricing], href: agentsHref(search, { pricing: undefined, page: 1 }) },
  ].filter((f): f is { label: string; href: string } => Boolean(f));
  const sortOptions = SORTS.map((s) => ({ value: s, label: SORT_LABELS[s], href: agentsHref(search, { sort: s, page: 1 }) }));
  const pastEnd = result.total > 0 && result.items.length === 0;
  const from = (result.page - 1) * result.pageSize + 1;
  const to = from + result.items.length - 1;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">
          {search.q ? (
            <>
              Results for <span className="text-primary">“{search.q}”</span>
            </>
          ) : search.category ? (
            `${categoryName(search.category)} agents`
          ) : (
            "Browse agents"
          )}
        </h1>
        <p className="text-muted-foreground">
          {search.q
            ? "Ranked by how well each agent's name, tagline, tags and description match your words."
            : "Every agent is built by a verified creator and reviewed before it's listed."}
        </p>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[220px_1fr]">
        <aside className="hidden lg:block" aria-label="Filters">
          <div className="sticky top-24">
            <CatalogFilters search={search} categories={categories} idPrefix="sidebar-filter" />
          </div>
        </aside>

        <div className="min-w-0">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <SearchForm
              id="catalog-search"
              defaultValue={search.q}
              keep={search}
              className="sm:max-w-md"
              label="Search within the catalog"
            />
            <div className="flex items-center justify-between gap-3 sm:ml-auto">
              <MobileFilters activeCount={activeFilters.length}>
                <CatalogFilters search={search} categories={categories} idPrefix="sheet-filter" />
              </MobileFilters>
              <SortSelect value={search.sort} options={sortOptions} />
            </div>
          </div>

          {ignored.length > 0 && (
            <Alert className="mt-4">
              <Info aria-hidden />
              <AlertDescription>
                {ignored.map((k) => (
                  <p key={k}>{IGNORED_MESSAGES[k]}</p>
                ))}
              </AlertDescription>
            </Alert>
          )}

          <div className="mt-5 flex min-h-8 flex-wrap items-center gap-2">
            <p className="text-sm text-muted-foreground" aria-live="polite" role="status">
              {result.total === 0 ? (
                "No agents found"
              ) : pastEnd ? (
                `${formatNumber(result.total)} ${result.total === 1 ? "agent" : "agents"}`
              ) : (
                <>
                  {result.pageCount > 1 && (
                    <>
                      Showing <span className="font-medium text-foreground tabular-nums">{from}–{to}</span> of{" "}
                    </>
                  )}
                  <span className="font-medium text-foreground tabular-nums">{formatNumber(result.total)}</span>{" "}
                  {result.total === 1 ? "agent" : "agents"}
                </>
              )}
            </p>
            {activeFilters.map((f) => (
              <Link
                key={f.label}
                href={f.href}
                className="inline-flex items-center gap-1 rounded-full border bg-background px-2.5 py-0.5 text-xs font-medium transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {f.label}
                <X className="size-3" aria-hidden />
                <span className="sr-only">(remove filter)</span>
              </Link>
            ))}
            {(activeFilters.length > 0 || search.q) && (
              <Link href="/agents" className="text-xs font-medium text-primary underline-offset-4 hover:underline">
                Clear all
              </Link>
            )}
          </div>

          <section aria-label="Results" className="mt-4">
            {result.items.length > 0 ? (
              <AgentGrid agents={result.items} headingLevel="h2" />
            ) : pastEnd ? (
              <div className="rounded-xl border border-dashed px-6 py-14 text-center">
                <h2 className="text-lg font-semibold">There’s no page {result.page}</h2>
                <p className="mt-2 text-muted-foreground">
                  These results fit on {result.pageCount} {result.pageCount === 1 ? "page" : "pages"}.
                </p>
                <Button asChild className="mt-6">
                  <Link href={agentsHref(search, { page: result.pageCount })}>Go to the last page</Link>
                </Button>
              </div>
            ) : (
              <EmptyState search={search} />
            )}
          </section>

          <div className="mt-10">
            <CatalogPagination search={search} pageCount={result.pageCount} />
          </div>
        </div>
      </div>
    </div>
  );
}

function EmptyState({ search }: { search: AgentSearch }) {
  const filtered = Boolean(search.category || search.pricing);
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-16 text-center">
      <span className="grid size-12 place-items-center rounded-full bg-muted">
        <SearchX className="size-6 text-muted-foreground" aria-hidden />
      </span>
      <h2 className="mt-4 text-lg font-semibold">No agents match {search.q ? `“${search.q}”` : "these filters"}</h2>
      <p className="mt-2 max-w-md text-sm text-muted-foreground">
        {search.q
          ? "Try fewer or broader words, check the spelling, or describe the job instead of a product name."
          : "Nothing is listed with this combination yet."}
        {filtered && " Removing a filter will widen the search."}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        {filtered && search.q && (
          <Button asChild variant="outline">
            <Link href={agentsHref({ q: search.q })}>Search all categories and prices</Link>
          </Button>
        )}
        {filtered && !search.q && (
          <Button asChild variant="outline">
            <Link href="/agents">Clear filters</Link>
          </Button>
        )}
        <Button asChild>
          <Link href="/agents">Browse all agents</Link>
        </Button>
      </div>
    </div>
  );
}
