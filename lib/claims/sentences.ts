import { FINAL_BEFORE_WORDS, MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from "./data/abbreviations";
import type { Sentence } from "./types";

// Intl.Segmenter is fast per paragraph (~23 MB/s) but very slow on one huge string (~0.07 MB/s),
// so it only ever sees one line, and overlong lines are cut into bounded chunks first.
const MAX_CHUNK = 2000;
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const CLOSERS = /^["'”’»)\]]+(?=\s|$)/;
const LAST_WORD = /([\p{L}.]+)\.["'”’)]*\s*$/u;
// Module-level: the TypeScript runners compile a `\p{...}` literal inside a function to `new RegExp` per call.
const LOWER_START = /^\p{Ll}/u;
const LOWER_OR_DIGIT_START = /^[\p{Ll}\d]/u;
const FIRST_WORD = /^[\p{L}']+/u;
const MIDDLE_INITIAL = /\b[A-Z][a-z]+ [A-Z]\.\s*$/;
const LABELLED_INITIAL = /:\s*[A-Z]\.\s*$/;
const INITIAL_ALONE = /^\s*\p{Lu}\.\s*$/u;
/** A surname in capitals closing a label: "KHINSHTEIN:", "SMITH (Reuters):". */
const LABEL_SURNAME = /^\p{Lu}{2}[\p{Lu}'’-]*[^\S\n]*[:(]/u;
const DOT_LEADER_END = /\.{4,}\s*$/;
const SURNAME_AND_COMMA = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,/u;

type Range = { start: number; end: number };

/** A line opening with a count and its noun in lower case: "48 times", "1,300 people". */
const COUNT_OPENING = /^\d[\d,]*(?:\.\d+)? \p{Ll}/u;

/** A line that is a figure alone, with at most a short unit: "31", "1,146", "618 ha", "3.6M". */
const FIGURE_LINE = /^\s*\d[\d,.]*(?:\s?[A-Za-z%²]{1,3})?\s*$/;
const MAX_FIGURE_LINE = 16;

/** A line naming a part of the figure above it: "incl. children", "including ...", "of which ...", "in 11 regions". */
const PART_LINE = /^(?:incl\b|including\b|of\b|in\b)/;
/** A label over its figure: capitalised in sentence case, no figure, no stop at its end ("Civilians killed", "Settlements shelled"). */
const LABEL_LINE = /^\p{Lu}(?=[^\n]*\p{Ll})[^\d\n]{0,60}[^\d\n.!?:;]$/u;

/** The line before the one starting at `start`, without its break. */
function lineBefore(text: string, start: number): string {
  if (start === 0) return "";
  return text.slice(text.lastIndexOf("\n", start - 2) + 1, start - 1);
}

/** The shortest line a converted PDF wraps: its columns run to 60 characters and more. */
const MIN_WRAPPED_LINE = 60;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const ranges = lines(text);
  // (a wrapped line's breaks read as spaces, so that no sentence ends at one: the same length, every offset holds)
  const flat = unwrap(text, ranges);
  const stops = new StopCursor(flat); // shared by every line, so that each mark is searched for once
  for (const line of ranges) {
    for (const chunk of chunks(flat, line)) {
      for (const range of mergeFalseBreaks(flat, splitBeforeNumbers(flat, segment(flat, chunk), stops))) {
        const trimmed = trim(text, range);
        if (trimmed) sentences.push({ start: trimmed.start, end: trimmed.end, index: sentences.length, text: text.slice(trimmed.start, trimmed.end) });
      }
    }
  }
  return sentences;
}

/** Paragraph boundaries: every line break is a hard boundary (digests put one summary per line). */
export function lines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (;;) {
    const i = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    if (i >= text.length) {
      if (i > start) out.push({ start, end: i });
      return out;
    }
    // (a line a converted PDF wrapped mid-sentence goes on on the next: "killed 11 civilians, injured at" / "least 40 and")
    if (!isWrapped(text, start, i)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
    if (i === lf) lf = text.indexOf("\n", i + 1);
    if (i === cr) cr = text.indexOf("\r", i + 1);
  }
}

/**
 * Whether the line from `start` breaks at `at` inside a sentence: it runs on in a word and the next
 * line opens in lower case. A list's items, a table's rows and headings end otherwise or open in capitals.
 */
function isWrapped(text: string, start: number, at: number): boolean {
  if (text.charCodeAt(at) !== 10) return false;
  const last = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at + 1);
  const lower = (code: number) => code >= 97 && code <= 122;
  // (an infographic's figure alone over its label: "31" over "civilians killed", "618 ha" over "of territory surveyed")
  // (not a figure under its own label over a part of it: "Civilians killed" / "64" / "incl. children" / "7", "Settlements shelled" /
  // "417" / "in 11 regions")
  // (the line below a part of it: not "Week in numbers" / "31" / "civilians killed", whose heading is no label)
  if (at - start <= MAX_FIGURE_LINE && lower(next) && FIGURE_LINE.test(text.slice(start, at))) return !(PART_LINE.test(text.slice(at + 1, at + 12)) && LABEL_LINE.test(lineBefore(text, start)));
  // (a short line is a label, a heading or a list's entry: "personnel ‒ about 1,000,340 (+1,110) persons" over "tanks ‒ ...")
  if (at - start < MIN_WRAPPED_LINE) return false;
  const digit = (code: number) => code >= 48 && code <= 57;
  // a lower-case word runs on into lower case or a figure ("shelled 46 settlements more than" / "48 times"), a figure into
  // the noun it counts ("where around 1,300" / "people remain"); not a comma, which ends a list's entry ("persons,")
  // (the figure a count, "48 times", not a list's stamp or date: "6h ago  UK MoD: ...", "02.04.2025 08:15")
  if ((lower(last) && (lower(next) || (digit(next) && COUNT_OPENING.test(text.slice(at + 1, at + 24))))) || (digit(last) && lower(next))) return true;
  // a line that stops in the middle of a clause, on a comma or a word no sentence ends on, runs on into the next
  // whatever its case ("... 312 injured in Ukraine last week, the UN Human" / "Rights Monitoring Mission ...",
  // "according to the" / "Ukrainian Air Force."); not into a list's next entry ("- 61 over ...", "2. ...", "• ...")
  if (!isLetterOrDigit(next) || LIST_ENTRY.test(text.slice(at + 1, at + 5))) return false;
  if (last === 44) return true;
  return lower(last) && RUN_ON_WORDS.has(lowerWordBefore(text, start, at));
}

/** Words a sentence does not end on: articles, prepositions, conjunctions, possessives. */
const RUN_ON_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "but", "for", "by", "with", "from", "into", "onto", "as", "than",
  "that", "which", "who", "its", "his", "her", "their", "our", "near", "according", "including", "between", "about", "over",
]);

/** A list's entry opening a line: a numeral and its dot or bracket, a dash or a bullet. */
const LIST_ENTRY = /^(?:\d{1,3}[.)]\s|[-–—•·*▪●]\s?)/;

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x400 && code <= 0x4ff);
}

