import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertCircle, ArrowLeft } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { requirePagePermission } from "@/lib/auth/session";
import { formatNumber, plural } from "@/lib/catalog/format";
import { formatMicros } from "@/lib/metering/format";
import { formatDateTime, formatDuration, formatTime } from "@/lib/runs/format";
import { getRunForUser, type RunDetail } from "@/lib/runs/queries";
import { RunStatusBadge } from "../run-status-badge";

export const metadata: Metadata = { title: "Run" };

type Params = Promise<{ id?: string | string[] }>;

const linkClass = "rounded-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border bg-card p-6 shadow-sm" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function ErrorNotice({ run }: { run: RunDetail }) {
  if (run.status !== "failed" && run.status !== "dead") return null;
  return (
    <Alert variant="destructive" data-testid="run-error">
      <AlertCircle aria-hidden />
      <AlertTitle>{run.status === "dead" ? `This run failed after ${plural(run.attempts, "attempt")}` : "This run failed"}</AlertTitle>
      <AlertDescription>
        <pre className="w-full whitespace-pre-wrap break-words font-mono text-xs">{run.error ?? "No error message was recorded."}</pre>
        <p className="text-foreground">
          Failed runs are not charged: any quota held for this run was returned to you.
          {run.status === "dead" ? " It has been set aside for our team, who can retry it." : ""}
        </p>
      </AlertDescription>
    </Alert>
  );
}

function Output({ run }: { run: RunDetail }) {
  if (run.output !== null && run.output !== "") {
    // Plain text on purpose: model output is never rendered as HTML or markdown here.
    return <pre className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded-lg bg-muted p-4 font-mono text-sm" data-testid="run-output">{run.output}</pre>;
  }
  const note = {
    queued: "The run is waiting in the queue. Reload the page to see its progress.",
    running: "The run is in progress. Reload the page to see its result.",
    succeeded: "The run finished without output.",
    failed: "The run failed before producing output.",
    dead: "The run failed before producing output.",
    cancelled: "The run was cancelled before producing output.",
  }[run.status];
  return <p className="text-sm text-muted-foreground">{note}</p>;
}

export default async function RunPage({ params }: { params: Params }) {
  const raw = (await params).id;
  const id = typeof raw === "string" ? raw : "";
  const user = await requirePagePermission("runs.own", `/runs/${id}`);
  // Another user's run, an unknown id and a malformed id all read the same: not found.
  const run = await getRunForUser(user.id, id);
  if (!run) notFound();

  const duration = run.startedAt && run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null;
  const inProgress = run.status === "queued" || run.status === "running";

  return (
    <div className="mx-auto grid max-w-4xl grid-cols-1 gap-6 px-4 py-10">
      <div>
        <Link href="/runs" className={`${linkClass} inline-flex items-center gap-1 text-sm text-muted-foreground`}>
          <ArrowLeft aria-hidden className="size-4" /> All runs
        </Link>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold tracking-tight">Run of {run.agent.name}</h1>
          <RunStatusBadge status={run.status} className="text-sm" />
        </div>
        <p className="mt-1 text-sm text-muted-foreground">
          Started from version <span className="font-mono">v{run.version}</span> on <time dateTime={run.createdAt.toISOString()}>{formatDateTime(run.createdAt)}</time>.
        </p>
      </div>

      <ErrorNotice run={run} />

      <Section id="details" title="Details">
        <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted-foreground">Agent</dt>
          <dd>
            {run.agent.listed ? <Link href={`/agents/${run.agent.slug}`} className={linkClass}>{run.agent.name}</Link> : <>{run.agent.name} <span className="text-muted-foreground">(no longer listed)</span></>}
          </dd>
          <dt className="text-muted-foreground">Pinned version</dt>
          <dd className="font-mono">v{run.version}</dd>
          <dt className="text-muted-foreground">Status</dt>
          <dd className="flex flex-wrap items-center gap-3">
            <RunStatusBadge status={run.status} />
            {inProgress ? (
              <span className="flex items-center gap-2">
                <span role="progressbar" aria-label="Run progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={run.progress} className="block h-2 w-32 overflow-hidden rounded-full bg-muted">
                  <span className="block h-full bg-primary" style={{ width: `${run.progress}%` }} />
                </span>
                <span className="tabular-nums text-muted-foreground">{run.progress}%</span>
              </span>
            ) : null}
          </dd>
          <dt className="text-muted-foreground">Started</dt>
          <dd>{run.startedAt ? formatDateTime(run.startedAt) : "Not yet"}</dd>
          <dt className="text-muted-foreground">Finished</dt>
          <dd>{run.finishedAt ? `${formatDateTime(run.finishedAt)} (${formatDuration(duration)})` : inProgress ? "Not yet" : "—"}</dd>
          <dt className="text-muted-foreground">Attempts</dt>
          <dd className="tabular-nums">{run.attempts}</dd>
          <dt className="text-muted-foreground">Run ID</dt>
          <dd className="break-all font-mono text-xs">{run.id}</dd>
        </dl>
      </Section>

      <Section id="input" title="Input">
        {run.input.length === 0 ? (
          <p className="text-sm text-muted-foreground">This run had no input fields.</p>
        ) : (
          <dl className="grid gap-4 text-sm">
            {run.input.map((field) => (
              <div key={field.name}>
                <dt className="font-medium">{field.label}</dt>
                <dd className="mt-1">
                  <pre className="whitespace-pre-wrap break-words rounded-lg bg-muted p-3 font-mono text-sm">{field.value}</pre>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </Section>

      <Section id="output" title="Output">
        <Output run={run} />
      </Section>

      <Section id="timeline" title="Timeline" description="Every step the run went through, in order (times in UTC).">
        {run.events.length === 0 ? (
          <p className="text-sm text-muted-foreground">No progress events were recorded for this run.</p>
        ) : (
          <ol className="relative grid gap-4 border-l pl-6" data-testid="run-timeline">
            {run.events.map((event) => (
              <li key={event.seq} className="relative">
                <span aria-hidden className="absolute top-1.5 -left-[1.8rem] size-2.5 rounded-full border-2 border-background bg-primary ring-1 ring-border" />
                <p className="text-sm font-medium">{event.message}</p>
                <p className="text-xs text-muted-foreground">
                  <span className="font-mono">{event.kind}</span> · <time dateTime={event.createdAt.toISOString()}>{formatTime(event.createdAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="usage" title="Usage">
        {run.usage ? (
          <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]" data-testid="run-usage">
            <dt className="text-muted-foreground">Tokens in</dt>
            <dd className="tabular-nums">{formatNumber(run.usage.tokensIn)}</dd>
            <dt className="text-muted-foreground">Tokens out</dt>
            <dd className="tabular-nums">{formatNumber(run.usage.tokensOut)}</dd>
            <dt className="text-muted-foreground">Total tokens</dt>
            <dd className="tabular-nums">{formatNumber(run.usage.tokensIn + run.usage.tokensOut)}</dd>
            <dt className="text-muted-foreground">Cost</dt>
            <dd className="tabular-nums">{formatMicros(run.usage.costMicros)}</dd>
            <dt className="text-muted-foreground">Model</dt>
            <dd className="font-mono">{run.usage.model}</dd>
          </dl>
        ) : (
          <p className="text-sm text-muted-foreground">
            {inProgress ? "Usage is recorded when the run finishes." : "No usage was recorded: this run was not charged."}
          </p>
        )}
      </Section>
    </div>
  );
}
