/** Display helpers for metered amounts. Cost is integer micro-dollars (1 USD = 1,000,000). */

const subDollar = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 4, maximumFractionDigits: 4 });
const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });

/**
 * 3_100 → "$0.0031", 2_000 → "$0.0020", 12_500_000 → "$12.50", 0 → "$0.00". Single runs cost fractions of a
 * cent, so amounts below a dollar keep four decimals (and line up in a column); a non-zero amount below $0.0001
 * reads "< $0.0001" rather than a false "$0.00".
 */
export function formatMicros(micros: number): string {
  if (!Number.isSafeInteger(micros) || micros < 0) throw new RangeError(`Invalid cost in micro-dollars: ${micros}`);
  if (micros > 0 && micros < 100) return "< $0.0001";
  if (micros === 0) return "$0.00";
  return (micros < 1_000_000 ? subDollar : dollars).format(micros / 1_000_000);
}

/** How full a quota is, for a meter: percent is clamped to 0–100, over says the limit was passed. */
export function quotaMeter(used: number, limit: number): { used: number; limit: number; percent: number; remaining: number; over: boolean } {
  const safeUsed = Math.max(0, used);
  const percent = limit > 0 ? Math.min(100, Math.round((safeUsed / limit) * 100)) : 100;
  return { used: safeUsed, limit, percent, remaining: Math.max(0, limit - safeUsed), over: safeUsed > limit };
}
