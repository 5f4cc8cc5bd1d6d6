import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { githubSignInEnabled, signIn } from "@/auth";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Button } from "@/components/ui/button";
import { safeNextPath } from "@/lib/auth/route-access";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email already has a 4UAI account. Sign in with your password, then connect GitHub from settings.",
  AccessDenied: "Sign-in was refused.",
  Configuration: "Sign-in is misconfigured. Please try again later.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null, "/");
  if (await getCurrentUser()) redirect(next);
  const error = typeof params.error === "string" ? (OAUTH_ERRORS[params.error] ?? "Sign-in failed. Please try again.") : null;
  const signupHref = next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;

  return (
    <AuthCard
      title="Sign in to 4UAI"
      description="Run your agents, manage your library and API keys."
      footer={
        <>
          New here?{" "}
          <Link href={signupHref} className="font-medium text-foreground underline-offset-4 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {error ? (
        <p role="alert" className="mb-4 rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <SignInForm next={next} />
      {githubSignInEnabled ? (
        <form
          className="mt-4"
          action={async () => {
            "use server";
            await signIn("github", { redirectTo: next });
          }}
        >
          <Button type="submit" variant="outline" className="w-full">
            Continue with GitHub
          </Button>
        </form>
      ) : null}
    </AuthCard>
  );
}
