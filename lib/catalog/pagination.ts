/**
 * Page numbers to show in a pager: the first, the last, and a window of `radius` around the current page;
 * null marks a gap (rendered as an ellipsis). A gap never hides a single page: 1 … 3 becomes 1 2 3.
 */
export function pageWindow(current: number, count: number, radius = 1): Array<number | null> {
  if (count < 1) return [];
  const page = Math.min(Math.max(1, current), count);
  const pages = new Set([1, count]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= count) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, p] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push(null);
    out.push(p);
  }
  return out;
}
