import { BOILERPLATE_MARKERS } from "./data/boilerplate";
import type { Span } from "./types";

// Sentences that are page furniture. A teaser repeated after its "Click to play video: '...'" line
// is furniture too: any sentence contained in an earlier furniture sentence is.

// Captions follow their teaser closely: remembering the last few keeps the check cheap.
const MAX_REMEMBERED = 3;
const MAX_CAPTION = 400;
const MIN_REPEAT = 20;

/**
 * Every marker found in one pass over the whole report (an Aho-Corasick automaton, ASCII letters
 * folded as a case-insensitive regex folds them), instead of one regex scan per sentence.
 */
export class BoilerplateFilter {
  private seen: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private next = 0;

  constructor(text: string) {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = DELTA[state * SYMBOLS + symbolOf(text.charCodeAt(i))];
      const length = SHORTEST[state];
      if (length) {
        this.starts.push(i + 1 - length);
        this.ends.push(i + 1);
      }
    }
  }

  /** Sentences must be asked about in text order. */
  isBoilerplate(sentence: Span & { text: string }): boolean {
    if (this.containsMarker(sentence)) {
      this.seen.push(sentence.text.toLowerCase().slice(0, 4000));
      if (this.seen.length > MAX_REMEMBERED) this.seen.shift();
      return true;
    }
    const length = sentence.text.length;
    if (!this.seen.length || length < MIN_REPEAT || length > MAX_CAPTION) return false;
    const lower = sentence.text.toLowerCase();
    return this.seen.some((text) => text.includes(lower));
  }

  private containsMarker(sentence: Span): boolean {
    let found = false;
    while (this.next < this.ends.length && this.ends[this.next] <= sentence.end) {
      if (this.starts[this.next] >= sentence.start) found = true;
      this.next++;
    }
    return found;
  }
}

// Symbols: ASCII with letters folded to lower case, "©", and 0 for every other character.
const COPYRIGHT = 128;
const SYMBOLS = 129;

function symbolOf(code: number): number {
  return code < 256 ? SYMBOL_OF[code] : 0;
}

const SYMBOL_OF = Uint8Array.from({ length: 256 }, (_, code) => (code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : code === 0xa9 ? COPYRIGHT : 0));

const { DELTA, SHORTEST } = buildAutomaton(BOILERPLATE_MARKERS.map((marker) => Array.from(marker.toLowerCase(), (c) => symbolOf(c.charCodeAt(0)))));

/** A complete transition table (a DFA) and, per state, the shortest marker ending there (0: none). */
function buildAutomaton(patterns: number[][]): { DELTA: Int32Array; SHORTEST: Int32Array } {
  const children: Map<number, number>[] = [new Map()];
  const shortest: number[] = [0];
  for (const pattern of patterns) {
    let state = 0;
    for (const symbol of pattern) {
      let child = children[state].get(symbol);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        shortest.push(0);
        children[state].set(symbol, child);
      }
      state = child;
    }
    shortest[state] = shortest[state] ? Math.min(shortest[state], pattern.length) : pattern.length;
  }
  const delta = new Int32Array(children.length * SYMBOLS);
  const fail = new Int32Array(children.length);
  const queue: number[] = [];
  for (let symbol = 0; symbol < SYMBOLS; symbol++) {
    const child = children[0].get(symbol);
    if (child !== undefined) {
      delta[symbol] = child;
      queue.push(child);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const inherited = shortest[fail[state]];
    if (inherited && (!shortest[state] || inherited < shortest[state])) shortest[state] = inherited;
    for (let symbol = 0; symbol < SYMBOLS; symbol++) {
      const child = children[state].get(symbol);
      const fallback = delta[fail[state] * SYMBOLS + symbol];
      if (child === undefined) delta[state * SYMBOLS + symbol] = fallback;
      else {
        fail[child] = fallback;
        delta[state * SYMBOLS + symbol] = child;
        queue.push(child);
      }
    }
  }
  return { DELTA: delta, SHORTEST: Int32Array.from(shortest) };
}
