// Hand-built claims for the comparison tests: fixed ids, only the fields a test cares about given.
import type { ComparableClaim } from "@/lib/claims/compare";

let counter = 0;

type ClaimInput = Partial<ComparableClaim> & { reportId: string };

/** An exact count of killed people in Kupiansk on 2024-03-10 unless told otherwise. */
export function buildClaim(input: ClaimInput): ComparableClaim {
  const value = input.value ?? input.lower ?? 1;
  const publishedAt = input.publishedAt === undefined ? "2024-03-10" : input.publishedAt;
  return {
    id: input.id ?? `c${++counter}`,
    quote: String(value),
    start: 0,
    end: String(value).length,
    sentence: { start: 0, end: 10 },
    value,
    unit: "count",
    normalized: { value, unit: "count" },
    lower: value,
    upper: value,
    lowerExclusive: false,
    upperExclusive: false,
    qualifier: "exact",
    rule: "exact",
    category: "killed",
    measure: null,
    subject: "people",
    actor: null,
    location: "Kupiansk",
    attribution: null,
    period: publishedAt ? { from: publishedAt, to: publishedAt } : null,
    isClaim: true,
    publishedAt,
    ...input,
  };
}

/** "more than 11,000": (X, ∞). */
export const moreThan = (value: number) => ({ value, lower: value, upper: null, lowerExclusive: true, qualifier: "more_than" });
/** "at least X": [X, ∞). */
export const atLeast = (value: number) => ({ value, lower: value, upper: null, qualifier: "at_least" });
/** "around X": [X − 10%, X + 10%]. */
export const about = (value: number) => ({ value, lower: value * 0.9, upper: value * 1.1, qualifier: "about" });
