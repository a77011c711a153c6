import "server-only";
import { prisma } from "@/lib/db";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { isUniqueViolation } from "@/lib/errors";
import { estimateSimilarity, isNearCopy, minhashSignature } from "@/lib/claims/fingerprint";
import type { TPreparedReport } from "./prepare-report";

export type TStoreOutcome = { status: "created" } | { status: "duplicate"; of: { id: string; title: string } } | { status: "failed"; reason: string };

const REPORT_COLUMNS = {
  id: "text", title: "text", outlet: "text", publishedAt: "date", body: "text", rawBody: "text", offsetMap: "jsonb", contentHash: "text", extractorVersion: "text",
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

/**
 * What one import knows about near-copies: each report's signature, band keys and the root of its
 * copy family (the earliest report, which every copy points at). Reports enter it only once stored.
 */
export class CopyIndex {
  private readonly signatures = new Map<string, Uint32Array>();
  private readonly roots = new Map<string, string>();
  private readonly byBand = new Map<string, string[]>();

  register(id: string, signature: Uint32Array, bands: string[], root: string): void {
    this.signatures.set(id, signature);
    this.roots.set(id, root);
    for (const band of bands) {
      const ids = this.byBand.get(band);
      if (ids) ids.push(id);
      else this.byBand.set(band, [id]);
    }
  }

  /** Stored reports sharing a band with these ones: the index's own, then the database's. */
  async loadCandidates(bands: string[]): Promise<void> {
    const rows = await prisma.reportBand.findMany({ where: { band: { in: bands } }, select: { reportId: true } });
    const missing = [...new Set(rows.map((row) => row.reportId))].filter((id) => !this.signatures.has(id));
    if (missing.length === 0) return;
    const stored = await prisma.report.findMany({ where: { id: { in: missing } }, select: { id: true, body: true, copyOfId: true, bands: { select: { band: true } } } });
    for (const r of stored) this.register(r.id, minhashSignature(r.body), r.bands.map((b) => b.band), r.copyOfId ?? r.id);
  }

  rootOfCopy(signature: Uint32Array, bands: string[]): string | null {
    const candidates = new Set(bands.flatMap((band) => this.byBand.get(band) ?? []));
    for (const id of candidates) if (isNearCopy(estimateSimilarity(signature, this.signatures.get(id)!))) return this.roots.get(id)!;
    return null;
  }
}

// A chunk's reports can be copies of stored reports or of earlier reports in the same chunk; the
// latter are registered tentatively and confirmed when the chunk is stored.
async function markCopies(reports: TPreparedReport[], copies: CopyIndex): Promise<void> {
  await copies.loadCandidates([...new Set(reports.flatMap((r) => r.bands))]);
  const local = new CopyIndex();
  for (const report of reports) {
    report.report.copyOfId = copies.rootOfCopy(report.signature, report.bands) ?? local.rootOfCopy(report.signature, report.bands);
    local.register(report.id, report.signature, report.bands, report.report.copyOfId ?? report.id);
  }
}

/**
 * Stores a chunk of prepared reports: duplicates (same content hash, stored or earlier in the
 * chunk) are skipped, the rest written in one transaction. Should that fail, each report is
 * retried in a transaction of its own, so one bad report never takes the others with it.
 */
export async function storeReports(reports: TPreparedReport[], copies: CopyIndex): Promise<Map<string, TStoreOutcome>> {
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
  await markCopies(fresh, copies);
  try {
    await prisma.$transaction(writes(fresh));
    for (const report of fresh) outcomes.set(report.id, { status: "created" });
  } catch {
    // One by one; a copy whose original failed is stored as an original instead.
    for (const report of fresh) {
      const root = report.report.copyOfId;
      if (root && outcomes.get(root) && outcomes.get(root)!.status !== "created") report.report.copyOfId = null;
      outcomes.set(report.id, await storeOne(report));
    }
  }
  for (const report of fresh) {
    if (outcomes.get(report.id)!.status === "created") copies.register(report.id, report.signature, report.bands, report.report.copyOfId ?? report.id);
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
