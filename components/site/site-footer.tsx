import Link from "next/link";
import { CATEGORIES } from "@/lib/catalog/categories";
import { agentsHref } from "@/lib/catalog/search-params";
import { Logo } from "./logo";

const columns = [
  {
    title: "Browse",
    links: CATEGORIES.map((c) => ({ href: agentsHref({ category: c.slug }), label: c.name })),
  },
  {
    title: "Marketplace",
    links: [
      { href: "/agents", label: "All agents" },
      { href: agentsHref({ pricing: "free" }), label: "Free agents" },
      { href: agentsHref({ sort: "newest" }), label: "New arrivals" },
      { href: "/pricing", label: "Plans and pricing" },
    ],
  },
  {
    title: "Creators",
    links: [
      { href: "/sell", label: "Sell on 4UAI" },
      { href: "/creator", label: "Creator studio" },
      { href: "/pricing#agent-pricing", label: "Fees and payouts" },
    ],
  },
  {
    title: "Account",
    links: [
      { href: "/login", label: "Sign in" },
      { href: "/signup", label: "Create an account" },
      { href: "/library", label: "Your library" },
      { href: "/usage", label: "Usage" },
    ],
  },
];

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t bg-muted/30">
      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[1.4fr_repeat(4,1fr)]">
        <div className="max-w-xs">
          <Logo />
          <p className="mt-3 text-sm leading-6 text-muted-foreground">
            The marketplace for AI agents. Verified creators, moderated listings, and every run metered in the open.
          </p>
        </div>
        {columns.map((col) => (
          <nav key={col.title} aria-labelledby={`footer-${col.title}`}>
            <h2 id={`footer-${col.title}`} className="text-sm font-semibold">
              {col.title}
            </h2>
            <ul className="mt-3 space-y-2">
              {col.links.map((l) => (
                <li key={l.href}>
                  {/* No prefetch: several targets are protected and would only prefetch a redirect to sign-in. */}
                  <Link href={l.href} prefetch={false} className="text-sm text-muted-foreground transition-colors hover:text-foreground">
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
      <div className="border-t">
        <p className="mx-auto max-w-7xl px-4 py-6 text-xs text-muted-foreground sm:px-6">
          © 4UAI. Prices in US dollars. Creators keep 80% of every sale.
        </p>
      </div>
    </footer>
  );
}
