import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (md: string) => renderToStaticMarkup(<Markdown>{md}</Markdown>);

describe("Markdown (untrusted creator content)", () => {
  it.each([
    ["script tag (its text may remain, as inert text)", "Hello <script>alert(1)</script> world", ["<script", "</script"]],
    ["img onerror", '<img src=x onerror="alert(1)">', ["<img", "onerror"]],
    ["markdown image (tracking pixel)", "![pixel](https://tracker.example.com/p.gif)", ["<img", "tracker.example.com"]],
    ["iframe", '<iframe src="https://evil.example.com"></iframe>', ["<iframe"]],
    ["javascript: link", "[click](javascript:alert(1))", ["javascript:"]],
    ["data: link", "[click](data:text/html;base64,PHNjcmlwdD4=)", ["data:text/html"]],
    ["inline event handler via html", '<a href="#" onclick="steal()">x</a>', ["onclick", "steal()"]],
    ["style injection", "<style>body{display:none}</style>", ["<style"]],
  ])("strips %s", (_name, md, forbidden) => {
    const html = render(md);
    for (const f of forbidden) expect(html).not.toContain(f);
  });

  it("renders GitHub-flavored markdown structure", () => {
    const html = render("## What you get\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ `code`");
    expect(html).toContain("<h3");
    expect(html).toContain("What you get");
    expect(html).toMatch(/<ul[^>]*>.*<li[^>]*>one<\/li>/s);
    expect(html).toContain("<table");
    expect(html).toContain("<del>old</del>");
    expect(html).toMatch(/<code[^>]*>code<\/code>/);
  });

  it("demotes h1 so the page keeps a single h1", () => {
    expect(render("# Title")).toMatch(/^<div[^>]*><h2/);
  });

  it("opens external links safely", () => {
    const html = render("[docs](https://example.com/docs)");
    expect(html).toContain('href="https://example.com/docs"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="nofollow ugc noopener noreferrer"');
  });

  it("keeps relative links in the same tab", () => {
    const html = render("[pricing](/pricing)");
    expect(html).toContain('href="/pricing"');
    expect(html).not.toContain("target=");
  });
});
