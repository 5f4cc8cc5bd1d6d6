import Link from "next/link";

/** The signed-in area of the header; gains the account menu and notification bell with auth. */
export async function HeaderAccount() {
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
