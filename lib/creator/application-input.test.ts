import { describe, expect, it } from "vitest";
import { creatorApplicationSchema, handleProblem } from "./application-input";

const valid = {
  handle: "pixel-forge",
  displayName: "Pixel Forge",
  bio: "We build image and copy agents for small shops.",
  website: "",
  links: "",
  plannedAgents: "A product-photo captioner and an alt-text writer.",
};
const parse = (over: Record<string, unknown>) => creatorApplicationSchema.safeParse({ ...valid, ...over });
const errorsOf = (over: Record<string, unknown>) => {
  const r = parse(over);
  return r.success ? {} : (r.error.flatten().fieldErrors as Record<string, string[]>);
};

describe("handleProblem", () => {
  it.each([
    ["abc", null],
    ["nova-labs-2", null],
    ["a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5", null],
    ["ab", "Use at least 3 characters"],
    ["a".repeat(31), "Use at most 30 characters"],
    ["under_score", "Use only lowercase letters, digits and hyphens"],
    ["Upper", "Use only lowercase letters, digits and hyphens"],
    ["spa ce", "Use only lowercase letters, digits and hyphens"],
    ["ünï", "Use only lowercase letters, digits and hyphens"],
    ["-lead", "A handle cannot start or end with a hyphen"],
    ["trail-", "A handle cannot start or end with a hyphen"],
    ["dou--ble", "Use single hyphens between words"],
    ["admin", "This handle is reserved"],
    ["api", "This handle is reserved"],
    ["4uai", "This handle is reserved"],
    ["support", "This handle is reserved"],
    ["official-4uai-team", "This handle is reserved"],
  ])("%s → %s", (handle, problem) => expect(handleProblem(handle)).toBe(problem));
});

describe("creatorApplicationSchema", () => {
  it("accepts a complete application and normalizes it", () => {
    const r = parse({ handle: "  Pixel-Forge ", website: "https://pixelforge.example.com", links: "https://github.com/pixelforge\n\n http://pixelforge.example.com/about \nhttps://github.com/pixelforge" });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      ...valid,
      handle: "pixel-forge",
      website: "https://pixelforge.example.com/",
      links: ["https://github.com/pixelforge", "http://pixelforge.example.com/about"],
    });
  });

  it("treats the optional fields as optional", () => {
    const { website: _w, links: _l, ...required } = valid;
    const r = creatorApplicationSchema.safeParse(required);
    expect(r.success && r.data.website === null && r.data.links.length === 0).toBe(true);
  });

  it.each<[Record<string, unknown>, string, RegExp]>([
    [{ handle: "x" }, "handle", /at least 3/],
    [{ handle: "support" }, "handle", /reserved/],
    [{ displayName: "A" }, "displayName", /at least 2/],
    [{ displayName: "A".repeat(61) }, "displayName", /at most 60/],
    [{ bio: "too short" }, "bio", /at least 20/],
    [{ bio: "b".repeat(1001) }, "bio", /at most 1,000/],
    [{ plannedAgents: "soon" }, "plannedAgents", /at least 20/],
    [{ plannedAgents: "p".repeat(2001) }, "plannedAgents", /at most 2,000/],
    [{ website: "http://plain.example.com" }, "website", /https/],
    [{ website: "javascript:alert(1)" }, "website", /https/],
    [{ website: "https://localhost" }, "website", /https/],
    [{ website: "https://user:pw@example.com" }, "website", /https/],
    [{ links: "ftp://files.example.com" }, "links", /Line 1/],
    [{ links: "https://ok.example.com\njavascript:alert(1)" }, "links", /Line 2/],
    [{ links: "not a url" }, "links", /Line 1/],
    [{ links: Array.from({ length: 6 }, (_, i) => `https://l${i}.example.com`).join("\n") }, "links", /at most 5/],
  ])("refuses %o on %s", (over, field, message) => {
    const errors = errorsOf(over);
    expect(errors[field]?.[0]).toMatch(message);
  });

  it("refuses unknown fields and non-string values", () => {
    expect(parse({ stage: "approved" }).success).toBe(false);
    expect(parse({ userId: "someone-else" }).success).toBe(false);
    expect(parse({ bio: 42 }).success).toBe(false);
  });
});
