import { placeByVariant, REGION_COUNTS } from "./data/gazetteer";
import { AIRCRAFT_FAMILIES, MODEL_FAMILIES } from "./data/designators";
import { SMALL, TENS } from "./data/number-words";
import { COMPOUNDS, NOT_COUNTED, NOUNS, type NounEntry } from "./data/nouns";
import { MONTHS, WEEKDAYS, YEAR } from "./data/periods";
import { SIDE_WORDS, THIRD_PARTY_COUNTRIES, THIRD_PARTY_WORDS } from "./data/sides";
import { ALL_CAPITALS, CLOSING_QUOTE_MARKS, DASHES, NAME_CASE, OPENING_QUOTE_MARKS, type Token } from "./tokenize";
import type { Category } from "./types";

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
  /**
   * Something stands between number and noun, a model name ("50 Kh-101 cruise missiles") or a cell's rule ("142 | civilians
   * killed"): the quote is the number alone.
   */
  quotesNumberOnly?: boolean;
};

const MAX_MODIFIERS = 4;
const STOP = new Set([
  "in", "on", "at", "from", "to", "into", "by", "with", "for", "near", "along", "across", "since", "during",
  "over", "after", "before", "and", "or", "but", "that", "which", "who", "were", "was", "is", "are", "have",
  "has", "had", "been", "be", "will", "would", "could", "said", "the", "a", "an", "than", "as", "per", "while",
  "when", "where", "including", "among", "between", "around", "about", "within", "under", "this", "these",
  "those", "it", "they", "he", "she", "we", "its", "their", "his", "her", "our", "not", "also", "times", "out",
  "against", "toward", "towards", "there", "here", "so", "if", "because", "amid", "via", "per", "up", "down",
  "how", "many", "much", "what", "why",
]);
/** "690,000 men killed or wounded": a participle after the noun is the verb, not a longer noun. */
const PARTICIPLES = new Set(["killed", "injured", "wounded", "dead", "missing", "captured"]);
const PARTITIVE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "these", "those", "all"]);
/** Words between a number and its noun that carry no meaning for the count ("two more", "another 25 such"). */
const FILLERS = new Set(["more", "other", "additional", "further", "new", "extra", "such", "separate", "different"]);
const PLURAL = /^[\p{Ll}][\p{Ll}-]{2,}s$/u;

/** A plural the lexicon need not list: "crimes", "proceedings" (not "class", nor an adjective in -ous: "previous", "various"). */
export function isGenericPlural(lower: string): boolean {
  return PLURAL.test(lower) && !lower.endsWith("ss") && !lower.endsWith("ous");
}

/** What a plural the lexicon does not list counts. */
export const GENERIC_COUNT: NounEntry = { category: "other", cls: "generic" };
const CAPITAL = /^\p{Lu}/u;
/** Families whose number follows after a space: "Leopard 2", "Challenger 2". */
const FAMILY_NUMBERED = new Set(["leopard", "challenger", "patriot", "abrams", "bradley", "marder", "gepard", "stryker", "project", "mavic", "matrice", "mirage", "gripen"]);
const DESIGNATOR_PART = /^\p{Lu}[\p{Lu}\d]*$/u;

const WINDOW_OPENERS = new Set(["past", "last", "previous", "next", "coming"]);

/** Whether another cell's rule follows within a label's reach: "142 | civilians killed | 2024" is a table's row, not a box's. */
function hasRuleAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_CELL_LABEL); k++) if (tokens[k].text === "|") return true;
  return false;
}

const MAX_CELL_LABEL = 12;

