// The blocking keys the database layer stores beside each claim, so an import loads only the
// claims it can touch: those sharing a key with the new claims, then those sharing one with the
// touched claims (their own neighbourhoods), and hands both to a ComparisonIndex.
import { Interner, prepareEntry } from "./prepare-entry";
import { resolveOptions, type ComparableClaim, type CompareOptions } from "./types";

export type BlockKeys = {
  /** Same measure and place: comparable claims and different-period near misses. */
  measurePlace: string;
  /** Same measure, any place: different-place near misses. */
  measure: string;
  /** Same category and place, any measure: different-measure near misses. */
  categoryPlace: string;
  /** Day numbers (days since 1970-01-01) of the compared period; null when undated. */
  fromDay: number | null;
  toDay: number | null;
};

export function blockKeysFor(claim: ComparableClaim, options: CompareOptions = {}): BlockKeys {
  const entry = prepareEntry(claim, resolveOptions(options), new Interner());
  return {
    measurePlace: `P${entry.measureBlock}#${entry.place}`,
    measure: `W${entry.measureBlock}`,
    categoryPlace: `M${claim.category}|${claim.normalized.unit}#${entry.place}`,
    fromDay: entry.from,
    toDay: entry.to,
  };
}
