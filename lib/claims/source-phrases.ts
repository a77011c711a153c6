import { placeByVariant, regionalCentreOf, STREET_WORDS, isInRussia } from "./data/gazetteer";
import { FIRST_NAMES, isFirstName } from "./data/first-names";
import { SIDE_WORDS } from "./data/sides";
import { ACRONYM_NAMES, CITY_OFFICE_ACRONYMS, GENERIC_MINISTRY, GOVERNORS, MAYORS, OCCUPATION_HEADS, OFFICE_HOLDERS, REGIONAL_OFFICE_ACRONYMS, OFFICIAL_WORDS, ORG_HEADS, PEOPLE, SPEECH_VERBS, SPOKESPERSON_WORDS, TITLES, UNIT_WORDS, SOURCES, type Source } from "./data/sources";
import { isLoneName, PLACE_PREPOSITIONS } from "./lone-names";
import { longestAt } from "./phrases";
import { personBySurname, type SpeakerMemory } from "./speaker-memory";
import { NOT_NAME, ACRONYM, isKoreanGivenNameAt, MEMBER_OF, placeStartingAt, UNIT_VOICES, cityMilitaryAdministration, governorOf, isAcronym, phraseEndingAt, LOCAL_RESIDENTS, PRIVATE_PEOPLE, unitSource, isPrivatePersonAt, SIDE_ADJECTIVE, orgAt, orgEndingAt, linkedNameAt, linkedNameEndingAt, regionalOffice, localOffice, regionalAdministration, regionInSentence, mayorBefore, nameAt, officials, isPersonName, bare, sourcesByFirst, firstNameWithin, REGION_NOUNS, type Found, regionalAdministrationOf, regionalProsecutorOf, OFFICE_WORDS, PLATFORMS, embassyEndingAt } from "./speaker-names";
import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, type Token } from "./tokenize";
import { BODY_NOUNS, bodyCalled, bodyMentionedBefore, unitMentionedBefore, namedInSentence, DATA_NOUNS, DEMONYMS, DOCUMENT_MODIFIERS, DOCUMENT_NOUNS, HEADS, LAST_WORDS, longestEndingAt, MAX_SOURCE_WORDS, OFFICIAL_NOUNS, UNNAMED_NOUNS, latestBody, personFound, possessiveSourceEndingAt, TITLE_END_WORDS, resolveGeneric, UNIT_NOUNS } from "./source-resolution";
import type { Actor } from "./types";

// Reading one source phrase around a speech verb: "X said", "said X", "according to X", "citing X", with an
// appositive skipped ("Vitaliy Barabash, head of ..., said").

/** Local units whose unnamed head speaks for that side's officials. */
const LOCAL_UNITS = new Set(["district", "hromada", "community", "village", "town", "raion", "settlement"]);

/** A body's documents that speak for it after its possessive: its reports and updates, one or many, and its map. */
export const OWNED_DOCUMENTS = new Set([...DOCUMENT_NOUNS, ...[...DOCUMENT_NOUNS].map((noun) => (noun === "summary" ? "summaries" : `${noun}s`)), "map", "maps", "survey", "surveys", "study", "studies", "analysis", "analyses", "assessment", "assessments", "poll", "polls"]);

/** Acronyms that begin a known phrase ("UK MoD") are left to the phrase table. */
const SOURCE_FIRST_WORDS = new Set(SOURCES.map((s) => s.words[0]));

/** Words that tie a country to the name before it: "the mission in Ukraine", "the Commission of Inquiry on Ukraine". */
const PLACE_OF_NAME = new Set(["in", "of", "on", "for", "to"]);

/** A capital speaking for its government: "Kyiv said", "Moscow claims". */
const CAPITALS = new Map<string, Exclude<Actor, null>>([["kyiv", "ukraine"], ["kiev", "ukraine"], ["moscow", "russia"], ["ukraine", "ukraine"], ["russia", "russia"]]);

