import { prisma } from "@/lib/db";
import { EXTRACTOR_VERSION } from "@/lib/claims/extract";
import { importReports } from "@/lib/reports/import-reports";
import { reextractReports } from "@/lib/reports/reextract-reports";

test("re-extracting after an upgrade keeps reviews on unchanged claims and retires, never deletes, the rest", async () => {
  const body = " date 2024-06-03 Four people were wounded in Kupiansk on Monday, the governor said. Air defences shot down 24 drones over the region.";
  const summary = await importReports({ files: [{ name: "r.txt", bytes: new TextEncoder().encode(body) }], actor: { userId: null, source: "cli" }, maxBytes: 1 << 20 });
  const reportId = summary.results[0].reports[0].id;
  const [wounded, drones] = await prisma.claim.findMany({ where: { reportId }, orderBy: { start: "asc" } });
  expect([wounded.quote, drones.quote]).toEqual(["Four people", "24 drones"]);

  // What an older extractor left: the drones claim spanned other text, and both were reviewed.
  const reviewer = await prisma.user.create({ data: { email: "rev@example.org", name: "Rev", passwordHash: "x" } });
  await prisma.claim.update({ where: { id: drones.id }, data: { quote: "down 24 drones", start: drones.start - 5, extractorVersion: "0.9.0" } });
  await prisma.claim.update({ where: { id: wounded.id }, data: { category: "killed", extractorVersion: "0.9.0" } });
  await prisma.report.update({ where: { id: reportId }, data: { extractorVersion: "0.9.0" } });
  for (const claim of [wounded, drones]) await prisma.review.create({ data: { claimId: claim.id, reviewerId: reviewer.id, verdict: "unverified", evidenceClaimIds: [] } });

  await expect(reextractReports()).resolves.toEqual({ reports: 1, kept: 1, added: 1, retired: 1 });

  const kept = await prisma.claim.findUniqueOrThrow({ where: { id: wounded.id }, include: { reviews: true } });
  expect(kept).toMatchObject({ isCurrent: true, category: "injured", extractorVersion: EXTRACTOR_VERSION });
  expect(kept.reviews).toHaveLength(1);
  const retired = await prisma.claim.findUniqueOrThrow({ where: { id: drones.id }, include: { reviews: true } });
  expect(retired.isCurrent).toBe(false);
  expect(retired.reviews).toHaveLength(1);
  const current = await prisma.claim.findMany({ where: { reportId, isCurrent: true }, orderBy: { start: "asc" }, select: { quote: true } });
  expect(current.map((c) => c.quote)).toEqual(["Four people", "24 drones"]);
  await expect(reextractReports()).resolves.toEqual({ reports: 0, kept: 0, added: 0, retired: 0 });
});
