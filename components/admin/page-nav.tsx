import Link from "next/link";

/** Previous / page N of M / next, for admin tables; renders nothing for a single page. */
export function PageNav({ page, pages, hrefFor, previousLabel = "← Previous", nextLabel = "Next →" }: { page: number; pages: number; hrefFor: (page: number) => string; previousLabel?: string; nextLabel?: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={hrefFor(Math.min(page, pages) - 1)} className="underline-offset-4 hover:underline">{previousLabel}</Link> : <span />}
      <span className="text-muted-foreground">Page {Math.min(page, pages)} of {pages}</span>
      {page < pages ? <Link href={hrefFor(page + 1)} className="underline-offset-4 hover:underline">{nextLabel}</Link> : <span />}
    </nav>
  );
}
