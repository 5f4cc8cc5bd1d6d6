import type { Metadata } from "next";
import { z } from "zod";
import { UserActions } from "@/components/admin/user-actions";
import { Badge } from "@/components/ui/badge";
import { PageNav } from "@/components/admin/page-nav";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { getDb } from "@/db/client";
import { ADMIN_USERS_PAGE_SIZE, searchUsers } from "@/lib/admin/users";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Users · Admin" };

const paramsSchema = z.object({
  q: z.string().max(100).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePagePermission("admin.users", "/admin/users");
  const raw = await searchParams;
  const { q, page } = paramsSchema.parse({ q: typeof raw.q === "string" ? raw.q : undefined, page: typeof raw.page === "string" ? raw.page : undefined });
  const { rows, total } = await searchUsers(await getDb(), { q, page });
  const pages = Math.max(1, Math.ceil(total / ADMIN_USERS_PAGE_SIZE));
  const pageHref = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Users</h1>
          <p className="mt-1 text-sm text-muted-foreground">{total.toLocaleString("en-US")} accounts. Roles are derived; changes here are audited.</p>
        </div>
        <form className="flex gap-2" role="search">
          <label htmlFor="user-search" className="sr-only">Search users</label>
          <Input id="user-search" name="q" defaultValue={q} placeholder="Email or name" maxLength={100} className="w-64" />
          <Button type="submit" variant="secondary">Search</Button>
        </form>
      </div>
      {rows.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">No users match “{q}”.</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-xl border">
          <table className="w-full text-left text-sm">
            <thead className="bg-muted/50 text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">User</th>
                <th scope="col" className="px-4 py-2 font-medium">Role</th>
                <th scope="col" className="px-4 py-2 font-medium">Joined</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id} className="border-t" data-testid={`user-row-${u.email}`}>
                  <td className="px-4 py-3">
                    <div className="font-medium">{u.name ?? "—"}</div>
                    <div className="text-muted-foreground">{u.email}</div>
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-wrap items-center gap-2">
                      {u.role ? <Badge variant={u.role === "admin" ? "default" : "secondary"}>{ROLE_LABELS[u.role]}</Badge> : <Badge variant="destructive">No role</Badge>}
                      {u.status === "suspended" ? <Badge variant="destructive">Suspended</Badge> : null}
                    </div>
                    <div className="mt-1 text-xs text-muted-foreground">{u.reason}</div>
                  </td>
                  <td className="px-4 py-3 text-muted-foreground">{dateFormat.format(u.createdAt)}</td>
                  <td className="px-4 py-3">
                    <UserActions userId={u.id} email={u.email} status={u.status} isAdmin={u.isAdmin} isSelf={u.id === admin.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageNav page={page} pages={pages} hrefFor={pageHref} />
    </div>
  );
}