/** Finds the counted noun starting at token i; `allowGeneric` accepts an unknown plural noun ("11 regions"). */
export function countedNounAt(tokens: Token[], i: number, allowGeneric: boolean): CountedNoun | null {
  let k = i;
  // ("142      | civilians killed in November": a key-figures box's row, its figure's label in the next cell)
  const ruled = tokens[k]?.text === "|" && tokens[k + 1]?.kind === "word" && !tokens[k + 1].capitalized && !hasRuleAfter(tokens, k + 1);
  if (ruled) k++;
  // ('holding "no more than 1,000" Ukrainian civilians', 'promised "at least two more" Patriot systems': a quoted figure, its
  // noun after the closing mark)
  while (tokens[k] && FILLERS.has(tokens[k].lower)) k++; // ("two more")
  const quoted = !ruled && CLOSING_QUOTE_MARKS.has(tokens[k]?.text ?? "") && !tokens[k].spaced && tokens[k + 1]?.kind === "word" && quotesOneFigure(tokens, k);
  if (quoted) k++;
  while (tokens[k] && FILLERS.has(tokens[k].lower)) k++;
  // "1,312 Russian and 418 Ukrainian items": the first side's figure shares the noun the second names (its quote the number)
  if (SIDE_WORDS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "and" && tokens[k + 2]?.kind === "num" && SIDE_WORDS.has(tokens[k + 3]?.lower ?? "")) {
    const shared = nounFrom(tokens, k + 4, k, allowGeneric);
    if (shared) return { ...shared, quotesNumberOnly: true };
  }
  let modifiersStart = k;
  if (tokens[k]?.lower === "of" || (tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of")) {
    k += tokens[k].lower === "out" ? 2 : 1;
    modifiersStart = k; // keeps "Russia's" in "68 of Russia's deployed drones" for the actor
    if (tokens[k] && (PARTITIVE_DETERMINERS.has(tokens[k].lower) || tokens[k].lower.endsWith("'s"))) k++;
    if (tokens[k]?.kind === "num") return null; // "47 of the 72 drones": the second number owns the noun
    // "on six of the past seven days": a time window, not what is counted
    if (WINDOW_OPENERS.has(tokens[k]?.lower ?? "")) return null;
  }
  // "up from 85 two years ago": another number starts another phrase, not this one's noun
  // (not a compound: "458 one-way attack UAVs")
  if ((SMALL.has(tokens[k]?.lower ?? "") || TENS.has(tokens[k]?.lower ?? "")) && tokens[k + 1]?.text !== "-") return null;
  // ("2 US-made M113 armored personnel carriers", "a German-made Leopard": where it was made, before the designation)
  if (tokens[k + 1]?.text === "-" && !tokens[k + 1].spaced && MADE_WORDS.has(tokens[k + 2]?.lower ?? "") && designationEnd(tokens, k + 3) > k + 3) k += 3;
  // "two Russian Be-12 maritime patrol aircraft": a side's adjective may stand before the designation
  // ("four Dutch F-35 fighters": a third country's adjective too)
  const sided = SIDE_WORDS.get(tokens[k]?.lower ?? "") || THIRD_PARTY_WORDS.has(tokens[k]?.lower ?? "") ? designationEnd(tokens, k + 1) : -1;
  // ("8 Dana M2 self-propelled howitzers": a family's name before its designation; not a country's adjective, "four Dutch F-35
  // fighters", nor a unit's letters, "2,048Wh LiFePO4 battery")
  const name = tokens[k];
  const isFamilyName = !!name && sided < 0 && NAME_CASE.test(name.text) && name.text.length >= 3 && !placeByVariant(name.lower) && !THIRD_PARTY_WORDS.has(name.lower) && !THIRD_PARTY_COUNTRIES.has(name.lower);
  const named = isFamilyName ? designationEnd(tokens, k + 1) : -1;
  const model = sided > k + 1 ? sided : named > k + 1 ? named : designationEnd(tokens, k);
  const designation = sided > k + 1 || named > k + 1 ? k + 1 : k; // where the model's name starts
  if (model > k) k = model;
  const found = nounFrom(tokens, k, modifiersStart, allowGeneric);
  if (found && (model > 0 || ruled || quoted)) found.quotesNumberOnly = true;
  // ("four F-35 fighters", "two Su-34 fighters": after a designation, fighters are jets, not combatants)
  // (an aircraft's designation only: "12 Storm-Z fighters" are an assault unit's men)
  if (found && model > 0 && JET_NOUNS.has(tokens[found.head].lower) && AIRCRAFT_FAMILIES.has(tokens[designation]?.lower ?? "")) found.entry = { category: "equipment", cls: "thing" };
  // "five Patriot batteries", "12 NASAMS units": a generic noun after a weapon family is that weapon
  // ("52 Gepards", "18 more Caesars": the family's name in the plural is the weapon)
  const family = found?.entry.cls === "generic" ? MODEL_FAMILIES.get(tokens[found.head - 1]?.lower ?? "") ?? pluralFamily(tokens[found.head]) : undefined;
  if (found && family) found.entry = { category: family, cls: "thing" };
  if (!found && model > 0) return familyNoun(tokens, modifiersStart, model); // "two F-16s", "20 Geran-2" with no noun after
  return found;
}

/** Nouns of combatants that name aircraft after a model's designation. */
const JET_NOUNS = new Set(["fighters", "fighter"]);

/** "Gepards", "Caesars", "Bradleys": a weapon family named in the plural, capitalised. */
function pluralFamily(token: Token): Category | undefined {
  if (!token.capitalized || !token.lower.endsWith("s")) return undefined;
  // ("destroyed 11 HIMARS", "two NASAMS": a family whose name in capitals ends in its s)
  return MODEL_FAMILIES.get(token.lower.slice(0, -1)) ?? (token.text === token.text.toUpperCase() ? MODEL_FAMILIES.get(token.lower) : undefined);
}

/** The model itself is what is counted: its family says what it is ("F-16s" aircraft, "Kh-101s" missiles). */
function familyNoun(tokens: Token[], start: number, end: number): CountedNoun | null {
  const category = MODEL_FAMILIES.get(tokens[start].lower);
  if (!category) return null;
  const last = tokens[end]?.lower === "s" && !tokens[end].spaced ? end + 1 : end;
  return { head: start, end: last, entry: { category, cls: "thing" }, subject: tokens.slice(start, last).map((t) => t.text).join(""), modifiersStart: start, quotesNumberOnly: true };
}

/**
 * The end of a model designation starting at k ("Kh-101/Kh-555", "Iskander-M", "Tu-95MS", "S-300", "M777"), or -1.
 * A capitalized word or initial joined by a hyphen to digits or capitals, or glued to digits.
 */
export function designationEnd(tokens: Token[], k: number): number {
  // a calibre: "3 million 155 mm artillery rounds", "155mm shells", "100,000 120-mm mortar rounds"; and a designation after it
  // ("three 122mm D-30 guns")
  const calibre = tokens[k]?.kind !== "num" ? -1 : tokens[k + 1]?.lower === "mm" ? k + 2 : tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "mm" ? k + 3 : -1;
  if (calibre > 0 && tokens[calibre]?.kind === "word") return Math.max(calibre, designationEnd(tokens, calibre));
  let end = -1;
  for (let at = k; ; ) {
    const head = tokens[at];
    if (!head || head.kind !== "word" || !CAPITAL.test(head.text)) return end;
    const next = tokens[at + 1];
    let after: number;
    if (next?.text === "-" && !next.spaced && tokens[at + 2] && !tokens[at + 2].spaced && isDesignatorPart(tokens[at + 2])) after = at + 3;
    else if (next?.kind === "num" && (!next.spaced || FAMILY_NUMBERED.has(head.lower) || isNamedModelAt(tokens, at))) after = at + 2; // "M777", "Leopard 2A4", "RCH 155"
    else return end;
    while (tokens[after] && !tokens[after].spaced && (tokens[after].kind === "num" || ALL_CAPITALS.test(tokens[after].text))) after++; // "95" + "MS"
    end = after;
    if (tokens[after]?.text === "/" && !tokens[after].spaced && tokens[after + 1] && !tokens[after + 1].spaced) {
      if (tokens[after + 1].kind === "num") { // "Kh-59/69"
        end = after + 2;
        return end;
      }
      at = after + 1; // "Kh-101/Kh-555"
      continue;
    }
    return end;
  }
}

/**
 * "RCH 155", "Skyranger 35", "Superjet 100" before what they name ("two RCH 155 wheeled self-propelled howitzers"): a name and a
 * spaced number, the name no place's, month's, day's or side's, with a noun the lexicon knows a few words after the number.
 */
export function isNamedModelAt(tokens: Token[], name: number): boolean {
  const head = tokens[name];
  if (!head || head.kind !== "word" || tokens[name + 1]?.kind !== "num" || !(NAME_CASE.test(head.text) || ALL_CAPITALS.test(head.text))) return false;
  if (placeByVariant(head.lower) || MONTHS.has(head.lower) || WEEKDAY_WORDS.has(head.lower) || SIDE_WORDS.has(head.lower) || AMOUNT_WORDS.has(head.lower)) return false;
  for (let k = name + 2; k < Math.min(tokens.length, name + 2 + MAX_MODEL_TAIL); k++) {
    if (tokens[k].kind === "word" && NOUNS.get(tokens[k].lower)) return true;
    if (tokens[k].kind !== "word" && tokens[k].text !== "-") return false;
  }
  return false;
}

const MAX_MODEL_TAIL = 6;
/** Words an amount opens with, capitalised in a headline: "A Record 810 Drones", "An Estimated 200 Civilians". */
const AMOUNT_WORDS = new Set(["record", "estimated", "further", "total", "additional", "extra", "mere", "staggering", "new", "more", "massive", "combined", "reported", "confirmed"]);

/** A lexicon noun one or two words on from `from`, words only: "gas facilities", "hydro power plants" after "oil and", "thermal and". */
function modifiedNounAfter(tokens: Token[], from: number): boolean {
  if (tokens[from]?.kind !== "word" || NOUNS.get(tokens[from].lower)) return false;
  for (let k = from + 1; k <= from + 2 && tokens[k]?.kind === "word"; k++) if (NOUNS.get(tokens[k].lower)) return true;
  return false;
}

function isDesignatorPart(token: Token): boolean {
  return token.kind === "num" || DESIGNATOR_PART.test(token.text);
}

function nounFrom(tokens: Token[], start: number, modifiersStart: number, allowGeneric: boolean): CountedNoun | null {
  let k = start;
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
    // "struck 3 areas of concentration of personnel": the areas are counted, not the personnel in them
    if (token.lower === "of" && generic === k - 1 && PLACE_HEADS.has(tokens[generic].lower)) break;
    const isJoined = tokens[k - 1]?.text === "-" && !token.spaced; // "surface-to-air": a word part, not a preposition
    // "412 destroyed and damaged civilian objects": two participles before the noun, joined
    if ((token.lower === "and" || token.lower === "or") && k > start && generic < 0 && PAST_TENSE.test(tokens[k - 1].lower) && PAST_TENSE.test(tokens[k + 1]?.lower ?? "")) continue;
    // "over 70 oil and gas facilities", "450 fire and rescue stations": two modifiers of one noun, joined
    if (token.lower === "and" && k > start && generic < 0 && tokens[k - 1].kind === "word" && modifiedNounAfter(tokens, k + 1)) continue;
    if (token.kind === "num" || (STOP.has(token.lower) && !isJoined)) break;
    // "two researchers checked each strike": past an unknown plural, a past-tense word is its verb, not a modifier
    if (generic >= 0 && generic === k - 1 && PAST_TENSE.test(token.lower)) break;
    if (isJoined) n--; // "fixed-wing" is one modifier, not two
    // ("23 first-person-view drones", "12 Biber bridge-laying vehicles": a noun inside a hyphenated compound modifies the head after it)
    const inCompound = tokens[k + 1]?.text === "-" && !tokens[k + 1].spaced && tokens[k + 2]?.kind === "word" && !tokens[k + 2].spaced && !TYPE_WORDS.has(tokens[k + 2].lower);
    if (NOUNS.get(token.lower) && !inCompound) return sharedHead(tokens, k, modifiersStart) ?? extendCompound(tokens, k, modifiersStart);
    // ("287,450 explosive items": a compound the lexicon counts, though its head alone never is)
    if (NOT_COUNTED.has(token.lower) && !COMPOUNDS.has(`${tokens[k - 1]?.lower} ${token.lower}`) && !countedItems(tokens, k, modifiersStart)) return null;
    if (allowGeneric && isGenericPlural(token.lower)) generic = k;
  }
  if (generic < 0) return null;
  // ("two high-rises": a hyphenated noun the lexicon lists whole)
  const hyphenated = tokens[generic - 1]?.text === "-" && !tokens[generic].spaced ? NOUNS.get(`${tokens[generic - 2]?.lower}-${tokens[generic].lower}`) : undefined;
  const compound = COMPOUNDS.get(`${tokens[generic - 1]?.lower} ${tokens[generic].lower}`) ?? hyphenated;
  const entry: NounEntry = compound ?? GENERIC_COUNT;
  return { head: generic, end: generic + 1, entry, subject: subjectOf(tokens, modifiersStart, generic), modifiersStart };
}

