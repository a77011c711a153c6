import { isInRussia, placeByVariant } from "./data/gazetteer";
import { SIDE_WORDS } from "./data/sides";
import { GENERIC_MINISTRY, OFFICIAL_WORDS, QUOTE_VERBS, REGIONAL_HEADS, SOURCES, TITLES, UNIT_WORDS, type Source } from "./data/sources";
import { longestAt } from "./phrases";
import { personBySurname, type SpeakerMemory } from "./speaker-memory";
import { FIRST_NAMES } from "./data/first-names";
import { knownPerson, PRIVATE_PEOPLE, currencySide, unitSource, SIDE_ADJECTIVE, regionInSentence, ministryOf, regionalAdministrationOf, centreOfRegionalAdministration, regionalProsecutorOf, OFFICE_WORDS, nameAt, officials, sideNear, isPersonName, bare, sourcesByFirst, type Found, type NameMatch } from "./speaker-names";
import { quoteOpenAfter, type Token } from "./tokenize";
import type { Actor } from "./types";

// Who a short source phrase stands for ("the ministry", "the governor", "the group", a surname), and the word
// lists the phrase and label readers share. Reads tokens and the speaker memory; writes to the memory only what a
// reader learns on the way (the bodies that spoke, a call-sign soldier's name).

/**
 * `frames`: the mention opens its line ("According to X, ...", "Trehubov: ...") and speaks for the rest of the paragraph.
 * `signs`: it signs a headline ("... over past day – General Staff"): the report relays that source.
 */
export type SourceMention = {
  at: number; source: Source; start: number; end: number; weak?: boolean; frames?: boolean; signs?: boolean;
  /** "Citing X, Y said ...": X is the figure's origin, whoever passes it on. */
  cites?: boolean;
  /** "01:47 · Borys Filatov" on a line of its own: who posted what follows. */
  posts?: boolean;
  /** "How the night went: the governor's posts": a heading naming whose posts follow, until another such heading. */
  heads?: boolean;
  /** "Answered ... by Ian Cradock, Minister ...": who holds the floor until the next question. */
  answers?: boolean;
};

/** Last words of the known phrases: a phrase can only end on one of these. */
export const LAST_WORDS = new Set(SOURCES.map((s) => s.words[s.words.length - 1]));

export const MAX_SOURCE_WORDS = Math.max(...SOURCES.map((s) => s.words.length));

/** "the fund said": generic nouns that stand for the body named last. */
export const BODY_NOUNS = new Set(["fleet", "fund", "agency", "organisation", "organization", "mission", "bank", "institute", "company", "operator", "watchdog", "service", "office", "group", "monitor", "council", "committee", "commission", "charity", "authority"]);

/** Local units whose unnamed head speaks for that side's officials. */
export const LOCAL_UNITS = new Set(["district", "hromada", "community", "village", "town", "raion", "settlement"]);

/** Parts of a body that speak for it: "the service's regional department", "the ministry's press office". */
export const UNIT_NOUNS = new Set(["department", "office", "service", "unit", "directorate", "branch", "division"]);

export const DOCUMENT_NOUNS = new Set(["report", "statement", "update", "summary", "bulletin", "briefing", "post", "message"]);

/** What a line naming whose posts follow calls them: "Lysak's message:", "the governor's posts". */
export const POST_NOUNS = new Set([...DOCUMENT_NOUNS, "posts", "messages", "updates", "reports"]);

export const DOCUMENT_MODIFIERS = new Set(["morning", "evening", "daily", "weekly", "latest", "monthly", "regular", "nightly", "new", "own"]);

/** A known source whose last word, in the possessive, is token `at`: "the General Staff's". */
export function longestEndingAt(tokens: Token[], at: number): Source | null {
  for (let start = Math.max(0, at - 6); start <= at; start++) {
    const words = tokens.slice(start, at + 1).map((t, n) => (start + n === at ? bare(t.lower) : t.lower)).join(" ");
    const known = SOURCE_BY_PHRASE.get(words);
    if (known && known.name !== GENERIC_MINISTRY) return known;
  }
  return null;
}

const SOURCE_BY_PHRASE = new Map(SOURCES.map(({ words, source }) => [words.join(" "), source]));

