/** Display formatting for runs; en-US and UTC so every render of a run reads the same. */

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const timeOnly = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", second: "2-digit", timeZone: "UTC" });

/** "Dec 3, 2026, 5:02 PM UTC" */
export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

/** "5:02:09 PM" — for timeline steps within one run. */
export function formatTime(date: Date): string {
  return timeOnly.format(date);
}

/** 850 → "850 ms", 12_400 → "12.4 s", 125_000 → "2 min 5 s"; negative or missing spans read "—". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toString()} s`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
