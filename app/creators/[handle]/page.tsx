import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CalendarDays, Globe, PackageOpen } from "lucide-react";
import { AgentGrid } from "@/components/catalog/agent-card";
import { RatingStars } from "@/components/catalog/rating-stars";
import { VerifiedBadge } from "@/components/catalog/verified-badge";
import { Button } from "@/components/ui/button";
import { formatDate, formatNumber, formatRating, initials } from "@/lib/catalog/format";
import { getCreatorAgents, getCreatorProfile } from "@/lib/catalog/queries";

type Props = { params: Promise<{ handle: string }> };

const loadCreator = cache(getCreatorProfile);

/** Only http(s) links are shown; anything else (javascript:, data:) a creator typed is dropped. */
function safeUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const creator = await loadCreator((await params).handle);
  if (!creator) return { title: "Creator not found" };
  return { title: `${creator.displayName} (@${creator.handle})`, description: creator.bio || `AI agents by ${creator.displayName} on 4UAI.` };
}

export default async function CreatorPage({ params }: Props) {
  const creator = await loadCreator((await params).handle);
  if (!creator) notFound();
  const agents = await getCreatorAgents(creator.id);
  const website = safeUrl(creator.website);
  const links = [...new Set(creator.links)]
    .map(safeUrl)
    .filter((u): u is URL => u !== null && u.href !== website?.href)
    .slice(0, 5);

  return (
    <div>
      <div className="border-b bg-gradient-to-b from-accent/60 to-transparent">
        <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-12 sm:flex-row sm:items-center sm:px-6">
          <span
            className="grid size-20 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-indigo-500 to-violet-600 text-2xl font-bold text-white shadow-sm"
            aria-hidden
          >
            {initials(creator.displayName)}
          </span>
          <div className="min-w-0 flex-1">
            <h1 className="flex flex-wrap items-center gap-2 text-3xl font-bold tracking-tight">
              {creator.displayName}
              {creator.verified && <VerifiedBadge withLabel className="rounded-full bg-primary/10 px-2.5 py-1 text-sm" />}
            </h1>
            <p className="mt-1 text-muted-foreground">@{creator.handle}</p>
            {creator.bio && <p className="mt-3 max-w-2xl leading-7">{creator.bio}</p>}
            <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted-foreground">
              {website && (
                <a href={website.href} rel="nofollow noopener noreferrer" target="_blank" className="inline-flex items-center gap-1.5 hover:text-foreground">
                  <Globe className="size-4" aria-hidden />
                  {website.host}
                </a>
              )}
              {links.map((l) => (
                <a key={l.href} href={l.href} rel="nofollow noopener noreferrer" target="_blank" className="hover:text-foreground">
                  {l.host}
                  {l.pathname !== "/" ? l.pathname : ""}
                </a>
              ))}
              <span className="inline-flex items-center gap-1.5">
                <CalendarDays className="size-4" aria-hidden />
                Selling since {formatDate(creator.createdAt)}
              </span>
            </div>
          </div>
          <dl className="grid grid-cols-3 gap-6 rounded-xl border bg-card px-6 py-4 text-center sm:text-left">
            <div>
              <dt className="text-xs text-muted-foreground">Agents</dt>
              <dd className="text-2xl font-semibold tabular-nums">{formatNumber(creator.stats.agents)}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted-foreground">Reviews</dt>
              <dd className="text-2xl font-semibold tabular-nums">{formatNumber(creator.stats.reviews)}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted-foreground">Avg. rating</dt>
              <dd className="flex items-center justify-center gap-1 text-2xl font-semibold tabular-nums sm:justify-start">
                {formatRating(creator.stats.ratingAvg, creator.stats.reviews)}
                {creator.stats.reviews > 0 && <RatingStars value={creator.stats.ratingAvg} size="sm" className="hidden xl:inline-flex" />}
              </dd>
            </div>
          </dl>
        </div>
      </div>

      <section aria-labelledby="creator-agents-heading" className="mx-auto max-w-7xl px-4 pt-10 sm:px-6">
        <h2 id="creator-agents-heading" className="mb-6 text-xl font-semibold tracking-tight">
          Agents by {creator.displayName}
        </h2>
        {agents.length > 0 ? (
          <AgentGrid agents={agents} />
        ) : (
          <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-14 text-center">
            <PackageOpen className="size-7 text-muted-foreground" aria-hidden />
            <p className="mt-3 font-medium">No published agents yet</p>
            <p className="mt-1 max-w-sm text-sm text-muted-foreground">
              {creator.displayName} hasn’t published an agent yet. Their agents appear here once they pass review.
            </p>
            <Button asChild variant="outline" className="mt-6">
              <Link href="/agents">Browse the catalog</Link>
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
