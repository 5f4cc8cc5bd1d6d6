import { BadgeCheck } from "lucide-react";
import { formatDate, formatRating, plural, reviewerDisplayName } from "@/lib/catalog/format";
import type { ReviewEntry } from "@/lib/catalog/queries";
import { RatingStars } from "./rating-stars";

export function RatingBreakdown({ avg, count, breakdown }: { avg: number; count: number; breakdown: readonly number[] }) {
  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-center sm:gap-10">
      <div className="shrink-0 text-center sm:text-left">
        <p className="text-5xl font-bold tracking-tight tabular-nums">{formatRating(avg, count)}</p>
        <RatingStars value={avg} className="mt-2" />
        <p className="mt-1 text-sm text-muted-foreground">{plural(count, "review")}</p>
      </div>
      <dl className="flex-1 space-y-1.5">
        {[5, 4, 3, 2, 1].map((stars) => {
          const n = breakdown[stars - 1] ?? 0;
          const pct = count > 0 ? Math.round((n / count) * 100) : 0;
          return (
            <div key={stars} className="flex items-center gap-3 text-sm">
              <dt className="w-12 shrink-0 text-muted-foreground">{stars} star</dt>
              <dd className="flex flex-1 items-center gap-3">
                <span className="h-2 flex-1 overflow-hidden rounded-full bg-muted" aria-hidden>
                  <span className="block h-full rounded-full bg-amber-400" style={{ width: `${pct}%` }} />
                </span>
                <span className="w-10 text-right tabular-nums text-muted-foreground">
                  {n}
                  <span className="sr-only"> {n === 1 ? "review" : "reviews"}</span>
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

export function ReviewList({ reviews }: { reviews: ReviewEntry[] }) {
  return (
    <ul className="divide-y" role="list">
      {reviews.map((r) => (
        <li key={r.id} className="py-6 first:pt-0 last:pb-0">
          <article aria-label={`Review by ${reviewerDisplayName(r.authorName)}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <RatingStars value={r.rating} size="sm" />
              {r.title && <h3 className="font-semibold">{r.title}</h3>}
            </div>
            {r.body && <p className="mt-2 text-sm leading-6 whitespace-pre-line text-foreground/90">{r.body}</p>}
            <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
              <span className="font-medium text-foreground">{reviewerDisplayName(r.authorName)}</span>
              <span aria-hidden>·</span>
              <time dateTime={r.createdAt.toISOString()}>{formatDate(r.createdAt)}</time>
              <span aria-hidden>·</span>
              <span className="inline-flex items-center gap-1 text-emerald-700">
                <BadgeCheck className="size-3.5" aria-hidden />
                {r.verified === "purchase" ? "Verified purchase" : "Verified run"}
              </span>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
