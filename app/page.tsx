import Link from "next/link";
import { connection } from "next/server";
import { ArrowRight, Gauge, Search, ShieldCheck, Sparkles, Zap } from "lucide-react";
import { AgentGrid } from "@/components/catalog/agent-card";
import { CategoryIcon } from "@/components/catalog/category-icon";
import { categoryStyle } from "@/components/catalog/category-style";
import { SearchForm } from "@/components/catalog/search-form";
import { StepBadge } from "@/components/site/step-badge";
import { Button } from "@/components/ui/button";
import { categoryDescription } from "@/lib/catalog/categories";
import { formatNumber, plural } from "@/lib/catalog/format";
import { PLANS } from "@/lib/catalog/plans";
import { getCatalogStats, getCategoryCounts, getFeaturedAgents } from "@/lib/catalog/queries";
import { agentsHref } from "@/lib/catalog/search-params";
import { cn } from "@/lib/utils";

const steps = [
  {
    icon: Search,
    title: "Find the right agent",
    body: "Search by the job you need done. Every listing shows its creator, its current version, real reviews and the price up front.",
  },
  {
    icon: Zap,
    title: "Run it in the browser or by API",
    body: "Free agents run right away. Buy once or subscribe for the rest, then run from your library or with an API key.",
  },
  {
    icon: Gauge,
    title: "Pay only for what runs",
    body: `Every run is metered in tokens against your plan. Free includes ${formatNumber(PLANS.free.runs)} runs a month, and failed runs never count.`,
  },
];

export default async function HomePage() {
  await connection();
  const [featured, categories, stats] = await Promise.all([getFeaturedAgents(6), getCategoryCounts(), getCatalogStats()]);

  return (
    <>
      <section className="relative overflow-hidden border-b">
        <div
          className="pointer-events-none absolute inset-0 -z-10 bg-[radial-gradient(60%_60%_at_50%_0%,oklch(0.93_0.06_275)_0%,transparent_70%)]"
          aria-hidden
        />
        <div
          className="pointer-events-none absolute inset-0 -z-10 bg-[linear-gradient(to_right,oklch(0.92_0_0/.6)_1px,transparent_1px),linear-gradient(to_bottom,oklch(0.92_0_0/.6)_1px,transparent_1px)] bg-[size:48px_48px] [mask-image:radial-gradient(ellipse_at_top,black_20%,transparent_70%)]"
          aria-hidden
        />
        <div className="mx-auto max-w-4xl px-4 pt-20 pb-16 text-center sm:px-6 sm:pt-28 sm:pb-20">
          <p className="mx-auto inline-flex items-center gap-2 rounded-full border bg-background/80 px-3 py-1 text-xs font-medium text-muted-foreground shadow-xs">
            <Sparkles className="size-3.5 text-primary" aria-hidden />
            {plural(stats.agents, "agent")} from {plural(stats.creators, "verified creator")}
          </p>
          <h1 className="mt-6 text-4xl font-bold tracking-tight text-balance sm:text-6xl">
            AI agents that do the work, <span className="text-primary">built by people who know it</span>
          </h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg leading-8 text-pretty text-muted-foreground">
            Find focused agents for writing, code, research and data. Every creator is verified, every listing is
            reviewed, and every run is metered in the open.
          </p>
          <SearchForm id="hero-search" size="lg" className="mx-auto mt-10 max-w-2xl" label="Search the agent catalog" />
          <div className="mt-5 flex flex-wrap items-center justify-center gap-2 text-sm text-muted-foreground">
            <span>Jump to:</span>
            {categories.slice(0, 4).map((c) => (
              <Link
                key={c.slug}
                href={agentsHref({ category: c.slug })}
                className="rounded-full border bg-background px-3 py-1 transition-colors hover:border-primary/40 hover:text-foreground"
              >
                {c.name}
              </Link>
            ))}
          </div>
        </div>
      </section>

      <section aria-labelledby="featured-heading" className="mx-auto max-w-7xl px-4 pt-16 sm:px-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="featured-heading" className="text-2xl font-semibold tracking-tight">
              Featured agents
            </h2>
            <p className="mt-1 text-muted-foreground">Hand-picked by our editors for quality and real-world usefulness.</p>
          </div>
          <Button asChild variant="ghost">
            <Link href="/agents">
              Browse all agents <ArrowRight aria-hidden />
            </Link>
          </Button>
        </div>
        <div className="mt-8">
          {featured.length > 0 ? (
            <AgentGrid agents={featured} />
          ) : (
            <p className="rounded-xl border border-dashed p-10 text-center text-muted-foreground">
              No featured agents right now. <Link href="/agents" className="font-medium text-primary underline-offset-4 hover:underline">See the whole catalog</Link>.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="categories-heading" className="mx-auto max-w-7xl px-4 pt-20 sm:px-6">
        <h2 id="categories-heading" className="text-2xl font-semibold tracking-tight">
          Browse by category
        </h2>
        <p className="mt-1 text-muted-foreground">Six shelves, each stocked by specialists.</p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" role="list">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link
                href={agentsHref({ category: c.slug })}
                className={cn(
                  "group flex h-full items-start gap-4 rounded-xl border bg-gradient-to-br to-transparent to-60% p-5 transition-all outline-none hover:-translate-y-0.5 hover:shadow-md focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  categoryStyle(c.slug).wash,
                  categoryStyle(c.slug).hoverBorder,
                )}
              >
                <CategoryIcon slug={c.slug} />
                <span className="min-w-0 flex-1">
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="font-semibold">{c.name}</span>
                    <span className="text-sm tabular-nums text-muted-foreground">{plural(c.count, "agent")}</span>
                  </span>
                  <span className="mt-1 block text-sm text-muted-foreground">{categoryDescription(c.slug)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-heading" className="mx-auto max-w-7xl px-4 pt-20 sm:px-6">
        <div className="rounded-2xl border bg-muted/30 px-6 py-12 sm:px-10">
          <h2 id="how-heading" className="text-center text-2xl font-semibold tracking-tight">
            How 4UAI works
          </h2>
          <ol className="mt-10 grid gap-8 md:grid-cols-3">
            {steps.map((step, i) => (
              <li key={step.title} className="flex flex-col items-start">
                <StepBadge icon={step.icon} number={i + 1} />
                <h3 className="mt-4 text-lg font-semibold">{step.title}</h3>
                <p className="mt-2 text-sm leading-6 text-muted-foreground">{step.body}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section aria-labelledby="sell-heading" className="mx-auto max-w-7xl px-4 pt-20 sm:px-6">
        <div className="relative overflow-hidden rounded-2xl bg-gradient-to-br from-indigo-600 to-violet-700 px-6 py-12 text-white sm:px-12">
          <div className="max-w-2xl">
            <h2 id="sell-heading" className="text-2xl font-semibold tracking-tight sm:text-3xl">
              Built an agent people would pay for?
            </h2>
            <p className="mt-3 leading-7 text-indigo-100">
              Apply once to become a verified creator, publish versions as you improve, and keep 80% of every sale.
              We handle checkout, licensing, metering and payouts.
            </p>
            <div className="mt-6 flex flex-wrap gap-3">
              <Button asChild size="lg" variant="secondary">
                <Link href="/sell">Start selling</Link>
              </Button>
              <Button asChild size="lg" variant="ghost" className="text-white hover:bg-white/10 hover:text-white">
                <Link href="/pricing#agent-pricing">
                  <ShieldCheck aria-hidden /> How verification works
                </Link>
              </Button>
            </div>
          </div>
        </div>
      </section>
    </>
  );
}
