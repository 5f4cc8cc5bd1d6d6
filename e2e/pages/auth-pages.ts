import { expect, type Page } from "@playwright/test";

/** Page objects for the account journeys. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async open(next?: string) {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}

export class SignUpPage {
  constructor(readonly page: Page) {}

  async signUp(name: string, email: string, password: string) {
    await this.page.goto("/signup");
    await this.page.getByLabel("Name").fill(name);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await expect(this.page.getByRole("status")).toContainText("We sent a link");
  }
}

export class OutboxPage {
  constructor(readonly page: Page) {}

  /** The newest link in a mail to `email` whose path starts with `path`. */
  async latestLink(email: string, path: string): Promise<string> {
    await expect
      .poll(async () => {
        await this.page.goto("/dev/outbox");
        const mail = this.page.locator("article", { hasText: email }).first();
        return (await mail.count()) > 0 ? mail.getByRole("link", { name: new RegExp(path) }).first().getAttribute("href") : null;
      }, { timeout: 20_000 })
      .toBeTruthy();
    const mail = this.page.locator("article", { hasText: email }).first();
    return (await mail.getByRole("link", { name: new RegExp(path) }).first().getAttribute("href"))!;
  }
}
