import type { CategorySlug } from "@/lib/catalog/categories";
import { cn } from "@/lib/utils";
import { categoryStyle } from "./category-style";

const sizes = { sm: "size-9 rounded-lg [&_svg]:size-4", md: "size-11 rounded-xl [&_svg]:size-5", lg: "size-16 rounded-2xl [&_svg]:size-7" };

export function CategoryIcon({ slug, size = "md", className }: { slug: CategorySlug; size?: keyof typeof sizes; className?: string }) {
  const style = categoryStyle(slug);
  const Icon = style.icon;
  return (
    <span className={cn("inline-flex shrink-0 items-center justify-center", sizes[size], style.tile, className)} aria-hidden>
      <Icon />
    </span>
  );
}