/** What deminers do with items: "destroyed 1,046 items", "removed some 300 items". */
const CLEARED = new Set(["destroyed", "removed", "cleared", "neutralised", "neutralized", "defused", "disposed"]);
/** Words after "items of" that make it no count's: "12 items of the agenda". */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "your", "my"]);

/**
 * Items a count is of ("some 300 items of unexploded ordnance", "418 Ukrainian items", "pyrotechnicians destroyed 1,046 items"),
 * not a list's or a page's ("12 items", "5 items parsed"); `k` is the noun, `modifiersStart` the first word after the number.
 */
function countedItems(tokens: Token[], k: number, modifiersStart: number): boolean {
  if (tokens[k].lower !== "items") return false;
  if (tokens[k + 1]?.lower === "of" && tokens[k + 2]?.kind === "word" && !DETERMINERS.has(tokens[k + 2].lower)) return true;
  for (let j = modifiersStart; j < k; j++) if (SIDE_WORDS.has(tokens[j].lower) || tokens[j].lower === "enemy") return true;
  for (let j = modifiersStart - 1; j >= Math.max(0, modifiersStart - 6); j--) if (CLEARED.has(tokens[j].lower)) return true;
  return false;
}

/** Generic nouns of places whose "of ..." says what is there, not what is counted. */
const PLACE_HEADS = new Set(["areas", "places", "sites", "locations"]);

