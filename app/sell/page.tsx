import type { Metadata } from "next";
import Link from "next/link";
import { BadgeCheck, Clock, Coins, LayoutDashboard, MailWarning, ReceiptText, ShieldCheck, XCircle } from "lucide-react";
import { CreatorApplicationForm } from "@/components/creator/creator-application-form";
import { ApplicationProgress } from "@/components/creator/application-progress";
import { StepBadge } from "@/components/site/step-badge";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/catalog/format";
import { getSellState, REAPPLY_AFTER_DAYS, type SellState } from "@/lib/creator/applications";

export const metadata: Metadata = {
  title: "Sell on 4UAI",
  description: "Become a verified creator, publish AI agents that pass moderation, and keep 80% of every sale.",
};

const steps = [
  { icon: BadgeCheck, title: "Get verified", body: "Apply once. We check your profile, links and track record so shoppers know who built what they buy." },
  { icon: ShieldCheck, title: "Every submission is moderated", body: "Each new agent and version passes automated checks and a review against our policy before it is listed." },
  { icon: Coins, title: "Keep 80% of every sale", body: "Sell once or by subscription. 4UAI takes a 20% platform fee that covers checkout, licensing, metering and hosting." },
  { icon: ReceiptText, title: "A ledger you can audit", body: "Every sale, refund and dispute is an entry in your payouts ledger, in exact cents, visible in your studio." },
];

const NEXT = encodeURIComponent("/sell");

export default async function SellPage() {
  const user = await getCurrentUser();
  const state = await getSellState(await getDb(), user);

  return (
    <div className="pb-20">
      <section className="border-b bg-gradient-to-b from-accent/60 to-transparent">
        <div className="mx-auto max-w-4xl px-4 py-16 text-center sm:px-6">
          <p className="text-sm font-semibold text-primary">For creators</p>
          <h1 className="mt-2 text-4xl font-bold tracking-tight sm:text-5xl">Sell your AI agents on 4UAI</h1>
          <p className="mx-auto mt-4 max-w-2xl text-lg text-muted-foreground">
            Turn a prompt, a workflow and your expertise into a product. We handle checkout, licenses, metered runs and payouts;
            you keep 80% of every sale.
          </p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <Button asChild size="lg">
              <a href="#get-started">{state.kind === "creator" ? "Go to your studio" : "Get started"}</a>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/agents">See what sells</Link>
            </Button>
          </div>
        </div>
      </section>

      <section aria-labelledby="how-heading" className="mx-auto max-w-6xl px-4 pt-16 sm:px-6">
        <h2 id="how-heading" className="text-2xl font-semibold tracking-tight">How selling works</h2>
        <ol className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, i) => (
            <li key={step.title} className="rounded-xl border bg-card p-6 shadow-sm">
              <StepBadge icon={step.icon} number={i + 1} />
              <h3 className="mt-4 font-semibold">{step.title}</h3>
              <p className="mt-2 text-sm leading-6 text-muted-foreground">{step.body}</p>
            </li>
          ))}
        </ol>
        <dl className="mt-8 grid gap-4 rounded-xl border bg-card p-6 text-sm shadow-sm sm:grid-cols-3">
          <div>
            <dt className="text-muted-foreground">On a $20 sale you receive</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">$16.00</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Platform fee</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">20%</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Refunds and disputes</dt>
            <dd className="mt-1 text-muted-foreground">Reverse the same split, so the ledger always adds up.</dd>
          </div>
        </dl>
      </section>

      <section id="get-started" aria-labelledby="get-started-heading" className="mx-auto max-w-3xl scroll-mt-20 px-4 pt-16 sm:px-6">
        <div className="rounded-2xl border bg-card p-6 shadow-sm sm:p-8">
          <CallToAction state={state} />
        </div>
      </section>
    </div>
  );
}

function Heading({ icon: Icon, children }: { icon: typeof Clock; children: React.ReactNode }) {
  return (
    <h2 id="get-started-heading" className="flex items-center gap-3 text-xl font-semibold tracking-tight">
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-primary/10 text-primary">
        <Icon className="size-5" aria-hidden />
      </span>
      {children}
    </h2>
  );
}

function ApplyForm({ intro }: { intro: string }) {
  return (
    <>
      <Heading icon={BadgeCheck}>Apply to become a creator</Heading>
      <p className="mt-2 text-sm text-muted-foreground">{intro}</p>
      <div className="mt-6">
        <CreatorApplicationForm />
      </div>
    </>
  );
}

function CallToAction({ state }: { state: SellState }) {
  switch (state.kind) {
    case "anonymous":
      return (
        <>
          <Heading icon={BadgeCheck}>Start with a free account</Heading>
          <p className="mt-2 text-sm text-muted-foreground">
            Applying takes a few minutes once you are signed in with a verified email address.
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Button asChild>
              <Link href={`/signup?next=${NEXT}`}>Create an account</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/login?next=${NEXT}`}>Sign in</Link>
            </Button>
          </div>
        </>
      );
    case "unverified":
      return (
        <>
          <Heading icon={MailWarning}>Verify your email to apply</Heading>
          <p className="mt-2 text-sm text-muted-foreground">
            Creators are verified people, so applying needs a confirmed email address. Open the link we sent when you signed up, or
            send a new one from your settings.
          </p>
          <div className="mt-6">
            <Button asChild>
              <Link href="/settings">Resend the verification email</Link>
            </Button>
          </div>
        </>
      );
    case "creator":
      return (
        <>
          <Heading icon={LayoutDashboard}>You are a creator on 4UAI</Heading>
          <p className="mt-2 text-sm text-muted-foreground">
            Manage your agents, follow moderation and see your earnings in the creator studio.
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Button asChild>
              <Link href="/creator">Open the creator studio</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/creators/${state.handle}`}>View your public page</Link>
            </Button>
          </div>
        </>
      );
    case "in_progress":
      return (
        <>
          <Heading icon={Clock}>{state.application.stage === "approved" ? "Your application was approved" : "Your application is in progress"}</Heading>
          <p className="mt-2 text-sm text-muted-foreground">
            {state.application.stage === "approved"
              ? "Your creator studio is being set up and will be available shortly."
              : "We score every application automatically, then a person reviews it when needed. We will notify you as soon as it is decided."}
          </p>
          <ApplicationProgress application={state.application} />
        </>
      );
    case "rejected":
      return (
        <>
          <Heading icon={XCircle}>Your last application was not approved</Heading>
          <div className="mt-4 rounded-lg border border-destructive/30 bg-destructive/5 p-4 text-sm">
            <p className="font-medium">Reason given</p>
            <p className="mt-1 text-muted-foreground">{state.application.reason?.trim() || "No reason was recorded."}</p>
            <p className="mt-2 text-xs text-muted-foreground">
              Application for @{state.application.handle}, decided {formatDate(state.application.decidedAt ?? state.application.createdAt)}.
            </p>
          </div>
          {state.canReapply ? (
            <div className="mt-8 border-t pt-8">
              <ApplyForm intro="Address the reason above in your new application; it goes through the same checks." />
            </div>
          ) : (
            <p className="mt-4 text-sm text-muted-foreground">
              You can apply again from <strong className="font-medium text-foreground">{formatDate(state.reapplyAt)}</strong>,{" "}
              {REAPPLY_AFTER_DAYS} days after the decision. Use the time to address the reason above.
            </p>
          )}
        </>
      );
    case "eligible":
      return <ApplyForm intro="Tell us who you are and what you plan to sell. Scoring is automatic, and a person reviews the applications it cannot decide." />;
  }
}
