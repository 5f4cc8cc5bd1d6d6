import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./origin";

const app = "http://localhost:3000";
const req = (headers: Record<string, string>) => new Request(`${app}/api/thing`, { method: "POST", headers });

describe("isCrossSiteRequest", () => {
  it.each([
    [{ origin: app, "sec-fetch-site": "same-origin" }, false],
    [{ origin: app }, false],
    [{}, false],
    [{ "sec-fetch-site": "none" }, false],
    [{ origin: "https://evil.example.com" }, true],
    [{ origin: "null" }, true],
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ "sec-fetch-site": "same-site", origin: "http://sub.localhost:3000" }, true],
    [{ origin: app, "sec-fetch-site": "cross-site" }, true],
  ])("%o → %s", (headers, expected) => {
    expect(isCrossSiteRequest(req(headers), app)).toBe(expected);
  });
});
