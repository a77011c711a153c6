// The suggested verdict for one claim from its pair relations and near misses (design.md):
// a conflict wins; corroboration needs an independent report; otherwise unverified, with why.
import type { Entry } from "./prepare-entry";
import { summarizeGroup } from "./summarize-group";
import type { Confidence, Evidence, NearMiss, PairRelation, ResolvedOptions, Suggestion } from "./types";

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
const NEAR_ORDER: NearMiss["subtype"][] = ["different_period", "different_place", "different_measure"];

type Lookup = (id: string) => Entry;

export function buildSuggestion(
  entry: Entry,
  pairs: PairRelation[],
  near: NearMiss[],
  lookup: Lookup,
  { maxEvidence }: ResolvedOptions,
): Suggestion {
  const conflicts = byConfidence(pairs.filter((p) => p.relation === "conflicts"));
  const agrees = byConfidence(pairs.filter((p) => p.relation === "agrees"));
  const independent = agrees.filter((p) => p.independence === "independent");
  const dependent = agrees.filter((p) => p.independence !== "independent");
  const nearSorted = NEAR_ORDER.flatMap((subtype) => {
    const some = near.filter((n) => n.subtype === subtype);
    return subtype === "different_period" ? some : some.sort(byId);
  });
  const evidence: Evidence[] = [...conflicts, ...independent, ...dependent, ...nearSorted].slice(0, maxEvidence);
  const base = {
    claimId: entry.id,
    evidence,
    evidenceCount: pairs.length,
    group: summarizeGroup([entry, ...[...pairs].sort(byId).map((p) => lookup(p.claimId))]),
  };
  const reports = (list: PairRelation[]) => plural(new Set(list.map((p) => lookup(p.claimId).reportId)).size, "report");

  if (conflicts.length) {
    const also = agrees.length ? `; ${reports(agrees)} agree` : "";
    return { ...base, verdict: "conflicting", subtype: "contradiction", confidence: conflicts[0].confidence,
      reason: `conflicts with ${reports(conflicts)}: ${conflicts[0].reason}${also}` };
  }
  if (independent.length) {
    return { ...base, verdict: "corroborated", subtype: "overlap", confidence: independent[0].confidence,
      reason: `corroborated by ${independent.length === 1 ? "an independent report" : `${reports(independent)}`}: ${independent[0].reason}` };
  }
  if (dependent.length) {
    return { ...base, verdict: "unverified", subtype: "only_copies_or_same_claimant",
      confidence: dependent[0].confidence, reason: dependenceReason(entry, dependent, lookup) };
  }
  const confidence: Confidence = entry.from === null ? "low" : "high";
  if (nearSorted.length) {
    const first = nearSorted[0];
    return { ...base, verdict: "unverified", subtype: first.subtype, confidence,
      reason: `no comparable claim in another report; near miss: ${first.reason}` };
  }
  return { ...base, verdict: "unverified", subtype: "no_other_report", confidence,
    reason: entry.claim.isClaim === false ? "not a claim" : "no comparable claim in another report" };
}

function dependenceReason(entry: Entry, dependent: PairRelation[], lookup: Lookup): string {
  const kinds = new Set(dependent.map((p) => p.independence));
  const claimants = [entry, ...dependent.map((p) => lookup(p.claimId))]
    .map((e) => e.claim.attribution)
    .filter((name, i, all): name is string => !!name && all.indexOf(name) === i);
  if (kinds.has("same_belligerent") && !kinds.has("same_claimant")) {
    return `backed only by a belligerent (${entry.party}): ${claimants.join(", ")}`;
  }
  if (kinds.has("same_claimant")) {
    return `repeated, not corroborated: only ${entry.claim.attribution} states it (${plural(dependent.length + 1, "report")})`;
  }
  return `only near copies of this report agree (${plural(dependent.length, "copy", "copies")})`;
}

function byConfidence<T extends { confidence: Confidence }>(list: T[]): T[] {
  return list.sort((a, b) => RANK[b.confidence] - RANK[a.confidence] || byId(a, b));
}

/** Ties break by id so a recompute and an incremental update agree to the letter. */
function byId(a: { claimId: string }, b: { claimId: string }): number {
  return a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
