import { isInRussia, placeByVariant, REGIONAL_CENTRE, startsLongerName } from "./data/gazetteer";
import { SIDE_WORDS } from "./data/sides";
import {
  GENERIC_MINISTRY, OFFICIAL_WORDS, ORG_HEADS, PEOPLE, QUOTE_VERBS, SOURCES, SPEECH_VERBS, TITLES, UNIT_WORDS, type Source,
} from "./data/sources";
import { indexByFirst, longestAt } from "./phrases";
import type { Token } from "./tokenize";
import type { Actor } from "./types";

// Who states a figure: "X said", "said X", "according to X", with X a known body, an organisation
// named as written, a named person (expanded to the full name seen earlier in the report), "he"/"she",
// a title held by someone named before ("the governor"), an acronym defined before ("the OVA"), or
// unnamed officials ("a senior defence official", "a drone operator", "Kyiv said").

/**
 * `frames`: the mention opens its line ("According to X, ...", "Trehubov: ...") and speaks for the rest of the paragraph.
 * `signs`: it signs a headline ("... over past day – General Staff"): the report relays that source.
 */
export type SourceMention = { at: number; source: Source; start: number; end: number; weak?: boolean; frames?: boolean; signs?: boolean };

/** What the report has said so far about its speakers, carried from sentence to sentence. */
export type SpeakerMemory = {
  surnames: Map<string, Source>;
  lastPerson: Source | null;
  lastBody?: Source | null;
  /** "the ministry added" is the last ministry named. */
  lastMinistry?: Source | null;
  /** "Kherson Oblast Military Administration (OVA)" makes a later "the OVA" that administration. */
  acronyms?: Map<string, Source>;
  /** "Governor Ivan Fedorov" makes a later "the governor" Ivan Fedorov. */
  titles?: Map<string, Source>;
  /** The regional administration last named: "the OVA" when no "(OVA)" defined one. */
  lastOffice?: Source | null;
  /** The person last named, speaking or not: "his office" is theirs, "he said" is theirs. */
  lastNamed?: Source | null;
  /** Surnames of the people quoted so far. */
  spoken?: Set<string>;
};

export function newSpeakerMemory(): SpeakerMemory {
  return { surnames: new Map(), lastPerson: null, lastBody: null, lastMinistry: null, acronyms: new Map(), titles: new Map(), spoken: new Set() };
}

