/**
 * A stand-in for next/headers outside a Next request: one mutable "current request" whose cookies
 * the real Auth.js reads and writes. Tests set it per case.
 */
type CookieValue = { name: string; value: string };

const state = { cookies: new Map<string, string>(), headers: new Headers({ "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "http", host: "localhost:3000" }) };

export function resetRequest(opts: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}) {
  state.cookies = new Map(Object.entries(opts.cookies ?? {}));
  state.headers = new Headers({ "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "http", host: "localhost:3000", ...opts.headers });
}

export function currentCookies(): Map<string, string> {
  return state.cookies;
}

function cookieHeader(): string {
  return [...state.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

export async function headers(): Promise<Headers> {
  const h = new Headers(state.headers);
  const cookie = cookieHeader();
  if (cookie) h.set("cookie", cookie);
  return h;
}

export async function cookies() {
  return {
    get: (name: string): CookieValue | undefined => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: (): CookieValue[] => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (nameOrOptions: string | { name: string; value: string; maxAge?: number; expires?: Date }, value?: string, options?: { maxAge?: number; expires?: Date }) => {
      const o = typeof nameOrOptions === "string" ? { name: nameOrOptions, value: value ?? "", ...options } : nameOrOptions;
      const expired = o.maxAge === 0 || (o.expires && o.expires.getTime() <= Date.now()) || o.value === "";
      if (expired) state.cookies.delete(o.name);
      else state.cookies.set(o.name, o.value);
    },
    delete: (name: string) => state.cookies.delete(name),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
