import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/account-forms";

export const metadata: Metadata = { title: "Verify your email" };

/** Verification happens on an explicit click, so link scanners that fetch the URL cannot consume the token. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && token.length >= 20 && token.length <= 200;
  return (
    <AuthCard
      title="Verify your email"
      description="Confirm this is your address to buy agents, write reviews and create API keys."
      footer={
        <Link href="/" className="font-medium text-foreground underline-offset-4 hover:underline">
          Back to 4UAI
        </Link>
      }
    >
      {valid ? (
        <VerifyEmailForm token={token} />
      ) : (
        <p role="alert" className="text-sm text-destructive">
          This verification link is incomplete. Sign in and request a new one from your settings.
        </p>
      )}
    </AuthCard>
  );
}
