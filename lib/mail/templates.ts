/** A rendered mail: plain text always (it is what /dev/outbox shows), HTML for capable clients. */
export type MailContent = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Links in mail must be absolute http(s) URLs; anything else (javascript:, data:) is refused. */
export function safeUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`Refusing a ${url.protocol} link in mail`);
  return url.toString();
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(text)}</p>`;
}

function button(label: string, url: string): string {
  return (
    `<p style="margin:24px 0"><a href="${escapeHtml(url)}" ` +
    `style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`
  );
}

function layout(title: string, body: string): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;color:#111;max-width:560px;margin:0 auto;padding:24px">` +
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>${body}` +
    `<p style="margin:32px 0 0;color:#666;font-size:12px">4UAI — the marketplace for AI agents</p></body></html>`
  );
}

function greeting(name?: string): string {
  return name?.trim() ? `Hi ${name.trim()},` : "Hi,";
}

export function verifyEmailMail({ url, name }: { url: string; name?: string }): MailContent {
  const link = safeUrl(url);
  const intro = "Confirm your email address to unlock purchases, reviews and API keys on 4UAI.";
  const outro = "The link expires in 24 hours. If you did not sign up, ignore this mail.";
  return {
    subject: "Verify your email for 4UAI",
    text: `${greeting(name)}\n\n${intro}\n\n${link}\n\n${outro}\n`,
    html: layout("Verify your email", paragraph(greeting(name)) + paragraph(intro) + button("Verify email", link) + paragraph(outro)),
  };
}

export function passwordResetMail({ url, name }: { url: string; name?: string }): MailContent {
  const link = safeUrl(url);
  const intro = "Someone asked to reset the password of your 4UAI account. Choose a new one here:";
  const outro = "The link expires in 1 hour. If it was not you, ignore this mail; your password stays the same.";
  return {
    subject: "Reset your 4UAI password",
    text: `${greeting(name)}\n\n${intro}\n\n${link}\n\n${outro}\n`,
    html: layout("Reset your password", paragraph(greeting(name)) + paragraph(intro) + button("Reset password", link) + paragraph(outro)),
  };
}

export function notificationMail({ title, body, url }: { title: string; body: string; url?: string }): MailContent {
  const link = url ? safeUrl(url) : undefined;
  const text = [body, link].filter(Boolean).join("\n\n");
  const html = layout(title, body.split(/\n{2,}/).map(paragraph).join("") + (link ? button("Open in 4UAI", link) : ""));
  return { subject: title, text: `${text}\n`, html };
}
