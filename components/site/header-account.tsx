import Link from "next/link";
import { can, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { AccountMenu, type AccountLink } from "./account-menu";

const MENU: Array<AccountLink & { permission: Permission }> = [
  { href: "/library", label: "Library", permission: "library.view" },
  { href: "/runs", label: "Runs", permission: "runs.own" },
  { href: "/usage", label: "Usage", permission: "usage.view" },
  { href: "/notifications", label: "Notifications", permission: "notifications.read" },
  { href: "/settings", label: "Settings", permission: "settings.manage" },
  { href: "/creator", label: "Creator studio", permission: "creator.studio" },
  { href: "/admin", label: "Admin", permission: "admin.dashboard" },
];

/** The signed-in area of the header; what it offers comes from the permission table. */
export async function HeaderAccount() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="flex items-center gap-2">
        <Link href="/login" className="rounded-md px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground">
          Sign in
        </Link>
        <Link href="/signup" className="rounded-md bg-primary px-3 py-2 text-sm font-medium text-primary-foreground hover:bg-primary/90">
          Sign up
        </Link>
      </div>
    );
  }
  const links = MENU.filter((item) => can(user.role, item.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <div className="flex items-center gap-2">
      <NotificationBell userId={user.id} />
      <AccountMenu name={user.name ?? user.email} email={user.email} roleLabel={ROLE_LABELS[user.role]} links={links} />
    </div>
  );
}
