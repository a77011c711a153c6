// How far two annotations of the same report agree: claims found by both, the fields they give alike, and the
// numbers one reads as a claim where the other marks a trap. Pure: no file system, no extractor. bench:agreement uses
// it for the gold set's second reader and, on the same reports and by the same measure, for the extractor.
import { matchSpans, overlap, sameName } from "./score-extraction";

export const COMPARED_FIELDS = ["category", "location", "attribution", "actor"] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** A field left out (`undefined`: a key that gives no actor) is not compared; `null` is a value ("no actor"). */
export type AnnotatedClaim = { start: number; end: number } & Partial<Record<ComparedField, string | null>>;
export type AnnotatedTrap = { start: number; end: number; kind: string };
export type Annotation = { claims: AnnotatedClaim[]; traps: AnnotatedTrap[] };

export type Agreement = {
  /** Claims of the reference annotation, of the other, and pairs of one of each over the same words. */
  reference: number;
  other: number;
  matched: number;
  /** Of the matched pairs, those where both give the field (`compared`) and those giving it the same value (`agree`, names compared without case). */
  compared: Record<ComparedField, number>;
  agree: Record<ComparedField, number>;
  /** The other's claims over a trap of the reference, and the reference's claims over a trap of the other. */
  claimsOverReferenceTraps: number;
  claimsUnderOtherTraps: number;
};

export function emptyAgreement(): Agreement {
  return {
    reference: 0,
    other: 0,
    matched: 0,
    compared: { category: 0, location: 0, attribution: 0, actor: 0 },
    agree: { category: 0, location: 0, attribution: 0, actor: 0 },
    claimsOverReferenceTraps: 0,
    claimsUnderOtherTraps: 0,
  };
}

/** Adds one report's comparison to `into` (a running total over reports) and returns it. */
export function addAgreement(into: Agreement, reference: Annotation, other: Annotation): Agreement {
  into.reference += reference.claims.length;
  into.other += other.claims.length;
  for (const [r, o] of matchSpans(reference.claims, other.claims)) {
    into.matched += 1;
    for (const field of COMPARED_FIELDS) {
      const [a, b] = [reference.claims[r][field], other.claims[o][field]];
      if (a === undefined || b === undefined) continue;
      into.compared[field] += 1;
      if (sameName(a, b)) into.agree[field] += 1;
    }
  }
  const overAny = (claims: AnnotatedClaim[], traps: AnnotatedTrap[]) => claims.filter((c) => traps.some((t) => overlap(c, t) > 0)).length;
  into.claimsOverReferenceTraps += overAny(other.claims, reference.traps);
  into.claimsUnderOtherTraps += overAny(reference.claims, other.traps);
  return into;
}

/** Precision, recall and F1 of the other's claims against the reference's. */
export function detection(agreement: Agreement): { precision: number; recall: number; f1: number } {
  const precision = agreement.other ? agreement.matched / agreement.other : 0;
  const recall = agreement.reference ? agreement.matched / agreement.reference : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
