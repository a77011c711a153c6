import { CAPITAL_COUNTRIES, demonymOfPossessive, DEMONYMS_OF } from "./data/countries";
import cyrillicToTranslit from "cyrillic-to-translit-js";
import { FIRST_NAMES, isFirstName } from "./data/first-names";
import { isInRussia, isRussianPlaceName, placeByVariant, regionalCentreOf, startsLongerName, type Place } from "./data/gazetteer";
import { SMALL, TENS } from "./data/number-words";
import { MONTHS, WEEKDAYS } from "./data/periods";
import { CURRENCY_SIDES, CURRENCY_WORD_SIDES, SIDE_WORDS } from "./data/sides";
import { GENERIC_MINISTRY, GOVERNORS, MAYORS, NATIONAL_POLICE, ORG_HEADS, PEOPLE, SOURCES, TITLES, UNIT_WORDS, type Source } from "./data/sources";
import { indexByFirst, longestAt } from "./phrases";
import type { SpeakerMemory } from "./speaker-memory";
import type { Token } from "./tokenize";
import type { Actor } from "./types";

// How a speaker is named in the text: organisations as written ("the Ministry of Reintegration"),
// regional offices under one canonical name per region, people's names, and unnamed officials with
// the side written next to them or the side of the place they speak about.

/** The known bodies by their first word, for the longest phrase starting at a token. */
export const sourcesByFirst = indexByFirst(SOURCES);
/** Words in the lexicon's longest source name ("General Staff of the Armed Forces of Ukraine": 8). */
export const MAX_SOURCE_WORDS = Math.max(...SOURCES.map(({ words }) => words.length));

const SOURCE_BY_PHRASE = new Map(SOURCES.map(({ words, source }) => [words.join(" "), source]));

/**
 * The longest known source phrase whose last word, in the possessive, is token `at`, with where it starts;
 * `namedOnly`: not the generic "ministry".
 */
export function phraseEndingAt(tokens: Token[], at: number, namedOnly: boolean): { source: Source; start: number } | null {
  for (let start = Math.max(0, at + 1 - MAX_SOURCE_WORDS); start <= at; start++) {
    const words = tokens.slice(start, at + 1).map((t, n) => (start + n === at ? bare(t.lower) : t.lower)).join(" ");
    const known = SOURCE_BY_PHRASE.get(words);
    if (known && !(namedOnly && known.name === GENERIC_MINISTRY)) return { source: known, start };
  }
  return null;
}

/**
 * A count opening a sentence or a quotation: '"Eight Polish and allied fighters were in the air"', "Dozens of
 * residents reported ..." ("one" stays a name's: "Channel One").
 */
const COUNT_WORDS = new Set([...[...SMALL.keys(), ...TENS.keys()].filter((word) => word !== "one"), "dozens", "hundreds", "thousands", "several", "many"]);

export const NOT_NAME = new Set([
  "the", "a", "an", "by", "in", "of", "for", "to", "from", "with", // (as capitals write them: "TRANSCRIPT OF THE PLENARY SITTING")
  "sea", "ocean", "river", "fleet", "strait", "bay", "gulf", "on", "at", "but", "and", "yet", "while", "after", "according", "meanwhile", "president",
  "citing", "quoting", "no", // "Citing Finance Ministry data", "City Hospital No. 2"
  "footage", "imagery", "video", "videos", "images", "photos", // "Footage published on October 2 shows ...": evidence, not a speaker
  // adverbs opening a clause: "Visually confirmed Russian losses this week: 41 armoured vehicles"
  "visually", "officially", "initially", "previously", "separately", "independently", "reportedly", "allegedly", "preliminarily",
  "partially", "currently", "recently", "additionally", "subsequently", "eventually", "originally", "publicly", "jointly",
  "europe", "asia", "africa", "america", "central", "eastern", "western", "northern", "southern", // "Director for Europe and Central Asia, X"
  "however", "so", "this", "that", "these", "earlier", "later", "over", "since", "as", "it", "he", "she", "they",
  "we", "i", "our", "you", "your", "there", "when", "if", "also", "moreover", "armed", "forces", "force", "ministry", "staff",
  // a speaker's own "What I'd say is", "I'm Dana Whitlock": question words and "I" contracted open clauses, not names
  "what", "where", "why", "how", "which", "i'd", "i'm", "i've", "i'll",
  "group", "command", "east", "west", "north", "south", "telegram", "reuters", "television", "tv", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "defence", "defense", "general",
  // the end of an office before its holder: "Acting Governor of the Kursk Region Alexei Smirnov"
  "region", "oblast", "district", "province", "republic", "city", "hromada", "administration", "office", "department",
  // a page's time stamps: "Published Nov. 18, 2024 | Updated Nov. 18"
  "updated", "published", "posted", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  ...COUNT_WORDS,
]);

export const ACRONYM = /^[A-Z]{2,6}$/;

/** An acronym as a body writes it, mixed case too: "UNHCR", "MApN" (Romania's defence ministry), "BMVg". */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text) || (/^[A-Z][A-Za-z]{2,5}$/.test(text) && /[a-z]/.test(text) && /^(?:[^A-Z]*[A-Z]){3}/.test(text));
}

/** Ukrainian for a regional (military) administration: "the OVA", "the ODA" are the one last named. */

export const SIDE_ADJECTIVE: Record<string, string> = { russia: "Russian", ukraine: "Ukrainian", other: "Foreign" };

export const CONNECTORS = new Set(["of", "the", "for", "and", "on"]);

export type Found = { source: Source; start: number; end: number };

/**
 * An organisation named as written: capitalized words joined by "of"/"the"/"for", with a head such as
 * Ministry, Forces, Command, Service, Directorate ("the Ministry of Reintegration", "the Southern Defence Forces").
 */
/** "Belgorod Region News Agency", "UKRAINIAN RADIO · NEWS SERVICE": a newsroom, whose own words have no source. */
export function isNewsroom(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].lower === "news") return true;
  return false;
}

export function orgAt(tokens: Token[], k: number): Found | null {
  // "When Russia's Finance Ministry ...", "Their Ministry of Defence claims ...": no part of the name
  if (!tokens[k]?.capitalized || CLAUSE_WORDS.has(tokens[k].lower) || POSSESSIVE_DETERMINERS.has(tokens[k].lower) || PREPOSITIONS.has(tokens[k].lower)) return null;
  let end = k;
  let hasHead = false;
  while (end < tokens.length && end - k < 8) {
    const token = tokens[end];
    if (token?.capitalized && !isDateWord(token)) hasHead ||= ORG_HEADS.has(token.lower) || isGovernmentOf(tokens, end);
    else if (!joinsName(tokens, end)) break;
    end++;
  }
  return hasHead && end - k >= 2 ? orgFound(tokens, k, end) : null;
}

/** "Their Ministry of Defence", "Our Foreign Ministry": a possessive opening a sentence is no part of a body's name. */
const POSSESSIVE_DETERMINERS = new Set(["their", "its", "our", "his", "her", "my", "your"]);

/** "At Hospital No. 16, doctors reported ...": a preposition opening a sentence is no part of a body's name either. */
const PREPOSITIONS = new Set(["at", "in", "on", "from", "to", "for", "with", "through", "by", "near", "across", "during", "inside", "outside"]);

export function orgEndingAt(tokens: Token[], end: number): Found | null {
  if (!tokens[end - 1]?.capitalized) return null;
  // ("Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi said": a person after the body he heads; not a
  // possessive closing a body's name, "... Ministry of Petro Poroshenko's")
  if (end >= 2 && isFirstName(tokens[end - 2].lower) && tokens[end - 2].capitalized && !tokens[end - 1].lower.includes("'")) return null;
  let start = end;
  let hasHead = false;
  while (start > 0 && end - start < 8) {
    const token = tokens[start - 1];
    if (token?.capitalized && !isDateWord(token)) hasHead ||= ORG_HEADS.has(token.lower) || isGovernmentOf(tokens, start - 1);
    else if (!joinsName(tokens, start - 1)) break;
    start--;
  }
  // "When Russia's Finance Ministry rewrote ...": a sentence's first word is no part of the name
  while (start < end - 1 && (tokens[start]?.lower === "the" || CLAUSE_WORDS.has(tokens[start].lower) || POSSESSIVE_DETERMINERS.has(tokens[start].lower) || PREPOSITIONS.has(tokens[start].lower))) start++;
  return hasHead && end - start >= 2 && tokens[end - 1]?.capitalized ? orgFound(tokens, start, end) : null;
}

