import { BOILERPLATE_MARKERS } from "./data/boilerplate";

// Sentences that are page furniture. A teaser repeated after its "Click to play video: '...'" line
// is furniture too: any sentence contained in an earlier furniture sentence is.

const MAX_REMEMBERED = 64;
// One alternation of literal strings: a single scan per sentence instead of one per marker.
const MARKERS = new RegExp(BOILERPLATE_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
const MIN_REPEAT = 20;

export class BoilerplateFilter {
  private seen: string[] = [];

  isBoilerplate(sentence: string): boolean {
    const lower = sentence.toLowerCase();
    if (MARKERS.test(lower)) {
      if (this.seen.length < MAX_REMEMBERED) this.seen.push(lower.slice(0, 4000));
      return true;
    }
    return lower.length >= MIN_REPEAT && this.seen.some((text) => text.includes(lower));
  }
}
