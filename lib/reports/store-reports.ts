import "server-only";
import { prisma } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { isUniqueViolation } from "@/lib/errors";
import { estimateSimilarity, isNearCopy, minhashSignature } from "@/lib/claims/fingerprint";
import type { TPreparedReport } from "./prepare-report";

export type TStoreOutcome = { status: "created" } | { status: "duplicate"; of: { id: string; title: string } } | { status: "failed"; reason: string };

const REPORT_COLUMNS = {
  id: "text", title: "text", outlet: "text", publishedAt: "date", body: "text", rawBody: "text", contentHash: "text", extractorVersion: "text",
  sourceFile: "text", partIndex: "int4", batchId: "text", copyOfId: "text",
} as const;
const SENTENCE_COLUMNS = { id: "text", reportId: "text", index: "int4", start: "int4", end: "int4", text: "text" } as const;
export const CLAIM_COLUMNS = {
  id: "text", reportId: "text", sentenceId: "text", quote: "text", start: "int4", end: "int4", value: "float8", unit: "text",
  normalizedValue: "float8", normalizedUnit: "text", lower: "float8", upper: "float8", lowerExclusive: "bool", upperExclusive: "bool",
  qualifier: "text", rule: "text", category: '"Category"', measure: "text", subject: "text", actor: "text", location: "text",
  attribution: "text", periodFrom: "date", periodTo: "date", extractorVersion: "text",
} as const;

const writes = (reports: TPreparedReport[]) => [
  bulkInsert("Report", REPORT_COLUMNS, reports.map((r) => r.report)),
  bulkInsert("Sentence", SENTENCE_COLUMNS, reports.flatMap((r) => r.sentences)),
  bulkInsert("Claim", CLAIM_COLUMNS, reports.flatMap((r) => r.claims)),
  bulkInsert("ReportBand", { reportId: "text", band: "text" }, reports.flatMap((r) => r.bands.map((band) => ({ reportId: r.id, band }))), { onConflictDoNothing: true }),
];

// Near-copies: candidates share an LSH band key (indexed), then the signature decides. The
// earliest report of a copy family is the one every copy points at.
async function markCopies(reports: TPreparedReport[], signatures: Map<string, Uint32Array>): Promise<void> {
  const bands = [...new Set(reports.flatMap((r) => r.bands))];
  const rows = await prisma.reportBand.findMany({ where: { band: { in: bands } }, select: { reportId: true, band: true } });
  const byBand = new Map<string, string[]>();
  for (const row of rows) byBand.set(row.band, [...(byBand.get(row.band) ?? []), row.reportId]);
  const missing = [...new Set(rows.map((r) => r.reportId))].filter((id) => !signatures.has(id));
  const stored = missing.length ? await prisma.report.findMany({ where: { id: { in: missing } }, select: { id: true, body: true, copyOfId: true } }) : [];
  const roots = new Map<string, string>(stored.map((r) => [r.id, r.copyOfId ?? r.id]));
  for (const r of stored) signatures.set(r.id, minhashSignature(r.body));
  for (const report of reports) {
    const candidates = new Set(report.bands.flatMap((band) => byBand.get(band) ?? []));
    const match = [...candidates].find((id) => isNearCopy(estimateSimilarity(report.signature, signatures.get(id)!)));
    if (match) report.report.copyOfId = roots.get(match) ?? match;
    // Later reports of this chunk can be copies of this one.
    signatures.set(report.id, report.signature);
    roots.set(report.id, report.report.copyOfId ?? report.id);
    for (const band of report.bands) byBand.set(band, [...(byBand.get(band) ?? []), report.id]);
  }
}

/**
 * Stores a chunk of prepared reports: duplicates (same content hash, stored or earlier in the
 * chunk) are skipped, the rest written in one transaction. Should that fail, each report is
 * retried in a transaction of its own, so one bad report never takes the others with it.
 */
export async function storeReports(reports: TPreparedReport[], signatures: Map<string, Uint32Array>): Promise<Map<string, TStoreOutcome>> {
  const outcomes = new Map<string, TStoreOutcome>();
  const existing = await prisma.report.findMany({ where: { contentHash: { in: reports.map((r) => r.report.contentHash) } }, select: { id: true, title: true, contentHash: true } });
  const seen = new Map(existing.map((r) => [r.contentHash, { id: r.id, title: r.title }]));
  const fresh: TPreparedReport[] = [];
  for (const report of reports) {
    const of = seen.get(report.report.contentHash);
    if (of) outcomes.set(report.id, { status: "duplicate", of });
    else {
      seen.set(report.report.contentHash, { id: report.id, title: report.report.title });
      fresh.push(report);
    }
  }
  if (fresh.length === 0) return outcomes;
  await markCopies(fresh, signatures);
  try {
    await prisma.$transaction(writes(fresh));
    for (const report of fresh) outcomes.set(report.id, { status: "created" });
  } catch {
    for (const report of fresh) outcomes.set(report.id, await storeOne(report));
  }
  return outcomes;
}

async function storeOne(report: TPreparedReport): Promise<TStoreOutcome> {
  try {
    await prisma.$transaction(writes([report]));
    return { status: "created" };
  } catch (error) {
    // Another import stored the same content between our check and our insert.
    if (isUniqueViolation(error)) return { status: "duplicate", of: { id: "", title: report.report.title } };
    return { status: "failed", reason: `could not be stored: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}` };
  }
}
