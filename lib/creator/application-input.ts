import { z } from "zod";

/**
 * What a creator application accepts. Pure (no server imports) so the rules have table tests of
 * their own; lib/creator/applications.ts and the /sell action both parse with this schema.
 */

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;
export const MAX_LINKS = 5;
const MAX_URL = 200;

/** Handles that would read as the platform speaking, or collide with routes people expect. */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  "4uai", "about", "account", "admin", "administrator", "api", "app", "billing", "blog", "creator", "creators", "dashboard",
  "help", "legal", "login", "logout", "me", "moderation", "moderator", "new", "null", "official", "pricing", "root", "security",
  "sell", "settings", "signup", "staff", "status", "support", "system", "team", "undefined", "www",
]);

// Same shape as a catalog slug, so /creators/<handle> always resolves: no leading, trailing or doubled hyphen.
const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a handle is refused, or null when it is acceptable. Expects trimmed, lowercased input. */
export function handleProblem(handle: string): string | null {
  if (handle.length < HANDLE_MIN) return `Use at least ${HANDLE_MIN} characters`;
  if (handle.length > HANDLE_MAX) return `Use at most ${HANDLE_MAX} characters`;
  if (!/^[a-z0-9-]+$/.test(handle)) return "Use only lowercase letters, digits and hyphens";
  if (handle.startsWith("-") || handle.endsWith("-")) return "A handle cannot start or end with a hyphen";
  if (!HANDLE_PATTERN.test(handle)) return "Use single hyphens between words";
  // "4uai" anywhere would let a handle pass as the platform's own account.
  if (RESERVED_HANDLES.has(handle) || handle.includes("4uai")) return "This handle is reserved";
  return null;
}

/** A parsed absolute URL limited to the given protocols, or null. */
export function parseUrl(value: string, protocols: readonly string[]): URL | null {
  if (value.length > MAX_URL) return null;
  try {
    const url = new URL(value);
    if (!protocols.includes(url.protocol)) return null;
    // A host without a dot ("https://localhost") is not a public site a reviewer could visit.
    if (!url.hostname.includes(".") || url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}

const handle = z
  .string()
  .trim()
  .max(100, `Use at most ${HANDLE_MAX} characters`)
  .transform((v) => v.toLowerCase())
  .superRefine((v, ctx) => {
    const problem = handleProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const website = z
  .string()
  .trim()
  .max(MAX_URL, `Use at most ${MAX_URL} characters`)
  .default("")
  .transform((v, ctx) => {
    if (v === "") return null;
    const url = parseUrl(v, ["https:"]);
    if (!url) {
      ctx.addIssue({ code: "custom", message: "Enter a full https:// address, like https://example.com" });
      return z.NEVER;
    }
    return url.href;
  });

/** One URL per line, blank lines ignored, duplicates dropped; at most five http(s) links. */
const links = z
  .string()
  .max(MAX_LINKS * (MAX_URL + 2) + 20, "That is too much text for five links")
  .default("")
  .transform((v, ctx) => {
    const lines = v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (lines.length > MAX_LINKS) {
      ctx.addIssue({ code: "custom", message: `Add at most ${MAX_LINKS} links` });
      return z.NEVER;
    }
    const out: string[] = [];
    for (const [i, line] of lines.entries()) {
      const url = parseUrl(line, ["https:", "http:"]);
      if (!url) {
        ctx.addIssue({ code: "custom", message: `Line ${i + 1} is not an http(s) address` });
        return z.NEVER;
      }
      if (!out.includes(url.href)) out.push(url.href);
    }
    return out;
  });

export const creatorApplicationSchema = z
  .object({
    handle,
    displayName: z.string().trim().min(2, "Use at least 2 characters").max(60, "Use at most 60 characters"),
    bio: z.string().trim().min(20, "Tell reviewers a little more (at least 20 characters)").max(1000, "Use at most 1,000 characters"),
    website,
    links,
    plannedAgents: z.string().trim().min(20, "Describe what you plan to sell (at least 20 characters)").max(2000, "Use at most 2,000 characters"),
  })
  .strict();

export type CreatorApplicationInput = z.output<typeof creatorApplicationSchema>;
/** The form's field names, in order: used to refill the form and to keep error keys in step with inputs. */
export const APPLICATION_FIELDS = ["handle", "displayName", "bio", "website", "links", "plannedAgents"] as const;
