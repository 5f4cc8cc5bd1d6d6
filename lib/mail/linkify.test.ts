import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("splits text and http(s) links, leaving sentence punctuation out of the link", () => {
    expect(linkify("Open https://a.example/v?t=1&x=2. Then http://b.example/x)")).toEqual([
      { kind: "text", value: "Open " },
      { kind: "link", value: "https://a.example/v?t=1&x=2" },
      { kind: "text", value: ". Then " },
      { kind: "link", value: "http://b.example/x" },
      { kind: "text", value: ")" },
    ]);
  });

  it("leaves other schemes as text", () => {
    expect(linkify("javascript:alert(1) ftp://x")).toEqual([{ kind: "text", value: "javascript:alert(1) ftp://x" }]);
  });

  it("handles text without links and empty text", () => {
    expect(linkify("no links")).toEqual([{ kind: "text", value: "no links" }]);
    expect(linkify("")).toEqual([]);
  });
});
