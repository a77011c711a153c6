import { NOUNS } from "./data/nouns";
import { REGION_COUNTS } from "./data/gazetteer";
import { QUALIFIERS, RULES } from "./data/qualifiers";
import type { Vague } from "./data/number-words";
import { indexByLast, longestEndingAt } from "./phrases";
import type { Token } from "./tokenize";

export type Interval = {
  qualifier: string;
  rule: string;
  lower: number | null;
  upper: number | null;
  lowerExclusive: boolean;
  upperExclusive: boolean;
};

const byLast = indexByLast(QUALIFIERS);
/** Verbs whose "over" is a particle: "handed over", "turned over". */
const HAND_OVER = new Set(["hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning"]);

/** Words right before a locative "over" of where aircraft and drones came down. */
const DOWNING = new Set(["down", "downed", "destroyed", "intercepted", "neutralised", "neutralized", "suppressed"]);

/** The qualifier phrase ending right before token i, with where it starts. */
export function qualifierBefore(tokens: Token[], i: number): { key: string; start: number } | null {
  const match = longestEndingAt(byLast, tokens, i);
  if (!match) return null;
  const start = i - match.words.length;
  // "over the past day" is a period, "some of the" is not a quantity: only take words glued to the number.
  if (match.words.length === 1 && match.words[0] === "some" && tokens[i]?.lower === "of") return null;
  if (isNoAmountOver(match.words, tokens, start - 1, i)) return null;
  const outer = match.key === "exact" ? longestEndingAt(byLast, tokens, start) : null; // "another" after "at least"?
  // (not "has handed over a further 20 tanks")
  if (outer && outer.key !== "exact" && !isNoAmountOver(outer.words, tokens, start - outer.words.length - 1, i)) return { key: outer.key, start: start - outer.words.length };
  return { key: match.key, start };
}

/**
 * Whether the qualifier `words`, after token `before`, is an "over" that says no amount: after a noun it is a place ("shot down
 * 47 drones over 11 regions"); after "handed", "turned" the verb's particle ("has handed over 128 ambulances"); after a downing
 * word and before a count of regions where they fell ("53 were shot down over 12 oblasts", not "downed over 40 drones").
 */
function isNoAmountOver(words: string[], tokens: Token[], before: number, figure: number): boolean {
  if (words.length !== 1 || words[0] !== "over") return false;
  const word = tokens[before]?.lower ?? "";
  const regionsAfter = REGION_COUNTS.has(tokens[figure + 1]?.lower ?? "") || tokens[figure + 1]?.lower === "districts";
  return !!NOUNS.get(word) || HAND_OVER.has(word) || (DOWNING.has(word) && regionsAfter);
}

/** design.md's table: the interval a qualifier gives to a normalized value. */
export function intervalFor(key: string, value: number, high?: number, vague?: Vague, factor = 1): Interval {
  if (vague) {
    return interval("vague", `vague: ${vague.words.join(" ")}`, vague.lower * factor, vague.upper * factor, false, vague.upperExclusive);
  }
  if (high !== undefined) return interval("range", RULES.range, value, high);
  const rule = RULES[key] ?? RULES.exact;
  switch (key) {
    case "about":
      return interval(key, rule, round(value * 0.9), round(value * 1.1));
    case "nearly":
      return interval(key, rule, round(value * 0.9), value, false, true);
    case "more_than":
      return interval(key, rule, value, null, true);
    case "at_least":
      return interval(key, rule, value, null);
    case "up_to":
      return interval(key, rule, 0, value);
    case "fewer_than":
      return interval(key, rule, 0, value, false, true);
    default:
      return interval("exact", RULES.exact, value, value);
  }
}

function interval(qualifier: string, rule: string, lower: number | null, upper: number | null, lowerExclusive = false, upperExclusive = false): Interval {
  return { qualifier, rule, lowerExclusive, upperExclusive, lower, upper };
}

/** Floating-point noise ("10800.000000000002") would show up in reviews and exports. */
export function round(value: number): number {
  // small values keep nine decimals: "about 14 hours" is [0.525, 0.641666667] days, not cut at six
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  return Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : Math.round(value * 1e6) / 1e6;
}
