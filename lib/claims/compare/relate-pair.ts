// One pair of claims from different reports: comparable (agrees or conflicts), a near miss, or
// nothing. classifyPair is the hot path and allocates nothing; describe* build the reviewer's text.
import { formatInterval, formatShort, overlaps, roundingTolerance } from "./interval";
import { isoDay } from "./normalize";
import type { Entry } from "./prepare-entry";
import type { Confidence, Independence, NearMiss, NearSubtype, PairRelation, ResolvedOptions } from "./types";

export const NONE = 0;
export const AGREES = 1;
export const CONFLICTS = 2;
export const NEAR_PERIOD = 3;
export const NEAR_PLACE = 4;
export const NEAR_MEASURE = 5;
export type PairKind = 0 | 1 | 2 | 3 | 4 | 5;

const NEAR_SUBTYPES: Record<number, NearSubtype> = {
  [NEAR_PERIOD]: "different_period",
  [NEAR_PLACE]: "different_place",
  [NEAR_MEASURE]: "different_measure",
};

/** Days between two periods; 0 or less when they overlap, null when either is undated. */
export function periodGap(a: Entry, b: Entry): number | null {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return null;
  return Math.max(a.from - b.to, b.from - a.to);
}

const agree = (x: number, y: number) => x === 0 || y === 0 || x === y;

export function classifyPair(a: Entry, b: Entry, options: ResolvedOptions): PairKind {
  if (a.reportNo === b.reportNo || a.categoryNo !== b.categoryNo) return NONE;
  if (a.actor !== null && b.actor !== null && a.actor !== b.actor) return NONE;
  const gap = periodGap(a, b);
  const window = a.strictDay && b.strictDay ? 0 : options.windowDays;
  const inWindow = gap === null || gap <= window;
  const sameMeasure = a.measureBlockNo === b.measureBlockNo && agree(a.measureNo, b.measureNo) && agree(a.subjectNo, b.subjectNo);
  const samePlace = a.placeNo === b.placeNo;
  if (sameMeasure && samePlace && inWindow) return overlaps(a.widened, b.widened) ? AGREES : CONFLICTS;
  if (!sameMeasure) return samePlace && inWindow ? NEAR_MEASURE : NONE;
  if (gap === null || !overlaps(a.widened, b.widened)) return NONE;
  if (samePlace) return gap <= options.nearPeriodDays ? NEAR_PERIOD : NONE;
  return gap <= window ? NEAR_PLACE : NONE;
}

export function describePair(a: Entry, b: Entry, relation: "agrees" | "conflicts"): PairRelation {
  return {
    claimId: b.id,
    relation,
    reason: relation === "agrees" ? agreementReason(a, b) : `${shortLabel(a)} vs ${shortLabel(b)}: disjoint`,
    confidence: pairConfidence(a, b),
    independence: independence(a, b),
  };
}

export function describeNear(a: Entry, b: Entry, kind: PairKind): NearMiss {
  const subtype = NEAR_SUBTYPES[kind];
  const reason =
    kind === NEAR_PERIOD
      ? `same figure ${periodGap(a, b)} days apart (${isoDay(b.from as number)})`
      : kind === NEAR_PLACE
        ? `same figure for ${b.claim.location ?? "no named place"}`
        : `different measure: ${describeMeasure(a)} vs ${describeMeasure(b)}`;
  return { claimId: b.id, relation: "near", subtype, reason };
}

function agreementReason(a: Entry, b: Entry): string {
  const reason = `${label(a)} overlaps ${label(b)}`;
  if (overlaps(a.stated, b.stated)) return reason;
  const rounded = [a, b]
    .filter((e) => roundingTolerance(e.claim.value) > 0)
    .map((e) => `${e.claim.value} ±${roundingTolerance(e.claim.value)}`);
  return `${reason} as round figures (${rounded.join(", ")})`;
}

/** Formatted once per claim: every pair it takes part in prints it. */
function label(e: Entry): string {
  return (e.label ??= formatInterval(e.stated));
}

function shortLabel(e: Entry): string {
  return (e.shortLabel ??= formatShort(e.stated));
}

/** Lower when the periods only lie close (not overlap), lowest when a report is undated. */
export function pairConfidence(a: Entry, b: Entry): Confidence {
  const gap = periodGap(a, b);
  if (gap === null) return "low";
  return gap > 0 ? "medium" : "high";
}

export function independence(a: Entry, b: Entry): Independence {
  if (a.copyNo === b.copyNo) return "copy";
  if (a.claimantNo !== 0 && a.claimantNo === b.claimantNo) return "same_claimant";
  if (a.partyNo !== 0 && a.partyNo === b.partyNo) return "same_belligerent";
  return "independent";
}

function describeMeasure(e: Entry): string {
  return [e.claim.measure, e.claim.subject].filter(Boolean).join(" ") || "plain";
}
