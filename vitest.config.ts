import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests call server modules directly.
  "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,db,app,components,inngest}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.{ts,tsx}", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,db,app,components,inngest,test}/**/*.int.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          // next-auth imports "next/server" without an extension; inlining lets Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
          // Mirrors next.config's experimental.authInterrupts so forbidden() works outside Next.
          env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
          setupFiles: ["test/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Unit tests finish first; integration files then take the workers (one PGlite each, ~0.8 GB).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
