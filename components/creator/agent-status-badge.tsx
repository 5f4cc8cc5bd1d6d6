import { Badge } from "@/components/ui/badge";
import type { Agent } from "@/db/schema";
import { cn } from "@/lib/utils";

type Status = Agent["status"];

export const AGENT_STATUS: Record<Status, { label: string; note: string; className: string }> = {
  draft: { label: "Draft", note: "Not submitted yet", className: "border-border bg-muted text-muted-foreground" },
  pending_review: { label: "Pending review", note: "Waiting for moderation", className: "border-amber-300 bg-amber-50 text-amber-800" },
  published: { label: "Published", note: "Live in the catalog", className: "border-emerald-300 bg-emerald-50 text-emerald-800" },
  rejected: { label: "Rejected", note: "Changes requested by moderation", className: "border-red-300 bg-red-50 text-red-800" },
  suspended: { label: "Suspended", note: "Hidden from the catalog", className: "border-red-300 bg-red-50 text-red-800" },
};

/** Status as a badge plus what it means for the creator, in words (not only colour). */
export function AgentStatusBadge({ status, withNote = true }: { status: Status; withNote?: boolean }) {
  const s = AGENT_STATUS[status];
  return (
    <span className="inline-flex flex-col items-start gap-0.5">
      <Badge variant="outline" className={cn(s.className)}>
        {s.label}
      </Badge>
      {withNote ? <span className="text-xs text-muted-foreground">{s.note}</span> : null}
    </span>
  );
}