/** Acronyms that begin a known phrase ("UK MoD") are left to the phrase table. */
export const SOURCE_FIRST_WORDS = new Set(SOURCES.map((s) => s.words[0]));

/** A capital speaking for its government: "Kyiv said", "Moscow claims". */
export const CAPITALS = new Map<string, Exclude<Actor, null>>([["kyiv", "ukraine"], ["kiev", "ukraine"], ["moscow", "russia"], ["ukraine", "ukraine"], ["russia", "russia"]]);

export const DASHES = new Set(["—", "–", "-"]);

const ARTICLES = new Set(["a", "an", "the"]);

export const DEMONYMS = new Set(["ukrainians", "russians"]);

export const HEADS = new Set(["head", "chief"]);

const RECENT_BODIES = 12;

/**
 * A body's report standing for it: "the report says", "according to the report". ("the statement says" is
 * left to the quotation rules: on dev it more often closed the quote of a body the sentence before cited.)
 */
export const REPORT_NOUNS = new Set(["report"]);

/** A body that spoke or led a sentence: "it" and "the mission" may be it later. */
export function noteBody(source: Source, memory: SpeakerMemory): void {
  memory.lastBody = source;
  const bodies = (memory.bodies ??= []);
  bodies.push(source);
  if (bodies.length > RECENT_BODIES) bodies.shift();
}

export const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "her"]);

/** The last person named in full before token `end` of this sentence ("... head, Nataliia Hordiienko: according to her"). */
export function personNamedBefore(tokens: Token[], end: number, memory: SpeakerMemory): Source | null {
  for (let k = end - 1; k > 0; k--) {
    if (!tokens[k].capitalized || !tokens[k - 1].capitalized || tokens[k].kind !== "word") continue;
    let first = k - 1;
    while (first > 0 && tokens[first - 1].capitalized && tokens[first - 1].kind === "word") first--;
    const name = nameAt(tokens, first);
    // (a known first name, so that "Storm Shadow" or "Baba Yaga" is no one's name)
    if (name && name.parts >= 2 && first + name.words <= end && FIRST_NAMES.has(tokens[first].lower) && isPersonName(name.text)) {
      return memory.surnames.get(name.surname) ?? knownPerson(name) ?? { name: name.text, side: sideNear(tokens, first) };
    }
    k = first;
  }
  return null;
}

/** "quoted by (the) X", "cited by X" ending just before `start`: the quoting verb's index, or -1. */
export function quotingVerbBefore(tokens: Token[], start: number): number {
  const by = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  return tokens[by]?.lower === "by" && QUOTE_VERBS.has(tokens[by - 1]?.lower ?? "") ? by - 1 : -1;
}

export const UTILITY = /(?:energo|vodokanal|teploenergo)$/;


export const CLOSING_QUOTES = new Set(["”", '"', "»"]);

export const QUOTE_ENDS = new Set([",", ".", "!", "?", "…"]);

/** Whether token k stands inside a quotation opened in this sentence. */
export function isQuoted(tokens: Token[], k: number): boolean {
  let inside = false;
  for (let q = 0; q < k; q++) inside = quoteOpenAfter(tokens[q].text, inside);
  return inside;
}

/** "13 of whom said", "many of them reported": the subject is part of a group the sentence counts. */
export function isCountedGroupSpeaking(tokens: Token[], verb: number): boolean {
  const pronoun = tokens[verb - 1]?.lower;
  return (pronoun === "whom" || pronoun === "them" || pronoun === "those") && tokens[verb - 2]?.lower === "of";
}

/** "the mission", "the agency": the latest body so called ("UN Human Rights Monitoring Mission"), else the body named last. */
export function bodyCalled(noun: string, memory: SpeakerMemory, tokens: Token[], before: number): Source {
  // "Rosaviatsia introduced restrictions ..., the federal agency said": a body the same sentence named
  for (let k = before - 1; k >= 0; k--) {
    const known = tokens[k].capitalized ? longestAt(sourcesByFirst, tokens, k) : null;
    if (known && k + known.words.length <= before && known.source.name !== GENERIC_MINISTRY && !isPersonName(known.source.name) && !known.source.name.endsWith(" officials")) return known.source;
  }
  const bodies = memory.bodies ?? [];
  for (let n = bodies.length - 1; n >= 0; n--) if (bodies[n].name.toLowerCase().includes(noun)) return bodies[n];
  return memory.lastBody!;
}

