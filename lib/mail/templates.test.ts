import { describe, expect, it } from "vitest";
import { escapeHtml, notificationMail, passwordResetMail, verifyEmailMail } from "./templates";

describe("escapeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`"quoted" & 'single'`, "&quot;quoted&quot; &amp; &#39;single&#39;"],
    ["plain text", "plain text"],
    ["&amp;", "&amp;amp;"],
  ])("%s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("mail templates", () => {
  const url = "https://4uai.example/verify?token=a&b=<c>";

  it("puts the link in text and escaped in HTML", () => {
    const mail = verifyEmailMail({ url, name: "Ada" });

    expect(mail.subject).toBe("Verify your email for 4UAI");
    expect(mail.text).toContain("https://4uai.example/verify?token=a&b=%3Cc%3E");
    expect(mail.html).toContain('href="https://4uai.example/verify?token=a&amp;b=%3Cc%3E"');
    expect(mail.html).not.toContain("<c>");
  });

  it("escapes user-controlled names and notification content", () => {
    const verify = verifyEmailMail({ url: "https://4uai.example/v", name: '<img src=x onerror="alert(1)">' });
    const notice = notificationMail({ title: "Run <b>done</b>", body: "Output: <script>x()</script>\n\nSecond & last", url: "https://4uai.example/runs/1" });

    expect(verify.html).not.toContain("<img");
    expect(verify.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(notice.subject).toBe("Run <b>done</b>");
    expect(notice.html).toContain("Run &lt;b&gt;done&lt;/b&gt;");
    expect(notice.html).not.toContain("<script>");
    expect(notice.html).toContain("Second &amp; last");
    expect(notice.text).toContain("https://4uai.example/runs/1");
  });

  it("refuses links that are not http(s)", () => {
    expect(() => passwordResetMail({ url: "javascript:alert(1)" })).toThrow(/javascript:/);
    expect(() => notificationMail({ title: "t", body: "b", url: "data:text/html,hi" })).toThrow();
    expect(() => verifyEmailMail({ url: "not a url" })).toThrow();
  });
});
