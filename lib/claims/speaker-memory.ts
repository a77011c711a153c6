import { FIRST_NAMES, isFirstName } from "./data/first-names";
import { placeByVariant } from "./data/gazetteer";
import { OUTLET_NAMES } from "./data/outlets";
import { LISTENER_VERBS, ORG_HEADS, PEOPLE, type Source, SPEECH_VERBS, TITLES, UNIT_WORDS } from "./data/sources";
import { CASUALTY_VERBS } from "./data/verbs";
import { SIDE_WORDS } from "./data/sides";
import { DEPUTIES } from "./source-resolution";
import { longestAt } from "./phrases";
import { isAcronym, CLAUSE_WORDS, CONNECTORS, LOCAL_RESIDENTS, bare, firstNameWithin, isBodyName, isDateWord, knownPerson, isPrivatePersonAt, localOffice, nameAt, orgAt, sideNear, sourcesByFirst, type NameMatch } from "./speaker-names";
import { DASHES, type Token } from "./tokenize";

// What a report has said so far about its speakers, carried from sentence to sentence: full names
// ("Oleh Syniehubov") for a later "Syniehubov said", titles ("Governor Ivan Fedorov" makes "the
// governor" him), acronyms defined in brackets, the last person, body and ministry named.

/** What the report has said so far about its speakers, carried from sentence to sentence. */
export type SpeakerMemory = {
  surnames: Map<string, Source>;
  lastPerson: Source | null;
  lastBody?: Source | null;
  /** The last few bodies that spoke, oldest first: "the mission" is the latest whose name has "mission". */
  bodies?: Source[];
  /** "the ministry added" is the last ministry named. */
  lastMinistry?: Source | null;
  /** The last defence ministry named: "the ministry" of a sentence of combat, when another ministry was named since. */
  lastDefenceMinistry?: Source | null;
  /** "Kherson Oblast Military Administration (OVA)" makes a later "the OVA" that administration. */
  acronyms?: Map<string, Source>;
  /** "Governor Ivan Fedorov" makes a later "the governor" Ivan Fedorov. */
  titles?: Map<string, Source>;
  /** A minister's field as his title gave it, by his name: "Social Policy" for "Social Policy Minister Oksana Zholnovych". */
  ministerFields?: Map<string, string>;
  /** The regional administration last named: "the OVA" when no "(OVA)" defined one. */
  lastOffice?: Source | null;
  /** The person last named, speaking or not: "his office" is theirs, "he said" is theirs. */
  lastNamed?: Source | null;
  /** The first person the page introduced with an age ("Dmytro Savchuk, 31, ..."): an interview's interviewee. */
  agedPerson?: Source;
  /** The soldier last introduced by a call sign ("Oleksandr, call sign \"Sych\""): his side's officials. */
  lastCallSign?: Source | null;
  /** Acronyms a legend on the page defines ("NPU — National Police of Ukraine"), for "(NPU)" tags below it. */
  glossary?: Map<string, Source>;
  /** The source last cited, person or body: "according to the same source" later. */
  lastSource?: Source | null;
  /** The unnamed officials last quoted ("A senior NATO official said ..."): "the official said" later. */
  lastOfficials?: Source | null;
  /** The Russian region's administration its "operational headquarters" stood for: what "the headquarters" means later. */
  operationalHeadquarters?: Source | null;
  /** The regional centre of the place the report last named ("Kherson"): which region "the regional administration" is. */
  lastRegionCentre?: string;
  /** Surnames of the people quoted so far. */
  spoken?: Set<string>;
  /** "Serhii Lysak, head of the Dnipropetrovsk Regional Military Administration": "the head of the OVA" later is Lysak. */
  holders?: Map<string, Source>;
  /** The city military administration last named with its city ("the Kherson City Military Administration"). */
  lastCityOffice?: Source | null;
  /** The city the report named last: whose "city military administration" an unnamed one is. */
  lastCity?: string | null;
  /** "Kharkiv mayor Ihor Terekhov": each mayor's city, where his figures are when he names no place. */
  mayors?: Map<string, string>;
  /** Who issued the page, when its header says ("U.S. Department of Defense" over a transcript). */
  author?: Source | null;
  /** The third country a report is about ("Moldovan"): its "Ministry of Defence" and "Border Police" are that country's. */
  host?: string | null;
  /**
   * The side whose capital heads a wire dateline ("KYIV, April 23 (Reuters) -") or whose state a masthead names ("Verkhovna
   * Rada of Ukraine"): whose "the Defence Ministry" it means.
   */
  datelineSide?: "ukraine" | "russia" | null;
  /** The report's whole text, for a surname its body names in full only further down (personNamedLater). */
  text?: string;
  /** The report's date (YYYY-MM-DD): who held an office it names by title alone ("the Ukrainian defence minister"). */
  publishedAt?: string | null;
  /** What personNamedLater found for each surname it was asked about (null: nothing). */
  namedLater?: Map<string, Source | null>;
  /** The outlet's own staff ("our correspondent Kateryna Sych", "CORRESPONDENT (Kateryna Sych, ...)"): what they report is the outlet's. */
  staff?: Set<string>;
  /**
   * What a look back over the text found last for each key ("body: service", "unit: brigade"), and how far it read: the
   * next look back reads on from there, so that a page asking at every sentence is read once (mentionedBefore).
   */
  mentioned?: Map<string, { end: number; found: Source | null }>;
};