/** The lower-case ASCII word ending at `at` (after `start`). */
function lowerWordBefore(text: string, start: number, at: number): string {
  let from = at;
  while (from > start && text.charCodeAt(from - 1) >= 97 && text.charCodeAt(from - 1) <= 122) from--;
  return text.slice(from, at);
}

/** `text` with the line breaks inside `lines` (those of wrapped lines) as spaces; `text` itself when there are none. */
function unwrap(text: string, lines: Range[]): string {
  let out = "";
  let from = 0;
  for (const line of lines) {
    for (let at = text.indexOf("\n", line.start); at >= 0 && at < line.end; at = text.indexOf("\n", at + 1)) {
      out += text.slice(from, at) + " ";
      from = at + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

function chunks(text: string, line: Range): Range[] {
  if (line.end - line.start <= MAX_CHUNK) return [line];
  const out: Range[] = [];
  let start = line.start;
  while (line.end - start > MAX_CHUNK) {
    out.push({ start, end: (start = cutPoint(text, start, start + MAX_CHUNK)) });
  }
  out.push({ start, end: line.end });
  return out;
}

/** Prefer cutting after sentence punctuation and a space, then after any space, else anywhere safe. */
function cutPoint(text: string, start: number, limit: number): number {
  let space = -1;
  for (let i = limit; i > start + MAX_CHUNK / 2; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      const before = text.charCodeAt(i - 1);
      if (before === 46 || before === 33 || before === 63) return i;
      if (space < 0) space = i;
    }
  }
  if (space > 0) return space;
  const low = text.charCodeAt(limit - 1);
  return low >= 0xd800 && low <= 0xdbff ? limit - 1 : limit; // never split a surrogate pair
}

/** Sentence ranges of one line chunk, as Intl.Segmenter cuts them (exported for its property test). */
export function segment(text: string, chunk: Range): Range[] {
  const fast = segmentFast(text, chunk);
  if (fast) return fast;
  const out: Range[] = [];
  for (const piece of segmenter.segment(text.slice(chunk.start, chunk.end))) {
    const start = chunk.start + piece.index;
    out.push({ start, end: start + piece.segment.length });
  }
  return out;
}

// Unicode sentence boundaries (UAX #29, rules SB6-SB11) for lines made only of characters whose
// Sentence_Break class is listed below: the same cuts as Intl.Segmenter (checked against it by a
// property test), at a fraction of its cost. Any other character sends the line to Intl.Segmenter.
const OTHER = 0, SP = 1, LOWER = 2, UPPER = 3, NUMERIC = 4, ATERM = 5, STERM = 6, CLOSE = 7, SCONTINUE = 8, UNKNOWN = 9;
const BREAK_CLASS = new Uint8Array(0x500).fill(UNKNOWN);
const BREAK_CLASS_EXTRA = new Map<number, number>([
  [0x2018, CLOSE], [0x2019, CLOSE], [0x201c, CLOSE], [0x201d, CLOSE], [0x2013, SCONTINUE], [0x2014, SCONTINUE],
  [0x2026, OTHER], [0x2022, OTHER], [0x20ac, OTHER], [0x2039, CLOSE], [0x203a, CLOSE], [0x25aa, OTHER], [0x2500, OTHER],
]);
{
  const set = (from: number, to: number, cls: number) => BREAK_CLASS.fill(cls, from, to + 1);
  set(0x20, 0x7e, OTHER);
  set(0x61, 0x7a, LOWER);
  set(0x41, 0x5a, UPPER);
  set(0x30, 0x39, NUMERIC);
  set(0xdf, 0xff, LOWER);
  set(0xc0, 0xde, UPPER);
  set(0x400, 0x42f, UPPER);
  set(0x430, 0x45f, LOWER);
  for (const code of [0x09, 0x0b, 0x0c, 0x20, 0xa0]) BREAK_CLASS[code] = SP;
  for (const char of "\"'()[]{}«»") BREAK_CLASS[char.charCodeAt(0)] = CLOSE;
  for (const char of ",-:;") BREAK_CLASS[char.charCodeAt(0)] = SCONTINUE;
  BREAK_CLASS[0x2e] = ATERM;
  BREAK_CLASS[0x21] = BREAK_CLASS[0x3f] = STERM;
  // ° × ÷ and the page furniture's · © £ ²
  for (const code of [0xb0, 0xd7, 0xf7, 0xb7, 0xa9, 0xa3, 0xb2]) BREAK_CLASS[code] = OTHER;
  BREAK_CLASS[0x490] = UPPER;
  BREAK_CLASS[0x491] = LOWER;
}

function breakClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x500) return BREAK_CLASS[code];
  if (code >= 0xd83c && code <= 0xd83e) { // emoji: Other, except the skin-tone modifiers (Extend)
    const low = text.charCodeAt(i + 1);
    if (low < 0xdc00 || low > 0xdfff) return UNKNOWN;
    const point = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    return point >= 0x1f3fb && point <= 0x1f3ff ? UNKNOWN : OTHER;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = text.charCodeAt(i - 1);
    return high >= 0xd83c && high <= 0xd83e ? OTHER : UNKNOWN;
  }
  return BREAK_CLASS_EXTRA.get(code) ?? UNKNOWN;
}

