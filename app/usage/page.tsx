import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/catalog/format";
import { PLANS } from "@/lib/catalog/plans";
import { formatMicros, quotaMeter } from "@/lib/metering/format";
import { usageScopeFor, type UsageScope } from "@/lib/metering/period";
import { planForRole } from "@/lib/metering/plan-for-role";
import { getUsageByAgent, getUsageTotals, type AgentUsage } from "@/lib/metering/usage";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Usage" };

const linkClass = "rounded-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";
const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

function scopeLabel(scope: UsageScope): string {
  return scope.kind === "month" ? monthName.format(scope.start) : "Trial allowance (does not reset)";
}

function Meter({ id, label, used, limit, unit }: { id: string; label: string; used: number; limit: number; unit: string }) {
  const m = quotaMeter(used, limit);
  const tone = m.over || m.percent >= 90 ? "bg-destructive" : m.percent >= 75 ? "bg-amber-500" : "bg-primary";
  return (
    <div className="rounded-xl border bg-card p-5 shadow-sm">
      <div className="flex items-baseline justify-between gap-3">
        <h3 id={`${id}-label`} className="text-sm font-medium text-muted-foreground">{label}</h3>
        <span className="text-xs text-muted-foreground tabular-nums">{m.percent}%</span>
      </div>
      <p className="mt-1 text-2xl font-semibold tabular-nums">
        {formatNumber(m.used)} <span className="text-base font-normal text-muted-foreground">of {formatNumber(m.limit)} {unit}</span>
      </p>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={m.limit}
        aria-valuenow={Math.min(m.used, m.limit)}
        aria-valuetext={`${formatNumber(m.used)} of ${formatNumber(m.limit)} ${unit} used`}
        className="mt-3 h-2.5 w-full overflow-hidden rounded-full bg-muted"
        data-testid={`meter-${id}`}
      >
        <div className={cn("h-full rounded-full transition-[width]", tone)} style={{ width: `${m.percent}%` }} />
      </div>
      <p className="mt-2 text-xs text-muted-foreground">
        {m.over ? `Over the limit by ${formatNumber(m.used - m.limit)}: new runs are refused until the quota resets.` : `${formatNumber(m.remaining)} ${unit} left`}
      </p>
    </div>
  );
}

function BreakdownTable({ rows, scope }: { rows: AgentUsage[]; scope: UsageScope }) {
  const total = rows.reduce((t, r) => ({ runs: t.runs + r.runs, tokensIn: t.tokensIn + r.tokensIn, tokensOut: t.tokensOut + r.tokensOut, costMicros: t.costMicros + r.costMicros }), { runs: 0, tokensIn: 0, tokensOut: 0, costMicros: 0 });
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Usage by agent, {scopeLabel(scope)}</caption>
        <thead className="bg-muted/50 text-muted-foreground">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Agent</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Runs</th>
            <th scope="col" className="hidden px-4 py-2 text-right font-medium sm:table-cell">Tokens in</th>
            <th scope="col" className="hidden px-4 py-2 text-right font-medium sm:table-cell">Tokens out</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Cost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.agentId} className="border-t" data-testid="usage-agent-row">
              <th scope="row" className="px-4 py-3 font-normal">
                {r.listed ? <Link href={`/agents/${r.slug}`} className={linkClass}>{r.name}</Link> : <span className="font-medium">{r.name}</span>}
              </th>
              <td className="px-4 py-3 text-right tabular-nums">{formatNumber(r.runs)}</td>
              <td className="hidden px-4 py-3 text-right tabular-nums sm:table-cell">{formatNumber(r.tokensIn)}</td>
              <td className="hidden px-4 py-3 text-right tabular-nums sm:table-cell">{formatNumber(r.tokensOut)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{formatMicros(r.costMicros)}</td>
            </tr>
          ))}
        </tbody>
        {rows.length > 1 ? (
          <tfoot className="border-t bg-muted/30 font-medium">
            <tr>
              <th scope="row" className="px-4 py-2">Total</th>
              <td className="px-4 py-2 text-right tabular-nums">{formatNumber(total.runs)}</td>
              <td className="hidden px-4 py-2 text-right tabular-nums sm:table-cell">{formatNumber(total.tokensIn)}</td>
              <td className="hidden px-4 py-2 text-right tabular-nums sm:table-cell">{formatNumber(total.tokensOut)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatMicros(total.costMicros)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

export default async function UsagePage() {
  const user = await requirePagePermission("usage.view", "/usage");
  const plan = PLANS[planForRole(user.role)];
  const scope = usageScopeFor(plan, new Date());
  const [totals, byAgent] = await Promise.all([getUsageTotals(user.id, scope), getUsageByAgent(user.id, scope)]);

  return (
    <div className="mx-auto grid max-w-5xl grid-cols-1 gap-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Usage</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          <span data-testid="usage-plan">{plan.name} plan</span> · {scopeLabel(scope)}
          {scope.kind === "month" ? ` · resets ${formatDate(scope.end)} (UTC)` : " · verify your email to move to the Free plan"}
        </p>
      </div>

      <section aria-labelledby="quota-heading" className="grid gap-4">
        <h2 id="quota-heading" className="sr-only">Quota</h2>
        <div className="grid gap-4 md:grid-cols-3">
          <Meter id="runs" label="Runs" used={totals.runsUsed} limit={plan.runs} unit="runs" />
          <Meter id="tokens" label="Tokens (input + output)" used={totals.tokensUsed} limit={plan.tokens} unit="tokens" />
          <div className="rounded-xl border bg-card p-5 shadow-sm">
            <h3 className="text-sm font-medium text-muted-foreground">Model cost</h3>
            <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid="usage-cost">{formatMicros(totals.costMicros)}</p>
            <p className="mt-2 text-xs text-muted-foreground">
              {totals.reservedMicros > 0 ? `Plus ${formatMicros(totals.reservedMicros)} held for runs in progress. ` : ""}
              What the model calls of your runs cost. Your quota counts runs and tokens; failed runs cost nothing.
            </p>
          </div>
        </div>
      </section>

      {plan.id !== "premium" ? (
        <aside className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-primary/30 bg-primary/5 p-5" aria-labelledby="upgrade-heading">
          <div>
            <h2 id="upgrade-heading" className="font-semibold">Need more room?</h2>
            <p className="mt-1 text-sm text-muted-foreground">
              {PLANS.premium.name} gives you {formatNumber(PLANS.premium.runs)} runs and {formatNumber(PLANS.premium.tokens)} tokens a month, with a priority queue.
            </p>
          </div>
          <Button asChild>
            <Link href="/pricing">Upgrade to {PLANS.premium.name}</Link>
          </Button>
        </aside>
      ) : null}

      <section className="rounded-xl border bg-card p-6 shadow-sm" aria-labelledby="by-agent-heading">
        <h2 id="by-agent-heading" className="text-lg font-semibold">By agent</h2>
        <p className="mt-1 text-sm text-muted-foreground">
          Recorded usage of {scope.kind === "month" ? `runs finished since ${formatDate(scope.start)}` : "every run you have made"}, the most expensive first. Details per run are in <Link href="/runs" className={linkClass}>Runs</Link>.
        </p>
        <div className="mt-4">
          {byAgent.length === 0 ? (
            <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground" data-testid="usage-empty">
              No usage {scope.kind === "month" ? "this month" : "yet"}. <Link href="/agents" className={linkClass}>Find an agent to run</Link>.
            </p>
          ) : (
            <BreakdownTable rows={byAgent} scope={scope} />
          )}
        </div>
      </section>
    </div>
  );
}
