import type { NextAuthConfig } from "next-auth";
import { settings } from "@/lib/env";
import { isRole, type Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role | null; authTime: number; email?: string | null; name?: string | null; image?: string | null };
  }
  interface User {
    role?: Role | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role | null;
    /** Milliseconds: compared with users.sessions_valid_after. */
    authTime?: number;
    roleCheckedAt?: number;
  }
}

/**
 * Edge-safe half of the Auth.js config (no adapter, no Node-only code): middleware decodes the
 * JWT with it. The role inside is only an early hint; the data access layer re-reads the database.
 */
export const authConfig = {
  secret: settings.authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [],
  logger: {
    // A wrong password is an expected outcome (audited by the sign-in action), not a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      console.error(`[auth][error] ${error.name}: ${error.message}`, error.cause ?? "");
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role ?? null;
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid ?? "";
      session.user.role = isRole(token.role) ? token.role : null;
      session.user.authTime = token.authTime ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
