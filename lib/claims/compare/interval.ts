// Interval agreement with design.md's rounding rule: a stated value of 100 or more ending in zero
// carries ± half its last non-zero place (600 → ±50, 12,000 → ±500); small counts are exact.

export type Interval = { lower: number | null; upper: number | null; lowerExclusive: boolean; upperExclusive: boolean };

/** Qualifiers whose bounds already express imprecision; rounding them again would double it. */
const IMPRECISE = new Set(["about", "vague"]);

export function roundingTolerance(stated: number): number {
  if (!Number.isInteger(stated) || Math.abs(stated) < 100 || stated % 10 !== 0) return 0;
  let place = 10;
  while (stated % (place * 10) === 0) place *= 10;
  return place / 2;
}

/** Widens the bounds that are the stated round number, converted to the normalized unit. */
export function widen(
  interval: Interval,
  claim: { value: number; normalized: { value: number }; qualifier: string },
): Interval {
  if (IMPRECISE.has(claim.qualifier) || claim.value === 0) return interval;
  const scale = claim.normalized.value / claim.value;
  const pad = (bound: number | null, sign: number) => {
    if (bound === null || !Number.isFinite(scale) || scale === 0) return bound;
    const stated = Math.round((bound / scale) * 1e6) / 1e6;
    const tolerance = roundingTolerance(stated) * scale;
    return tolerance ? bound + sign * tolerance : bound;
  };
  return { ...interval, lower: pad(interval.lower, -1), upper: pad(interval.upper, 1) };
}

const EPSILON = 1e-9;

function compareBounds(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= EPSILON * scale ? 0 : a - b;
}

/** Whether two intervals share a point, exclusive bounds respected; allocation-free (hot path). */
export function overlaps(a: Interval, b: Interval): boolean {
  return below(a.lower, a.lowerExclusive, b.upper, b.upperExclusive) && below(b.lower, b.lowerExclusive, a.upper, a.upperExclusive);
}

function below(lower: number | null, lowerExclusive: boolean, upper: number | null, upperExclusive: boolean): boolean {
  if (lower === null || upper === null) return true;
  const order = compareBounds(lower, upper);
  return order < 0 || (order === 0 && !lowerExclusive && !upperExclusive);
}

export function formatNumber(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}

/** "[1, ∞)", "(11000, ∞)", "[0, 3)"; an exact value prints as "[2, 2]". */
export function formatInterval(i: Interval): string {
  const low = i.lower === null ? "(-∞" : `${i.lowerExclusive ? "(" : "["}${formatNumber(i.lower)}`;
  const high = i.upper === null ? "∞)" : `${formatNumber(i.upper)}${i.upperExclusive ? ")" : "]"}`;
  return `${low}, ${high}`;
}

/** "4" for an exact value, the interval otherwise: for the "4 vs 3: disjoint" reason. */
export function formatShort(i: Interval): string {
  const exact = i.lower !== null && i.upper !== null && i.lower === i.upper && !i.lowerExclusive && !i.upperExclusive;
  return exact ? formatNumber(i.lower as number) : formatInterval(i);
}
