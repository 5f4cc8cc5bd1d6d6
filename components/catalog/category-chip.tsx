import Link from "next/link";
import { categoryName, type CategorySlug } from "@/lib/catalog/categories";
import { agentsHref } from "@/lib/catalog/search-params";
import { cn } from "@/lib/utils";
import { categoryStyle } from "./category-style";

export function CategoryChip({ slug, link = false, className }: { slug: CategorySlug; link?: boolean; className?: string }) {
  const style = categoryStyle(slug);
  const classes = cn(
    "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
    style.chip,
    link && "relative z-10 transition-opacity hover:opacity-80 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
    className,
  );
  const content = (
    <>
      <span className={cn("size-1.5 rounded-full", style.bar)} aria-hidden />
      {categoryName(slug)}
    </>
  );
  return link ? (
    <Link href={agentsHref({ category: slug })} className={classes}>
      {content}
    </Link>
  ) : (
    <span className={classes}>{content}</span>
  );
}