/** A past tense or a past participle: "checked", "destroyed". */
export const PAST_TENSE = /^[a-z]{3,}ed$/;

/** Nouns that often modify another across "and": "1,600 strike and air defence missiles". */
const MODIFIER_NOUNS = new Set(["strike", "attack", "assault", "reconnaissance", "combat", "air", "ground"]);

/** "strike and air defence missiles": two modifiers share the later head noun. */
function sharedHead(tokens: Token[], k: number, modifiersStart: number): CountedNoun | null {
  if (!MODIFIER_NOUNS.has(tokens[k].lower) || (tokens[k + 1]?.lower !== "and" && tokens[k + 1]?.lower !== "or")) return null;
  for (let h = k + 2; h < Math.min(tokens.length, k + 6); h++) {
    const token = tokens[h];
    if (token.kind !== "word" || STOP.has(token.lower)) return null;
    if (NOUNS.get(token.lower) && !MODIFIER_NOUNS.has(token.lower)) return extendCompound(tokens, h, modifiersStart);
  }
  return null;
}

/** "Shahed-type", "aircraft-like": a kind named before a hyphen and one of these. */
const TYPE_WORDS = new Set(["type", "like", "class"]);

/** "drone attacks", "tanks and other armoured fighting vehicles": the last noun of a run is the head. */
function extendCompound(tokens: Token[], k: number, modifiersStart: number): CountedNoun {
  let head = k;
  for (;;) { // "drone attacks", "assault actions"
    const next = tokens[head + 1];
    // "Shahed-type attack drones", "aircraft-type UAVs": the kind named before "-type" qualifies the noun after it
    if (next?.text === "-" && !next.spaced && TYPE_WORDS.has(tokens[head + 2]?.lower ?? "") && !tokens[head + 2].spaced && NOUNS.has(tokens[head + 3]?.lower ?? "")) {
      head += 2;
      continue;
    }
    if (next?.kind !== "word") break;
    if ((NOUNS.get(next.lower) && !PARTICIPLES.has(next.lower)) || COMPOUNDS.has(`${tokens[head].lower} ${next.lower}`)) head++;
    else break;
  }
  // ("three rounds of direct talks", "the 16th round of sanctions": rounds of a process, not of ammunition)
  if (ROUND_NOUNS.has(tokens[head].lower) && tokens[head + 1]?.lower === "of" && [2, 3].some((n) => PROCESS_NOUNS.has(tokens[head + n]?.lower ?? ""))) return { head, end: head + 1, entry: { category: "other", cls: "thing" }, subject: subjectOf(tokens, modifiersStart, head), modifiersStart };
  // ("213 air-raid alerts", "3 drone warnings": warnings of an attack are no attack)
  if (ALERT_NOUNS.has(tokens[head + 1]?.lower ?? "")) return { head: head + 1, end: head + 2, entry: { category: "other", cls: "thing" }, subject: subjectOf(tokens, modifiersStart, head + 1), modifiersStart };
  const pair = `${tokens[head - 1]?.lower} ${tokens[head].lower}`;
  const entry = COMPOUNDS.get(pair) ?? NOUNS.get(tokens[head > k ? head : k].lower)!;
  return { head, end: head + 1, entry, subject: subjectOf(tokens, modifiersStart, head), modifiersStart };
}

