import type { Metadata } from "next";
import Link from "next/link";
import { Compass } from "lucide-react";
import { CategoryIcon } from "@/components/catalog/category-icon";
import { SearchForm } from "@/components/catalog/search-form";
import { Button } from "@/components/ui/button";
import { CATEGORIES } from "@/lib/catalog/categories";
import { agentsHref } from "@/lib/catalog/search-params";

export const metadata: Metadata = { title: "Page not found" };

/** Shown for unknown URLs and for agents or creators that don't exist or aren't published. No database needed. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
      <span className="mx-auto grid size-14 place-items-center rounded-2xl bg-accent text-accent-foreground">
        <Compass className="size-7" aria-hidden />
      </span>
      <p className="mt-6 text-sm font-semibold text-primary">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">We couldn’t find that page</h1>
      <p className="mx-auto mt-4 max-w-xl text-muted-foreground">
        The link may be mistyped, or the agent may have been renamed, unpublished or not yet approved. Try a search, or
        start from one of the categories below.
      </p>
      <SearchForm id="not-found-search" className="mx-auto mt-8 max-w-lg" label="Search agents" />
      <ul className="mt-10 grid gap-3 text-left sm:grid-cols-2 md:grid-cols-3" role="list">
        {CATEGORIES.map((c) => (
          <li key={c.slug}>
            <Link
              href={agentsHref({ category: c.slug })}
              className="flex items-center gap-3 rounded-xl border p-3 text-sm font-medium transition-colors outline-none hover:bg-muted focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              <CategoryIcon slug={c.slug} size="sm" />
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-10 flex flex-wrap justify-center gap-3">
        <Button asChild>
          <Link href="/">Go to the home page</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/agents">Browse all agents</Link>
        </Button>
      </div>
    </div>
  );
}
