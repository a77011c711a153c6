import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/claims/extract";
import { matchReviewedClaims } from "@/lib/claims/reextract";
import { toClaimRow } from "./prepare-report";

export type TReextractSummary = { reports: number; kept: number; added: number; retired: number };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * After an extractor upgrade: re-extracts every report made by another version. A claim whose
 * quote and offsets are unchanged keeps its id, so its reviews stay attached; old claims the new
 * extractor no longer finds are retired (isCurrent false), never deleted, with their reviews.
 */
export async function reextractReports(): Promise<TReextractSummary> {
  const stale = await prisma.report.findMany({
    where: { OR: [{ extractorVersion: null }, { extractorVersion: { not: EXTRACTOR_VERSION } }] },
    select: { id: true },
  });
  const summary: TReextractSummary = { reports: stale.length, kept: 0, added: 0, retired: 0 };
  for (const { id } of stale) {
    await prisma.$transaction(async (tx) => {
      const report = await tx.report.findUniqueOrThrow({
        where: { id },
        select: {
          body: true, publishedAt: true,
          sentences: { select: { id: true, start: true, end: true }, orderBy: { start: "asc" } },
          claims: { where: { isCurrent: true }, select: { id: true, quote: true, start: true, end: true } },
        },
      });
      const fresh = extractClaims(report.body, { publishedAt: day(report.publishedAt) });
      const matches = matchReviewedClaims(report.claims, fresh);
      const sentenceOf = (start: number) => report.sentences.find((s) => s.start <= start && start < s.end)?.id;
      const keptIds = new Set(matches.values());
      for (const [index, claim] of fresh.entries()) {
        const sentenceId = sentenceOf(claim.start);
        if (!sentenceId) continue;
        const oldId = matches.get(index);
        const row = toClaimRow(claim, { id: oldId ?? randomUUID(), reportId: id, sentenceId });
        if (oldId) {
          const { id: _id, ...fields } = row;
          await tx.claim.update({ where: { id: oldId }, data: fields });
          summary.kept += 1;
        } else {
          await tx.claim.create({ data: row });
          summary.added += 1;
        }
      }
      const retired = report.claims.filter((claim) => !keptIds.has(claim.id)).map((claim) => claim.id);
      await tx.claim.updateMany({ where: { id: { in: retired } }, data: { isCurrent: false } });
      await tx.claimRelation.deleteMany({ where: { OR: [{ claimId: { in: retired } }, { otherClaimId: { in: retired } }] } });
      await tx.report.update({ where: { id }, data: { extractorVersion: EXTRACTOR_VERSION } });
      summary.retired += retired.length;
    });
  }
  return summary;
}