/** The person a surname stands for: as this report named them first ("Mr Voloshyn" after "Nazar Voloshyn"), else as the lexicon knows them. */
export function personBySurname(memory: SpeakerMemory, surname: string): Source | undefined {
  return memory.surnames.get(surname) ?? PEOPLE.get(surname);
}

/** "VIKTOR:" in a transcript that introduced "Viktor Trehubov": the one person named so far by that first name, if only one. */
export function personByFirstName(memory: SpeakerMemory, first: string): Source | undefined {
  let found: Source | undefined;
  for (const person of memory.surnames.values()) {
    const space = person.name.indexOf(" ");
    if (space < 0 || person.name.slice(0, space).toLowerCase() !== first) continue;
    if (found && found.name !== person.name) return undefined;
    found = person;
  }
  return found;
}

/** "YI:" in a transcript that named "Yurii Ihnat" in full: the one person named so far with those initials, if only one. */
export function personByInitials(memory: SpeakerMemory, initials: string): Source | undefined {
  let found: Source | undefined;
  for (const person of memory.surnames.values()) {
    const parts = person.name.split(" ");
    if (parts.length < 2 || parts.map((part) => part.charAt(0)).join("") !== initials) continue;
    if (found && found.name !== person.name) return undefined;
    found = person;
  }
  return found;
}

/** A ministry named, or speaking: "the ministry" later is it. */
export function noteMinistry(memory: SpeakerMemory, ministry: Source): void {
  memory.lastMinistry = ministry;
  if (DEFENCE_MINISTRY.test(ministry.name)) memory.lastDefenceMinistry = ministry;
}

export const DEFENCE_MINISTRY = /Defen[cs]e|MoD/;

export function newSpeakerMemory(): SpeakerMemory {
  return { surnames: new Map(), lastPerson: null, lastBody: null, lastMinistry: null, acronyms: new Map(), titles: new Map(), spoken: new Set(), holders: new Map() };
}

/**
 * "Honcharenko: 418 residents left ..." heading a page whose body names "Oleksandr Honcharenko" only below it:
 * the full name the report gives the surname anywhere, a first name right before it (or right after it, as a
 * chair calls deputies: "Fedoriv Iryna"). Looked up only when a
 * label's surname is not known yet, so most reports never scan for it.
 */
