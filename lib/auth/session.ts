import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";

export type TSessionUser = { id: string; email: string; name: string; role: Role };

// The token only says who signed in; the database says whether they still may (deactivation,
// role changes take effect at once).
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, isActive: true },
  });
  if (!user?.isActive) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export async function requireUser(): Promise<TSessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return user;
}

export async function requireRole(role: Role): Promise<TSessionUser> {
  const user = await requireUser();
  if (user.role !== role && user.role !== "admin") throw new AppError("FORBIDDEN", `This needs the ${role} role.`);
  return user;
}
