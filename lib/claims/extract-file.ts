// One file's bytes → its reports with their claims, offsets into the file's text as read.
// Shared by the extract and analyze commands so both print the same claim objects.
import { decodeReportFile } from "./decode-report-file";
import { extractClaims } from "./extract";
import { parseReportFile } from "./parse-report";
import type { ExtractedClaim, ParsedReport } from "./types";

export type FileReport = { report: ParsedReport; publishedAt: string | null; claims: ExtractedClaim[] };

export type ExtractFileResult = { ok: true; text: string; reports: FileReport[] } | { ok: false; message: string };

export function extractFile(bytes: Uint8Array, options: { includeNonClaims?: boolean } = {}): ExtractFileResult {
  const decoded = decodeReportFile(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const parsed = parseReportFile(decoded.text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { text } = decoded;
  const reports = parsed.reports.map((report) => ({
    report,
    publishedAt: report.publishedAt,
    claims: extractClaims(report.body, { publishedAt: report.publishedAt, includeNonClaims: options.includeNonClaims })
      .map((claim) => toFileOffsets(claim, report, text)),
  }));
  return { ok: true, text, reports };
}

/** End offsets are exclusive: map the last character, so a deleted gap after it is not crossed. */
function toFileOffsets(claim: ExtractedClaim, report: ParsedReport, text: string): ExtractedClaim {
  const map = (start: number, end: number) => {
    const fileStart = report.toFileOffset(start);
    return { start: fileStart, end: end > start ? report.toFileOffset(end - 1) + 1 : fileStart };
  };
  const { start, end } = map(claim.start, claim.end);
  // A span that crossed removed boilerplate keeps the invariant text.slice(start, end) === quote.
  const quote = text.slice(start, end) === claim.quote ? claim.quote : text.slice(start, end);
  return { ...claim, quote, start, end, sentence: map(claim.sentence.start, claim.sentence.end) };
}
