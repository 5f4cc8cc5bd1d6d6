import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageStateFor, type Account } from "./roles";
import { SignInPage } from "./pages/auth-pages";

for (const who of Object.keys(ACCOUNTS) as Account[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open("/settings");
    await signIn.signIn(ACCOUNTS[who].email, PASSWORD);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId("current-role")).toBeVisible();
    await page.context().storageState({ path: storageStateFor(who) });
  });
}
