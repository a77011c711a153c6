import type { Candidate } from "./candidates";
import type { PlaceMention } from "./places";
import type { Token } from "./tokenize";

// Where a figure applies: a place after it in its clause, else before it, else what "the town" or
// "the region" refers back to, else the place the paragraph is about.

export class PlaceMemory {
  lastCity: string | null = null;
  lastRegion: string | null = null;
  paragraph: string | null = null;

  remember(mentions: PlaceMention[]): void {
    for (const mention of mentions) {
      if (mention.kind === "region") this.lastRegion = mention.name;
      else this.lastCity = mention.name;
      this.paragraph = mention.name;
    }
  }
}

const CITY_ANAPHORA = new Set(["town", "city", "village", "settlement", "town's", "city's", "village's", "there", "area"]);
const REGION_ANAPHORA = new Set(["region", "oblast", "region's"]);
const SCOPE_BREAKERS = new Set(["war", "invasion", "conflict"]);

export function locate(tokens: Token[], c: Candidate, all: Candidate[], mentions: PlaceMention[], memory: PlaceMemory): string | null {
  const stop = forwardStop(c, all, tokens.length);
  for (const mention of mentions) {
    if (mention.start >= c.end && mention.start < stop) return mention.name;
  }
  let best: PlaceMention | null = null;
  for (const mention of mentions) if (mention.end <= c.start) best = mention;
  if (best && !breaksScope(tokens, best.end, c.start)) return headOf(tokens, best, mentions);
  if (best) return null;
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].lower;
    const isDefinite = tokens[k - 1]?.lower === "the" || tokens[k - 1]?.lower === "this" || word === "there";
    if (!isDefinite) continue;
    if (REGION_ANAPHORA.has(word) && memory.lastRegion) return memory.lastRegion;
    if (CITY_ANAPHORA.has(word) && memory.lastCity) return memory.lastCity;
  }
  return memory.paragraph;
}

/** A later figure that borrows this one's noun owns the places after it ("10 attacks in X and two more in Y"). */
function forwardStop(c: Candidate, all: Candidate[], length: number): number {
  const index = all.indexOf(c);
  for (let n = index + 1; n < all.length; n++) if (all[n].borrowed === "previous") return all[n].start;
  return length;
}

/** "in a war that has already cost 100,000 lives": the place before belongs to another clause. */
function breaksScope(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SCOPE_BREAKERS.has(tokens[k].lower) || tokens[k].text === ";") return true;
  return false;
}

/** "Kupyansk in Ukraine's Kharkiv region, which ...": the city is the head, the region qualifies it. */
function headOf(tokens: Token[], best: PlaceMention, mentions: PlaceMention[]): string {
  if (best.kind !== "region") return best.name;
  const index = mentions.indexOf(best);
  const city = mentions[index - 1];
  if (city && city.kind === "city" && best.start - city.end <= 3 && tokens[city.end]?.lower === "in") return city.name;
  return best.name;
}