export function personNamedLater(memory: SpeakerMemory, surname: string): Source | undefined {
  const { text } = memory;
  if (!text || surname.length < 3) return undefined;
  const found = (memory.namedLater ??= new Map());
  if (found.has(surname)) return found.get(surname) ?? undefined;
  let person: Source | null = null;
  const written = surname.charAt(0).toUpperCase() + surname.slice(1); // as a body sentence spells it
  // "MAYOR:" over "Kremenchuk Mayor Vitalii Maletskyi said ...": a title is no surname; its holder is the name after it
  const title = TITLES.has(surname);
  for (let at = text.indexOf(written); at >= 0 && !person; at = text.indexOf(written, at + 1)) {
    if (title) {
      const holder = HOLDER_AFTER.exec(text.slice(at + written.length, at + written.length + 40));
      if (holder && FIRST_NAMES.has(holder[1].toLowerCase())) {
        const name = `${holder[1]} ${holder[2]}`;
        person = knownPerson({ text: name, surname: holder[2].toLowerCase(), words: 2, parts: 2 }) ?? { name, side: null };
      }
      continue;
    }
    const end = at + written.length;
    if (at === 0 || LETTER.test(text[end] ?? "")) continue;
    // ("Microphone No. 5. Fedoriv Iryna, ...": a chair calls deputies surname first)
    const before = FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1];
    const first = before && FIRST_NAMES.has(before.toLowerCase()) ? before : FIRST_NAME_AFTER.exec(text.slice(end, end + 24))?.[1];
    if (!first || !FIRST_NAMES.has(first.toLowerCase())) continue;
    const name = `${first} ${text.slice(at, end)}`;
    person = knownPerson({ text: name, surname, words: 2, parts: 2 }) ?? { name, side: null };
  }
  found.set(surname, person);
  return person ?? undefined;
}

