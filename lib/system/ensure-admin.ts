import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export type TAdminBootstrap = { email: string; password: string | null; isCreated: boolean; isGenerated: boolean };

// First run only: creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD, or with a generated password
// that the caller prints once. Later runs leave users alone.
const ZAdminSettings = z.object({
  email: z.string().trim().toLowerCase().email({ error: "ADMIN_EMAIL must be an email address" }).optional(),
  password: z.string().min(8, { error: "ADMIN_PASSWORD must be at least 8 characters" }).optional(),
});

export class AdminSettingsError extends Error {}

export async function ensureAdmin(settings: { email?: string; password?: string }): Promise<TAdminBootstrap> {
  const parsed = ZAdminSettings.safeParse(settings);
  if (!parsed.success) throw new AdminSettingsError(parsed.error.issues.map((issue) => issue.message).join("; "));
  const { email, password } = parsed.data;
  const existing = await prisma.user.findFirst({ where: { role: "admin" }, select: { email: true } });
  if (existing) return { email: existing.email, password: null, isCreated: false, isGenerated: false };
  const adminEmail = email ?? "admin@crosscheck.local";
  const adminPassword = password ?? randomBytes(12).toString("base64url");
  await prisma.user.create({
    data: { email: adminEmail, name: "Administrator", role: "admin", passwordHash: await hashPassword(adminPassword) },
  });
  await prisma.auditEvent.create({ data: { action: "user.bootstrap_admin", targetType: "user", details: { email: adminEmail } } });
  return { email: adminEmail, password: adminPassword, isCreated: true, isGenerated: password === undefined };
}
