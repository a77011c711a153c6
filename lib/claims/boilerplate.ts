import { BOILERPLATE_MARKERS, CORRECTION_MARKERS, MARKER_EXCEPTIONS } from "./data/boilerplate";
import { FIRST_NAMES } from "./data/first-names";
import { NOUNS } from "./data/nouns";
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
  private readonly furniture = new MarkerList();
  /** "An earlier version of this story said ...": the figures of a correction note (same pass). */
  private readonly corrections = new MarkerList();

  /** The lines of a table of contents, in text order (its dot leaders cut them into several sentences). */
  private readonly contents: Span[];
  private nextContents = 0;

  constructor(text: string) {
    this.contents = contentsLines(text);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = DELTA[state * SYMBOLS + symbolOf(text.charCodeAt(i))];
      if (SHORTEST[state] && isWhole(text, i + 1 - SHORTEST[state], i + 1) && !isException(text, i + 1 - SHORTEST[state], i + 1)) this.furniture.add(i + 1 - SHORTEST[state], i + 1);
      if (SHORTEST_CORRECTION[state] && isWhole(text, i + 1 - SHORTEST_CORRECTION[state], i + 1)) {
        this.corrections.add(i + 1 - SHORTEST_CORRECTION[state], i + 1);
      }
    }
  }

  private insideContents(sentence: Span): boolean {
    while (this.nextContents < this.contents.length && this.contents[this.nextContents].end < sentence.end) this.nextContents++;
    const line = this.contents[this.nextContents];
    return !!line && line.start <= sentence.start && sentence.end <= line.end;
  }

  /** Sentences must be asked about in text order. */
  isCorrection(sentence: Span): boolean {
    return this.corrections.within(sentence);
  }

  /** Sentences must be asked about in text order. */
  isBoilerplate(sentence: Span & { text: string }): boolean {
    if (this.furniture.within(sentence) || isReaderComment(sentence.text) || this.insideContents(sentence)) {
      this.seen.push(sentence.text.toLowerCase().slice(0, 4000));
      if (this.seen.length > MAX_REMEMBERED) this.seen.shift();
      return true;
    }
    const length = sentence.text.length;
    if (!this.seen.length || length < MIN_REPEAT || length > MAX_CAPTION) return false;
    const lower = sentence.text.toLowerCase();
    return this.seen.some((text) => text.includes(lower));
  }

}

/** A reader's comment under a page: "Iryna · 21:15: Heard at least 5 explosions ..." (a first name, maybe an initial). */
// ("Mark T. · 2 days ago: Brilliant work ...", "Iryna S. · yesterday: ...": the comment's age instead of its time)
const READER_COMMENT = /^(\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}\.)? · (?:\d{1,2}:\d{2}|(?:\d{1,2}|an?) (?:minutes?|hours?|days?|weeks?) ago|yesterday):/u;

function isReaderComment(text: string): boolean {
  const dot = text.indexOf(" · ");
  if (dot < 0 || dot > 30) return false; // one cheap search before the regex, for every sentence
  const name = READER_COMMENT.exec(text)?.[1];
  return !!name && FIRST_NAMES.has(name.toLowerCase());
}

/** A line closed by a dot leader and a bare number: "Annex 2. List of 57 incidents ........ 14", "Deaths ........ 210". */
const CONTENTS_LINE = /(?:\.[ \u00a0]?|…){4,}[ \u00a0]*(\d{1,4})[ \u00a0]*$/;
const CONTENTS_TAIL = 40;
const LEADERS = /\.\.\.\.|\. \. \. \.|……/;
/** A contents entry's own number or kind opening its title: "2. Civilian casualties", "1.2 Method", "Annex 1.", "Part II". */
const SECTION_OPENING = /^[ \u00a0]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \u00a0]|[IVX]{1,5}\.[ \u00a0]|(?:annex|appendix|chapter|section|part)\b)/i;
/** A heading over a table of contents: "Contents", "Table of contents", "In this issue". */
const CONTENTS_HEADING = /^[ \u00a0]*(?:table of )?contents:?[ \u00a0]*$|^[ \u00a0]*in this (?:issue|report|edition):?[ \u00a0]*$/im;
const CONTENTS_HEADING_REACH = 200;
/**
 * A caption giving its figures a unit of time in brackets or after a comma: "Delays as of 12:00 (Delay, min):", "Waiting
 * time, hours:" (not "Losses over the past 24 hours:", a period).
 */
const DURATION_CAPTION = /[(,][^()\n]*\b(?:min|mins|minutes|hrs|hours)\)?:?[ \u00a0]*$/i;
const MIN_PAGE_RUN = 3;

/** Whether a row's label names a noun the lexicon counts: "Deaths", "Drones (FPV, Lancet, Shahed)". */
function countsSomething(label: string): boolean {
  for (const word of label.toLowerCase().match(/\p{L}+/gu) ?? []) if (NOUNS.has(word)) return true;
  return false;
}

/**
 * The lines of a table of contents: a dot leader closing a line with a page number, under a contents heading, after a
 * section's own number, in a run of three or more whose numbers do not go down (pages do; a table of figures that only
 * grows, "Killed .... 12" over "Injured .... 45" over "Evacuated .... 320", is read as pages too), with a label that names
 * nothing the lexicon counts ("Methodology ........ 13"), or under a caption giving minutes or hours ("(Delay, min):").
 * "Deaths ........ 210" over "Injuries ........ 627" over "Attacks in the last 30 days ........ 58" is a table of figures.
 */
