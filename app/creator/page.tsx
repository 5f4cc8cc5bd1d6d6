import type { Metadata } from "next";
import Link from "next/link";
import { Bot, CalendarDays, ExternalLink, PackageOpen, ReceiptText, Store } from "lucide-react";
import { AgentStatusBadge } from "@/components/creator/agent-status-badge";
import { VerifiedBadge } from "@/components/catalog/verified-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requirePagePermission } from "@/lib/auth/session";
import { formatAgentPrice, formatCount, formatDate, formatRating, initials, plural, pricingLabel } from "@/lib/catalog/format";
import { formatSignedCents, netGrossCents, type EarningsTotals } from "@/lib/creator/earnings";
import { getCreatorStudio, type StudioAgent, type StudioSale } from "@/lib/creator/studio";

export const metadata: Metadata = { title: "Creator studio" };

const KIND_LABELS: Record<StudioSale["kind"], string> = { sale: "Sale", refund: "Refund", dispute: "Dispute", fee: "Fee" };

function Section({ id, title, description, action, children }: { id: string; title: string; description?: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border bg-card p-6 shadow-sm" aria-labelledby={`${id}-heading`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
          {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {action}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function EmptyState({ icon: Icon, title, children }: { icon: typeof Bot; title: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed px-6 py-10 text-center">
      <Icon className="size-7 text-muted-foreground" aria-hidden />
      <p className="mt-3 font-medium">{title}</p>
      <div className="mt-1 max-w-md text-sm text-muted-foreground">{children}</div>
    </div>
  );
}

function NoProfile() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">Creator studio</h1>
      <div className="mt-6 rounded-xl border bg-card p-6 shadow-sm">
        <EmptyState icon={Store} title="You do not have a creator profile">
          <p>The studio shows a creator&apos;s agents, moderation status and earnings. Apply to sell on 4UAI to get one.</p>
          <Button asChild className="mt-5">
            <Link href="/sell">Learn about selling</Link>
          </Button>
        </EmptyState>
      </div>
    </div>
  );
}

function AgentsTable({ agents }: { agents: StudioAgent[] }) {
  return (
    <div className="-mx-6 overflow-x-auto px-6">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Your agents with status, price, version, rating and runs</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Agent</th>
            <th scope="col" className="py-2 pr-4 font-medium">Status</th>
            <th scope="col" className="py-2 pr-4 font-medium">Price</th>
            <th scope="col" className="py-2 pr-4 font-medium">Version</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Rating</th>
            <th scope="col" className="py-2 text-right font-medium">Runs</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <tr key={agent.id} className="border-t align-top" data-testid={`studio-agent-${agent.slug}`}>
              <td className="py-3 pr-4">
                {agent.status === "published" ? (
                  <Link href={`/agents/${agent.slug}`} className="font-medium underline-offset-4 hover:underline">{agent.name}</Link>
                ) : (
                  <span className="font-medium">{agent.name}</span>
                )}
                <p className="mt-0.5 line-clamp-1 max-w-xs text-xs text-muted-foreground">{agent.tagline}</p>
              </td>
              <td className="py-3 pr-4"><AgentStatusBadge status={agent.status} /></td>
              <td className="py-3 pr-4">
                <span className="font-medium tabular-nums">{formatAgentPrice(agent.pricing, agent.priceCents)}</span>
                {agent.pricing !== "free" ? <span className="block text-xs text-muted-foreground">{pricingLabel(agent.pricing)}</span> : null}
              </td>
              <td className="py-3 pr-4 font-mono text-xs">{agent.version ? `v${agent.version}` : "—"}</td>
              <td className="py-3 pr-4 text-right tabular-nums">
                {formatRating(agent.ratingAvg, agent.ratingCount)}
                {agent.ratingCount > 0 ? <span className="block text-xs text-muted-foreground">{plural(agent.ratingCount, "review")}</span> : null}
              </td>
              <td className="py-3 text-right tabular-nums">{formatCount(agent.runCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EarningsCard({ title, totals }: { title: string; totals: EarningsTotals }) {
  const rows = [
    { label: `Gross sales (${plural(totals.sales, "sale")})`, value: totals.grossSalesCents },
    { label: "Refunds and disputes", value: totals.reversalsCents },
    { label: "Platform fee (20%)", value: -totals.platformFeeCents },
  ];
  return (
    <div className="rounded-lg border p-5">
      <h3 className="text-sm font-medium text-muted-foreground">{title}</h3>
      <p className="mt-1 text-3xl font-semibold tabular-nums">{formatSignedCents(totals.creatorShareCents)}</p>
      <p className="text-xs text-muted-foreground">Your share (80%) of {formatSignedCents(netGrossCents(totals))} net sales</p>
      <dl className="mt-4 grid gap-2 border-t pt-4 text-sm">
        {rows.map((row) => (
          <div key={row.label} className="flex justify-between gap-4">
            <dt className="text-muted-foreground">{row.label}</dt>
            <dd className="tabular-nums">{formatSignedCents(row.value)}</dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 border-t pt-2 font-medium">
          <dt>Your share</dt>
          <dd className="tabular-nums">{formatSignedCents(totals.creatorShareCents)}</dd>
        </div>
      </dl>
    </div>
  );
}

function SalesTable({ sales }: { sales: StudioSale[] }) {
  return (
    <div className="-mx-6 overflow-x-auto px-6">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Your most recent ledger entries</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Date</th>
            <th scope="col" className="py-2 pr-4 font-medium">Agent</th>
            <th scope="col" className="py-2 pr-4 font-medium">Type</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Gross</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Platform fee</th>
            <th scope="col" className="py-2 text-right font-medium">Your share</th>
          </tr>
        </thead>
        <tbody>
          {sales.map((sale) => (
            <tr key={sale.id} className="border-t">
              <td className="py-2.5 pr-4 whitespace-nowrap">
                <time dateTime={sale.createdAt.toISOString()}>{formatDate(sale.createdAt)}</time>
              </td>
              <td className="py-2.5 pr-4">{sale.agentName ?? <span className="text-muted-foreground">—</span>}</td>
              <td className="py-2.5 pr-4">
                <Badge variant={sale.kind === "sale" ? "secondary" : "outline"} className={sale.kind === "sale" ? undefined : "border-red-300 text-red-800"}>
                  {KIND_LABELS[sale.kind]}
                </Badge>
              </td>
              <td className="py-2.5 pr-4 text-right tabular-nums">{formatSignedCents(sale.grossCents)}</td>
              <td className="py-2.5 pr-4 text-right tabular-nums text-muted-foreground">{formatSignedCents(-sale.platformFeeCents)}</td>
              <td className="py-2.5 text-right font-medium tabular-nums">{formatSignedCents(sale.creatorShareCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function CreatorStudioPage() {
  const user = await requirePagePermission("creator.studio", "/creator");
  const studio = await getCreatorStudio(await getDb(), user.id);
  if (!studio) return <NoProfile />;
  const { profile, agents, earnings, recentSales } = studio;

  const count = (status: StudioAgent["status"]) => agents.filter((a) => a.status === status).length;
  const totalRuns = agents.reduce((n, a) => n + a.runCount, 0);
  const tiles = [
    { label: "Published agents", value: String(count("published")), note: `${plural(agents.length, "agent")} in total` },
    { label: "Waiting for moderation", value: String(count("pending_review")), note: count("pending_review") > 0 ? "In the moderation queue" : "Nothing in the queue" },
    { label: "Earnings, last 30 days", value: formatSignedCents(earnings.last30Days.creatorShareCents), note: `${plural(earnings.last30Days.sales, "sale")}, your 80% share` },
    { label: "Runs, all time", value: formatCount(totalRuns), note: "Across all your agents" },
  ];

  return (
    // minmax(0, 1fr): a wide table scrolls inside its section instead of widening the page on phones.
    <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Creator studio</h1>
        <p className="mt-1 text-sm text-muted-foreground">Your agents, their moderation status and what they earn.</p>
      </div>

      <section aria-label="Your creator profile" className="flex flex-col gap-5 rounded-xl border bg-card p-6 shadow-sm sm:flex-row sm:items-center">
        <span className="grid size-16 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-indigo-500 to-violet-600 text-xl font-bold text-white shadow-sm" aria-hidden>
          {initials(profile.displayName)}
        </span>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-xl font-semibold">
            {profile.displayName}
            {profile.verified ? (
              <VerifiedBadge withLabel className="rounded-full bg-primary/10 px-2.5 py-1 text-sm" />
            ) : (
              <Badge variant="outline">Not verified yet</Badge>
            )}
          </p>
          <p className="mt-0.5 text-sm text-muted-foreground">@{profile.handle}</p>
          <p className="mt-2 inline-flex items-center gap-1.5 text-xs text-muted-foreground">
            <CalendarDays className="size-3.5" aria-hidden />
            Creator since {formatDate(profile.createdAt)}
          </p>
        </div>
        <Button asChild variant="outline">
          <Link href={`/creators/${profile.handle}`}>
            View public page <ExternalLink aria-hidden />
          </Link>
        </Button>
      </section>

      <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4" aria-label="At a glance">
        {tiles.map((t) => (
          <li key={t.label} className="rounded-xl border bg-card p-4 shadow-sm sm:p-5">
            <p className="text-sm text-muted-foreground">{t.label}</p>
            <p className="mt-1 text-2xl font-semibold tabular-nums sm:text-3xl">{t.value}</p>
            <p className="mt-1 text-xs text-muted-foreground">{t.note}</p>
          </li>
        ))}
      </ul>

      <Section id="agents" title="Your agents" description="Every agent in every status. New agents and new versions are listed once moderation approves them.">
        {agents.length > 0 ? (
          <AgentsTable agents={agents} />
        ) : (
          <EmptyState icon={Bot} title="No agents yet">
            <p>When you submit an agent it appears here, first as waiting for moderation, then live in the catalog.</p>
          </EmptyState>
        )}
      </Section>

      <Section id="earnings" title="Earnings" description="From your payouts ledger, in exact cents. Refunds and disputes reverse the same 80/20 split.">
        <div className="grid gap-4 md:grid-cols-2">
          <EarningsCard title="Last 30 days" totals={earnings.last30Days} />
          <EarningsCard title="All time" totals={earnings.allTime} />
        </div>
      </Section>

      <Section id="sales" title="Recent sales" description="The latest entries in your ledger. Buyers stay private: you see what sold, not who bought it.">
        {recentSales.length > 0 ? (
          <SalesTable sales={recentSales} />
        ) : (
          <EmptyState icon={agents.some((a) => a.status === "published" && a.pricing !== "free") ? ReceiptText : PackageOpen} title="No sales yet">
            <p>
              {agents.some((a) => a.status === "published" && a.pricing !== "free")
                ? "Your paid agents are live. Each sale, refund or dispute will show up here as a ledger entry."
                : "Publish a paid agent (one-time or subscription) to start earning. Free agents still build your reputation and reviews."}
            </p>
          </EmptyState>
        )}
      </Section>
    </div>
  );
}
