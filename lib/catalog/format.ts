/** Display formatting for catalog values. Money is integer cents; everything formats in en-US and UTC so
 * server and client render the same string. */

export type PricingModel = "free" | "one_time" | "subscription";

const wholeDollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const withCents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 });

/** 1900 → "$19", 950 → "$9.50", 0 → "$0". Rejects non-integer or negative cents: prices are never fractional. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Invalid price in cents: ${cents}`);
  return cents % 100 === 0 ? wholeDollars.format(cents / 100) : withCents.format(cents / 100);
}

/** The price as a shopper reads it: "Free", "$19", "$9/mo". */
export function formatAgentPrice(pricing: PricingModel, priceCents: number): string {
  if (pricing === "free") return "Free";
  const amount = formatCents(priceCents);
  return pricing === "subscription" ? `${amount}/mo` : amount;
}

export const PRICING_LABELS: Record<PricingModel, string> = {
  free: "Free",
  one_time: "One-time purchase",
  subscription: "Subscription",
};

export function pricingLabel(pricing: PricingModel): string {
  return PRICING_LABELS[pricing];
}

/** 4.666 → "4.7"; 0 ratings read as "New". */
export function formatRating(avg: number, count: number): string {
  if (count <= 0) return "New";
  return (Math.round(avg * 10) / 10).toFixed(1);
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat("en-US");

/** 1234 → "1.2K"; below 1,000 the exact number. */
export function formatCount(n: number): string {
  return n < 1000 ? plain.format(n) : compact.format(n);
}

export function formatNumber(n: number): string {
  return plain.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${plain.format(n)} ${n === 1 ? one : many}`;
}

const dateFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | string): string {
  return dateFormat.format(typeof date === "string" ? new Date(date) : date);
}

/** "Ravi Reviewer" → "Ravi R." — reviews show who wrote them without publishing full names. */
export function reviewerDisplayName(name: string | null | undefined): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "Verified customer";
  if (parts.length === 1) return parts[0]!;
  return `${parts[0]} ${parts[parts.length - 1]!.charAt(0).toUpperCase()}.`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts.length > 1 ? parts[0]!.charAt(0) + parts[1]!.charAt(0) : (parts[0] ?? "?").slice(0, 2)).toUpperCase();
}
