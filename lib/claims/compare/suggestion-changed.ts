// Whether a reviewed claim needs another look: its suggested verdict or subtype moved, or a claim
// entered or left its evidence. Reasons are not compared: their counts change with every report.
import type { Suggestion } from "./types";

export function suggestionChanged(before: Suggestion, after: Suggestion): boolean {
  if (before.verdict !== after.verdict || before.subtype !== after.subtype) return true;
  const ids = (s: Suggestion) => s.evidence.filter((e) => e.relation !== "near").map((e) => `${e.claimId}:${e.relation}`).sort().join(",");
  return ids(before) !== ids(after);
}