const LETTER = /\p{L}/u;
const HOLDER_AFTER = /^ (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/u;
const FIRST_NAME_BEFORE = /(\p{Lu}\p{Ll}+) $/u;
const FIRST_NAME_AFTER = /^ (\p{Lu}\p{Ll}+)\b/u;

const HONORIFICS = new Set(["mr", "mrs", "ms", "dr"]);

/** A newsroom's own people: what they saw and counted is the outlet's, not a source's. */
const STAFF_WORDS = new Set(["correspondent", "reporter", "journalist"]);

/**
 * "Our correspondent Kateryna Sych went there", "CORRESPONDENT (Kateryna Sych, Stepnohirsk):" in a broadcast's
 * transcript: the named person is the outlet's staff. (Not "a Reuters correspondent", another outlet's.)
 */
function rememberStaff(tokens: Token[], k: number, memory: SpeakerMemory): void {
  const label = tokens[k].text === tokens[k].text.toUpperCase() && tokens[k + 1]?.text === "(";
  if (!label && tokens[k - 1]?.lower !== "our") return;
  const at = label ? k + 2 : k + 1;
  const name = tokens[at]?.capitalized ? nameAt(tokens, at) : null;
  if (name && name.parts >= 2) (memory.staff ??= new Set()).add(name.text);
}

const BBC_RUSSIAN: Source = { name: "BBC Russian Service", side: null };

/** "X (ABC)": remember the acronym for "the ABC" later. */
export function rememberAcronym(tokens: Token[], end: number, source: Source, memory: SpeakerMemory): void {
  if (tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" && isAcronym(tokens[end + 1]?.text ?? "")) {
    memory.acronyms?.set(tokens[end + 1].lower, source);
  }
}

/**
 * Registers full names ("Oleh Syniehubov") so that a later "Syniehubov said" resolves to them, and their
 * titles; "Mr. Besedin" names a known person again. Read after the sentence's sources: "he" means someone before.
 */
export function rememberNames(tokens: Token[], memory: SpeakerMemory): void {
  rememberTitledSubject(tokens, memory);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === "(") rememberDefinedAcronym(tokens, i, memory);
    if (DASHES.has(tokens[i].text) && tokens[i].spaced) rememberGlossedAcronym(tokens, i, memory);
    if (STAFF_WORDS.has(tokens[i].lower)) rememberStaff(tokens, i, memory);
    if (tokens[i].lower === "administration" && tokens[i - 1]?.lower === "military") {
      const office = localOffice(tokens, i + 1);
      if (office) memory.lastCityOffice = office.source;
    }
    // "the BBC Russian Service keeps the list ..., the BBC said": once its Russian service is named, "the BBC" is that service
    if (tokens[i].text === "BBC" && (tokens[i + 1]?.lower === "russian" || (tokens[i + 1]?.lower === "'s" && tokens[i + 2]?.lower === "russian"))) memory.acronyms?.set("bbc", BBC_RUSSIAN);
    if (!tokens[i].capitalized) continue;
    if (HONORIFICS.has(tokens[i].lower)) {
      const at = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
      const known = memory.surnames.get(tokens[at]?.lower ?? "");
      if (known) memory.lastNamed = known;
      continue;
    }
    if (isPrivatePersonAt(tokens, i, memory)) { // "Lyudmila, 64," then "she said"
      memory.surnames.set(tokens[i].lower, LOCAL_RESIDENTS);
      if (tokens[i + 1].capitalized) memory.surnames.set(tokens[i + 1].lower, LOCAL_RESIDENTS); // "Koval said" later
      // (a victim described, "Among those killed was Serhii Melnyk, 44, a utility worker", says nothing: "according to
      // him" after it is still the official's)
      // ("Viktor, 67, ... said he found 3 neighbours dead" speaks though a toll is in his sentence)
      if (tokens.some((token) => SPEECH_VERBS.has(token.lower)) || !tokens.some((token) => CASUALTY_VERBS.has(token.lower))) memory.lastNamed = LOCAL_RESIDENTS;
      continue;
    }
    if (!tokens[i]?.capitalized || !tokens[i + 1]?.capitalized) continue; // a full name is two capitalized words
    // "Deputy Minister of Strategic Industries Taras Hnatiuk": the person starts at the first name
    i = firstNameWithin(tokens, i);
    if (i === 1 && tokens[0].lower === "by") break; // a byline names the writer, who is no speaker ("By Tom Hartley in ...")
    const name = nameAt(tokens, i);
    // "Khortytsia Operational-Strategic Group of Forces" opens with two capitalised words but is a body
    // ... and "Coordination Headquarters for the Treatment of Prisoners of War" is a body the lexicon knows
    const isBody = (tokens[i + (name?.words ?? 0)]?.text === "-" && (orgAt(tokens, i)?.end ?? 0) > i + (name?.words ?? 0)) || (longestAt(sourcesByFirst, tokens, i)?.words.length ?? 0) >= (name?.words ?? 1);
    // ("Dmytro Serhiiovych, how many ...?": a first name and a patronymic address someone named before, and name no one new)
    if (name && name.parts >= 2 && !isBody && !isBodyName(name.text) && !UNIT_WORDS.has(name.surname) && !ORG_HEADS.has(name.surname) && !OUTLET_NAMES.has(name.text.toLowerCase()) && !isAddress(tokens, i, name)) {
      const known = knownPerson(name);
      // "74-year-old Valentina Semyonovna": a woman called by her first name and patronymic, a private person
      const resident = !known && name.parts === 2 && FEMININE_PATRONYMIC.test(name.surname) && FIRST_NAMES.has(tokens[i].lower);
      const person: Source = known ?? (resident ? LOCAL_RESIDENTS : { name: name.text, side: sideNear(tokens, i) });
      memory.surnames.set(name.surname, person);
      // "Kosiniak-Kamysz said" is read back from its last part
      if (name.surname.includes("-")) memory.surnames.set(name.surname.slice(name.surname.lastIndexOf("-") + 1), person);
      // "Dmitry Peskov, Vladimir Putin's spokesman, ... he said": a possessive names someone else's man
      const last = tokens[i + name.words - 1];
      // nor is a firm named as the workplace of someone quoted ("head of marine war at broker Halyard Marine")
      const workplace = tokens[i - 1]?.lower === "at" || FIRM_NOUNS.has(tokens[i - 1]?.lower ?? "") || LISTENER_VERBS.has(tokens[i - 1]?.lower ?? ""); // "told UA Pulse": who is told is no later "he"
      if (!workplace && (known || isFirstName(tokens[i].lower)) && !last.lower.endsWith("'s") && tokens[i + name.words]?.lower !== "'s") memory.lastNamed = person;
      // "Captain Dmytro Savchuk, 31, call sign Yastrub-7, commands ...": the first person the page introduces by age
      if (tokens[i + name.words]?.text === "," && tokens[i + name.words + 1]?.kind === "num" && tokens[i + name.words + 2]?.text === ",") memory.agedPerson ??= person;
      rememberTitle(tokens, i, i + name.words, person, memory);
      i += name.words - 1;
    }
  }
}

/** Ukrainian and Russian patronymics: "Serhiiovych", "Ivanovich", "Petrivna", "Sergeyevna". */
const PATRONYMIC = /(?:ovych|evych|ovich|evich|ivna|ovna|evna|ichna)$/;
/** A woman's patronymic, which no surname shares ("Semyonovna", "Petrivna"), unlike "-ovych" (Arestovych). */
const FEMININE_PATRONYMIC = /(?:ivna|ovna|evna|ichna)$/;

