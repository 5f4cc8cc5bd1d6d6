import { Check } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/catalog/format";
import { cn } from "@/lib/utils";

type Stage = "submitted" | "scoring" | "in_review" | "approved";

const STAGES: Array<{ id: Stage; label: string; note: string }> = [
  { id: "submitted", label: "Submitted", note: "Received and queued for scoring" },
  { id: "scoring", label: "Scoring", note: "Automatic checks of profile, links and activity" },
  { id: "in_review", label: "In review", note: "A reviewer reads your application" },
  { id: "approved", label: "Decision", note: "You are notified either way" },
];

export const STAGE_LABELS: Record<Stage, string> = { submitted: "Submitted", scoring: "Scoring", in_review: "In review", approved: "Approved" };

/** Where an application stands, as a short vertical timeline. */
export function ApplicationProgress({ application }: { application: { handle: string; displayName: string; stage: Stage; createdAt: Date } }) {
  const current = STAGES.findIndex((s) => s.id === application.stage);
  return (
    <div className="mt-6 grid gap-6">
      <dl className="grid gap-3 rounded-lg border bg-muted/30 p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted-foreground">Status</dt>
          <dd className="mt-1">
            <Badge variant={application.stage === "approved" ? "default" : "secondary"} data-testid="application-status">
              {STAGE_LABELS[application.stage]}
            </Badge>
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Handle</dt>
          <dd className="mt-1 font-medium">@{application.handle}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Submitted</dt>
          <dd className="mt-1 font-medium">
            <time dateTime={application.createdAt.toISOString()}>{formatDate(application.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <ol className="grid gap-4" aria-label="Application stages">
        {STAGES.map((stage, i) => {
          const done = i < current || application.stage === "approved";
          const active = i === current && application.stage !== "approved";
          return (
            <li key={stage.id} className="flex gap-3" aria-current={active ? "step" : undefined}>
              <span
                className={cn(
                  "grid size-7 shrink-0 place-items-center rounded-full border text-xs font-semibold",
                  done && "border-primary bg-primary text-primary-foreground",
                  active && "border-primary text-primary ring-4 ring-primary/15",
                  !done && !active && "text-muted-foreground",
                )}
                aria-hidden
              >
                {done ? <Check className="size-4" /> : i + 1}
              </span>
              <span>
                <span className={cn("block text-sm font-medium", !done && !active && "text-muted-foreground")}>
                  {stage.label}
                  {active ? <span className="sr-only"> (current stage)</span> : null}
                  {done ? <span className="sr-only"> (done)</span> : null}
                </span>
                <span className="block text-xs text-muted-foreground">{stage.note}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