/** The last body named "... Headquarters ..." ("the Coordination Headquarters for the Treatment of Prisoners of War"), if any. */
export function namedHeadquarters(memory: SpeakerMemory): Source | null {
  const bodies = memory.bodies ?? [];
  for (let n = bodies.length - 1; n >= 0; n--) if (bodies[n].name.toLowerCase().includes("headquarters")) return bodies[n];
  return null;
}

/** A figure starts at k, possibly after a qualifier: "of 11,000", "of about 11,000". */
export function isFigureAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === "num" || tokens[k + 1]?.kind === "num";
}

/** "prosecutors said": the regional prosecutor's office of the (Ukrainian) region the report is about. */
export function prosecutorsOf(memory: SpeakerMemory): Source | null {
  const centre = memory.lastRegionCentre;
  const place = centre ? placeByVariant(centre.toLowerCase()) : undefined;
  return centre && !(place && isInRussia(place)) ? regionalProsecutorOf(centre) : null;
}

/** The article opening the noun phrase that ends at `head` ("a 67-year-old local woman"), or -1. */
export function articleBefore(tokens: Token[], head: number): number {
  for (let k = head - 1; k >= Math.max(0, head - 7); k--) {
    const lower = tokens[k].lower;
    if (lower === "a" || lower === "an" || lower === "one") return k;
    if (tokens[k].capitalized || (tokens[k].kind === "punct" && tokens[k].text !== "-")) return -1;
  }
  return -1;
}

/** Who heads an office: the holder the report named, else the regional head the lexicon knows. */
export function holderOfOffice(office: Source, memory: SpeakerMemory): Source | undefined {
  const named = memory.holders?.get(office.name);
  if (named) return named;
  const centre = centreOfRegionalAdministration(office.name);
  return centre && office.side === "ukraine" ? REGIONAL_HEADS.get(centre) : undefined;
}

/** "head of (the) X" before the office at `start`. */
export function isHeadOf(tokens: Token[], start: number): boolean {
  const of = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  // not "the deputy head of", not "the head of the OVA's press service"
  return tokens[of]?.lower === "of" && HEADS.has(tokens[of - 1]?.lower ?? "") && !DEPUTIES.has(tokens[of - 2]?.lower ?? "");
}

/** Titles that name a holder on their own ("MAYOR:"), unlike adjectives of titles ("Defence:"). */
export const ROLE_TITLES = new Set(["mayor", "governor", "spokesperson", "spokesman", "spokeswoman", "commander", "minister", "president", "ombudsman", "commissioner"]);

/** "a military man", "a police officer": not a private person. */
export const OFFICIAL_MODIFIERS = new Set(["military", "army", "police", "drone", "border", "navy", "former", "retired", "serving"]);

export const DEPUTIES = new Set(["deputy", "acting", "first", "former", "ex"]);

export const OFFICIAL_NOUNS = new Set(["official", "officials"]);

export const PUT_AT_VERBS = new Set(["put", "puts", "putting", "placed", "places"]);

/** Acronyms written in capitals whose lower case is a common word, so the source table cannot list them. */
export const ACRONYM_NAMES = new Map<string, Source>([["WHO", { name: "World Health Organization", side: null }]]);

export const SHOW_VERBS = new Set(["show", "shows", "showed", "suggest", "suggests", "indicate", "indicated", "indicates"]);

/** "put the cost ... at $524 billion": "at" and a figure follow the verb within its clause. */
export function putsAt(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length - 1, verb + 14); k++) {
    if (tokens[k].text === ";") return false;
    if (tokens[k].lower === "at" && (tokens[k + 1].kind === "num" || tokens[k + 1].text === "$" || /^(?:about|around|some|roughly|nearly|almost|more|over|up|at|between|\p{Sc})/u.test(tokens[k + 1].lower))) return true;
  }
  return false;
}

/** Nouns for published numbers: "data from X", "estimates by X". */
export const DATA_NOUNS = new Set(["data", "figures", "figure", "statistics", "estimates", "numbers", "tally", "count", "estimate", "calculations", "information"]);

