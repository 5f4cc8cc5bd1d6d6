import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getAdminOverview } from "@/lib/admin/overview";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Admin" };

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

export default async function AdminPage() {
  await requirePagePermission("admin.dashboard", "/admin");
  const o = await getAdminOverview(await getDb());
  const tiles = [
    { label: "Users", value: o.users.toLocaleString("en-US"), note: `${o.suspended} suspended`, href: "/admin/users" },
    { label: "Creator applications waiting", value: String(o.pendingApplications), note: "Submitted, scoring or in review" },
    { label: "Agents awaiting moderation", value: String(o.pendingModeration), note: "In the moderation queue" },
    { label: "Dead-lettered jobs", value: String(o.deadLetters), note: "Not yet replayed" },
    { label: "Gross sales, 30 days", value: usd.format(o.revenue30dCents / 100), note: "From the ledger" },
    { label: "Runs, 24 hours", value: o.runs24h.toLocaleString("en-US"), note: "All statuses" },
  ];
  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Admin</h1>
      <p className="mt-1 text-sm text-muted-foreground">The state of the marketplace right now.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((t) => (
          <li key={t.label} className="rounded-xl border bg-card p-5 shadow-sm">
            <p className="text-sm text-muted-foreground">{t.label}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums">{t.value}</p>
            <p className="mt-1 text-xs text-muted-foreground">{t.href ? <Link href={t.href} className="underline-offset-4 hover:underline">{t.note}</Link> : t.note}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
