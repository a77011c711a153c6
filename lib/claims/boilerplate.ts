import { BOILERPLATE_MARKERS } from "./data/boilerplate";

// Sentences that are page furniture. A teaser repeated after its "Click to play video: '...'" line
// is furniture too: any sentence contained in an earlier furniture sentence is.

// Captions follow their teaser closely: remembering the last few keeps the check cheap.
const MAX_REMEMBERED = 3;
const MAX_CAPTION = 400;
// One alternation of literal strings: a single scan per sentence instead of one per marker.
const MARKERS = new RegExp(BOILERPLATE_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i");
const MIN_REPEAT = 20;

export class BoilerplateFilter {
  private seen: string[] = [];

  isBoilerplate(sentence: string): boolean {
    if (MARKERS.test(sentence)) {
      const lower = sentence.toLowerCase();
      this.seen.push(lower.slice(0, 4000));
      if (this.seen.length > MAX_REMEMBERED) this.seen.shift();
      return true;
    }
    if (!this.seen.length || sentence.length < MIN_REPEAT || sentence.length > MAX_CAPTION) return false;
    const lower = sentence.toLowerCase();
    return this.seen.some((text) => text.includes(lower));
  }
}