const sourcesByFirst = indexByFirst(SOURCES);
/** Last words of the known phrases: a phrase can only end on one of these. */
const LAST_WORDS = new Set(SOURCES.map((s) => s.words[s.words.length - 1]));
const NOT_NAME = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "while", "after", "according", "meanwhile", "president",
  "however", "so", "this", "that", "these", "earlier", "later", "over", "since", "as", "it", "he", "she", "they",
  "we", "i", "our", "there", "when", "if", "also", "moreover", "armed", "forces", "force", "ministry", "staff",
  "group", "command", "east", "west", "north", "south", "telegram", "reuters", "television", "tv", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "defence", "defense", "general",
  // the end of an office before its holder: "Acting Governor of the Kursk Region Alexei Smirnov"
  "region", "oblast", "district", "province", "republic", "city", "hromada", "administration", "office", "department",
]);
/** "the fund said": generic nouns that stand for the body named last. */
const BODY_NOUNS = new Set(["fund", "agency", "organisation", "organization", "mission", "bank", "institute", "company", "operator", "watchdog"]);
const ACRONYM = /^[A-Z]{2,6}$/;
const DOCUMENT_NOUNS = new Set(["report", "statement", "update", "summary", "bulletin", "briefing", "post", "message"]);
/** Ukrainian for a regional (military) administration: "the OVA", "the ODA" are the one last named. */
const REGIONAL_OFFICE_ACRONYMS = new Set(["ova", "oda", "rva", "oma"]);
/** Acronyms that begin a known phrase ("UK MoD") are left to the phrase table. */
const SOURCE_FIRST_WORDS = new Set(SOURCES.map((s) => s.words[0]));
const SIDE_ADJECTIVE: Record<string, string> = { russia: "Russian", ukraine: "Ukrainian", other: "Foreign" };
/** A capital speaking for its government: "Kyiv said", "Moscow claims". */
const CAPITALS = new Map<string, Exclude<Actor, null>>([["kyiv", "ukraine"], ["kiev", "ukraine"], ["moscow", "russia"], ["ukraine", "ukraine"], ["russia", "russia"]]);
const CONNECTORS = new Set(["of", "the", "for", "and", "on"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr"]);
const SINGLE_SPEAKERS = new Set(["soldier", "serviceman", "servicemember", "operator", "commander", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "brigade", "battalion", "unit"]);
const DASHES = new Set(["—", "–", "-"]);

export function findSources(tokens: Token[], memory: SpeakerMemory): SourceMention[] {
  const mentions: SourceMention[] = [];
  const speaker = speakerLabel(tokens, memory);
  if (speaker) mentions.push(speaker);
  const speechVerbs = SPEECH_VERBS; // one module lookup, not one per token
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (tokens[i].spaced && DASHES.has(lower) && i > 0) {
      // a headline signed by its source: "Ukraine loses up to 320 troops in past day — top brass"
      const known = longestAt(sourcesByFirst, tokens, i + 1);
      if (known && i + 1 + known.words.length === tokens.length) {
        mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: resolveGeneric(known.source, memory, tokens, i + 1) });
      }
    } else if (lower === "according" && tokens[i + 1]?.lower === "to") {
      const found = sourceAfter(tokens, i + 2, memory);
      if (found) mentions.push({ at: i, ...found, frames: i === 0 });
    } else if (speechVerbs.has(lower) && tokens[i].kind === "word") {
      // "TASS quoted the defence ministry", "citing the same ministry": the source follows the verb
      const found = QUOTE_VERBS.has(lower)
        ? sourceAfter(tokens, i + 1, memory, true) ?? sourceBefore(tokens, i, memory)
        : sourceBefore(tokens, i, memory) ?? sourceAfter(tokens, i + 1, memory, true);
      if (found) mentions.push({ at: i, ...found });
    } else if ((lower === "regional" || lower === "oblast") && placeByVariant(bare(tokens[i - 1]?.lower ?? ""))) {
      const military = tokens[i + 1]?.lower === "military";
      const kind = tokens[i + (military ? 2 : 1)]?.lower;
      if (kind === "authorities" || kind === "administration" || kind === "government") {
        const place = placeByVariant(bare(tokens[i - 1].lower))!;
        const centre = REGIONAL_CENTRE[place.name] ?? place.name.replace(/ Oblast$/, "");
        const source: Source = { name: `${centre} Regional Administration`, side: "ukraine" };
        const end = i + (military ? 3 : 2);
        mentions.push({ at: i, start: i - 1, end, weak: true, source });
        rememberAcronym(tokens, end, source, memory);
      }
    }
  }
  for (const mention of mentions) {
    // "a drone operator ... said ... 'Around 50,' he said": he is that unnamed speaker
    if (mention.source.name.endsWith(" officials") && SINGLE_SPEAKERS.has(tokens[mention.end - 1]?.lower ?? "")) memory.lastNamed = mention.source;
    if (isPersonName(mention.source.name)) {
      memory.lastPerson = memory.lastNamed = mention.source;
      memory.spoken?.add(mention.source.name.split(" ").pop()!.toLowerCase());
    }
    else if (!mention.weak) memory.lastBody = mention.source;
    if (/Ministry|MoD/.test(mention.source.name)) memory.lastMinistry = mention.source;
    if (mention.source.name.endsWith("Regional Administration")) memory.lastOffice = mention.source;
  }
  return mentions;
}

