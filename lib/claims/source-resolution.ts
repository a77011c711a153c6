import { isInRussia, placeByVariant } from "./data/gazetteer";
import { SIDE_WORDS } from "./data/sides";
import { AID_WORDS } from "./data/verbs";
import { ACRONYM_NAMES, GENERIC_MINISTRY, NATIONAL_POLICE, ONE_WORD_SOURCES, PEOPLE, SOURCES, UNIT_WORDS, type Source } from "./data/sources";
import { longestAt } from "./phrases";
import { DEFENCE_MINISTRY, personBySurname, type SpeakerMemory } from "./speaker-memory";
import { ACRONYM, BODIES, countryWord, unitSide, knownPerson, orgEndingAt, currencySide, unitSource, SIDE_ADJECTIVE, ministryOf, sideNear, isPersonName, bare, sourcesByFirst, MAX_SOURCE_WORDS, phraseEndingAt, type Found, type NameMatch } from "./speaker-names";
import { demonymOfPossessive, DEMONYMS_OF } from "./data/countries";
import { FIRST_NAMES } from "./data/first-names";
import { DASHES, tokenize, type Token } from "./tokenize";

// Who a short source phrase stands for ("the ministry", "the governor", "the group", a surname), and the word
// lists more than one reader shares. Reads tokens and the speaker memory and writes neither: what a reader learns
// on the way is remembered by that reader (noteBody in attribution.ts, callSignSoldier in source-phrases.ts).

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

export { MAX_SOURCE_WORDS };

/** "the fund said": generic nouns that stand for the body named last. */
export const BODY_NOUNS = new Set(["fleet", "fund", "inspectorate", "agency", "organisation", "organization", "mission", "bank", "institute", "company", "operator", "watchdog", "service", "office", "group", "monitor", "council", "committee", "commission", "charity", "authority", "centre", "center", "outlet", "outlets", "publication", "publications", "newspaper", "court", "tribunal", "authors", "researchers"]);

/** Parts of a body that speak for it: "the service's regional department", "the ministry's press office". */
export const UNIT_NOUNS = new Set(["department", "office", "service", "unit", "directorate", "branch", "division"]);

export const DOCUMENT_NOUNS = new Set(["report", "statement", "update", "summary", "bulletin", "briefing", "post", "message"]);
/** Words between an owner's possessive and its document or figures: "the General Staff's morning update", "Zelensky's weekly figures". */
export const DOCUMENT_MODIFIERS = new Set(["morning", "evening", "daily", "weekly", "latest", "monthly", "regular", "nightly", "new", "own"]);

/** A known source whose last word, in the possessive, is token `at`: "the General Staff's". */
export function longestEndingAt(tokens: Token[], at: number): Source | null {
  const found = phraseEndingAt(tokens, at, true);
  return found && found.source;
}

/** Like longestEndingAt, but "the Defence Ministry's" too: the generic ministry resolved as the sentence names it. */
export function possessiveSourceEndingAt(tokens: Token[], at: number, memory: SpeakerMemory): Source | null {
  const found = phraseEndingAt(tokens, at, false);
  return found && resolveGeneric(found.source, memory, tokens, found.start);
}

export const ARTICLES = new Set(["a", "an", "the"]);

export const DEMONYMS = new Set(["ukrainians", "russians"]);

export const HEADS = new Set(["head", "chief"]);

export const RECENT_BODIES = 12;

/** "the mission", "the agency": the latest body so called ("UN Human Rights Monitoring Mission"), else the body named last. */
export function bodyCalled(noun: string, memory: SpeakerMemory, tokens: Token[], before: number): Source {
  const called = latestBody(memory, (name) => name.includes(noun));
  // "Rosaviatsia introduced restrictions ..., the federal agency said": a body the same sentence named
  // (not "... Russian central bank assets, according to the Commission" after the European Commission was named)
  // ("The European Commission pledged 148 million euros ... through UN agencies including UNHCR, the Commission said": the
  // one the noun names, before a nearer other)
  const known = bodiesBefore(tokens, before);
  const nearest = PAIR_NOUNS.has(noun) ? known[known.length - 1] : known[0];
  const named = known.find((source) => source.name.toLowerCase().includes(noun)) ?? (called ? undefined : orgCalledBefore(noun, tokens, before) ?? nearest);
  if (named) return named;
  // ("..., the company added" on Ukrzaliznytsia's own page, after the SES was cited: the page's issuer)
  const issuer = noun === "company" && memory.author && !isPersonName(memory.author.name) ? memory.author : null;
  return called ?? issuer ?? memory.lastBody!;
}

/**
 * A body the lexicon does not know, named in capitals before `before` and ending in `noun`: "Kharkiv City Council paid ...,
 * the council said" (not the body that spoke last, the Air Force).
 */
function orgCalledBefore(noun: string, tokens: Token[], before: number): Source | undefined {
  for (let k = before - 1; k >= 0; k--) {
    if (!tokens[k].capitalized || tokens[k].lower !== noun) continue;
    const org = orgEndingAt(tokens, k + 1);
    if (org && org.end - org.start >= 2) return org.source;
  }
  return undefined;
}

