import { runStatus } from "@/db/schema";

/** Parsing of the /runs URL: whatever arrives in the query string, the page gets a safe value or a default. */

export const RUN_STATUSES = runStatus.enumValues;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
  dead: "Dead",
};

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** A known status, or undefined (no filter) for anything else. */
export function parseRunStatus(value: string | string[] | undefined): RunStatus | undefined {
  const v = first(value);
  return v && (RUN_STATUSES as readonly string[]).includes(v) ? (v as RunStatus) : undefined;
}

const MAX_PAGE = 10_000;

/** A page number from 1 to 10,000; anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const v = first(value);
  if (!v || !/^\d{1,5}$/.test(v)) return 1;
  const n = Number(v);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Run ids are UUIDs; anything else cannot name a run and is not looked up. */
export function isRunId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