/** Words joining the parts of a body's name that has no head word: "Children of War", "Persons Missing under ...". */
const NAME_LINKS = new Set(["of", "for", "on", "under"]);

/**
 * A body's name without a head word, read back from its last capitalised run across "of", "for (the)", "on",
 * "under": "the state platform Children of War", "the Commissioner for Persons Missing under Special
 * Circumstances", as written. Null unless a link and a capitalised word stand right before `start` (a run
 * alone is no such name), or when a part is a place ("President of Ukraine" is an office, its holder named apart).
 */
export function linkedNameEndingAt(tokens: Token[], start: number, end: number): Found | null {
  let first = start;
  while (first >= 2) {
    let link = first - 1;
    if (tokens[link].lower === "the" && NAME_LINKS.has(tokens[link - 1]?.lower ?? "")) link--; // "for the Treatment"
    if (!NAME_LINKS.has(tokens[link].text) || !isNameWord(tokens[link - 1])) break;
    first = link - 1;
    while (first > 0 && isNameWord(tokens[first - 1])) first--;
    if (end - first > 12) return null;
  }
  if (first === start || NOT_NAME.has(tokens[end - 1].lower) || COUNT_WORDS.has(tokens[first].lower)) return null; // ("... on Telegram", "Dozens of residents")
  for (let k = first; k < end; k++) {
    const word = bare(tokens[k].lower);
    // ('"He Went for the Money": We Counted', "Tanker left Ust-Luga on Wednesday": a title's words, a date)
    if (tokens[k].capitalized && (placeByVariant(word) || SIDE_WORDS.has(word) || PRONOUNS.has(word) || isDateWord(tokens[k]))) return null;
  }
  // "Residents of the Krasnoarmeysky district told ...": private people, not a body's name
  if (PRIVATE_PEOPLE.has(tokens[first].lower)) return { source: LOCAL_RESIDENTS, start: first, end };
  // "Traffic on the Danube was not affected": a sentence's first word, capitalised as such, and "on the ...": no name
  if (first === 0 && NAME_LINKS.has(tokens[1]?.lower ?? "") && tokens[2]?.lower === "the" && !ORG_HEADS.has(tokens[0].lower)) return null;
  // ("Writing on Facebook, he said ...": a participle opening the sentence, no name)
  if (first === 0 && tokens[0].lower.endsWith("ing") && NAME_LINKS.has(tokens[1]?.lower ?? "")) return null;
  const name = tokens.slice(first, end).map((t) => t.text).join(" ");
  return { source: { name, side: sideNear(tokens, first) }, start: first, end };
}

/** The same kind of name read forward from its first word at `k`: "according to the Children of War portal". */
export function linkedNameAt(tokens: Token[], k: number): Found | null {
  if (!isNameWord(tokens[k])) return null;
  let end = k + 1;
  for (;;) {
    while (isNameWord(tokens[end])) end++;
    const link = tokens[end]?.lower === "the" ? -1 : NAME_LINKS.has(tokens[end]?.text ?? "") ? end : -1;
    const next = tokens[link + 1]?.lower === "the" && link > 0 ? link + 2 : link + 1;
    if (link < 0 || !isNameWord(tokens[next]) || end - k > 12) break;
    end = next;
  }
  let start = end;
  while (start > k && isNameWord(tokens[start - 1])) start--;
  const linked = start > k ? linkedNameEndingAt(tokens, start, end) : null;
  return linked?.start === k ? linked : null;
}

const PRONOUNS = new Set(["i", "he", "she", "it", "we", "they", "you"]);

/** A capitalised word that may be part of a name: not a date, not "The" opening the sentence. */
function isNameWord(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && token.capitalized && !isDateWord(token) && !CLAUSE_WORDS.has(token.lower) && token.lower !== "the";
}


export const CLAUSE_WORDS = new Set(["when", "if", "as", "after", "while", "but", "and", "yet", "since", "although", "because", "however", "meanwhile", "then", "once", "before", "until", "though", "what", "how", "why", "where", "yesterday", "today", "tonight", "tomorrow", "citing", "according",
  // a question's auxiliary: "Is the Department documenting these attacks?", "Has the Pentagon ...", "Did the ministry ..."
  "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should"]);

/**
 * A word inside an organisation's name between two capitalised words: "of", "for" ("Ministry of Defence"),
 * or a hyphen without spaces ("Operational-Strategic Group"); never before or after a date ("on Wednesday").
 */
function joinsName(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!before?.capitalized || !after?.capitalized || isDateWord(before) || isDateWord(after)) return false;
  // "the Turkish Shipowners' Association": a plural's possessive apostrophe
  if ((token.text === "'" || token.text === "’") && !token.spaced && before.lower.endsWith("s")) return true;
  // ("the Armed Forces of Ukraine on Telegram": where it posted, not part of its name)
  if (token.lower === "on" && PLATFORMS.has(after.lower)) return false;
  return CONNECTORS.has(token.lower) || (token.text === "-" && !token.spaced && !after.spaced);
}

export const PLATFORMS = new Set(["telegram", "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "vk", "viber", "tv", "television", "radio"]);

const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS.keys()]);

/** A weekday or month written in full: "may", "sat", "sun" are ordinary words too short to tell. */
export function isDateWord(token: Token): boolean {
  return DATE_WORDS.has(token.lower) && token.text.length > 3;
}

/** The words of an international body's country office: "Country Office", "Office". */
const OFFICE_WORDS_OF_COUNTRY = new Set(["country", "office"]);