const MADE_WORDS = new Set(["made", "built", "supplied", "produced", "designed"]);
const ALERT_NOUNS = new Set(["alerts", "alert", "sirens", "warnings", "alarms"]);
const ROUND_NOUNS = new Set(["rounds", "round"]);
const PROCESS_NOUNS = new Set(["talks", "negotiations", "consultations", "exchanges", "sanctions", "voting", "mobilisation", "mobilization", "evacuation", "evacuations", "funding"]);

function subjectOf(tokens: Token[], start: number, head: number): string {
  let from = Math.max(start, head - 2);
  // (a hyphenated compound whole: "high-rise buildings", "pre-war staff", "Shahed-136 drones", not "- rise buildings")
  for (let step = 0; step < MAX_COMPOUND_STEPS; step++) {
    if (from > 0 && isJoiningHyphen(tokens[from])) from--;
    else if (from > 1 && isJoiningHyphen(tokens[from - 1])) from -= 2;
    else break;
  }
  const words: string[] = [];
  for (let k = from; k <= head; k++) {
    if (tokens[k].kind === "punct" && tokens[k].text !== "-") continue;
    words.push(tokens[k].lower);
  }
  return words.join(" ").replace(/ - /g, "-").replace(/^\S+'s /, "");
}

const MAX_COMPOUND_STEPS = 2;
const isJoiningHyphen = (token: Token | undefined) => token?.text === "-" && !token.spaced;

/** Verbs of a figure falling, linking only through "to" (not "debris fell at three more"). */
const FALLING = new Set(["fell", "fallen", "falls", "declined", "declines", "dropped", "drops", "decreased", "decreases"]);
/** Verbs joining a noun to its figure: "losses climbed to a record of 1,500", "tanks numbering around 250". */
const LINKERS = new Set([
  "numbering", "number", "numbered", "totaling", "totalling", "totalled", "totaled", "reached", "reaching", "amounted", "amounting", "stood", "rose",
  "climbed", "increased", "grew", "averaged", "averaging", "average", "averages", "hit", "exceeded", "exceeding",
  "rises", "risen", "climbs", "reaches", "jumped", "jumps", "grows", "increases", "grown",
  // and the falling ones: "the number of Russian soldiers killed or wounded each day has fallen to around 1,150"
  ...FALLING,
]);
const MAX_QUOTED_FIGURE = 6;

/**
 * Whether the quotation closing at `close` is a single figure or range with its qualifier ('"no more than 1,000"', '"20-30"';
 * not '"1,000 for 1,000"').
 */
function quotesOneFigure(tokens: Token[], close: number): boolean {
  let figures = 0;
  for (let k = close - 1; k >= Math.max(0, close - MAX_QUOTED_FIGURE); k--) {
    if (OPENING_QUOTE_MARKS.has(tokens[k].text)) return figures === 1;
    // (a range's second end joins its first: "20-30", "20 to 30")
    const figure = tokens[k].kind === "num" || SMALL.has(tokens[k].lower) || TENS.has(tokens[k].lower);
    if (figure && !RANGE_JOINERS.has(tokens[k - 1]?.lower ?? "")) figures++;
    else if (tokens[k].kind === "punct" && tokens[k].text !== "," && !RANGE_JOINERS.has(tokens[k].text)) return false;
  }
  return false;
}

const RANGE_JOINERS = new Set(["-", "–", "—", "to"]);
/** The finite forms of "be" that link a subject to its figure: "the number of injured is 47", "46 of them are over 60". */
export const COPULAS: ReadonlySet<string> = new Set(["is", "was", "are", "were"]);

/** "one and a half to two times higher", "3 times as many": a multiple after the figure starting at `from`, before its clause ends. */
function isMultipleAt(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 8) && tokens[k].kind !== "punct"; k++) if (tokens[k].lower === "times") return true;
  return false;
}
/** Words between a linker and the figure: "climbed to a record of", "stood at". */
const LINK_FILLERS = new Set(["to", "a", "an", "record", "new", "high", "of", "at", "the", "level", "peak", "daily", "total"]);
const AUXILIARIES = new Set(["had", "has", "have", "already", "now", "reportedly", "likely", "probably", "possibly", "almost", "certainly", "most"]);
/** "putting Russian losses at about 200 a day", "estimates its losses at 300". */
const ESTIMATE_VERBS = new Set([
  "putting", "put", "puts", "estimated", "estimates", "estimating", "placed", "placing", "places", "revised", "raised", "lowered",
  "updated", "increased", "corrected", "brought", "bringing", "raising", "pushing", "pushed", "taking", "took",
]);
const MAX_ESTIMATE_REACH = 14;
/** Where a table row or list entry starts: the label before a colon runs back to one of these. */
const ROW_BREAKS = new Set([";", "|", ",", "•", "(", ")"]);
const MAX_LABEL = 20;
const QUESTION_WORDS = new Set(["how", "what", "why", "who", "when", "where"]);