function contentsLines(text: string): Span[] {
  const lines: (Span & { page: number; numbered: boolean; counts: boolean })[] = [];
  const leaders = new RegExp(LEADERS.source, "g");
  for (let leader = leaders.exec(text); leader; leader = leaders.exec(text)) {
    const start = text.lastIndexOf("\n", leader.index) + 1;
    const newline = text.indexOf("\n", leader.index);
    const end = newline < 0 ? text.length : newline;
    // (the line's tail only: a regex unanchored at its start would be quadratic on a line of dots)
    const page = CONTENTS_LINE.exec(text.slice(Math.max(start, end - CONTENTS_TAIL), end).trimEnd());
    if (page) lines.push({ start, end, page: Number(page[1]), numbered: SECTION_OPENING.test(text.slice(start, Math.min(end, start + CONTENTS_TAIL))), counts: countsSomething(text.slice(start, leader.index)) });
    leaders.lastIndex = end; // one test per line: linear in the text
  }
  const contents: Span[] = [];
  for (let first = 0; first < lines.length; ) {
    // a run of leader lines, one under the other
    let last = first;
    while (last + 1 < lines.length && text.slice(lines[last].end, lines[last + 1].start).trim() === "") last++;
    const run = lines.slice(first, last + 1);
    const pages = run.length >= MIN_PAGE_RUN && run.every((line, n) => n === 0 || line.page >= run[n - 1].page);
    const above = text.slice(Math.max(0, run[0].start - CONTENTS_HEADING_REACH), run[0].start);
    // (under "Delays as of 12:00 (Delay, min):", a train's delay in minutes: a span of time, no count)
    const headed = CONTENTS_HEADING.test(above) || DURATION_CAPTION.test(above.trimEnd().split("\n").pop() ?? "");
    for (const line of run) if (pages || headed || line.numbered || !line.counts) contents.push({ start: line.start, end: line.end });
    first = last + 1;
  }
  return contents;
}

/** Marker occurrences in text order, read once by spans that move forward. */
class MarkerList {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private next = 0;

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  within(span: Span): boolean {
    let found = false;
    while (this.next < this.ends.length && this.ends[this.next] <= span.end) {
      if (this.starts[this.next] >= span.start) found = true;
      this.next++;
    }
    return found;
  }
}

/** Markers are whole words ("sign up" is not in "design update"); a plural "s" may follow ("cookies", "hotlines"). */
function isWhole(text: string, start: number, end: number): boolean {
  if (isLetter(text.charCodeAt(start)) && isLetter(text.charCodeAt(start - 1))) return false;
  if (!isLetter(text.charCodeAt(end - 1))) return true;
  const after = text.charCodeAt(end);
  return !isLetter(after) || ((after === 115 || after === 83) && !isLetter(text.charCodeAt(end + 1)));
}

/** Whether the marker at start..end is followed by a word that makes it no furniture ("donate blood"). */
function isException(text: string, start: number, end: number): boolean {
  const next = MARKER_EXCEPTIONS.get(text.slice(start, end).toLowerCase());
  if (!next) return false;
  const word = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return !!word && next.includes(word);
}

/** ASCII letters and digits, and any letter beyond ASCII (NaN, off either end, is no letter). */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code === code && /\p{L}/u.test(String.fromCharCode(code));
}

// Symbols: ASCII with letters folded to lower case, "©", and 0 for every other character.
const COPYRIGHT = 128;
const SYMBOLS = 129;

function symbolOf(code: number): number {
  return code < 256 ? SYMBOL_OF[code] : 0;
}

const SYMBOL_OF = Uint8Array.from({ length: 256 }, (_, code) => (code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : code === 0xa9 ? COPYRIGHT : 0));

const symbolsOf = (marker: string) => Array.from(marker.toLowerCase(), (c) => symbolOf(c.charCodeAt(0)));
const { DELTA, SHORTEST: [SHORTEST, SHORTEST_CORRECTION] } = buildAutomaton([BOILERPLATE_MARKERS.map(symbolsOf), CORRECTION_MARKERS.map(symbolsOf)]);

/** A complete transition table (a DFA) and, per kind of marker and state, the shortest marker ending there (0: none). */
function buildAutomaton(kinds: number[][][]): { DELTA: Int32Array; SHORTEST: Int32Array[] } {
  const children: Map<number, number>[] = [new Map()];
  const shortest: number[][] = kinds.map(() => [0]);
  kinds.forEach((patterns, kind) => {
    for (const pattern of patterns) {
      let state = 0;
      for (const symbol of pattern) {
        let child = children[state].get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          for (const list of shortest) list.push(0);
          children[state].set(symbol, child);
        }
        state = child;
      }
      const own = shortest[kind];
      own[state] = own[state] ? Math.min(own[state], pattern.length) : pattern.length;
    }
  });
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
    for (const list of shortest) {
      const inherited = list[fail[state]];
      if (inherited && (!list[state] || inherited < list[state])) list[state] = inherited;
    }
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
  return { DELTA: delta, SHORTEST: shortest.map((list) => Int32Array.from(list)) };
}
