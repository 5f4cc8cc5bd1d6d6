import Link from "next/link";
import type { AgentCardData } from "@/lib/catalog/queries";
import { cn } from "@/lib/utils";
import { CategoryChip } from "./category-chip";
import { CategoryIcon } from "./category-icon";
import { categoryStyle } from "./category-style";
import { PriceTag } from "./price-tag";
import { RatingSummary } from "./rating-stars";
import { VerifiedBadge } from "./verified-badge";

/** A catalog tile. The whole card is one link (stretched from the name); the category chip stays its own link. */
export function AgentCard({ agent, headingLevel = "h3" }: { agent: AgentCardData; headingLevel?: "h2" | "h3" }) {
  const style = categoryStyle(agent.category);
  const Heading = headingLevel;
  return (
    <article
      className={cn(
        "group relative flex h-full flex-col overflow-hidden rounded-xl border bg-card shadow-xs transition-all hover:-translate-y-0.5 hover:shadow-md focus-within:ring-[3px] focus-within:ring-ring/50",
        style.hoverBorder,
      )}
    >
      <div className={cn("h-1 w-full", style.bar)} aria-hidden />
      <div className="flex flex-1 flex-col gap-4 p-5">
        <div className="flex items-start gap-3">
          <CategoryIcon slug={agent.category} />
          <div className="min-w-0 flex-1">
            <Heading className="truncate text-base font-semibold leading-tight">
              <Link href={`/agents/${agent.slug}`} className="outline-none after:absolute after:inset-0 after:content-['']">
                {agent.name}
              </Link>
            </Heading>
            <p className="mt-1 flex items-center gap-1 truncate text-sm text-muted-foreground">
              <span className="truncate">by {agent.creator.displayName}</span>
              {agent.creator.verified && <VerifiedBadge className="[&_svg]:size-3.5" />}
            </p>
          </div>
        </div>
        <p className="line-clamp-2 text-sm leading-relaxed text-muted-foreground">{agent.tagline}</p>
        <div className="mt-auto flex items-center justify-between gap-3 pt-1">
          <CategoryChip slug={agent.category} />
          <RatingSummary avg={agent.ratingAvg} count={agent.ratingCount} />
        </div>
      </div>
      <div className="flex items-center justify-between border-t bg-muted/30 px-5 py-3">
        <PriceTag pricing={agent.pricing} priceCents={agent.priceCents} />
        <span className="text-xs font-medium text-muted-foreground transition-colors group-hover:text-primary" aria-hidden>
          View details →
        </span>
      </div>
    </article>
  );
}

export function AgentGrid({ agents, headingLevel }: { agents: AgentCardData[]; headingLevel?: "h2" | "h3" }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3" role="list">
      {agents.map((agent) => (
        <li key={agent.id}>
          <AgentCard agent={agent} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
