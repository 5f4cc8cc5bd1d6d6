import { expect, test } from "@playwright/test";
import { ACCOUNTS, protectedPages, storageStateFor, type Account } from "./roles";

/** Every protected page × anonymous and the five seeded roles, in a real browser through middleware. */
const pages = protectedPages();

test("the matrix covers the protected pages", () => {
  expect(pages.map((p) => p.route)).toEqual(expect.arrayContaining(["/settings", "/admin", "/admin/users", "/admin/audit", "/notifications"]));
});

test.describe("anonymous", () => {
  for (const { route } of pages) {
    test(`${route} redirects to sign-in with the return path`, async ({ page }) => {
      await page.goto(route);
      await expect(page).toHaveURL(`/login?next=${encodeURIComponent(route)}`);
      await expect(page.getByRole("heading", { name: "Sign in to 4UAI" })).toBeVisible();
    });
  }
});

for (const who of Object.keys(ACCOUNTS) as Account[]) {
  test.describe(who, () => {
    test.use({ storageState: storageStateFor(who) });
    for (const { route, allowed } of pages) {
      const expectation = allowed(who) ? 200 : 403;
      test(`${route} → ${expectation}`, async ({ page }) => {
        const response = await page.goto(route);
        expect(response?.status()).toBe(expectation);
        if (expectation === 403) await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
        else await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      });
    }
  });
}

test.describe("edge", () => {
  test("x-middleware-subrequest does not skip the checks", async ({ request }) => {
    const res = await request.get("/admin/users", {
      headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toContain("/login?next=");
  });

  test("a session cookie signed with another secret is anonymous, not an error", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: "http://localhost:3000", storageState: { cookies: [], origins: [] } });
    await context.addCookies([{ name: "authjs.session-token", value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged", url: "http://localhost:3000" }]);
    const page = await context.newPage();
    const res = await page.goto("/");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?next=/);
    await context.close();
  });

  test("every page carries the security headers with a fresh nonce", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ["/", "/agents", "/pricing", "/login", "/agents/sql-explainer", "/no-such-page"]) {
      const res = await request.get(path);
      const h = res.headers();
      const nonce = h["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(h["content-security-policy"]).toContain("'strict-dynamic'");
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBeTruthy();
      expect(h["permissions-policy"]).toBeTruthy();
      expect(await res.text()).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(6);
  });

  test("brute-force sign-in from one address reaches 429 with Retry-After", async ({ request }) => {
    const headers = { "x-forwarded-for": "198.51.100.77", accept: "text/html" };
    let last = 0;
    let retryAfter: string | undefined;
    for (let i = 0; i < 25 && last !== 429; i++) {
      const res = await request.post("/login", { headers, form: { email: "admin@example.com", password: `guess-${i}` }, maxRedirects: 0 });
      last = res.status();
      retryAfter = res.headers()["retry-after"];
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