/** The words for a running total that name nothing counted: "the total", "the overall number". */
const TOTAL_WORDS = new Set(["total", "number", "tally", "count", "figure"]);
const TOTAL_VERBS = new Set(["bringing", "brings", "brought", "taking", "takes", "took", "raising", "pushing"]);

/**
 * "..., bringing the total since 2022 to more than 51,000", "taking the overall number to 312": a figure a running
 * total is brought to, the total naming nothing counted (so it is of the count before it).
 */
export function isRunningTotal(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== "to") return false;
  for (let k = start - 2; k >= Math.max(1, start - 8); k--) {
    if (TOTAL_WORDS.has(tokens[k].lower)) {
      let verb = k - 1;
      while (verb > 0 && (tokens[verb].lower === "the" || tokens[verb].lower === "overall" || tokens[verb].lower === "its")) verb--;
      return TOTAL_VERBS.has(tokens[verb].lower);
    }
    // (a period between may name its year: "the total since 2022")
    if (tokens[k].kind === "punct" || (tokens[k].kind === "num" && !YEAR.test(tokens[k].text))) return false;
  }
  return false;
}

/** A noun before the number: "tanks – 9,506", "Killed: 12", "missile launches, numbering around 250". */
export function countedNounBefore(tokens: Token[], figureStart: number): CountedNoun | null {
  // ('raised the figure to "more than 150,000"', 'Their running total is already "over 720,000"': past a quoted figure's mark)
  const qualifierStart = OPENING_QUOTE_MARKS.has(tokens[figureStart - 1]?.text ?? "") && figureStart > 1 ? figureStart - 1 : figureStart;
  const previous = tokens[qualifierStart - 1];
  if (!previous) return null;
  const isLabel = previous.kind === "punct" && (previous.text === ":" || (["–", "—", "-"].includes(previous.text) && previous.spaced));
  if (isLabel) return labelNoun(tokens, qualifierStart - 1);
  // "Deaths ........ 210", "Drones (FPV, Lancet, Shahed) ...... 873": a dot leader is a row's label mark too
  const leader = dotLeaderBefore(tokens, qualifierStart);
  if (leader >= 0) return labelNoun(tokens, leader);
  // "Of the children, nine were under a year old", "Of the damaged locomotives, 9 are electric": the noun the sentence opened with
  if (previous.text === "," && (tokens[0]?.lower === "of" || tokens[0]?.lower === "among") && tokens[1]?.lower === "the" && !tokens.slice(2, qualifierStart - 1).some((t) => t.kind === "punct")) {
    return nounEndingNear(tokens, qualifierStart - 2);
  }
  if (previous.lower === "at" || previous.lower === "to") { // "putting losses at 200", "revised the toll to 11"
    const estimated = estimatedNoun(tokens, qualifierStart - 1);
    if (estimated) return estimated;
  }
  let k = qualifierStart - 1;
  while (k >= 0 && qualifierStart - k <= 5 && LINK_FILLERS.has(tokens[k].lower)) k--;
  // "The average daily number of Russian casualties in February was likely around 1,170", "the number of enemy UAVs shot down
  // ... is 22": a copula links a figure only to the number or toll its clause opened with
  let copula = k;
  while (copula >= 0 && AUXILIARIES.has(tokens[copula].lower)) copula--;
  // (not a multiple: "the real number of dead is one and a half to two times higher")
  if (copula >= 0 && COPULAS.has(tokens[copula].lower)) return isMultipleAt(tokens, qualifierStart) ? null : tollBefore(tokens, copula);
  if (k < 0 || !LINKERS.has(tokens[k].lower)) return null;
  if (FALLING.has(tokens[k].lower) && tokens[k + 1]?.lower !== "to") return null;
  if (tokens[k].lower === "hit" && k === qualifierStart - 1) return null; // "hit record 1,500", not "Shelling hit 12 in Kherson"
  let end = k - 1;
  while (end >= 0 && AUXILIARIES.has(tokens[end].lower)) end--;
  if (tokens[end]?.text === ",") end--;
  return tollBefore(tokens, k) ?? nounEndingNear(tokens, pastAside(tokens, beforeTimePhrase(tokens, end)));
}

