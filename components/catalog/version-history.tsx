import { formatDate } from "@/lib/catalog/format";
import type { VersionEntry } from "@/lib/catalog/queries";
import { Badge } from "@/components/ui/badge";

/** Release history as a timeline, newest first; the current version is marked. */
export function VersionHistory({ versions, currentId }: { versions: VersionEntry[]; currentId: string | null }) {
  return (
    <ol className="relative space-y-6 border-l pl-6">
      {versions.map((v) => (
        <li key={v.id} className="relative">
          <span
            className={`absolute top-1.5 -left-[29px] size-2.5 rounded-full ring-4 ring-background ${v.id === currentId ? "bg-primary" : "bg-muted-foreground/40"}`}
            aria-hidden
          />
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-mono text-sm font-semibold">v{v.version}</h3>
            {v.id === currentId && <Badge variant="secondary">Current</Badge>}
            <time dateTime={v.createdAt.toISOString()} className="text-xs text-muted-foreground">
              {formatDate(v.createdAt)}
            </time>
          </div>
          <p className="mt-1 text-sm leading-6 whitespace-pre-line text-muted-foreground">{v.changelog || "No changelog for this release."}</p>
        </li>
      ))}
    </ol>
  );
}
