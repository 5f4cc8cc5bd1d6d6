import { expect, test, type Page } from "@playwright/test";

/** The public storefront: home → search → agent page → 404, plus filters, sorting and hostile input. */

const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });

class Storefront {
  constructor(readonly page: Page) {}

  async openHome() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("AI agents");
  }

  heroSearch() {
    return this.page.getByRole("searchbox", { name: "Search the agent catalog" });
  }

  results() {
    return this.page.getByRole("region", { name: "Results" }).getByRole("article");
  }

  resultCount() {
    return this.page.getByRole("status");
  }
}

test.describe("storefront", () => {
  test("home → search → agent page → unknown slug shows the 404 page", async ({ page }) => {
    const store = new Storefront(page);
    await store.openHome();
    await expect(page.getByRole("heading", { name: "Featured agents" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Browse by category" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Coding\s+\d+ agents?/ })).toBeVisible();
    await shot(page, "storefront-home");

    await store.heroSearch().fill("sql");
    await store.heroSearch().press("Enter");
    await expect(page).toHaveURL(/\/agents\?q=sql$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("sql");
    await expect(store.results().first()).toContainText("SQL Explainer");
    await expect(store.resultCount()).toContainText(/\d+ agents?/);
    await shot(page, "storefront-search-sql");

    await store.results().first().getByRole("link", { name: "SQL Explainer" }).click();
    await expect(page).toHaveURL(/\/agents\/sql-explainer$/);
    await expect(page.getByRole("heading", { level: 1, name: "SQL Explainer" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "About this agent" })).toBeVisible();
    // The markdown description is rendered as real structure, not as raw text.
    await expect(page.getByRole("heading", { name: "What you get" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Run for free/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^by Datasmith/ })).toHaveAttribute("href", "/creators/datasmith");
    await expect(page.getByRole("heading", { name: "What’s new" })).toBeVisible();
    await shot(page, "storefront-agent");

    const response = await page.goto("/agents/this-agent-does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search agents" }).first()).toBeVisible();
    await shot(page, "storefront-404");
  });

  test("an agent waiting for moderation is not visible", async ({ page }) => {
    const response = await page.goto("/agents/contract-clause-finder");
    expect(response?.status()).toBe(404);
    await page.goto("/agents?q=contract");
    await expect(page.getByRole("heading", { name: /No agents match/ })).toBeVisible();
  });

  test("filters, sort and pagination live in the URL", async ({ page }) => {
    const store = new Storefront(page);
    await page.goto("/agents");
    await expect(store.results()).toHaveCount(12);
    await expect(store.resultCount()).toContainText("Showing 1–12 of 24 agents");

    await page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(store.results()).toHaveCount(12);

    await page.getByRole("complementary", { name: "Filters" }).getByRole("link", { name: /^Coding/ }).click();
    await expect(page).toHaveURL(/category=coding/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.getByRole("heading", { level: 1, name: "Coding agents" })).toBeVisible();
    await expect(store.results()).toHaveCount(4);

    await page.getByRole("complementary", { name: "Filters" }).getByRole("link", { name: "Free" }).click();
    await expect(page).toHaveURL(/category=coding&pricing=free/);
    for (const card of await store.results().all()) await expect(card).toContainText("Free");

    // The sort select is keyboard-operable.
    await page.getByRole("combobox", { name: "Sort by" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "Highest rated" }).click();
    await expect(page).toHaveURL(/sort=rating/);
    await shot(page, "storefront-filtered");

    await page.getByRole("link", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/agents$/);
  });

  test("hostile and broken search parameters never break the page", async ({ page }) => {
    const long = "x".repeat(10_000);
    const cases = [
      `/agents?q=${encodeURIComponent("'; drop table agents; --")}`,
      `/agents?q=${encodeURIComponent('<script>window.__pwned = 1</script>')}`,
      `/agents?q=${long}`,
      "/agents?category=weapons&pricing=cheap&sort=random()&page=-3",
      "/agents?page=99999999999999999999",
    ];
    for (const url of cases) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.goto("/agents?category=weapons");
    await expect(page.getByText("That category doesn't exist")).toBeVisible();
    await expect(page.getByRole("status")).toContainText("24 agents");
  });

  test("creator profile and pricing", async ({ page }) => {
    await page.goto("/creators/nova-labs");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Nova Labs");
    await expect(page.getByText("Verified creator").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Agents by Nova Labs" })).toBeVisible();

    await page.goto("/pricing");
    await expect(page.getByRole("heading", { name: "Premium" })).toBeVisible();
    await expect(page.getByText("$19").first()).toBeVisible();
    await expect(page.getByRole("table")).toContainText("2,000 / month");
    await shot(page, "storefront-pricing");
  });

  test("mobile: menu and search work on a narrow screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("button", { name: "Open menu" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("link", { name: "Pricing" })).toBeVisible();
    await dialog.getByRole("searchbox").fill("meeting");
    await dialog.getByRole("searchbox").press("Enter");
    await expect(page).toHaveURL(/q=meeting/);
    await expect(page.getByRole("region", { name: "Results" }).getByRole("article").first()).toContainText("Meeting Summarizer");
    await shot(page, "storefront-mobile-search");
  });
});
