import { CURRENCY_CODES, CURRENCY_SYMBOLS, ISO_CURRENCY_CODES, UNITS, type UnitEntry } from "./data/units";
import { CURRENCY_SCALES, SCALES } from "./data/number-words";
import { indexByFirst, matchesAt } from "./phrases";
import type { Token } from "./tokenize";

export type UnitMatch = { entry: UnitEntry; start: number; end: number };

const byFirst = indexByFirst(UNITS);

/** The unit written right after a number ("192 sq km", "10-km", "5%"), or null. */
export function unitAfter(tokens: Token[], i: number): UnitMatch | null {
  let start = i;
  if (tokens[start]?.text === "-" && !tokens[start].spaced && tokens[start + 1] && !tokens[start + 1].spaced) start++;
  const candidates = tokens[start] ? byFirst.get(tokens[start].lower) : undefined;
  if (!candidates) return null;
  for (const entry of candidates) {
    if (!matchesAt(tokens, start, entry.words)) continue;
    const last = tokens[start + entry.words.length - 1];
    if (last.kind === "num" && last.spaced) continue; // "km 2" only as "km2"
    if (entry.words[0] === "m" && tokens[start].spaced && tokens[start].text === "M") continue;
    // ("1,200 t of grain", not "four T-72B3 tanks": tonnes in lower case, never glued to a hyphen)
    if (entry.words.length === 1 && entry.words[0] === "t" && (tokens[start].text !== "t" || (tokens[start + 1]?.text === "-" && !tokens[start + 1].spaced))) continue;
    // ("2 Mi-8 helicopters": a model's designation glued to its number by a hyphen, not miles)
    if (entry.words.length === 1 && tokens[start + 1]?.text === "-" && !tokens[start + 1].spaced && tokens[start + 2]?.kind === "num" && !tokens[start + 2].spaced) continue;
    // ("7.5 billion won", not "the 3 won by ...": Korea's currency only after a scale)
    if (entry.words.length === 1 && entry.words[0] === "won" && !SCALES.has(tokens[start - 1]?.lower ?? "") && !CURRENCY_SCALES.has(tokens[start - 1]?.lower ?? "")) continue;
    // ("Norway will allocate 2.5 billion kroner": Norway's kroner where the sentence names Norway)
    if (entry.words.length === 1 && entry.words[0] === "kroner" && tokens.some((token) => NORWAY.has(token.lower))) return { entry: NORWEGIAN_KRONER, start, end: start + 1 };
    return { entry, start, end: start + entry.words.length };
  }
  return null;
}

const NORWAY = new Set(["norway", "norway's", "norwegian", "oslo"]);
const NORWEGIAN_KRONER = UNITS.find((entry) => entry.unit === "NOK")!;

export type CurrencyMatch = { code: string; start: number };

/** The ISO code a currency's code word stands for ("UAH", "usd", "NOK" in capitals), else undefined. */
export function currencyCodeOf(token: Token): string | undefined {
  return CURRENCY_CODES.get(token.lower) ?? (ISO_CURRENCY_CODES.has(token.text) ? token.text : undefined);
}

/** A currency written before the amount: "$61bn", "US$5", "€2 million", "UAH 300". */
export function currencyBefore(tokens: Token[], i: number): CurrencyMatch | null {
  const previous = tokens[i - 1];
  if (!previous) return null;
  const symbol = CURRENCY_SYMBOLS.get(previous.text);
  if (symbol) {
    const us = tokens[i - 2];
    const withPrefix = us && !previous.spaced && (us.lower === "us" || us.lower === "u.s");
    return { code: symbol, start: withPrefix ? i - 2 : i - 1 };
  }
  const code = currencyCodeOf(previous);
  if (previous.lower === "hr" && previous.text !== "Hr") return null; // "Hr 9.6 billion", but "3 hr 40 min" is hours
  return code && tokens[i].spaced ? { code, start: i - 1 } : null;
}
