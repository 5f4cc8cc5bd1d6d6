import type { Metadata } from "next";
import { ChangePasswordForm, ResendVerificationForm } from "@/components/auth/account-forms";
import { CreateApiKeyForm, RevokeApiKeyButton } from "@/components/settings/api-key-forms";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db/client";
import { listApiKeys } from "@/lib/api-keys/api-keys";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border bg-card p-6 shadow-sm" aria-labelledby={`${title}-heading`}>
      <h2 id={`${title}-heading`} className="text-lg font-semibold">{title}</h2>
      {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function keyState(key: { revokedAt: Date | null; expiresAt: Date | null }): { label: string; tone: "default" | "secondary" | "destructive" } {
  if (key.revokedAt) return { label: "Revoked", tone: "destructive" };
  if (key.expiresAt && key.expiresAt <= new Date()) return { label: "Expired", tone: "secondary" };
  return { label: "Active", tone: "default" };
}

export default async function SettingsPage() {
  const user = await requirePagePermission("settings.manage", "/settings");
  const canUseApi = can(user.role, "api_key.manage");
  const keys = canUseApi ? await listApiKeys(await getDb(), user.id) : [];

  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">Settings</h1>

      <Section title="Account">
        <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted-foreground">Name</dt>
          <dd>{user.name ?? "—"}</dd>
          <dt className="text-muted-foreground">Email</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {user.email}
            {user.emailVerified ? <Badge variant="secondary">Verified</Badge> : <Badge variant="destructive">Not verified</Badge>}
          </dd>
          <dt className="text-muted-foreground">Role</dt>
          <dd>
            <span data-testid="current-role">{ROLE_LABELS[user.role]}</span> <span className="text-muted-foreground">· {user.roleReason}</span>
          </dd>
        </dl>
        {!user.emailVerified ? (
          <div className="mt-4 max-w-xs">
            <ResendVerificationForm />
          </div>
        ) : null}
      </Section>

      <Section title="Password" description="Changing your password signs out every other session.">
        <div className="max-w-sm">
          <ChangePasswordForm />
        </div>
      </Section>

      <Section title="API keys" description="Call 4UAI from your own code with 'Authorization: Bearer <key>'. Keys are shown once and stored hashed.">
        {canUseApi ? (
          <div className="grid gap-6">
            <CreateApiKeyForm />
            {keys.length === 0 ? (
              <p className="text-sm text-muted-foreground">You have no API keys yet.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead className="text-muted-foreground">
                    <tr>
                      <th scope="col" className="py-2 pr-4 font-medium">Name</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Key</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Scope</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Expires</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Status</th>
                      <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {keys.map((key) => {
                      const state = keyState(key);
                      return (
                        <tr key={key.id} className="border-t">
                          <td className="py-2 pr-4">{key.name}</td>
                          <td className="py-2 pr-4 font-mono text-xs">{key.prefix}…</td>
                          <td className="py-2 pr-4">{key.agentName ?? "All agents"}</td>
                          <td className="py-2 pr-4">{key.expiresAt ? dateFormat.format(key.expiresAt) : "Never"}</td>
                          <td className="py-2 pr-4"><Badge variant={state.tone}>{state.label}</Badge></td>
                          <td className="py-2 text-right">{state.label === "Active" ? <RevokeApiKeyButton keyId={key.id} name={key.name} /> : null}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Verify your email to create API keys.</p>
        )}
      </Section>
    </div>
  );
}
