// Everything the comparison needs from one claim, computed once when it enters the index.
import type { Actor } from "../types";
import { widen, type Interval } from "./interval";
import {
  attributionKey,
  dayNumber,
  measureKey,
  partyOf,
  placeKey,
  subjectKey,
} from "./normalize";
import type { ComparableClaim, ResolvedOptions } from "./types";

export type Entry = {
  claim: ComparableClaim;
  id: string;
  reportId: string;
  copyGroup: string;
  /** category|unit|measureKey: what is measured; place and period narrow it further. */
  measureBlock: string;
  measure: string;
  place: string;
  subject: string;
  actor: Actor;
  claimant: string;
  party: string;
  /** Inclusive day numbers of the period compared; null when the report is undated. */
  from: number | null;
  to: number | null;
  /** True when the period is an explicit single day of a daily toll: neighbours are other days. */
  strictDay: boolean;
  stated: Interval;
  widened: Interval;
};

export function prepareEntry(claim: ComparableClaim, options: ResolvedOptions): Entry {
  const stated: Interval = {
    lower: claim.lower,
    upper: claim.upper,
    lowerExclusive: claim.lowerExclusive,
    upperExclusive: claim.upperExclusive,
  };
  const [from, to] = comparedPeriod(claim);
  const claimant = attributionKey(claim.attribution);
  return {
    claim,
    id: claim.id,
    reportId: claim.reportId,
    copyGroup: claim.copyGroup || claim.reportId,
    measureBlock: `${claim.category}|${claim.normalized.unit}|${measureKey(claim.measure)}`,
    measure: claim.measure ?? "",
    place: placeKey(claim.location, options.canonicalPlace),
    subject: subjectKey(claim.subject),
    actor: claim.actor,
    claimant,
    party: partyOf(claimant),
    from,
    to,
    strictDay: claim.measure === "daily" && from !== null && from === to,
    stated,
    widened: widen(stated, claim),
  };
}

/** A cumulative toll is compared at the date it runs to: its start is the war's, not the event's. */
function comparedPeriod(claim: ComparableClaim): [number | null, number | null] {
  const from = dayNumber(claim.period?.from ?? claim.publishedAt);
  const to = dayNumber(claim.period?.to ?? claim.publishedAt);
  if (from === null || to === null) return [to ?? from, to ?? from];
  if (claim.measure === "cumulative") return [to, to];
  return from <= to ? [from, to] : [to, from];
}
