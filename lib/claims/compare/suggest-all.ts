// Full recompute: every claim's suggestion from scratch (after an extractor upgrade, or for the CLI).
import { ComparisonIndex } from "./comparison-index";
import type { ComparableClaim, CompareOptions, Suggestion } from "./types";

export function suggestAll(claims: ComparableClaim[], options: CompareOptions = {}): Map<string, Suggestion> {
  const index = new ComparisonIndex(options);
  index.load(claims);
  return index.suggestAll();
}
