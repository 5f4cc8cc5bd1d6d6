import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./roles";

const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });

test.describe("creator studio", () => {
  test.use({ storageState: storageStateFor("creator") });

  test("shows the creator's profile, every agent including the one waiting for moderation, and earnings", async ({ page }) => {
    await page.goto("/creator");
    await expect(page.getByRole("heading", { level: 1, name: "Creator studio" })).toBeVisible();
    await expect(page.getByText("@nova-labs")).toBeVisible();
    await expect(page.getByRole("link", { name: "View public page" })).toHaveAttribute("href", "/creators/nova-labs");

    const pending = page.getByTestId("studio-agent-contract-clause-finder");
    await expect(pending).toContainText("Contract Clause Finder");
    await expect(pending).toContainText("Pending review");
    await expect(pending).toContainText("Waiting for moderation");
    await expect(page.getByTestId("studio-agent-code-reviewer")).toContainText("Published");
    // Quill Works' agents never show up in Nova Labs' studio.
    await expect(page.getByTestId("studio-agent-cold-email-writer")).toHaveCount(0);

    await expect(page.getByRole("heading", { name: "Earnings" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recent sales" })).toBeVisible();
    await shot(page, "creator-studio");
  });

  test("on /sell, a creator is sent to the studio instead of the form", async ({ page }) => {
    await page.goto("/sell");
    await expect(page.getByRole("link", { name: "Open the creator studio" })).toHaveAttribute("href", "/creator");
    await expect(page.getByRole("form", { name: "Creator application" })).toHaveCount(0);
  });
});

test.describe("selling as a user", () => {
  test.use({ storageState: storageStateFor("user") });

  test("applies on /sell, is told about bad input, then sees the application as submitted", async ({ page }) => {
    await page.goto("/sell");
    await expect(page.getByRole("heading", { level: 1, name: "Sell your AI agents on 4UAI" })).toBeVisible();
    const form = page.getByRole("form", { name: "Creator application" });
    await expect(form).toBeVisible();

    // A taken handle is refused on the field, and what was typed stays.
    await form.getByLabel("Handle").fill("nova-labs");
    await form.getByLabel("Display name").fill("Uma Builds");
    await form.getByLabel("About you").fill("I build research and writing agents for small teams.");
    await form.getByLabel("Website (optional)").fill("https://umabuilds.example.com");
    await form.getByLabel("Links (optional)").fill("https://github.com/umabuilds");
    await form.getByLabel("What will you sell?").fill("A meeting-notes agent and a literature triage agent.");
    await form.getByRole("button", { name: "Submit application" }).click();
    const handle = form.getByLabel("Handle");
    await expect(handle).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("This handle is already taken. Try another one.")).toBeVisible();
    await expect(form.getByLabel("About you")).toHaveValue("I build research and writing agents for small teams.");
    await shot(page, "sell-application-error");

    await handle.fill(`uma-builds-${Date.now().toString(36)}`);
    await form.getByRole("button", { name: "Submit application" }).click();

    await expect(page.getByRole("heading", { name: "Your application is in progress" })).toBeVisible();
    await expect(page.getByTestId("application-status")).toHaveText("Submitted");
    await expect(page.getByText("Submitted", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("form", { name: "Creator application" })).toHaveCount(0);
    await shot(page, "sell-application-submitted");

    // The status comes from the database: it survives a reload.
    await page.reload();
    await expect(page.getByTestId("application-status")).toHaveText("Submitted");
  });
});

test("anonymous visitors are asked to sign up or sign in, returning to /sell", async ({ page }) => {
  await page.goto("/sell");
  await expect(page.getByRole("main").getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/signup?next=%2Fsell");
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login?next=%2Fsell");
  await shot(page, "sell-anonymous");
});
