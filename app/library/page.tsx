import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { formatCents, formatDate, plural } from "@/lib/catalog/format";
import { listOwnedLicenses, listRecentlyRunFreeAgents, type LibraryAgent, type OwnedLicense } from "@/lib/library/library";
import { LICENSE_STATUS_LABELS, licenseStatusNote } from "@/lib/library/license-status";
import { formatDateTime } from "@/lib/runs/format";

export const metadata: Metadata = { title: "Library" };

const linkClass = "rounded-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

function Section({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border bg-card p-6 shadow-sm" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-sm text-muted-foreground">{description}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function AgentName({ agent }: { agent: LibraryAgent }) {
  return agent.listed ? (
    <Link href={`/agents/${agent.slug}`} className={linkClass}>{agent.name}</Link>
  ) : (
    <span className="font-medium">
      {agent.name} <span className="font-normal text-muted-foreground">(no longer listed)</span>
    </span>
  );
}

function pricePaid(license: OwnedLicense): string {
  if (license.amountCents === null) return "—";
  const currency = (license.currency ?? "usd").toLowerCase();
  return currency === "usd" ? formatCents(license.amountCents) : `${(license.amountCents / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

const STATUS_TONE = { active: "secondary", revoked: "destructive", suspended: "outline" } as const;

function LicensesTable({ licenses }: { licenses: OwnedLicense[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Agents you hold a license for</caption>
        <thead className="bg-muted/50 text-muted-foreground">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Agent</th>
            <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">Purchased</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Price paid</th>
            <th scope="col" className="hidden px-4 py-2 font-medium md:table-cell">License key</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
          </tr>
        </thead>
        <tbody>
          {licenses.map((license) => {
            const note = licenseStatusNote(license.status, license.orderStatus);
            return (
              <tr key={license.id} className="border-t align-top" data-testid="owned-license">
                <td className="px-4 py-3">
                  <AgentName agent={license.agent} />
                  <div className="text-muted-foreground">
                    by{" "}
                    <Link href={`/creators/${license.agent.creator.handle}`} className={`${linkClass} font-normal`}>
                      {license.agent.creator.displayName}
                    </Link>
                  </div>
                  {/* On narrow screens the hidden columns' facts move under the name. */}
                  <div className="mt-1 text-xs text-muted-foreground md:hidden">
                    Bought <time dateTime={license.purchasedAt.toISOString()}>{formatDate(license.purchasedAt)}</time> · key <span className="font-mono">{license.keyPrefix}…</span>
                  </div>
                </td>
                <td className="hidden whitespace-nowrap px-4 py-3 text-muted-foreground md:table-cell">
                  <time dateTime={license.purchasedAt.toISOString()}>{formatDate(license.purchasedAt)}</time>
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">{pricePaid(license)}</td>
                <td className="hidden whitespace-nowrap px-4 py-3 font-mono text-xs md:table-cell">
                  {license.keyPrefix}…
                </td>
                <td className="px-4 py-3">
                  <Badge variant={STATUS_TONE[license.status]}>{LICENSE_STATUS_LABELS[license.status]}</Badge>
                  {note ? <p className="mt-1 max-w-xs text-xs text-muted-foreground">{note}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default async function LibraryPage() {
  const user = await requirePagePermission("library.view", "/library");
  const [licenses, recent] = await Promise.all([listOwnedLicenses(user.id), listRecentlyRunFreeAgents(user.id)]);
  const active = licenses.filter((l) => l.status === "active").length;

  return (
    <div className="mx-auto grid max-w-5xl grid-cols-1 gap-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Library</h1>
        <p className="mt-1 text-sm text-muted-foreground">The agents you own and the free agents you have run.</p>
      </div>

      {licenses.length === 0 && recent.length === 0 ? (
        <div className="rounded-xl border border-dashed p-10 text-center" data-testid="library-empty">
          <h2 className="text-lg font-semibold">Your library is empty</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-muted-foreground">
            Agents you buy and free agents you run show up here, so you can get back to them in one click.
          </p>
          <Button asChild className="mt-4">
            <Link href="/agents">Browse agents</Link>
          </Button>
        </div>
      ) : (
        <>
          <Section
            id="owned"
            title="Agents you own"
            description={licenses.length === 0 ? "Agents you buy appear here with their license." : `${plural(active, "active license")}${licenses.length > active ? `, ${licenses.length - active} inactive` : ""}. License keys are stored hashed; only their first characters are shown.`}
          >
            {licenses.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                You have not bought an agent yet. <Link href="/agents" className={linkClass}>Browse the catalog</Link> to find one.
              </p>
            ) : (
              <LicensesTable licenses={licenses} />
            )}
          </Section>

          <Section id="recent" title="Recently run" description="Free agents from your run history, the most recent first.">
            {recent.length === 0 ? (
              <p className="text-sm text-muted-foreground">
                You have not run a free agent yet. <Link href="/agents?pricing=free" className={linkClass}>Try a free agent</Link>.
              </p>
            ) : (
              <ul className="grid gap-3 sm:grid-cols-2" data-testid="recent-agents">
                {recent.map(({ agent, lastRunAt, runs }) => (
                  <li key={agent.id} className="rounded-lg border p-4">
                    <h3 className="truncate"><AgentName agent={agent} /></h3>
                    <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">{agent.tagline}</p>
                    <p className="mt-2 text-xs text-muted-foreground">
                      by {agent.creator.displayName} · {plural(runs, "run")} · last <time dateTime={lastRunAt.toISOString()}>{formatDateTime(lastRunAt)}</time>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <p className="text-sm text-muted-foreground">
            Looking for something new? <Link href="/agents" className={linkClass}>Browse all agents</Link>.
          </p>
        </>
      )}
    </div>
  );
}
