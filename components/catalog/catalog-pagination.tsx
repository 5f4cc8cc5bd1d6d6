import {
  Pagination,
  PaginationContent,
  PaginationEllipsis,
  PaginationItem,
  PaginationLink,
  PaginationNext,
  PaginationPrevious,
} from "@/components/ui/pagination";
import { agentsHref, MAX_PAGE, type AgentSearch } from "@/lib/catalog/search-params";

/** Page numbers to show: first, last, and a window around the current page; null marks a gap. */
export function pageWindow(current: number, count: number, radius = 1): Array<number | null> {
  const pages = new Set([1, count]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= count) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  }
  return out;
}

export function CatalogPagination({ search, pageCount }: { search: AgentSearch; pageCount: number }) {
  const count = Math.min(pageCount, MAX_PAGE);
  if (count <= 1) return null;
  const page = Math.min(search.page, count);
  return (
    <Pagination aria-label="Result pages">
      <PaginationContent>
        {page > 1 && (
          <PaginationItem>
            <PaginationPrevious href={agentsHref(search, { page: page - 1 })} />
          </PaginationItem>
        )}
        {pageWindow(page, count).map((p, i) =>
          p === null ? (
            <PaginationItem key={`gap-${i}`}>
              <PaginationEllipsis />
            </PaginationItem>
          ) : (
            <PaginationItem key={p}>
              <PaginationLink href={agentsHref(search, { page: p })} isActive={p === page} aria-label={`Page ${p}`}>
                {p}
              </PaginationLink>
            </PaginationItem>
          ),
        )}
        {page < count && (
          <PaginationItem>
            <PaginationNext href={agentsHref(search, { page: page + 1 })} />
          </PaginationItem>
        )}
      </PaginationContent>
    </Pagination>
  );
}
