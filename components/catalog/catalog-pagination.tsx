import {
  Pagination,
  PaginationContent,
  PaginationEllipsis,
  PaginationItem,
  PaginationLink,
  PaginationNext,
  PaginationPrevious,
} from "@/components/ui/pagination";
import { pageWindow } from "@/lib/catalog/pagination";
import { agentsHref, MAX_PAGE, type AgentSearch } from "@/lib/catalog/search-params";

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
