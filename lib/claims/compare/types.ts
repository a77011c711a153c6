// The comparison engine's inputs and outputs; the database layer stores Suggestion and PairRelation.
import type { ExtractedClaim } from "../types";

export type ComparableClaim = ExtractedClaim & {
  id: string;
  reportId: string;
  /** The report's date (YYYY-MM-DD); stands in for a missing period. */
  publishedAt: string | null;
  /** Reports that are near copies of each other (fingerprint.ts) share one; defaults to reportId. */
  copyGroup?: string | null;
};

export type Verdict = "corroborated" | "conflicting" | "unverified";
export type NearSubtype = "different_period" | "different_place" | "different_measure";
export type Subtype =
  | "overlap"
  | "contradiction"
  | "no_other_report"
  | "only_copies_or_same_claimant"
  | NearSubtype;
export type Relation = "agrees" | "conflicts";
export type Confidence = "high" | "medium" | "low";
/** Why an agreeing claim does or does not count as corroboration. */
export type Independence = "independent" | "copy" | "same_claimant" | "same_belligerent";

export type PairRelation = {
  claimId: string;
  relation: Relation;
  reason: string;
  confidence: Confidence;
  independence: Independence;
};

export type NearMiss = { claimId: string; relation: "near"; subtype: NearSubtype; reason: string };

export type Evidence = PairRelation | NearMiss;

export type Conservative = { value: number; exclusive: boolean; claimId: string };

export type GroupSummary = {
  /** Claims in the group, this claim included. */
  size: number;
  /** [min lower, max upper] across sources in the normalized unit; null is unbounded. */
  range: { lower: number | null; upper: number | null };
  /** The lowest credible lower bound (a stated floor above zero), never an average. */
  conservative: Conservative | null;
};

/** A connected component of comparable pairs (ComparisonIndex.groups). */
export type Group = GroupSummary & { claimIds: string[] };

export type Suggestion = {
  claimId: string;
  verdict: Verdict;
  subtype: Subtype;
  reason: string;
  confidence: Confidence;
  /** Conflicts first, then agreements, then near misses; capped at maxEvidence. */
  evidence: Evidence[];
  /** Comparable claims before the cap. */
  evidenceCount: number;
  /** The claim with its comparable claims. */
  group: GroupSummary;
};

export type CompareOptions = {
  /** Periods this many days apart or closer are comparable (design.md: "close"). */
  windowDays?: number;
  /** Same figure further apart than the window but within this many days is a near miss. */
  nearPeriodDays?: number;
  maxEvidence?: number;
  /** The gazetteer's canonical name; the engine folds spellings itself as well. */
  canonicalPlace?: (name: string) => string | null;
};

export type ResolvedOptions = Required<Omit<CompareOptions, "canonicalPlace">> &
  Pick<CompareOptions, "canonicalPlace">;

export function resolveOptions(options: CompareOptions = {}): ResolvedOptions {
  return {
    windowDays: options.windowDays ?? 3,
    nearPeriodDays: options.nearPeriodDays ?? 400,
    maxEvidence: options.maxEvidence ?? 12,
    canonicalPlace: options.canonicalPlace,
  };
}
