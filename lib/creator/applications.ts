import "server-only";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { creatorApplications, creatorProfiles, users, type CreatorApplication } from "@/db/schema";
import { audit } from "@/lib/audit/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { notify } from "@/lib/notifications";
import type { CreatorApplicationInput } from "./application-input";

/** Stages in which an application still waits for a decision: one per user, and it holds its handle. */
export const IN_PROGRESS_STAGES = ["submitted", "scoring", "in_review"] as const satisfies ReadonlyArray<CreatorApplication["stage"]>;
export type InProgressStage = (typeof IN_PROGRESS_STAGES)[number];

/** After a rejection, a new application is accepted this many days after the decision. */
export const REAPPLY_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

export type ApplicationSummary = Pick<CreatorApplication, "id" | "handle" | "displayName" | "stage" | "reason" | "createdAt" | "decidedAt">;

/** Where a visitor of /sell stands, read from the database (never from the session token). */
export type SellState =
  | { kind: "anonymous" }
  | { kind: "unverified" }
  | { kind: "creator"; handle: string }
  | { kind: "in_progress"; application: ApplicationSummary & { stage: InProgressStage | "approved" } }
  | { kind: "rejected"; application: ApplicationSummary; reapplyAt: Date; canReapply: boolean }
  | { kind: "eligible" };

export function reapplyDate(application: Pick<CreatorApplication, "decidedAt" | "createdAt">): Date {
  return new Date((application.decidedAt ?? application.createdAt).getTime() + REAPPLY_AFTER_DAYS * DAY_MS);
}

const summaryColumns = {
  id: creatorApplications.id,
  handle: creatorApplications.handle,
  displayName: creatorApplications.displayName,
  stage: creatorApplications.stage,
  reason: creatorApplications.reason,
  createdAt: creatorApplications.createdAt,
  decidedAt: creatorApplications.decidedAt,
};

async function latestApplication(db: DbOrTx, userId: string): Promise<ApplicationSummary | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(creatorApplications)
    .where(eq(creatorApplications.userId, userId))
    .orderBy(desc(creatorApplications.createdAt), desc(creatorApplications.id))
    .limit(1);
  return row ?? null;
}

async function ownProfileHandle(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db.select({ handle: creatorProfiles.handle }).from(creatorProfiles).where(eq(creatorProfiles.userId, userId)).limit(1);
  return row?.handle ?? null;
}

function isInProgress(stage: CreatorApplication["stage"]): stage is InProgressStage {
  return (IN_PROGRESS_STAGES as readonly string[]).includes(stage);
}

/** Decides what /sell offers: the signed-in user comes from the DAL (re-read per request). */
export async function getSellState(db: DbOrTx, user: Pick<CurrentUser, "id" | "emailVerified"> | null, now = new Date()): Promise<SellState> {
  if (!user) return { kind: "anonymous" };
  const handle = await ownProfileHandle(db, user.id);
  if (handle) return { kind: "creator", handle };
  const last = await latestApplication(db, user.id);
  if (last && (isInProgress(last.stage) || last.stage === "approved")) return { kind: "in_progress", application: { ...last, stage: last.stage } };
  if (!user.emailVerified) return { kind: "unverified" };
  if (last?.stage === "rejected") {
    const reapplyAt = reapplyDate(last);
    return { kind: "rejected", application: last, reapplyAt, canReapply: reapplyAt <= now };
  }
  return { kind: "eligible" };
}

export type SubmitApplicationResult =
  | { ok: true; application: ApplicationSummary }
  | { ok: false; message: string; field?: "handle" };

type Actor = { id: string; ip: string | null };

/**
 * Files a creator application at stage "submitted". The scoring workflow (a separate job) picks
 * applications up from that stage and moves them on to scoring → in_review → approved | rejected;
 * nothing here decides.
 *
 * Runs in one transaction with the audit entry and the admins' notifications. Advisory locks on the
 * user and on the handle serialize concurrent submissions, since creator_applications has no unique
 * index that could (a handle is only reserved while its application is in progress).
 */
export async function submitCreatorApplication(db: Db, actor: Actor, input: CreatorApplicationInput, now = new Date()): Promise<SubmitApplicationResult> {
  return db.transaction(async (tx) => {
    // Always user first, then handle: two submissions can never wait on each other in reverse order.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`creator-apply:user:${actor.id}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`creator-apply:handle:${input.handle}`}))`);

    const [applicant] = await tx.select({ status: users.status, emailVerified: users.emailVerified }).from(users).where(eq(users.id, actor.id));
    // The action already required "creator.apply"; this keeps the rule true for any other caller.
    if (!applicant || applicant.status !== "active" || !applicant.emailVerified) return { ok: false, message: "Verify your email before applying to sell on 4UAI." };
    if (await ownProfileHandle(tx, actor.id)) return { ok: false, message: "You are already a creator on 4UAI. Manage your agents in the creator studio." };

    const last = await latestApplication(tx, actor.id);
    if (last && isInProgress(last.stage)) return { ok: false, message: "You already have an application in progress. We will notify you when it is decided." };
    if (last?.stage === "approved") return { ok: false, message: "Your application was approved. Your creator studio is being set up." };
    if (last?.stage === "rejected" && reapplyDate(last) > now) {
      return { ok: false, message: `You can apply again from ${reapplyDate(last).toISOString().slice(0, 10)}, ${REAPPLY_AFTER_DAYS} days after the last decision.` };
    }

    const handleLower = input.handle.toLowerCase();
    const [takenByCreator] = await tx.select({ id: creatorProfiles.id }).from(creatorProfiles).where(eq(sql`lower(${creatorProfiles.handle})`, handleLower)).limit(1);
    const [takenByApplicant] = takenByCreator
      ? []
      : await tx
          .select({ id: creatorApplications.id })
          .from(creatorApplications)
          .where(and(eq(sql`lower(${creatorApplications.handle})`, handleLower), inArray(creatorApplications.stage, [...IN_PROGRESS_STAGES]), ne(creatorApplications.userId, actor.id)))
          .limit(1);
    if (takenByCreator || takenByApplicant) return { ok: false, field: "handle", message: "This handle is already taken. Try another one." };

    const [application] = await tx
      .insert(creatorApplications)
      .values({
        userId: actor.id,
        handle: input.handle,
        displayName: input.displayName,
        bio: input.bio,
        website: input.website,
        links: input.links,
        plannedAgents: input.plannedAgents,
        stage: "submitted",
        createdAt: now,
      })
      .returning(summaryColumns);

    await audit(tx, {
      actorId: actor.id,
      action: "creator.application_submitted",
      subjectType: "creator_application",
      subjectId: application!.id,
      ip: actor.ip,
      metadata: { handle: input.handle, displayName: input.displayName },
    });

    const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.isAdmin, true), eq(users.status, "active")));
    for (const admin of admins) {
      await notify(tx, {
        userId: admin.id,
        kind: "creator_application",
        title: `New creator application: ${input.displayName} (@${input.handle})`,
        body: "It is queued for automatic scoring, then review.",
        href: "/admin",
      });
    }

    return { ok: true, application: application! };
  });
}