function segmentFast(text: string, chunk: Range): Range[] | null {
  const { start, end } = chunk;
  const out: Range[] = [];
  let from = start;
  // every character passes through `cls` below (closers and spaces skipped after a stop are classified on the way)
  for (let i = start; i < end; i++) {
    const cls = breakClass(text, i);
    if (cls === UNKNOWN) return null;
    if (cls !== ATERM && cls !== STERM) continue;
    const next = i + 1;
    let m = next;
    while (m < end && breakClass(text, m) === CLOSE) m++;
    while (m < end && breakClass(text, m) === SP) m++;
    if (m >= end) break; // only closers and spaces were left
    if (cls === ATERM && !breaksAfterFullStop(text, i, m, chunk)) continue;
    const after = breakClass(text, m);
    if (after === SCONTINUE || after === ATERM || after === STERM) continue; // SB8a
    out.push({ start: from, end: m });
    from = m;
    i = m - 1;
  }
  out.push({ start: from, end });
  return out;
}

/** SB6 "3.5", SB7 "U.S", SB8 a full stop followed (past closers, spaces, digits, marks) by a lower-case letter. */
function breaksAfterFullStop(text: string, at: number, m: number, chunk: Range): boolean {
  const next = breakClass(text, at + 1);
  if (next === NUMERIC) return false;
  if (next === UPPER && at > chunk.start) {
    const before = breakClass(text, at - 1);
    if (before === UPPER || before === LOWER) return false;
  }
  for (let q = m; q < chunk.end; q++) {
    const cls = breakClass(text, q);
    if (cls === LOWER) return false;
    if (cls === UPPER || cls === ATERM || cls === STERM) break;
  }
  return true;
}

