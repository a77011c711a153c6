import { authOptions } from "@/lib/auth/options";
import { ensureAdmin } from "@/lib/system/ensure-admin";
import { prisma } from "@/lib/db";

type Authorize = (credentials: Record<string, string>) => Promise<{ id: string; role: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

test("the first run creates one admin with a generated password that signs in", async () => {
  const first = await ensureAdmin({});
  expect(first).toMatchObject({ email: "admin@crosscheck.local", isCreated: true, isGenerated: true });
  expect(first.password).toMatch(/^[\w-]{16}$/);
  const again = await ensureAdmin({ email: "other@example.org", password: "whatever-123" });
  expect(again).toMatchObject({ email: "admin@crosscheck.local", isCreated: false, password: null });
  expect(await prisma.user.count()).toBe(1);
  await expect(authorize({ email: "Admin@Crosscheck.local", password: first.password! })).resolves.toMatchObject({ role: "admin" });
});

test("a wrong password, an unknown email and an inactive user all fail the same way", async () => {
  await prisma.user.deleteMany();
  const admin = await ensureAdmin({ email: "lead@example.org", password: "correct horse battery" });
  expect(admin.isGenerated).toBe(false);
  await expect(authorize({ email: "lead@example.org", password: "wrong" })).resolves.toBeNull();
  await expect(authorize({ email: "nobody@example.org", password: "correct horse battery" })).resolves.toBeNull();
  await prisma.user.update({ where: { email: "lead@example.org" }, data: { isActive: false } });
  await expect(authorize({ email: "lead@example.org", password: "correct horse battery" })).resolves.toBeNull();
});
