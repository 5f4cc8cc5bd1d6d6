import Link from "next/link";
import { cn } from "@/lib/utils";

export function Logo({ className }: { className?: string }) {
  return (
    <Link
      href="/"
      className={cn("inline-flex items-center gap-2 rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50", className)}
      aria-label="4UAI home"
    >
      <span
        className="grid size-7 place-items-center rounded-lg bg-gradient-to-br from-indigo-500 to-violet-600 text-[11px] font-bold text-white shadow-sm"
        aria-hidden
      >
        4U
      </span>
      <span className="text-lg font-bold tracking-tight">
        4U<span className="text-primary">AI</span>
      </span>
    </Link>
  );
}
