import { Search } from "lucide-react";
import { MAX_QUERY_LENGTH, type AgentSearch } from "@/lib/catalog/search-params";
import { cn } from "@/lib/utils";

/**
 * A plain GET form to /agents: works without JavaScript, and the URL stays the state. Active filters ride along
 * as hidden fields so a new query refines the current view; the page always starts again at 1.
 */
export function SearchForm({
  defaultValue,
  keep,
  size = "md",
  id = "agent-search",
  label = "Search agents",
  placeholder = "Search agents, e.g. “sql”, “meeting notes”",
  className,
}: {
  defaultValue?: string;
  keep?: Pick<Partial<AgentSearch>, "category" | "pricing" | "sort">;
  size?: "sm" | "md" | "lg";
  id?: string;
  label?: string;
  placeholder?: string;
  className?: string;
}) {
  return (
    <form action="/agents" method="get" role="search" className={cn("relative w-full", className)}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Search
        className={cn(
          "pointer-events-none absolute top-1/2 -translate-y-1/2 text-muted-foreground",
          size === "lg" ? "left-4 size-5" : "left-3 size-4",
        )}
        aria-hidden
      />
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        className={cn(
          "w-full rounded-lg border border-input bg-background shadow-xs outline-none transition-[color,box-shadow] placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-search-cancel-button]:cursor-pointer",
          size === "lg" && "h-14 pl-12 pr-28 text-base shadow-sm",
          size === "md" && "h-10 pl-9 pr-20 text-sm",
          size === "sm" && "h-9 pl-9 pr-3 text-sm",
        )}
      />
      {keep?.category && <input type="hidden" name="category" value={keep.category} />}
      {keep?.pricing && <input type="hidden" name="pricing" value={keep.pricing} />}
      {keep?.sort && keep.sort !== "relevance" && <input type="hidden" name="sort" value={keep.sort} />}
      {size !== "sm" && (
        <button
          type="submit"
          className={cn(
            "absolute top-1/2 -translate-y-1/2 rounded-md bg-primary font-medium text-primary-foreground transition-colors hover:bg-primary/90 focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            size === "lg" ? "right-2 h-10 px-5 text-sm" : "right-1.5 h-7 px-3 text-xs",
          )}
        >
          Search
        </button>
      )}
    </form>
  );
}