/**
 * Unicode keeps "Kruhliakivka. 3 combat clashes are ongoing" together (a lower-case word follows the
 * digits); bulletins open sentences with figures, so a full stop and a space before a number end a
 * sentence unless the stop is an abbreviation's ("No. 3", "8 a.m. 5").
 */
function splitBeforeNumbers(text: string, ranges: Range[], stops: StopCursor): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    let from = range.start;
    for (let i = stops.next(range.start); i >= 0 && i < range.end - 2; i = stops.next(i + 1)) {
      const footnote = footnoteEnd(text, i, range.end);
      if (footnote > 0) { // "... injuring 68 people.3 On 9 May, ...": the marker closes the sentence
        out.push({ start: from, end: footnote });
        from = footnote;
        continue;
      }
      let k = i + 1;
      while (k < range.end && CLOSER_CODES.has(text.charCodeAt(k))) k++;
      if (k >= range.end || !isSpace(text.charCodeAt(k))) continue;
      while (k < range.end && isSpace(text.charCodeAt(k))) k++;
      const digit = text.charCodeAt(k);
      if (digit < 48 || digit > 57 || isFalseBreak(text, { start: from, end: k }, { start: k, end: range.end })) continue;
      out.push({ start: from, end: k });
      from = k;
    }
    out.push({ start: from, end: range.end });
  }
  return out;
}

/** After "people.3" followed by a capitalised word: the end of the footnote marker, else -1. */
function footnoteEnd(text: string, stop: number, end: number): number {
  if (text.charCodeAt(stop) !== 46 || !/\p{Ll}/u.test(text.charAt(stop - 1))) return -1;
  let k = stop + 1;
  while (k < end && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  const digits = k - stop - 1;
  if (digits < 1 || digits > 2 || k >= end || !isSpace(text.charCodeAt(k))) return -1;
  let next = k;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  return /\p{Lu}/u.test(text.charAt(next)) ? k : -1;
}

/** The next ".", "!" or "?" at or after a position that only moves forward: indexOf scans natively, and each mark's next position is kept, so the text is searched once. */
class StopCursor {
  private readonly at = [-2, -2, -2];

  constructor(private readonly text: string) {}

  next(from: number): number {
    let best = -1;
    for (let s = 0; s < 3; s++) {
      if (this.at[s] !== -1 && this.at[s] < from) this.at[s] = this.text.indexOf(STOPS[s], from);
      if (this.at[s] >= 0 && (best < 0 || this.at[s] < best)) best = this.at[s];
    }
    return best;
  }
}

const STOPS = [".", "!", "?"];

/** "2]" opening a range: the rest of a footnote marker "[2]" whose bracket UAX #29 left on the sentence before. */
const MARKER_REST = /^\d{1,3}\]/;

