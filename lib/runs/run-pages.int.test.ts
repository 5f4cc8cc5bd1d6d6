import { desc, eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { agentRuns } from "@/db/schema";
import { actAs, outcomeOf, userIdFor } from "@/test/auth-helpers";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));

/*
 * /runs and /runs/[id] end to end through the real pages, session and database. The page matrix (test/access-matrix)
 * and the e2e matrix only see the route with a placeholder id; ownership is proved here.
 */

async function newestRunOf(email: string, status?: "dead" | "succeeded"): Promise<string> {
  const db = await getDb();
  const rows = await db.select({ id: agentRuns.id, status: agentRuns.status }).from(agentRuns).where(eq(agentRuns.userId, await userIdFor(email))).orderBy(desc(agentRuns.createdAt));
  const row = rows.find((r) => !status || r.status === status);
  if (!row) throw new Error(`no run for ${email}`);
  return row.id;
}

async function renderRun(id: string): Promise<string> {
  const { default: RunPage } = await import("@/app/runs/[id]/page");
  return renderToStaticMarkup((await RunPage({ params: Promise.resolve({ id }) })) as ReactElement);
}

type SearchParams = Record<string, string | string[] | undefined>;

async function renderRuns(searchParams: SearchParams): Promise<string> {
  const { default: RunsPage } = await import("@/app/runs/page");
  return renderToStaticMarkup((await RunsPage({ searchParams: Promise.resolve(searchParams) })) as ReactElement);
}

describe("/runs", () => {
  it("lists the user's runs with status, tokens and cost", async () => {
    await actAs("user");
    const html = await renderRuns({});
    expect(html.match(/data-testid="run-row"/g)).toHaveLength(5);
    expect(html).toContain('data-status="dead"');
    expect(html).toMatch(/\$0\.\d{4}/);
  });

  it("filters by a known status and ignores an unknown one or junk paging", async () => {
    await actAs("user");
    expect((await renderRuns({ status: "dead" })).match(/data-testid="run-row"/g)).toHaveLength(1);
    expect((await renderRuns({ status: "nonsense", page: "-1" })).match(/data-testid="run-row"/g)).toHaveLength(5);
    expect((await renderRuns({ status: ["succeeded", "dead"], page: "999999999999" })).match(/data-testid="run-row"/g)).toHaveLength(4);
    expect(await renderRuns({ status: "running" })).toContain('data-testid="runs-empty"');
  });

  it("shows an account without runs an empty state", async () => {
    await actAs("trial");
    expect(await renderRuns({})).toContain("No runs yet");
  });
});

describe("/runs/[id]", () => {
  it("shows the owner their run: status, version, input, plain-text output, timeline and usage", async () => {
    const id = await newestRunOf("user@example.com", "succeeded");
    await actAs("user");
    const html = await renderRun(id);
    expect(html).toContain("Run of ");
    expect(html).toContain('data-status="succeeded"');
    expect(html).toContain("What should it work on?");
    expect(html).toMatch(/data-testid="run-output"[^>]*>Demo output for/);
    expect(html).toContain('data-testid="run-timeline"');
    expect(html).toContain("4uai-demo-1");
    expect(html).toMatch(/\$0\.\d{4}/);
  });

  it("explains a dead run's error and that failed runs are not charged", async () => {
    const id = await newestRunOf("user@example.com", "dead");
    await actAs("user");
    const html = await renderRun(id);
    expect(html).toContain("Model endpoint timed out after 3 attempts");
    expect(html).toContain("Failed runs are not charged");
    expect(html).toContain("No usage was recorded");
  });

  it("renders model output as text, never as HTML", async () => {
    const id = await newestRunOf("user@example.com", "succeeded");
    const db = await getDb();
    await db.update(agentRuns).set({ output: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }).where(eq(agentRuns.id, id));
    await actAs("user");
    const html = await renderRun(id);
    expect(html).not.toContain("<script>alert(2)");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("is not found for another signed-in user, whatever their role", async () => {
    const id = await newestRunOf("user@example.com");
    for (const who of ["premium", "trial", "creator", "admin"] as const) {
      await actAs(who);
      expect(await outcomeOf(() => renderRun(id)), who).toEqual({ kind: "not_found" });
    }
  });

  it("is not found for a malformed or unknown id", async () => {
    await actAs("user");
    for (const id of ["not-a-run", "00000000-0000-4000-8000-000000000000", "%27%20or%201%3D1", ""]) {
      expect(await outcomeOf(() => renderRun(id)), id).toEqual({ kind: "not_found" });
    }
  });

  it("sends an anonymous visitor to sign in and back to the same run", async () => {
    const id = await newestRunOf("user@example.com");
    await actAs("anonymous");
    const outcome = await outcomeOf(() => renderRun(id));
    expect(outcome.kind).toBe("redirect");
    expect(outcome.kind === "redirect" && decodeURIComponent(outcome.location)).toBe(`/login?next=/runs/${id}`);
  });
});
