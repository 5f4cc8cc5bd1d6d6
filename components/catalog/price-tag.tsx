import { formatAgentPrice, pricingLabel, type PricingModel } from "@/lib/catalog/format";
import { cn } from "@/lib/utils";

/** The agent's price: "Free" in green, otherwise the amount with "/mo" for subscriptions. */
export function PriceTag({
  pricing,
  priceCents,
  size = "md",
  className,
}: {
  pricing: PricingModel;
  priceCents: number;
  size?: "md" | "lg";
  className?: string;
}) {
  const text = formatAgentPrice(pricing, priceCents);
  const [amount, per] = text.split("/");
  return (
    <span
      className={cn(
        "inline-flex items-baseline font-semibold tabular-nums",
        size === "lg" ? "text-3xl tracking-tight" : "text-sm",
        pricing === "free" && "text-emerald-700",
        className,
      )}
      title={pricingLabel(pricing)}
    >
      {amount}
      {per && <span className={cn("font-normal text-muted-foreground", size === "lg" ? "ml-1 text-base" : "text-xs")}>/{per}</span>}
      {pricing === "one_time" && size === "lg" && <span className="ml-2 text-base font-normal text-muted-foreground">one-time</span>}
    </span>
  );
}
