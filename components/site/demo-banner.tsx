import { FlaskConical } from "lucide-react";
import { settings, type Part } from "@/lib/env";

const SIMULATED: Record<Part, string> = {
  database: "embedded database",
  cache: "in-process rate limits",
  jobs: "in-process jobs",
  payments: "simulated payments",
  models: "demo model",
  mail: "outbox mail",
};

/** Names every part running on its embedded stand-in; renders nothing when all parts are real services. */
export function DemoBanner() {
  const parts = settings.demoBanner;
  if (parts.length === 0) return null;
  return (
    <div role="note" aria-label="Demo mode" className="border-b border-amber-200 bg-amber-50 text-amber-950">
      <p className="mx-auto flex max-w-7xl items-center justify-center gap-2 px-4 py-1.5 text-center text-xs leading-5 sm:px-6">
        <FlaskConical className="hidden size-3.5 shrink-0 sm:block" aria-hidden />
        <span>
          <strong className="font-semibold">Demo mode:</strong> {parts.map((p) => SIMULATED[p]).join(", ")}.
          {parts.includes("payments") && <span className="hidden md:inline"> No real money moves.</span>}
        </span>
      </p>
    </div>
  );
}
