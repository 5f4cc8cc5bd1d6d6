import { BadgeCheck } from "lucide-react";
import { cn } from "@/lib/utils";

export function VerifiedBadge({ withLabel = false, className }: { withLabel?: boolean; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1 text-primary", className)} title="Verified creator">
      <BadgeCheck className="size-4 shrink-0" aria-hidden />
      {withLabel ? <span className="text-xs font-medium">Verified creator</span> : <span className="sr-only">Verified creator</span>}
    </span>
  );
}
