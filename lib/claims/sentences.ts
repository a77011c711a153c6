import { MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from "./data/abbreviations";
import type { Sentence } from "./types";

// Intl.Segmenter is fast per paragraph (~23 MB/s) but very slow on one huge string (~0.07 MB/s),
// so it only ever sees one line, and overlong lines are cut into bounded chunks first.
const MAX_CHUNK = 2000;
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const CLOSERS = /^["'”’»)\]]+(?=\s|$)/;
const LAST_WORD = /([\p{L}.]+)\.["'”’)]*\s*$/u;

type Range = { start: number; end: number };

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lines(text)) {
    for (const chunk of chunks(text, line)) {
      for (const range of mergeFalseBreaks(text, segment(text, chunk))) {
        const trimmed = trim(text, range);
        if (trimmed) sentences.push({ ...trimmed, index: sentences.length, text: text.slice(trimmed.start, trimmed.end) });
      }
    }
  }
  return sentences;
}

/** Paragraph boundaries: every line break is a hard boundary (digests put one summary per line). */
export function lines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
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

function segment(text: string, chunk: Range): Range[] {
  const out: Range[] = [];
  for (const piece of segmenter.segment(text.slice(chunk.start, chunk.end))) {
    const start = chunk.start + piece.index;
    out.push({ start, end: start + piece.segment.length });
  }
  return out;
}

function mergeFalseBreaks(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const previous = out[out.length - 1];
    if (previous && isFalseBreak(text, previous, range)) previous.end = range.end;
    else out.push({ ...range });
  }
  return out;
}

function isFalseBreak(text: string, previous: Range, next: Range): boolean {
  const head = text.slice(next.start, Math.min(next.end, next.start + 40)).trimStart();
  if (!head || CLOSERS.test(head)) return true;
  if (/^\p{Ll}/u.test(head)) return true;
  const tail = text.slice(Math.max(previous.start, previous.end - 40), previous.end);
  const word = LAST_WORD.exec(tail)?.[1]?.toLowerCase();
  if (!word) return /\d\.\s*$/.test(tail) && /^\d/.test(head); // a decimal split by a stray space
  if (NEVER_FINAL.has(word)) return true;
  if (!MAYBE_FINAL.has(word)) return false;
  const nextWord = /^[\p{L}']+/u.exec(head)?.[0]?.toLowerCase() ?? "";
  return /^[\p{Ll}\d]/u.test(head) || (!word.endsWith(".m") && !SENTENCE_STARTERS.has(nextWord));
}

function trim(text: string, range: Range): Range | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