/** A known body the sentence names before `before` whose name has `noun` in it ("the European Commission" for "the Commission"). */
export function namedInSentence(noun: string, tokens: Token[], before: number): Source | undefined {
  const known = bodiesBefore(tokens, before);
  // ("Mediazona and the BBC Russian Service have confirmed ..., the outlets said": a plural names the pair, the first speaks)
  return known.find((source) => source.name.toLowerCase().includes(noun)) ?? (PAIR_NOUNS.has(noun) ? known[known.length - 1] : undefined);
}

/** Plural nouns a sentence uses for the bodies it named before: "the outlets said", "the publications reported". */
const PAIR_NOUNS = new Set(["outlets", "publications", "authors", "researchers"]);

/** The known bodies named whole before `before`, nearest first (no generic ministry, person or unnamed officials). */
function bodiesBefore(tokens: Token[], before: number): Source[] {
  const found: Source[] = [];
  for (let k = before - 1; k >= 0; k--) {
    const known = tokens[k].capitalized ? longestAt(sourcesByFirst, tokens, k) : null;
    if (!known || k + known.words.length > before || known.source.name === GENERIC_MINISTRY || isPersonName(known.source.name) || known.source.name.endsWith(" officials")) continue;
    found.push(known.source);
  }
  return found;
}

/** The body that spoke most recently whose lower-case name passes `test` ("the mission": the latest with "mission"). */
export function latestBody(memory: SpeakerMemory, test: (name: string) => boolean): Source | undefined {
  const bodies = memory.bodies ?? [];
  for (let n = bodies.length - 1; n >= 0; n--) if (test(bodies[n].name.toLowerCase())) return bodies[n];
  return undefined;
}

export const DEPUTIES = new Set(["deputy", "acting", "first", "former", "ex"]);

export const OFFICIAL_NOUNS = new Set(["official", "officials"]);
/** Unnamed speakers a later "the official said", "the source said" refers back to. */
export const UNNAMED_NOUNS = new Set([...OFFICIAL_NOUNS, "source", "sources"]);

/** Nouns for published numbers: "data from X", "estimates by X". */
export const DATA_NOUNS = new Set(["data", "figures", "figure", "statistics", "estimates", "numbers", "tally", "count", "estimate", "calculations", "information"]);

export const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Last words of a document's title, never of a person's name: "the General Population Survey" is no General. */
export const TITLE_END_WORDS: ReadonlySet<string> = new Set(["survey", "tracker", "census", "index", "assessment", "review", "bulletin", "dashboard", "report", "study", "update", "overview", "brief"]);

