import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { authConfig } from "@/auth.config";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { loadUserAccess } from "@/lib/auth/access";
import { accessForRequest } from "@/lib/auth/request-access";
import { authenticate } from "@/lib/auth/accounts";
import { signInSchema } from "@/lib/auth/credentials";
import { env } from "@/lib/env";

const ROLE_HINT_TTL_SECONDS = 60;

/** The full Auth.js config for the Node runtime: adapter, password sign-in, optional GitHub. */
export const { handlers, auth, signIn, signOut } = NextAuth(async (): Promise<NextAuthConfig> => {
  const db = await getDb();
  const githubEnabled = Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);
  return {
    ...authConfig,
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw) {
          const parsed = signInSchema.safeParse({ email: raw?.email, password: raw?.password });
          if (!parsed.success) return null;
          const user = await authenticate(db, parsed.data.email, parsed.data.password);
          if (!user) return null;
          const access = await loadUserAccess(db, user.id);
          if (!access?.role) return null;
          return { id: user.id, email: user.email, name: user.name, image: user.image, role: access.role };
        },
      }),
      // Never link an OAuth identity to an existing account by email alone.
      ...(githubEnabled ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET, allowDangerousEmailAccountLinking: false })] : []),
    ],
    callbacks: {
      ...authConfig.callbacks,
      async jwt({ token, user }) {
        const now = Math.floor(Date.now() / 1000);
        if (user?.id) {
          token.uid = user.id;
          token.authTime = Date.now();
        }
        // Keep middleware's role hint fresh wherever the cookie can be rewritten; the DAL never relies on it.
        if (token.uid && (user?.id || now - (token.roleCheckedAt ?? 0) > ROLE_HINT_TTL_SECONDS)) {
          token.role = (await accessForRequest(token.uid))?.role ?? null;
          token.roleCheckedAt = now;
        }
        return token;
      },
    },
  };
});

export const githubSignInEnabled = Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);
