import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { bulkInsert, bulkUpdate } from "@/lib/db/bulk-insert";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/claims/extract";
import { matchReviewedClaims } from "@/lib/claims/reextract";
import { toClaimRow } from "./prepare-report";
import { CLAIM_COLUMNS } from "./store-reports";

export type TReextractSummary = { reports: number; kept: number; added: number; retired: number };

const CHUNK_REPORTS = 200;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

async function loadChunk(ids: string[]) {
  return prisma.report.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, body: true, publishedAt: true,
      sentences: { select: { id: true, start: true, end: true }, orderBy: { start: "asc" } },
      claims: { where: { isCurrent: true }, select: { id: true, quote: true, start: true, end: true } },
    },
  });
}

function reextract(report: Awaited<ReturnType<typeof loadChunk>>[number]) {
  const fresh = extractClaims(report.body, { publishedAt: day(report.publishedAt) });
  const matches = matchReviewedClaims(report.claims, fresh);
  const sentenceOf = (start: number) => report.sentences.find((s) => s.start <= start && start < s.end)?.id;
  const kept: ReturnType<typeof toClaimRow>[] = [];
  const added: ReturnType<typeof toClaimRow>[] = [];
  for (const [index, claim] of fresh.entries()) {
    const sentenceId = sentenceOf(claim.start);
    if (!sentenceId) continue;
    const oldId = matches.get(index);
    (oldId ? kept : added).push(toClaimRow(claim, { id: oldId ?? randomUUID(), reportId: report.id, sentenceId }));
  }
  const keptIds = new Set(kept.map((row) => row.id));
  return { kept, added, retired: report.claims.filter((claim) => !keptIds.has(claim.id)).map((claim) => claim.id) };
}

/**
 * After an extractor upgrade: re-extracts every report made by another version. A claim whose
 * quote and offsets are unchanged keeps its id, so its reviews stay attached; old claims the new
 * extractor no longer finds are retired (isCurrent false), never deleted, with their reviews.
 * Each chunk of reports is one transaction.
 */
export async function reextractReports(): Promise<TReextractSummary> {
  const stale = await prisma.report.findMany({
    where: { OR: [{ extractorVersion: null }, { extractorVersion: { not: EXTRACTOR_VERSION } }] },
    select: { id: true },
  });
  const summary: TReextractSummary = { reports: stale.length, kept: 0, added: 0, retired: 0 };
  for (let at = 0; at < stale.length; at += CHUNK_REPORTS) {
    const ids = stale.slice(at, at + CHUNK_REPORTS).map((report) => report.id);
    const results = (await loadChunk(ids)).map(reextract);
    const kept = results.flatMap((r) => r.kept);
    const added = results.flatMap((r) => r.added);
    const retired = results.flatMap((r) => r.retired);
    await prisma.$transaction([
      bulkUpdate("Claim", CLAIM_COLUMNS, kept),
      bulkInsert("Claim", CLAIM_COLUMNS, added),
      prisma.claim.updateMany({ where: { id: { in: retired } }, data: { isCurrent: false } }),
      prisma.claimRelation.deleteMany({ where: { OR: [{ claimId: { in: retired } }, { otherClaimId: { in: retired } }] } }),
      prisma.report.updateMany({ where: { id: { in: ids } }, data: { extractorVersion: EXTRACTOR_VERSION } }),
    ]);
    summary.kept += kept.length;
    summary.added += added.length;
    summary.retired += retired.length;
  }
  return summary;
}
