import { assertProductionReady } from "@/lib/env";

/** Runs once when a server instance starts: production without DEMO_MODE must have every real service configured. */
export function register() {
  try {
    assertProductionReady();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    // Next would otherwise keep a half-started server alive that fails every request: stop instead.
    if (typeof process !== "undefined" && typeof process.exit === "function") process.exit(1);
    throw error;
  }
}