/** A possessive's ending, with either apostrophe: "the OVA's", "the OVA’s". */
const POSSESSIVE_END = /['’]s$/;

const TIME_ZONES = new Set(["GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "ET", "PT", "PST", "PDT", "KYIV"]);

/**
 * "OCHA Ukraine said", "UNICEF Ukraine reported": an international body's country office, named by the body and the
 * country, is that body; the country is not its government speaking. `country` is the country's token.
 */
function countryOfficeBefore(tokens: Token[], country: number): Found | null {
  const before = country - 1;
  if (before < 0 || tokens[before].kind !== "word" || !tokens[country].spaced) return null;
  const known = phraseEndingAt(tokens, before, true);
  if (known) return known.source.side === null ? { source: known.source, start: known.start, end: country + 1 } : null;
  const acronym = tokens[before].text;
  // (not a liveblog stamp's time zone: "08.31 GMT Russia says ...")
  if (!ACRONYM.test(acronym) || REGIONAL_OFFICE_ACRONYMS.has(acronym.toLowerCase()) || TIME_ZONES.has(acronym) || tokens[before - 1]?.kind === "num") return null;
  return { source: ACRONYM_NAMES.get(acronym) ?? { name: acronym, side: null }, start: before, end: country + 1 };
}

/**
 * A body's report standing for it: "the report says", "according to the report". ("the statement says" is
 * left to the quotation rules: on dev it more often closed the quote of a body the sentence before cited.)
 */
const REPORT_NOUNS = new Set(["report", "statement"]);

const UTILITY = /(?:energo|vodokanal|teploenergo)$/;


const QUOTE_ENDS = new Set([",", ".", "!", "?", "…"]);

/** "a military man", "a police officer": not a private person. */
const OFFICIAL_MODIFIERS = new Set(["military", "army", "police", "drone", "border", "navy", "former", "retired", "serving"]);

/** A speech verb after "the official" that no noun shares ("the official said", not "the official report"). */
const OFFICIAL_SPEAKS = new Set(["said", "says", "told", "tells", "added", "adds", "noted", "wrote", "writes", "stated", "explained", "confirmed", "reported", "stressed", "warned", "claimed", "announced"]);

// (and an intensifying pronoun: "The service itself said 140 rescuers were at the scene")
const VERB_ADVERBS = new Set(["also", "later", "specifically", "further", "previously", "has", "have", "had", "reportedly", "then", "now", "still", "already", "itself", "himself", "herself", "themselves"]);

/** Words before "department" that keep it a ministry's: "the department", "the defence department". */
const MINISTRY_DEPARTMENTS = new Set(["the", "defence", "defense", "state", "this", "that", "same"]);

/** A trade's people speaking as a group, unnamed: "brokers said", "according to traders". */
const TRADE_PEOPLE = new Set(["brokers", "shipbrokers", "traders", "underwriters", "insurers", "shipowners"]);

/** Private people speaking as a group, unnamed: "Residents said", "according to witnesses". */
const RESIDENT_GROUPS = new Set(["residents", "locals", "witnesses", "eyewitnesses"]);

/** Every lower-case word some rule of sourceEndingAt can end a source on (known names, officials, titles, offices). */
const LOWER_ENDINGS = new Set([
  "channel", "indictment", ...TRADE_PEOPLE, ...RESIDENT_GROUPS, ...LOCAL_UNITS, "starosta", "head", "chief", ...LAST_WORDS, ...OFFICIAL_WORDS, ...OFFICIAL_NOUNS, ...PRIVATE_PEOPLE, ...TITLES, ...DEMONYMS, ...OFFICE_WORDS,
]);

const MAX_APPOSITIVE = 32;

/**
 * "The UN Development Programme, which funds SES demining units, reports": a relative clause closed by
 * the comma at `comma` right before the verb; the source it describes, named before ", which".
 */
function relativeClauseAntecedent(tokens: Token[], comma: number, memory: SpeakerMemory, verb: number): Found | null {
  // (an appositive may run long: "DeepState, a Ukrainian group that maps the fighting using combat footage and satellite images
  // and has close ties to the Ukrainian military, said")
  for (let r = comma - 1; r >= 1 && r > comma - MAX_APPOSITIVE; r--) {
    const word = tokens[r].lower;
    // "The HALO Trust, a British charity that has worked in Ukraine since 2016, says": what the appositive describes
    if (word === "," && (tokens[r + 1].lower === "a" || tokens[r + 1].lower === "an")) return antecedentEndingAt(tokens, r, memory);
    // "Valery Gerasimov, appearing on state television next to Vladimir Putin, reported ...", "Gerasimov himself, reporting to
    // Putin ..., put ...": the subject the participle's phrase describes, not a name inside it
    // ("Mediazona and the BBC Russian Service, working with volunteers, have confirmed ...": the first of a joint subject)
    if (word === "," && isParticiple(tokens[r + 1])) {
      // (not an official left unnamed, "A Russian military official, speaking on condition of anonymity in line with ministry
      // rules, told ...", whose ministry the phrase gives)
      const described = antecedentEndingAt(tokens, REFLEXIVES.has(tokens[r - 1]?.lower ?? "") ? r - 1 : r, memory);
      if (described && !described.source.name.endsWith(" officials")) return firstConjunct(tokens, described, memory) ?? described;
    }
    if (word === "," || word === ";" || tokens[r].kind === "punct" && word !== "-") return null;
    // ("Oleksii Danylchenko, spokesperson for the 59th Brigade, which holds ...": the person before the body)
    if ((word === "which" || word === "who" || word === "whose") && tokens[r - 1].text === ",") {
      // "Oryx, which uses a similar method, lists ...": a body by a one-word name ("who" would make it a person, unnamed in full)
      const lone = word === "which" && isLoneName(tokens, r - 2, verb);
      // ("Major Taras Bilyk, 41, who commands a battalion ..., says": the person before his age)
      const named = tokens[r - 2]?.kind === "num" && tokens[r - 3]?.text === "," ? r - 3 : r - 1;
      const antecedent = antecedentEndingAt(tokens, named, memory);
      return (antecedent && firstConjunct(tokens, antecedent, memory)) ?? antecedent ?? (lone ? { source: { name: tokens[r - 2].text, side: null }, start: r - 2, end: r - 1 } : null) ?? describedBody(tokens, named);
    }
  }
  return null;
}

/** A lower-case word in "-ing" opening a participle's phrase: "appearing", "reporting", "speaking". */
function isParticiple(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && !token.capitalized && token.lower.length > 4 && token.lower.endsWith("ing");
}

const REFLEXIVES = new Set(["himself", "herself", "itself", "themselves"]);

/**
 * "Mediazona and the BBC Russian Service, which count the dead by name, have confirmed ...": of two bodies named as one
 * subject, the first, as "X, together with Y, has confirmed" gives X.
 */
function firstConjunct(tokens: Token[], second: Found, memory: SpeakerMemory): Found | null {
  const and = tokens[second.start - 1]?.lower === "the" ? second.start - 2 : second.start - 1;
  if (tokens[and]?.lower !== "and") return null;
  const first = antecedentEndingAt(tokens, and, memory);
  // (the first may open the sentence after words describing it: "The Russian independent outlet Mediazona and the BBC ...")
  return first && tokens.slice(0, first.start).every((token) => token.kind === "word" && !SPEECH_VERBS.has(token.lower)) ? first : null;
}

/**
 * "The DeepState monitoring group, which ...": a known body named before the common nouns that say what it is, the phrase
 * ending at `end`.
 */
function describedBody(tokens: Token[], end: number): Found | null {
  for (let k = end - 2; k >= Math.max(0, end - 1 - MAX_DESCRIPTION); k--) {
    if (!tokens[k].capitalized) continue;
    const known = longestAt(sourcesByFirst, tokens, k);
    const rest = known ? tokens.slice(k + known.words.length, end) : [];
    if (known && known.source.name !== GENERIC_MINISTRY && rest.length > 0 && rest.every((t) => t.kind === "word" && !t.capitalized) && DESCRIBING_NOUNS.has(rest[rest.length - 1].lower)) return { source: known.source, start: k, end };
  }
  return null;
}

/** How many common nouns may describe a body after its name: "monitoring group", "open-source mapping project". */
const MAX_DESCRIPTION = 4;
/** What such a description ends in: a body's noun ("monitoring group", "mapping project"), not a verb ("The SBU detained ..."). */
const DESCRIBING_NOUNS = new Set([...BODY_NOUNS, "project", "team", "network", "initiative", "platform", "channel", "movement"]);

/** The title of a national office ending at `end`, and where it starts: "defence minister", "commander-in-chief". */
function officeTitleEndingAt(tokens: Token[], end: number): { title: string; start: number } | null {
  const last = tokens[end - 1].lower;
  if (!OFFICE_LAST_WORDS.has(last)) return null;
  const before = tokens[end - 2]?.lower ?? "";
  if (last === "ombudsman" && before === "rights" && tokens[end - 3]?.lower === "human") return { title: last, start: end - 3 }; // "human rights ombudsman"
  // the ombudsman by the office's own name: "the Ukrainian Parliament Commissioner for Human Rights", "Russia's High
  // Commissioner for Human Rights"
  if (last === "rights" && before === "human" && tokens[end - 3]?.lower === "for" && tokens[end - 4]?.lower === "commissioner") {
    return { title: "ombudsman", start: tokens[end - 5]?.lower === "high" ? end - 5 : end - 4 };
  }
  if (last === "president" || last === "ombudsman") return { title: last, start: end - 1 };
  if (last === "spokesman" || last === "spokesperson") return { title: "spokesman", start: end - 1 };
  if (last === "minister" && (before === "defence" || before === "defense")) return { title: "defence minister", start: end - 2 };
  if (last === "minister" && (before === "foreign" || before === "prime")) return { title: `${before} minister`, start: end - 2 };
  if (last === "chief" && before === "-" && tokens[end - 3]?.lower === "in" && tokens[end - 5]?.lower === "commander") return { title: "commander-in-chief", start: end - 5 };
  return null;
}

const OFFICE_LAST_WORDS = new Set(["president", "ombudsman", "spokesman", "spokesperson", "minister", "chief", "rights"]);
/** Between a side and its ombudsman's title: "the Ukrainian Parliament Commissioner", "the Verkhovna Rada Commissioner". */
const PARLIAMENT_WORDS = new Set(["parliament", "parliamentary", "rada"]);

/** A line that is an office's title alone ("UKRAINIAN PARLIAMENT COMMISSIONER FOR HUMAN RIGHTS"): its holder on `date`. */
export function officeHolderOf(tokens: Token[], date: string | null): Source | null {
  const holder = tokens.length ? officeHolderEndingAt(tokens, tokens.length, date) : null;
  return holder && holder.start === 0 ? holder.source : null;
}

const MAX_OFFICE_WORDS = 8;
/** Where the noun phrase from token i ends: the first punctuation mark (a hyphen apart) or the sentence's end, -1 past MAX_OFFICE_WORDS. */
function phraseEndAfter(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k <= i + MAX_OFFICE_WORDS; k++) if (tokens[k].kind === "punct" && tokens[k].text !== "-" && tokens[k].text !== "'") return k;
  return tokens.length <= i + MAX_OFFICE_WORDS ? tokens.length : -1;
}

/** "the Ukrainian president", "Russia's defence minister", "the Kremlin spokesman": who held the office on the report's date. */
function officeHolderEndingAt(tokens: Token[], end: number, date: string | null, lastNamed: Source | null = null): Found | null {
  const office = officeTitleEndingAt(tokens, end);
  if (!office) return null;
  // ("the Ukrainian Parliament Commissioner for Human Rights": the side before the parliament; the Verkhovna Rada is Ukraine's)
  const parliament = PARLIAMENT_WORDS.has(tokens[office.start - 1]?.lower ?? "") ? office.start - 1 : office.start;
  const rada = parliament < office.start && tokens[parliament].lower === "rada";
  const radaAt = rada && tokens[parliament - 1]?.lower === "verkhovna" ? parliament - 1 : parliament;
  // (the Rada's own name opens the office when no article or side word stands before it: "VERKHOVNA RADA COMMISSIONER ...")
  const ownerAt = rada && tokens[radaAt - 1]?.lower !== "the" ? radaAt : radaAt - 1;
  const owner = tokens[ownerAt];
  // "Tatyana Moskalkova said ... The ombudsman said": the holder of the office just named, whatever the side
  if (owner?.lower === "the" && lastNamed && OFFICE_HOLDERS.some((h) => h.title === office.title && h.name === lastNamed.name)) return { source: lastNamed, start: ownerAt, end };
  const side = rada ? "ukraine" : owner?.lower === "kremlin" ? "russia" : owner ? SIDE_WORDS.get(bare(owner.lower)) : undefined;
  if (side !== "ukraine" && side !== "russia") return null;
  // (the Kremlin's spokesman is the president's; no other side's spokesman is known by title alone)
  if (office.title === "spokesman" && owner.lower !== "kremlin") return null;
  const holder = OFFICE_HOLDERS.find((h) => h.side === side && h.title === office.title && (!date || ((!h.from || h.from <= date) && (!h.to || date < h.to))));
  if (!holder) return null;
  const start = Math.max(0, tokens[ownerAt - 1]?.lower === "the" ? ownerAt - 1 : ownerAt);
  return { source: PEOPLE.get(holder.name.slice(holder.name.lastIndexOf(" ") + 1).toLowerCase()) ?? { name: holder.name, side }, start, end };
}

/** Words of a platform that name no channel: "the Telegram channel". */
const PLATFORM_WORDS = new Set(["telegram", "youtube", "the", "its", "his", "her", "their", "a"]);

/** "The Two Majors channel" or "the Telegram channel Two Majors" ending at `end`: the channel, by the name as written. */
function namedChannelEndingAt(tokens: Token[], end: number): Found | null {
  const last = tokens[end - 1];
  // (the cheap test first: "channel" ends the name or stands at most three words before its end)
  if (last.lower !== "channel" && tokens[end - 2]?.lower !== "channel" && tokens[end - 3]?.lower !== "channel" && tokens[end - 4]?.lower !== "channel") return null;
  // (right before its verb only: "In an interview with the state channel Rossiya-24 in April, the head ... said" is the head's)
  if (!SPEECH_VERBS.has(tokens[end]?.lower ?? "")) return null;
  let start = last.lower === "channel" ? end - 1 : end;
  const nameEnd = start;
  while (start > 0 && nameEnd - start < 3 && tokens[start - 1].kind === "word" && tokens[start - 1].capitalized && !PLATFORM_WORDS.has(tokens[start - 1].lower)) start--;
  if (last.lower === "channel") {
    if (start === nameEnd) return null;
    return { source: { name: wordsOf(tokens, start, nameEnd), side: null }, start, end };
  }
  // ("the Telegram channel Two Majors reported": the name after the noun)
  if (start === end || tokens[start - 1]?.lower !== "channel") return null;
  return { source: { name: wordsOf(tokens, start, end), side: null }, start: start - 1, end };
}

function wordsOf(tokens: Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.text).join(" ");
}

/** Words in "-ly" that are no adverbs of a verb ("weekly" reports, an "assembly"). */
const NOT_MANNER = new Set(["weekly", "monthly", "yearly", "hourly", "nightly", "quarterly", "assembly", "family", "supply", "reply", "friendly", "elderly"]);

/** "Oryx has visually confirmed", "the ministry publicly reported": an adverb of manner between the subject and its verb. */
function isMannerAdverb(token: Token): boolean {
  return token.kind === "word" && !token.capitalized && token.lower.length >= 6 && token.lower.endsWith("ly") && !NOT_MANNER.has(token.lower);
}

/** The source a relative clause or appositive describes, ending at `end`. */
function antecedentEndingAt(tokens: Token[], end: number, memory: SpeakerMemory): Found | null {
  const found = sourceEndingAt(tokens, end, memory);
  return found && (holderOf(tokens, found, memory) ?? found);
}

/**
 * "the command", "the administration", "the embassy" (said, according to): the body of that kind that spoke last, else no
 * one ("the administration" in a US story is the White House, which no rule here names; "command" is an army's too).
 */
const SPOKEN_BODY_KINDS = new Map<string, (name: string) => boolean>([
  // ("Poland's Operational Command"; or a front's forces, whose command speaks for them: "the Southern Defence Forces")
  ["command", (name) => name.endsWith(" command") || name.endsWith(" defence forces")],
  ["administration", (name) => name.endsWith(" administration")], // "the Kherson City Military Administration"
  ["embassy", (name) => name.includes(" embassy")], // "the South Korean Embassy in Ukraine"
]);

/** The body a definite "the command", "the administration", "the embassy" at `k` stands for, from those that spoke. */
function spokenBody(tokens: Token[], k: number, memory: SpeakerMemory): Source | undefined {
  const kind = tokens[k - 1]?.lower === "the" ? SPOKEN_BODY_KINDS.get(tokens[k]?.lower ?? "") : undefined;
  return kind ? latestBody(memory, kind) : undefined;
}

/** The body a sentence opens with, as its subject: "The Civil Aviation Authority closed ...", "Sumyoblenergo restored ...". */
function bodyOpening(tokens: Token[], before: number): Source | null {
  const at = tokens[0]?.lower === "the" ? 1 : 0;
  const known = tokens[at]?.capitalized ? longestAt(sourcesByFirst, tokens, at) : null;
  // (a one-word name only as itself, "Sumyoblenergo": "Police cordoned off ..." capitalises a common noun, no body's name)
  const named = known && (known.words.length > 1 || known.source.name.toLowerCase() === tokens[at].lower);
  if (known && named && at + known.words.length < before && !isPersonName(known.source.name) && known.source.name !== GENERIC_MINISTRY) return known.source;
  const org = known ? null : orgAt(tokens, at);
  return org && org.end < before && org.end - org.start >= 2 ? org.source : null;
}

/** Whether the bracket opening at `open` closes a transcript's label: "(Suspilne Kherson):". */
function labelBracket(tokens: Token[], open: number): boolean {
  for (let k = open + 1; k < Math.min(tokens.length, open + 8); k++) if (tokens[k].text === ")") return tokens[k + 1]?.text === ":";
  return false;
}

export function sourceBefore(tokens: Token[], verb: number, memory: SpeakerMemory): Found | null {
  let k = verb - 1;
  while (k >= 0 && (VERB_ADVERBS.has(tokens[k].lower) || isMannerAdverb(tokens[k]))) k--;
  // "the Coastal Command on Telegram reported": where it spoke
  if (k > 0 && PLATFORMS.has(tokens[k].lower) && tokens[k].capitalized && tokens[k - 1].lower === "on") k -= 2;
  // ('A drone operator with the 28th Brigade, call sign "Kit," said': the soldier before his call sign, whose quotation marks
  // close no quotation; 'A 22-year-old pilot with the call sign "Lis" says': the soldier his call sign names, his side's officials)
  const signed = beforeCallSign(tokens, k);
  if (signed) return sourceBefore(tokens, signed.before + 1, memory) ?? { source: officials(tokens, signed.name), start: signed.name, end: signed.name + 1 };
  // '"Ukraine is now ...," said Anders Kjeldsen': the speaker follows; the quotation's words are not him
  if (CLOSING_QUOTE_MARKS.has(tokens[k]?.text ?? "") && QUOTE_ENDS.has(tokens[k - 1]?.text ?? "")) return null;
  // "Maksym Hordiichuk, 31, told": the speaker's age between name and verb
  if (tokens[k]?.text === "," && tokens[k - 1]?.kind === "num" && tokens[k - 2]?.text === "," && tokens[k - 3]?.capitalized) k -= 3;
  if (k < 0) return null;
  // UN coverage's speakers in capitals: "HELENA MARQUARDT, Director of Operations ... (OCHA), said": the person, not the
  // body of her title's appositive
  // (not a transcript's label, "YEVHENIIA VASYLIEVA (Suspilne Kherson): ... Vladimir Saldo says ...": its speaker quotes another)
  // (the subject of its own verb only, not of one in what it said: "..., said that the Mission has verified 11,743 ...")
  const shoutedOpener = verb <= 30 && (tokens[2]?.text === "," || (tokens[2]?.text === "(" && !labelBracket(tokens, 2))) && !saysBefore(tokens, 3, verb) ? nameInCapitalsEndingAt(tokens, 2) : null;
  if (shoutedOpener) return shoutedOpener;
  // "Ukrzaliznytsia (UZ, Ukrainian Railways) has reported": the name before its bracketed acronym or gloss
  if (tokens[k].text === ")") return namedBeforeGloss(tokens, k, verb, memory);
  const antecedent = tokens[k]?.text === "," ? relativeClauseAntecedent(tokens, k, memory, verb) : null;
  if (antecedent) return antecedent;
  // "The General Staff's morning update put ...": the body whose document speaks
  // ("The General Staff's daily reports put ...", "Rybar's map puts ...": its documents, its map)
  if (OWNED_DOCUMENTS.has(tokens[k].lower)) {
    let owner = k - 1;
    while (owner > 0 && DOCUMENT_MODIFIERS.has(tokens[owner].lower)) owner--;
    if (owner >= 0 && /['’]s$/.test(tokens[owner].text)) {
      const known = longestEndingAt(tokens, owner);
      if (known) return { source: known, start: owner, end: k + 1 };
    }
  }
  // "Two people are in hospital, his office said": the regional administration of the head last named
  // ("His administration said that 1,141 people ... had been taken out": the same)
  const office = (tokens[k].lower === "office" || tokens[k].lower === "administration") && k > 0 ? officeOf(tokens, k - 1, memory) : null;
  if (office) return office;
  // "the service's regional department said", "the ministry's press office said": the body so called
  const owner = UNIT_NOUNS.has(tokens[k].lower) ? [k - 1, k - 2].find((p) => p >= 1 && tokens[p].lower.endsWith("'s")) ?? -1 : -1;
  if (owner > 0 && tokens[owner - 1].lower === "the" && BODY_NOUNS.has(bare(tokens[owner].lower)) && memory.lastBody) {
    return { source: bodyCalled(bare(tokens[owner].lower), memory, tokens, owner - 1), start: owner - 1, end: k + 1 };
  }
  const pronoun = tokens[k].lower;
  const person = memory.lastNamed ?? memory.lastPerson;
  if ((pronoun === "he" || pronoun === "she") && person) return { source: person, start: k, end: k + 1 };
  // "From my flat in central Kyiv I counted at least 20 explosions": the writer, no name before the pronoun
  if (pronoun === "i") return null;
  // ("..., and it now puts total Russian losses at ...": with no body named before, "it" is no earlier name of the sentence)
  // ("Sumyoblenergo restored power to 4,100 customers by noon, it said": the body the sentence opens with, over the one
  // that spoke before)
  if (pronoun === "it" && tokens[k - 1]?.text === ",") {
    const subject = bodyOpening(tokens, k);
    if (subject) return { source: subject, start: k, end: k + 1 };
  }
  if (pronoun === "it" || pronoun === "they") return memory.lastBody ? { source: memory.lastBody, start: k, end: k + 1 } : null;
  // "the Headquarters said": the headquarters the report named, if it named one ("the operational headquarters" is no other body)
  const headquarters = pronoun === "headquarters" && tokens[k - 1]?.lower === "the" ? namedHeadquarters(memory) : null;
  if (headquarters) return { source: headquarters, start: k - 1, end: k + 1 };
  // "Belgorod's operational headquarters", "the regional operational headquarters": a Russian region's crisis staff, its administration
  const staff = pronoun === "headquarters" && tokens[k - 1]?.lower === "operational" ? operationalHeadquarters(tokens, k - 1, memory) : null;
  if (staff) return staff;
  // "..., the report says": the report of the body named last
  if (REPORT_NOUNS.has(pronoun) && tokens[k - 1]?.lower === "the" && memory.lastBody) return { source: memory.lastBody, start: k - 1, end: k + 1 };
  // "..., the district administrations report", "the district administration said": a district's unnamed office, the side's officials
  if ((pronoun === "administration" || pronoun === "administrations") && tokens[k - 1]?.lower === "district" && tokens[k - 2]?.lower === "the") {
    return { source: officials(tokens, k - 2), start: k - 2, end: k + 1 };
  }
  // "..., the administration said", "the command said", "the embassy said": the body of that kind that spoke before
  const spoken = spokenBody(tokens, k, memory);
  if (spoken) return { source: spoken, start: k - 1, end: k + 1 };
  // "In Zaporizhzhia, ..., the city council reported": the council of the city the sentence names, not the body last named
  const council = pronoun === "council" && tokens[k - 1]?.lower === "city" ? localOffice(tokens, k + 1, memory) : null;
  if (council) return council;
  // "the fund said", "the agency added", "the think tank estimated": the body last named
  // (an adjective may come between: "the federal agency said", "the UN agency said")
  let article = pronoun === "tank" && tokens[k - 1]?.lower === "think" ? k - 2 : k - 1;
  if (BODY_NOUNS.has(pronoun) && tokens[article]?.lower !== "the" && tokens[article]?.kind === "word" && !tokens[article].capitalized && tokens[article - 1]?.lower === "the") article--;
  // (before any body spoke, the one the sentence names with that noun: "The European Commission pledged ..., the Commission said")
  if ((BODY_NOUNS.has(pronoun) || article === k - 2) && tokens[article]?.lower === "the") {
    // (and before any spoke, the known body the page named last by that noun, capitalised as its name is: "... spoke for the
    // State Border Guard Service. ..., the Service said"; not "the ambulance service said")
    const body = memory.lastBody
      ? bodyCalled(pronoun, memory, tokens, article)
      : namedInSentence(pronoun, tokens, article) ?? (article === k - 1 && tokens[k].capitalized ? bodyMentionedBefore(memory, tokens[0].start, ` ${pronoun}`) : null);
    if (body) return { source: body, start: article, end: k + 1 };
  }
  // "the head of the DPR said": the occupation's head the lexicon knows for that "republic"
  const headOf = tokens[k - 1]?.lower === "the" && tokens[k - 2]?.lower === "of" && tokens[k - 3]?.lower === "head" ? OCCUPATION_HEADS.get(pronoun) : undefined;
  if (headOf) return { source: headOf, start: tokens[k - 4]?.lower === "the" ? k - 4 : k - 3, end: k + 1 };
  // "The IMF said": an organisation by its acronym, as written, right before the verb
  if (isAcronym(tokens[k].text) && memory.acronyms?.has(pronoun)) return { source: memory.acronyms.get(pronoun)!, start: k, end: k + 1 };
  // (not the last word of a longer name the lexicon knows: "DeepState UA reported" is DeepState)
  // (not an office's, "the MVA said", which is the one the report named: read below)
  // (not in a line all in capitals, whose every word looks like one: "WHAT THE ENEMY SAYS")
  if (ACRONYM.test(tokens[k].text) && !(tokens[verb]?.text.length > 1 && tokens[verb].text === tokens[verb].text.toUpperCase()) && !SOURCE_FIRST_WORDS.has(pronoun) && !REGIONAL_OFFICE_ACRONYMS.has(pronoun) && !CITY_OFFICE_ACRONYMS.has(pronoun) && !((phraseEndingAt(tokens, k, true)?.start ?? k) < k)) {
    return { source: ACRONYM_NAMES.get(tokens[k].text) ?? { name: tokens[k].text, side: null }, start: k, end: k + 1 };
  }
  // "BBC Russian, together with the independent outlet Mediazona, has confirmed": the subject, not its partner (a joint count
  // goes to the first named)
  for (let j = 1; j < k - 2; j++) {
    if (tokens[j].text !== "," || !ACCOMPANIED.has(tokens[j + 1]?.lower ?? "") || tokens[j + 2]?.lower !== "with") continue;
    const subject = sourceEndingAt(tokens, j, memory);
    if (subject && subject.start <= 1) return subject;
    break;
  }
  // "The Belarusian Defence Ministry announced an inspection of the 5th Brigade and said ...": a second verb of the
  // sentence's subject, not of the object just before it
  if (tokens[k].lower === "and") {
    const subject = subjectOpening(tokens, k, memory);
    if (subject) return subject;
  }
  // Skip one appositive: "Vitaliy Barabash, head of Avdiivka's military administration, told"
  const limit = Math.max(0, verb - 18);
  for (let end = k + 1; end > limit; end--) {
    const found = sourceEndingAt(tokens, end, memory);
    // "The 28th Separate Mechanized Brigade named after the Knights of the Winter Campaign has published": the unit, not its patron
    const named = found ? namedAfterBefore(tokens, found.start) : -1;
    if (named > 0) {
      const unit = sourceEndingAt(tokens, named, memory);
      if (unit) return unit;
    }
    // "The BBC's Russian service and the independent outlet Mediazona have confirmed": the first of the pair speaks
    const partner = found ? firstOfPair(tokens, found, memory) : null;
    if (partner) return partner;
    // "A source in the city administration told Pivdennyi Kurier": an unnamed insider, the side's officials, not the body
    const insider = found ? insiderOf(tokens, found.start) : -1;
    if (insider >= 0) return { source: officials(tokens, insider), start: insider, end: found!.end };
    if (found) return holderOf(tokens, found, memory) ?? titledOpener(tokens, found, k, memory) ?? found;
    // "Ukrzaliznytsia says", "Grid operator Fingrid said": a name no list holds, right before the verb
    if (end === k + 1 && isLoneName(tokens, k, verb)) return { source: { name: tokens[k].text, side: null }, start: k, end: k + 1 };
    if (tokens[end - 1]?.text === ";" || tokens[end - 1]?.lower === "that") break;
    // ('"... including an American M113 armoured personnel carrier," the expert said': no speaker inside the quotation)
    if (CLOSING_QUOTE_MARKS.has(tokens[end - 1]?.text ?? "") && QUOTE_ENDS.has(tokens[end - 2]?.text ?? "") && end - 1 > k - 3) break;
  }
  return null;
}

/**
 * "Apti Alaudinov, commander of the Akhmat special forces and deputy head of the Main Military-Political Directorate of the
 * Russian Armed Forces, told TASS": the person opening the sentence whose title's apposition, however long, ends in the body
 * found before the verb's comma at `comma`.
 */
function titledOpener(tokens: Token[], found: Found, comma: number, memory: SpeakerMemory): Found | null {
  if (tokens[comma]?.text !== "," || !FIRST_NAMES.has(tokens[0]?.lower ?? "")) return null;
  const name = nameAt(tokens, 0);
  if (!name || name.parts < 2 || tokens[name.words]?.text !== "," || found.start <= name.words) return null;
  const title = tokens[name.words + 1];
  if (!title || title.capitalized || !(TITLES.has(title.lower) || APPOSITION_OPENERS.has(title.lower))) return null;
  for (let j = name.words + 1; j < comma; j++) if (SPEECH_VERBS.has(tokens[j].lower) || tokens[j].kind === "num") return null;
  return personFound(name, memory, tokens, 0, true);
}
const APPOSITION_OPENERS = new Set(["the", "a", "deputy", "acting", "former", "chief"]);

const REGION_POSSESSIVES = new Set(["region's", "region’s", "oblast's", "oblast’s", "province's", "province’s"]);

/** Where "a source in ...", "sources at ..." starts when the body at `start` is where the unnamed source works; else -1. */
function insiderOf(tokens: Token[], start: number): number {
  let k = start - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "in" && tokens[k]?.lower !== "at" && tokens[k]?.lower !== "within") return -1;
  const word = tokens[k - 1]?.lower;
  return word === "source" || word === "sources" ? k - 1 : -1;
}

/**
 * "VASILY LEBEDEV", "ANNA KOVAL" ending at `end`: a first name and a surname in capitals, written back in title case;
 * `alone`: no capitals before them (a title in capitals, "LIEUTENANT GENERAL IGOR KONASHENKOV", may be allowed).
 */
export function nameInCapitalsEndingAt(tokens: Token[], end: number, alone = true): Found | null {
  const [first, last] = [tokens[end - 2], tokens[end - 1]];
  const caps = (t: Token | undefined) => !!t && t.kind === "word" && t.text.length > 1 && t.text === t.text.toUpperCase();
  // (a first name the list lacks, if a title opens the apposition after it: "MARGRETHE LINDAHL, Assistant Secretary-General ...";
  // not a dateline's place, "NEW YORK, President Zelensky told ...")
  const isTitled = tokens[end]?.text === "," && !!tokens[end + 1]?.capitalized && (TITLES.has(tokens[end + 1].lower) || TITLE_OPENERS.has(tokens[end + 1].lower)) && !placeStartingAt(tokens, end - 2) && !placeStartingAt(tokens, end - 1) && !DATELINE_WORDS.has(first.lower);
  if (!caps(first) || !caps(last) || !(FIRST_NAMES.has(first.lower) || isTitled) || (alone && caps(tokens[end - 3]))) return null;
  const title = (t: Token) => t.text.charAt(0) + t.lower.slice(1);
  return { source: { name: `${title(first)} ${title(last)}`, side: null }, start: end - 2, end };
}

/** "the brigade": the brigade that spoke last, else the numbered one the page named last (unitMentionedBefore). */
function namedUnit(unitWord: string, tokens: Token[], memory: SpeakerMemory): Source | null {
  return latestBody(memory, (name) => name.endsWith(` ${unitWord}`)) ?? (tokens.length ? unitMentionedBefore(memory, tokens[0].start, unitWord) : null);
}

/** The opener's own verb, a speech verb right after its apposition's comma, between `from` and `to`: a verb after it is in what was said. */
function saysBefore(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k - 1]?.text === "," && SPEECH_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** Words of a dateline's place in capitals that no first name is: "UNITED NATIONS, ...", "KHARKIV OBLAST, ...". */
const DATELINE_WORDS = new Set(["united", "new", "san", "saint", "st", "los", "las", "hong", "tel", "buenos"]);

/** Words opening a title the title list does not hold alone: "Assistant Secretary-General", "Under-Secretary-General", "Permanent Representative". */
const TITLE_OPENERS = new Set(["assistant", "under", "permanent", "special", "high"]);

/** An organisation named as written at `k`; a part of a known body speaks for the body ("the Main Directorate of the Emergencies Ministry"). */
function orgOrParentAt(tokens: Token[], k: number): Found | null {
  const org = orgAt(tokens, k);
  if (!org || tokens[org.end]?.lower !== "of" || !UNIT_NOUNS.has(tokens[org.end - 1].lower)) return org;
  const at = org.end + (tokens[org.end + 1]?.lower === "the" ? 2 : 1);
  const parent = longestAt(sourcesByFirst, tokens, at);
  return parent && parent.source.name !== GENERIC_MINISTRY ? { source: parent.source, start: k, end: at + parent.words.length } : org;
}

const ACCOMPANIED = new Set(["together", "along", "jointly", "working", "partnering", "collaborating"]);

const PENTAGON: Source = { name: "Pentagon", side: "other" };
const isDefenseWord = (token: Token | undefined) => token?.lower === "defense" || token?.lower === "defence";

/** A source opening the sentence as its subject ("The ministry ...", "Border guards ..."), ending before `before`. */
function subjectOpening(tokens: Token[], before: number, memory: SpeakerMemory): Found | null {
  for (let end = 1; end < Math.min(before, 8); end++) {
    // ("VASILY LEBEDEV (Russian Federation) rejected those figures and said": the speaker before his country's bracket)
    const found = tokens[end - 1].text === ")" ? namedBeforeGloss(tokens, end - 1, before, memory) : sourceEndingAt(tokens, end, memory);
    if (found && found.start <= 1 && SPEECH_OR_ACT.has(tokens[end]?.lower ?? "")) return holderOf(tokens, found, memory) ?? found;
  }
  return null;
}

/** Verbs a subject opening the sentence goes on with, before "... and said". */
const SPEECH_OR_ACT = new Set([
  "announced", "announces", "reported", "reports", "said", "says", "confirmed", "published", "released", "held", "launched", "ordered", "denied", "opened",
  "conducted", "began", "started", "issued", "rejected", "disputed", "dismissed", "condemned", "welcomed", "called", "accused",
]);

/** The source named right before the bracket that closes at `close`: "The Civil Aviation Authority (CAA) said". */
function namedBeforeGloss(tokens: Token[], close: number, verb: number, memory: SpeakerMemory): Found | null {
  let open = close - 1;
  while (open > 0 && close - open <= MAX_GLOSS && tokens[open].text !== "(") open--;
  if (tokens[open]?.text !== "(" || open < 1) return null;
  const found = sourceEndingAt(tokens, open, memory);
  // ("A source in the Security Service of Ukraine (SBU) told": an unnamed insider, the side's officials)
  const insider = found ? insiderOf(tokens, found.start) : -1;
  if (insider >= 0) return { source: officials(tokens, insider), start: insider, end: close + 1 };
  if (found) return found;
  // "VASILY LEBEDEV (Russian Federation) said": a speaker named in capitals, his country in brackets (UN coverage)
  const shouted = nameInCapitalsEndingAt(tokens, open);
  if (shouted) return shouted;
  if (isLoneName(tokens, open - 1, verb)) return { source: { name: tokens[open - 1].text, side: null }, start: open - 1, end: open };
  // "the ministère des Armées (the French Armed Forces Ministry) indicated": the gloss names it in English
  return sourceEndingAt(tokens, close, memory);
}

/** The longest bracketed acronym or gloss read past: "(UZ, Ukrainian Railways)". */
const MAX_GLOSS = 8;

/** The index of "named" in "... named after the Knights of ..." just before `start`, or -1. */
function namedAfterBefore(tokens: Token[], start: number): number {
  for (let k = start - 1; k > 0 && k >= start - 8; k--) {
    if (tokens[k].lower === "after" && tokens[k - 1].lower === "named") return k - 1;
    if (tokens[k].kind === "punct") return -1;
  }
  return -1;
}

/** A person's name found for words that do not contain it: a title resolved to whoever holds it ("the governor of the Kherson Region"). */
function titleReadAsHolder(tokens: Token[], found: Found): boolean {
  if (!isPersonName(found.source.name)) return false;
  const surname = found.source.name.split(" ").pop()!.toLowerCase();
  for (let k = found.start; k < found.end; k++) if (bare(tokens[k].lower) === surname) return false;
  return true;
}

/** A name read as written that opens with a title: "Deputy Prime Minister for Restoration", "Commissioner for Persons Missing ...". */
function isTitledName(name: string): boolean {
  const space = name.indexOf(" ");
  return space > 0 && TITLES.has(name.slice(0, space).toLowerCase()) && !ORG_HEADS.has(name.slice(0, space).toLowerCase());
}

/** "Vadym Filashkin, head of the Donetsk Oblast Military Administration, said": the person, not their office. */
function holderOf(tokens: Token[], found: Found, memory: SpeakerMemory): Found | null {
  // (the appositive may run on: "Dmitry Medvedev, the deputy chairman of the Security Council who oversees recruitment, said")
  // ("..., head of the Vasylivka district police department:": the body's own department closes the appositive)
  // ("Kyrylo Budanov, the head of Ukraine's military intelligence agency, said": or a lower-case noun before the comma)
  // "Viktor Trehubov, spokesperson for Ukraine's Khortytsia group of forces, told": the title after the name, not an unnamed one
  // ("Vladimir Saldo, the governor of the Kherson Region, told TASS": a title read as its holder yields to the person named before it)
  // ("Oleksii Kuleba, Deputy Prime Minister for Restoration, said": an office's title read as a body's name, after its holder)
  // ("Denis Pushilin, the Kremlin-installed head of the so-called DPR, told": a body glued into an adjective names no speaker)
  const adjective = tokens[found.end]?.text === "-" && !tokens[found.end].spaced && tokens[found.end + 1]?.kind === "word" && !tokens[found.end + 1].spaced;
  if ((found.end - found.start === 1 && found.source.name.endsWith(" officials")) || titleReadAsHolder(tokens, found) || isTitledName(found.source.name) || adjective) {
    const comma = tokens[found.start - 1]?.text === "," ? found.start - 1 : (tokens[found.start - 1]?.lower === "a" || tokens[found.start - 1]?.lower === "the") && tokens[found.start - 2]?.text === "," ? found.start - 2 : -1;
    const holder = comma > 0 ? sourceEndingAt(tokens, comma, memory) : null;
    if (holder && isPersonName(holder.source.name)) return holder;
  }
  // ("... of the National Police in Poltava Oblast, told": the body's place closes the appositive)
  let end = found.end;
  if (tokens[end]?.lower === "in") {
    let place = end + 1;
    while (place < end + 5 && tokens[place]?.capitalized) place++;
    if (place > end + 1 && tokens[place]?.text === ",") end = place;
  }
  const after = tokens[end];
  const nounAfter = after?.lower === "department" || (after?.kind === "word" && !after.capitalized && tokens[end + 1]?.text === ",");
  const next = tokens[nounAfter ? end + 1 : end]?.lower;
  if ((next !== "," && next !== "who" && next !== ":") || isPersonName(found.source.name)) return null;
  for (let comma = found.start - 1; comma > 0 && comma >= found.start - 12; comma--) {
    if (tokens[comma].text !== ",") continue;
    // ("Rybar, a milblogger with ties to the Defense Ministry, claimed": a description of what the comma follows, a body
    // named inside it is no speaker)
    // (not a soldier's unit: "Bison, a 27-year-old infantryman from the 28th Brigade, says" is one of its men)
    const described = (tokens[comma + 1]?.lower === "a" || tokens[comma + 1]?.lower === "an") && !found.source.name.endsWith(" officials");
    // ("Yuliia Hnatenko, spokeswoman for the Main Directorate of the National Police in Poltava Oblast, told": a title opening
    // the appositive carries it further)
    if (comma < found.start - 6 && !described && !TITLES.has(tokens[comma + 1]?.lower ?? "")) return null;
    const holder = sourceEndingAt(tokens, comma, memory);
    if (holder && isPersonName(holder.source.name)) return holder;
    if (holder && (found.source.name.endsWith(" officials") || described)) return holder; // a known body before its description
    // "Ukrenergo, the national grid operator, said": a body named before its description
    const named = comma === 1 || tokens[comma - 2]?.kind !== "word" ? tokens[comma - 1] : undefined;
    if (!holder && named?.capitalized && named.kind === "word" && !NOT_NAME.has(named.lower) && !FIRST_NAMES.has(named.lower) && (found.source.name.endsWith(" officials") || described)) {
      return { source: { name: named.text, side: found.source.side }, start: comma - 1, end: comma };
    }
    return null;
  }
  return null;
}

/**
 * The source named before "and" in "A and (the ...) B said", if both are sources: a body ("The BBC's Russian service
 * and the independent outlet Mediazona have confirmed"), or a person when B is one too ("Gladkov and Khinshtein said",
 * "Governors Gladkov and Khinshtein said").
 */
function firstOfPair(tokens: Token[], second: Found, memory: SpeakerMemory): Found | null {
  const { start } = second;
  let j = start - 1;
  while (j > 0 && start - j <= 4 && tokens[j].kind === "word" && !tokens[j].capitalized && tokens[j].lower !== "and") j--;
  if (tokens[j]?.lower !== "and" || tokens[j - 1]?.kind !== "word") return null;
  const first = sourceEndingAt(tokens, j, memory);
  if (first && !isPersonName(first.source.name)) return first;
  if (j !== start - 1 || !isPersonName(second.source.name)) return null;
  // (a surname after a title in the plural, "Governors Gladkov", is read by the surname)
  const known = tokens[j - 1].capitalized ? personBySurname(memory, bare(tokens[j - 1].lower)) : undefined;
  const person = known ? { source: known, start: j - 1 } : first;
  return person && isPersonName(person.source.name) ? { source: person.source, start: person.start, end: second.end } : null;
}

/** Where an unnamed local head's words start ("the village head", "the head of the village", "the starosta"), else -1. */
function unnamedLocalHead(tokens: Token[], end: number): number {
  const last = tokens[end - 1].lower;
  if (last === "starosta" && tokens[end - 2]?.lower === "the") return end - 1;
  if ((last === "head" || last === "chief") && LOCAL_UNITS.has(tokens[end - 2]?.lower ?? "") && tokens[end - 3]?.lower === "the") return end - 2;
  if (LOCAL_UNITS.has(last) && tokens[end - 2]?.lower === "the" && tokens[end - 3]?.lower === "of" && tokens[end - 4]?.lower === "head") return end - 4;
  // "the head of the Marhanets hromada said": the unit named by its place
  if (LOCAL_UNITS.has(last) && tokens[end - 2]?.capitalized && tokens[end - 3]?.lower === "the" && tokens[end - 4]?.lower === "of" && tokens[end - 5]?.lower === "head") return end - 5;
  return -1;
}

/** "the Russian-installed head of the town": an occupation official. */
function installedBy(tokens: Token[], at: number): Source | null {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (tokens[k].lower === "installed" && tokens[k - 1]?.text === "-" && SIDE_WORDS.get(tokens[k - 2]?.lower ?? "") === "russia") return { name: "Russian officials", side: "russia" };
  }
  return null;
}