const MAX_LABEL_BEFORE_ADDRESS = 4;

/**
 * "— Dmytro Serhiiovych, how many ...?": a first name and a patronymic opening a line and followed by a comma address
 * someone named before (not "Oleksii Arestovych said", a surname with the same ending).
 */
function isAddress(tokens: Token[], at: number, name: NameMatch): boolean {
  // (after a label's colon too, in a question: "Q: Vladimir Vasilyevich, how has the situation changed?"; not "Update: Oleksii
  // Arestovych, former adviser, said ...")
  const isQuestion = tokens[tokens.length - 1]?.text === "?";
  const opens = at === 0 || (at === 1 && tokens[0].kind === "punct") || (isQuestion && at <= MAX_LABEL_BEFORE_ADDRESS && tokens[at - 1].text === ":");
  return opens && name.parts === 2 && tokens[at + name.words]?.text === "," && PATRONYMIC.test(name.surname);
}

/** Nouns that name a firm or an outlet right before its name ("broker Halyard Marine", "newspaper Kommersant"). */
const FIRM_NOUNS = new Set([
  "broker", "firm", "company", "insurer", "operator", "consultancy", "bank", "newspaper", "outlet", "channel", "website",
  "magazine", "airline", "carrier", "shipowner", "charity", "agency", "group", "brokerage", "daily", "broadcaster",
]);

/**
 * "NPU — National Police of Ukraine, SES — State Emergency Service": a legend's acronym and the known body it stands for,
 * for "(NPU)" tags further down.
 */
function rememberGlossedAcronym(tokens: Token[], dash: number, memory: SpeakerMemory): void {
  const acronym = tokens[dash - 1]?.text ?? "";
  if (!isAcronym(acronym)) return;
  const known = longestAt(sourcesByFirst, tokens, dash + 1);
  const end = known ? dash + 1 + known.words.length : -1;
  if (known && (end === tokens.length || tokens[end].text === "," || tokens[end].text === ";" || tokens[end].text === ".")) (memory.glossary ??= new Map()).set(acronym.toLowerCase(), known.source);
}

/** "The World Health Organization (WHO)": a later "WHO said" is that organisation, named in full. */
function rememberDefinedAcronym(tokens: Token[], open: number, memory: SpeakerMemory): void {
  const acronym = tokens[open + 1]?.text ?? "";
  // ("Ukrzaliznytsia (UZ, Ukrainian Railways)": a gloss may follow the acronym)
  const closes = tokens[open + 2]?.text === ")" || tokens[open + 2]?.text === ",";
  if (!isAcronym(acronym) || !closes || memory.acronyms?.has(acronym.toLowerCase())) return;
  let start = open;
  let initials = "";
  while (start > 0 && open - start < 8) {
    const word = tokens[start - 1];
    if (word.capitalized && word.kind === "word" && word.lower !== "the") initials = word.text[0] + initials;
    // ("In October the Police and Border Guard Board (PPA)": an article opens the name, unless "of the" runs inside it)
    // ("the Border Police and the General Police Inspectorate (IGP)": "and the" opens a second body, the acronym's)
    else if (word.lower === "the" && (!CONNECTORS.has(tokens[start - 2]?.lower ?? "") || tokens[start - 2].lower === "and")) break;
    else if (!CONNECTORS.has(word.lower)) break;
    start--;
  }
  // ("Citing the National Intelligence Service (NIS), ...": a sentence's opening verb is no part of the name)
  while (start < open && (!tokens[start].capitalized || tokens[start].lower === "the" || CLAUSE_WORDS.has(tokens[start].lower))) start++;
  if (start >= open) return;
  // "Kherson City Military Administration (CMA)": the acronym may leave out the place leading the name
  const extra = initials.length - acronym.length;
  const placeLed = extra > 0 && initials.toUpperCase().endsWith(acronym) && tokens.slice(start, start + extra).every((t) => !!placeByVariant(t.lower));
  // "Ukrzaliznytsia (UZ)": one compound word whose letters spell the acronym in order
  const compound = open - start === 1 && tokens[start].text.length >= 6 && !placeByVariant(tokens[start].lower) && spellsInOrder(tokens[start].text.toUpperCase(), acronym);
  // "the Police and Border Guard Board (PPA)": a body named in full before it, whatever its own language's initials
  const body = open - start >= 2 && tokens.slice(start, open).some((t) => ORG_HEADS.has(t.lower));
  if (initials.toUpperCase() !== acronym && !placeLed && !compound && !body) return;
  const name = tokens.slice(start, open).map((t) => t.text).join(" ");
  const known = longestAt(sourcesByFirst, tokens, start);
  // ("HUMAN RIGHTS MONITORING MISSION IN UKRAINE (HRMMU)": a name opening with a body the lexicon knows, and the acronym
  // the lexicon knows for that body, is that body, whatever words its spelling adds)
  const knownAcronym = longestAt(sourcesByFirst, tokens, open + 1);
  const whole = known && (start + known.words.length === open || knownAcronym?.source.name === known.source.name);
  const source = whole ? known.source : { name, side: null };
  memory.acronyms?.set(acronym.toLowerCase(), source);
}