/** A line led by its speaker and a colon: "Zelensky: about 120 missiles", "Air force: 104 missiles", "Trehubov: The enemy is ...". */
function speakerLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  const colon = tokens[1]?.text === ":" ? 1 : tokens[2]?.text === ":" ? 2 : tokens[3]?.text === ":" ? 3 : -1;
  if (colon < 0 || !tokens[0]?.capitalized) return null;
  const known = longestAt(sourcesByFirst, tokens, 0);
  if (known && known.words.length === colon) return { at: 0, start: 0, end: colon, frames: true, source: resolveGeneric(known.source, memory, tokens, 0) };
  const surname = tokens[colon - 1].lower;
  const person = tokens[colon - 1]?.capitalized ? PEOPLE.get(surname) ?? memory.surnames.get(surname) : undefined;
  return person ? { at: 0, start: 0, end: colon, frames: true, source: person } : null;
}

/** "X (ABC)": remember the acronym for "the ABC" later. */
function rememberAcronym(tokens: Token[], end: number, source: Source, memory: SpeakerMemory): void {
  if (tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" && /^[A-Z]{2,6}$/.test(tokens[end + 1]?.text ?? "")) {
    memory.acronyms?.set(tokens[end + 1].lower, source);
  }
}

/**
 * Registers full names ("Oleh Syniehubov") so that a later "Syniehubov said" resolves to them, and their
 * titles; "Mr. Besedin" names a known person again. Read after the sentence's sources: "he" means someone before.
 */
export function rememberNames(tokens: Token[], memory: SpeakerMemory): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === "(") rememberDefinedAcronym(tokens, i, memory);
    if (!tokens[i].capitalized) continue;
    if (HONORIFICS.has(tokens[i].lower)) {
      const at = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
      const known = memory.surnames.get(tokens[at]?.lower ?? "");
      if (known) memory.lastNamed = known;
      continue;
    }
    if (!tokens[i]?.capitalized || !tokens[i + 1]?.capitalized) continue; // a full name is two capitalized words
    const name = nameAt(tokens, i);
    if (name && name.words >= 2 && !UNIT_WORDS.has(name.surname) && !ORG_HEADS.has(name.surname)) {
      const known = PEOPLE.get(name.surname);
      const person: Source = known ?? { name: name.text, side: sideNear(tokens, i) };
      memory.surnames.set(name.surname, person);
      memory.lastNamed = person;
      rememberTitle(tokens, i, i + name.words, person, memory);
      i += name.words - 1;
    }
  }
}

/** "The World Health Organization (WHO)": a later "WHO said" is that organisation, named in full. */
function rememberDefinedAcronym(tokens: Token[], open: number, memory: SpeakerMemory): void {
  const acronym = tokens[open + 1]?.text ?? "";
  if (!ACRONYM.test(acronym) || tokens[open + 2]?.text !== ")" || memory.acronyms?.has(acronym.toLowerCase())) return;
  let start = open;
  let initials = "";
  while (start > 0 && open - start < 8) {
    const word = tokens[start - 1];
    if (word.capitalized && word.kind === "word" && word.lower !== "the") initials = word.text[0] + initials;
    else if (!CONNECTORS.has(word.lower)) break;
    start--;
  }
  while (start < open && (!tokens[start].capitalized || tokens[start].lower === "the")) start++;
  if (initials.toUpperCase() !== acronym || start >= open) return;
  const name = tokens.slice(start, open).map((t) => t.text).join(" ");
  const known = longestAt(sourcesByFirst, tokens, start);
  memory.acronyms?.set(acronym.toLowerCase(), known && start + known.words.length === open ? known.source : { name, side: null });
}

