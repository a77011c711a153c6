import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { decodeReportFile } from "@/lib/claims/decode-report-file";
import { parseReportFile } from "@/lib/claims/parse-report";
import { splitSentences } from "@/lib/claims/sentences";
import { EXTRACTOR_VERSION, extractClaims } from "@/lib/claims/extract";
import { contentHash, estimateSimilarity, isNearCopy, lshBands, minhashSignature } from "@/lib/claims/fingerprint";
import type { ParsedReport } from "@/lib/claims/types";
import { updateSuggestions } from "./update-suggestions";
import type { Prisma } from "@/generated/prisma/client";

/** A file to import, or a path that could not be read (its reason is recorded as a rejection). */
export type TImportFile = { name: string; bytes: Uint8Array } | { name: string; error: string };
export type TImportActor = { userId: string | null; source: "web" | "cli" | "seed" };
export type TFileResult = {
  file: string;
  status: "created" | "duplicate" | "rejected";
  reason?: string;
  reports: { id: string; title: string }[];
};
export type TImportSummary = { batchId: string; created: number; duplicates: number; rejected: number; results: TFileResult[] };

type StoredReport = { id: string; title: string; status: "created" | "duplicate" };

// Near-copies are found through shared LSH band keys, then confirmed on the signature: never a scan.
async function findCopyOf(tx: Prisma.TransactionClient, signature: Uint32Array, bands: string[]): Promise<string | null> {
  const candidates = await tx.reportBand.findMany({ where: { band: { in: bands } }, distinct: ["reportId"], select: { reportId: true }, take: 20 });
  if (candidates.length === 0) return null;
  const reports = await tx.report.findMany({
    where: { id: { in: candidates.map((c) => c.reportId) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, copyOfId: true },
  });
  const match = reports.find((report) => isNearCopy(estimateSimilarity(signature, minhashSignature(report.body))));
  return match ? (match.copyOfId ?? match.id) : null;
}

function claimRows(reportId: string, parsed: ParsedReport, sentenceIds: Map<number, string>) {
  return extractClaims(parsed.body, { publishedAt: parsed.publishedAt }).flatMap((claim) => {
    const sentenceId = sentenceIds.get(claim.sentence.start);
    if (!sentenceId) return [];
    return [{
      id: randomUUID(), reportId, sentenceId, quote: claim.quote, start: claim.start, end: claim.end,
      value: claim.value, unit: claim.unit, normalizedValue: claim.normalized.value, normalizedUnit: claim.normalized.unit,
      lower: claim.lower, upper: claim.upper, lowerExclusive: claim.lowerExclusive, upperExclusive: claim.upperExclusive,
      qualifier: claim.qualifier, rule: claim.rule, category: claim.category, measure: claim.measure, subject: claim.subject,
      actor: claim.actor, location: claim.location, attribution: claim.attribution,
      periodFrom: claim.period ? new Date(claim.period.from) : null, periodTo: claim.period ? new Date(claim.period.to) : null,
      extractorVersion: EXTRACTOR_VERSION,
    }];
  });
}

// One report, its sentences, claims and band keys in one transaction: all or nothing.
async function storeReport(parsed: ParsedReport, file: string, partIndex: number, batchId: string): Promise<StoredReport> {
  const hash = contentHash(parsed.body);
  const title = parsed.title ?? file;
  const existing = await prisma.report.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (existing) return { ...existing, status: "duplicate" };
  const signature = minhashSignature(parsed.body);
  const bands = lshBands(signature);
  const id = randomUUID();
  try {
    await prisma.$transaction(async (tx) => {
      const copyOfId = await findCopyOf(tx, signature, bands);
      await tx.report.create({
        data: {
          id, title, outlet: parsed.outlet, publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt) : null,
          body: parsed.body, rawBody: parsed.raw, contentHash: hash, sourceFile: file, partIndex, batchId, copyOfId,
        },
      });
      const sentences = splitSentences(parsed.body).map((s) => ({ id: randomUUID(), reportId: id, index: s.index, start: s.start, end: s.end, text: s.text }));
      await tx.sentence.createMany({ data: sentences });
      await tx.claim.createMany({ data: claimRows(id, parsed, new Map(sentences.map((s) => [s.start, s.id]))) });
      await tx.reportBand.createMany({ data: bands.map((band) => ({ reportId: id, band })), skipDuplicates: true });
    });
  } catch (error) {
    // Another import stored the same content between our check and our insert.
    if (isUniqueViolation(error)) return { id: "", title, status: "duplicate" };
    throw error;
  }
  return { id, title, status: "created" };
}

async function importFile(file: TImportFile, batchId: string, maxBytes: number): Promise<TFileResult> {
  if ("error" in file) return { file: file.name, status: "rejected", reason: file.error, reports: [] };
  const decoded = decodeReportFile(file.bytes, { maxBytes });
  if (!decoded.ok) return { file: file.name, status: "rejected", reason: decoded.message, reports: [] };
  const parsed = parseReportFile(decoded.text);
  if (!parsed.ok) return { file: file.name, status: "rejected", reason: parsed.message, reports: [] };
  const stored: StoredReport[] = [];
  for (const [index, report] of parsed.reports.entries()) stored.push(await storeReport(report, file.name, index, batchId));
  const created = stored.filter((report) => report.status === "created");
  return {
    file: file.name,
    status: created.length > 0 ? "created" : "duplicate",
    reports: (created.length > 0 ? created : stored).filter((r) => r.id).map(({ id, title }) => ({ id, title })),
  };
}

/**
 * Imports files one by one; a bad file is rejected with its reason and never stops the others.
 * Callers check the role first (the web route requires an admin; the CLI runs on the server).
 */
export async function importReports({
  files,
  actor,
  maxBytes,
  onProgress,
}: {
  files: TImportFile[];
  actor: TImportActor;
  maxBytes: number;
  onProgress?: (result: TFileResult, done: number, total: number) => void;
}): Promise<TImportSummary> {
  const batch = await prisma.importBatch.create({ data: { userId: actor.userId, source: actor.source, fileCount: files.length }, select: { id: true } });
  const results: TFileResult[] = [];
  for (const file of files) {
    let result: TFileResult;
    try {
      result = await importFile(file, batch.id, maxBytes);
    } catch (error) {
      result = { file: file.name, status: "rejected", reason: `could not be stored: ${error instanceof Error ? error.message : String(error)}`, reports: [] };
    }
    results.push(result);
    onProgress?.(result, results.length, files.length);
  }
  // Reports are committed one by one; suggestions follow for the whole batch, touching only the
  // claims the new reports can change. If this step fails, `claims recompute` rebuilds them.
  const createdIds = results.filter((r) => r.status === "created").flatMap((r) => r.reports.map((report) => report.id));
  const suggestions = await updateSuggestions({ reportIds: createdIds });
  const count = (status: TFileResult["status"]) => results.filter((r) => r.status === status).length;
  const summary = { batchId: batch.id, created: count("created"), duplicates: count("duplicate"), rejected: count("rejected"), results };
  await prisma.$transaction([
    prisma.importBatch.update({
      where: { id: batch.id },
      data: { finishedAt: new Date(), createdCount: summary.created, duplicateCount: summary.duplicates, rejectedCount: summary.rejected, results },
    }),
    prisma.auditEvent.create({
      data: { userId: actor.userId, action: "reports.import", targetType: "import_batch", targetId: batch.id, details: { source: actor.source, created: summary.created, duplicates: summary.duplicates, rejected: summary.rejected, claimsResuggested: suggestions.touched } },
    }),
  ]);
  return summary;
}
