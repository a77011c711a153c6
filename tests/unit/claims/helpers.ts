import { extractClaims } from "@/lib/claims/extract";
import type { ExtractedClaim } from "@/lib/claims/types";

/** Claims of one sentence, as the quotes a reviewer would see. */
export function quotes(text: string): string[] {
  return extractClaims(text).map((c) => c.quote);
}

/** Who states each claim of `text`, in reading order. */
export function attributions(text: string): (string | null)[] {
  return extractClaims(text).map((c) => c.attribution);
}

export function only(text: string, publishedAt: string | null = null): ExtractedClaim {
  const claims = extractClaims(text, { publishedAt });
  if (claims.length !== 1) throw new Error(`expected one claim in "${text}", got ${JSON.stringify(claims.map((c) => c.quote))}`);
  return claims[0];
}

/** The claim quoted `quote` in `text`, to read one field of it. */
export function claimAt(text: string, quote: string): ExtractedClaim | undefined {
  return extractClaims(text).find((c) => c.quote === quote);
}
