import Link from "next/link";
import { ShieldAlert } from "lucide-react";

export function ForbiddenView() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center px-4 py-24 text-center">
      <ShieldAlert className="size-10 text-muted-foreground" aria-hidden />
      <p className="mt-4 text-sm font-semibold text-primary">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">You do not have access to this page</h1>
      <p className="mt-3 text-sm text-muted-foreground">
        Your account&apos;s role does not include this area. If your access just changed, sign out and sign in again.
      </p>
      <div className="mt-6 flex gap-3">
        <Link href="/" className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground hover:bg-primary/90">
          Go to the storefront
        </Link>
        <Link href="/settings" className="rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent">
          Your settings
        </Link>
      </div>
    </div>
  );
}