const RELATIVES = new Set(["which", "that", "who"]);
const MAX_ASIDE = 12;

/**
 * Back past a relative pronoun and an aside set off by dashes to the noun before them: "Russian losses - killed, wounded and
 * captured together - which on Monday stood at 863,570", "Russian casualties - killed and wounded - now number 860,000".
 */
function pastAside(tokens: Token[], end: number): number {
  const k = RELATIVES.has(tokens[end]?.lower ?? "") ? end - 1 : end;
  if (!DASHES.has(tokens[k]?.text ?? "") || !tokens[k].spaced) return k;
  for (let j = k - 1; j >= Math.max(0, k - MAX_ASIDE); j--) {
    if (tokens[j].text === ";" || tokens[j].text === ".") break;
    if (tokens[j].text === tokens[k].text && tokens[j].spaced) return j - 1;
  }
  return end;
}

/**
 * "The death toll from a Russian strike on the town of Dobropillia has risen to 11": the toll the clause opened with,
 * however long the phrase after it (not "strike", nor "town"); so is "the number of injured".
 */
function tollBefore(tokens: Token[], linker: number): CountedNoun | null {
  for (let j = linker - 1; j >= 0 && j >= linker - MAX_TOLL_REACH; j--) {
    const word = tokens[j].lower;
    if (word === ";" || word === "." || word === ",") return null;
    if (word === "toll") return nounAt(tokens, j);
    // "The number of injured in the city has risen to 19": what is numbered, not the place after it
    if (word === "number" && tokens[j + 1]?.lower === "of") {
      // (over a side's adjective: "the number of Russian soldiers killed")
      const first = tokens[j + 2]?.lower === "the" ? j + 3 : j + 2;
      const sided = (SIDE_WORDS.has(tokens[first]?.lower ?? "") || tokens[first]?.lower === "enemy") && first + 1 < linker;
      const counted = nounAt(tokens, sided ? first + 1 : first);
      // (its subject as written: "injured", "people killed"; its side's word a modifier)
      if (counted) return { ...counted, subject: subjectOf(tokens, counted.head, PAST_TENSE.test(tokens[counted.head + 1]?.text ?? "") ? counted.head + 1 : counted.head), modifiersStart: sided ? first : counted.modifiersStart };
    }
  }
  return null;
}

const MAX_TOLL_REACH = 20;

const WEEKDAY_WORDS = new Set(WEEKDAYS);
const TIME_PREPOSITIONS = new Set(["in", "on", "during", "since", "over"]);

/** "Russia's casualty rate in February 2025 likely averaged 1,200": the noun stands before the time phrase. */
function beforeTimePhrase(tokens: Token[], end: number): number {
  let k = end;
  if (tokens[k]?.kind === "num" && tokens[k].text.length === 4) k--; // a year
  if (MONTHS.has(tokens[k]?.lower ?? "") || WEEKDAY_WORDS.has(tokens[k]?.lower ?? "")) k--;
  return k < end && TIME_PREPOSITIONS.has(tokens[k]?.lower ?? "") ? k - 1 : end;
}

/** How far back a linked figure's noun may end: "Russian attacks in the Pokrovsk sector had fallen to about 50". */
const NOUN_REACH = 5;

function nounEndingNear(tokens: Token[], end: number): CountedNoun | null {
  for (let k = end; k >= 0 && k > end - NOUN_REACH; k--) {
    const token = tokens[k];
    if (token.kind !== "word" && !(token.text === "-" && !token.spaced)) break;
    const found = nounAt(tokens, k);
    if (found) return found;
  }
  return null;
}

