import type { LucideIcon } from "lucide-react";

/** The numbered icon that heads each step of a "how it works" list. */
export function StepBadge({ icon: Icon, number }: { icon: LucideIcon; number: number }) {
  return (
    <span className="flex items-center gap-3">
      <span className="grid size-10 place-items-center rounded-xl bg-primary text-primary-foreground shadow-sm">
        <Icon className="size-5" aria-hidden />
      </span>
      <span className="text-sm font-semibold text-primary">Step {number}</span>
    </span>
  );
}
