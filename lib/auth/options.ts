import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifyPassword } from "./password";

const ZCredentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

// A fixed hash to verify against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$04uodYrQa0fJEo7uPj1f6A$Bw7i2lmjwkW+z0nfwT7kJp00SB4KsYy4G3lbS0sq9qA";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = ZCredentials.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await prisma.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true },
        });
        const isValid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
        if (!user || !user.isActive || !isValid) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  events: {
    async signIn({ user }) {
      await prisma.auditEvent.create({ data: { userId: user.id, action: "user.sign_in", targetType: "user", targetId: user.id } });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, role: token.role });
      return session;
    },
  },
};