/** What figures are given in and how they are handed on: "the lists provided by the Russian side". */
const LISTS = new Set(["lists", "list"]);
const PROVIDED = new Set(["provided", "published", "released", "compiled", "submitted", "handed", "supplied"]);

/** "the regional health department", "the district police department": a local department, named by a lower-case modifier. */
function isLocalDepartment(tokens: Token[], k: number): boolean {
  const modifier = tokens[k - 1];
  return !!modifier && modifier.kind === "word" && !modifier.capitalized && !MINISTRY_DEPARTMENTS.has(modifier.lower);
}

export function sourceEndingAt(tokens: Token[], end: number, memory: SpeakerMemory): Found | null {
  const last = tokens[end - 1];
  if (!last || last.kind !== "word") return null;
  // most words end no source: a lower-case one must be a word some rule below accepts (sourceBefore asks ~18 times a verb)
  // (or a Korean given name's second syllable: "Ambassador Lee Chang-ho said")
  if (!last.capitalized && !LOWER_ENDINGS.has(bare(last.lower)) && !(end > 2 && isKoreanGivenNameAt(tokens, end - 3))) return null;
  const embassy = embassyEndingAt(tokens, end);
  if (embassy) return embassy;
  // ("The Moscow-installed official blamed Kyiv ...", "the exiled official said": an epithet of the official last named)
  // (its verb after it, "said", "blamed": not "the latest official figures")
  const speaks = !tokens[end] || tokens[end].kind === "punct" || OFFICIAL_SPEAKS.has(tokens[end].lower) || VERB_ADVERBS.has(tokens[end].lower);
  const epithet = last.lower === "official" && (speaks || (!tokens[end].capitalized && tokens[end].lower.endsWith("ed"))) ? epithetStart(tokens, end - 1) : -1;
  const epithetOf = epithet >= 0 ? lastPersonNamed(memory) : null;
  if (epithetOf) return { source: epithetOf, start: epithet, end };
  if (isPrivatePersonAt(tokens, end - 1, memory)) return { source: LOCAL_RESIDENTS, start: end - 1, end };
  // "a 67-year-old woman told the Mission", "one local resident said": a private person, unnamed
  const unnamed = PRIVATE_PEOPLE.has(last.lower) && !OFFICIAL_MODIFIERS.has(tokens[end - 2]?.lower ?? "") ? articleBefore(tokens, end - 1) : -1;
  if (unnamed >= 0) return { source: LOCAL_RESIDENTS, start: unnamed, end };
  // "Residents said ...", "Local residents reported ...": private people, unnamed
  if (RESIDENT_GROUPS.has(last.lower) && end - 1 - (tokens[end - 2]?.lower === "local" ? 1 : 0) === 0) return { source: LOCAL_RESIDENTS, start: 0, end };
  // ("The indictment says the attack destroyed 14 apartments": the prosecutors who wrote it, the indictment opening the sentence;
  // not "The SBU, which drafted the indictment, said ...")
  const indictment = last.lower === "indictment" && end === 2 && tokens[0].lower === "the" ? prosecutorsOf(memory) : null;
  if (indictment) return { source: indictment, start: 0, end };
  // "regional prosecutors said": the prosecutor's office of the region the report is about; "prosecutors said": the office that spoke
  // ("Ukrainian prosecutors say": Ukraine's, as "prosecutors" alone)
  const ukrainian = SIDE_WORDS.get(bare(tokens[end - 2]?.lower ?? "")) === "ukraine";
  const prosecutors = last.lower === "prosecutors" && (!tokens[end - 2]?.capitalized || ukrainian) ? prosecutorsOf(memory, tokens[end - 2]?.lower === "regional") : null;
  if (prosecutors) return { source: prosecutors, start: ukrainian ? end - 2 : end - 1, end };
  for (let start = LAST_WORDS.has(last.lower) ? Math.max(0, end - MAX_SOURCE_WORDS) : end; start < end; start++) {
    const known = longestAt(sourcesByFirst, tokens, start);
    // (not "a pro-Kremlin war blogger": a body glued to "pro-" or "anti-" describes someone else)
    if (known && tokens[start - 1]?.text === "-" && !tokens[start].spaced && (tokens[start - 2]?.lower === "pro" || tokens[start - 2]?.lower === "anti")) break;
    if (known && start + known.words.length === end) {
      // "the district police department", "the city's transport department": a local department, no ministry
      if (known.words.length === 1 && tokens[start].lower === "department" && tokens[start - 1]?.kind === "word" && !tokens[start - 1].capitalized && !MINISTRY_DEPARTMENTS.has(tokens[start - 1].lower)) break;
      const org = orgEndingAt(tokens, end);
      if (org && org.start < start) return org; // "The Ministry of Reintegration", not just "Ministry"
      return { source: resolveGeneric(known.source, memory, tokens, start), start, end };
    }
  }
  const office = regionalOffice(tokens, end, memory) ?? localOffice(tokens, end, memory);
  if (office) return office;
  // "the Kherson OVA": the office of the region named right before the acronym
  const ownRegion = REGIONAL_OFFICE_ACRONYMS.has(last.lower) && tokens[end - 2]?.capitalized ? districtAdministration(tokens[end - 2], last) ?? regionalAdministration([tokens[end - 2].text, "Regional", "Administration"]) : null;
  if (ownRegion) return { source: ownRegion, start: end - 2, end };
  const acronym = isAcronym(last.text) ? memory.acronyms?.get(last.lower) ?? (REGIONAL_OFFICE_ACRONYMS.has(last.lower) ? memory.lastOffice ?? officeOfSentence(tokens) : cityOfficeByAcronym(last.lower, memory, tokens, end - 1)) : null;
  if (acronym) return { source: acronym, start: end - 1, end };
  // "The Ukrainians report", "the Russians claim": a side speaking as a whole is its officials
  if (DEMONYMS.has(last.lower) && tokens[end - 2]?.lower === "the") {
    const side = SIDE_WORDS.get(last.lower)!;
    return { source: { name: `${SIDE_ADJECTIVE[side]} officials`, side }, start: end - 2, end };
  }
  // "The Two Majors channel reported", "the Telegram channel Rybar wrote": a channel by its name
  const channel = namedChannelEndingAt(tokens, end);
  if (channel) return channel;
  const capital = CAPITALS.get(last.lower);
  // "the mission in Ukraine has verified", "the Commission of Inquiry on Ukraine said": a place after "in", "on" is not the speaker
  // (not "the Moscow-backed head of the DPR": a capital glued to a participle describes someone)
  // (nor the end of a hyphenated name: "As Interfax-Ukraine reported")
  const glued = (tokens[end]?.text === "-" && !tokens[end].spaced) || (tokens[end - 2]?.text === "-" && !last.spaced);
  if (capital && last?.capitalized && !glued && !PLACE_OF_NAME.has(tokens[end - 2]?.lower ?? "")) {
    return countryOfficeBefore(tokens, end - 1) ?? { source: { name: `${SIDE_ADJECTIVE[capital]} officials`, side: capital }, start: end - 1, end };
  }
  let article = end - 2; // "the governor", "the Defence Secretary"
  while (article >= 0 && article > end - 4 && TITLES.has(tokens[article].lower)) article--;
  // ("the brigade commander said": the unit he commands between the article and the title)
  if (last.lower === "commander" && article === end - 2 && UNIT_WORDS.has(tokens[article].lower) && tokens[article - 1]?.lower === "the") article--;
  // ("the region's governor said": as "the regional governor")
  if (article > 0 && article === end - 2 && last.lower === "governor" && REGION_POSSESSIVES.has(tokens[article].lower) && tokens[article - 1].lower === "the") article--;
  // ("the acting governor said": the holder in office, as "the governor"; not a deputy, another person)
  if (article > 0 && article === end - 2 && tokens[article].lower === "acting" && TITLES.has(last.lower)) article--;
  // ("The Humanitarian Coordinator stressed": a title in capitals may open with a word of its own)
  if (article > 0 && article < end - 1 && last.capitalized && tokens[article].capitalized && tokens[article - 1].lower === "the") article--;
  // Guarded, not tokens[-1]?.: a negative index leaves V8's fast element path (30% of all extraction time).
  // "per Vyacheslav Gladkov, ... the governor said": a regional head named since the last "Governor X" is the governor
  const head = last.lower === "governor" && memory.lastNamed?.region ? memory.lastNamed : undefined;
  // "..., the regional governor said" with no governor named yet: the head the lexicon knows for the sentence's region
  // ("Drones hit Belgorod. The regional governor said ...": or the region the report named last, Russia's too)
  const regional = last.lower === "governor" && !head && !memory.titles?.get(last.lower) ? GOVERNORS.get(regionInSentence(tokens) ?? memory.lastRegionCentre ?? "") : undefined;
  // (a headline's "Sumy region: 31 settlements shelled, governor says": the title with no article, right after the
  // comma, is the governor of the region the headline names)
  const headlined = last.lower === "governor" && (tokens[end - 2]?.text === "," || tokens[end - 2]?.text === ":") ? GOVERNORS.get(regionInSentence(tokens) ?? "") ?? head ?? memory.titles?.get(last.lower) ?? regional : undefined;
  const titled = headlined ?? (article >= 0 && tokens[article].lower === "the" ? head ?? memory.titles?.get(last.lower) ?? regional : undefined);
  if (titled) return { source: titled, start: article, end };
  // "the Ukrainian president said", "Russia's defence minister said", "the Kremlin spokesman said": the office's holder then
  const holder = officeHolderEndingAt(tokens, end, memory.publishedAt ?? null, memory.lastNamed ?? null);
  if (holder) return holder;
  // "the Kharkiv governor said", "Belgorod's governor said": the governor of the region named before the title
  const governed = last.lower === "governor" && article >= 0 && tokens[article].capitalized ? placeByVariant(bare(tokens[article].lower)) : undefined;
  const governor = governed ? GOVERNORS.get(regionalCentreOf(governed.name) ?? "") : undefined;
  if (governor) return { source: governor, start: tokens[article - 1]?.lower === "the" ? article - 1 : article, end };
  // "the DPR head said", "DPR head Denis Pushilin": the occupation's head the lexicon knows for that "republic"
  const occupied = last.lower === "head" ? OCCUPATION_HEADS.get(tokens[end - 2]?.lower ?? "") : undefined;
  if (occupied) return { source: occupied, start: tokens[end - 3]?.lower === "the" ? end - 3 : end - 2, end };
  // "the Lviv mayor said", "Lviv's mayor said", a headline's "Lviv mayor:": the mayor the lexicon knows for that city
  const city = last.lower === "mayor" && article >= 0 && tokens[article].capitalized ? placeByVariant(bare(tokens[article].lower)) : undefined;
  const mayor = city ? MAYORS.get(city.name) : undefined;
  if (mayor) return { source: mayor, start: tokens[article - 1]?.lower === "the" ? article - 1 : article, end };
  // ("Three people were injured in Kharkiv, its mayor said", "..., the mayor said" with no mayor named before: the mayor of
  // the city the sentence names)
  const ownMayor = last.lower === "mayor" && (tokens[end - 2]?.lower === "its" || (tokens[end - 2]?.lower === "the" && !memory.titles?.get("mayor"))) ? mayorBefore(tokens, end - 2) : undefined;
  if (ownMayor) return { source: ownMayor, start: end - 2, end };
  // "the official said": the unnamed official quoted before
  // ("the same officials put Russian deaths at ...")
  const same = tokens[end - 2]?.lower === "same" ? 1 : 0;
  if (UNNAMED_NOUNS.has(last.lower) && tokens[end - 2 - same]?.lower === "the" && memory.lastOfficials) {
    return { source: memory.lastOfficials, start: end - 2 - same, end };
  }
  // "Maletskyi updated the toll ... The official said ...": with no unnamed official quoted before, the official last named
  // (not an adjective: "before the official report")
  if (last.lower === "official" && speaks && tokens[end - 2]?.lower === "the" && !memory.lastOfficials && memory.lastNamed && isPersonName(memory.lastNamed.name)) {
    return { source: memory.lastNamed, start: end - 2, end };
  }

  // "..., US officials, who speak anonymously. In September, officials quoted by the Wall Street Journal said": bare
  // "officials" opening a clause, with no side of their own, are the ones just named
  if (last.lower === "officials" && memory.lastOfficials && (end === 1 || tokens[end - 2].text === ",")) return { source: memory.lastOfficials, start: end - 1, end };
  if (UNIT_WORDS.has(last.lower) && last.capitalized) { // "The 3rd Separate Assault Brigade reported"
    let first = end - 1;
    while (first > 0 && tokens[first - 1].capitalized && tokens[first - 1].kind === "word") first--;
    const unit = unitSource(tokens, first, end);
    if (!unit.source.name.endsWith(" officials")) return unit;
  }
  // "the brigade said" after the 28th Separate Mechanized Brigade spoke: that brigade, not an unnamed unit's officials
  // ("A drone pilot of the brigade ... said": one of its soldiers)
  // ("a medic from the brigade ... told me": one of its soldiers too; "a spokesman for the brigade said" is the brigade's voice)
  const member = MEMBER_OF.has(tokens[end - 3]?.lower ?? "") && !UNIT_VOICES.has(tokens[end - 4]?.lower ?? "");
  const unit = UNIT_WORDS.has(last.lower) && tokens[end - 2]?.lower === "the" && !member ? namedUnit(last.lower, tokens, memory) : null;
  if (unit) return { source: unit, start: end - 2, end };
  if (OFFICIAL_WORDS.has(last.lower) && tokens[end - 2]?.lower === "our") return null; // "Our sources report": the author's own
  // (not "an open-source intelligence website": a compound's last part)
  // "A senior defense official told some of you on background" in a report the Pentagon speaks in: the Pentagon's
  if ((last.lower === "official" || last.lower === "officials") && isDefenseWord(tokens[end - 2]) && (memory.author?.name === "Pentagon" || memory.bodies?.some((b) => b.name === "Pentagon"))) {
    return { source: PENTAGON, start: end - 1, end };
  }
  // "a regional police spokeswoman said", "an air force spokesman said": an unnamed spokesperson speaks for the body named before
  // (a body the lexicon knows, right before the word: not "a regional police spokeswoman" read as the region's head)
  const spokesBody = SPOKESPERSON_WORDS.has(last.lower) && tokens[end - 2]?.kind === "word" ? phraseEndingAt(tokens, end - 2, false) : null;
  if (spokesBody && !spokesBody.source.name.endsWith(" officials")) return { source: resolveGeneric(spokesBody.source, memory, tokens, spokesBody.start), start: spokesBody.start, end };
  // "Police officers documented ...": the police, as "police said" is
  const police = (last.lower === "officers" || last.lower === "officer") && tokens[end - 2]?.lower === "police" ? sourceEndingAt(tokens, end - 1, memory) : null;
  if (police) return { ...police, end };
  // (not a count of them: "including 3,408 officers, the BBC said" is no officers speaking)
  if (OFFICIAL_WORDS.has(last.lower) && !(tokens[end - 2]?.text === "-" && !last.spaced) && tokens[end - 2]?.kind !== "num") return { source: officials(tokens, end - 1), start: end - 1, end };
  // "brokers told Lloyd's List", "according to traders": people of a trade, unnamed, as the gold set names them
  if (TRADE_PEOPLE.has(last.lower)) return { source: { name: "Industry sources", side: null }, start: end - 1, end };
  // "the village head said", "the head of the village said", "the starosta said": an unnamed local head is his side's officials
  const localHead = unnamedLocalHead(tokens, end);
  if (localHead >= 0) return { source: installedBy(tokens, localHead) ?? officials(tokens, localHead), start: localHead, end };
  const org = orgEndingAt(tokens, end);
  if (org) return org;
  // "Defense Minister Kim Yong-hyun told": back over a Korean given name's lower-case syllable
  let start = end > 2 && isKoreanGivenNameAt(tokens, end - 3) ? end - 3 : end - 1;
  for (;;) {
    // "Władysław Kosiniak-Kamysz said": back over a double-barrelled surname's hyphen
    if (start > 1 && tokens[start - 1].text === "-" && !tokens[start - 1].spaced && !tokens[start].spaced && tokens[start - 2].capitalized) start -= 2;
    else if (start > 0 && tokens[start - 1]?.capitalized && !NOT_NAME.has(tokens[start - 1].lower) && !TITLES.has(tokens[start - 1].lower)) start--;
    else break;
  }
  // "Commissioner for Human Rights Dmytro Lubinets said": the person starts at the first name
  start = firstNameWithin(tokens, start, end);
  // "The Ukrainian Embassy in Tbilisi said", "around St Petersburg, he said": a place the speaker is in, not the speaker
  if (PLACE_PREPOSITIONS.has(tokens[start - 1]?.lower ?? "")) return null;
  // "the state platform Children of War lists": the whole name, not its last words
  const linked = linkedNameEndingAt(tokens, start, end);
  if (linked) return linked;
  // "Kharkivoblenergo said", "Infoxvodokanal reported": a utility by its one-word name
  if (end - start === 1 && UTILITY.test(tokens[start].lower)) return { source: { name: tokens[start].text, side: "ukraine" }, start, end };
  const name = nameAt(tokens, start);
  // a document's title: "the General Population Survey estimates" is no General speaking; "IOM's latest General
  // Population Survey estimates" is IOM
  if (TITLE_END_WORDS.has(tokens[end - 1].lower)) return documentOwnerBefore(tokens, start, memory);
  if (!name || start + name.words !== end || STREET_WORDS.has(tokens[end - 1].lower)) return null; // not "Vladimir Nevsky Street"
  return personFound(name, memory, tokens, start, true);
}