function mergeFalseBreaks(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (let range of ranges) {
    const previous = out[out.length - 1];
    // ("... in January.[2] I can confirm 17 of them.": the marker closes the sentence it is glued to, not the next one)
    if (previous && text.charCodeAt(range.start - 1) === 0x5b && text.charCodeAt(range.start - 2) === 46) {
      const rest = MARKER_REST.exec(text.slice(range.start, range.start + 5));
      if (rest) {
        previous.end = range.start + rest[0].length;
        if (previous.end >= range.end) continue;
        range = { start: previous.end, end: range.end };
      }
    }
    if (previous && isFalseBreak(text, previous, range)) previous.end = range.end;
    else out.push({ ...range });
  }
  return out;
}

function isFalseBreak(text: string, previous: Range, next: Range): boolean {
  const head = text.slice(next.start, Math.min(next.end, next.start + 40)).trimStart();
  if (!head || CLOSERS.test(head)) return true;
  if (LOWER_START.test(head)) return true;
  const from = Math.max(previous.start, previous.end - 40);
  // "Kharkiv (city) ............ 41 / 19": a dot leader runs on to the row's figures
  if (DOT_LEADER_END.test(text.slice(from, previous.end)) && /^\d/.test(head)) return true;
  const raw = lastWord(text, from, previous.end);
  const word = raw?.toLowerCase();
  // "Lloyd J. Austin": a middle initial after a first name, before a surname
  if (raw && raw.length === 1 && MIDDLE_INITIAL.test(text.slice(from, previous.end)) && !SENTENCE_STARTERS.has(FIRST_WORD.exec(head)?.[0]?.toLowerCase() ?? "")) return true;
  // "HEARD: O. Senkevych, city mayor": a first initial after a label's colon, the surname and its comma after it
  if (raw && raw.length === 1 && LABELLED_INITIAL.test(text.slice(from, previous.end)) && SURNAME_AND_COMMA.test(head)) return true;
  // "A. KHINSHTEIN: Good afternoon.": a transcript's label, a first initial opening the line before the surname in capitals
  if (raw && raw.length === 1 && previous.end - previous.start <= 3 && INITIAL_ALONE.test(text.slice(previous.start, previous.end)) && LABEL_SURNAME.test(head)) return true;
  if (!word) return /\d\.\s*$/.test(text.slice(from, previous.end)) && /^\d/.test(head); // a decimal split by a stray space
  if (FINAL_BEFORE_WORDS.has(word)) return LOWER_OR_DIGIT_START.test(head);
  if (NEVER_FINAL.has(word)) return true;
  if (!MAYBE_FINAL.has(word)) return false;
  const nextWord = FIRST_WORD.exec(head)?.[0]?.toLowerCase() ?? "";
  return LOWER_OR_DIGIT_START.test(head) || (!word.endsWith(".m") && !SENTENCE_STARTERS.has(nextWord));
}

const CLOSER_CODES = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29]);

/** LAST_WORD's capture in text[from, to), scanning back from the end; the regex only for non-ASCII words. */
function lastWord(text: string, from: number, to: number): string | undefined {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  while (e > from && CLOSER_CODES.has(text.charCodeAt(e - 1))) e--;
  if (e <= from || text.charCodeAt(e - 1) !== 46) return undefined;
  let r = e - 1;
  for (; r > from; r--) {
    const code = text.charCodeAt(r - 1);
    if (code >= 128) return LAST_WORD.exec(text.slice(from, to))?.[1];
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46)) break;
  }
  return r < e - 1 ? text.slice(r, e - 1) : undefined;
}

function trim(text: string, range: Range): Range | null {
  let { start, end } = range;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return null;
  range.start = start;
  range.end = end;
  return range;
}

/** JavaScript's `\s`, without a regex call per character. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
