import type { Permission } from "@/lib/auth/permissions";

/**
 * Every server action, what it needs, and a harmless valid call. The matrix test fails when an
 * exported action is missing here, so a new action cannot ship without an access expectation.
 */
export type Access = "public" | "signed_in" | Permission;

export type ActionCase = { access: Access; call: (fn: (...args: never[]) => Promise<unknown>) => Promise<unknown> };

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const idle = { status: "idle" as const };
const callForm = (fields: Record<string, string>) => (fn: (...args: never[]) => Promise<unknown>) => (fn as (p: unknown, f: FormData) => Promise<unknown>)(idle, form(fields));
const callWith = (input: unknown) => (fn: (...args: never[]) => Promise<unknown>) => (fn as (i: unknown) => Promise<unknown>)(input);

// Each allowed call really files an application, so every call needs a handle of its own.
let applications = 0;
const applicationCall = (fn: (...args: never[]) => Promise<unknown>) =>
  callForm({
    handle: `matrix-applicant-${++applications}`,
    displayName: "Matrix Applicant",
    bio: "Builds agents for the access matrix test.",
    website: "",
    links: "",
    plannedAgents: "One agent that checks access rules.",
  })(fn);

export const ACTION_CASES: Record<string, ActionCase> = {
  signInAction: { access: "public", call: callForm({ email: "nobody@example.com", password: "wrong-password" }) },
  signUpAction: { access: "public", call: callForm({ name: "Matrix", email: "matrix-signup@example.com", password: "long-enough-password" }) },
  forgotPasswordAction: { access: "public", call: callForm({ email: "nobody@example.com" }) },
  resetPasswordAction: { access: "public", call: callForm({ token: "x".repeat(43), password: "long-enough-password", confirm: "long-enough-password" }) },
  verifyEmailAction: { access: "public", call: callForm({ token: "x".repeat(43) }) },
  signOutAction: { access: "public", call: (fn) => (fn as () => Promise<unknown>)() },
  resendVerificationAction: { access: "signed_in", call: callForm({}) },
  changePasswordAction: { access: "settings.manage", call: callForm({ current: "not-my-password", password: "long-enough-password", confirm: "long-enough-password" }) },
  createApiKeyAction: { access: "api_key.manage", call: callForm({ name: "matrix key", expiresInDays: "30", agentSlug: "", monthlySpendLimitDollars: "" }) },
  revokeApiKeyAction: { access: "api_key.manage", call: callWith({ keyId: "00000000-0000-4000-8000-000000000000" }) },
  setUserSuspendedAction: { access: "admin.users", call: callWith({ userId: "no-such-user", suspended: false, reason: "matrix check" }) },
  setUserAdminAction: { access: "admin.users", call: callWith({ userId: "no-such-user", isAdmin: false }) },
  markNotificationsReadAction: { access: "notifications.read", call: callWith({ ids: ["no-such-notification"] }) },
  markAllNotificationsReadAction: { access: "notifications.read", call: callWith({}) },
  // A vendor is refused as "already a creator", which is not a DAL denial; admins without a profile may apply.
  submitCreatorApplicationAction: { access: "creator.apply", call: applicationCall },
};

/** Messages the DAL's refusals produce; any other outcome means the action let the caller in. */
export const DENIAL_MESSAGES = ["Sign in required", "You do not have access to this"];
