import type { ExtractedClaim } from "./types";

// Re-extracting after an extractor upgrade (issue 3, item 11): a review stays attached to the new
// claim whose quote and offsets are unchanged. Claims that moved or changed wording lose the link,
// on purpose: the reviewer judged that exact text, and a silent re-attachment could misstate it.

export type StoredClaim = { id: string; quote: string; start: number; end: number };

/** Maps the index of each new claim to the id of the stored claim it continues. */
export function matchReviewedClaims(oldClaims: StoredClaim[], newClaims: ExtractedClaim[]): Map<number, string> {
  const byKey = new Map<string, string>();
  for (const old of oldClaims) {
    const key = keyOf(old.start, old.end, old.quote);
    if (!byKey.has(key)) byKey.set(key, old.id);
  }
  const matches = new Map<number, string>();
  newClaims.forEach((claim, index) => {
    const key = keyOf(claim.start, claim.end, claim.quote);
    const id = byKey.get(key);
    if (id !== undefined) {
      matches.set(index, id);
      byKey.delete(key); // one review, one claim
    }
  });
  return matches;
}

function keyOf(start: number, end: number, quote: string): string {
  return `${start}:${end}:${quote}`;
}