/** A person's full name as the report or the lexicon spells it; a surname alone only when known. */
export function personFound(name: NameMatch, memory: SpeakerMemory, tokens: Token[], start: number, isBefore: boolean): Found | null {
  const end = start + name.words;
  if (TITLE_END_WORDS.has(name.surname)) return null;
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
  if (side === "russia" && source.side !== "russia" && source.name !== GENERIC_MINISTRY) return /defen[cs]e/.test(tokens[start]?.lower ?? "") ? { name: "Russian Defence Ministry", side } : { name: "Russian officials", side };
  if (source.name !== GENERIC_MINISTRY) return source;
  if (side === "russia") return { name: "Russian Defence Ministry", side }; // "Moscow's defence ministry"
  // ("Yesterday the department announced a $725 million package" in a Pentagon briefing: the US Department of Defense)
  if (tokens[start]?.lower === "department" && modifier?.lower === "the" && !memory.lastMinistry && PENTAGON_PAGE.test(memory.text ?? "")) return PENTAGON;
  // "According to his ministry" after "Defence Minister Boris Pistorius" on a German page: the minister's own, his country's
  // (a minister the report named by that title; his foreign ministry if the title said so)
  // ("Klymenko's ministry", "Pistorius's ministry": the minister named by surname, as "his ministry" is the one named last)
  const possessor = modifier?.lower === "his" || modifier?.lower === "her" ? memory.lastNamed : possessedBySurname(modifier, memory, tokens, start - 1);
  // ("Germany's defence minister Boris Pistorius ...; Pistorius's ministry said": a third country's minister, its ministry)
  const ownCountry = possessor ? countryBeforeName(memory, possessor.name) ?? (possessor.side !== "russia" && possessor.side !== "ukraine" ? countryOfSentence(tokens) : undefined) : undefined;
  if (ownCountry) return countryMinistry(ownCountry, tokens.some((t, k) => t.lower === "foreign" && tokens[k + 1]?.lower === "minister") ? "Foreign Ministry" : "Defence Ministry");
  const minister = possessor && memory.host ? possessor : null;
  if (minister && minister.side !== "ukraine" && minister.side !== "russia" && memory.titles?.get("minister") === minister) {
    return countryMinistry(memory.host!, memory.titles.get("foreign") === minister ? "Foreign Ministry" : "Defence Ministry");
  }
  // ("Interior Minister Ihor Klymenko gave a higher toll ... His ministry said 47 people were wounded": the ministry of the
  // field his title named, of his side)
  // (a minister of either side only: a third country's is its country's, above, or no one's the lexicon can name)
  const fieldMinister = possessor;
  const ministerSide = fieldMinister?.side === "russia" || fieldMinister?.side === "ukraine" ? fieldMinister.side : null;
  const field = ministerSide && memory.titles?.get("minister") === fieldMinister ? MINISTRY_FIELDS.find((word) => memory.titles?.get(word) === fieldMinister) : undefined;
  if (ministerSide && field) return sideMinistry(field, ministerSide);
  // ("Social Policy Minister Oksana Zholnovych said ... her ministry says": the ministry of the field her title named, of her
  // side, else Ukraine's, whose ministers the reports quote by title most)
  const ownField = fieldMinister && memory.titles?.get("minister") === fieldMinister ? memory.ministerFields?.get(fieldMinister.name) : undefined;
  if (ownField && fieldMinister!.side !== "other") return { name: ministryOf(ownField, fieldMinister!.side), side: fieldMinister!.side ?? "ukraine" };
  // "the Ministry of Defence in Kyiv", "the defence ministry in Moscow": the capital says whose
  // (or a sentence opening with the capital: "In Moscow, the defence ministry said ...", after Britain's ministry was named)
  const seat = capitalAfter(tokens, start) ?? openingCapital(tokens, start);
  if (seat) return { name: `${SIDE_ADJECTIVE[seat]} Defence Ministry`, side: seat };
  if (side === "ukraine") return { name: "Ukrainian Defence Ministry", side };
  // "Germany's defence ministry updated its list", "Norway's defence ministry said": a third country's own
  const owner = modifier ? demonymOfPossessive(modifier.text) : undefined;
  if (owner && namesDefence(tokens, start)) return countryMinistry(owner, "Defence Ministry");
  if (modifier?.kind === "word" && !side && !possessor && !MINISTRY_DETERMINERS.has(modifier.lower) && tokens[start]?.lower === "ministry") {
    const side = sideNear(tokens, start - 1) ?? currencySide(tokens);
    return { name: ministryOf(modifier.text, side), side };
  }
  // "the Ministry of Defence said in its daily intelligence update": the British ministry's own genre
  if (namesDefence(tokens, start) && namesIntelligenceUpdate(tokens)) return { name: "UK Ministry of Defence", side: "other" };
  // "the Defence Ministry" after the Foreign Ministry was named is not the Foreign Ministry
  // ("The Finance Ministry has transferred 18.3 bln rubles ..., the ministry said": the one the sentence named first)
  // ("Britain's £4.5bn military aid package ..., the Ministry of Defence said": the country the sentence opens with, over
  // a ministry of another country named paragraphs before; under a Kyiv or Moscow dateline, whose ministry it otherwise is,
  // only for the country's own aid, not "Germany's IRIS-T systems shot down 21 missiles, the Defence Ministry said")
  const subjectCountry = countrySubject(tokens, !memory.datelineSide || tokens.some((token) => AID_WORDS.has(token.lower)));
  if (subjectCountry && namesDefence(tokens, start)) return countryMinistry(subjectCountry, "Defence Ministry");
  // ("Sappers of the Emergencies Ministry have checked 1,450 hectares, according to the ministry": the one its own sentence
  // named, over the one the page named last)
  const last = ministryNamedBefore(source, tokens, start, memory) ?? lastMinistryFor(tokens, start, memory);
  // a Moldovan site's "the Ministry of Defence said": the host country's, when no other ministry was named
  // ("Britain has pledged £3 billion ..., the Ministry of Defence said": the country the sentence opens with)
  const country = memory.host ?? subjectCountry;
  if (!last && country) return countryMinistry(country, "Defence Ministry");
  // (a story datelined in Kyiv means Kyiv's: "KYIV, April 23 (Wire) - ... 1 million hryvnias, according to the Defence Ministry")
  // (not "In Russia, the Defense Ministry said ...": a sentence that names Russia before it means Moscow's)
  if (!last && memory.datelineSide === "ukraine" && !tokens.slice(0, start).some((t) => SIDE_WORDS.get(t.lower) === "russia")) return { name: "Ukrainian Defence Ministry", side: "ukraine" };
  return last ?? { name: "Russian Defence Ministry", side: "russia" };
}

/**
 * The ministry last named, unless it is no defence ministry and the sentence names one ("the Defence Ministry" after the
 * Foreign Ministry) or speaks of combat ("The enemy lost up to 180 servicemen," the ministry said, after the Emergencies
 * Ministry's rescuers in a story on the Defence Ministry's summary): then the defence ministry named last, if any.
 */
function lastMinistryFor(tokens: Token[], start: number, memory: SpeakerMemory): Source | null {
  const last = memory.lastMinistry ?? null;
  if (!last || DEFENCE_MINISTRY.test(last.name)) return last;
  if (namesDefence(tokens, start)) return null;
  return tokens.some((token) => COMBAT_WORDS.has(token.lower)) ? (memory.lastDefenceMinistry ?? last) : last;
}

