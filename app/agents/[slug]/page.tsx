import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChevronRight, MessageSquareText } from "lucide-react";
import { AgentGrid } from "@/components/catalog/agent-card";
import { CategoryChip } from "@/components/catalog/category-chip";
import { CategoryIcon } from "@/components/catalog/category-icon";
import { categoryStyle } from "@/components/catalog/category-style";
import { Markdown } from "@/components/catalog/markdown";
import { PurchasePanel } from "@/components/catalog/purchase-panel";
import { RatingStars } from "@/components/catalog/rating-stars";
import { RatingBreakdown, ReviewList } from "@/components/catalog/review-list";
import { VerifiedBadge } from "@/components/catalog/verified-badge";
import { VersionHistory } from "@/components/catalog/version-history";
import { Badge } from "@/components/ui/badge";
import { categoryName } from "@/lib/catalog/categories";
import { formatCount, formatDate, formatRating, plural, pricingLabel } from "@/lib/catalog/format";
import {
  getAgentReviews,
  getAgentVersions,
  getPublishedAgent,
  getRatingBreakdown,
  getRelatedAgents,
} from "@/lib/catalog/queries";
import { agentsHref } from "@/lib/catalog/search-params";
import { cn } from "@/lib/utils";

type Props = { params: Promise<{ slug: string }> };

// One query per request even though metadata and the page both need the agent.
const loadAgent = cache(getPublishedAgent);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agent = await loadAgent((await params).slug);
  if (!agent) return { title: "Agent not found" };
  return {
    title: agent.name,
    description: `${agent.tagline} By ${agent.creator.displayName} on 4UAI.`,
    openGraph: { title: `${agent.name} · 4UAI`, description: agent.tagline },
  };
}

