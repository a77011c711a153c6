// Suggestions for a set of reports held in memory (the analyze command, previews): copy groups
// from the report texts, then every claim against the claims of the other reports.
import type { ExtractedClaim } from "../types";
import { findCopyGroups } from "./find-copy-groups";
import { suggestAll } from "./suggest-all";
import type { ComparableClaim, CompareOptions, Suggestion } from "./types";

export type ReportInput = {
  /** The report text used to recognise near copies (the cleaned body). */
  text: string;
  publishedAt: string | null;
  claims: ExtractedClaim[];
};

export type ReportSuggestions = { claims: { claim: ExtractedClaim; suggestion: Suggestion }[] };

/** Claim ids are "report:claim" indices, so evidence ids point back into the input. */
export function analyzeReports(reports: ReportInput[], options: CompareOptions = {}): ReportSuggestions[] {
  const copyGroups = findCopyGroups(reports.map((r) => r.text));
  const comparable: ComparableClaim[] = reports.flatMap((report, r) =>
    report.claims.map((claim, c) => ({
      ...claim,
      id: claimId(r, c),
      reportId: String(r),
      publishedAt: report.publishedAt,
      copyGroup: copyGroups[r],
    })),
  );
  const suggestions = suggestAll(comparable, options);
  return reports.map((report, r) => ({
    claims: report.claims.map((claim, c) => ({ claim, suggestion: suggestions.get(claimId(r, c)) as Suggestion })),
  }));
}

export function claimId(report: number, claim: number): string {
  return `${report}:${claim}`;
}

export function parseClaimId(id: string): [number, number] {
  const [report, claim] = id.split(":").map(Number);
  return [report, claim];
}