/** "Governor Ivan Fedorov", "John Healey, the Defence Secretary,": the title now names this person. */
function rememberTitle(tokens: Token[], start: number, end: number, person: Source, memory: SpeakerMemory): void {
  const before = tokens[start - 1]?.lower ?? "";
  if (TITLES.has(before)) memory.titles?.set(before, person);
  if (tokens[end]?.text === ",") {
    for (let k = end + 1; k < Math.min(tokens.length, end + 5); k++) {
      if (tokens[k].text === ",") break;
      if (TITLES.has(tokens[k].lower) && tokens[k + 1]?.lower !== "of") memory.titles?.set(tokens[k].lower, person);
    }
  }
}

/** The source stating the figure at token `at`: the nearest in its clause, else one after it. */
export function pickSource(mentions: SourceMention[], at: number, tokens: Token[]): SourceMention | null {
  let before: SourceMention | null = null;
  let after: SourceMention | null = null;
  for (const mention of mentions) {
    if (mention.weak) continue;
    if (mention.at <= at) before = mention;
    else if (!after) after = mention;
  }
  if (after && hasSemicolon(tokens, at, after.start)) after = null; // "...; the air force said" speaks for its own clause
  return before ?? after ?? mentions.find((m) => m.weak) ?? null;
}

function hasSemicolon(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text === ";") return true;
  return false;
}

type Found = { source: Source; start: number; end: number };

const VERB_ADVERBS = new Set(["also", "later", "specifically", "further", "previously", "has", "have", "had", "reportedly", "then"]);

function sourceBefore(tokens: Token[], verb: number, memory: SpeakerMemory): Found | null {
  let k = verb - 1;
  while (k >= 0 && VERB_ADVERBS.has(tokens[k].lower)) k--;
  if (k < 0) return null;
  const pronoun = tokens[k].lower;
  const person = memory.lastNamed ?? memory.lastPerson;
  if ((pronoun === "he" || pronoun === "she") && person) return { source: person, start: k, end: k + 1 };
  if ((pronoun === "it" || pronoun === "they") && memory.lastBody) return { source: memory.lastBody, start: k, end: k + 1 };
  // "the fund said", "the agency added", "the think tank estimated": the body last named
  const article = pronoun === "tank" && tokens[k - 1]?.lower === "think" ? k - 2 : k - 1;
  if ((BODY_NOUNS.has(pronoun) || article === k - 2) && tokens[article]?.lower === "the" && memory.lastBody) {
    return { source: memory.lastBody, start: article, end: k + 1 };
  }
  // "The IMF said": an organisation by its acronym, as written, right before the verb
  if (ACRONYM.test(tokens[k].text) && memory.acronyms?.has(pronoun)) return { source: memory.acronyms.get(pronoun)!, start: k, end: k + 1 };
  if (ACRONYM.test(tokens[k].text) && !SOURCE_FIRST_WORDS.has(pronoun) && !REGIONAL_OFFICE_ACRONYMS.has(pronoun)) {
    return { source: { name: tokens[k].text, side: null }, start: k, end: k + 1 };
  }
  // Skip one appositive: "Vitaliy Barabash, head of Avdiivka's military administration, told"
  const limit = Math.max(0, verb - 18);
  for (let end = k + 1; end > limit; end--) {
    const found = sourceEndingAt(tokens, end, memory);
    if (found) return holderOf(tokens, found, memory) ?? found;
    if (tokens[end - 1]?.text === ";" || tokens[end - 1]?.lower === "that") break;
  }
  return null;
}

/** "Vadym Filashkin, head of the Donetsk Oblast Military Administration, said": the person, not their office. */
function holderOf(tokens: Token[], found: Found, memory: SpeakerMemory): Found | null {
  if (tokens[found.end]?.text !== "," || isPersonName(found.source.name)) return null;
  for (let comma = found.start - 1; comma > 0 && comma >= found.start - 6; comma--) {
    if (tokens[comma].text !== ",") continue;
    const holder = sourceEndingAt(tokens, comma, memory);
    if (holder && isPersonName(holder.source.name)) return holder;
    // "Ukrenergo, the national grid operator, said": a body named before its description
    const named = comma === 1 || tokens[comma - 2]?.kind !== "word" ? tokens[comma - 1] : undefined;
    if (!holder && named?.capitalized && named.kind === "word" && !NOT_NAME.has(named.lower) && found.source.name.endsWith(" officials")) {
      return { source: { name: named.text, side: found.source.side }, start: comma - 1, end: comma };
    }
    return null;
  }
  return null;
}