/** The lexicon's noun at token `k` (with the word before it, a compound: "explosive objects"), or null. */
export function nounAt(tokens: Token[], k: number): CountedNoun | null {
  const token = tokens[k];
  const compound = COMPOUNDS.get(`${tokens[k - 1]?.lower} ${token.lower}`);
  const entry = compound ?? NOUNS.get(token.lower) ?? NOUNS.get(token.lower.replace(/'s$/, ""));
  return entry ? { head: k, end: k + 1, entry, subject: subjectOf(tokens, Math.max(0, k - 2), k), modifiersStart: k } : null;
}

/**
 * The label of a table row or list entry: "Residential buildings damaged: 162", "Drones: 311",
 * "tanks – 9,506". The first counted noun of the label; in a row of its own, any plural heads it
 * ("Criminal proceedings opened under Article 438: 97" counts proceedings, category other).
 */
const LABEL_TIME_WORDS = new Set(["overnight", "yesterday", "today", "tonight", "last", "night"]);

function labelNoun(tokens: Token[], mark: number): CountedNoun | null {
  let end = mark;
  if (tokens[end - 1]?.text === ")") { // "... Criminal Code (violation of the laws and customs of war): 97"
    while (end > 0 && mark - end < MAX_LABEL && tokens[end - 1].text !== "(") end--;
    end--;
  }
  let from = end;
  while (from > 0 && !ROW_BREAKS.has(tokens[from - 1].text) && end - from < MAX_LABEL) from--;
  // ("Air defence systems destroyed 81 Ukrainian unmanned aerial vehicles: 34 over the Bryansk region": a count closing the
  // label, which the figure after the colon breaks down, says what it counts, not the label's first noun)
  // (not a label opening with its figure, a calibre, nor a model's: "• 122 mm rockets for RM-70 Vampire launchers – about 95,000")
  for (let k = from; k < end; k++) {
    const counted = tokens[k].kind === "num" && tokens[k - 1]?.text !== "-" && tokens.slice(from, k).some((t) => t.kind === "word") ? countedNounAt(tokens, k + 1, false) : null;
    // (not the regions a count fell over: "destroyed 83 UAVs over 9 regions: 31 over the Bryansk region" counts the UAVs)
    if (counted && REGION_COUNTS.has(tokens[counted.head].lower)) return null;
    // ("destroyed 47 Ukrainian aircraft-type drones overnight: 19 over the Belgorod Region": a time word may close it)
    // (the label's only count: not "with 145 drones and 4 missiles overnight: 79 downed")
    if (counted && (counted.end === end || (tokens.slice(counted.end, end).every((t) => LABEL_TIME_WORDS.has(t.lower)) && !tokens.slice(from, k).some((t) => t.kind === "num")))) return counted;
  }
  let generic = -1;
  for (let k = from; k < end; k++) {
    if (tokens[k].kind !== "word") continue;
    // ("Kyiv region and the city of Kyiv – 14": a place's name, no count of cities)
    if (tokens[k + 1]?.lower === "of" && tokens[k + 2]?.capitalized && PLACE_KINDS.has(tokens[k].lower)) continue;
    // ("Anti-personnel mines: 12", "Anti-tank mines: 7": what the mines are against, no count of people or tanks)
    if (tokens[k - 1]?.text === "-" && tokens[k - 2]?.lower === "anti") continue;
    const found = nounAt(tokens, k);
    if (found) return found;
    if (NOT_COUNTED.has(tokens[k].lower)) return null;
    if (generic < 0 && isGenericPlural(tokens[k].lower)) generic = k;
  }
  // only a table row of its own, not a numbered headline ("2 How many Ukrainians have left: 4.2 million")
  if (generic < 0 || from !== 0 || tokens[0].kind === "num" || tokens.slice(0, end).some((t) => QUESTION_WORDS.has(t.lower))) return null;
  return { head: generic, end: generic + 1, entry: GENERIC_COUNT, subject: tokens[generic].lower, modifiersStart: generic };
}

const MIN_LEADER_DOTS = 4; // (as boilerplate.ts reads a leader: three are an ellipsis, "Rescuers worked all night... 12 were pulled out")

/** Where a dot leader ending right before `at` starts (the first of MIN_LEADER_DOTS or more dots), else -1. */
function dotLeaderBefore(tokens: Token[], at: number): number {
  let k = at;
  while (k > 0 && tokens[k - 1].text === "." && at - k < MAX_LEADER_DOTS) k--;
  return at - k >= MIN_LEADER_DOTS && k > 0 ? k : -1;
}

const MAX_LEADER_DOTS = 200;

/** Kinds of place named "the city of X", "the village of Y". */
const PLACE_KINDS = new Set(["city", "town", "village", "settlement"]);

/** "putting Russian losses in the direction at about 200": the noun after the estimating verb. */
function estimatedNoun(tokens: Token[], at: number): CountedNoun | null {
  // "raising total losses since the start of the full-scale invasion to 857,430": within the clause
  for (let v = at - 1; v >= Math.max(0, at - MAX_ESTIMATE_REACH); v--) {
    if (tokens[v].text === ";" || tokens[v].text === ".") return null;
    if (!ESTIMATE_VERBS.has(tokens[v].lower)) continue;
    for (let k = v + 1; k < at; k++) {
      const found = nounAt(tokens, k);
      if (found) return found;
    }
    return null;
  }
  return null;
}
