import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./roles";

/** The signed-in shopper's own pages: library → runs → one run → usage, as the seeded user. */

const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });

class RunsPage {
  constructor(readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/runs${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Runs" })).toBeVisible();
  }

  rows() {
    return this.page.getByTestId("run-row");
  }

  async openRun(index = 0) {
    await this.rows().nth(index).getByRole("link").first().click();
    await expect(this.page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  }
}

test.describe("signed in as user", () => {
  test.use({ storageState: storageStateFor("user") });

  test("library shows the owned agent with its license and the free agents run, linking to agent pages", async ({ page }) => {
    await page.goto("/library");
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
    const license = page.getByTestId("owned-license");
    await expect(license).toHaveCount(1);
    await expect(license).toContainText("lic_demo…");
    await expect(license.getByText("Active", { exact: true })).toBeVisible();
    await expect(page.getByTestId("recent-agents").getByRole("listitem")).not.toHaveCount(0);
    await shot(page, "library");

    await license.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/agents\/[a-z0-9-]+$/);
  });

  test("runs list newest first, filter by status, ignore a bad filter, open a run's detail", async ({ page }) => {
    const runs = new RunsPage(page);
    await runs.open();
    await expect(runs.rows()).toHaveCount(5);
    await shot(page, "runs");

    await page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Dead" }).click();
    await expect(page).toHaveURL(/\/runs\?status=dead$/);
    await expect(runs.rows()).toHaveCount(1);

    await runs.open("?status=%3Cscript%3E&page=-4");
    await expect(runs.rows()).toHaveCount(5);

    await runs.open("?status=dead");
    await runs.openRun();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Run of");
    await expect(page.getByTestId("run-error")).toContainText("Failed runs are not charged");
    await shot(page, "run-dead");

    await runs.open("?status=succeeded");
    await runs.openRun();
    await expect(page.getByTestId("run-output")).toContainText("Demo output for");
    await expect(page.getByTestId("run-timeline").getByRole("listitem")).toHaveCount(3);
    await expect(page.getByTestId("run-usage")).toContainText("4uai-demo-1");
    await shot(page, "run-detail");
  });

  test("a run id that is not the user's is a 404", async ({ page }) => {
    const res = await page.goto("/runs/00000000-0000-4000-8000-000000000000");
    expect(res?.status()).toBe(404);
    expect((await page.goto("/runs/not-a-run"))?.status()).toBe(404);
  });

  test("usage meters this month against the Free quota with progress bars and an upgrade link", async ({ page }) => {
    await page.goto("/usage");
    await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
    await expect(page.getByTestId("usage-plan")).toHaveText("Free plan");
    const runsMeter = page.getByRole("progressbar", { name: "Runs" });
    await expect(runsMeter).toHaveAttribute("aria-valuemax", "50");
    // The seeded runs are dated relative to today, so how many fall in this month varies: check consistency.
    const used = await runsMeter.getAttribute("aria-valuenow");
    expect(used).toMatch(/^\d+$/);
    await expect(runsMeter).toHaveAttribute("aria-valuetext", `${used} of 50 runs used`);
    await expect(page.getByRole("progressbar", { name: "Tokens (input + output)" })).toHaveAttribute("aria-valuemax", "200000");
    await expect(page.getByRole("link", { name: "Upgrade to Premium" })).toHaveAttribute("href", "/pricing");
    await shot(page, "usage");
  });

  test("on a phone the pages fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/library", "/runs", "/usage"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await shot(page, "usage-mobile");
  });
});

test.describe("signed in as premium", () => {
  test.use({ storageState: storageStateFor("premium") });

  test("another user's run is a 404, and usage shows the Premium quota without an upgrade prompt", async ({ page, browser }) => {
    const owner = await browser.newContext({ baseURL: test.info().project.use.baseURL, storageState: storageStateFor("user") });
    const ownerPage = await owner.newPage();
    await ownerPage.goto("/runs");
    const href = await ownerPage.getByTestId("run-row").first().getByRole("link").first().getAttribute("href");
    await owner.close();
    expect(href).toMatch(/^\/runs\/[0-9a-f-]{36}$/);

    expect((await page.goto(href!))?.status()).toBe(404);

    await page.goto("/usage");
    await expect(page.getByTestId("usage-plan")).toHaveText("Premium plan");
    await expect(page.getByRole("progressbar", { name: "Runs" })).toHaveAttribute("aria-valuemax", "2000");
    await expect(page.getByRole("link", { name: "Upgrade to Premium" })).toHaveCount(0);
  });
});