function sourceEndingAt(tokens: Token[], end: number, memory: SpeakerMemory): Found | null {
  const last = tokens[end - 1];
  if (!last || last.kind !== "word") return null;
  for (let start = LAST_WORDS.has(last.lower) ? Math.max(0, end - 8) : end; start < end; start++) {
    const known = longestAt(sourcesByFirst, tokens, start);
    if (known && start + known.words.length === end) {
      const org = orgEndingAt(tokens, end);
      if (org && org.start < start) return org; // "The Ministry of Reintegration", not just "Ministry"
      return { source: resolveGeneric(known.source, memory, tokens, start), start, end };
    }
  }
  const office = regionalOffice(tokens, end, memory);
  if (office) return office;
  const acronym = isAllCaps(last.text) ? memory.acronyms?.get(last.lower) ?? (REGIONAL_OFFICE_ACRONYMS.has(last.lower) ? memory.lastOffice : null) : null;
  if (acronym) return { source: acronym, start: end - 1, end };
  const capital = CAPITALS.get(last.lower);
  if (capital && last?.capitalized) return { source: { name: `${SIDE_ADJECTIVE[capital]} officials`, side: capital }, start: end - 1, end };
  let article = end - 2; // "the governor", "the Defence Secretary"
  while (article >= 0 && article > end - 4 && TITLES.has(tokens[article].lower)) article--;
  // Guarded, not tokens[-1]?.: a negative index leaves V8's fast element path (30% of all extraction time).
  const titled = article >= 0 && tokens[article].lower === "the" ? memory.titles?.get(last.lower) : undefined;
  if (titled) return { source: titled, start: article, end };
  if (OFFICIAL_WORDS.has(last.lower)) return { source: officials(tokens, end - 1), start: end - 1, end };
  const org = orgEndingAt(tokens, end);
  if (org) return org;
  let start = end - 1;
  while (start > 0 && tokens[start - 1]?.capitalized && !NOT_NAME.has(tokens[start - 1].lower) && !TITLES.has(tokens[start - 1].lower)) start--;
  const name = nameAt(tokens, start);
  if (!name || start + name.words !== end) return null;
  return personFound(name, memory, tokens, start, true);
}