/** Whether `acronym`'s letters appear in `word` in order, the first one first ("UKRZALIZNYTSIA", "UZ"). */
function spellsInOrder(word: string, acronym: string): boolean {
  if (word[0] !== acronym[0]) return false;
  let at = 1;
  for (const letter of acronym.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A rank's ordinal among a name's titles: "Captain 3rd Rank". */
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

const CLAUSE_OPENERS = new Set(["who", "whose", "which", "that", "whom"]);

/**
 * "The mayor described the situation in Sloviansk. ..., he said": a sentence whose subject is a title the report gave
 * someone makes that person the one "he" and "she" stand for next.
 */
function rememberTitledSubject(tokens: Token[], memory: SpeakerMemory): void {
  if (tokens[0]?.lower !== "the") return;
  let k = 1;
  while (k < 4 && TITLES.has(tokens[k]?.lower ?? "")) k++;
  // (not "The head of the regional military administration urged": a title its "of" narrows)
  const holder = k > 1 && tokens[k]?.kind === "word" && !tokens[k].capitalized && tokens[k].lower !== "of" ? memory.titles?.get(tokens[k - 1].lower) : undefined;
  if (holder) memory.lastNamed = holder;
}

/** "Governor Ivan Fedorov", "John Healey, the Defence Secretary,": the title now names this person. */
function rememberTitle(tokens: Token[], start: number, end: number, person: Source, memory: SpeakerMemory): void {
  // "the head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov" is "the governor" after
  if (person.region) memory.titles?.set("governor", person);
  // "Defense Ministry Spokesman Lieutenant General Igor Konashenkov": every title in the run before the name
  // ("Ukrainian Navy spokesperson Captain 3rd Rank Dmytro Pletenchuk": a rank's ordinal among them)
  // ("Poland's defence minister, Władysław Kosiniak-Kamysz, said": the title before the comma of an apposition)
  // ("the UN Humanitarian Coordinator in Ukraine, Matthias Schmale": the title before the country it serves in)
  const afterComma = tokens[start - 1]?.text === ",";
  const inCountry = afterComma && tokens[start - 3]?.lower === "in" && tokens[start - 2].capitalized && TITLES.has(tokens[start - 4]?.lower ?? "");
  let before = start - 1;
  if (inCountry) before = start - 4;
  // (not a title addressing someone, opening a question: "JOURNALIST, ICTV: Minister, Tymur Tkachenko said an hour ago ...")
  else if (afterComma && TITLES.has(tokens[start - 2]?.lower ?? "") && !(start === 2 || tokens[start - 3]?.text === ":")) before = start - 2;
  for (let k = before; k >= Math.max(0, before - 6); k--) {
    if (ORDINAL_SUFFIXES.has(tokens[k].lower) && tokens[k - 1]?.kind === "num") {
      k--;
      continue;
    }
    // ("spokesman Lieutenant-General Igor Konashenkov": a hyphen joining the words of a rank)
    if (tokens[k].text === "-" && !tokens[k].spaced && TITLES.has(tokens[k - 1]?.lower ?? "")) continue;
    if (!TITLES.has(tokens[k].lower)) {
      // "Minister of National Defence Rasa Jankauskienė": a title of a capitalised field right before the name
      const title = titleOfField(tokens, k);
      if (title >= 0) holdsTitle(tokens[title].lower, person, memory);
      break;
    }
    holdsTitle(tokens[k].lower, person, memory);
    rememberMayor(tokens, k, person, memory);
    rememberMinisterField(tokens, k, person, memory);
  }
  if (tokens[end]?.text === ",") {
    for (let k = end + 1; k < Math.min(tokens.length, end + 5); k++) {
      // (not a relative clause: "Valentin Demidov, whose message the governor reposted, said")
      if (tokens[k].text === "," || CLAUSE_OPENERS.has(tokens[k].lower)) break;
      // ("Vadym Liakh, mayor of Sloviansk," is "the mayor" after; "head of the ... administration" is no bare "head")
      if (TITLES.has(tokens[k].lower) && !(tokens[k + 1]?.lower === "of" && HEAD_WORDS.has(tokens[k].lower))) holdsTitle(tokens[k].lower, person, memory);
    }
  }
}

/** The title's index in "<Title> of <Field>" ending at `end` ("Minister of National Defence"), or -1. */
// ("Acting Governor of the Zaporozhye Region Yevgeny Balitsky": the field may open with "the")
function titleOfField(tokens: Token[], end: number): number {
  for (let k = end; k >= Math.max(1, end - 4); k--) {
    if (tokens[k].lower === "of") return k < end && TITLES.has(tokens[k - 1].lower) ? k - 1 : -1;
    if (!tokens[k].capitalized && !(tokens[k].lower === "the" && tokens[k - 1]?.lower === "of")) return -1;
  }
  return -1;
}

/** Titles that name an office only with what follows them: "head of ...", "chief of ...". */
const HEAD_WORDS = new Set(["head", "chief"]);

/** One title, however worded: the "spokesperson Andrii Demchenko" is "the spokesman" later. */
const SAME_TITLES = new Map([["spokesperson", ["spokesman", "spokeswoman"]], ["spokesman", ["spokesperson"]], ["spokeswoman", ["spokesperson"]]]);

/**
 * The first officer a report names by his rank is "the commander" after, if no one is named commander ("Colonel Yurii
 * Savchenko has commanded the brigade ... the commander said"; not the chief of staff, "Major Ihor Tkach", named later).
 */
// (not "general": "Prosecutor General Andriy Kostin", "Secretary General Mark Rutte" hold no command)
const RANKS = new Set(["colonel", "col", "lieutenant", "lt", "major", "brigadier"]);

/** "Kharkiv mayor Ihor Terekhov", "Belgorod Mayor Valentin Demidov": the city before the title is the mayor's. */
function rememberMayor(tokens: Token[], title: number, person: Source, memory: SpeakerMemory): void {
  if (tokens[title]?.lower !== "mayor") return;
  const place = tokens[title - 1]?.capitalized ? placeByVariant(bare(tokens[title - 1].lower)) : undefined;
  if (place?.kind === "city") (memory.mayors ??= new Map()).set(person.name, place.name);
}

/**
 * "Social Policy Minister Oksana Zholnovych": the capitalised words right before "Minister" (up to three), which name the
 * minister's field; not a title's qualifier or a sentence's opening word ("Acting", "Yesterday").
 */
function rememberMinisterField(tokens: Token[], title: number, person: Source, memory: SpeakerMemory): void {
  if (tokens[title]?.lower !== "minister") return;
  let k = title;
  const isFieldWord = (token: Token) => token.capitalized && token.kind === "word" && !TITLES.has(token.lower) && !SIDE_WORDS.has(token.lower) && !DEPUTIES.has(token.lower) && !CLAUSE_WORDS.has(token.lower) && !isDateWord(token);
  while (k > 0 && title - k < MAX_FIELD_WORDS && isFieldWord(tokens[k - 1])) k--;
  if (k < title) (memory.ministerFields ??= new Map()).set(person.name, tokens.slice(k, title).map((t) => t.text).join(" "));
}
const MAX_FIELD_WORDS = 3;

function holdsTitle(title: string, person: Source, memory: SpeakerMemory): void {
  memory.titles?.set(title, person);
  for (const same of SAME_TITLES.get(title) ?? []) memory.titles?.set(same, person);
  if (RANKS.has(title) && !memory.titles?.has("commander")) memory.titles?.set("commander", person);
}
