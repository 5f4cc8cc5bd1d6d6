import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./headers";

const base = { nonce: "abc123", isDev: false, isProd: true, stripe: false };

describe("security headers", () => {
  it("puts the nonce and strict-dynamic in script-src and forbids framing", () => {
    const csp = contentSecurityPolicy(base);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it.each([
    [{ ...base, isDev: true, isProd: false }, "'unsafe-eval'", true],
    [{ ...base, isDev: true, isProd: false }, "upgrade-insecure-requests", false],
    [base, "upgrade-insecure-requests", true],
    [{ ...base, stripe: true }, "https://checkout.stripe.com", true],
    [base, "https://checkout.stripe.com", false],
  ])("option %# includes %s: %s", (options, fragment, present) => {
    expect(contentSecurityPolicy(options).includes(fragment)).toBe(present);
  });

  it("sends HSTS only in production", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ ...base, isProd: false })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("sets nosniff, referrer and permissions policies", () => {
    const h = securityHeaders(base);
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