function sourceAfter(tokens: Token[], i: number, memory: SpeakerMemory, inverted = false): Found | null {
  if (inverted && tokens[i]?.kind === "punct") return null;
  if (inverted && tokens[i]?.lower === "by") i++; // "as published by the OVA", "figures released by the ministry"
  const pronoun = tokens[i]?.lower;
  const person = memory.lastNamed ?? memory.lastPerson;
  if (!inverted && (pronoun === "him" || pronoun === "her") && person) return { source: person, start: i, end: i + 1 }; // "According to her, ..."
  // "According to the report", "according to the statement": the body whose document it is
  const document = pronoun === "the" || pronoun === "its" || pronoun === "this" ? tokens[i + 1]?.lower ?? "" : "";
  if (!inverted && DOCUMENT_NOUNS.has(document) && (memory.lastBody ?? person)) return { source: (memory.lastBody ?? person)!, start: i, end: i + 2 };
  if (!inverted) {
    // "according to Ukraine's ground forces commander, Oleksandr Syrskyi", "according to a recent poll by X"
    let commas = 0;
    for (let k = i; k < Math.min(tokens.length, i + 10); k++) {
      if (tokens[k].text === ",") {
        if (++commas > 1) break;
        continue;
      }
      const office = officeOf(tokens, k, memory);
      if (office) return office;
      const known = longestAt(sourcesByFirst, tokens, k);
      if (known) return orgAt(tokens, k) ?? { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
      const regional = regionalOffice(tokens, k + 1, memory);
      if (regional) return regional;
      const org = orgAt(tokens, k);
      if (org) return org;
      const name = tokens[k]?.capitalized ? nameAt(tokens, k) : null;
      if (name && name.words >= 2) return personFound(name, memory, tokens, k, false);
    }
  }
  let k = i;
  while (tokens[k] && (tokens[k].lower === "the" || tokens[k].lower === "same" || TITLES.has(tokens[k].lower))) k++;
  const written = tokens[k] && isAllCaps(tokens[k].text) ? tokens[k].lower : "";
  const acronym = memory.acronyms?.get(written) ?? (REGIONAL_OFFICE_ACRONYMS.has(written) ? memory.lastOffice : null);
  if (acronym) return { source: acronym, start: k, end: k + 1 };
  const titled = k > i && tokens[k - 1] && TITLES.has(tokens[k - 1].lower) && !tokens[k]?.capitalized ? memory.titles?.get(tokens[k - 1].lower) : undefined;
  if (titled) return { source: titled, start: k - 1, end: k };
  const org = orgAt(tokens, k);
  if (org) return org;
  const known = longestAt(sourcesByFirst, tokens, k);
  if (known) return { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
  if (OFFICIAL_WORDS.has(tokens[k + 1]?.lower ?? "") || OFFICIAL_WORDS.has(tokens[k]?.lower ?? "")) {
    return { source: officials(tokens, k), start: k, end: k + 2 };
  }
  const name = nameAt(tokens, k);
  if (!name) return null;
  if (name.words >= 2) return personFound(name, memory, tokens, k, false);
  const known2 = memory.surnames.get(name.surname) ?? PEOPLE.get(name.surname);
  return known2 ? { source: known2, start: k, end: k + 1 } : tokens[k]?.capitalized && !inverted ? { source: { name: tokens[k].text, side: null }, start: k, end: k + 1 } : null;
}

/** A person's full name as the report or the lexicon spells it; a surname alone only when known. */
function personFound(name: NameMatch, memory: SpeakerMemory, tokens: Token[], start: number, isBefore: boolean): Found | null {
  const end = start + name.words;
  const known = PEOPLE.get(name.surname) ?? memory.surnames.get(name.surname);
  if (UNIT_WORDS.has(name.surname)) return { source: officials(tokens, start), start, end }; // "a soldier of the 57th Brigade told"
  if (name.words >= 2) return { source: PEOPLE.get(name.surname) ?? { name: name.text, side: known?.side ?? sideNear(tokens, start) }, start, end };
  return known && (isBefore || name.words === 1) ? { source: known, start, end } : null;
}

/**
 * "the ministry", "the MoD": the ministry last named, else the Russian one (the usual author of such
 * bulletins). "the agriculture ministry" is another ministry, named as written.
 */
function resolveGeneric(source: Source, memory: SpeakerMemory, tokens: Token[], start: number): Source {
  const modifier = tokens[start - 1];
  const side = modifier ? SIDE_WORDS.get(modifier.lower) : undefined;
  if (tokens[start]?.lower === "police" && side && side !== "ukraine") return { name: `${SIDE_ADJECTIVE[side]} officials`, side }; // "Russian police said"
  if (source.name !== GENERIC_MINISTRY) return source;
  if (side === "russia") return { name: "Russian Defence Ministry", side }; // "Moscow's defence ministry"
  if (side === "ukraine") return { name: "Ukrainian Defence Ministry", side };
  if (modifier?.kind === "word" && !side && !MINISTRY_DETERMINERS.has(modifier.lower) && tokens[start]?.lower === "ministry") {
    const field = modifier.text.charAt(0).toUpperCase() + modifier.text.slice(1);
    return { name: `${field} Ministry`, side: sideNear(tokens, start - 1) };
  }
  return memory.lastMinistry ?? { name: "Russian Defence Ministry", side: "russia" };
}

const MINISTRY_DETERMINERS = new Set(["the", "this", "that", "its", "a", "same", "to", "by", "from", "of", "said", "and"]);

/** "his office", "the governor's office": the regional administration of the official last named. */
function officeOf(tokens: Token[], k: number, memory: SpeakerMemory): Found | null {
  const owner = tokens[k]?.lower;
  if ((owner !== "his" && owner !== "her") || tokens[k + 1]?.lower !== "office") return null;
  const region = memory.lastNamed?.region;
  return region ? { source: { name: `${region} Regional Administration`, side: "ukraine" }, start: k, end: k + 2 } : null;
}

/**
 * An organisation named as written: capitalized words joined by "of"/"the"/"for", with a head such as
 * Ministry, Forces, Command, Service, Directorate ("the Ministry of Reintegration", "the Southern Defence Forces").
 */
function orgAt(tokens: Token[], k: number): Found | null {
  if (!tokens[k]?.capitalized) return null;
  let end = k;
  let hasHead = false;
  while (end < tokens.length && end - k < 8) {
    const token = tokens[end];
    if (token?.capitalized) hasHead ||= ORG_HEADS.has(token.lower);
    else if (!(CONNECTORS.has(token.lower) && tokens[end + 1]?.capitalized)) break;
    end++;
  }
  return hasHead && end - k >= 2 ? orgFound(tokens, k, end) : null;
}

function orgEndingAt(tokens: Token[], end: number): Found | null {
  if (!tokens[end - 1]?.capitalized) return null;
  let start = end;
  let hasHead = false;
  while (start > 0 && end - start < 8) {
    const token = tokens[start - 1];
    if (token?.capitalized) hasHead ||= ORG_HEADS.has(token.lower);
    else if (!(CONNECTORS.has(token.lower) && tokens[start - 2]?.capitalized)) break;
    start--;
  }
  if (tokens[start]?.lower === "the") start++;
  return hasHead && end - start >= 2 && tokens[end - 1]?.capitalized ? orgFound(tokens, start, end) : null;
}

function orgFound(tokens: Token[], start: number, end: number): Found | null {
  // "Ukraine's State Emergency Service": a known body after its country keeps its canonical name
  if (SIDE_WORDS.get(bare(tokens[start].lower)) && tokens[start].lower.endsWith("'s")) {
    const known = longestAt(sourcesByFirst, tokens, start + 1);
    if (known && start + 1 + known.words.length === end) return { source: known.source, start, end };
  }
  let lastHead = -1;
  for (let k = start; k < end; k++) if (ORG_HEADS.has(tokens[k].lower)) lastHead = k;
  // after its head a name only continues with "of ..." ("Ministry of Reintegration"), not with a person's name
  if (lastHead < end - 1 && !CONNECTORS.has(tokens[lastHead + 1].lower)) return null;
  const known = longestAt(sourcesByFirst, tokens, start);
  if (known && start + known.words.length === end) return null; // a known body keeps its canonical name
  const words = tokens.slice(start, end).map((t) => t.text);
  if (UNIT_WORDS.has(words[words.length - 1].toLowerCase())) return { source: officials(tokens, start), start, end };
  // a regional police directorate ("Police of Kharkiv Oblast") speaks for the National Police
  if (words.includes("Police") && sideNear(tokens, start) !== "russia") return { source: { name: "National Police of Ukraine", side: "ukraine" }, start, end };
  const office = regionalAdministration(words);
  if (office) return { source: office, start, end };
  return { source: { name: words.join(" ").replace(/ - /g, "-"), side: sideNear(tokens, start) }, start, end };
}

/** "Sumy Oblast Military Administration", "Kharkiv Regional State Administration": one canonical name per region. */
function regionalAdministration(words: string[]): Source | null {
  const match = /^(?:The )?(.+?)(?:'s)? (?:Oblast|Regional|Region) (?:Military |State |Civil-Military )?Administration$/i.exec(words.join(" "));
  const place = match ? placeByVariant(match[1].toLowerCase()) : undefined;
  const centre = place ? REGIONAL_CENTRE[place.name] ?? place.name.replace(/ Oblast$/, "") : undefined;
  return centre ? { name: `${centre} Regional Administration`, side: "ukraine" } : null;
}

/** "the regional administration said" names the region's office after the place the sentence is about. */
function regionalOffice(tokens: Token[], end: number, memory: SpeakerMemory): Found | null {
  let k = end - 1;
  if (tokens[k]?.lower === "office" && tokens[k - 1]?.lower === "prosecutor's") k--;
  const kind = OFFICES.get(tokens[k]?.lower ?? "");
  if (!kind) return null;
  let r = k - 1;
  if (tokens[r]?.lower === "military") r--;
  if (tokens[r]?.lower !== "regional" || tokens[r - 1]?.lower !== "the") return null;
  for (let p = 0; p < tokens.length; p++) {
    const place = tokens[p]?.capitalized ? placeByVariant(bare(tokens[p].lower)) : undefined;
    const centre = place ? REGIONAL_CENTRE[place.name] : undefined;
    if (centre) return { source: { name: `${centre} ${kind}`, side: "ukraine" }, start: r - 1, end };
  }
  const region = kind === "Regional Administration" ? memory.lastNamed?.region : undefined;
  return region ? { source: { name: `${region} ${kind}`, side: "ukraine" }, start: r - 1, end } : null;
}

const OFFICES = new Map([
  ["administration", "Regional Administration"], ["authorities", "Regional Administration"],
  ["prosecutor's", "Regional Prosecutor's Office"], ["office", "Regional Prosecutor's Office"],
]);

type NameMatch = { text: string; surname: string; words: number };

/** Two or three capitalized words that are not places, sides, titles or sentence words. */
function nameAt(tokens: Token[], i: number): NameMatch | null {
  const parts: string[] = [];
  for (let k = i; k < tokens.length && parts.length < 3; k++) {
    const token = tokens[k];
    if (!token?.capitalized || NOT_NAME.has(token.lower) || TITLES.has(token.lower) || SIDE_WORDS.get(token.lower)) break;
    const word = bare(token.lower);
    if (placeByVariant(word) || (startsLongerName(word) && placeByVariant(`${word} ${bare(tokens[k + 1]?.lower ?? "")}`))) break;
    parts.push(token.text.replace(/['’]s$/, ""));
    if (token.lower.endsWith("'s")) break;
  }
  if (!parts.length) return null;
  return { text: parts.join(" "), surname: parts[parts.length - 1].toLowerCase(), words: parts.length };
}

/** Unnamed speakers take the side written right before them ("senior Russian officials"), else Ukraine's. */
function officials(tokens: Token[], at: number): Source {
  let side: Actor = null;
  for (let k = at - 1; k >= Math.max(0, at - 3) && !side; k--) {
    if (tokens[k].kind !== "word") break;
    side = SIDE_WORDS.get(tokens[k].lower) ?? null;
  }
  // "Three people were hurt in Shebekino, regional authorities said": the officials of the place's side
  side ??= tokens.some((t) => t.capitalized && isRussianPlaceWord(t.lower)) ? "russia" : "ukraine";
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
  return !BODIES.has(name) && PERSON_NAME.test(name) && !name.endsWith("officials") && !/Administration|Ministry|Forces|Office/.test(name);
}

function isRussianPlaceWord(word: string): boolean {
  const place = placeByVariant(bare(word));
  return !!place && isInRussia(place);
}

function isAllCaps(text: string): boolean {
  return /^[A-Z]{2,6}$/.test(text);
}

function bare(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}