function orgFound(tokens: Token[], start: number, end: number): Found | null {
  // "Ukraine's State Emergency Service": a known body after its country keeps its canonical name
  const owner = tokens[start].lower.endsWith("'s") ? SIDE_WORDS.get(bare(tokens[start].lower)) : undefined;
  if (owner) {
    const known = longestAt(sourcesByFirst, tokens, start + 1);
    // "Russia's National Guard" is not Ukraine's: a body of the other side is that side's officials
    if (known && start + 1 + known.words.length === end && owner === "russia" && known.source.side !== "russia") return { source: { name: "Russian officials", side: "russia" }, start, end };
    // ("Ukraine's Ministry of Defence": the lexicon's generic ministry, whose owner says which)
    if (known && start + 1 + known.words.length === end && known.source.name === GENERIC_MINISTRY && known.words.some((w) => /^defen[cs]e$/.test(w))) return { source: { name: `${SIDE_ADJECTIVE[owner]} Defence Ministry`, side: owner }, start, end };
    if (known && start + 1 + known.words.length === end) return { source: known.source, start, end };
  }
  // "Prosecutor's Office of Poltava Region": a regional prosecutor's office, by the name the others use
  const prosecuted = tokens[start].lower === "prosecutor's" && tokens[start + 1].lower === "office" ? regionOfName(tokens, start + 2, end, false) : null;
  if (prosecuted) return { source: regionalProsecutorOf(prosecuted.centre), start, end };
  // "the Government of Bryansk Oblast", "© 2025 Government of the Kursk Region": a region's government is its
  // administration, by the name the others use (not a republic's, "the Government of Buryatia", which is its own name)
  const governed = governmentOfRegion(tokens, start, end);
  if (governed) return { source: governed, start, end };
  // "the General Staff of the Armed Forces of Ukraine's update": a name in the possessive is the name, bare
  // (a run of capitals stops at "the", a name may not: the lexicon's name may start before `start`)
  const possessive = /['’]s$/.test(tokens[end - 1].text);
  const named = possessive ? phraseEndingAt(tokens, end - 1, false) : null;
  if (named && named.start < end - 1) return { source: named.source, start: named.start, end };
  const embassy = embassyFound(tokens, start, end);
  if (embassy) return embassy;
  // "WHO Ukraine Country Office", "the UNDP Country Office in Ukraine": an international body's office in a country is the body
  const parent = OFFICE_WORDS_OF_COUNTRY.has(tokens[end - 1].lower) ? longestAt(sourcesByFirst, tokens, start) : null;
  if (parent && parent.source.side === null && tokens.slice(start + parent.words.length, end).every((t) => t.lower === "ukraine" || OFFICE_WORDS_OF_COUNTRY.has(t.lower))) {
    return { source: parent.source, start, end };
  }
  let lastHead = -1;
  for (let k = start; k < end; k++) if (ORG_HEADS.has(tokens[k].lower) || isGovernmentOf(tokens, k)) lastHead = k;
  // after its head a name only continues with "of ..." ("Ministry of Reintegration"), not with a person's name
  if (lastHead < end - 1 && !CONNECTORS.has(tokens[lastHead + 1].lower)) return null;
  const known = longestAt(sourcesByFirst, tokens, start);
  if (known && start + known.words.length === end) return null; // a known body keeps its canonical name
  const words = tokens.slice(start, end).map((t) => t.text);
  if (possessive) words[words.length - 1] = words[words.length - 1].slice(0, -2);
  if (UNIT_WORDS.has(words[words.length - 1].toLowerCase())) return unitSource(tokens, start, end);
  // a regional police directorate ("Police of Kharkiv Oblast") speaks for the National Police
  if (words.includes("Police") && sideNear(tokens, start) !== "russia") return { source: { ...NATIONAL_POLICE }, start, end };
  const office = regionalAdministration(words);
  if (office) return { source: office, start, end };
  // "DRC Danish Refugee Council": an acronym before its own expansion names the body once
  if (words.length > 2 && ACRONYM.test(words[0]) && words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("") === words[0]) words.shift();
  // "Ukraine's Ministry of Economy" is the Ministry of Economy (Ukraine's own bodies are named bare)
  const ukraines = SIDE_WORDS.get(bare(words[0].toLowerCase())) === "ukraine" && /['’]s$/.test(words[0]) && words.length > 2;
  if (ukraines) words.shift();
  // ... and so is the "Ministry of Education and Science of Ukraine"
  // (in capitals too: "MINISTRY OF ENERGY OF UKRAINE")
  if (words.length > 4 && /^ministry$/i.test(words[0]) && /^of$/i.test(words[words.length - 2]) && /^ukraine$/i.test(words[words.length - 1])) words.splice(-2);
  // "Estonia's Foreign Intelligence Service" is the "Estonian Foreign Intelligence Service"
  const demonym = words.length > 2 ? demonymOfPossessive(words[0]) : undefined;
  if (demonym) words[0] = demonym;
  // ("Germany's Defense Ministry": the gold set spells ministries the British way, "German Defence Ministry")
  if (demonym && words[1] === "Defense" && words[2] === "Ministry") words[1] = "Defence";
  // "Russia's Finance Ministry" is the "Russian Finance Ministry"
  if (words.length === 3 && words[2] === "Ministry" && /['’]s$/.test(words[0]) && SIDE_WORDS.get(bare(words[0].toLowerCase())) === "russia") {
    return { source: { name: ministryOf(words[1], "russia"), side: "russia" }, start, end };
  }
  // "the Energy Ministry" is named as the gold set and the ministries name themselves: "Ministry of Energy"
  const field = words.length === 2 && words[1] === "Ministry" && !SIDE_WORDS.get(bare(words[0].toLowerCase())) ? words[0] : null;
  const side = ukraines ? "ukraine" : sideNear(tokens, start);
  const name = field ? ministryOf(field, side ?? currencySide(tokens)) : capitalsToTitle(words).join(" ").replace(/ - /g, "-").replace(/ (['’]) /g, "$1 ");
  return { source: { name, side }, start, end };
}

/**
 * An embassy as the gold set names it, by the state it speaks for and the country it is in: "the Ukrainian Embassy in
 * Tbilisi", "EMBASSY OF UKRAINE IN THE UNITED KINGDOM", "Russia's embassy in Washington" are the "Ukrainian Embassy in
 * Georgia", the "Ukrainian Embassy in the United Kingdom", the "Russian Embassy in the United States". Null without both.
 */
function embassyFound(tokens: Token[], start: number, end: number): Found | null {
  let at = start;
  while (at < end && tokens[at].lower !== "embassy") at++;
  if (at === end) return null;
  const before = tokens[at - 1];
  const owner = at > start && before ? countryWord(before.text.replace(/['’]s$/, "")) : undefined;
  const of = tokens[at + 1]?.lower === "of" ? (tokens[at + 2]?.lower === "the" ? at + 3 : at + 2) : -1;
  // ("the South Korean Embassy in Ukraine": the half of a divided country)
  const half = owner && at - 2 >= start && COMPASS_HALVES.has(tokens[at - 2].text) ? `${tokens[at - 2].text} ` : "";
  const state = owner ? half + owner : of > 0 && tokens[of] ? countryWord(tokens[of].text) : undefined;
  let k = of > 0 ? of + 1 : at + 1;
  if (tokens[k]?.lower !== "in") return null;
  k += tokens[k + 1]?.lower === "the" ? 2 : 1;
  let last = k;
  while (last < tokens.length && last - k < 3 && tokens[last].capitalized && tokens[last].kind === "word") last++;
  if (!state || last === k) return null;
  const place = tokens.slice(k, last).map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(" ");
  const country = CAPITAL_COUNTRIES.get(place) ?? place;
  const side = state === "Ukrainian" ? "ukraine" : state === "Russian" ? "russia" : "other";
  return { source: { name: `${state} Embassy in ${THE_COUNTRIES.has(country) ? "the " : ""}${country}`, side }, start, end: Math.max(end, last) };
}

const COMPASS_HALVES = new Set(["South", "North"]);

/** An embassy's name ending at `end`, read back: "the Embassy of Ukraine in the United Kingdom (said)", "Russia's embassy in Washington". */
export function embassyEndingAt(tokens: Token[], end: number): Found | null {
  for (let at = end - 2; at >= Math.max(0, end - 8); at--) {
    if (tokens[at].lower !== "embassy") continue;
    const owned = at > 0 && countryWord(tokens[at - 1].text.replace(/['’]s$/, ""));
    const start = owned ? (at > 1 && COMPASS_HALVES.has(tokens[at - 2].text) ? at - 2 : at - 1) : at;
    const found = embassyFound(tokens, start, at + 1);
    return found && found.end === end ? found : null;
  }
  return null;
}

/** The demonym of a state named by its name or its adjective, in any case: "UKRAINE", "Ukrainian", "Poland". */
export function countryWord(word: string): string | undefined {
  const name = word.charAt(0) + word.slice(1).toLowerCase();
  const side = SIDE_WORDS.get(name.toLowerCase());
  if (side === "ukraine" || side === "russia") return SIDE_ADJECTIVE[side];
  return DEMONYMS_OF.get(name) ?? (DEMONYM_NAMES.has(name) ? name : undefined);
}

const DEMONYM_NAMES: ReadonlySet<string> = new Set(DEMONYMS_OF.values());


/** Countries named with "the". */
const THE_COUNTRIES = new Set(["United Kingdom", "United States", "Czech Republic", "Netherlands"]);

/**
 * A military unit speaking: "The 3rd Separate Assault Brigade reported", "the spokesperson of the 3rd ...":
 * a numbered unit as itself; "a soldier of the 57th Brigade told", or a unit with no number, that side's officials.
 */
export function unitSource(tokens: Token[], start: number, end: number): Found {
  const ordinal = ordinalBefore(tokens, start);
  if (ordinal) {
    let k = ordinal.start - 1;
    if (tokens[k]?.lower === "the" || /['’]s$/.test(tokens[k]?.lower ?? "")) k--; // "the 93rd", "Russia's 810th"
    const ofUnit = MEMBER_OF.has(tokens[k]?.lower ?? "");
    if (!ofUnit || UNIT_VOICES.has(tokens[k - 1]?.lower ?? "")) {
      const words = tokens.slice(start, end).map((t) => t.text).join(" ");
      return { source: { name: `${ordinal.text} ${words}`, side: unitSide(tokens, ordinal.start, end) }, start: ordinal.start, end };
    }
  }
  return { source: officials(tokens, start), start, end };
}

/**
 * A numbered unit's side: a side word in its own clause before it ("Russia's 810th Brigade", "the Ukrainian 3rd Separate
 * Assault Brigade") or right after it ("the 20th Army of the Russian Armed Forces"), else Ukraine's; not a side another clause
 * names ("Russian losses amounted to 312 personnel, the 28th Separate Mechanized Brigade said").
 */
export function unitSide(tokens: Token[], start: number, end: number): "ukraine" | "russia" | "other" {
  for (let k = start - 1; k >= Math.max(0, start - 6) && tokens[k].text !== "," && tokens[k].text !== ";"; k--) {
    const side = SIDE_WORDS.get(tokens[k].lower);
    if (side && tokens[k + 1]?.text !== "-") return side;
  }
  const of = tokens[end]?.lower === "of" ? (tokens[end + 1]?.lower === "the" ? end + 2 : end + 1) : -1;
  return (of > 0 ? SIDE_WORDS.get(tokens[of]?.lower ?? "") : undefined) ?? "ukraine";
}

/** "a soldier of/from/with/in the 93rd Brigade": one of its members. */
export const MEMBER_OF = new Set(["of", "from", "for", "with", "in"]);

/** Who speaks for a unit as the unit: "the spokesperson of the 3rd Separate Assault Brigade". */
export const UNIT_VOICES = new Set(["spokesperson", "spokesman", "spokeswoman", "press", "service"]);

/** "3rd" right before `start` (a unit's number): its text and first token. */
function ordinalBefore(tokens: Token[], start: number): { text: string; start: number } | null {
  const suffix = tokens[start - 1];
  const digits = tokens[start - 2];
  if (!suffix || !digits || digits.kind !== "num" || suffix.spaced || !/^(?:st|nd|rd|th)$/.test(suffix.lower)) return null;
  return { text: `${digits.text}${suffix.lower}`, start: start - 2 };
}

/** A heading's capitals ("MINISTRY OF ENERGY") written as the body names itself ("Ministry of Energy"); acronyms kept. */
function capitalsToTitle(words: string[]): string[] {
  if (words.length < 2 || !words.every((w) => w === w.toUpperCase())) return words;
  return words.map((w, n) => (n > 0 && CONNECTORS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()));
}

/** "Energy" -> "Ministry of Energy", "foreign" -> "Ministry of Foreign Affairs": how ministries name themselves. */
export function ministryOf(field: string, side: Actor = null): string {
  const lower = field.toLowerCase();
  // Russia's ministries as the gold set and Western copy name them: "Russian Finance Ministry"
  // (each word of a field of several: "Russian Emergency Situations Ministry")
  if (side === "russia") return `Russian ${lower.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())} Ministry`;
  // (Ukraine's finance and foreign ministries as the gold set names them, "Ukrainian Finance Ministry"; its others as they
  // name themselves, "Ministry of Energy")
  if (side === "ukraine" && UKRAINIAN_BY_ADJECTIVE.has(lower)) return `Ukrainian ${UKRAINIAN_BY_ADJECTIVE.get(lower)} Ministry`;
  return `Ministry of ${MINISTRY_FIELDS.get(lower) ?? lower.charAt(0).toUpperCase() + field.slice(1)}`;
}

const UKRAINIAN_BY_ADJECTIVE = new Map([["finance", "Finance"], ["financial", "Finance"], ["foreign", "Foreign"]]);

/** Ministries named by an adjective: "the Foreign Ministry" is the Ministry of Foreign Affairs. */
const MINISTRY_FIELDS = new Map([
  ["foreign", "Foreign Affairs"], ["interior", "Internal Affairs"], ["internal", "Internal Affairs"], ["economic", "Economy"],
  ["financial", "Finance"], ["agricultural", "Agriculture"], ["educational", "Education and Science"], ["education", "Education and Science"],
]);

/** "Sumy Oblast Military Administration", "Kharkiv Regional State Administration": one canonical name per region. */
export function regionalAdministration(words: string[]): Source | null {
  const match = /^(?:The )?(.+?)(?:'s)? (?:Oblast|Regional|Region) (?:Military |State |Civil-Military )?Administration$/i.exec(words.join(" "));
  const place = match ? placeByVariant(match[1].toLowerCase()) : undefined;
  return place ? regionalAdministrationOf(regionalCentreOf(place.name) ?? place.name) : null;
}

/** A Ukrainian region's prosecutor's office, by its centre: "Kharkiv Regional Prosecutor's Office". */
export const REGION_NOUNS = new Set(["region", "oblast"]);

export function regionalProsecutorOf(centre: string): Source {
  return { name: `${centre} Regional Prosecutor's Office`, side: "ukraine" };
}

const REGIONAL_ADMINISTRATION = " Regional Administration";

/** A Ukrainian region's administration, by its centre: "Kharkiv Regional Administration". */
export function regionalAdministrationOf(centre: string): Source {
  return { name: `${centre}${REGIONAL_ADMINISTRATION}`, side: "ukraine" };
}

/** The centre a regional administration is named after ("Kharkiv Regional Administration": Kharkiv), else null. */
export function centreOfRegionalAdministration(name: string): string | null {
  return name.endsWith(REGIONAL_ADMINISTRATION) && name.length > REGIONAL_ADMINISTRATION.length ? name.slice(0, -REGIONAL_ADMINISTRATION.length) : null;
}

/** "the regional administration said" names the region's office after the place the sentence is about. */
export function regionalOffice(tokens: Token[], end: number, memory: SpeakerMemory): Found | null {
  let k = end - 1;
  if (tokens[k]?.lower === "office" && tokens[k - 1]?.lower === "prosecutor's") k--;
  const word = tokens[k]?.lower ?? "";
  const kind = OFFICES.get(word) ?? OFFICES.get(bare(word)); // "the regional military administration's press service"
  if (!kind) return null;
  let r = k - 1;
  if (tokens[r]?.lower === "military") r--;
  // "The military administration reported 94 Russian attacks": the office last named, else the region's
  const unqualified = r === k - 2 && tokens[r]?.lower === "the" && kind === "Regional Administration";
  if (unqualified && memory.lastOffice) return { source: memory.lastOffice, start: r, end };
  if (unqualified) r++;
  // ("the Kharkiv oblast prosecutor's office": "oblast" for "regional", as Ukrainian copy writes it)
  else if (tokens[r]?.lower !== "regional" && tokens[r]?.lower !== "oblast") return null;
  // "the Kherson regional prosecutor's office": its region named right before
  const named = tokens[r - 1]?.capitalized ? placeByVariant(bare(tokens[r - 1].lower)) : undefined;
  const namedCentre = named ? regionalCentreOf(named.name) ?? named.name : undefined;
  // "the regional administration", or ", regional authorities said" with no article (of a Ukrainian region)
  const unarticled = !namedCentre && tokens[r - 1]?.lower !== "the";
  if (unarticled && !(kind === "Regional Administration" && (r === 0 || tokens[r - 1].kind === "punct"))) return null;
  // the region the sentence names, else the regional head last named, else the region the report was last about
  const centre = namedCentre ?? regionInSentence(tokens) ?? (kind === "Regional Administration" ? memory.lastNamed?.region : undefined) ?? memory.lastRegionCentre;
  if (!centre) return null;
  const place = placeByVariant(centre.toLowerCase());
  if (unarticled && place && isInRussia(place)) return null; // Russia's "regional authorities" are its officials
  return { source: { name: `${centre} ${kind}`, side: place && isInRussia(place) ? "russia" : "ukraine" }, start: namedCentre && tokens[r - 2]?.lower === "the" ? r - 2 : r - 1, end };
}

/** The military administration of the Ukrainian city the sentence names nearest before `at` (else after it). */
export function cityMilitaryAdministration(tokens: Token[], at: number): Source | null {
  const city = cityBefore(tokens, at);
  return city ? { name: `${city.name} City Military Administration`, side: "ukraine" } : null;
}

/** The Ukrainian city the sentence names nearest before token `at` (a city military administration is Ukrainian), else after it. */
function cityBefore(tokens: Token[], at: number): Place | undefined {
  let nearest: Place | undefined;
  for (let p = 0; p < tokens.length; p++) {
    // ("Five killed in the capital, the city military administration says": Kyiv, Ukraine's capital)
    const place = tokens[p].capitalized ? placeByVariant(bare(tokens[p].lower)) : tokens[p].lower === "capital" && tokens[p - 1]?.lower === "the" ? placeByVariant("kyiv") : undefined;
    if (place?.kind !== "city" || isInRussia(place)) continue;
    if (p > at) return nearest ?? place;
    nearest = place;
  }
  return nearest;
}

/** The place whose name starts at token `k`, two words ("Kryvyi Rih") before one ("Kherson"), possessive dropped. */
export function placeStartingAt(tokens: Token[], k: number): Place | undefined {
  const word = bare(tokens[k].lower);
  const two = startsLongerName(word) && tokens[k + 1] ? placeByVariant(`${word} ${bare(tokens[k + 1].lower)}`) : undefined;
  return two ?? placeByVariant(word);
}

/** The regional centre of the first place the sentence names ("Kherson" for Kherson region). */
export function regionInSentence(tokens: Token[]): string | undefined {
  for (let p = datelineEnd(tokens); p < tokens.length; p++) {
    const place = tokens[p].capitalized ? placeStartingAt(tokens, p) : undefined;
    const centre = place ? regionalCentreOf(place.name) : undefined;
    if (centre) return centre;
  }
  return undefined;
}

/**
 * The mayor the lexicon knows for the last settlement named before `end` ("Three people were injured in Kharkiv, its mayor
 * said"); none when that settlement's mayor is unknown ("Drones hit Kharkiv and Balakliia; three were injured in Balakliia").
 */
export function mayorBefore(tokens: Token[], end: number): Source | undefined {
  let last: Place | undefined;
  for (let p = datelineEnd(tokens); p < end; p++) {
    const place = tokens[p].capitalized ? placeStartingAt(tokens, p) : undefined;
    if (place && place.kind !== "region") last = place;
  }
  return last ? MAYORS.get(last.name) : undefined;
}

const DATELINE_DASHES = new Set(["—", "–", "-"]);

/** Where a wire dateline ("KYIV, Ukraine (AP) —") opening the sentence ends, else 0: the city it was filed from is no scene. */
function datelineEnd(tokens: Token[]): number {
  for (let k = 1; k < Math.min(tokens.length - 1, 10); k++) if (tokens[k].text === ")" && DATELINE_DASHES.has(tokens[k + 1].text)) return k + 2;
  return 0;
}

/** The word before "(military) administration" naming a city's own: "the city military administration", "the town's". */
const CITY_WORDS = new Set(["city", "city's", "town", "town's"]);

/**
 * A city's own office named with its city, in any case: "the Pokrovsk city military administration",
 * "Kherson city council", "Kharkiv regional prosecutors". Ends at token `end`.
 */
export function localOffice(tokens: Token[], end: number, memory?: SpeakerMemory): Found | null {
  const head = bare(tokens[end - 1]?.lower ?? ""); // "the city military administration's Telegram channel"
  let k = end - 2;
  let kind: string;
  if (head === "council" && tokens[k]?.lower === "city") kind = "City Council";
  else if (head === "administration" && (tokens[k]?.lower === "military" || tokens[k]?.lower === "city")) {
    if (tokens[k].lower === "military") k--;
    // ("Yevhen Yevtushenko, head of the Nikopol district military administration, said": a district's, named by its centre, as
    // its capitalised name is, in the title of its head)
    const district = tokens[k]?.lower === "district" && tokens[k + 1]?.lower === "military" && !!tokens[k - 1]?.capitalized && tokens[k - 2]?.lower === "the" && tokens[k - 3]?.lower === "of" && (tokens[k - 4]?.lower === "head" || tokens[k - 4]?.lower === "chief");
    if (!district && !CITY_WORDS.has(tokens[k]?.lower ?? "")) return null;
    kind = district ? "District Military Administration" : "City Military Administration";
  } else if (head === "prosecutors" && tokens[k]?.lower === "regional") kind = "Regional Prosecutor's Office";
  else if (head === "airport" && tokens[end - 1].capitalized) {
    // "Vilnius Airport said": an airport speaks for itself, under its city's name
    const place = tokens[k]?.capitalized ? placeByVariant(bare(tokens[k].lower)) : undefined;
    if (place?.kind !== "city") return null;
    return { source: { name: `${place.name} Airport`, side: isInRussia(place) ? "russia" : null }, start: tokens[k - 1]?.lower === "the" ? k - 1 : k, end };
  } else return null;
  const placeToken = tokens[k - 1];
  let place = placeToken?.capitalized ? placeByVariant(bare(placeToken.lower)) : undefined;
  let start = tokens[k - 2]?.lower === "the" ? k - 2 : k - 1;
  // "the city military administration", "the city's military administration": the city the sentence names
  // ("the town's military administration" too)
  const owned = tokens[k]?.lower === "city's" || tokens[k]?.lower === "town's";
  if (!place && (placeToken?.lower === "the" || owned) && kind !== "Regional Prosecutor's Office") {
    place = cityBefore(tokens, k);
    start = k - 1;
  }
  // "the city military administration" in a sentence naming no city: the one the report named last
  if (!place && kind === "City Military Administration" && memory?.lastCityOffice) return { source: memory.lastCityOffice, start, end };
  // ("Odesa. A drone hit a warehouse. One person was injured, according to the city military administration.")
  if (!place && kind !== "Regional Prosecutor's Office" && memory?.lastCity && (placeToken?.lower === "the" || owned)) place = placeByVariant(memory.lastCity.toLowerCase());
  if (!place) return null;
  if (kind === "Regional Prosecutor's Office") return { source: regionalProsecutorOf(regionalCentreOf(place.name) ?? place.name), start, end };
  if (place.kind === "region") return null;
  // "the city administration" of Voronezh or Shebekino: Russia's cities have no military administrations
  if (kind.endsWith("Military Administration") && isInRussia(place)) return { source: { name: "Russian officials", side: "russia" }, start, end };
  return { source: { name: `${place.name} ${kind}`, side: isInRussia(place) ? "russia" : "ukraine" }, start, end };
}

/** "the Government of Buryatia": a government named after what it governs heads a body's name (not "the Government said", a cabinet). */
export function isGovernmentOf(tokens: Token[], k: number): boolean {
  return tokens[k].lower === "government" && tokens[k + 1]?.lower === "of";
}

function governmentOfRegion(tokens: Token[], start: number, end: number): Source | null {
  const governed = tokens[start].lower === "government" ? regionOfName(tokens, start + 1, end) : null;
  return governed ? { ...regionalAdministrationOf(governed.centre), side: isInRussia(governed.region) ? "russia" : "ukraine" } : null;
}

/** "of (the) Poltava Region" closing a body's name at `end`, from `of`: the region and its centre ("the" only if `article`). */
function regionOfName(tokens: Token[], of: number, end: number, article = true): { region: Place; centre: string } | null {
  if (tokens[of]?.lower !== "of" || !REGION_NOUNS.has(tokens[end - 1].lower)) return null;
  const at = article && tokens[of + 1]?.lower === "the" ? of + 2 : of + 1;
  if (at !== end - 2) return null;
  const region = placeByVariant(bare(tokens[at].lower));
  const centre = region ? regionalCentreOf(region.name) : undefined;
  return region && centre ? { region, centre } : null;
}

const OFFICES = new Map([
  ["administration", "Regional Administration"], ["authorities", "Regional Administration"], ["government", "Regional Administration"],
  ["prosecutor's", "Regional Prosecutor's Office"], ["office", "Regional Prosecutor's Office"],
]);

/** Every last word an office of regionalOffice or localOffice can end on ("... administration", "... prosecutors"). */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([...OFFICES.keys(), "council", "prosecutors", "airport"]);

/** How the gold set and reviewers name a private person quoted by first name and age. */
export const LOCAL_RESIDENTS: Source = { name: "Local residents", side: null };

/** "Lyudmila, 64, showed ...", "says Serhiy, 58, who runs ...": a private person, a first name and an age. */
export function isPrivatePersonAt(tokens: Token[], k: number, memory?: SpeakerMemory): boolean {
  const name = tokens[k];
  if (!name?.capitalized || name.kind !== "word" || tokens[k - 1]?.capitalized) return false;
  // "Valentyna Koval, 64, who lives on the fifth floor": a full name too, when what follows is a private life
  // ("Serhii Lysak, 54, head of ..." and "Maksym Hordiichuk, 31, told" are named)
  // ("Valentyna M., 72, a resident of Yahidne": a surname cut to its initial, as a witness's is, is a private person's)
  const initial = tokens[k + 1]?.kind === "word" && tokens[k + 1].text.length === 1 && tokens[k + 1].capitalized && tokens[k + 2]?.text === "." && !tokens[k + 2].spaced ? 2 : 0;
  const full = !initial && tokens[k + 1]?.capitalized && tokens[k + 1].kind === "word" ? 1 : 0;
  const comma = k + 1 + (initial || full);
  if (tokens[comma]?.text !== "," || tokens[comma + 1]?.kind !== "num" || tokens[comma + 2]?.text !== ",") return false;
  // "Sereda, 38, said" after "Dmytro Sereda, chief executive of ...": a person named before keeps his name
  // (but not "Kushnir, 71, who has lived in Nikopol all her life" after "Valentyna Kushnir is feeding her hens": a private
  // life, and no official the lexicon knows)
  const known = memory?.surnames.get(name.lower);
  // (a relative clause only: "Bilyk, 58, a former headteacher, became head of ..." is her role)
  const relative = tokens[comma + 3]?.lower === "who" || tokens[comma + 3]?.lower === "whose";
  if (known && known !== LOCAL_RESIDENTS && (!relative || PEOPLE.has(name.lower))) return false;
  // ("Tkachuk, 39, who commands a battalion of the 14th ...": a relative clause giving a command or an office is a role)
  if (relative && tokens.slice(comma + 4, comma + 10).some((t) => TITLES.has(t.lower) || UNIT_WORDS.has(t.lower) || ROLE_VERBS.has(t.lower))) return false;
  if (full && !PRIVATE_LIFE.has(tokens[comma + 3]?.lower ?? "")) return false;
  // "Andriy Kovalenko, 29, a platoon commander": a role, not a private life
  if (full && tokens.slice(comma + 4, comma + 8).some((t) => TITLES.has(t.lower) || UNIT_WORDS.has(t.lower) || t.lower === "operator" || t.lower === "soldier")) return false;
  const age = Number(tokens[comma + 1].text);
  return age >= 5 && age <= 110 && !placeByVariant(name.lower) && !NOT_NAME.has(name.lower) && !MONTHS.has(name.lower);
}

/** Verbs of holding a command or an office: "who commands a battalion", "who heads the village administration". */
const ROLE_VERBS = new Set(["commands", "commanded", "heads", "headed", "leads", "led", "serves", "served"]);

/** After "Name Surname, 64,": words that go on about a private person ("who lives", "a retired teacher"). */
const PRIVATE_LIFE = new Set(["who", "whose", "a", "an", "whom"]);

/** Nouns for private people quoted without a name: "a 67-year-old woman told the Mission". */
export const PRIVATE_PEOPLE = new Set([
  "woman", "man", "resident", "residents", "pensioner", "mother", "father", "survivor", "villager", "neighbour", "neighbor",
  "grandmother", "grandfather", "shopkeeper", "local", "locals", "widow",
]);

/** `words`: tokens the name spans; `parts`: its words as a name ("Kosiniak-Kamysz" is one part, three tokens). */
export type NameMatch = { text: string; surname: string; words: number; parts: number };

/** The first name in the capitalised run at i ("Strategic Industries Taras Hnatiuk"), else i. */
export function firstNameWithin(tokens: Token[], i: number, end = tokens.length): number {
  if (FIRST_NAMES.has(tokens[i].lower)) return i;
  // (a first name needs a surname after it inside the run that ends at `end`)
  for (let j = i + 1; j < Math.min(i + 4, end - 1) && tokens[j + 1]?.capitalized; j++) {
    if (!tokens[j].capitalized) break;
    if (FIRST_NAMES.has(tokens[j].lower)) return j;
  }
  return i;
}

/** Two or three capitalized words that are not places, sides, titles or sentence words. */
export function nameAt(tokens: Token[], i: number): NameMatch | null {
  const parts: string[] = [];
  let titled = 0;
  let k = i;
  for (; k < tokens.length && parts.length < 3; k++) {
    const token = tokens[k];
    // "Lloyd J. Austin III": a middle initial and a generation are read past, not kept
    if (parts.length >= 2 && GENERATIONS.has(token.text)) return { text: parts.join(" "), surname: parts[parts.length - 1].toLowerCase(), words: k + 1 - i, parts: parts.length + titled };
    if (!token?.capitalized || NOT_NAME.has(token.lower) || TITLES.has(token.lower) || SIDE_WORDS.get(token.lower)) break;
    if (k === i && token.lower === "one") break; // "One London underwriter said": a count opening the sentence, no first name
    // (no name: "GFX FS", "PRES VO", a TV script's codes for a full-screen graphic and the presenter's voice-over)
    if (SCRIPT_CODES.has(token.text)) break;
    if (k === i && token.text === "NGO" && tokens[k + 1]?.capitalized) { // "the local NGO Proliska" is Proliska, named in full
      titled = 1;
      continue;
    }
    if (placeStartingAt(tokens, k)) break;
    // "Władysław Kosiniak-Kamysz": a double-barrelled surname is one part
    const barrel = tokens[k + 1]?.text === "-" && !tokens[k + 1].spaced && tokens[k + 2]?.capitalized && !tokens[k + 2].spaced && tokens[k + 2].kind === "word";
    // "Choi Min-seo", "Yoon Suk-yeol": a Korean given name, two short syllables joined in lower case after the surname,
    // which the name puts first
    if (parts.length === 1 && isKoreanGivenNameAt(tokens, k)) {
      parts.push(`${token.text}-${tokens[k + 2].text}`);
      return { text: parts.join(" "), surname: parts[0].toLowerCase(), words: k + 3 - i, parts: 2 };
    }
    if (barrel) k += 2;
    parts.push((barrel ? `${token.text}-${tokens[k].text}` : token.text).replace(/['’]s$/, ""));
    if (tokens[k].lower.endsWith("'s")) {
      k++;
      break;
    }
    const initial = tokens[k + 1];
    if (parts.length === 1 && initial?.text.length === 1 && initial.capitalized && tokens[k + 2]?.text === "." && tokens[k + 3]?.capitalized) k += 2;
  }
  if (!parts.length) return null;
  // "Foreign Minister Iwaya Takeshi", "Kostenko Roman": a surname written first is the surname still
  if (parts.length === 2 && FIRST_NAMES.has(parts[1].toLowerCase()) && !FIRST_NAMES.has(parts[0].toLowerCase())) parts.reverse();
  return { text: parts.join(" "), surname: parts[parts.length - 1].toLowerCase(), words: k - i, parts: parts.length + titled };
}

/** A broadcast script's codes for who or what is on air, in capitals: "PRES VO:", "PKG VO:", "LIVE Pavlenko:", "SOT Lysak:". */
const SCRIPT_CODES = new Set(["PRES", "VO", "OOV", "SOT", "PKG", "GFX", "FS", "VT", "NATS", "CAM", "LIVE", "ASTON"]);

const GENERATIONS = new Set(["II", "III", "IV", "Jr", "Sr"]);

/** Korean surnames as romanised in the news: a closed list, so that "Trump Co-hosts" or "Musk Re-posts" names no one. */
const KOREAN_SURNAMES = new Set([
  "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun", "jang", "chang",
  "lim", "im", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "hong", "jeon", "chun", "ko", "moon",
  "yang", "son", "bae", "baek", "paik", "heo", "huh", "nam", "noh", "roh", "kwak", "sung", "cha", "joo", "woo", "min", "ryu", "jin", "won",
]);

/**
 * "Min-seo" at token k after a Korean surname ("Choi Min-seo"): a capitalised syllable, a hyphen and a lower-case one, all
 * unspaced and short.
 */
export function isKoreanGivenNameAt(tokens: Token[], k: number): boolean {
  const [surname, first, hyphen, second] = [tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  return hyphen?.text === "-" && !hyphen.spaced && second?.kind === "word" && !second.spaced && /^\p{Ll}{2,6}$/u.test(second.text) && /^\p{Lu}\p{Ll}{1,5}$/u.test(first.text) && tokens[k + 3]?.text !== "-" && !!surname && surname.capitalized && KOREAN_SURNAMES.has(surname.lower);
}

/** Unnamed speakers take the side written right before them ("senior Russian officials"), else Ukraine's. */
const WESTERN = new Set(["western", "american", "british", "german", "french"]);
/** Russian Telegram news channels and state media whose "sources" are in Russia's services ("A source told TASS"). */
const RUSSIAN_CHANNELS = new Set(["mash", "shot", "baza", "astra", "tass", "izvestia", "zvezda"]);
/** Trades whose unnamed "sources" the gold set calls "Industry sources". */
const TRADES = new Set(["industry", "shipping", "market", "trade", "trading", "insurance", "maritime"]);

/** "the Zapad group", "the Sever group of forces" from `from`: a group the name before "group" names. */
function inArmyGroup(tokens: Token[], from: number, named = false): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (tokens[k].lower === "group" || tokens[k].lower === "grouping") return !!tokens[k - 1]?.capitalized && (!named || RUSSIAN_GROUPS.has(tokens[k - 1].lower));
  return false;
}

/** Russia's groups of forces by their Russian names ("the Yug group"), not any group ("the Khortytsia group", "the Ramstein group"). */
const RUSSIAN_GROUPS = new Set(["zapad", "yug", "sever", "tsentr", "vostok", "dnepr"]);
const OFFICERS = new Set(["officer", "officers"]);

export function officials(tokens: Token[], at: number): Source {
  // "a senior NATO official", "Pentagon officials": an international or foreign body named right
  // before them speaks (officials of either side are "Russian officials" / "Ukrainian officials").
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const body = longestAt(sourcesByFirst, tokens, k);
    if (body && k + body.words.length === at && body.source.name !== GENERIC_MINISTRY && body.source.side !== "russia" && body.source.side !== "ukraine") return body.source;
  }
  // "according to estimates by Allies": NATO's members, as the gold set names them
  if (tokens[at]?.text === "Allies") return { name: "Western officials", side: "other" };
  const sources = tokens[at]?.lower === "sources" || tokens[at]?.lower === "source";
  // "Industry sources said", "shipping sources": people of a trade, unnamed
  if (sources && TRADES.has(tokens[at - 1]?.lower ?? "")) return { name: "Industry sources", side: null };
  // "Mash sources in the emergency services", "SHOT's sources": a Russian channel's sources are Russian officials
  // ("The Telegram channel Astra, citing sources in the emergency services, reported": the same)
  if (sources && tokens.some((t) => t.capitalized && RUSSIAN_CHANNELS.has(bare(t.lower)))) return { name: "Russian officials", side: "russia" };
  // "Citing his sources in the Zapad group, he said ...": sources in a Russian army group
  // ("An officer of the Yug group told us": one of its officers too, in one of Russia's groups of forces by name)
  if (sources && tokens[at + 1]?.lower === "in" && inArmyGroup(tokens, at + 2)) return { name: "Russian officials", side: "russia" };
  if (OFFICERS.has(tokens[at]?.lower ?? "") && (tokens[at + 1]?.lower === "in" || tokens[at + 1]?.lower === "of") && inArmyGroup(tokens, at + 2, true)) return { name: "Russian officials", side: "russia" };
  // "the Transnistrian authorities": the breakaway region's, as the gold set names them
  if (tokens[at - 1]?.lower === "transnistrian") return { name: "Transnistrian authorities", side: "other" };
  let side: Actor = null;
  for (let k = at - 1; k >= Math.max(0, at - 3) && !side; k--) {
    // "a senior U.S. defense official", "U.K. officials": the country's initials with their stops
    if (tokens[k].text === "." && (tokens[k - 1]?.text === "S" || tokens[k - 1]?.text === "K") && tokens[k - 2]?.text === "." && tokens[k - 3]?.text === "U") return { name: "Western officials", side: "other" };
    if (tokens[k].kind !== "word") break;
    // "a Western official", "US officials", "American officials"
    if (WESTERN.has(tokens[k].lower) || tokens[k].text === "US" || tokens[k].text === "UK") return { name: "Western officials", side: "other" };
    side = SIDE_WORDS.get(tokens[k].lower) ?? null;
  }
  // "Three people were hurt in Shebekino, regional authorities said": the officials of the place's side
  // (a sentence naming neither a side nor a place leaves them to the figure's place: UNPLACED_OFFICIALS)
  // (up to the end of their clause: not "..., local authorities said, while Moscow-installed officials accused Kyiv ..."; the
  // clause after them when they open the sentence: "According to the head of the district, Tetkino was shelled 17 times")
  const clauseEndFrom = (from: number) => {
    let k = from;
    while (k < tokens.length && tokens[k].text !== "," && tokens[k].text !== ";") k++;
    return k;
  };
  let clauseEnd = clauseEndFrom(at + 1);
  if (tokens.slice(0, at).some((t) => t.lower === "according")) clauseEnd = clauseEndFrom(clauseEnd + 1);
  const scope = tokens.slice(0, clauseEnd);
  side ??= scope.some((t) => t.capitalized && isRussianPlaceWord(t.lower)) ? "russia" : null;
  if (!side && scope.some((t) => SIDE_WORDS.has(t.lower))) return SIDE_NAMING_OFFICIALS;
  return side ? { name: `${SIDE_ADJECTIVE[side]} officials`, side } : UNPLACED_OFFICIALS;
}

/**
 * Officials whose sentence names neither a side nor a place in Russia: Ukraine's, unless the figure they give is at a
 * place in Russia ("Fewer than 400 remain, according to local authorities" after "Tyotkino had about 4,500
 * residents"), which extract.ts decides once the figure's place is known.
 */
export const UNPLACED_OFFICIALS: Source = { name: "Ukrainian officials", side: "ukraine" };

/**
 * Officials whose sentence names a side, not as theirs ("the AFU are losing 10-15 men a day, a commander with the call sign
 * Kedr said"): Ukraine's, as most pages speak from Ukraine's side; on a page speaking from Russia's side, Russia's
 * (extract.ts decides, once the page's side is known).
 */
export const SIDE_NAMING_OFFICIALS: Source = { name: "Ukrainian officials", side: "ukraine" };

/** "13.5 trillion rubles ..., the Finance Ministry said": a ministry counting in rubles is Russia's, in hryvnias Ukraine's. */
export function currencySide(tokens: Token[]): Actor {
  for (const token of tokens) {
    // (a code only in capitals, as CURRENCY_SIDES keys it: "UAH", "RUB")
    const side = CURRENCY_WORD_SIDES.get(token.lower) ?? CURRENCY_SIDES.get(token.text);
    if (side) return side;
  }
  return null;
}

/** The side in a speaker's title: closest before the name ("Ukraine's ... spokesperson, Serhii Cherevatyi"), else right after. */
export function sideNear(tokens: Token[], at: number): Actor {
  // ("Samara Governor Vyacheslav Fedorishchev", "Kursk governor Alexander Khinshtein": the head of a place in Russia)
  const title = tokens[at - 1];
  const place = title && PLACE_OFFICES.has(title.lower) ? placeByVariant(bare(tokens[at - 2]?.lower ?? "")) : undefined;
  if (place && isInRussia(place)) return "russia";
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

/** The offices a place's name goes before: "Samara Governor", "Belgorod mayor". */
const PLACE_OFFICES = new Set(["governor", "mayor"]);

/** Every body the lexicon names, by its canonical name. */
export const BODIES: ReadonlySet<string> = new Set(SOURCES.map((s) => s.source.name));

const PERSON_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}/u;
const CAPITALS_NAME = /^\p{Lu}{2,}(?: \p{Lu}[\p{Lu}'-]+){1,2}$/u;

/** Words that make a capitalised name an organisation's or a document's ("Security Council", "Criminal Code"). */
const BODY_WORDS = new Set([
  "Street", "Avenue", "Square", "Lane", "Boulevard", "Prospekt", "Highway", // "residents of Vladimir Nevsky Street"
  "Code", "Law", "Act", "Convention", "Treaty", "Charter", "Studies", "Bank", "Staff", "Court", "Party", "Assembly", "Parliament", "Government",
  // and every word that heads an organisation's name ("Civil Aviation Authority", "HALO Trust")
  ...[...ORG_HEADS].map((head) => head.charAt(0).toUpperCase() + head.slice(1)),
]);

/**
 * The lexicon's person for a name written in full, unless its first name is another's: "Vladyslav
 * Voloshyn" is not "Nazar Voloshyn". Transliterations agree on the initial, up to O/A (Oleksandr,
 * Alexander), Y/E (Yevhen, Evgeny) and H/G (Hennadii, Gennady).
 */
export function knownPerson(name: NameMatch): Source | undefined {
  const cyrillic = CYRILLIC.test(name.surname);
  const known = PEOPLE.get(name.surname) ?? (cyrillic ? byTransliteration(name.surname) : byOtherSpelling(name.surname) ?? byIotatedVowel(name.surname));
  if (!known || !name.text.includes(" ")) return known;
  return isFirstNameOf(known, name.text) ? known : undefined;
}

/**
 * Whether a name written before a surname (`first`, any case, in Latin or Cyrillic letters) can be `known`'s first name:
 * the same initial in any transliteration ("Oleksandr" and "Alexander", "Yevhen" and "Evgeny"), so that "Vladyslav
 * Voloshyn" is no "Nazar Voloshyn".
 */
export function isFirstNameOf(known: Source, first: string): boolean {
  const initial = (text: string) => INITIAL_VARIANTS.get(text.charAt(0)) ?? text.charAt(0);
  return initial(known.name) === initial((CYRILLIC.test(first) ? UKRAINIAN.transform(first) : first).toUpperCase());
}

/** The governor of the region a place is in or is ("Kursk", "Klimovo"), by its regional centre: "Kursk governor" is Khinshtein. */
export function governorOf(place: Place): Source | undefined {
  return GOVERNORS.get(regionalCentreOf(place.name) ?? place.name);
}

/** The lexicon's person of `surname` (lower case), unless `first`, the first name written with it, is not theirs. */
export function lexiconPerson(first: string | null, surname: string): Source | undefined {
  // (in Cyrillic too: "Балицкий" is Balitsky)
  const known = PEOPLE.get(surname) ?? (CYRILLIC.test(surname) ? byTransliteration(surname) : byIotatedVowel(surname));
  return known && (!first || isFirstNameOf(known, first)) ? known : undefined;
}

const CYRILLIC = /^\p{Script=Cyrillic}/u;
const UKRAINIAN = cyrillicToTranslit({ preset: "uk" });
const RUSSIAN = cyrillicToTranslit({ preset: "ru" });

/**
 * A name written in Cyrillic, in Latin letters as English copy writes it: by the Ukrainian romanisation when a letter only
 * Ukrainian has is in it ("Олег Синєгубов" is Oleh Syniehubov), else by the Russian one, a final "-ii" as "-y" ("Андрей
 * Власенко" is Andrei Vlasenko, "Евгений" Yevgeny).
 */
export function romanised(name: string): string {
  if (!CYRILLIC_LETTER.test(name)) return name;
  const table = UKRAINIAN_ONLY.test(name) ? UKRAINIAN : RUSSIAN;
  const latin = (cyrillic: string) => (table === UKRAINIAN ? UKRAINIAN.transform(cyrillic) : RUSSIAN.transform(cyrillic).replace(/ii\b/g, "y"));
  // (a word in capitals stays in capitals: "ХЕРСОНСКАЯ" is KHERSONSKAYA, not the table's "KhERSONSKAYa")
  return CAPITALS_WORD.test(name) ? name.replace(CAPITALS_WORDS, (word) => latin(word.toLowerCase()).toUpperCase()).replace(CYRILLIC_WORDS, latin) : latin(name);
}

const CAPITALS_WORD = /(?<!\p{L})(?:(?=\p{Script=Cyrillic})\p{Lu}){2,}(?!\p{L})/u;
const CAPITALS_WORDS = new RegExp(CAPITALS_WORD.source, "gu");
const CYRILLIC_WORDS = /\p{Script=Cyrillic}[\p{Script=Cyrillic}'’]*/gu;

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u;

/** "Садовий" is Sadovyi, "Богомаз" Bogomaz: a surname in Cyrillic by its Ukrainian, else its Russian, romanisation. */
function byTransliteration(surname: string): Source | undefined {
  const ukrainian = UKRAINIAN.transform(surname).toLowerCase();
  // ("Сєнкевич" is Sienkevych by the standard, Senkevych in English copy)
  const russian = RUSSIAN.transform(surname).toLowerCase();
  // ("Балицкий" is Balitskii by the Russian table, Balitsky in English copy)
  return PEOPLE.get(ukrainian) ?? PEOPLE.get(ukrainian.replace(/ie/g, "e")) ?? PEOPLE.get(russian) ?? PEOPLE.get(russian.replace(/ii$/, "y"));
}

/**
 * A surname's skeleton across the Latin spellings neighbours' outlets give it: "Terekhov" and Czech "Terechov",
 * "Sadovyi" and Polish "Sadowy", "Rudnytskyi" and "Rudnycki" (diacritics, w/v, j/y/i, kh/ch/h, ts/c, doubled letters,
 * a final y dropped).
 */
function spellingSkeleton(surname: string): string {
  return surname
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/sz/g, "s").replace(/cz/g, "c").replace(/rz/g, "z")
    .replace(/w/g, "v").replace(/[ij]/g, "y")
    .replace(/[kc]h/g, "h").replace(/[zs]h/g, (m) => m[0]).replace(/ts/g, "c")
    .replace(/(.)\1+/g, "$1")
    .replace(/y$/, "");
}

/** The lexicon's people by skeleton, a skeleton two of them share left out. */
const PEOPLE_BY_SKELETON: ReadonlyMap<string, Source> = (() => {
  const bySkeleton = new Map<string, Source | null>();
  for (const [surname, person] of PEOPLE) {
    const skeleton = spellingSkeleton(surname);
    const other = bySkeleton.get(skeleton);
    bySkeleton.set(skeleton, other === undefined || other?.name === person.name ? person : null);
  }
  return new Map([...bySkeleton].filter((entry): entry is [string, Source] => entry[1] !== null));
})();

/**
 * A person the lexicon knows under the other English spelling of an iotated vowel: "Dobriak" is Dobryak, "Artyukh" Artiukh
 * ("ia"/"ya", "iu"/"yu", "ie"/"ye": the national standard writes the first inside a word, older copy the second).
 */
function byIotatedVowel(surname: string): Source | undefined {
  if (!IOTATED.test(surname)) return undefined;
  return PEOPLE.get(surname.replace(/i([aue])/g, "y$1")) ?? PEOPLE.get(surname.replace(/y([aue])/g, "i$1"));
}
const IOTATED = /[iy][aue]/;

/** A person the lexicon knows under another Latin spelling of the surname ("Terechov" is Terekhov). */
function byOtherSpelling(surname: string): Source | undefined {
  // (only a surname showing a neighbour's spelling: not "Smyrnov" or "Klimenko", other people's own English spellings)
  if (surname.length < MIN_SKELETON_SURNAME || !NEIGHBOUR_SPELLING.test(surname)) return undefined;
  // (the same surnames come back sentence after sentence: each skeleton is worked out once)
  let found = SKELETON_LOOKUPS.get(surname);
  if (found === undefined) {
    if (SKELETON_LOOKUPS.size >= MAX_SKELETON_LOOKUPS) SKELETON_LOOKUPS.clear();
    found = PEOPLE_BY_SKELETON.get(spellingSkeleton(surname)) ?? null;
    SKELETON_LOOKUPS.set(surname, found);
  }
  return found ?? undefined;
}
const MIN_SKELETON_SURNAME = 5;
/** Letters an English spelling of a Ukrainian or Russian surname lacks: Polish w, cz, sz, rz, ł; Czech "ch" between vowels; diacritics. */
const NEIGHBOUR_SPELLING = /w|cz|sz|rz|[aeiouy]ch[aeiouy]|[^\x00-\x7f]/;
const MAX_SKELETON_LOOKUPS = 10_000;
const SKELETON_LOOKUPS = new Map<string, Source | null>();

const INITIAL_VARIANTS = new Map([["A", "O"], ["E", "Y"], ["G", "H"]]);

export function isPersonName(name: string): boolean {
  return !BODIES.has(name) && (PERSON_NAME.test(name) || inCapitals(name)) && !name.endsWith("officials") && !isBodyName(name);
}

const CAPITAL_LETTER = /^\p{Lu}$/u;

/** "BARBARA WOODWARD", as UN coverage prints a speaker: a known first name in capitals and a surname. */
function inCapitals(name: string): boolean {
  const second = name.charCodeAt(1);
  // ("Kharkiv Regional Administration": not in capitals, no more to read; "HÉLÈNE VAUTRIN": a capital letter with an accent)
  if (!(second >= 65 && second <= 90) && !(second > 127 && CAPITAL_LETTER.test(name.charAt(1)))) return false;
  const space = name.indexOf(" ");
  return space > 0 && CAPITALS_NAME.test(name) && FIRST_NAMES.has(name.slice(0, space).toLowerCase());
}

/** "Security Council", "Russian Economic Studies": capitalised words an organisation's name ends or runs on. */
export function isBodyName(name: string): boolean {
  for (let from = 0; from < name.length; ) {
    const space = name.indexOf(" ", from);
    const end = space < 0 ? name.length : space;
    const word = name.slice(from, end);
    if (BODY_WORDS.has(word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word)) return true;
    from = end + 1;
  }
  return false;
}

function isRussianPlaceWord(word: string): boolean {
  return isRussianPlaceName(bare(word));
}


export function bare(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}