/** "a bus provided by the Emergencies Ministry", "generators supplied by the EU": a thing handed over, not figures released. */
export function releasesThing(tokens: Token[], verb: number): boolean {
  const object = tokens[verb - 1];
  return !!object && object.kind === "word" && /^[a-z]/.test(object.text) && !DATA_NOUNS.has(object.lower) && !BE.has(object.lower) && !ARTICLES.has(object.lower);
}

/** Verbs of publishing whose passive names the publisher after "by": "figures released by the ministry". */
export const RELEASED = new Set(["released", "provided", "compiled", "gathered", "collected", "issued", "shared", "supplied"]);

const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/**
 * A speech verb that introduces no speaker: an adjective ("an estimated $524 billion") or a passive
 * ("6.3 million refugees are recorded across Europe"), whose subject is what is counted.
 */
export function isNotSpeech(tokens: Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.lower ?? "";
  // "with 97 explosions recorded in 12 hromadas": a participle after what is counted
  const counted = tokens[verb - 1]?.kind === "word" && !tokens[verb - 1].capitalized && tokens[verb - 2]?.kind === "num" && tokens[verb].lower.endsWith("ed");
  // "..., visually confirmed by open-source analysts": a participle with its agent after "by", no subject before it
  const agentAfter = tokens[verb + 1]?.lower === "by" && !tokens[verb - 1]?.capitalized && (tokens[verb - 1]?.text === "," || before.endsWith("ly"));
  return ARTICLES.has(before) || (BE.has(before) && tokens[verb + 1]?.lower !== "that") || counted || agentAfter;
}

export const VERB_ADVERBS = new Set(["also", "later", "specifically", "further", "previously", "has", "have", "had", "reportedly", "then"]);

/** "the Kupiansk RVA": a district's (raion's) military administration, named after its town ("RMA" is the English "regional"). */
export function districtAdministration(place: Token, acronym: Token): Source | null {
  if (acronym.lower !== "rva") return null;
  const town = placeByVariant(bare(place.lower));
  return town?.kind === "city" ? { name: `${town.name} District Military Administration`, side: "ukraine" } : null;
}

/** Words before "department" that keep it a ministry's: "the department", "the defence department". */
export const MINISTRY_DEPARTMENTS = new Set(["the", "defence", "defense", "state", "this", "that", "same"]);

/** "In Kherson region, ... the OVA said": the office of the region the sentence is about. */
export function officeOfSentence(tokens: Token[]): Source | null {
  const centre = regionInSentence(tokens);
  return centre ? regionalAdministrationOf(centre) : null;
}

/**
 * "the head of the Nikopol District Military Administration, Yevhen Yevtushenko,": the person named after
 * the office whose head `of` (the index of "of") introduces. The office's name may be long ("the head of
 * the Main Directorate of the National Police in Kharkiv Oblast, Volodymyr Tymoshko.").
 */
export function headNamedAfter(tokens: Token[], of: number, memory: SpeakerMemory): Found | null {
  for (let j = of + 1; j < Math.min(tokens.length, of + 14); j++) {
    if (tokens[j].text !== ",") continue;
    const named = nameAt(tokens, j + 1);
    const closes = tokens[j + 1 + (named?.words ?? 0)]?.text;
    if (named && named.parts >= 2 && (closes === "," || closes === ":" || closes === "." || closes === undefined)) return personFound(named, memory, tokens, j + 1, false);
    return null;
  }
  return null;
}

/** A soldier named by his call sign: his side's officials, then and whenever the report names him again. */
export function callSignSoldier(tokens: Token[], k: number, memory: SpeakerMemory): Found {
  const source = officials(tokens, k);
  memory.surnames.set(tokens[k].lower, source);
  memory.lastNamed = source;
  return { source, start: k, end: k + 1 };
}

/** "call sign", "callsign", "nom de guerre": a soldier named by a pseudonym. */
export function hasCallSign(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (word === "callsign" || (word === "call" && (tokens[k + 1]?.lower === "sign" || tokens[k + 2]?.lower === "sign"))) return true;
  }
  return false;
}

