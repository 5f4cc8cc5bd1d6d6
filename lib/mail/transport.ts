import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, settings } from "@/lib/env";
import type { QueuedMail } from "./outbox";

let transporter: Transporter | undefined;

function smtp(): Transporter {
  if (!env.EMAIL_SERVER) throw new Error("EMAIL_SERVER is not set; mail stays in the outbox in embedded mode");
  transporter ??= nodemailer.createTransport(env.EMAIL_SERVER);
  return transporter;
}

export async function sendViaSmtp(mail: QueuedMail): Promise<{ messageId: string }> {
  const info = await smtp().sendMail({
    from: settings.emailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
  });
  return { messageId: String(info.messageId) };
}
