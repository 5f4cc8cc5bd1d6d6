import { assertProductionReady } from "@/lib/env";

/** Runs once when a server instance starts: production without DEMO_MODE must have every real service configured. */
export function register() {
  assertProductionReady();
}
