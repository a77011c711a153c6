import { COMPOUNDS, NOT_COUNTED, NOUNS, type NounEntry } from "./data/nouns";
import type { Token } from "./tokenize";

// The noun a number counts: "10 Ukrainian attacks", "68 of Russia's deployed drones",
// "three attempted enemy assaults". Scans a few tokens right of the number, never further.

export type CountedNoun = {
  /** Token index of the head noun and the end of the phrase (exclusive). */
  head: number;
  end: number;
  entry: NounEntry;
  subject: string;
  /** Tokens between the number and the head (modifiers such as "Ukrainian", "enemy"). */
  modifiersStart: number;
};

const MAX_MODIFIERS = 4;
const STOP = new Set([
  "in", "on", "at", "from", "to", "into", "by", "with", "for", "near", "along", "across", "since", "during",
  "over", "after", "before", "and", "or", "but", "that", "which", "who", "were", "was", "is", "are", "have",
  "has", "had", "been", "be", "will", "would", "could", "said", "the", "a", "an", "than", "as", "per", "while",
  "when", "where", "including", "among", "between", "around", "about", "within", "under", "this", "these",
  "those", "it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "not", "also", "times", "out",
  "against", "toward", "towards", "there", "here", "so", "if", "because", "amid", "via", "per", "up", "down",
]);
const PARTITIVE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "these", "those", "all"]);
/** Words between a number and its noun that carry no meaning for the count ("two more", "another 25 such"). */
const FILLERS = new Set(["more", "other", "additional", "further", "new", "extra", "such", "separate", "different"]);
const PLURAL = /^[\p{Ll}][\p{Ll}-]{2,}s$/u;

/** Finds the counted noun starting at token i; `allowGeneric` accepts an unknown plural noun ("11 regions"). */
export function countedNounAt(tokens: Token[], i: number, allowGeneric: boolean): CountedNoun | null {
  let k = i;
  while (tokens[k] && FILLERS.has(tokens[k].lower)) k++;
  let modifiersStart = k;
  if (tokens[k]?.lower === "of" || (tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of")) {
    k += tokens[k].lower === "out" ? 2 : 1;
    modifiersStart = k; // keeps "Russia's" in "68 of Russia's deployed drones" for the actor
    if (tokens[k] && (PARTITIVE_DETERMINERS.has(tokens[k].lower) || tokens[k].lower.endsWith("'s"))) k++;
    if (tokens[k]?.kind === "num") return null; // "47 of the 72 drones": the second number owns the noun
  }
  let generic = -1;
  for (let n = 0; tokens[k] && n <= MAX_MODIFIERS; n++, k++) {
    const token = tokens[k];
    if (token.kind === "punct") {
      if (token.text === "-" && !token.spaced && tokens[k + 1] && !tokens[k + 1].spaced) {
        n--; // "surface-to-air": the hyphen joins words and does not count as a modifier
        continue;
      }
      break;
    }
    const isJoined = tokens[k - 1]?.text === "-" && !token.spaced; // "surface-to-air": a word part, not a preposition
    if (token.kind === "num" || (STOP.has(token.lower) && !isJoined)) break;
    if (NOUNS.get(token.lower)) return extendCompound(tokens, k, modifiersStart);
    if (NOT_COUNTED.has(token.lower)) return null;
    if (allowGeneric && PLURAL.test(token.lower) && !token.lower.endsWith("ss")) generic = k;
  }
  if (generic < 0) return null;
  const compound = COMPOUNDS.get(`${tokens[generic - 1]?.lower} ${tokens[generic].lower}`);
  const entry: NounEntry = compound ?? { category: "other", cls: "generic" };
  return { head: generic, end: generic + 1, entry, subject: subjectOf(tokens, modifiersStart, generic), modifiersStart };
}

/** "drone attacks", "tanks and other armoured fighting vehicles": the last noun of a run is the head. */
function extendCompound(tokens: Token[], k: number, modifiersStart: number): CountedNoun {
  let head = k;
  while (tokens[head + 1]?.kind === "word" && NOUNS.get(tokens[head + 1].lower)) head++;
  const pair = `${tokens[head - 1]?.lower} ${tokens[head].lower}`;
  const entry = COMPOUNDS.get(pair) ?? NOUNS.get(tokens[head > k ? head : k].lower)!;
  return { head, end: head + 1, entry, subject: subjectOf(tokens, modifiersStart, head), modifiersStart };
}

function subjectOf(tokens: Token[], start: number, head: number): string {
  const from = Math.max(start, head - 2);
  const words: string[] = [];
  for (let k = from; k <= head; k++) {
    if (tokens[k].kind === "punct" && tokens[k].text !== "-") continue;
    words.push(tokens[k].lower);
  }
  return words.join(" ").replace(/ - /g, "-").replace(/^\S+'s /, "");
}

/** A noun just before the number: "tanks – 9,506", "missile launches, numbering around 250". */
export function countedNounBefore(tokens: Token[], qualifierStart: number): CountedNoun | null {
  const previous = tokens[qualifierStart - 1];
  if (!previous) return null;
  const isLabel = previous.kind === "punct" && ["–", "—", ":", "-"].includes(previous.text) && previous.spaced;
  const linkers = new Set(["numbering", "totaling", "totalling", "reached", "reaching", "amounted", "amounting", "stood", "rose", "climbed", "increased", "grew"]);
  let end = -1;
  if (isLabel) end = qualifierStart - 2;
  else {
    for (let k = qualifierStart - 1; k >= Math.max(0, qualifierStart - 3); k--) {
      if (linkers.has(tokens[k].lower)) {
        end = k - 1;
        if (tokens[end]?.text === ",") end--;
        break;
      }
    }
  }
  for (let k = end; k >= 0 && k > end - 4; k--) {
    const token = tokens[k];
    if (token.kind !== "word" && !(token.text === "-" && !token.spaced)) break;
    const entry = NOUNS.get(token.lower) ?? NOUNS.get(token.lower.replace(/'s$/, ""));
    if (entry) {
      const compound = COMPOUNDS.get(`${tokens[k - 1]?.lower} ${token.lower}`);
      return { head: k, end: k + 1, entry: compound ?? entry, subject: subjectOf(tokens, Math.max(0, k - 2), k), modifiersStart: k };
    }
  }
  return null;
}
