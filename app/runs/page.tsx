import type { Metadata } from "next";
import Link from "next/link";
import { PageNav } from "@/components/admin/page-nav";
import { Button } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { formatNumber, plural } from "@/lib/catalog/format";
import { formatMicros } from "@/lib/metering/format";
import { formatDateTime } from "@/lib/runs/format";
import { parsePage, parseRunStatus, RUN_STATUS_LABELS, RUN_STATUSES, type RunStatus } from "@/lib/runs/params";
import { listRuns } from "@/lib/runs/queries";
import { cn } from "@/lib/utils";
import { RunStatusBadge } from "./run-status-badge";

export const metadata: Metadata = { title: "Runs" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const linkClass = "rounded-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

function runsHref(status: RunStatus | undefined, page = 1): string {
  const params = new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) });
  const query = params.toString();
  return query ? `/runs?${query}` : "/runs";
}

function StatusFilter({ current }: { current: RunStatus | undefined }) {
  const options: Array<{ value: RunStatus | undefined; label: string }> = [{ value: undefined, label: "All" }, ...RUN_STATUSES.map((s) => ({ value: s, label: RUN_STATUS_LABELS[s] }))];
  return (
    <nav aria-label="Filter runs by status">
      <ul className="flex flex-wrap gap-1">
        {options.map((o) => {
          const active = o.value === current;
          return (
            <li key={o.label}>
              <Link
                href={runsHref(o.value)}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex rounded-md border px-3 py-1.5 text-sm font-medium outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active ? "border-primary bg-primary text-primary-foreground" : "bg-background text-muted-foreground hover:bg-accent hover:text-foreground",
                )}
              >
                {o.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export default async function RunsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePagePermission("runs.own", "/runs");
  const raw = await searchParams;
  const status = parseRunStatus(raw.status);
  const runs = await listRuns(user.id, { status, page: parsePage(raw.page) });

  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Runs</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {status ? `${plural(runs.total, `${RUN_STATUS_LABELS[status].toLowerCase()} run`)}` : plural(runs.total, "run")}, newest first. Failed runs are not charged.
        </p>
      </div>

      <StatusFilter current={status} />

      {runs.items.length === 0 ? (
        <div className="rounded-xl border border-dashed p-10 text-center" data-testid="runs-empty">
          <h2 className="text-lg font-semibold">{status ? `No ${RUN_STATUS_LABELS[status].toLowerCase()} runs` : "No runs yet"}</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-muted-foreground">
            {status ? "None of your runs has this status." : "When you run an agent, in the browser or through the API, it shows up here with its result and cost."}
          </p>
          {status ? (
            <Button asChild variant="outline" className="mt-4">
              <Link href="/runs">Show all runs</Link>
            </Button>
          ) : (
            <Button asChild className="mt-4">
              <Link href="/agents">Find an agent to run</Link>
            </Button>
          )}
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border bg-card shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your runs{status ? ` with status ${RUN_STATUS_LABELS[status]}` : ""}, page {runs.page} of {runs.pageCount}</caption>
            <thead className="bg-muted/50 text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Agent</th>
                <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">Version</th>
                <th scope="col" className="px-4 py-2 font-medium">Status</th>
                <th scope="col" className="hidden px-4 py-2 text-right font-medium sm:table-cell">Tokens</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Cost</th>
                <th scope="col" className="hidden px-4 py-2 font-medium lg:table-cell">Created</th>
              </tr>
            </thead>
            <tbody>
              {runs.items.map((run) => (
                <tr key={run.id} className="border-t" data-testid="run-row">
                  <td className="px-4 py-3">
                    <Link href={`/runs/${run.id}`} className={linkClass} aria-label={`${run.agent.name}, run of ${formatDateTime(run.createdAt)}`}>
                      {run.agent.name}
                    </Link>
                    {/* On narrow screens the hidden columns' facts move under the name. */}
                    <div className="mt-0.5 text-xs text-muted-foreground lg:hidden">
                      <span className="font-mono md:hidden">v{run.version} · </span>
                      <time dateTime={run.createdAt.toISOString()}>{formatDateTime(run.createdAt)}</time>
                    </div>
                  </td>
                  <td className="hidden whitespace-nowrap px-4 py-3 font-mono text-xs md:table-cell">v{run.version}</td>
                  <td className="px-4 py-3"><RunStatusBadge status={run.status} /></td>
                  <td className="hidden whitespace-nowrap px-4 py-3 text-right tabular-nums sm:table-cell">
                    {run.usage ? formatNumber(run.usage.tokensIn + run.usage.tokensOut) : <span className="text-muted-foreground">—</span>}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                    {run.usage ? formatMicros(run.usage.costMicros) : <span className="text-muted-foreground" title="Not charged">—</span>}
                  </td>
                  <td className="hidden whitespace-nowrap px-4 py-3 text-muted-foreground lg:table-cell">
                    <time dateTime={run.createdAt.toISOString()}>{formatDateTime(run.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <PageNav page={runs.page} pages={runs.pageCount} hrefFor={(p) => runsHref(status, p)} />
    </div>
  );
}
