import { CURRENCY_SCALES, MULTIPLIERS, ORDINAL_WORDS, SCALES, SMALL, TENS, VAGUE, type Vague } from "./data/number-words";
import { CURRENCY_SYMBOLS } from "./data/units";
import { NOUNS, POPULATION } from "./data/nouns";
import { qualifierBefore } from "./qualifiers";
import { ALL_CAPITALS, DASHES, tokenize, type Token } from "./tokenize";
import { unitAfter } from "./units";

export type NumberMatch = {
  /** Token span of the number, end exclusive. */
  start: number;
  end: number;
  value: number;
  /** Upper end of a range ("10-15", "between 40 and 50"), else undefined. */
  high?: number;
  vague?: Vague;
  isWord: boolean;
  /** A number word fused with an ordinal ("fifty-first"): never a quantity. */
  isOrdinal?: boolean;
};

const MAX_DIGITS = 15; // beyond this a digit run is an identifier, not a quantity

/** Parses the number starting at token i, or returns null. Only looks a few tokens ahead. */
export function parseNumberAt(tokens: Token[], i: number): NumberMatch | null {
  const single = parseSingle(tokens, i);
  if (!single || single.isOrdinal || single.vague) return single;
  return parseRange(tokens, single) ?? single;
}

/** Convenience for tests and callers holding a string: the number at the start of `text`. */
export function parseNumber(text: string): NumberMatch | null {
  return parseNumberAt(tokenize(text), 0);
}

/** "11,000" -> 11000, "74.13" -> 74.13; "05.12.2024" and other multi-dot runs are not numbers. */
export function parseDigits(raw: string): number | null {
  if (raw.length > MAX_DIGITS + 6) return null;
  const dot = raw.indexOf(".");
  if (dot >= 0 && raw.indexOf(".", dot + 1) >= 0) return null;
  const integer = dot < 0 ? raw : raw.slice(0, dot);
  const comma = integer.indexOf(",");
  let normalized: string;
  if (comma < 0) normalized = raw;
  else if (isThousands(integer, comma)) normalized = raw.replace(/,/g, "");
  else if (dot < 0 && integer.indexOf(",", comma + 1) < 0) normalized = raw.replace(",", "."); // "1,5" written the European way
  else return null;
  if (normalized.replace(".", "").length > MAX_DIGITS) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** "11,000" or "1,234,567": a head of at most three digits, then groups of exactly three. */
function isThousands(integer: string, comma: number): boolean {
  if (comma > 3) return false;
  for (let at = comma; at < integer.length; at += 4) {
    if (integer.charCodeAt(at) !== 44) return false;
    const next = integer.indexOf(",", at + 1);
    if ((next < 0 ? integer.length : next) - at - 1 !== 3) return false;
  }
  return true;
}

function parseSingle(tokens: Token[], i: number): NumberMatch | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === "num") return parseDigitNumber(tokens, i);
  if (token.kind !== "word") return null;
  return parseVague(tokens, i) ?? parseHalf(tokens, i) ?? parseWordNumber(tokens, i);
}

/** "half a mile" (0.5), "half a million", "half a dozen". */
function parseHalf(tokens: Token[], i: number): NumberMatch | null {
  if (tokens[i].lower !== "half" || (tokens[i + 1]?.lower !== "a" && tokens[i + 1]?.lower !== "an")) return null;
  const word = tokens[i + 2]?.lower ?? "";
  const scale = MULTIPLIERS.get(word) ?? (word.length > 2 ? SCALES.get(word) : undefined);
  return scale ? { start: i, end: i + 3, value: scale / 2, isWord: true } : { start: i, end: i + 2, value: 0.5, isWord: true };
}

