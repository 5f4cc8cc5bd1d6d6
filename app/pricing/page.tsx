import type { Metadata } from "next";
import Link from "next/link";
import { Check, Minus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatCents, formatNumber } from "@/lib/catalog/format";
import { PLANS, PUBLIC_PLANS, type Plan } from "@/lib/catalog/plans";
import { cn } from "@/lib/utils";

export const metadata: Metadata = {
  title: "Pricing",
  description: `Free includes ${PLANS.free.runs} agent runs a month. Premium is ${formatCents(PLANS.premium.priceCents)}/month for ${formatNumber(PLANS.premium.runs)} runs, priority queue and higher limits.`,
};

const tokens = (n: number) => (n >= 1_000_000 ? `${formatNumber(n / 1_000_000)}M` : `${formatNumber(n / 1000)}k`);

const rows: Array<{ label: string; value: (p: Plan) => React.ReactNode }> = [
  { label: "Agent runs", value: (p) => `${formatNumber(p.runs)} / ${p.period === "month" ? "month" : "total"}` },
  { label: "Tokens (input + output)", value: (p) => `${tokens(p.tokens)} / ${p.period === "month" ? "month" : "total"}` },
  { label: "Queue", value: (p) => (p.queue === "priority" ? "Priority" : "Standard") },
  { label: "Requests per minute", value: (p) => formatNumber(p.requestsPerMinute) },
  { label: "API keys", value: (p) => (p.apiAccess ? <Check className="mx-auto size-4 text-emerald-600" aria-label="Included" /> : <Minus className="mx-auto size-4 text-muted-foreground" aria-label="Not included" />) },
  { label: "Buy and subscribe to agents", value: (p) => (p.id === "trial" ? <Minus className="mx-auto size-4 text-muted-foreground" aria-label="Not included" /> : <Check className="mx-auto size-4 text-emerald-600" aria-label="Included" />) },
];

const CTA: Record<"free" | "premium", { label: string; href: string }> = {
  free: { label: "Create a free account", href: "/signup" },
  premium: { label: `Get Premium for ${formatCents(PLANS.premium.priceCents)}/mo`, href: "/signup?plan=premium" },
};

const faqs = [
  {
    q: "What counts as a run?",
    a: "One request to an agent that finishes successfully. Failed, cancelled or empty runs are refunded to your quota automatically.",
  },
  {
    q: "What happens when I reach my quota?",
    a: "New runs are refused with a clear message until the quota resets on the first day of the next month (UTC), or until you upgrade.",
  },
  {
    q: "Are agent prices included in my plan?",
    a: "No. Your plan covers running agents; paid agents are bought once or subscribed to separately from their creators. Free agents cost nothing beyond your quota.",
  },
  {
    q: "Can I cancel Premium?",
    a: "Any time from your settings. You keep Premium until the end of the period you paid for, then move to Free.",
  },
];

