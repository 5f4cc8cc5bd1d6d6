import { Ban, CheckCircle2, Clock, Loader2, Skull, XCircle, type LucideIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { RUN_STATUS_LABELS, type RunStatus } from "@/lib/runs/params";
import { cn } from "@/lib/utils";

// Each status has an icon as well as a colour, so it never relies on colour alone.
const STYLES: Record<RunStatus, { icon: LucideIcon; className: string }> = {
  queued: { icon: Clock, className: "border-border bg-muted text-foreground" },
  running: { icon: Loader2, className: "border-transparent bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100" },
  succeeded: { icon: CheckCircle2, className: "border-transparent bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" },
  failed: { icon: XCircle, className: "border-transparent bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100" },
  cancelled: { icon: Ban, className: "border-border bg-background text-muted-foreground" },
  dead: { icon: Skull, className: "border-transparent bg-red-700 text-white" },
};

export function RunStatusBadge({ status, className }: { status: RunStatus; className?: string }) {
  const { icon: Icon, className: tone } = STYLES[status];
  return (
    <Badge variant="outline" className={cn(tone, className)} data-status={status}>
      <Icon aria-hidden className={cn(status === "running" && "motion-safe:animate-spin")} />
      {RUN_STATUS_LABELS[status]}
    </Badge>
  );
}
