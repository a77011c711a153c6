import "server-only";
import { prisma } from "@/lib/db";
import { decodeReportFile } from "@/lib/claims/decode-report-file";
import { parseReportFile } from "@/lib/claims/parse-report";
import { prepareReport, type TPreparedReport } from "./prepare-report";
import { CopyIndex, storeReports, type TStoreOutcome } from "./store-reports";
import { updateSuggestions } from "./update-suggestions";
import { ioBreather } from "./yield-to-io";

/** A file to import, or a path that could not be read (its reason is recorded as a rejection). */
export type TImportFile = { name: string; bytes: Uint8Array } | { name: string; error: string };
export type TImportActor = { userId: string | null; source: "web" | "cli" | "seed" };
export type TFileResult = {
  file: string;
  status: "created" | "duplicate" | "rejected";
  reason?: string;
  reports: { id: string; title: string }[];
};
export type TImportSummary = {
  batchId: string;
  created: number;
  duplicates: number;
  rejected: number;
  results: TFileResult[];
  /** Wall time of the two phases, for the benchmark and the audit trail. */
  timings: { storeMs: number; suggestMs: number };
  /** Set when the reports went in but their suggestions could not be updated. */
  suggestionsError?: string;
};

/** Reports written per transaction; a failed chunk is retried report by report. */
const CHUNK_REPORTS = 200;

type Pending = { file: string; reports: TPreparedReport[] };

function prepareFile(file: TImportFile, batchId: string, maxBytes: number): Pending | TFileResult {
  if ("error" in file) return { file: file.name, status: "rejected", reason: file.error, reports: [] };
  const decoded = decodeReportFile(file.bytes, { maxBytes });
  if (!decoded.ok) return { file: file.name, status: "rejected", reason: decoded.message, reports: [] };
  const parsed = parseReportFile(decoded.text);
  if (!parsed.ok) return { file: file.name, status: "rejected", reason: parsed.message, reports: [] };
  return { file: file.name, reports: parsed.reports.map((report, partIndex) => prepareReport({ parsed: report, file: file.name, partIndex, batchId })) };
}

function fileResult({ file, reports }: Pending, outcomes: Map<string, TStoreOutcome>): TFileResult {
  const results = reports.map((report) => ({ report, outcome: outcomes.get(report.id)! }));
  const failed = results.find((r) => r.outcome.status === "failed");
  const created = results.filter((r) => r.outcome.status === "created").map((r) => ({ id: r.report.id, title: r.report.report.title }));
  if (failed?.outcome.status === "failed" && created.length === 0) return { file, status: "rejected", reason: failed.outcome.reason, reports: [] };
  if (created.length > 0) return { file, status: "created", reports: created, ...(failed?.outcome.status === "failed" && { reason: `some parts failed: ${failed.outcome.reason}` }) };
  const originals = results.flatMap((r) => (r.outcome.status === "duplicate" && r.outcome.of.id ? [r.outcome.of] : []));
  return { file, status: "duplicate", reports: originals };
}

/**
 * Imports files; a bad file is rejected with its reason and never stops the others, and each
 * report is stored all or nothing. Callers check the role first (the web route requires an
 * admin; the command line runs on the server itself).
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
  const started = performance.now();
  const results: TFileResult[] = [];
  const copies = new CopyIndex();
  const report = (result: TFileResult) => {
    results.push(result);
    onProgress?.(result, results.length, files.length);
  };
  let pending: Pending[] = [];
  // The database stores one chunk while the next is being prepared in memory (two cores).
  let storing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await storing;
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    storing = storeReports(items.flatMap((p) => p.reports), copies).then((outcomes) => {
      for (const item of items) report(fileResult(item, outcomes));
    });
  };
  const breathe = ioBreather();
  for (const file of files) {
    await breathe(); // preparing is synchronous: the chunk being stored sends its statements meanwhile
    let prepared: Pending | TFileResult;
    try {
      prepared = prepareFile(file, batch.id, maxBytes);
    } catch (error) {
      prepared = { file: file.name, status: "rejected", reason: `could not be read: ${error instanceof Error ? error.message : String(error)}`, reports: [] };
    }
    if ("status" in prepared) {
      await flush();
      await storing;
      report(prepared);
      continue;
    }
    pending.push(prepared);
    if (pending.reduce((n, p) => n + p.reports.length, 0) >= CHUNK_REPORTS) await flush();
  }
  await flush();
  await storing;
  // Suggestions follow for the whole batch, touching only the claims the new reports can change.
  // Should this step fail, the reports stay and `claims recompute` rebuilds the suggestions.
  const stored = performance.now();
  const createdIds = results.filter((r) => r.status === "created").flatMap((r) => r.reports.map((created) => created.id));
  let suggestions = { touched: 0 };
  let suggestionsError: string | undefined;
  try {
    suggestions = await updateSuggestions({ reportIds: createdIds });
  } catch (error) {
    // The reports are stored either way; the batch says what is missing and how to mend it.
    suggestionsError = `reports stored, but suggestions were not updated (${error instanceof Error ? error.message : String(error)}); run \`npm run claims -- recompute\``;
  }
  const count = (status: TFileResult["status"]) => results.filter((r) => r.status === status).length;
  const timings = { storeMs: Math.round(stored - started), suggestMs: Math.round(performance.now() - stored) };
  const summary = { batchId: batch.id, created: count("created"), duplicates: count("duplicate"), rejected: count("rejected"), results, timings, ...(suggestionsError && { suggestionsError }) };
  await prisma.$transaction([
    prisma.importBatch.update({
      where: { id: batch.id },
      data: { finishedAt: new Date(), createdCount: summary.created, duplicateCount: summary.duplicates, rejectedCount: summary.rejected, results },
    }),
    prisma.auditEvent.create({
      data: {
        userId: actor.userId, action: "reports.import", targetType: "import_batch", targetId: batch.id,
        details: { source: actor.source, created: summary.created, duplicates: summary.duplicates, rejected: summary.rejected, claimsResuggested: suggestions.touched, timings, suggestionsError },
      },
    }),
  ]);
  return summary;
}
