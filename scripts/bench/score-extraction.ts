// Scores predicted claims against the hand-annotated gold set: detection precision/recall/F1,
// field accuracy over matched pairs, and trap hits. Pure: no file system, no extractor.
import type { ExtractedClaim } from "@/lib/claims/types";

export type Split = "dev" | "heldout";

type Bounded = { lower: number | null; upper: number | null };

export type ScoredGoldClaim = Bounded & {
  quote: string;
  start: number;
  end: number;
  value: number;
  normalized: { value: number; unit: string };
  qualifier: string;
  category: string;
  location: string | null;
  attribution: string | null;
  actor: string | null;
};

export type ScoredTrap = { quote: string; start: number; end: number; kind: string };

export type ScoredPrediction = Pick<
  ExtractedClaim,
  "quote" | "start" | "end" | "value" | "normalized" | "lower" | "upper" | "category" | "location" | "attribution" | "actor"
>;

export type ReportInput = { name: string; gold: ScoredGoldClaim[]; traps: ScoredTrap[]; predicted: ScoredPrediction[] };

export const FIELDS = ["value", "bounds", "category", "location", "attribution", "actor"] as const;
export type Field = (typeof FIELDS)[number];

export type FieldScore = { correct: number; total: number; accuracy: number };

export type FieldError = { report: string; field: Field; gold: ScoredGoldClaim; predicted: ScoredPrediction };

export type ExtractionScore = {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  fields: Record<Field, FieldScore>;
  trapHits: { report: string; trap: ScoredTrap; predicted: ScoredPrediction }[];
  misses: { report: string; gold: ScoredGoldClaim }[];
  falsePositives: { report: string; predicted: ScoredPrediction }[];
  fieldErrors: FieldError[];
};

export const GOALS = { f1: 0.95, field: 0.9, trapHits: 0 } as const;

const RELATIVE_TOLERANCE = 1e-6;

export function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

function boundsEqual(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : isClose(a, b);
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * "The number inside agrees": the same stated or normalized value. Ranges and vague amounts have
 * no single agreed value ("between 40 and 50", "dozens"), so a value inside the gold interval counts.
 */
export function numbersAgree(gold: ScoredGoldClaim, predicted: ScoredPrediction): boolean {
  if (isClose(gold.value, predicted.value)) return true;
  if (gold.normalized.unit === predicted.normalized.unit && isClose(gold.normalized.value, predicted.normalized.value)) return true;
  if (gold.qualifier !== "range" && gold.qualifier !== "vague") return false;
  const inside = (x: number) => (gold.lower === null || x >= gold.lower) && (gold.upper === null || x <= gold.upper);
  return gold.normalized.unit === predicted.normalized.unit && inside(predicted.normalized.value);
}

/** Greedy one-to-one matching, largest span overlap first, then closest start. */
export function matchClaims(gold: ScoredGoldClaim[], predicted: ScoredPrediction[]): [number, number][] {
  return matchSpans(gold, predicted, numbersAgree);
}

type Span = { start: number; end: number };

/** Greedy one-to-one pairs of spans sharing text (and passing `agree`), largest overlap first, then closest start. */
export function matchSpans<G extends Span, P extends Span>(gold: G[], predicted: P[], agree: (g: G, p: P) => boolean = () => true): [number, number][] {
  const candidates: { g: number; p: number; overlap: number; distance: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const size = overlap(g, p);
      if (size > 0 && agree(g, p)) candidates.push({ g: gi, p: pi, overlap: size, distance: Math.abs(g.start - p.start) });
    }),
  );
  candidates.sort((a, b) => b.overlap - a.overlap || a.distance - b.distance || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

/** Two names alike but for case and surrounding spaces (both empty counts as alike). */
export const sameName = (a: string | null, b: string | null) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

const FIELD_CHECKS: Record<Field, (g: ScoredGoldClaim, p: ScoredPrediction) => boolean> = {
  value: (g, p) => isClose(g.value, p.value),
  bounds: (g, p) => boundsEqual(g.lower, p.lower) && boundsEqual(g.upper, p.upper),
  category: (g, p) => g.category === p.category,
  location: (g, p) => sameName(g.location, p.location),
  attribution: (g, p) => sameName(g.attribution, p.attribution),
  actor: (g, p) => g.actor === p.actor,
};

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function scoreExtraction(reports: ReportInput[]): ExtractionScore {
  const score: ExtractionScore = {
    gold: 0,
    predicted: 0,
    matched: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    fields: Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0, accuracy: 0 }])) as Record<Field, FieldScore>,
    trapHits: [],
    misses: [],
    falsePositives: [],
    fieldErrors: [],
  };
  for (const { name, gold, traps, predicted } of reports) {
    const pairs = matchClaims(gold, predicted);
    score.gold += gold.length;
    score.predicted += predicted.length;
    score.matched += pairs.length;
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPredicted = new Set(pairs.map(([, p]) => p));
    gold.forEach((g, i) => matchedGold.has(i) || score.misses.push({ report: name, gold: g }));
    predicted.forEach((p, i) => matchedPredicted.has(i) || score.falsePositives.push({ report: name, predicted: p }));
    for (const [gi, pi] of pairs) {
      for (const field of FIELDS) {
        const ok = FIELD_CHECKS[field](gold[gi], predicted[pi]);
        score.fields[field].total += 1;
        if (ok) score.fields[field].correct += 1;
        else score.fieldErrors.push({ report: name, field, gold: gold[gi], predicted: predicted[pi] });
      }
    }
    for (const p of predicted)
      for (const trap of traps) if (overlap(trap, p) > 0) score.trapHits.push({ report: name, trap, predicted: p });
  }
  score.precision = ratio(score.matched, score.predicted);
  score.recall = ratio(score.matched, score.gold);
  score.f1 = ratio(2 * score.precision * score.recall, score.precision + score.recall);
  for (const field of FIELDS) score.fields[field].accuracy = ratio(score.fields[field].correct, score.fields[field].total);
  return score;
}

/** How a name field went wrong: left empty where gold names one, named where gold names none, or named differently. */
export type NameErrorKinds = { missing: number; spurious: number; different: number };

/**
 * The kinds of location and attribution errors, and trap hits by trap kind: counts only, so that a split
 * kept aside for measuring can say where it fails without anyone reading its sentences.
 */
export function errorKinds(score: ExtractionScore): { location: NameErrorKinds; attribution: NameErrorKinds; traps: Record<string, number> } {
  const kinds = (field: "location" | "attribution"): NameErrorKinds => {
    const counts = { missing: 0, spurious: 0, different: 0 };
    for (const error of score.fieldErrors) {
      if (error.field !== field) continue;
      if (!error.predicted[field]) counts.missing += 1;
      else if (!error.gold[field]) counts.spurious += 1;
      else counts.different += 1;
    }
    return counts;
  };
  const traps: Record<string, number> = {};
  for (const { trap } of score.trapHits) traps[trap.kind] = (traps[trap.kind] ?? 0) + 1;
  return { location: kinds("location"), attribution: kinds("attribution"), traps };
}

export function goalsMet(score: ExtractionScore): { f1: boolean; fields: Record<Field, boolean>; trapHits: boolean } {
  return {
    f1: score.f1 >= GOALS.f1,
    fields: Object.fromEntries(FIELDS.map((f) => [f, score.fields[f].accuracy >= GOALS.field])) as Record<Field, boolean>,
    trapHits: score.trapHits.length <= GOALS.trapHits,
  };
}
