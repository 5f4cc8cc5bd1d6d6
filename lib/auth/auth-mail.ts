import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { settings } from "@/lib/env";
import { notificationMail, passwordResetMail, queueMail, verifyEmailMail } from "@/lib/mail";
import { createEmailVerificationToken, createPasswordResetToken } from "./accounts";

const link = (path: string, token: string) => `${settings.appUrl}${path}?token=${encodeURIComponent(token)}`;

export async function sendVerificationMail(db: Db, user: User): Promise<void> {
  const token = await createEmailVerificationToken(db, user.id);
  await queueMail({ to: user.email, ...verifyEmailMail({ url: link("/verify-email", token), name: user.name ?? undefined }) });
}

export async function resendVerificationMail(db: Db, userId: string): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (user && !user.emailVerified) await sendVerificationMail(db, user);
}

export async function sendPasswordResetMail(db: Db, user: User): Promise<void> {
  const token = await createPasswordResetToken(db, user.id);
  await queueMail({ to: user.email, ...passwordResetMail({ url: link("/reset-password", token), name: user.name ?? undefined }) });
}

/** Sign-up with a taken email tells the owner, not the visitor. */
export async function sendAccountExistsMail(_db: Db, user: User): Promise<void> {
  await queueMail({
    to: user.email,
    ...notificationMail({
      title: "Someone tried to sign up with your email",
      body: "You already have a 4UAI account. If that was you, sign in or reset your password. If not, you can ignore this mail.",
      url: `${settings.appUrl}/login`,
    }),
  });
}
