import { formatCents } from "@/lib/catalog/format";

/** Ledger sums in integer cents. Reversals (refunds, disputes) are negative; fee and share are net of them. */
export type EarningsTotals = {
  sales: number;
  grossSalesCents: number;
  reversalsCents: number;
  platformFeeCents: number;
  creatorShareCents: number;
};

export function emptyTotals(): EarningsTotals {
  return { sales: 0, grossSalesCents: 0, reversalsCents: 0, platformFeeCents: 0, creatorShareCents: 0 };
}

/** Gross after refunds and disputes: what platform fee and creator share split between them. */
export function netGrossCents(t: EarningsTotals): number {
  return t.grossSalesCents + t.reversalsCents;
}

/** Signed money for ledgers: -1900 → "−$19.00"; amounts keep their cents so columns line up. */
export function formatSignedCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Invalid amount in cents: ${cents}`);
  const abs = Math.abs(cents);
  const text = abs % 100 === 0 ? `${formatCents(abs)}.00` : formatCents(abs);
  return cents < 0 ? `\u2212${text}` : text;
}
