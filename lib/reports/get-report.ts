import "server-only";
import { prisma } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listClaimEvidence } from "./list-claim-evidence";

export async function getReport({ id }: { id: string }) {
  await requireUser();
  const report = await prisma.report.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      body: true,
      sourceFile: true,
      contentHash: true,
      copyOf: { select: { id: true, title: true } },
      claims: {
        where: { isCurrent: true },
        orderBy: { start: "asc" },
        select: {
          id: true, start: true, end: true, quote: true, category: true, measure: true, lower: true, upper: true,
          lowerExclusive: true, upperExclusive: true, normalizedUnit: true, location: true, attribution: true,
          qualifier: true, rule: true, suggestedVerdict: true, suggestedSubtype: true, suggestedReason: true,
          currentVerdict: true, evidenceCount: true, groupLower: true, groupUpper: true, conservative: true,
        },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND", "No such report.");
  const evidence = await listClaimEvidence(report.claims.map((claim) => claim.id));
  return { ...report, claims: report.claims.map((claim) => ({ ...claim, evidence: evidence.get(claim.id) ?? [] })) };
}
