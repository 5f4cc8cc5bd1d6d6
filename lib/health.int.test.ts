import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { modes } from "@/lib/env";
import { getHealth } from "./health";

describe("health", () => {
  it("reports every runtime part with its mode and answers 200 when the database is up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    const body = (await res.json()) as Awaited<ReturnType<typeof getHealth>>;
    expect(Object.keys(body.parts).sort()).toEqual(["cache", "database", "jobs", "mail", "models", "payments"]);
    expect(body.parts.database).toMatchObject({ mode: modes.database, state: "ok" });
    expect(body.status).toBe("ok");
  });

  it("is down with a reason when the database fails", async () => {
    const health = await getHealth({ database: () => Promise.reject(new Error("connection refused")) });
    expect(health.status).toBe("down");
    expect(health.parts.database).toMatchObject({ state: "error", reason: "connection refused" });
  });

  it("is degraded, not down, when another part fails", async () => {
    const health = await getHealth({ cache: () => Promise.reject(new Error("redis timeout")) });
    expect(health.status).toBe("degraded");
    expect(health.parts.cache.reason).toBe("redis timeout");
  });
});
