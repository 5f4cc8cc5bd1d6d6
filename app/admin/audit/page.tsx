import type { Metadata } from "next";
import Link from "next/link";
import { PageNav } from "@/components/admin/page-nav";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { getDb } from "@/db/client";
import { AUDIT_PAGE_SIZE, auditActions, auditFilterSchema, listAudit } from "@/lib/audit/audit-query";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log · Admin" };

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("admin.audit", "/admin/audit");
  const raw = await searchParams;
  const single = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);
  const filter = auditFilterSchema.parse({ action: single(raw.action), actor: single(raw.actor), subject: single(raw.subject), from: single(raw.from), to: single(raw.to), page: single(raw.page) });
  const db = await getDb();
  const [{ rows, total }, actions] = await Promise.all([listAudit(db, filter), auditActions(db)]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const query = Object.fromEntries(Object.entries({ action: filter.action, actor: filter.actor, subject: filter.subject, from: filter.from, to: filter.to }).filter(([, v]) => v)) as Record<string, string>;
  const pageHref = (p: number) => `/admin/audit?${new URLSearchParams({ ...query, page: String(p) })}`;

  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Audit log</h1>
      <p className="mt-1 text-sm text-muted-foreground">Sign-in failures, role and admin changes, suspensions, API keys, money and moderation. UTC times.</p>
      <form className="mt-6 grid gap-3 rounded-xl border p-4 sm:grid-cols-6" aria-label="Filter the audit log">
        <div className="grid gap-1 sm:col-span-2">
          <Label htmlFor="action">Action</Label>
          <Input id="action" name="action" list="audit-actions" defaultValue={filter.action} maxLength={80} placeholder="e.g. auth.sign_in_failed" />
          <datalist id="audit-actions">{actions.map((a) => <option key={a} value={a} />)}</datalist>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="actor">Actor email</Label>
          <Input id="actor" name="actor" defaultValue={filter.actor} maxLength={254} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="from">From</Label>
          <Input id="from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="to">To</Label>
          <Input id="to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit">Filter</Button>
          <Link href="/admin/audit" className="text-sm text-muted-foreground underline-offset-4 hover:underline">Clear</Link>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">No audit entries match these filters.</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-xl border">
          <table className="w-full text-left text-sm">
            <thead className="bg-muted/50 text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">When</th>
                <th scope="col" className="px-4 py-2 font-medium">Action</th>
                <th scope="col" className="px-4 py-2 font-medium">Actor</th>
                <th scope="col" className="px-4 py-2 font-medium">Subject</th>
                <th scope="col" className="px-4 py-2 font-medium">IP</th>
                <th scope="col" className="px-4 py-2 font-medium">Details</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ entry, actorEmail }) => (
                <tr key={entry.id} className="border-t align-top">
                  <td className="whitespace-nowrap px-4 py-2 text-muted-foreground">{timeFormat.format(entry.createdAt)}</td>
                  <td className="px-4 py-2 font-mono text-xs">{entry.action}</td>
                  <td className="px-4 py-2">{actorEmail ?? <span className="text-muted-foreground">anonymous</span>}</td>
                  <td className="px-4 py-2 text-xs"><span className="text-muted-foreground">{entry.subjectType}</span> {entry.subjectId}</td>
                  <td className="px-4 py-2 font-mono text-xs">{entry.ip ?? "—"}</td>
                  <td className="max-w-xs truncate px-4 py-2 font-mono text-xs" title={JSON.stringify(entry.metadata)}>{Object.keys(entry.metadata).length ? JSON.stringify(entry.metadata) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageNav page={filter.page} pages={pages} hrefFor={pageHref} previousLabel="← Newer" nextLabel="Older →" />
    </div>
  );
}