export default async function AgentPage({ params }: Props) {
  const agent = await loadAgent((await params).slug);
  if (!agent) notFound();

  const [versions, reviews, breakdown, related] = await Promise.all([
    getAgentVersions(agent.id),
    getAgentReviews(agent.id, 20),
    getRatingBreakdown(agent.id),
    getRelatedAgents(agent, 3),
  ]);
  const style = categoryStyle(agent.category);

  return (
    <div>
      <div className={cn("border-b bg-gradient-to-b to-transparent", style.wash)}>
        <div className="mx-auto max-w-7xl px-4 pt-6 pb-10 sm:px-6">
          <nav aria-label="Breadcrumb">
            <ol className="flex flex-wrap items-center gap-1 text-sm text-muted-foreground">
              <li>
                <Link href="/agents" className="hover:text-foreground">
                  Agents
                </Link>
              </li>
              <li aria-hidden>
                <ChevronRight className="size-3.5" />
              </li>
              <li>
                <Link href={agentsHref({ category: agent.category })} className="hover:text-foreground">
                  {categoryName(agent.category)}
                </Link>
              </li>
              <li aria-hidden>
                <ChevronRight className="size-3.5" />
              </li>
              <li aria-current="page" className="font-medium text-foreground">
                {agent.name}
              </li>
            </ol>
          </nav>

          <div className="mt-8 flex flex-col gap-6 sm:flex-row sm:items-start">
            <CategoryIcon slug={agent.category} size="lg" />
            <div className="min-w-0 flex-1">
              <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{agent.name}</h1>
              <p className="mt-2 text-lg text-muted-foreground">{agent.tagline}</p>
              <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
                <Link href={`/creators/${agent.creator.handle}`} className="inline-flex items-center gap-1.5 font-medium hover:text-primary">
                  by {agent.creator.displayName}
                  {agent.creator.verified && <VerifiedBadge />}
                </Link>
                {agent.ratingCount > 0 ? (
                  <a href="#reviews" className="inline-flex items-center gap-2 hover:text-primary">
                    <RatingStars value={agent.ratingAvg} size="sm" />
                    <span className="font-semibold tabular-nums">{formatRating(agent.ratingAvg, agent.ratingCount)}</span>
                    <span className="text-muted-foreground">({plural(agent.ratingCount, "review")})</span>
                  </a>
                ) : (
                  <span className="text-muted-foreground">No reviews yet</span>
                )}
                <CategoryChip slug={agent.category} link />
                {agent.currentVersion && <span className="font-mono text-xs text-muted-foreground">v{agent.currentVersion.version}</span>}
              </div>
            </div>
          </div>
        </div>
      </div>

      {/* On small screens the price comes right after the header; on large screens it heads the side column. */}
      <div className="mx-auto grid max-w-7xl gap-x-10 gap-y-8 px-4 pt-10 sm:px-6 lg:grid-cols-[1fr_340px] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-1">
          <PurchasePanel slug={agent.slug} pricing={agent.pricing} priceCents={agent.priceCents} />
        </div>
        <div className="min-w-0 space-y-12 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="mb-4 text-xl font-semibold tracking-tight">
              About this agent
            </h2>
            <Markdown>{agent.description}</Markdown>
            {agent.tags.length > 0 && (
              <ul className="mt-6 flex flex-wrap gap-2" aria-label="Tags">
                {agent.tags.map((tag) => (
                  <li key={tag}>
                    <Badge asChild variant="outline">
                      <Link href={agentsHref({ q: tag })}>#{tag}</Link>
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {agent.currentVersion && (
            <section aria-labelledby="versions-heading">
              <h2 id="versions-heading" className="mb-1 text-xl font-semibold tracking-tight">
                What’s new
              </h2>
              <p className="mb-6 text-sm text-muted-foreground">
                Current version <span className="font-mono">v{agent.currentVersion.version}</span>, released{" "}
                {formatDate(agent.currentVersion.createdAt)}. Runs always use a pinned version.
              </p>
              <VersionHistory versions={versions} currentId={agent.currentVersion.id} />
            </section>
          )}

          <section aria-labelledby="reviews-heading" id="reviews" className="scroll-mt-24">
            <h2 id="reviews-heading" className="mb-6 text-xl font-semibold tracking-tight">
              Reviews
            </h2>
            {agent.ratingCount > 0 ? (
              <div className="space-y-8">
                <RatingBreakdown avg={agent.ratingAvg} count={agent.ratingCount} breakdown={breakdown} />
                <ReviewList reviews={reviews} />
                {agent.ratingCount > reviews.length && (
                  <p className="text-sm text-muted-foreground">Showing the {reviews.length} most recent reviews.</p>
                )}
              </div>
            ) : (
              <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-10 text-center">
                <MessageSquareText className="size-6 text-muted-foreground" aria-hidden />
                <p className="mt-3 font-medium">No reviews yet</p>
                <p className="mt-1 max-w-sm text-sm text-muted-foreground">
                  Reviews come from people who bought or ran this agent. Be the first once you’ve tried it.
                </p>
              </div>
            )}
          </section>
        </div>

        <aside className="space-y-6 lg:col-start-2 lg:row-start-2 lg:self-start" aria-label="Agent details">

          <section aria-labelledby="details-heading" className="rounded-xl border bg-card p-6">
            <h2 id="details-heading" className="text-sm font-semibold">
              Details
            </h2>
            <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2.5 text-sm">
              <dt className="text-muted-foreground">Pricing</dt>
              <dd className="text-right">{pricingLabel(agent.pricing)}</dd>
              <dt className="text-muted-foreground">Category</dt>
              <dd className="text-right">{categoryName(agent.category)}</dd>
              {agent.currentVersion && (
                <>
                  <dt className="text-muted-foreground">Version</dt>
                  <dd className="text-right font-mono">{agent.currentVersion.version}</dd>
                </>
              )}
              {agent.publishedAt && (
                <>
                  <dt className="text-muted-foreground">Published</dt>
                  <dd className="text-right">{formatDate(agent.publishedAt)}</dd>
                </>
              )}
              <dt className="text-muted-foreground">Runs</dt>
              <dd className="text-right tabular-nums">{formatCount(agent.runCount)}</dd>
            </dl>
          </section>

          <section aria-labelledby="creator-heading" className="rounded-xl border bg-card p-6">
            <h2 id="creator-heading" className="text-sm font-semibold">
              About the creator
            </h2>
            <Link href={`/creators/${agent.creator.handle}`} className="mt-3 inline-flex items-center gap-1.5 font-medium hover:text-primary">
              {agent.creator.displayName}
              {agent.creator.verified && <VerifiedBadge />}
            </Link>
            <p className="text-xs text-muted-foreground">@{agent.creator.handle}</p>
            {agent.creator.bio && <p className="mt-3 text-sm leading-6 text-muted-foreground">{agent.creator.bio}</p>}
            <Link
              href={`/creators/${agent.creator.handle}`}
              className="mt-4 inline-block text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              See all agents by {agent.creator.displayName}
            </Link>
          </section>
        </aside>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mx-auto max-w-7xl px-4 pt-16 sm:px-6">
          <h2 id="related-heading" className="mb-6 text-xl font-semibold tracking-tight">
            More in {categoryName(agent.category)}
          </h2>
          <AgentGrid agents={related} />
        </section>
      )}
    </div>
  );
}