/** Words of a sentence of combat, which a defence ministry reports and no other. */
const COMBAT_WORDS = new Set(["enemy", "servicemen", "battlegroup", "battlegroups", "troops", "counterattacks", "artillery", "armored", "armoured", "tanks", "manpower"]);

const PENTAGON_PAGE = /\bPentagon\b|\bDepartment of Defense\b/;
const PENTAGON: Source = SOURCES.find(({ source }) => source.name === "Pentagon")!.source;

/** "The Finance Ministry has transferred 18.3 bln rubles ..., the ministry said": a ministry the sentence named before, by its field. */
function ministryNamedBefore(source: Source, tokens: Token[], start: number, memory: SpeakerMemory): Source | null {
  if (!/^ministry(?:['’]s)?$/.test(tokens[start]?.lower ?? "") || tokens[start - 1]?.capitalized) return null;
  for (let k = start - 2; k > 0; k--) {
    if (tokens[k].lower !== "ministry" || !tokens[k - 1].capitalized || MINISTRY_DETERMINERS.has(tokens[k - 1].lower)) continue;
    // (a ministry the lexicon knows by that name: "the Emergencies Ministry" is Russia's; not another side's, "Russia's
    // Interior Ministry", which the lexicon's Ukrainian "Interior Ministry" is not)
    const known = longestAt(sourcesByFirst, tokens, k - 1);
    // (its owner the word right before its name: "Russia's", "Russian"; not a side the sentence names elsewhere, "After the
    // Russian strike, officers of the Interior Ministry ...")
    const side = SIDE_WORDS.get(bare(tokens[k - 2]?.lower ?? ""));
    const same = known && k - 1 + known.words.length === k + 1 && known.source.name !== GENERIC_MINISTRY && (!side || side === known.source.side);
    return same ? known.source : resolveGeneric(source, memory, tokens, k);
  }
  return null;
}

/** The person a possessive surname names, "Klymenko's", whom the report has named in full before or the lexicon knows; else null. */
function possessedBySurname(modifier: Token | undefined, memory: SpeakerMemory, tokens: Token[], at: number): Source | null {
  const surname = modifier?.capitalized ? /^(\p{L}[\p{L}-]*)['’]s?$/u.exec(modifier.text)?.[1] : undefined;
  if (!surname) return null;
  // (named in full earlier in the same sentence: "Germany's defence minister Boris Pistorius ...; Pistorius's ministry said")
  const here = tokens.findIndex((token, k) => k < at && token.text === surname && !!tokens[k - 1]?.capitalized && FIRST_NAMES.has(tokens[k - 1].lower));
  const person = here > 0 ? (knownPerson({ text: `${tokens[here - 1].text} ${surname}`, surname: surname.toLowerCase(), words: 2, parts: 2 }) ?? { name: `${tokens[here - 1].text} ${surname}`, side: null }) : (personBySurname(memory, surname.toLowerCase()) ?? PEOPLE.get(surname.toLowerCase()));
  return person && person.name.endsWith(` ${surname}`) ? person : null;
}

/** The third country named right before the person's name where the page first gives it: "Germany's defence minister Boris Pistorius". */
function countryBeforeName(memory: SpeakerMemory, name: string): string | undefined {
  const at = memory.text?.indexOf(name) ?? -1;
  return at > 0 ? countryOfSentence(tokenize(memory.text!, Math.max(0, at - TITLE_BEFORE_NAME_CHARS), at)) : undefined;
}
const TITLE_BEFORE_NAME_CHARS = 40; // "Germany's defence minister ", "German Defence Minister "

/** The third country a sentence names first, by its name in the possessive or its demonym: "Germany's", "German". */
function countryOfSentence(tokens: Token[]): string | undefined {
  for (const token of tokens) {
    const demonym = token.capitalized ? (demonymOfPossessive(token.text) ?? DEMONYMS_OF.get(token.text)) : undefined;
    if (demonym) return demonym;
  }
  return undefined;
}

/** The side whose capital follows a ministry's name: "the Ministry of Defence in Kyiv". */
function capitalAfter(tokens: Token[], start: number): "russia" | "ukraine" | undefined {
  for (let k = start + 1; k < Math.min(tokens.length - 1, start + 5); k++) {
    if (tokens[k].lower !== "in") continue;
    const capital = tokens[k + 1].lower;
    return capital === "kyiv" || capital === "kiev" ? "ukraine" : capital === "moscow" ? "russia" : undefined;
  }
  return undefined;
}

const MAX_OPENING_TO_MINISTRY = 3; // "In Moscow, the Russian defence ministry": the capital's clause, then a word or two

/** The side whose capital opens the sentence before a ministry's name: "In Moscow, the defence ministry said". */
function openingCapital(tokens: Token[], start: number): "russia" | "ukraine" | undefined {
  if (tokens[0]?.lower !== "in" || tokens[2]?.text !== "," || start - 3 > MAX_OPENING_TO_MINISTRY) return undefined;
  const capital = tokens[1].lower;
  return capital === "kyiv" || capital === "kiev" ? "ukraine" : capital === "moscow" ? "russia" : undefined;
}

/** "in its daily intelligence update", "its latest defence intelligence update": the UK Ministry of Defence's bulletin. */
function namesIntelligenceUpdate(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (tokens[k].lower === "intelligence" && (tokens[k + 1]?.lower === "update" || tokens[k + 1]?.lower === "updates")) return true;
  return false;
}

/** Whether the generic ministry's words at `start` name defence: "the Defence Ministry", "the Ministry of Defence", "the MoD". */
function namesDefence(tokens: Token[], start: number): boolean {
  const word = tokens[start]?.lower;
  return word === "defence" || word === "defense" || word === "mod" || word === "mod's" || (word === "ministry" && tokens[start + 1]?.lower === "of" && /^defen[cs]e/.test(tokens[start + 2]?.lower ?? ""));
}

const MINISTRY_DETERMINERS = new Set(["the", "this", "that", "its", "their", "our", "his", "her", "a", "same", "to", "by", "from", "of", "said", "and", "with", "in", "for", "on", "at", "under", "per"]);

/**
 * What a body's short or generic name stands for once the report has said more: "the Operational Command" after
 * the "Polish Operational Command", "the Commission" after the "European Commission" (the body named in full
 * before whose name ends with it), and "the Border Police" in a report about Moldova (that country's).
 */
export function shortNameResolved(source: Source, memory: SpeakerMemory, tokens: Token[], end: number): Source {
  if (source.name === BORDER_GUARD && namesUkraine(tokens, end)) return source; // "Ukraine's State Border Guard Service", whoever's was named before
  const short = ` ${source.name.toLowerCase()}`;
  const named = latestBody(memory, (name) => name.length > short.length && name.endsWith(short));
  if (named) return named;
  // "... spoke for the State Border Guard Service. According to the Service's weekly summary, ...": the body the page named
  // last by that noun, though it has not spoken yet (only a known body: a bare "Service" is no one's name)
  const mentioned = BODY_NOUNS.has(source.name.toLowerCase()) && tokens.length ? bodyMentionedBefore(memory, tokens[0].start, short) : null;
  if (mentioned) return mentioned;
  const owner = ownerByAcronym(source.name);
  if (owner) return owner;
  const country = COUNTRYLESS_MINISTRY.exec(source.name);
  if (country) return ministryOfCountry(country[1] ?? country[2], source, memory, tokens, end);
  // "Danish Ministry of Defence", "Romanian Ministry of National Defence": a country's ministry by the name the gold set gives it
  const spelled = DEMONYM_MINISTRY.exec(source.name);
  const demonym = spelled ? countryWord(spelled[1]) : undefined;
  if (spelled && demonym === spelled[1]) return countryMinistry(demonym, spelled[2].startsWith("Foreign") ? "Foreign Ministry" : "Defence Ministry");
  if (source.name === NATIONAL_POLICE.name && !namesUkraine(tokens, end)) {
    const police = thirdCountryPolice(memory, tokens, end);
    if (police) return police;
  }
  // a Moldovan site's "the Ministry of Internal Affairs", "the Ministry of Energy": that country's, named as the gold set names
  // a country's ministries ("Moldovan Interior Ministry"), unless the sentence is set in Ukraine
  // (the country the sentence names first, "Moldova imported 42,000 tonnes ... as supplies across Ukraine became less
  // predictable"; else none if it is set in Ukraine, "8 power plants were damaged across Ukraine")
  const field = memory.host ? HOST_MINISTRY.exec(source.name)?.[1] : undefined;
  const namesHost = (token: Token) => token.text === memory.host || DEMONYMS_OF.get(token.text) === memory.host;
  const ministryCountry = field ? countryInSentence(tokens) ?? (tokens.some(namesHost) || !setInUkraine(tokens, end) ? memory.host : undefined) : undefined;
  if (field && ministryCountry) return { name: `${ministryCountry} ${field === "Internal Affairs" ? "Interior" : field} Ministry`, side: "other" };
  // an Estonian site's "the Transport Administration", "the National Bureau of Investigation": that country's state
  // body, or the one of the country the sentence names ("In Latvia, the Civil Aviation Agency reported ...")
  if (memory.host && isBareStateBody(source.name)) return { name: `${countryInSentence(tokens) ?? memory.host} ${source.name}`, side: "other" };
  // a Lithuanian site's "the State Border Guard Service": that country's, unless the words say Ukraine's
  if (memory.host && source.name === BORDER_GUARD) return { name: `${memory.host} ${BORDER_GUARD}`, side: "other" };
  return source;
}

/**
 * The last thing `find` finds in the page text between `from` and `end`, `from` being where the last look back for `key`
 * stopped, less `overlap` characters for a name across that point: each part of the page is read once however often a
 * page asks. `find` reads the whole text, so that what stands before `from` still counts as context.
 */
function mentionedBefore(memory: SpeakerMemory, key: string, end: number, overlap: number, find: (text: string, from: number, end: number) => Source | null): Source | null {
  const text = memory.text ?? "";
  const cache = (memory.mentioned ??= new Map());
  const before = cache.get(key);
  const readOn = !!before && before.end <= end;
  const found = find(text, readOn ? Math.max(0, before.end - overlap) : 0, end) ?? (readOn ? before.found : null);
  cache.set(key, { end, found });
  return found;
}

/**
 * The known body whose name ends in `short` (" service") that the page mentions last before `end`, under any of its names;
 * null if none. Read only for a capitalised body noun no speaker so far resolves ("the Service said").
 */
export function bodyMentionedBefore(memory: SpeakerMemory, end: number, short: string): Source | null {
  return mentionedBefore(memory, `body:${short}`, end, MAX_NAME_CHARS, (text, from, to) => {
    // (one character more before `from`: the word boundary of a name at the part's start)
    const start = Math.max(0, from - 1);
    const lower = text.slice(start, to).toLowerCase();
    let best: { at: number; source: Source } | null = null;
    for (const { words, source } of SOURCES) {
      if (!source.name.toLowerCase().endsWith(short) || words.length < 2) continue;
      const at = lastWholePhrase(lower, words.join(" "), start > 0 ? 1 : 0);
      if (at >= 0 && (!best || at > best.at)) best = { at, source };
    }
    return best?.source ?? null;
  });
}

/** Longer than any name a look back matches, and the words of its side before it: its overlap with the part read before. */
const MAX_NAME_CHARS = 160;

/**
 * "According to the brigade" with no brigade spoken yet: the numbered unit of that kind the page names last before `end`
 * ("the 28th Separate Mechanized Brigade reported on Telegram"), its side read as a unit's named in a sentence is; null if none.
 */
export function unitMentionedBefore(memory: SpeakerMemory, end: number, unitWord: string): Source | null {
  const pattern = unitPattern(unitWord);
  return mentionedBefore(memory, `unit:${unitWord}`, end, MAX_NAME_CHARS, (text, from, to) => {
    let last: { at: number; length: number } | null = null;
    for (const match of text.slice(from, to).matchAll(pattern)) {
      const at = from + match.index;
      if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) last = { at, length: match[0].length };
    }
    if (!last) return null;
    // (the tokens around it, for the side words of its clause: "Russia's 810th ...", "... of the Russian Navy")
    const window = Math.max(0, last.at - SIDE_CONTEXT_CHARS);
    const tokens = tokenize(text, window, Math.min(text.length, last.at + last.length + SIDE_CONTEXT_CHARS));
    const first = tokens.findIndex((token) => token.start === last.at);
    const after = tokens.findIndex((token) => token.end === last.at + last.length);
    const name = text.slice(last.at, last.at + last.length).replace(/\s+/g, " ");
    return { name, side: first >= 0 && after >= 0 ? unitSide(tokens, first, after + 1) : "ukraine" };
  });
}

/** "28th Separate Mechanized Brigade" for "brigade": a number, up to four capitalised words and the unit word; built once per word. */
function unitPattern(unitWord: string): RegExp {
  let pattern = UNIT_PATTERNS.get(unitWord);
  if (!pattern) {
    const unit = unitWord.charAt(0).toUpperCase() + unitWord.slice(1).toLowerCase();
    pattern = new RegExp(`\\d{1,3}(?:st|nd|rd|th)(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4}\\s+${unit}\\b`, "gu");
    UNIT_PATTERNS.set(unitWord, pattern);
  }
  return pattern;
}
const UNIT_PATTERNS = new Map<string, RegExp>();

/** How far around a unit's name its side words are read. */
const SIDE_CONTEXT_CHARS = 40;

/** Where `phrase` occurs last in `text` at or after `from` as whole words, -1 if it does not. */
function lastWholePhrase(text: string, phrase: string, from = 0): number {
  for (let at = text.lastIndexOf(phrase); at >= from; at = at > 0 ? text.lastIndexOf(phrase, at - 1) : -1) {
    const after = text[at + phrase.length];
    if ((at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return at;
  }
  return -1;
}

const BORDER_GUARD = "State Border Guard Service";
/** A ministry named by its field alone, one word or "Internal Affairs": "Ministry of Energy", "Ministry of Internal Affairs". */
const HOST_MINISTRY = /^Ministry of (Internal Affairs|[A-Z][a-z]+)$/;

/**
 * "Hungarian police", "Moldova's Border Police": a third country's police, named by its demonym; on a third country's site
 * its "national police" and "border police" too (not "the police" alone, which a neighbour's site quotes of Ukraine's).
 */
function thirdCountryPolice(memory: SpeakerMemory, tokens: Token[], end: number): Source | null {
  const kind = tokens[end - 2]?.lower === "border" ? "Border Police" : tokens[end - 2]?.lower === "national" ? "National Police" : "Police";
  // ("In neighbouring Moldova, the Border Police said": the country the sentence is set in, before the page's own; the page's
  // National Police only if the sentence names no Ukrainian place: "the National Police said 7 were killed in Lviv" is Ukraine's)
  // (Ukraine has no "Border Police": that one is the host's wherever the sentence is set)
  const host = kind === "Police" || (kind === "National Police" && namesUkrainianPlace(tokens)) ? undefined : memory.host ?? undefined;
  const country = countryNamedBefore(tokens, end) ?? (kind === "Police" ? undefined : countryInSentence(tokens) ?? host);
  if (country && !SIDE_DEMONYMS.has(country)) return { name: `${country} ${kind}`, side: "other" };
  // (a "Border Police" no country is named for is still no Ukrainian body)
  return kind === "Border Police" ? { name: kind, side: "other" } : null;
}
const SIDE_DEMONYMS = new Set(["Russian", "Ukrainian"]);

/** Whether the sentence is set in Ukraine: it names Ukraine (anywhere, not only by the body's name) or a place there. */
function setInUkraine(tokens: Token[], end: number): boolean {
  return namesUkraine(tokens, end) || tokens.some((t) => t.lower === "ukraine" || t.lower === "ukraine's") || namesUkrainianPlace(tokens);
}

/** Whether the sentence names a place in Ukraine the gazetteer knows. */
function namesUkrainianPlace(tokens: Token[]): boolean {
  return tokens.some((t) => {
    const place = t.capitalized ? placeByVariant(bare(t.lower)) : undefined;
    return !!place && !isInRussia(place);
  });
}

/** Umbrella bodies and countries by acronym: the gold set names their parts in full ("UN Human Rights Monitoring Mission"). */
const UMBRELLAS = new Set(["UN", "EU", "UK", "US", "USA", "NATO", "OSCE"]);

/**
 * A body's own system or office, named with the body's acronym first, is the body: "the WHO Surveillance System
 * for Attacks on Health Care", "the OCHA Financial Tracking Service".
 */
export function ownerByAcronym(name: string): Source | undefined {
  const space = name.indexOf(" ");
  const first = space > 0 ? name.slice(0, space).replace(/['’]s$/, "") : "";
  if (!ACRONYM.test(first) || UMBRELLAS.has(first) || BODIES.has(name)) return undefined;
  return ACRONYM_NAMES.get(first) ?? ONE_WORD_SOURCES.get(first.toLowerCase());
}

/** A foreign or defence ministry named without its country: "the Ministry of Foreign Affairs", "the Federal Ministry of Defence". */
const DEMONYM_MINISTRY = /^(\p{Lu}\p{Ll}+) (?:Federal )?Ministry of (?:National )?(Defen[cs]e|Foreign Affairs)$/u;
const COUNTRYLESS_MINISTRY = /^(?:Federal |National )?(?:Ministry of (?:National )?(Defen[cs]e|Foreign Affairs)|(Defen[cs]e|Foreign) Ministry)$/;

/**
 * Such a ministry is named by its country as the gold set and Western copy do ("Georgian Foreign Ministry"): the
 * country the sentence is set in, else the report's host country, else the side the words give, else Ukraine's.
 * A "Federal Ministry" with no country named is Germany's: neither side's ministries call themselves federal.
 */
function ministryOfCountry(field: string, source: Source, memory: SpeakerMemory, tokens: Token[], end: number): Source {
  const ministry = field.startsWith("Foreign") ? "Foreign Ministry" : "Defence Ministry";
  const country = countryNamedBefore(tokens, end) ?? countryInSentence(tokens) ?? memory.host ?? (source.name.startsWith("Federal ") ? "German" : undefined);
  if (country) return countryMinistry(country, ministry);
  // ("the Ministry of National Defence said": Romania's, Poland's or Lithuania's name, never either side's)
  if (/National Defen[cs]e/.test(source.name)) return { name: source.name, side: "other" };
  return source.side === "russia" ? { name: `Russian ${ministry}`, side: "russia" } : { name: `Ukrainian ${ministry}`, side: "ukraine" };
}

/** The fields a minister's title names before "minister" ("Interior Minister", "Defence Minister"), whose ministry "his ministry" is. */
const MINISTRY_FIELDS = ["interior", "defence", "defense", "foreign"];

/** A side's ministry of a field, as the gold set names it: "Ministry of Internal Affairs", "Russian Foreign Ministry". */
function sideMinistry(field: string, side: "russia" | "ukraine"): Source {
  if (field === "interior" && side === "ukraine") return { name: "Ministry of Internal Affairs", side };
  const name = field === "foreign" ? "Foreign" : field === "interior" ? "Interior" : "Defence";
  return { name: `${SIDE_ADJECTIVE[side]} ${name} Ministry`, side };
}

/** A third country's ministry as the gold set names it: "Georgian Foreign Ministry", but Britain's MoD is the "UK Ministry of Defence". */
function countryMinistry(demonym: string, ministry: "Defence Ministry" | "Foreign Ministry"): Source {
  return { name: demonym === "British" && ministry === "Defence Ministry" ? "UK Ministry of Defence" : `${demonym} ${ministry}`, side: "other" };
}

/** The third country a sentence opens with as its subject: "Britain has pledged ...", "Germany will send ...". */
function countrySubject(tokens: Token[], possessive: boolean): string | undefined {
  // ("KYIV, June 5 (Reuters) - Britain's ...": past a wire's dateline)
  const opening = datelineEnd(tokens);
  // ("Neighboring Romania scrambled 2 F-16 jets": past a word describing it)
  // (and past the article of a country named with one: "The UK has provided £12.8bn ...", "The Netherlands will send ...")
  const described = tokens[opening] && COUNTRY_DESCRIPTIONS.has(tokens[opening].lower) ? opening + 1 : opening;
  const named = tokens[described + 1]?.text.replace(/['’]s$/, "") ?? "";
  const at = tokens[described]?.lower === "the" && (DEMONYMS_OF.has(named) || ABBREVIATED_COUNTRIES.has(named)) ? described + 1 : described;
  const first = tokens[at]?.text ?? "";
  // ("Britain's £4.5bn military aid package ...": the country owning the sentence's subject, where `possessive` allows it)
  const owner = demonymOfPossessive(first);
  if (owner) return possessive ? owner : undefined;
  const demonym = DEMONYMS_OF.get(first) ?? (at > described ? ABBREVIATED_COUNTRIES.get(first) : undefined);
  const next = tokens[at + 1];
  return demonym && next?.kind === "word" && !next.capitalized && next.lower !== "and" ? demonym : undefined;
}

const COUNTRY_DESCRIPTIONS = new Set(["neighbouring", "neighboring", "nearby"]);
/** Countries written by their initials after "the": "The UK has provided ...". */
const ABBREVIATED_COUNTRIES = new Map([["UK", "British"]]);

/** Where a sentence's words begin after a wire's dateline ("KYIV, June 5 (Reuters) -"), else 0. */
function datelineEnd(tokens: Token[]): number {
  for (let k = 1; k < Math.min(tokens.length - 1, MAX_DATELINE_TOKENS); k++) {
    if (tokens[k].text === ")" && DASHES.has(tokens[k + 1].text)) return k + 2;
  }
  return 0;
}
const MAX_DATELINE_TOKENS = 12;

/** The head words of a state's agencies (not its ministries, named by their own rules, nor firms or boards). */
const STATE_HEADS = new Set(["Administration", "Authority", "Agency", "Bureau", "Forces", "Guard", "Department", "Command", "Service", "Inspectorate", "Directorate", "Police"]);

/** A state agency named as written, without its country: "Transport Administration", "National Bureau of Investigation". */
function isBareStateBody(name: string): boolean {
  if (BODIES.has(name) || !/^\p{Lu}/u.test(name) || isPersonName(name)) return false;
  const words = name.split(" ");
  // ("General Inspectorate for Migration": the head word before its field)
  const of = words.findIndex((word) => word === "of" || word === "for");
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  // (not "Sumy Regional Administration": a place's own office names its place)
  return STATE_HEADS.has(head) && !words.some((word) => DEMONYM_WORDS.has(word) || SIDE_WORDS.has(word.toLowerCase()) || placeByVariant(bare(word.toLowerCase())));
}

const DEMONYM_WORDS: ReadonlySet<string> = new Set([...DEMONYMS_OF.keys(), ...DEMONYMS_OF.values()]);

/** The country a ministry's own words name: "Japan's foreign ministry", "the South Korean foreign ministry". */
function countryNamedBefore(tokens: Token[], end: number): string | undefined {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const word = tokens[k].text.replace(/['’]s$/, "");
    const demonym = tokens[k].capitalized ? DEMONYMS_OF.get(word) ?? (DEMONYM_WORDS.has(word) ? word : undefined) : undefined;
    if (!demonym) continue;
    // ("South Korea's", "North Korean": the half of a divided country)
    const half = tokens[k - 1]?.text === "South" || tokens[k - 1]?.text === "North" ? `${tokens[k - 1].text} ` : "";
    return half + demonym;
  }
  return undefined;
}

/** The demonym of the third country a sentence is set in: "In Latvia, ..." is Latvian ("diverted to Romania" is not). */
function countryInSentence(tokens: Token[]): string | undefined {
  for (let k = 1; k < tokens.length; k++) {
    // ("In neighbouring Moldova": a word of where it lies may come between)
    const at = tokens[k - 1].lower === "in" && NEIGHBOUR_WORDS.has(tokens[k].lower) ? k + 1 : k;
    const demonym = tokens[k - 1].lower === "in" && tokens[at]?.capitalized ? DEMONYMS_OF.get(tokens[at].text) : undefined;
    if (demonym) return demonym;
  }
  return undefined;
}
const NEIGHBOUR_WORDS = new Set(["neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western"]);

/** Whether the words of a source ending at `end` say it is Ukraine's: "Ukraine's border guards", "... of Ukraine". */
function namesUkraine(tokens: Token[], end: number): boolean {
  for (let k = Math.max(0, end - 7); k < Math.min(tokens.length, end + 2); k++) if (SIDE_WORDS.get(bare(tokens[k].lower)) === "ukraine") return true;
  return false;
}
