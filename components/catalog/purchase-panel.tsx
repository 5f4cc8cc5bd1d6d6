import Link from "next/link";
import { Check } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatAgentPrice, formatNumber, type PricingModel } from "@/lib/catalog/format";
import { PLANS } from "@/lib/catalog/plans";
import { PriceTag } from "./price-tag";

const COPY: Record<PricingModel, { cta: string; points: string[] }> = {
  free: {
    cta: "Run for free",
    points: ["No purchase needed", "Runs count against your plan's monthly quota", "Use it in the browser or through the API"],
  },
  one_time: {
    cta: "Buy",
    points: ["Pay once, keep it: updates included", "A license key for API use", "Refunds revoke the license automatically"],
  },
  subscription: {
    cta: "Subscribe for",
    points: ["Billed monthly, cancel any time", "Access continues to the end of the period", "All updates while subscribed"],
  },
};

/**
 * Price and the next step. Signing in comes first for every path; buying, subscribing and running continue from
 * the agent page once the shopper is signed in.
 */
export function PurchasePanel({ slug, pricing, priceCents }: { slug: string; pricing: PricingModel; priceCents: number }) {
  const copy = COPY[pricing];
  const label = pricing === "free" ? copy.cta : `${copy.cta} ${formatAgentPrice(pricing, priceCents)}`;
  const next = `/login?next=${encodeURIComponent(`/agents/${slug}`)}`;
  return (
    <section aria-labelledby="purchase-heading" className="rounded-xl border bg-card p-6 shadow-sm">
      <h2 id="purchase-heading" className="sr-only">
        Price
      </h2>
      <PriceTag pricing={pricing} priceCents={priceCents} size="lg" />
      <Button asChild size="lg" className="mt-5 w-full">
        <Link href={next}>{label}</Link>
      </Button>
      <p className="mt-2 text-center text-xs text-muted-foreground">
        You’ll sign in or create a free account first.
      </p>
      <ul className="mt-5 space-y-2 text-sm">
        {copy.points.map((p) => (
          <li key={p} className="flex gap-2">
            <Check className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden />
            <span>{p}</span>
          </li>
        ))}
      </ul>
      <p className="mt-5 border-t pt-4 text-xs leading-5 text-muted-foreground">
        Every run is metered in tokens. The Free plan includes {formatNumber(PLANS.free.runs)} runs a month;{" "}
        <Link href="/pricing" className="font-medium text-primary underline-offset-4 hover:underline">
          Premium
        </Link>{" "}
        raises that to {formatNumber(PLANS.premium.runs)}.
      </p>
    </section>
  );
}