function parseDigitNumber(tokens: Token[], i: number): NumberMatch | null {
  const grouped = spaceGroupedEnd(tokens, i);
  if (grouped > i + 1) {
    let value = 0;
    for (let k = i; k < grouped; k++) value = value * 1000 + Number(tokens[k].text);
    return { start: i, end: grouped, value, isWord: false };
  }
  const value = parseDigits(tokens[i].text);
  if (value === null) return null;
  const next = tokens[i + 1];
  if (next?.kind === "word") {
    // "$5m" after a currency; "14.6M people", "3.7M" glued and capitalised anywhere (metres are "m")
    // ("1.5m people", "2m tonnes": a lower-case "m" before a counted noun is million, not metres)
    // ("a population of some 31m in the territory it controls": a population is counted in millions too)
    const oneLetter = !next.spaced && (isAfterCurrency(tokens, i) || next.text === "M" || next.text === "B" || (next.text === "m" && (countedInMillions(tokens, i + 2) || isPopulationAt(tokens, i))));
    const scale = SCALES.get(next.lower) ?? (oneLetter ? CURRENCY_SCALES.get(next.lower) : undefined);
    if (scale && (next.lower !== "k" || !next.spaced)) return { start: i, end: i + 2, value: value * scale, isWord: false };
    const multiplier = MULTIPLIERS.get(next.lower);
    if (multiplier && next.spaced) return { start: i, end: i + 2, value: value * multiplier, isWord: false };
  }
  return { start: i, end: i + 1, value, isWord: false };
}

/**
 * "1 500 people", "12 000 residents": thousands grouped by a single space, as Ukrainian and Russian print them. The end of
 * the groups (exclusive), or i + 1. Not "3 500-kg bombs" (a count, then a compound), nor a group after another figure.
 */
function spaceGroupedEnd(tokens: Token[], i: number): number {
  const head = tokens[i].text;
  // (the cheap tests first: almost every figure has no digit group after it)
  if (tokens[i + 1]?.kind !== "num" || head.length > 3 || !ALL_DIGITS.test(head) || tokens[i - 1]?.kind === "num") return i + 1;
  let end = i + 1;
  while (tokens[end]?.kind === "num" && tokens[end].text.length === 3 && ALL_DIGITS.test(tokens[end].text) && tokens[end].start - tokens[end - 1].end === 1) end++;
  if (end === i + 1) return end;
  const after = tokens[end];
  if (after && !after.spaced && (after.text === "-" || after.kind === "word")) return i + 1;
  return end;
}

const ALL_DIGITS = /^\d+$/;

/** Units counted in millions as often as in metres never: "2m tonnes of grain". */
const COUNTED_UNITS = new Set(["tonnes", "tons", "barrels", "litres", "liters", "cubic"]);

/**
 * Whether what follows a glued lower-case "m" is counted, so the "m" is million: a counted noun or unit ("1.5m people", "2m
 * tonnes"), a currency's name ("1.9m roubles"), or a noun behind an acronym ("1m FPV drones"). Metres are "300m from".
 */
function countedInMillions(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? "";
  if (NOUNS.has(word) || COUNTED_UNITS.has(word) || unitAfter(tokens, k)?.entry.kind === "currency") return true;
  return tokens[k]?.kind === "word" && ALL_CAPITALS.test(tokens[k].text) && NOUNS.has(tokens[k + 1]?.lower ?? "");
}

/** Whether the figure at `i` is a population's: "a population of some 31m", "whose population is about 2m". */
function isPopulationAt(tokens: Token[], i: number): boolean {
  const k = (qualifierBefore(tokens, i)?.start ?? i) - 1;
  const link = tokens[k]?.lower;
  return (link === "of" || link === "is" || link === "was") && POPULATION.has(tokens[k - 1]?.lower ?? "");
}

function isAfterCurrency(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return !!previous && CURRENCY_SYMBOLS.has(previous.text);
}

function parseVague(tokens: Token[], i: number): NumberMatch | null {
  for (const vague of VAGUE) {
    if (vague.words.every((word, k) => tokens[i + k]?.lower === word)) {
      const end = i + vague.words.length;
      return { start: i, end, value: vague.value, vague, isWord: true };
    }
  }
  return null;
}

