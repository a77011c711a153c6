import { placeByVariant, REGIONAL_CENTRE } from "./data/gazetteer";
import { SIDE_WORDS } from "./data/sides";
import { OFFICIAL_WORDS, PEOPLE, SOURCES, SPEECH_VERBS, TITLES, type Source } from "./data/sources";
import { indexByFirst, isCapitalized, longestAt } from "./phrases";
import type { Token } from "./tokenize";
import type { Actor } from "./types";

// Who states a figure: "X said", "said X", "according to X", with X a known body, a named person
// (expanded to the full name seen earlier in the report), "he"/"she", or unnamed officials.

export type SourceMention = { at: number; source: Source; start: number; end: number; weak?: boolean };

/** What the report has said so far about people, carried from sentence to sentence. */
export type SpeakerMemory = { surnames: Map<string, Source>; lastPerson: Source | null; lastBody?: Source | null };

const sourcesByFirst = indexByFirst(SOURCES);
const NOT_NAME = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "while", "after", "according", "meanwhile", "president",
  "however", "so", "this", "that", "these", "earlier", "later", "over", "since", "as", "it", "he", "she", "they",
  "we", "i", "our", "there", "when", "if", "also", "moreover", "armed", "forces", "force", "ministry", "staff",
  "group", "command", "east", "west", "north", "south", "telegram", "reuters", "television", "tv", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "defence", "defense", "general",
]);
const SIDE_ADJECTIVE: Record<string, string> = { russia: "Russian", ukraine: "Ukrainian", other: "Foreign" };

export function findSources(tokens: Token[], memory: SpeakerMemory): SourceMention[] {
  const mentions: SourceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (lower === "according" && tokens[i + 1]?.lower === "to") {
      const found = sourceAfter(tokens, i + 2, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (SPEECH_VERBS.has(lower) && tokens[i].kind === "word") {
      const found = sourceBefore(tokens, i, memory) ?? sourceAfter(tokens, i + 1, memory, true);
      if (found) mentions.push({ at: i, ...found });
    } else if ((lower === "regional" || lower === "oblast") && placeByVariant(bare(tokens[i - 1]?.lower ?? ""))) {
      const kind = tokens[i + 1]?.lower === "military" ? tokens[i + 2]?.lower : tokens[i + 1]?.lower;
      if (kind === "authorities" || kind === "administration" || kind === "government") {
        const place = placeByVariant(bare(tokens[i - 1].lower))!;
        mentions.push({ at: i, start: i - 1, end: i + 2, weak: true, source: { name: `${place.name} Regional Administration`, side: "ukraine" } });
      }
    }
  }
  for (const mention of mentions) {
    if (isPersonName(mention.source.name)) memory.lastPerson = mention.source;
    else if (!mention.weak) memory.lastBody = mention.source;
  }
  return mentions;
}

/** Registers full names ("Oleh Syniehubov") so that a later "Syniehubov said" resolves to them. */
export function rememberNames(tokens: Token[], memory: SpeakerMemory): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]) || !isCapitalized(tokens[i + 1])) continue; // a full name is two capitalized words
    const name = nameAt(tokens, i);
    if (name && name.words >= 2) {
      const side = sideNear(tokens, i) ?? PEOPLE.get(name.surname)?.side ?? null;
      memory.surnames.set(name.surname, { name: name.text, side });
      i += name.words - 1;
    }
  }
}

export function pickSource(mentions: SourceMention[], at: number): SourceMention | null {
  let before: SourceMention | null = null;
  let after: SourceMention | null = null;
  for (const mention of mentions) {
    if (mention.weak) continue;
    if (mention.at <= at) before = mention;
    else if (!after) after = mention;
  }
  return before ?? after ?? mentions.find((m) => m.weak) ?? null;
}

type Found = { source: Source; start: number; end: number };

const VERB_ADVERBS = new Set(["also", "later", "specifically", "further", "previously", "has", "have", "had", "reportedly", "then"]);

function sourceBefore(tokens: Token[], verb: number, memory: SpeakerMemory): Found | null {
  let k = verb - 1;
  while (k >= 0 && VERB_ADVERBS.has(tokens[k].lower)) k--;
  if (k < 0) return null;
  const pronoun = tokens[k].lower;
  if ((pronoun === "he" || pronoun === "she") && memory.lastPerson) return { source: memory.lastPerson, start: k, end: k + 1 };
  if ((pronoun === "it" || pronoun === "they") && memory.lastBody) return { source: memory.lastBody, start: k, end: k + 1 };
  // Skip one appositive: "Vitaliy Barabash, head of Avdiivka's military administration, told"
  const limit = Math.max(0, verb - 14);
  for (let end = k + 1; end > limit; end--) {
    const found = sourceEndingAt(tokens, end, memory);
    if (found) return found;
    if (tokens[end - 1]?.text === ";" || tokens[end - 1]?.lower === "that") break;
  }
  return null;
}

function sourceEndingAt(tokens: Token[], end: number, memory: SpeakerMemory): Found | null {
  for (let start = Math.max(0, end - 8); start < end; start++) {
    const known = longestAt(sourcesByFirst, tokens, start);
    if (known && start + known.words.length === end) return { source: known.source, start, end };
  }
  const last = tokens[end - 1];
  if (!last || last.kind !== "word") return null;
  const office = regionalOffice(tokens, end);
  if (office) return office;
  if (OFFICIAL_WORDS.has(last.lower)) return { source: officials(tokens, end - 1), start: end - 1, end };
  let start = end - 1;
  while (start > 0 && isCapitalized(tokens[start - 1]) && !NOT_NAME.has(tokens[start - 1].lower) && !TITLES.has(tokens[start - 1].lower)) start--;
  const name = nameAt(tokens, start);
  if (!name || start + name.words !== end) return null;
  const known = memory.surnames.get(name.surname) ?? PEOPLE.get(name.surname);
  if (name.words >= 2) return { source: { name: name.text, side: known?.side ?? null }, start, end };
  return known ? { source: known, start, end } : null;
}

