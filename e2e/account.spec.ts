import { expect, test } from "@playwright/test";
import { OutboxPage, SignInPage, SignUpPage } from "./pages/auth-pages";
import { ACCOUNTS, PASSWORD, storageStateFor } from "./roles";

const shot = (page: import("@playwright/test").Page, name: string) => page.screenshot({ path: `e2e/artifacts/${name}.png`, fullPage: true });

test("sign up → verify by the mailed link → sign in → role is User", async ({ page }) => {
  const email = `shopper-${Date.now()}@example.com`;
  await new SignUpPage(page).signUp("Sam Shopper", email, "a good long password");
  await shot(page, "signup-done");

  const link = await new OutboxPage(page).latestLink(email, "/verify-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByRole("status")).toContainText("Your email is verified");

  const signIn = new SignInPage(page);
  await signIn.open("/settings");
  await signIn.signIn(email, "a good long password");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId("current-role")).toHaveText("User");
  await shot(page, "settings-after-verify");
});

test("a wrong password keeps the email and says nothing about whether the account exists", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn("user@example.com", "wrong-password");
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toHaveText("That email and password do not match an active account.");
  await expect(page.getByLabel("Email")).toHaveValue("user@example.com");
  await signIn.signIn("nobody-at-all@example.com", "wrong-password");
  await expect(alert).toHaveText("That email and password do not match an active account.");
  await shot(page, "sign-in-error");
});

test.describe("signed in as user", () => {
  test.use({ storageState: storageStateFor("user") });

  test("creates an API key shown once, which authenticates /api/v1, then revokes it", async ({ page, request }) => {
    await page.goto("/settings");
    await page.getByLabel("Name").fill(`e2e key ${Date.now()}`);
    await page.getByRole("button", { name: "Create API key" }).click();
    const secret = await page.getByTestId("new-api-key").inputValue();
    expect(secret).toMatch(/^4uai_sk_/);
    const ok = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
    expect(ok.status()).toBe(200);
    expect(((await ok.json()) as { user: { email: string } }).user.email).toBe(ACCOUNTS.user.email);

    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: /^Revoke e2e key/ }).first().click();
    await expect(page.getByText("Revoked").first()).toBeVisible();
    const refused = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
    await shot(page, "settings-api-keys");
  });
});

test.describe("signed in as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("suspending a user signs them out on their next request, and the audit log shows it", async ({ page, browser }) => {
    const victim = await browser.newContext({ baseURL: "http://localhost:3000", storageState: { cookies: [], origins: [] } });
    const victimPage = await victim.newPage();
    const signIn = new SignInPage(victimPage);
    await signIn.open("/settings");
    await signIn.signIn("reviewer6@example.com", PASSWORD);
    await expect(victimPage).toHaveURL(/\/settings$/);

    await page.goto("/admin/users?q=reviewer6");
    page.once("dialog", (d) => void d.accept("e2e suspension"));
    await page.getByRole("button", { name: "Suspend reviewer6@example.com" }).click();
    await expect(page.getByTestId("user-row-reviewer6@example.com").getByText("Suspended", { exact: true })).toBeVisible();

    await victimPage.goto("/settings");
    await expect(victimPage).toHaveURL(/\/login\?next=/);

    await page.goto("/admin/audit?action=user.suspended");
    await expect(page.getByRole("cell", { name: "user.suspended" }).first()).toBeVisible();
    await shot(page, "admin-audit");
    await page.getByRole("link", { name: "Users" }).click();
    await page.goto("/admin/users?q=reviewer6");
    await page.getByRole("button", { name: "Reinstate reviewer6@example.com" }).click();
    await expect(page.getByTestId("user-row-reviewer6@example.com").getByText("Suspended", { exact: true })).toHaveCount(0);
    await victim.close();
  });
});