/** "Twenty-six", "a dozen", "two hundred thousand", "one and a half million". */
function parseWordNumber(tokens: Token[], i: number): NumberMatch | null {
  let j = i;
  let current = 0;
  let total = 0;
  let seen = false;
  let lastSmall = false; // a units or tens word was the last thing read
  let lastTens = false;
  if ((tokens[j].lower === "a" || tokens[j].lower === "an") && isScaleWord(tokens[j + 1]?.lower)) {
    current = 1;
    j++;
  }
  for (; j < tokens.length; j++) {
    const word = tokens[j].lower;
    const small = SMALL.get(word) ?? TENS.get(word);
    const multiplier = MULTIPLIERS.get(word);
    const scale = SCALES.get(word);
    if (small !== undefined) {
      if (lastSmall && !(lastTens && SMALL.get(word) !== undefined && small < 10)) break;
      lastTens = TENS.get(word) !== undefined;
      current += small;
      lastSmall = seen = true;
    } else if (multiplier !== undefined) {
      current = (current || 1) * multiplier;
      lastSmall = lastTens = false;
      seen = true;
    } else if (scale !== undefined && word.length > 2) {
      total += (current || 1) * scale;
      current = 0;
      lastSmall = lastTens = false;
      seen = true;
    } else if (DASHES.has(word) && seen && lastTens && !tokens[j].spaced && !tokens[j + 1]?.spaced) {
      const after = tokens[j + 1]?.lower ?? "";
      if (ORDINAL_WORDS.has(after)) return { start: i, end: j + 2, value: 0, isWord: true, isOrdinal: true };
      if (SMALL.get(after) === undefined) break;
    } else if (word === "and" && seen && tokens[j + 1]?.lower === "a" && tokens[j + 2]?.lower === "half") {
      current += 0.5;
      j += 2;
      lastSmall = lastTens = false;
    } else if (word === "and" && seen && !lastSmall && isNumberWord(tokens[j + 1]?.lower)) {
      continue; // "one hundred and twenty"
    } else break;
  }
  if (!seen) return null;
  const end = trimTrailingAnd(tokens, i, j);
  return { start: i, end, value: total + current, isWord: true };
}

function trimTrailingAnd(tokens: Token[], start: number, end: number): number {
  let e = end;
  while (e > start + 1 && tokens[e - 1].lower === "and") e--;
  return e;
}

function isScaleWord(word: string | undefined): boolean {
  return !!word && (MULTIPLIERS.get(word) !== undefined || (SCALES.get(word) !== undefined && word.length > 2));
}

function isNumberWord(word: string | undefined): boolean {
  return !!word && (SMALL.get(word) !== undefined || TENS.get(word) !== undefined || isScaleWord(word));
}

/** "10-15", "10–15", "2,000 to 3,000", "between 40 and 50", "from 5 to 7". */
function parseRange(tokens: Token[], low: NumberMatch): NumberMatch | null {
  // "between 45% and 65%", "40% to 50%": a percent sign after each end
  const percent = tokens[low.end]?.text === "%" ? 1 : 0;
  const joiner = tokens[low.end + percent];
  if (!joiner) return null;
  // "between $35,000 and $50,000", "$2,000 to $6,000": the currency symbol repeated before the upper end
  const symbol = CURRENCY_SYMBOLS.has(tokens[low.start - 1]?.text ?? "") ? tokens[low.start - 1].text : null;
  const isBetween = tokens[low.start - (symbol ? 2 : 1)]?.lower === "between";
  // (not a row's cells: "Kharkiv — 27 — 5 — 24", a spaced em dash on either side of the figure)
  const betweenCells = joiner.text === "—" && joiner.spaced && tokens[low.start - 1]?.text === "—" && tokens[low.start - 1].spaced;
  const isDash = DASHES.has(joiner.text) && (low.isWord || !joiner.spaced || joiner.text !== "-") && !betweenCells;
  const isJoin = isDash || joiner.lower === "to" || joiner.lower === "or" || (isBetween && joiner.lower === "and"); // "30 or 40 times"
  if (!isJoin) return null;
  const highAt = (symbol && tokens[low.end + 1]?.text === symbol ? low.end + 2 : low.end + 1) + percent;
  if (percent && tokens[highAt + 1]?.text !== "%") return null;
  const highToken = tokens[highAt];
  if (!highToken || (isDash && joiner.text === "-" && highToken.spaced)) return null;
  const high = parseSingle(tokens, highAt);
  if (!high || high.vague || high.isOrdinal || high.isWord !== low.isWord) return null;
  let lowValue = low.value;
  const scale = high.end - high.start === 2 && low.end - low.start === 1 ? high.value / parseValueOnly(tokens[high.start]) : 1;
  if (scale > 1 && lowValue * scale <= high.value) lowValue *= scale;
  if (!(high.value > lowValue)) return null;
  return { start: low.start, end: high.end, value: lowValue, high: high.value, isWord: low.isWord };
}

function parseValueOnly(token: Token): number {
  return token.kind === "num" ? parseDigits(token.text) ?? 1 : SMALL.get(token.lower) ?? TENS.get(token.lower) ?? 1;
}
