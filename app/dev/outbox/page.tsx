import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isStrictProduction } from "@/lib/env";
import { linkify } from "@/lib/mail/linkify";
import { listOutbox, type OutboxEntry } from "@/lib/mail/outbox";

export const metadata: Metadata = { title: "Dev outbox", robots: { index: false, follow: false } };
// Reads the database on every request; nothing is prerendered at build.
export const dynamic = "force-dynamic";

const STATUS_STYLES: Record<OutboxEntry["status"], string> = {
  queued: "bg-amber-100 text-amber-900",
  sent: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
};

export default async function OutboxPage() {
  if (isStrictProduction) notFound();
  const mails = await listOutbox({ limit: 100 });

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
      <p className="mb-6 text-sm text-muted-foreground">
        Mail the app sent without an SMTP server (EMAIL_SERVER unset), newest first. Development and demo only.
      </p>
      {mails.length === 0 ? (
        <p className="rounded-lg border border-dashed p-10 text-center text-sm text-muted-foreground">No mail yet.</p>
      ) : (
        <ol className="space-y-4">
          {mails.map((mail) => (
            <li key={mail.id}>
              <OutboxMail mail={mail} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function OutboxMail({ mail }: { mail: OutboxEntry }) {
  return (
    <article className="rounded-lg border p-4" data-testid="outbox-mail" data-to={mail.to}>
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">{mail.subject}</h2>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[mail.status]}`}>{mail.status}</span>
      </header>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-muted-foreground">To</dt>
        <dd data-testid="outbox-to">{mail.to}</dd>
        <dt className="text-muted-foreground">Time</dt>
        <dd>
          <time dateTime={mail.createdAt.toISOString()}>{mail.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
        </dd>
        {mail.error && (
          <>
            <dt className="text-muted-foreground">Error</dt>
            <dd className="text-destructive">{mail.error}</dd>
          </>
        )}
      </dl>
      <div className="whitespace-pre-wrap break-words rounded-md bg-muted p-3 font-mono text-sm" data-testid="outbox-body">
        {linkify(mail.text).map((part, i) =>
          part.kind === "link" ? (
            <a key={i} href={part.value} className="text-primary underline underline-offset-2">
              {part.value}
            </a>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </div>
    </article>
  );
}
