// One pair of claims from different reports: comparable (agrees or conflicts), a near miss, or nothing.
import { formatInterval, formatShort, overlaps, roundingTolerance } from "./interval";
import { actorsAgree, isoDay, keysAgree } from "./normalize";
import type { Entry } from "./prepare-entry";
import type { Confidence, Independence, NearMiss, PairRelation, ResolvedOptions } from "./types";

export type PairOutcome = ({ kind: "pair" } & PairRelation) | ({ kind: "near" } & NearMiss) | null;

/** Days between two periods; 0 or less when they overlap, null when either is undated. */
export function periodGap(a: Entry, b: Entry): number | null {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return null;
  return Math.max(a.from - b.to, b.from - a.to);
}

export function relatePair(a: Entry, b: Entry, options: ResolvedOptions): PairOutcome {
  if (a.reportId === b.reportId || !actorsAgree(a.actor, b.actor)) return null;
  const gap = periodGap(a, b);
  const window = a.strictDay && b.strictDay ? 0 : options.windowDays;
  const inWindow = gap === null || gap <= window;
  const sameMeasure =
    a.measureBlock === b.measureBlock && keysAgree(a.measure, b.measure) && keysAgree(a.subject, b.subject);
  const samePlace = keysAgree(a.place, b.place);
  if (sameMeasure && samePlace && inWindow) return comparablePair(a, b, gap);
  const overlap = overlaps(a.widened, b.widened);
  const near = (subtype: NearMiss["subtype"], reason: string): PairOutcome => ({
    kind: "near", claimId: b.id, relation: "near", subtype, reason,
  });
  if (!sameMeasure && a.place === b.place && inWindow && sameCategory(a, b)) {
    return near("different_measure", `different measure: ${describeMeasure(a)} vs ${describeMeasure(b)}`);
  }
  if (!sameMeasure || !overlap) return null;
  if (samePlace && gap !== null && gap <= options.nearPeriodDays) {
    return near("different_period", `same figure ${gap} days apart (${isoDay(b.from as number)})`);
  }
  if (!samePlace && gap !== null && gap <= window) return near("different_place", `same figure for ${b.claim.location}`);
  return null;
}

function comparablePair(a: Entry, b: Entry, gap: number | null): PairOutcome {
  const agrees = overlaps(a.widened, b.widened);
  return {
    kind: "pair",
    claimId: b.id,
    relation: agrees ? "agrees" : "conflicts",
    reason: agrees ? agreementReason(a, b) : `${formatShort(a.stated)} vs ${formatShort(b.stated)}: disjoint`,
    confidence: pairConfidence(a, b, gap),
    independence: independence(a, b),
  };
}

function agreementReason(a: Entry, b: Entry): string {
  const reason = `${formatInterval(a.stated)} overlaps ${formatInterval(b.stated)}`;
  if (overlaps(a.stated, b.stated)) return reason;
  const rounded = [a, b]
    .filter((e) => roundingTolerance(e.claim.value) > 0)
    .map((e) => `${e.claim.value} ±${roundingTolerance(e.claim.value)}`);
  return `${reason} as round figures (${rounded.join(", ")})`;
}

function pairConfidence(a: Entry, b: Entry, gap: number | null): Confidence {
  if (gap === null) return "low";
  return gap > 0 || (a.place === "") !== (b.place === "") ? "medium" : "high";
}

export function independence(a: Entry, b: Entry): Independence {
  if (a.copyGroup === b.copyGroup) return "copy";
  if (a.claimant && a.claimant === b.claimant) return "same_claimant";
  if (a.party && a.party === b.party) return "same_belligerent";
  return "independent";
}

function sameCategory(a: Entry, b: Entry): boolean {
  return a.claim.category === b.claim.category && a.claim.normalized.unit === b.claim.normalized.unit;
}

function describeMeasure(e: Entry): string {
  return [e.claim.measure, e.claim.subject].filter(Boolean).join(" ") || "plain";
}
