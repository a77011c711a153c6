// The suggested verdict for one claim from its comparable claims and near misses (design.md):
// a conflict wins; corroboration needs an independent report; otherwise unverified, with why.
import type { Entry } from "./prepare-entry";
import {
  describeNear,
  describePair,
  independence,
  periodGap,
  NEAR_MEASURE,
  NEAR_PERIOD,
  NEAR_PLACE,
  type PairKind,
} from "./relate-pair";
import { summarizeGroup } from "./summarize-group";
import type { Confidence, Evidence, PairRelation, ResolvedOptions, Suggestion } from "./types";

export type Found = { conflicts: Entry[]; agrees: Entry[]; near: { other: Entry; kind: PairKind }[] };

export function buildSuggestion(entry: Entry, found: Found, { maxEvidence }: ResolvedOptions): Suggestion {
  // Undated claims compare at lower confidence: they decide only when no dated claim is comparable.
  const hasDated = anyDated(entry, found.conflicts) || anyDated(entry, found.agrees);
  const [conflicts, independent, dependent, lateConflicts, lateAgrees]: Entry[][] = [[], [], [], [], []];
  for (const o of found.conflicts) (!hasDated || isDated(entry, o) ? conflicts : lateConflicts).push(o);
  for (const o of found.agrees) {
    if (hasDated && !isDated(entry, o)) lateAgrees.push(o);
    else (independence(entry, o) === "independent" ? independent : dependent).push(o);
  }
  const agrees = independent.length ? (dependent.length ? independent.concat(dependent) : independent) : dependent;
  const near = ([NEAR_PERIOD, NEAR_PLACE, NEAR_MEASURE] as PairKind[]).flatMap((kind) => nearOf(entry, found, kind));
  const pairs: PairRelation[] = [];
  const lists = [
    [conflicts, "conflicts"], [independent, "agrees"], [dependent, "agrees"], [lateConflicts, "conflicts"], [lateAgrees, "agrees"],
  ] as const;
  for (const [list, relation] of lists) {
    for (const other of top(entry, list, maxEvidence - pairs.length)) pairs.push(describePair(entry, other, relation));
  }
  const evidence: Evidence[] = [...pairs, ...near.slice(0, maxEvidence - pairs.length).map((n) => describeNear(entry, n.other, n.kind))];
  const base = {
    claimId: entry.id,
    evidence,
    evidenceCount: found.conflicts.length + found.agrees.length,
    group: summarizeGroup([entry, ...conflicts, ...agrees]),
  };
  const best = (relation: PairRelation["relation"], independent: boolean) =>
    pairs.find((p) => p.relation === relation && (p.independence === "independent") === independent) as PairRelation;

  if (conflicts.length) {
    const also = agrees.length ? `; ${reports(agrees)} agree` : "";
    const first = pairs[0];
    return { ...base, verdict: "conflicting", subtype: "contradiction", confidence: first.confidence,
      reason: `conflicts with ${reports(conflicts)}: ${first.reason}${also}` };
  }
  if (independent.length) {
    const first = best("agrees", true);
    const by = independent.length === 1 ? "an independent report" : reports(independent);
    return { ...base, verdict: "corroborated", subtype: "overlap", confidence: first.confidence, reason: `corroborated by ${by}: ${first.reason}` };
  }
  if (dependent.length) {
    return { ...base, verdict: "unverified", subtype: "only_copies_or_same_claimant",
      confidence: best("agrees", false).confidence, reason: dependenceReason(entry, dependent) };
  }
  const confidence: Confidence = entry.from === null ? "low" : "high";
  if (near.length) {
    return { ...base, verdict: "unverified", subtype: (evidence[0] as { subtype: Suggestion["subtype"] }).subtype, confidence,
      reason: `no comparable claim in another report; near miss: ${evidence[0].reason}` };
  }
  return { ...base, verdict: "unverified", subtype: "no_other_report", confidence,
    reason: entry.claim.isClaim === false ? "not a claim" : "no comparable claim in another report" };
}

function isDated(entry: Entry, other: Entry): boolean {
  return periodGap(entry, other) !== null;
}

function anyDated(entry: Entry, others: Entry[]): boolean {
  for (const o of others) if (isDated(entry, o)) return true;
  return false;
}

/**
 * The k most telling claims: overlapping periods first, then close ones, then undated; ties by id
 * so a recompute and an incremental update agree. Linear in the list: big blocks are never sorted.
 */
function top(entry: Entry, others: Entry[], k: number): Entry[] {
  if (k <= 0 || others.length === 0) return [];
  const best: { rank: number; other: Entry }[] = [];
  const before = (a: { rank: number; other: Entry }, b: { rank: number; other: Entry }) =>
    a.rank < b.rank || (a.rank === b.rank && a.other.id < b.other.id);
  for (const other of others) {
    const gap = periodGap(entry, other);
    const item = { rank: gap === null ? 2 : gap > 0 ? 1 : 0, other };
    if (best.length === k && !before(item, best[k - 1])) continue;
    let at = best.length;
    while (at > 0 && before(item, best[at - 1])) at--;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.other);
}

function nearOf(entry: Entry, found: Found, kind: PairKind) {
  const some = found.near.filter((n) => n.kind === kind);
  const distance = (n: { other: Entry }) => (kind === NEAR_PERIOD ? (periodGap(entry, n.other) as number) : 0);
  return some.sort((a, b) => distance(a) - distance(b) || byId(a.other, b.other));
}

function dependenceReason(entry: Entry, dependent: Entry[]): string {
  const kinds = new Set(dependent.map((o) => independence(entry, o)));
  const others = dependent.map((e) => e.claim.attribution).filter((a): a is string => !!a).sort();
  const claimants = [...new Set([entry.claim.attribution, ...others])].filter(Boolean);
  if (kinds.has("same_claimant")) {
    return `repeated, not corroborated: only ${entry.claim.attribution} states it (${reports(dependent, 1)})`;
  }
  if (kinds.has("same_belligerent")) return `backed only by a belligerent (${entry.party}): ${claimants.join(", ")}`;
  return `only near copies of this report agree (${reports(dependent)})`;
}

function reports(list: Entry[], plus = 0): string {
  const n = new Set(list.map((o) => o.reportNo)).size + plus;
  return `${n} report${n === 1 ? "" : "s"}`;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