export default function PricingPage() {
  const tiers = [PLANS.trial, ...PUBLIC_PLANS];
  return (
    <div className="mx-auto max-w-6xl px-4 pt-16 sm:px-6">
      <header className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Simple plans, metered fairly</h1>
        <p className="mt-4 text-lg text-muted-foreground">
          Your plan sets how much you can run each month. Every run is counted in tokens and shown in your usage page, and
          runs that fail never count.
        </p>
      </header>

      <section aria-label="Plans" className="mx-auto mt-14 grid max-w-4xl gap-6 md:grid-cols-2">
        {PUBLIC_PLANS.map((plan) => {
          const featured = plan.id === "premium";
          const cta = CTA[plan.id as "free" | "premium"];
          return (
            <article
              key={plan.id}
              aria-labelledby={`plan-${plan.id}`}
              className={cn(
                "relative flex flex-col rounded-2xl border bg-card p-8 shadow-sm",
                featured && "border-primary/40 shadow-lg ring-1 ring-primary/20",
              )}
            >
              {featured && <Badge className="absolute -top-3 left-8">Most popular</Badge>}
              <h2 id={`plan-${plan.id}`} className="text-lg font-semibold">
                {plan.name}
              </h2>
              <p className="mt-1 text-sm text-muted-foreground">{plan.summary}</p>
              <p className="mt-6 flex items-baseline gap-1">
                <span className="text-5xl font-bold tracking-tight">{formatCents(plan.priceCents)}</span>
                <span className="text-muted-foreground">/month</span>
              </p>
              <p className="mt-4 rounded-lg bg-muted/60 px-3 py-2 text-sm">
                <strong className="font-semibold">{formatNumber(plan.runs)} runs</strong> and{" "}
                <strong className="font-semibold">{tokens(plan.tokens)} tokens</strong> a month
              </p>
              <ul className="mt-6 flex-1 space-y-3 text-sm">
                {plan.features.map((f) => (
                  <li key={f} className="flex gap-2">
                    <Check className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
                    {f}
                  </li>
                ))}
              </ul>
              <Button asChild size="lg" variant={featured ? "default" : "outline"} className="mt-8 w-full">
                <Link href={cta.href}>{cta.label}</Link>
              </Button>
            </article>
          );
        })}
      </section>

      <p className="mx-auto mt-6 max-w-2xl text-center text-sm text-muted-foreground">
        New accounts start on a trial of {formatNumber(PLANS.trial.runs)} runs and {tokens(PLANS.trial.tokens)} tokens for
        free agents. Verify your email to move to Free.
      </p>

      <section aria-labelledby="compare-heading" className="mt-20">
        <h2 id="compare-heading" className="text-center text-2xl font-semibold tracking-tight">
          Compare plans
        </h2>
        <div className="mt-8 overflow-x-auto rounded-xl border">
          <table className="w-full min-w-[560px] text-sm">
            <caption className="sr-only">Quotas and limits by plan</caption>
            <thead className="bg-muted/50">
              <tr>
                <th scope="col" className="px-4 py-3 text-left font-semibold">
                  Included
                </th>
                {tiers.map((t) => (
                  <th key={t.id} scope="col" className="px-4 py-3 text-center font-semibold">
                    {t.name}
                    <span className="block text-xs font-normal text-muted-foreground">
                      {t.priceCents > 0 ? `${formatCents(t.priceCents)}/mo` : t.id === "trial" ? "Until email is verified" : "Free"}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y">
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="px-4 py-3 text-left font-normal text-muted-foreground">
                    {row.label}
                  </th>
                  {tiers.map((t) => (
                    <td key={t.id} className="px-4 py-3 text-center tabular-nums">
                      {row.value(t)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section id="agent-pricing" aria-labelledby="agent-pricing-heading" className="mt-20 scroll-mt-24">
        <h2 id="agent-pricing-heading" className="text-center text-2xl font-semibold tracking-tight">
          How agents are priced
        </h2>
        <div className="mt-8 grid gap-6 md:grid-cols-3">
          {[
            { title: "Free", body: "Run it as often as your plan allows. Nothing to buy." },
            { title: "One-time purchase", body: "Pay once and keep a license, including updates. Refunds revoke the license." },
            { title: "Subscription", body: "Billed monthly by the creator. Cancel any time and keep access to the period end." },
          ].map((m) => (
            <div key={m.title} className="rounded-xl border bg-card p-6">
              <h3 className="font-semibold">{m.title}</h3>
              <p className="mt-2 text-sm leading-6 text-muted-foreground">{m.body}</p>
            </div>
          ))}
        </div>
        <p className="mx-auto mt-6 max-w-2xl text-center text-sm text-muted-foreground">
          Creators are verified before they can sell and every agent is reviewed before it is listed. Creators keep 80% of
          each sale; 4UAI keeps 20% for payments, hosting and moderation.{" "}
          <Link href="/sell" className="font-medium text-primary underline-offset-4 hover:underline">
            Become a creator
          </Link>
        </p>
      </section>

      <section aria-labelledby="faq-heading" className="mx-auto mt-20 max-w-3xl">
        <h2 id="faq-heading" className="text-center text-2xl font-semibold tracking-tight">
          Questions
        </h2>
        <dl className="mt-8 divide-y rounded-xl border">
          {faqs.map((f) => (
            <div key={f.q} className="p-6">
              <dt className="font-semibold">{f.q}</dt>
              <dd className="mt-2 text-sm leading-6 text-muted-foreground">{f.a}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
