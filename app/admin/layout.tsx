import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";

const NAV = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePagePermission("admin.dashboard", "/admin");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label="Admin" className="mb-6 flex flex-wrap gap-1 border-b pb-3">
        {NAV.map((item) => (
          <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-foreground">
            {item.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
