import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import { ruleFor } from "@/lib/auth/route-access";
import { actAs, outcomeOf, type DemoRole } from "./auth-helpers";
import { ACTION_CASES, DENIAL_MESSAGES, type Access } from "./access-registry";

vi.mock("next/headers", () => import("@/test/mocks/next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const ROLE_OF: Record<DemoRole, (typeof ROLES)[number]> = { trial: "trial_user", user: "user", premium: "premium_user", creator: "vendor", admin: "admin" };
const WHO: Array<DemoRole | "anonymous"> = ["anonymous", "trial", "user", "premium", "creator", "admin"];
const root = path.resolve(import.meta.dirname, "..");

async function filesUnder(dir: string, match: (f: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && match(path.join(e.parentPath, e.name))).map((e) => path.join(e.parentPath, e.name));
}

function routeOf(file: string): string {
  const rel = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${rel.join("/")}`;
}

function allowed(access: Access, who: DemoRole | "anonymous"): boolean {
  if (access === "public") return true;
  if (who === "anonymous") return false;
  return access === "signed_in" || can(ROLE_OF[who], access);
}

// A dynamic segment gets an id that names nothing: the permission gate must still decide, and past it the page's
// own lookup answers not_found. Ownership of real ids is each dynamic page's own integration test.
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";
const DYNAMIC_SEGMENT = /\[(\.\.\.)?([^\]]+)\]/g;

function paramsFor(route: string): Record<string, string | string[]> {
  return Object.fromEntries([...route.matchAll(DYNAMIC_SEGMENT)].map((m) => [m[2]!, m[1] ? [PLACEHOLDER_ID] : PLACEHOLDER_ID]));
}

const pageFiles = (await filesUnder(path.join(root, "app"), (f) => f.endsWith(`${path.sep}page.tsx`))).filter((f) => ruleFor(routeOf(f)));
const actionFiles = await filesUnder(path.join(root, "app"), (f) => /[\\/]actions([\\/][^\\/]+)?\.ts$/.test(f) && !f.endsWith(".test.ts"));

describe("protected pages × roles", () => {
  it("finds the protected pages", () => expect(pageFiles.length).toBeGreaterThan(0));

  for (const file of pageFiles) {
    const route = routeOf(file);
    const rule = ruleFor(route)!;
    const dynamic = route.includes("[");
    const path = route.replace(DYNAMIC_SEGMENT, PLACEHOLDER_ID);
    for (const who of WHO) {
      const expected = who === "anonymous" ? "redirect" : can(ROLE_OF[who], rule.permission) ? "ok" : "forbidden";
      it(`${route} as ${who} → ${expected}`, async () => {
        await actAs(who);
        const { default: Page } = (await import(/* @vite-ignore */ file)) as { default: (props: unknown) => unknown };
        const outcome = await outcomeOf(() => Page({ params: Promise.resolve(paramsFor(route)), searchParams: Promise.resolve({}) }));
        if (expected === "ok" && dynamic) expect(["ok", "not_found"]).toContain(outcome.kind);
        else expect(outcome.kind).toBe(expected);
        if (outcome.kind === "redirect") expect(decodeURIComponent(outcome.location)).toBe(`/login?next=${path}`);
      });
    }
  }
});

describe("server actions × roles", () => {
  const exported: Array<[string, (...args: never[]) => Promise<unknown>]> = [];

  it("every exported action has an access expectation", async () => {
    for (const file of actionFiles) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") exported.push([name, value as never]);
    }
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.map(([n]) => n).filter((n) => !ACTION_CASES[n])).toEqual([]);
  });

  for (const [name, spec] of Object.entries(ACTION_CASES)) {
    for (const who of WHO) {
      const expectAllowed = allowed(spec.access, who);
      it(`${name} as ${who} → ${expectAllowed ? "allowed" : "denied"}`, async () => {
        await actAs(who);
        const fn = exported.find(([n]) => n === name)?.[1];
        expect(fn, `${name} not exported by any actions file`).toBeDefined();
        let message = "";
        const outcome = await outcomeOf(async () => {
          const result = (await spec.call(fn!)) as { message?: string; error?: string } | undefined;
          message = result?.message ?? result?.error ?? "";
        });
        const denied = outcome.kind === "ok" && DENIAL_MESSAGES.includes(message);
        expect(denied, `${name} as ${who}: ${message}`).toBe(!expectAllowed);
      });
    }
  }
});

describe("route handlers × roles", () => {
  const route = { params: Promise.resolve({}) };

  for (const who of WHO) {
    it(`/api/v1/me with ${who}'s session cookie and no key → 401 (cookies never authenticate the API)`, async () => {
      await actAs(who);
      const { headers } = await import("@/test/mocks/next-headers");
      const { GET } = await import("@/app/api/v1/me/route");
      const res = await GET(new Request("http://localhost:3000/api/v1/me", { headers: await headers() }), route);
      expect(res.status).toBe(401);
    });

    it(`/api/health as ${who} → 200 (public)`, async () => {
      await actAs(who);
      const { GET } = await import("@/app/api/health/route");
      expect((await GET()).status).toBe(200);
    });
  }

  it("a cross-site POST to the Auth.js routes is refused before Auth.js sees it", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const { NextRequest } = await import("next/server");
    const res = await POST(new NextRequest("http://localhost:3000/api/auth/signout", { method: "POST", headers: { origin: "https://evil.example.com", "sec-fetch-site": "cross-site" } }));
    expect(res.status).toBe(403);
  });
});
