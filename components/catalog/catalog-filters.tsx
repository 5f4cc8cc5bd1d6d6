import Link from "next/link";
import { Check } from "lucide-react";
import type { CategoryCount } from "@/lib/catalog/queries";
import { PRICING_LABELS } from "@/lib/catalog/format";
import { agentsHref, PRICING_FILTERS, type AgentSearch } from "@/lib/catalog/search-params";
import { cn } from "@/lib/utils";
import { categoryStyle } from "./category-style";

function FilterLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "true" : undefined}
      scroll={false}
      className={cn(
        "flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
        active ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
      )}
    >
      {children}
    </Link>
  );
}

/** Category and pricing facets as links: each is a URL, so they work without JavaScript and can be shared. */
export function CatalogFilters({
  search,
  categories,
  idPrefix = "filter",
}: {
  search: AgentSearch;
  categories: CategoryCount[];
  /** The facets render twice (sidebar and mobile sheet); each copy needs its own heading ids. */
  idPrefix?: string;
}) {
  const total = categories.reduce((n, c) => n + c.count, 0);
  return (
    <div className="flex flex-col gap-6">
      <nav aria-labelledby={`${idPrefix}-category-heading`}>
        <h2 id={`${idPrefix}-category-heading`} className="mb-2 px-2.5 text-xs font-semibold uppercase tracking-wider text-muted-foreground">
          Category
        </h2>
        <ul className="flex flex-col gap-0.5">
          <li>
            <FilterLink href={agentsHref(search, { category: undefined, page: 1 })} active={!search.category}>
              <span className="flex-1">All categories</span>
              <span className="text-xs tabular-nums text-muted-foreground">{total}</span>
            </FilterLink>
          </li>
          {categories.map((c) => (
            <li key={c.slug}>
              <FilterLink href={agentsHref(search, { category: c.slug, page: 1 })} active={search.category === c.slug}>
                <span className={cn("size-2 rounded-full", categoryStyle(c.slug).bar)} aria-hidden />
                <span className="flex-1">{c.name}</span>
                <span className="text-xs tabular-nums text-muted-foreground">
                  {c.count}
                  <span className="sr-only"> agents</span>
                </span>
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-labelledby={`${idPrefix}-pricing-heading`}>
        <h2 id={`${idPrefix}-pricing-heading`} className="mb-2 px-2.5 text-xs font-semibold uppercase tracking-wider text-muted-foreground">
          Pricing
        </h2>
        <ul className="flex flex-col gap-0.5">
          <li>
            <FilterLink href={agentsHref(search, { pricing: undefined, page: 1 })} active={!search.pricing}>
              <span className="flex-1">Any price</span>
              {!search.pricing && <Check className="size-4" aria-hidden />}
            </FilterLink>
          </li>
          {PRICING_FILTERS.map((p) => (
            <li key={p}>
              <FilterLink href={agentsHref(search, { pricing: p, page: 1 })} active={search.pricing === p}>
                <span className="flex-1">{PRICING_LABELS[p]}</span>
                {search.pricing === p && <Check className="size-4" aria-hidden />}
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
