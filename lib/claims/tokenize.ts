import { wordId } from "./word-set";

// One pass over a span of text: numbers, words and single punctuation marks, with offsets.
// Every later rule looks at a few tokens around a number, never at the whole text again.

/** The dashes a text writes between two things: a hyphen, an en dash, an em dash. */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);

export const NUM = "num";
export const WORD = "word";
export const PUNCT = "punct";

export type Token = {
  text: string;
  /** Lower-case text, with typographic apostrophes folded to ASCII. */
  lower: string;
  start: number;
  end: number;
  /** A string literal, so rules compare kinds without importing constants. */
  kind: "num" | "word" | "punct";
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
  /** A word whose first letter is upper case ("Kupiansk", "Ukraine's"); read by most rules, so computed once. */
  capitalized: boolean;
  /** The lower-case form's id in the lexicons' word table (word-set.ts), 0 when no lexicon lists it. */
  id: number;
};

/**
 * Whether a quotation is open after the mark `text`, given whether one was open before it: “ opens,
 * ” closes, a straight " turns; any other token leaves it as it was. The one rule for every reader of
 * quotations (the attribution of a sentence, the voices of a report).
 */
export function quoteOpenAfter(text: string, open: boolean): boolean {
  if (text === "“") return true;
  if (text === "”") return false;
  return text === '"' ? !open : open;
}

/**
 * The grammar, as a regex: `\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’]\p{L}+)?|\S` (kept in the tests as
 * the reference). The scanner below is that regex by hand, with an ASCII fast path: a regex call per
 * token cost a third of extraction time. Linear: every character is looked at a bounded number of times.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let next: number;
    let kind: Token["kind"];
    if (code >= 48 && code <= 57) {
      next = digitsEnd(text, i, end);
      kind = NUM;
    } else if (isWordStart(text, i, code)) {
      next = wordEnd(text, i, end, length);
      kind = code < 128 || isLetterAt(text, i) ? WORD : PUNCT; // a run that opens with a mark is punctuation
    } else {
      next = i + (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1);
      kind = PUNCT;
    }
    const tokenEnd = next < end ? next : end;
    // a figure dash or a horizontal bar ("tanks ‒ 10,920") reads as the en dash the list rules know
    const value = code === FIGURE_DASH || code === HORIZONTAL_BAR ? "–" : text.slice(i, tokenEnd);
    if (tokenEnd < next && kind === WORD && !isLetterAt(value, 0)) kind = PUNCT; // cut inside a surrogate pair
    const lower = kind !== WORD || wordCase === LOWER_ASCII ? value : wordCase === MIXED_ASCII ? value.toLowerCase() : lowerCase(value);
    const capitalized = kind === WORD && (code < 128 ? code <= 90 : isUpperInitial(value));
    tokens.push({ text: value, lower, start: i, end: tokenEnd, kind, spaced: i > previousEnd, capitalized, id: wordId(lower) });
    previousEnd = tokenEnd;
    i = next;
  }
  return tokens;
}

const FIGURE_DASH = 0x2012;
const HORIZONTAL_BAR = 0x2015;

function isUpperInitial(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Where the number at i ends, read no further than `limit` (the span's end, where the token is cut anyway): a long
 * number or word the sentence splitter cut into pieces is not read to its end once per piece (that made a page of one
 * long word take quadratic time).
 */
function digitsEnd(text: string, i: number, limit: number): number {
  let k = i;
  while (k < limit && isDigit(text.charCodeAt(k))) k++;
  for (;;) {
    if (k >= limit) return k;
    const separator = text.charCodeAt(k);
    if ((separator !== 46 && separator !== 44) || !isDigit(text.charCodeAt(k + 1))) return k;
    k += 2;
    while (k < limit && isDigit(text.charCodeAt(k))) k++;
  }
}

// What the last wordEnd() saw, so that most words need no toLowerCase() call.
const LOWER_ASCII = 0, MIXED_ASCII = 1, NOT_ASCII = 2;
let wordCase = LOWER_ASCII;

/** `[\p{L}\p{M}]+(?:['’]\p{L}+)?` from i, read no further than `limit` (digitsEnd), the text's `length` beyond it. */
function wordEnd(text: string, i: number, limit: number, length: number): number {
  let k = i;
  wordCase = LOWER_ASCII;
  while (k < limit) {
    const code = text.charCodeAt(k);
    if (code >= 97 && code <= 122) k++;
    else if (code >= 65 && code <= 90) {
      wordCase = wordCase === LOWER_ASCII ? MIXED_ASCII : wordCase;
      k++;
    } else break;
  }
  while (k < limit) {
    const step = letterOrMarkLength(text, k, length);
    if (!step) break;
    if (text.charCodeAt(k) >= 128) wordCase = NOT_ASCII;
    else if (wordCase === LOWER_ASCII && text.charCodeAt(k) <= 90) wordCase = MIXED_ASCII;
    k += step;
  }
  if (k >= limit) return k; // (cut at the span's end: what follows changes nothing the token shows)
  const apostrophe = text.charCodeAt(k);
  if (apostrophe === 39 || apostrophe === 0x2019) {
    let j = k + 1;
    // (the letter right after the apostrophe decides, inside the span or not)
    while (j === k + 1 || j < limit) {
      const step = letterLength(text, j, length);
      if (!step) break;
      j += step;
    }
    if (j > k + 1) {
      wordCase = NOT_ASCII; // the apostrophe may be typographic, and the rest is unchecked
      return j;
    }
  }
  return k;
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isWordStart(text: string, i: number, code: number): boolean {
  if (code < 128) return isAsciiLetter(code);
  return letterOrMarkLength(text, i, text.length) > 0;
}

function isLetterAt(text: string, i: number): boolean {
  return letterLength(text, i, text.length) > 0;
}

/** Code units of the letter or mark at k (2 for an astral one), or 0. */
function letterOrMarkLength(text: string, k: number, length: number): number {
  if (k >= length) return 0;
  const code = text.charCodeAt(k);
  if (code < 128) return isAsciiLetter(code) ? 1 : 0;
  const width = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(k + 1)) ? 2 : 1;
  return LETTER_OR_MARK.test(text.slice(k, k + width)) ? width : 0;
}

function letterLength(text: string, k: number, length: number): number {
  if (k >= length) return 0;
  const code = text.charCodeAt(k);
  if (code < 128) return isAsciiLetter(code) ? 1 : 0;
  const width = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(k + 1)) ? 2 : 1;
  return LETTER.test(text.slice(k, k + width)) ? width : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function lowerCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/** A word in capitals only ("KEPD", "MAYOR"): an acronym, a code or a heading set in capitals. */
export const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A word in name case: one capital, then lower case ("Skyranger", "Kherson"). */
export const NAME_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Marks opening and closing a quotation, straight and curly, and guillemets. */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "«"]);
export const CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "”", "»"]);
