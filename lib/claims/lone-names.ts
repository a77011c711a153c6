import { FIRST_NAMES } from "./data/first-names";
import { placeByVariant } from "./data/gazetteer";
import { OUTLET_NAMES } from "./data/outlets";
import { MONTHS } from "./data/periods";
import { SIDE_WORDS } from "./data/sides";
import { REGIONAL_OFFICE_ACRONYMS, TITLES } from "./data/sources";
import { CLAUSE_WORDS, isDateWord, NOT_NAME } from "./speaker-names";
import { DEMONYMS_OF } from "./data/countries";
import type { Token } from "./tokenize";

// A body named by one word no list holds ("Ukrzaliznytsia says", "Grid operator Fingrid said", "Oryx, which ...,
// lists"): read as written where the grammar makes the word a speaker and nothing makes it a person, a place or a
// common word. The lists say what it is not; nothing lists what it is.

/**
 * One capitalised word standing alone as a verb's subject: a company, agency or channel by its own name
 * ("Ukrzaliznytsia", "Fingrid", "AvtoVAZ"). Not a first name, a place, a date, a country or a title, and not a
 * capitalised plural opening the clause ("Witnesses said", "Analysts say"): a common noun, not a name.
 */
export function isLoneName(tokens: Token[], k: number, verb: number): boolean {
  const token = tokens[k];
  // "the United States is supplying", "bound for Port Said": a capitalised "States", "Said" is a name's, not a verb
  if (tokens[verb].capitalized || token.kind !== "word" || !token.capitalized || token.text.length < 3 || /['’]/.test(token.text)) return false;
  const before = tokens[k - 1];
  if (before?.capitalized && before.kind === "word") return false; // part of a longer name the other rules read
  // "the Council lists": a short name, which other rules resolve; "Pablo de Greiff": a surname after its particle
  if (before && (before.lower === "the" || NAME_PARTICLES.has(before.text))) return false;
  // "The Ukrainian Embassy in Tbilisi said": the place the speaker is in; "Kosiniak-Kamysz said": a word's second half
  if (before && (PLACE_PREPOSITIONS.has(before.lower) || (before.text === "-" && !token.spaced))) return false;
  const opensClause = !before || before.kind !== "word" || CLAUSE_WORDS.has(before.lower); // after a comma, a colon, a quotation mark
  if (opensClause && token.lower.endsWith("s")) return false;
  // "Recent reports show": an adjective opening the sentence before a noun that can also be a verb
  if (!before && verb === k + 1 && tokens[verb].lower.endsWith("s") && tokens[verb].lower !== "says") return false;
  const lower = token.lower;
  // ("summary of OVA reports": a regional office's acronym, whose region other rules find, is no body of its own name)
  return !FIRST_NAMES.has(lower) && !NOT_NAME.has(lower) && !TITLES.has(lower) && !SIDE_WORDS.has(lower) && !DEMONYMS_OF.has(token.text) && !REGIONAL_OFFICE_ACRONYMS.has(lower) &&
    !OUTLET_NAMES.has(lower) && !isDateWord(token) && !MONTHS.has(lower) && !placeByVariant(lower); // ("... to Tartu in May had reported")
}

/** Prepositions of place: a name right after one is where someone is ("the embassy in Tbilisi said"). */
export const PLACE_PREPOSITIONS = new Set(["in", "near", "around", "outside", "inside"]);

/** Lower-case particles inside a name: "Pablo de Greiff", "Ursula von der Leyen", "the ministère des Armées". */
const NAME_PARTICLES = new Set(["de", "da", "di", "van", "von", "der", "del", "al", "bin", "le", "la", "des", "du"]);
