import { Star } from "lucide-react";
import { formatRating, plural } from "@/lib/catalog/format";
import { cn } from "@/lib/utils";

const STAR_SIZES = { sm: "size-3.5", md: "size-4", lg: "size-5" };

/** Five stars filled to the average, to a tenth. Screen readers hear one sentence, not five images. */
export function RatingStars({ value, size = "md", className }: { value: number; size?: keyof typeof STAR_SIZES; className?: string }) {
  const pct = Math.max(0, Math.min(100, (value / 5) * 100));
  const stars = (filled: boolean) =>
    Array.from({ length: 5 }, (_, i) => (
      <Star key={i} className={cn(STAR_SIZES[size], "shrink-0", filled ? "fill-amber-400 text-amber-400" : "fill-muted text-muted-foreground/30")} />
    ));
  return (
    <span role="img" aria-label={`Rated ${formatRating(value, 1)} out of 5`} className={cn("relative inline-flex", className)}>
      <span className="flex gap-0.5" aria-hidden>
        {stars(false)}
      </span>
      <span className="absolute inset-y-0 left-0 flex gap-0.5 overflow-hidden" style={{ width: `${pct}%` }} aria-hidden>
        {stars(true)}
      </span>
    </span>
  );
}

/** Compact summary for cards: ★ 4.5 (12), or "New" when unrated. */
export function RatingSummary({ avg, count, className }: { avg: number; count: number; className?: string }) {
  if (count <= 0) {
    return <span className={cn("text-xs font-medium text-muted-foreground", className)}>New · no reviews yet</span>;
  }
  return (
    <span className={cn("inline-flex items-center gap-1 text-sm", className)}>
      <Star className="size-4 fill-amber-400 text-amber-400" aria-hidden />
      <span className="font-semibold tabular-nums">{formatRating(avg, count)}</span>
      <span className="text-muted-foreground tabular-nums">
        <span aria-hidden>({count})</span>
        <span className="sr-only">average from {plural(count, "review")}</span>
      </span>
    </span>
  );
}