function sourceAfter(tokens: Token[], i: number, memory: SpeakerMemory, inverted = false): Found | null {
  if (inverted && tokens[i]?.kind === "punct") return null;
  if (!inverted) {
    // "according to Ukraine's ground forces commander, Oleksandr Syrskyi", "according to a recent poll by X"
    let commas = 0;
    for (let k = i; k < Math.min(tokens.length, i + 10); k++) {
      if (tokens[k].text === ",") {
        if (++commas > 1) break;
        continue;
      }
      const known = longestAt(sourcesByFirst, tokens, k);
      if (known) return { source: known.source, start: k, end: k + known.words.length };
      const office = regionalOffice(tokens, k + 1);
      if (office) return office;
      const name = isCapitalized(tokens[k]) ? nameAt(tokens, k) : null;
      if (name && name.words >= 2) return { source: { name: name.text, side: memory.surnames.get(name.surname)?.side ?? sideNear(tokens, k) }, start: k, end: k + name.words };
    }
  }
  let k = i;
  while (tokens[k] && (tokens[k].lower === "the" || TITLES.has(tokens[k].lower))) k++;
  const known = longestAt(sourcesByFirst, tokens, k);
  if (known) return { source: known.source, start: k, end: k + known.words.length };
  if (OFFICIAL_WORDS.has(tokens[k + 1]?.lower ?? "") || OFFICIAL_WORDS.has(tokens[k]?.lower ?? "")) {
    return { source: officials(tokens, k), start: k, end: k + 2 };
  }
  const name = nameAt(tokens, k);
  if (!name) return null;
  const known2 = memory.surnames.get(name.surname) ?? PEOPLE.get(name.surname);
  if (name.words >= 2) return { source: { name: name.text, side: known2?.side ?? sideNear(tokens, k) }, start: k, end: k + name.words };
  return known2 ? { source: known2, start: k, end: k + 1 } : isCapitalized(tokens[k]) && !inverted ? { source: { name: tokens[k].text, side: null }, start: k, end: k + 1 } : null;
}

const OFFICES = new Map([
  ["administration", "Regional Administration"], ["authorities", "Regional Administration"],
  ["prosecutor's", "Regional Prosecutor's Office"], ["office", "Regional Prosecutor's Office"],
]);

/** "the regional administration said" names the region's office after the place the sentence is about. */
function regionalOffice(tokens: Token[], end: number): Found | null {
  let k = end - 1;
  if (tokens[k]?.lower === "office" && tokens[k - 1]?.lower === "prosecutor's") k--;
  const kind = OFFICES.get(tokens[k]?.lower ?? "");
  if (!kind) return null;
  let r = k - 1;
  if (tokens[r]?.lower === "military") r--;
  if (tokens[r]?.lower !== "regional" || tokens[r - 1]?.lower !== "the") return null;
  for (let p = 0; p < tokens.length; p++) {
    const place = isCapitalized(tokens[p]) ? placeByVariant(bare(tokens[p].lower)) : undefined;
    const centre = place ? REGIONAL_CENTRE[place.name] : undefined;
    if (centre) return { source: { name: `${centre} ${kind}`, side: "ukraine" }, start: r - 1, end };
  }
  return null;
}

/** Two or three capitalized words that are not places, sides, titles or sentence words. */
function nameAt(tokens: Token[], i: number): { text: string; surname: string; words: number } | null {
  const parts: string[] = [];
  for (let k = i; k < tokens.length && parts.length < 3; k++) {
    const token = tokens[k];
    if (!isCapitalized(token) || NOT_NAME.has(token.lower) || TITLES.has(token.lower) || SIDE_WORDS.get(token.lower)) break;
    if (placeByVariant(bare(token.lower))) break;
    parts.push(token.text.replace(/['’]s$/, ""));
    if (token.lower.endsWith("'s")) break;
  }
  if (!parts.length) return null;
  return { text: parts.join(" "), surname: parts[parts.length - 1].toLowerCase(), words: parts.length };
}

function officials(tokens: Token[], at: number): Source {
  const side = sideNear(tokens, at) ?? "ukraine";
  return { name: `${SIDE_ADJECTIVE[side]} officials`, side };
}

/** The side in a speaker's title: closest before the name ("Ukraine's ... spokesperson, Serhii Cherevatyi"), else right after. */
function sideNear(tokens: Token[], at: number): Actor {
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const side = SIDE_WORDS.get(tokens[k].lower);
    if (side && tokens[k + 1]?.text !== "-") return side;
  }
  for (let k = at + 1; k < Math.min(tokens.length, at + 6); k++) {
    const side = SIDE_WORDS.get(tokens[k].lower);
    if (side && tokens[k + 1]?.text !== "-") return side;
  }
  return null;
}

const BODIES = new Set(SOURCES.map((s) => s.source.name));
const PERSON_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}/u;

function isPersonName(name: string): boolean {
  return !BODIES.has(name) && PERSON_NAME.test(name) && !name.endsWith("officials") && !name.includes("Administration");
}

function bare(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}
