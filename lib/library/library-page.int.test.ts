import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { actAs } from "@/test/auth-helpers";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));

async function renderLibrary(): Promise<string> {
  const { default: LibraryPage } = await import("@/app/library/page");
  return renderToStaticMarkup((await LibraryPage()) as ReactElement);
}

describe("/library", () => {
  it("lists the user's license with its key prefix and the free agents they ran, each linking to the agent", async () => {
    await actAs("user");
    const html = await renderLibrary();
    expect(html.match(/data-testid="owned-license"/g)).toHaveLength(1);
    expect(html).toContain("lic_demo…");
    expect(html).toContain("Active");
    expect(html).toMatch(/data-testid="recent-agents"/);
    expect(html).toMatch(/href="\/agents\/[a-z0-9-]+"/);
  });

  it("gives an account with nothing an empty state that leads to the catalog", async () => {
    await actAs("trial");
    const html = await renderLibrary();
    expect(html).toContain('data-testid="library-empty"');
    expect(html).toContain('href="/agents"');
  });
});