/** The body owning a document whose title starts at `title`: "IOM's latest General Population Survey"; null if none. */
function documentOwnerBefore(tokens: Token[], title: number, memory: SpeakerMemory): Found | null {
  for (let k = title - 1; k >= 0 && k >= title - 4; k--) {
    if (!/['’]s$/.test(tokens[k].text)) continue;
    const owner = possessiveSourceEndingAt(tokens, k, memory);
    return owner ? { source: owner, start: k, end: k + 1 } : null;
  }
  return null;
}

const PART_ADJECTIVES = new Set(["regional", "local", "city", "district", "main", "territorial", "press", "oblast"]);

/** "the regional department of the Emergencies Ministry", "the press service of the National Guard" from `i`: the body named after "of". */
function partOfKnownBody(tokens: Token[], i: number, memory: SpeakerMemory): Found | null {
  // ("the Main Directorate of EMERCOM of Russia for the Bryansk Region": a part named in capitals too, a known body after it)
  let k = tokens[i]?.lower === "the" ? i + 1 : i;
  while (PART_ADJECTIVES.has(tokens[k]?.lower ?? "")) k++;
  if (!UNIT_NOUNS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return null;
  const at = tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
  const known = longestAt(sourcesByFirst, tokens, at);
  return known ? { source: resolveGeneric(known.source, memory, tokens, at), start: i, end: at + known.words.length } : null;
}

/**
 * The person closing the capitalised words after a title's "of" ("of Foreign Affairs Caspar Veldkamp", "of National
 * Defence Rasa Jankauskienė"): the run's last two words, or three with a first name ahead; the field comes first.
 */
function personAfterField(tokens: Token[], of: number, memory: SpeakerMemory): Found | null {
  let end = of + 1;
  while (end < tokens.length && end - of <= 7 && (tokens[end].capitalized || (end > of + 1 && tokens[end].lower === "and"))) end++;
  const start = end - of >= 5 && FIRST_NAMES.has(tokens[end - 3].lower) ? end - 3 : end - 2;
  if (start <= of + 1) return null; // (a field's words and nothing more: "Minister of Foreign Affairs")
  const name = nameAt(tokens, start);
  return name && name.parts >= 2 && start + name.words === end ? personFound(name, memory, tokens, start, false) : null;
}

/** "a senior Ukrainian official", "a Western intelligence official": the official's word after an article, ranks and whose he is, else -1. */
function officialAfterModifiers(tokens: Token[], from: number): number {
  let k = from;
  if (tokens[k]?.lower === "a" || tokens[k]?.lower === "an") k++;
  while (k < from + MAX_OFFICIAL_MODIFIERS && (OFFICIAL_RANKS.has(tokens[k]?.lower ?? "") || tokens[k]?.capitalized)) k++;
  // (not a title before its holder's name: "Tavria Group spokesman Dmytro Lykhovyi")
  return k > from && OFFICIAL_WORDS.has(tokens[k]?.lower ?? "") && !tokens[k + 1]?.capitalized ? k : -1;
}

const OFFICIAL_RANKS = new Set(["senior", "junior", "top", "high", "-", "ranking", "military", "government", "defence", "defense", "intelligence", "security"]);
const MAX_OFFICIAL_MODIFIERS = 7; // (the article and "high - ranking" included)

/** "Chair of the Committee, Oleksandr Zavitnevych": a title of a few words, a comma, and the full name of its holder. */
function nameAfterTitle(tokens: Token[], from: number, memory: SpeakerMemory): Found | null {
  for (let k = from; k < Math.min(tokens.length, from + MAX_APPOSED_TITLE_WORDS); k++) {
    if (tokens[k].text === ",") {
      const name = k > from ? nameAt(tokens, k + 1) : null;
      return name && name.parts >= 2 && isFirstName(tokens[k + 1].lower) ? personFound(name, memory, tokens, k + 1, false) : null;
    }
    if (tokens[k].kind !== "word" || SPEECH_VERBS.has(tokens[k].lower)) return null;
  }
  return null;
}

/** The longest title "said the ..." gives before its holder's name: "the head of the regional military administration". */
const MAX_APPOSED_TITLE_WORDS = 8;

/** How far after "published by" its publisher's name may begin: "by the regional military administration". */
const MAX_PUBLISHER_OFFSET = 5;

export function sourceAfter(tokens: Token[], i: number, memory: SpeakerMemory, inverted = false): Found | null {
  if (inverted && tokens[i]?.kind === "punct") return null;
  // "said Kit, 34, the commander of a drone team ... identified by his call sign": a soldier, not a private person
  if (inverted && tokens[i]?.capitalized && hasCallSign(tokens) && !PEOPLE.has(tokens[i].lower)) return callSignSoldier(tokens, i, memory);
  if (inverted && isPrivatePersonAt(tokens, i, memory)) return { source: LOCAL_RESIDENTS, start: i, end: i + 1 }; // "says Serhiy, 58,"
  if (inverted && tokens[i]?.lower === "by") i++; // "as published by the OVA", "figures released by the ministry"
  // ('"...," said the Chair of the Committee, Oleksandr Zavitnevych.': the person his title's apposition names)
  const apposed = inverted && tokens[i]?.lower === "the" ? nameAfterTitle(tokens, i + 1, memory) : null;
  if (apposed) return { ...apposed, start: i };
  // "citing a report from the commander-in-chief, Oleksandr Syrskyi": whoever the report or data came from
  const article = tokens[i]?.lower === "a" || tokens[i]?.lower === "the" ? i + 1 : i;
  const from = tokens[article + 1]?.lower;
  if (!inverted && (from === "from" || from === "by") && (DOCUMENT_NOUNS.has(tokens[article].lower) || DATA_NOUNS.has(tokens[article].lower))) {
    const origin = sourceAfter(tokens, article + 2, memory);
    if (origin) return { ...origin, start: i };
  }
  const pronoun = tokens[i]?.lower;
  const person = memory.lastNamed ?? memory.lastPerson;
  if (!inverted && (pronoun === "him" || pronoun === "her") && person) return { source: person, start: i, end: i + 1 }; // "According to her, ..."
  // "..., according to Kyiv", "According to Moscow, ...": a capital or a country alone speaks as its officials
  const capital = !inverted && tokens[i]?.capitalized && (!tokens[i + 1] || tokens[i + 1].kind === "punct") ? CAPITALS.get(tokens[i].lower) : undefined;
  if (capital) return { source: { name: `${SIDE_ADJECTIVE[capital]} officials`, side: capital }, start: i, end: i + 1 };
  // "According to the report", "according to the statement": the body whose document it is
  // ("citing the same briefing": the body whose briefing the report before quoted)
  const same = tokens[i + 1]?.lower === "same" ? 1 : 0;
  // "according to the same source": the source cited last, person or body
  if (same && pronoun === "the" && SOURCE_NOUNS.has(tokens[i + 2]?.lower ?? "") && memory.lastSource) return { source: memory.lastSource, start: i, end: i + 3 };
  const document = pronoun === "the" || pronoun === "its" || pronoun === "this" ? tokens[i + 1 + same]?.lower ?? "" : "";
  if ((!inverted || same) && DOCUMENT_NOUNS.has(document) && (memory.lastBody ?? person)) return { source: (memory.lastBody ?? person)!, start: i, end: i + 2 + same };
  // "According to the investigation, ...": the page's own body if it investigates, else the body last named (the prosecutors
  // a relay named in its lead)
  const investigator = !inverted && pronoun === "the" && tokens[i + 1]?.lower === "investigation" ? memory.author ?? memory.lastBody : null;
  if (investigator) return { source: investigator, start: i, end: i + 2 };
  // "..., according to the indictment": the prosecutors who wrote it
  const indicted = !inverted && pronoun === "the" && tokens[i + 1]?.lower === "indictment" ? prosecutorsOf(memory) : null;
  if (indicted) return { source: indicted, start: i, end: i + 2 };
  // "citing the regional department of the Emergencies Ministry": a body's own department speaks for the body
  const part = partOfKnownBody(tokens, i, memory);
  if (part) return part;
  // "- Four killed and 23 injured in Kryvyi Rih, says regional governor": the governor of the region the sentence names
  const title = tokens[i]?.lower === "regional" ? i + 1 : i;
  if (inverted && tokens[title]?.lower === "governor" && (title + 1 === tokens.length || tokens[title + 1].kind === "punct")) {
    const governor = GOVERNORS.get(regionInSentence(tokens) ?? "");
    if (governor) return { source: governor, start: i, end: title + 1 };
  }
  // ("... killed two civilians, according to the regional governor there": the governor of the region the sentence names,
  // else the one the report named)
  const titleAt = tokens[i]?.lower === "the" ? (tokens[i + 1]?.lower === "regional" ? i + 2 : -1) : -1;
  const closes = titleAt > 0 && tokens[titleAt]?.lower === "governor" && (titleAt + 1 === tokens.length || tokens[titleAt + 1].kind === "punct" || tokens[titleAt + 1].lower === "there");
  const namedRegion = closes ? regionInSentence(tokens) : null;
  const regionalGovernor = !inverted && closes ? (namedRegion ? GOVERNORS.get(namedRegion) : memory.titles?.get("governor")) : undefined;
  if (regionalGovernor) return { source: regionalGovernor, start: i, end: titleAt + 1 };
  // ("Three injured by drone near Klimovo, says Bryansk governor": the governor of the region the title names)
  // ("Korabelnyi district of Kherson hit more than 40 times, says city administration": the city's military administration)
  const cityOffice = inverted && tokens[i]?.lower === "city" && tokens[i + 1]?.lower === "administration" && (i + 2 === tokens.length || tokens[i + 2].kind === "punct") ? cityMilitaryAdministration(tokens, i) : null;
  if (cityOffice) return { source: cityOffice, start: i, end: i + 2 };
  // ("Kharkiv: 11 injured in drone strike on Saltivka, says mayor": the mayor of the city the headline names)
  const mayor = inverted && tokens[i]?.lower === "mayor" && (i + 1 === tokens.length || tokens[i + 1].kind === "punct") ? mayorBefore(tokens, i) : undefined;
  if (mayor) return { source: mayor, start: i, end: i + 1 };
  const governed = inverted && tokens[i + 1]?.lower === "governor" && tokens[i]?.capitalized ? placeByVariant(bare(tokens[i].lower)) : undefined;
  const governor = governed ? governorOf(governed) : undefined;
  if (governor) return { source: governor, start: i, end: i + 2 };
  // "according to the head of the Nikopol District Military Administration, Yevhen Yevtushenko,": the head, not his office
  const headAt = tokens[i]?.lower === "the" ? i + 1 : i;
  if (HEADS.has(tokens[headAt]?.lower ?? "") && tokens[headAt + 1]?.lower === "of") {
    const named = headNamedAfter(tokens, headAt + 1, memory);
    if (named) return named;
  }
  // "according to the lists provided by the Russian side", "the figures released by the ministry": whoever provided them
  const noun = tokens[i]?.lower === "the" ? i + 1 : i;
  if (!inverted && (LISTS.has(tokens[noun]?.lower ?? "") || DATA_NOUNS.has(tokens[noun]?.lower ?? "")) && PROVIDED.has(tokens[noun + 1]?.lower ?? "") && tokens[noun + 2]?.lower === "by") {
    const provider = sourceAfter(tokens, noun + 3, memory);
    if (provider) return { ...provider, start: i };
  }
  // "according to (local) residents", "according to witnesses": private people, unnamed
  const group = tokens[i]?.lower === "local" ? i + 1 : i;
  if (!inverted && RESIDENT_GROUPS.has(tokens[group]?.lower ?? "")) return { source: LOCAL_RESIDENTS, start: i, end: group + 1 };
  if (!inverted && TRADE_PEOPLE.has(tokens[i]?.lower ?? "")) return { source: { name: "Industry sources", side: null }, start: i, end: i + 1 }; // "according to traders"
  // "according to the Ukrainian president, ...", "..., said Russia's defence minister.": the office alone, its holder that day
  const phraseEnd = phraseEndAfter(tokens, i);
  const holder = phraseEnd > i + 1 ? officeHolderEndingAt(tokens, phraseEnd, memory.publishedAt ?? null, memory.lastNamed ?? null) : null;
  if (holder && holder.start === i) return holder;
  // (and after a verb of publishing and "by", as the inverted order reads it: "as published by the regional military
  // administration"; not "the moratorium announced by the President of ...")
  const publishedBy = inverted && tokens[i - 1]?.lower === "by" && PROVIDED.has(tokens[i - 2]?.lower ?? "");
  if (!inverted || tokens[i - 1]?.lower === "from" || publishedBy) {
    // "according to Ukraine's ground forces commander, Oleksandr Syrskyi", "figures from Ukraine's human rights commissioner, Dmytro Lubinets"
    // "According to Stasiuk, the ministry delivered ...": a surname named before speaks; what follows its comma is the sentence
    const surname = tokens[i]?.capitalized && tokens[i + 1]?.text === "," ? personBySurname(memory, tokens[i].lower) : undefined;
    if (surname && surname !== LOCAL_RESIDENTS) return { source: surname, start: i, end: i + 1 };
    let commas = 0;
    // (after "published by", the name that follows it, not a body further on: "published by a channel close to the Russian
    // Defence Ministry" is the channel's)
    for (let k = i; k < Math.min(tokens.length, publishedBy ? i + MAX_PUBLISHER_OFFSET : i + 10); k++) {
      if (tokens[k].text === ",") {
        if (++commas > 1) break;
        continue;
      }
      const office = officeOf(tokens, k, memory);
      if (office) return office;
      // "citing the General Staff's daily reports": the body whose documents they are
      const owner = tokens[k].capitalized ? possessiveSourceAt(tokens, k, memory) : null;
      if (owner) return owner;
      // "according to its Ukraine Support Tracker": the body last named, by its own named dataset or report
      if ((tokens[k].lower === "its" || tokens[k].lower === "their") && k === i && tokens[k + 1]?.capitalized && memory.lastBody) return { source: memory.lastBody, start: k, end: k + 2 };
      const known = longestAt(sourcesByFirst, tokens, k);
      // "according to the regional health department": a region's department, no ministry
      if (known?.source.name === GENERIC_MINISTRY && tokens[k].lower === "department" && isLocalDepartment(tokens, k)) {
        const office = tokens.slice(k - 3, k).some((t) => t.lower === "regional") ? regionsOffice(tokens, memory) : null;
        return office ? { source: office, start: k, end: k + 1 } : null;
      }
      if (known) {
        // "the Ministry of Reintegration" read whole, not its "Ministry"; but "the International Committee of the
        // Red Cross" is the lexicon's, not the "International Committee" the capitals alone would give
        const org = orgAt(tokens, k);
        return org && org.end > k + known.words.length ? org : { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
      }
      const regional = regionalOffice(tokens, k + 1, memory) ?? localOffice(tokens, k + 1, memory);
      if (regional) return regional;
      // "according to the Kharkiv OVA": the office of the place named before the acronym
      const acronymOffice = tokens[k].capitalized && tokens[k - 1]?.capitalized && REGIONAL_OFFICE_ACRONYMS.has(tokens[k].lower) && ACRONYM.test(tokens[k].text) ? sourceEndingAt(tokens, k + 1, memory) : null;
      if (acronymOffice) return acronymOffice;
      // "according to preliminary data from the OVA": the regional office last named
      if (memory.lastOffice && REGIONAL_OFFICE_ACRONYMS.has(tokens[k].lower) && ACRONYM.test(tokens[k].text)) return { source: memory.lastOffice, start: k, end: k + 1 };
      const org = orgOrParentAt(tokens, k);
      if (org) return org;
      // (past the comma, only the name right after it, the title's apposition: not "According to the governor, a drone attack
      // near Zelenyi Hai wounded ...", whose place reads as a name)
      const name = tokens[k]?.capitalized && (commas === 0 || tokens[k - 1].text === ",") ? nameAt(tokens, k) : null;
      // ("the Ukrainian Parliament Commissioner for Human Rights, Dmytro Lubinets": "Human Rights" is the office's, no person)
      if (name && name.parts >= 2 && !isOfficeWords(tokens, k)) return personFound(name, memory, tokens, k, false);
    }
  }
  // "Citing the Donetsk Regional Military Administration, ...": the region's office (before its words are read as titles)
  const opening = tokens[i]?.lower === "the" ? i + 1 : i;
  for (let end = opening + 3; end <= opening + 4 && end <= tokens.length; end++) {
    const office = tokens[opening].capitalized ? regionalOffice(tokens, end, memory) : null;
    if (office && office.start <= opening) return office;
  }
  let k = i;
  // "the same ministry", "the regional governor"; but "the defence ministry" is a body, not a title before one
  for (;;) {
    if (tokens[k] && (tokens[k].lower === "the" || tokens[k].lower === "same" || (TITLES.has(tokens[k].lower) && !longestAt(sourcesByFirst, tokens, k)))) k++;
    else if (tokens[k]?.capitalized && TITLES.has(tokens[k + 1]?.lower ?? "") && placeByVariant(bare(tokens[k].lower))) k++; // "Kharkiv Mayor Ihor Terekhov"
    else break;
  }
  if (k >= tokens.length) return null; // ("according to the" closing a line: nothing named)
  // 'said Minister of Foreign Affairs Caspar Veldkamp': the person after his title's field
  const fielded = k > i && tokens[k].lower === "of" && TITLES.has(tokens[k - 1].lower) ? personAfterField(tokens, k, memory) : null;
  if (fielded) return { ...fielded, start: i };
  // "according to the regional operational headquarters": a Russian region's crisis staff, its administration, no governor
  const operational = tokens[k].lower === "operational" ? k : tokens[k + 1]?.lower === "operational" ? k + 1 : -1;
  const staff = operational >= 0 && tokens[operational + 1]?.lower === "headquarters" ? operationalHeadquarters(tokens, operational, memory) : null;
  if (staff) return staff;
  const channel = channelNamed(tokens, k);
  if (channel) return channel;
  // ("According to the head of the region, ..." after Governor Gladkov was named: the governor)
  // (its title read past as a title word: "the head" of "the head of the region")
  const regionHead = k > i && (tokens[k - 1].lower === "head" || tokens[k - 1].lower === "governor") && tokens[k].lower === "of" && tokens[k + 1]?.lower === "the" && REGION_NOUNS.has(tokens[k + 2]?.lower ?? "") ? memory.titles?.get("governor") : undefined;
  if (regionHead) return { source: regionHead, start: k - 1, end: k + 3 };
  // (in the possessive too: "According to the OVA's updated data")
  const unpossessed = tokens[k]?.text.replace(POSSESSIVE_END, "") ?? "";
  const written = isAcronym(unpossessed) ? unpossessed.toLowerCase() : "";
  // ("According to the OVA" before any office was named: the region's the sentence or the report is in)
  const acronym = memory.acronyms?.get(written) ?? (REGIONAL_OFFICE_ACRONYMS.has(written) ? memory.lastOffice ?? regionsOffice(tokens, memory) : cityOfficeByAcronym(written, memory, tokens, k));
  if (acronym) return { source: acronym, start: k, end: k + 1 };
  for (let end = k + 2; end <= k + 5 && end <= tokens.length; end++) {
    const office = localOffice(tokens, end, memory); // "said the Kherson city military administration"
    if (office && office.start <= k) return office;
  }
  const titled = k > i && tokens[k - 1] && TITLES.has(tokens[k - 1].lower) && !tokens[k]?.capitalized ? memory.titles?.get(tokens[k - 1].lower) : undefined;
  if (titled) return { source: titled, start: k - 1, end: k };
  const org = orgOrParentAt(tokens, k);
  if (org) return org;
  const known = longestAt(sourcesByFirst, tokens, k);
  if (known) return { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
  // "According to the source, ...": the unnamed source quoted before
  if (k > i && tokens[k - 1].lower === "the" && UNNAMED_NOUNS.has(tokens[k].lower) && memory.lastOfficials) return { source: memory.lastOfficials, start: k - 1, end: k + 1 };
  // "According to the brigade, ...": the brigade that spoke, else the one the page named last
  const unit = !inverted && k > i && tokens[k - 1].lower === "the" && UNIT_WORDS.has(tokens[k].lower) && (k + 1 === tokens.length || tokens[k + 1].kind === "punct") ? namedUnit(tokens[k].lower, tokens, memory) : null;
  if (unit) return { source: unit, start: k - 1, end: k + 1 };
  // ("According to the exiled official, ...": the official last named, as "the exiled official said")
  let named = -1;
  for (let j = k + 1; j <= k + 5 && j < tokens.length && named < 0; j++) if (tokens[j].lower === "official") named = j;
  const epithet = !inverted && named > 0 && (named + 1 === tokens.length || tokens[named + 1].kind === "punct") ? epithetStart(tokens, named) : -1;
  const epithetOf = epithet === i ? lastPersonNamed(memory) : null;
  if (epithetOf) return { source: epithetOf, start: epithet, end: named + 1 };
  if (OFFICIAL_WORDS.has(tokens[k + 1]?.lower ?? "") || OFFICIAL_WORDS.has(tokens[k]?.lower ?? "")) {
    // "citing US officials": the word before "officials" says whose they are
    return { source: officials(tokens, OFFICIAL_WORDS.has(tokens[k + 1]?.lower ?? "") ? k + 1 : k), start: k, end: k + 2 };
  }
  // "according to a senior Ukrainian official": one unnamed, his rank and side before the word
  const official = !inverted ? officialAfterModifiers(tokens, k) : -1;
  if (official > 0) return { source: officials(tokens, official), start: k, end: official + 1 };
  // "the head of the district military administration, Yevhen Yevtushenko:": the head named after his office;
  // "citing the head of the Glushkovo district": a local head not named is that side's officials
  if (tokens[k]?.lower === "of" && HEADS.has(tokens[k - 1]?.lower ?? "")) {
    const named = headNamedAfter(tokens, k, memory);
    if (named) return named;
    let local = -1;
    for (let j = k + 1; j < Math.min(tokens.length, k + 14) && tokens[j].text !== ","; j++) if (LOCAL_UNITS.has(tokens[j].lower) && local < 0) local = j;
    if (local > 0) return { source: officials(tokens, k), start: k - 1, end: local + 1 };
  }
  const prosecutors = tokens[k]?.lower === "prosecutors" ? prosecutorsOf(memory) : null;
  if (prosecutors) return { source: prosecutors, start: k, end: k + 1 };
  const headquarters = k > i && tokens[k].lower === "headquarters" ? namedHeadquarters(memory) : null;
  if (headquarters) return { source: headquarters, start: k - 1, end: k + 1 };
  // ("according to the command", "According to the administration, ...": as "the command said")
  const spoken = k > i ? spokenBody(tokens, k, memory) : undefined;
  if (spoken) return { source: spoken, start: k - 1, end: k + 1 };
  // "According to the Mission": the body named before whose name has that noun
  if (k > i && BODY_NOUNS.has(tokens[k].lower) && memory.lastBody && !tokens[k + 1]?.capitalized) return { source: bodyCalled(tokens[k].lower, memory, tokens, k - 1), start: k - 1, end: k + 1 };
  const name = nameAt(tokens, k);
  if (!name) return null;
  if (name.parts >= 2) return personFound(name, memory, tokens, k, false);
  const known2 = personBySurname(memory, name.surname);
  if (known2) return { source: known2, start: k, end: k + 1 };
  // 'said Shaman, who asked to be identified only by his call sign': a soldier known by his call sign speaks for his side
  if (tokens[k]?.capitalized && hasCallSign(tokens)) return callSignSoldier(tokens, k, memory);
  // ("according to the Children of War portal": a body's name joined by "of", not its first word)
  const linked = !inverted ? linkedNameAt(tokens, k) : null;
  if (linked) return linked;
  return tokens[k]?.capitalized && !inverted ? { source: { name: tokens[k].text.replace(/['’]s$/, ""), side: null }, start: k, end: k + 1 } : null;
}

/**
 * Where "the" opens an epithet before the word at `noun`: "the Moscow-installed official", "the exiled official" (lower-case
 * words, or a capitalised one joined by a hyphen); -1 when no epithet stands between the article and the noun, or when its
 * words are only those of an unnamed official ("the same official", "the senior Ukrainian official").
 */
function epithetStart(tokens: Token[], noun: number): number {
  let k = noun - 1;
  let describes = false; // a word that describes a person named before ("exiled", "installed"), not an unnamed one's rank or side
  while (k >= 0 && noun - k <= 5 && tokens[k].lower !== "the" && (isEpithetWord(tokens[k]) || (tokens[k].text === "-" && !tokens[k].spaced))) {
    describes ||= tokens[k].kind === "word" && !tokens[k].capitalized && !UNNAMED_OFFICIALS_WORDS.has(tokens[k].lower);
    k--;
  }
  return describes && k >= 0 && k < noun - 1 && tokens[k].lower === "the" ? k : -1;
}

/** Words of an official no one named: "the same official", "the senior official", "the second official". */
const UNNAMED_OFFICIALS_WORDS = new Set(["same", "other", "second", "third", "another", "former", "local", "regional", "anonymous", "unnamed", "western", "foreign", ...OFFICIAL_RANKS]);

/** The person the report named last, named or spoken of since. */
function lastPersonNamed(memory: SpeakerMemory): Source | null {
  const named = memory.lastNamed && isPersonName(memory.lastNamed.name) ? memory.lastNamed : memory.lastPerson;
  return named && isPersonName(named.name) ? named : null;
}

function isEpithetWord(token: Token): boolean {
  return token.kind === "word" && (!token.capitalized || !!SIDE_WORDS.get(token.lower) || !!placeByVariant(token.lower)) && !OFFICIAL_WORDS.has(token.lower);
}

/** The regional administration of the region the sentence names, else of the one the report named last. */
function regionsOffice(tokens: Token[], memory: SpeakerMemory): Source | null {
  const centre = regionInSentence(tokens) ?? memory.lastRegionCentre;
  return centre ? regionalAdministrationOf(centre) : null;
}

/**
 * "the CMA", "the CMA's Telegram channel": the city military administration the report named last ("the Kherson City
 * Military Administration"), else the one of the city the sentence names ("damaged 3 high-rises in Kramatorsk, the CMA said").
 */
function cityOfficeByAcronym(written: string, memory: SpeakerMemory, tokens: Token[], at: number): Source | null {
  if (!CITY_OFFICE_ACRONYMS.has(written)) return null;
  // (a city's by its own acronym only, not a hromada's "GVA")
  return memory.lastCityOffice ?? (CITY_ACRONYMS.has(written) ? cityMilitaryAdministration(tokens, at) : null);
}
const CITY_ACRONYMS = new Set(["cma", "mva"]);

/** A known body in the possessive starting at `k`: "the General Staff's", "Ukraine's Air Force's", "the WHO's". */
function possessiveSourceAt(tokens: Token[], k: number, memory: SpeakerMemory): Found | null {
  for (let j = k; j < Math.min(tokens.length, k + MAX_SOURCE_WORDS); j++) {
    if (!tokens[j].capitalized) return null;
    if (!/['’]s$/.test(tokens[j].text)) continue;
    const acronym = tokens[j].text.slice(0, -2);
    const known = longestEndingAt(tokens, j) ?? (j === k && ACRONYM.test(acronym) ? ACRONYM_NAMES.get(acronym) ?? memory.acronyms?.get(acronym.toLowerCase()) ?? cityOfficeByAcronym(acronym.toLowerCase(), memory, tokens, j) : undefined);
    return known ? { source: known, start: k, end: j + 1 } : null;
  }
  return null;
}

/** Capitalised words after "for" or "of" in an office's title ("Commissioner for Human Rights"), no person's name. */
function isOfficeWords(tokens: Token[], k: number): boolean {
  return (tokens[k - 1]?.lower === "for" || tokens[k - 1]?.lower === "of") && !FIRST_NAMES.has(tokens[k].lower);
}

/** "Belgorod's operational headquarters", "the regional operational headquarters": a Russian region's administration, else null. */
function operationalHeadquarters(tokens: Token[], operational: number, memory: SpeakerMemory): Found | null {
  let start = operational;
  while (start > 0 && start > operational - 3 && tokens[start - 1].kind === "word" && tokens[start - 1].lower !== "the") start--;
  const named = tokens.slice(start, operational).map((t) => placeByVariant(bare(t.lower))).find((place) => place);
  const centre = (named ? regionalCentreOf(named.name) : undefined) ?? regionInSentence(tokens) ?? memory.lastRegionCentre;
  const place = centre ? placeByVariant(centre.toLowerCase()) : undefined;
  if (!centre || !place || !isInRussia(place)) return null;
  memory.operationalHeadquarters = regionalAdministrationOf(centre); // "..., the headquarters said" later
  return { source: memory.operationalHeadquarters, start: tokens[start - 1]?.lower === "the" ? start - 1 : start, end: operational + 2 };
}

const SOURCE_NOUNS = new Set(["source", "sources"]);

/** The name a capitalised "Operational Headquarters of Kursk Oblast" leaves when read as a body's name. */
export const OPERATIONAL_STAFF = /^(?:regional )?operational headquarters$/i;

/** The "operational headquarters" between `from` and `to` as its Russian region's administration, else null. */
export function operationalStaffIn(tokens: Token[], from: number, to: number, memory: SpeakerMemory): Source | null {
  for (let k = from; k < Math.min(to, tokens.length) - 1; k++) if (tokens[k].lower === "operational" && tokens[k + 1].lower === "headquarters") return operationalHeadquarters(tokens, k, memory)?.source ?? null;
  return null;
}

/**
 * The last body named "... Headquarters ..." ("the Coordination Headquarters for the Treatment of Prisoners of War"),
 * else the operational headquarters the report cited ("the regional operational headquarters reported"), if any.
 */
function namedHeadquarters(memory: SpeakerMemory): Source | null {
  const bodies = memory.bodies ?? [];
  for (let n = bodies.length - 1; n >= 0; n--) if (bodies[n].name.toLowerCase().includes("headquarters")) return bodies[n];
  // (else the General Staff, which Ukrainian outlets call "the headquarters" after naming it: "4 clashes were still ongoing,
  // the headquarters said")
  return memory.operationalHeadquarters ?? latestBody(memory, (name) => name.endsWith("general staff")) ?? null;
}

/** "prosecutors said": the regional prosecutor's office of the (Ukrainian) region the report is about. */
function prosecutorsOf(memory: SpeakerMemory, regional = false): Source | null {
  const centre = memory.lastRegionCentre;
  const place = centre ? placeByVariant(centre.toLowerCase()) : undefined;
  if (place && isInRussia(place)) return null;
  if (regional) return centre ? regionalProsecutorOf(centre) : null;
  // the prosecutor's office that spoke last, regional or general ("The Kharkiv Regional Prosecutor's Office said ... Prosecutors added");
  // none named: a prosecutor's office's own page is its prosecutors', else Ukraine's are the Prosecutor General's Office
  const isProsecutors = (body: Source) => body.name.endsWith("Prosecutor's Office");
  return memory.bodies?.findLast(isProsecutors) ?? (memory.author && isProsecutors(memory.author) ? memory.author : PROSECUTOR_GENERAL);
}

const PROSECUTOR_GENERAL: Source = { name: "Prosecutor General's Office", side: "ukraine" };

/** The article opening the noun phrase that ends at `head` ("a 67-year-old local woman", "another resident"), or -1. */
function articleBefore(tokens: Token[], head: number): number {
  for (let k = head - 1; k >= Math.max(0, head - 7); k--) {
    const lower = tokens[k].lower;
    // (not "Another 7 residents were shot", a count)
    if (lower === "a" || lower === "an" || lower === "one" || (lower === "another" && tokens[k + 1]?.kind !== "num")) return k;
    if (tokens[k].capitalized || (tokens[k].kind === "punct" && tokens[k].text !== "-")) return -1;
  }
  return -1;
}

/** "the Kupiansk RVA": a district's (raion's) military administration, named after its town ("RMA" is the English "regional"). */
function districtAdministration(place: Token, acronym: Token): Source | null {
  if (acronym.lower !== "rva") return null;
  const town = placeByVariant(bare(place.lower));
  return town?.kind === "city" ? { name: `${town.name} District Military Administration`, side: "ukraine" } : null;
}

/** "In Kherson region, ... the OVA said": the office of the region the sentence is about. */
function officeOfSentence(tokens: Token[]): Source | null {
  const centre = regionInSentence(tokens);
  return centre ? regionalAdministrationOf(centre) : null;
}

/**
 * "the head of the Nikopol District Military Administration, Yevhen Yevtushenko,": the person named after
 * the office whose head `of` (the index of "of") introduces. The office's name may be long ("the head of
 * the Main Directorate of the National Police in Kharkiv Oblast, Volodymyr Tymoshko.").
 */
function headNamedAfter(tokens: Token[], of: number, memory: SpeakerMemory): Found | null {
  for (let j = of + 1; j < Math.min(tokens.length, of + 14); j++) {
    // "..., Yevhen Yevtushenko,", or the name right after the office: "the head of the Kupiansk MVA Andrii Besedin."
    const comma = tokens[j].text === ",";
    if (!comma && !(tokens[j].capitalized && FIRST_NAMES.has(tokens[j].lower))) continue;
    const at = comma ? j + 1 : j;
    const named = nameAt(tokens, at);
    const closes = tokens[at + (named?.words ?? 0)]?.text;
    if (named && named.parts >= 2 && (closes === "," || closes === ":" || closes === "." || closes === undefined)) return personFound(named, memory, tokens, at, false);
    return null;
  }
  return null;
}

/**
 * Where the words before a call sign ending at `k` end, and where its name is: ', call sign "Kit,"', ' call sign “Kit”,' or
 * ' with the call sign ‘Lis’' after "A drone operator with the 28th Brigade" ends at "Brigade", "pilot". Null when no call
 * sign ends at `k`.
 */
function beforeCallSign(tokens: Token[], k: number): { before: number; name: number } | null {
  let name = k;
  if (tokens[name]?.text === ",") name--;
  if (CALL_SIGN_CLOSES.has(tokens[name]?.text ?? "")) name--;
  if (tokens[name]?.text === ",") name--;
  if (!tokens[name]?.capitalized || tokens[name].kind !== "word") return null;
  const marked = CALL_SIGN_OPENS.has(tokens[name - 1]?.text ?? "") ? name - 1 : name; // its opening quotation mark
  let before = [1, 2, 3].map((n) => marked - n).find((start) => callSignEnd(tokens, start) === marked) ?? -1;
  if (before < 0) return null;
  before--;
  if (tokens[before]?.lower === "the" && tokens[before - 1]?.lower === "with") before -= 2;
  else if (tokens[before]?.lower === "by" || tokens[before]?.lower === "under") before -= 1;
  if (tokens[before]?.text === ",") before--;
  return before >= 0 ? { before, name } : null;
}

/** Quotation marks around a call sign, single ones too: "Kit", “Kit”, ‘Lis’. */
const CALL_SIGN_OPENS = new Set([...OPENING_QUOTE_MARKS, "'", "‘"]);
const CALL_SIGN_CLOSES = new Set([...CLOSING_QUOTE_MARKS, "'", "’"]);

/** Where the words "call sign" ("callsign", "call-sign") starting at `k` end, or -1. */
function callSignEnd(tokens: Token[], k: number): number {
  const word = tokens[k]?.lower;
  if (word === "callsign") return k + 1;
  if (word !== "call") return -1;
  if (tokens[k + 1]?.lower === "sign") return k + 2;
  return tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "sign" ? k + 3 : -1;
}

/** A soldier named by his call sign: his side's officials, then and whenever the report names him again. */
function callSignSoldier(tokens: Token[], k: number, memory: SpeakerMemory): Found {
  const source = officials(tokens, k);
  memory.surnames.set(tokens[k].lower, source);
  memory.lastNamed = source;
  return { source, start: k, end: k + 1 };
}

/**
 * "A company commander, who goes by the call sign "Lis", said ...": "Lis said" later is that soldier, his
 * side's officials, not a body called Lis.
 */
export function rememberCallSign(tokens: Token[], memory: SpeakerMemory): void {
  for (let first = 0; first < tokens.length - 1; first++) {
    const end = callSignEnd(tokens, first);
    if (end < 0) continue;
    let at = end;
    if (tokens[at]?.kind === "punct" && !tokens[at].capitalized && tokens[at].text !== ",") at++; // "Lis" in quotation marks
    if (tokens[at]?.capitalized && tokens[at].kind === "word" && !memory.surnames.has(tokens[at].lower)) {
      // ("We spoke with the colonel, call sign "Hrim"": the call sign of the colonel the page named, who stays himself)
      const titled = tokens[first - 1]?.text === "," && tokens[first - 3]?.lower === "the" ? memory.titles?.get(tokens[first - 2].lower) : undefined;
      if (titled) {
        memory.surnames.set(tokens[at].lower, titled);
        continue;
      }
      memory.lastCallSign = officials(tokens, at);
      memory.surnames.set(tokens[at].lower, memory.lastCallSign);
      // ("a drone pilot with the call sign Sapsan follows ... 'Today they came with 12 vehicles,' he says": the soldier)
      memory.lastNamed = memory.lastCallSign;
    }
  }
}

/** "call sign", "callsign", "call-sign" in the sentence: a soldier named by a pseudonym. */
function hasCallSign(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (callSignEnd(tokens, k) > 0) return true;
  return false;
}

/** "the Telegram channel Schetovod", "the channel Two Majors": a channel by the name it is given, known or not. */
function channelNamed(tokens: Token[], k: number): Found | null {
  const at = tokens[k]?.lower === "telegram" && tokens[k + 1]?.lower === "channel" ? k + 2 : tokens[k]?.lower === "channel" ? k + 1 : -1;
  if (at < 0 || !tokens[at]?.capitalized) return null;
  const known = longestAt(sourcesByFirst, tokens, at);
  if (known) return { source: known.source, start: k, end: at + known.words.length };
  let end = at + 1;
  while (end < at + 3 && tokens[end]?.capitalized && tokens[end].kind === "word") end++;
  const name = tokens.slice(at, end).map((t) => t.text).join(" ").replace(/['’]s$/, "");
  return { source: { name, side: null }, start: k, end };
}

/** "his office", "his administration", "the governor's office": the regional administration of the official last named. */
function officeOf(tokens: Token[], k: number, memory: SpeakerMemory): Found | null {
  const owner = tokens[k]?.lower;
  const noun = tokens[k + 1]?.lower;
  if (noun !== "office" && !(noun === "administration" && (owner === "his" || owner === "her"))) return null;
  // "..., the governor's office said": the administration of the region the governor heads (the sentence's, else the
  // report's, else the region of the governor the report named or whose page it is)
  if (owner === "governor's") {
    const centre = regionInSentence(tokens) ?? memory.lastRegionCentre ?? memory.titles?.get("governor")?.region ?? memory.author?.region;
    const title = tokens[k - 1]?.lower === "regional" ? k - 1 : k;
    return centre ? { source: regionalAdministrationOf(centre), start: tokens[title - 1]?.lower === "the" ? title - 1 : title, end: k + 2 } : null;
  }
  if (owner !== "his" && owner !== "her") return null;
  const region = memory.lastNamed?.region;
  return region ? { source: regionalAdministrationOf(region), start: k, end: k + 2 } : null;
}