/** "the Telegram channel Schetovod", "the channel Two Majors": a channel by the name it is given, known or not. */
export function channelNamed(tokens: Token[], k: number): Found | null {
  const at = tokens[k]?.lower === "telegram" && tokens[k + 1]?.lower === "channel" ? k + 2 : tokens[k]?.lower === "channel" ? k + 1 : -1;
  if (at < 0 || !tokens[at]?.capitalized) return null;
  const known = longestAt(sourcesByFirst, tokens, at);
  if (known) return { source: known.source, start: k, end: at + known.words.length };
  let end = at + 1;
  while (end < at + 3 && tokens[end]?.capitalized && tokens[end].kind === "word") end++;
  const name = tokens.slice(at, end).map((t) => t.text).join(" ").replace(/['’]s$/, "");
  return { source: { name, side: null }, start: k, end };
}

/** A person's full name as the report or the lexicon spells it; a surname alone only when known. */
export function personFound(name: NameMatch, memory: SpeakerMemory, tokens: Token[], start: number, isBefore: boolean): Found | null {
  const end = start + name.words;
  const known = personBySurname(memory, name.surname); // the report's own naming first
  if (UNIT_WORDS.has(name.surname)) return unitSource(tokens, start, end); // "a soldier of the 57th Brigade told"
  if (name.parts >= 2) return { source: knownPerson(name) ?? { name: name.text, side: known?.side ?? sideNear(tokens, start) }, start, end };
  return known && (isBefore || name.parts === 1) ? { source: known, start, end } : null;
}

/**
 * "the ministry", "the MoD": the ministry last named, else the Russian one (the usual author of such
 * bulletins). "the agriculture ministry" is another ministry, named as written.
 */
export function resolveGeneric(source: Source, memory: SpeakerMemory, tokens: Token[], start: number): Source {
  const modifier = tokens[start - 1];
  const side = modifier ? SIDE_WORDS.get(modifier.lower) : undefined;
  if (tokens[start]?.lower === "police" && side && side !== "ukraine") return { name: `${SIDE_ADJECTIVE[side]} officials`, side }; // "Russian police said"
  // "Russia's National Guard", "Russian rescuers", "Russia's defense department": Russia's counterpart of a body the lexicon names for another side
  if (side === "russia" && source.side !== "russia") return /defen[cs]e/.test(tokens[start]?.lower ?? "") ? { name: "Russian Defence Ministry", side } : { name: "Russian officials", side };
  if (source.name !== GENERIC_MINISTRY) return source;
  if (side === "russia") return { name: "Russian Defence Ministry", side }; // "Moscow's defence ministry"
  if (side === "ukraine") return { name: "Ukrainian Defence Ministry", side };
  if (modifier?.kind === "word" && !side && !MINISTRY_DETERMINERS.has(modifier.lower) && tokens[start]?.lower === "ministry") {
    const side = sideNear(tokens, start - 1) ?? currencySide(tokens);
    return { name: ministryOf(modifier.text, side), side };
  }
  // a Moldovan site's "the Ministry of Defence said": the host country's, when no other ministry was named
  if (!memory.lastMinistry && memory.host) return { name: `${memory.host} Defence Ministry`, side: "other" };
  return memory.lastMinistry ?? { name: "Russian Defence Ministry", side: "russia" };
}

const MINISTRY_DETERMINERS = new Set(["the", "this", "that", "its", "a", "same", "to", "by", "from", "of", "said", "and"]);

/** "his office", "the governor's office": the regional administration of the official last named. */
export function officeOf(tokens: Token[], k: number, memory: SpeakerMemory): Found | null {
  const owner = tokens[k]?.lower;
  if ((owner !== "his" && owner !== "her") || tokens[k + 1]?.lower !== "office") return null;
  const region = memory.lastNamed?.region;
  return region ? { source: regionalAdministrationOf(region), start: k, end: k + 2 } : null;
}

/** Every lower-case word some rule of sourceEndingAt can end a source on (known names, officials, titles, offices). */
export const LOWER_ENDINGS = new Set([
  ...LAST_WORDS, ...OFFICIAL_WORDS, ...OFFICIAL_NOUNS, ...PRIVATE_PEOPLE, ...TITLES, ...DEMONYMS, ...OFFICE_WORDS,
]);
