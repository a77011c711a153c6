// Everything the comparison needs from one claim, computed once when it enters the index; keys are
// interned to small integers because the pair test runs millions of times on a large corpus.
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

/** Maps keys to integers; "" (unknown, agrees with anything) is always 0. */
export class Interner {
  private readonly ids = new Map<string, number>([["", 0]]);

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}

export type Entry = {
  claim: ComparableClaim;
  id: string;
  reportNo: number;
  copyNo: number;
  /** category|unit|measureKey: what is measured; place and period narrow it further. */
  measureBlock: string;
  measureBlockNo: number;
  categoryNo: number;
  measureNo: number;
  place: string;
  placeNo: number;
  subjectNo: number;
  actor: Actor;
  claimantNo: number;
  party: string;
  partyNo: number;
  /** Inclusive day numbers of the period compared; null when the report is undated. */
  from: number | null;
  to: number | null;
  /** An explicit single day of a daily toll: its neighbours are other days, not the same event. */
  strictDay: boolean;
  stated: Interval;
  widened: Interval;
  /** The stated interval as the reviewer reads it, cached by relate-pair. */
  label?: string;
  shortLabel?: string;
};

/**
 * For civilian tolls the side is ambiguous (the shelling's, the victims', the speaker's: "Russian
 * shells injured three" vs "four wounded, the Ukrainian governor said"), so it only separates
 * military losses, where whose troops they are is the point.
 */
const VICTIMS = new Set(["killed", "injured", "casualties", "people"]);

export function prepareEntry(claim: ComparableClaim, options: ResolvedOptions, keys: Interner): Entry {
  const stated: Interval = {
    lower: claim.lower,
    upper: claim.upper,
    lowerExclusive: claim.lowerExclusive,
    upperExclusive: claim.upperExclusive,
  };
  const [from, to] = comparedPeriod(claim);
  const claimant = attributionKey(claim.attribution);
  const party = partyOf(claimant);
  const categoryUnit = `${claim.category}|${claim.normalized.unit}`;
  const measureBlock = `${categoryUnit}|${measureKey(claim.measure)}`;
  const place = placeKey(claim.location, options.canonicalPlace);
  const subject = subjectKey(claim.subject);
  return {
    claim,
    id: claim.id,
    reportNo: keys.id(`report:${claim.reportId}`),
    copyNo: keys.id(`report:${claim.copyGroup || claim.reportId}`),
    measureBlock,
    measureBlockNo: keys.id(measureBlock),
    categoryNo: keys.id(categoryUnit),
    measureNo: claim.measure ? keys.id(`measure:${claim.measure}`) : 0,
    place,
    placeNo: place ? keys.id(`place:${place}`) : 0,
    subjectNo: keys.id(subject),
    actor: VICTIMS.has(claim.category) && subject !== "troops" ? null : claim.actor,
    claimantNo: claimant ? keys.id(`claimant:${claimant}`) : 0,
    party,
    partyNo: party ? keys.id(`party:${party}`) : 0,
    from,
    to,
    strictDay: claim.measure === "daily" && from !== null && from === to,
    stated,
    widened: widen(stated, claim),
    label: undefined,
    shortLabel: undefined,
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
