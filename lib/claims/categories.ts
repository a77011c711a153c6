import type { CountedNoun } from "./counted-noun";
import type { UnitKind } from "./data/units";
import { ATTACK_VERBS, CASUALTY_VERBS } from "./data/verbs";
import type { Token } from "./tokenize";
import type { Category } from "./types";

// Category from the unit, or from the counted noun and the verb around it.

const AUXILIARIES = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "all", "later", "allegedly", "subsequently", "seriously", "critically", "fatally", "slightly", "either", "both"]);
const UNIT_CATEGORY: Record<UnitKind, Category | null> = {
  distance: "distance", area: "area", currency: "money", weight: "other", percent: "other", duration: "other", temperature: null,
};

export function categoryOfUnit(kind: UnitKind): Category | null {
  return UNIT_CATEGORY[kind];
}

/** A casualty verb right after the noun ("were killed", "killed or wounded") or right before the number. */
export function casualtyVerb(tokens: Token[], quoteStart: number, after: number): Category | null {
  let k = after;
  if (tokens[k]?.lower === "aged") { // "two women aged 46 and 73 were injured"
    k++;
    while (tokens[k] && (tokens[k].kind === "num" || tokens[k].lower === "and" || tokens[k].text === ",")) k++;
  }
  while (tokens[k] && AUXILIARIES.has(tokens[k].lower)) k++;
  const verb = tokens[k] ? CASUALTY_VERBS.get(tokens[k].lower) : undefined;
  if (verb && verb !== "casualties") {
    const second = ["and", "or"].includes(tokens[k + 1]?.lower ?? "") ? CASUALTY_VERBS.get(tokens[k + 2]?.lower ?? "") : undefined;
    return second && second !== verb && second !== "casualties" ? "casualties" : verb;
  }
  for (let j = Math.max(0, quoteStart - 12); j < quoteStart - 2; j++) { // "Among the wounded are ... two women"
    if (tokens[j].lower === "among" && tokens[j + 1].lower === "the") {
      const frame = CASUALTY_VERBS.get(tokens[j + 2]?.lower ?? "");
      if (frame && frame !== "casualties") return frame;
    }
  }
  for (let j = quoteStart - 1; j >= Math.max(0, quoteStart - 3); j--) {
    const word = tokens[j].lower;
    if (word === "lives" && tokens[j + 1]?.lower === "of") return "killed";
    const before = CASUALTY_VERBS.get(word);
    if (before) return before;
    if (tokens[j].text === "," || tokens[j].text === ";") break;
  }
  return null;
}

const FIRE_WORDS = new Set(["fired", "fire", "launched", "shelled", "struck", "hit", "dropped", "shelling", "attacked"]);
const LOSS_WORDS = new Set(["losses", "lost", "loss"]);

export function categoryOfNoun(tokens: Token[], noun: CountedNoun, quoteStart: number): Category {
  const { entry } = noun;
  // Shells fired are attacks; shells delivered as aid are equipment.
  if (entry.cls === "ammo") return mentionsBefore(tokens, tokens.length, FIRE_WORDS) ? "attacks" : "equipment";
  if (entry.cls !== "person" && entry.cls !== "military" && entry.cls !== "generic") return entry.category;
  if (entry.category !== "people" && entry.category !== "personnel") return entry.category; // "deaths", "wounded"
  const verb = casualtyVerb(tokens, quoteStart, noun.end);
  if (verb) return verb;
  if (entry.cls === "military" && mentionsBefore(tokens, quoteStart, LOSS_WORDS)) return "casualties";
  if (entry.cls === "generic") return "people";
  return entry.category;
}

/** "attacked 9 times", "hit ... in 138 areas": an attack verb earlier in the clause. */
export function attackVerbBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) {
    if (ATTACK_VERBS.has(tokens[k].lower)) return true;
    if (tokens[k].text === ";") break;
  }
  return false;
}

export function mentionsBefore(tokens: Token[], end: number, words: Set<string>): boolean {
  for (let k = 0; k < end; k++) if (words.has(tokens[k].lower)) return true;
  return false;
}
