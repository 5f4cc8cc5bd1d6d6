import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { usageCounters, users } from "@/db/schema";
import { actAs } from "@/test/auth-helpers";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));

/** This period's counter of a seeded account (the seed's figures depend on today's date). */
async function runsThisPeriod(email: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ runs: usageCounters.runsUsed })
    .from(usageCounters)
    .innerJoin(users, eq(users.id, usageCounters.userId))
    .where(and(eq(users.email, email), eq(usageCounters.period, new Date().toISOString().slice(0, 7))));
  return row?.runs ?? 0;
}

async function renderUsage(): Promise<string> {
  const { default: UsagePage } = await import("@/app/usage/page");
  return renderToStaticMarkup((await UsagePage()) as ReactElement);
}

describe("/usage", () => {
  it("meters a Free user's runs and tokens against the Free quota, with accessible progress bars and an upgrade link", async () => {
    await actAs("user");
    const html = await renderUsage();
    expect(html).toContain("Free plan");
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuemin="0"[^>]*aria-valuemax="50"[^>]*aria-valuenow="(\d+)"/);
    expect(html).toContain(`aria-valuenow="${await runsThisPeriod("user@example.com")}"`);
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuemax="200000"/);
    expect(html).toContain('href="/pricing"');
    expect(html).toMatch(/data-testid="usage-cost"[^>]*>\$0\.\d{4}</);
  });

  it("shows Premium members the Premium quota and no upgrade prompt", async () => {
    await actAs("premium");
    const html = await renderUsage();
    expect(html).toContain("Premium plan");
    expect(html).toMatch(new RegExp(`aria-valuemax="2000"[^>]*aria-valuenow="${await runsThisPeriod("premium@example.com")}"`));
    expect(html).not.toContain("Upgrade to Premium");
  });

  it("shows a trial account its one-off allowance, empty", async () => {
    await actAs("trial");
    const html = await renderUsage();
    expect(html).toContain("Trial plan");
    expect(html).toMatch(/aria-valuemax="10"[^>]*aria-valuenow="0"/);
    expect(html).toContain('data-testid="usage-empty"');
  });
});
