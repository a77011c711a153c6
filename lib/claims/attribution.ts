import { NOUNS } from "./data/nouns";
import { placeByVariant, regionalCentreOf } from "./data/gazetteer";
import { FINDING_VERBS, GENERIC_MINISTRY, MINISTRY_NAME, GOVERNORS, LISTENER_VERBS, PEOPLE, QUOTE_VERBS, SPEECH_VERBS, SPOKESPERSON_WORDS, type Source, REGIONAL_HEADS, REGIONAL_OFFICE_ACRONYMS, TITLES } from "./data/sources";
import { longestAt } from "./phrases";
import { noteMinistry, personBySurname, rememberAcronym, type SpeakerMemory } from "./speaker-memory";
import { qualifierBefore } from "./qualifiers";
import { type Found, type NameMatch, CLAUSE_WORDS, governorOf, isAcronym, isNewsroom, orgAt, regionalAdministrationOf, regionalProsecutorOf, regionInSentence, nameAt, isPersonName, bare, sourcesByFirst, knownPerson, centreOfRegionalAdministration, sideNear } from "./speaker-names";
import { DASHES, OPENING_QUOTE_MARKS, type Token, quoteOpenAfter } from "./tokenize";
import { WordSet } from "./word-set";
import { ARTICLES, BE, BODY_NOUNS, DATA_NOUNS, DEPUTIES, DOCUMENT_MODIFIERS, DOCUMENT_NOUNS, HEADS, latestBody, longestEndingAt, UNNAMED_NOUNS, personFound, possessiveSourceEndingAt, RECENT_BODIES, resolveGeneric, type SourceMention, UNIT_NOUNS, shortNameResolved } from "./source-resolution";
import { nameInCapitalsEndingAt, OPERATIONAL_STAFF, operationalStaffIn, rememberCallSign, sourceAfter, sourceBefore, sourceEndingAt } from "./source-phrases";
import { answeredBy, bracketSaysJournalist, ownedPostLabel, postHeader, speakerLabel, titledLabel } from "./source-labels";
import { FIRST_NAMES, isFirstName } from "./data/first-names";

// Who states a figure: "X said", "said X", "according to X", with X a known body, an organisation
// named as written, a named person (expanded to the full name seen earlier in the report), "he"/"she",
// a title held by someone named before ("the governor"), an acronym defined before ("the OVA"), or
// unnamed officials ("a senior defence official", "a drone operator", "Kyiv said"). How such names are
// read is in speaker-names.ts; what the report has said about its speakers so far, in speaker-memory.ts.
// The phrase around a speech verb is read in source-phrases.ts, lines that label whose words follow in
// source-labels.ts, and what a short name ("the ministry", "the group", a surname) stands for in source-resolution.ts.


const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "her"]);

const PUT_AT_VERBS = new Set(["put", "puts", "putting", "placed", "places"]);

/** Verbs of a body setting a figure of its own: "cut its key rate to 20%", "raised the payment to 1.6 million rubles". */
const SET_VERBS = new Set(["cut", "raised", "lowered", "kept"]);

/** "cut its key rate to 20%", "kept its key rate at 21%": the verb's own figure after "to" or "at", its object a rate or payment. */
function setsTo(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length - 1, verb + 6); k++) {
    if ((tokens[k].lower === "to" || tokens[k].lower === "at") && isFigureAt(tokens, k + 1)) return tokens.slice(verb + 1, k).some((t) => SET_OBJECTS.has(t.lower));
  }
  return false;
}

const SET_OBJECTS = new Set(["rate", "payment", "payments", "allowance", "forecast", "budget", "spending", "price", "tax"]);

/** A mapping project's own verbs: "DeepState now marks 12 settlements as occupied", "DeepState's maps now place Russian forces within 3 km". */
const MAP_VERBS = new Set(["marks", "marked", "mapped", "place", "places", "placed"]);
const SHOW_VERBS = new Set(["show", "shows", "showed", "suggest", "suggests", "indicate", "indicated", "indicates", ...MAP_VERBS]);
/** Adverbs between a subject and its verb: "DeepState now marks", "DeepState's map now shows". */
const VERB_ADVERBS = new Set(["now", "also", "still", "already", "currently"]);
/** What shows a figure besides data: a body's map or document ("DeepState's map shows ..."). */
const SHOWING_NOUNS = new Set(["map", "maps", ...DOCUMENT_NOUNS]);

/** "our sources in the Yug group" (a Russian army group, named by its Russian word): where its end is, else -1. */
export function sourcesInGroup(tokens: Token[], our: number): number {
  if (tokens[our + 1]?.lower !== "sources" || tokens[our + 2]?.lower !== "in") return -1;
  for (let k = our + 3; k < Math.min(tokens.length, our + 7); k++) if (tokens[k].lower === "group" || tokens[k].lower === "grouping") return tokens[k - 1].capitalized ? k + 1 : -1;
  return -1;
}

/** Verbs of publishing whose passive names the publisher after "by": "figures released by the ministry". */
const RELEASED = new Set(["released", "provided", "compiled", "gathered", "collected", "issued", "shared", "supplied"]);

const SINGLE_SPEAKERS = new Set(["soldier", "serviceman", "servicemember", "operator", "commander", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "brigade", "battalion", "unit"]);

const MAX_COPULA_DISTANCE = 6;

const COPULA_PHRASE_OPENERS = new Set(["for", "in", "on", "at", "over", "across", "since"]);

/**
 * A short phrase from `from` opened by a preposition, then "is"/"was" and a figure: "for the same axis is 44 sq km"; not a
 * compound noun, "The General Staff's data centre is 40 km from the front".
 */
function figureAfterCopula(tokens: Token[], from: number): boolean {
  if (!COPULA_PHRASE_OPENERS.has(tokens[from]?.lower ?? "")) return false;
  for (let j = from; j < Math.min(tokens.length, from + MAX_COPULA_DISTANCE); j++) {
    if (BE.has(tokens[j].lower)) return isFigureAt(tokens, j + 1);
    if (tokens[j].kind === "punct" || tokens[j].kind === "num") return false;
  }
  return false;
}

/** The possessive owning the data noun at `noun`, right before it or before one modifier ("Zelensky's weekly figures"); else -1. */
function possessiveOwnerBefore(tokens: Token[], noun: number): number {
  if (/['’]s$/.test(tokens[noun - 1].text)) return noun - 1;
  return noun > 1 && DOCUMENT_MODIFIERS.has(tokens[noun - 1].lower) && /['’]s$/.test(tokens[noun - 2].text) ? noun - 2 : -1;
}

const MAX_CLAUSE_TO_FIGURE = 10;
/** Words between a data noun and its figure: "is somewhat higher: 507", "add up to about 4,200", "is similar: an average of". */
const FIGURE_CLAUSE_WORDS = new Set([
  ...BE, "somewhat", "slightly", "much", "far", "even", "higher", "lower", "similar", "smaller", "larger", "add", "adds", "added",
  "up", "to", "now", "came", "comes", "stands", "stood", "at", "about", "around", "roughly", "some", "nearly", "almost", "more",
  "than", "over", "an", "average", "of",
]);

/**
 * "DeepState's figure is somewhat higher: 507 sq km", "Zelensky's figures add up to about 4,200 guided bombs", "DeepState's
 * figure for the same window is higher, about 118 sq km": the figure the data noun's clause comes to, after words of
 * comparing or adding only (past a phrase of its own before its verb, and a colon or a comma at most).
 */
function figureClosesClause(tokens: Token[], from: number): boolean {
  // (a colon right after the noun opens the owner's message, read by its own rule: "the Defense Ministry's data: 337 ...")
  if (tokens[from]?.text === ":") return false;
  let j = from;
  if (COPULA_PHRASE_OPENERS.has(tokens[j]?.lower ?? "")) {
    while (j < Math.min(tokens.length, from + MAX_COPULA_DISTANCE) && !BE.has(tokens[j].lower)) if (tokens[j++].kind !== "word") return false;
  }
  for (const last = Math.min(tokens.length, j + MAX_CLAUSE_TO_FIGURE); j < last; j++) {
    if (tokens[j].kind === "num") return j > from;
    if (!FIGURE_CLAUSE_WORDS.has(tokens[j].lower) && tokens[j].text !== ":" && tokens[j].text !== ",") return false;
  }
  return false;
}

/** Whether a name ending at `end` closes its sentence: the last token, or the last before the sentence's stop. */
function endsSentence(tokens: Token[], end: number): boolean {
  return end === tokens.length || (end === tokens.length - 1 && tokens[end].text === ".");
}

export function findSources(tokens: Token[], memory: SpeakerMemory): SourceMention[] {
  const mentions: SourceMention[] = [];
  rememberIntroducedBody(tokens, memory); // before "the group said" in the same sentence is read
  const speaker = speakerLabel(tokens, memory) ?? titledLabel(tokens, memory) ?? postHeader(tokens, memory) ?? ownedPostLabel(tokens, memory) ?? answeredBy(tokens, memory) ?? statementHeading(tokens, memory) ?? bodyHeading(tokens, memory);
  // ("MARIIA ZHUK (voice-over):": the outlet's own journalist labels her lines, no source)
  if (speaker && !(speaker.at === 0 && bracketSaysJournalist(tokens))) mentions.push(speaker);
  const speechVerbs = SPEECH_VERBS; // one module lookup, not one per token
  const triggers = SOURCE_TRIGGERS;
  let namesHead = false; // "head of ...": who holds which office is worth reading (rememberHolders)
  for (let i = 0; i < tokens.length; i++) {
    if (!triggers.hasToken(tokens[i])) continue; // most words open no source: one lookup instead of one per branch
    const lower = tokens[i].lower;
    // (a monitor showing a figure, read once: its branch below needs the body it finds)
    // ("What DeepState shows is small infiltration groups of 5 to 10 men": what it shows, named after the verb)
    // ("DeepState shows Russian forces 3.2 km from ...": a figure after the verb's short object; this, a map's verb or an
    // adverb before the verb only in a sentence with no figure before the subject, whose figures are another's: "Russian troops
    // have advanced roughly 9 km ..., and DeepState now marks 12 settlements")
    let shown = SHOW_VERBS.has(lower) && (isFigureAt(tokens, i + 1) || BE.has(tokens[i + 1]?.lower ?? "") || figureAfterObject(tokens, i + 1)) ? knownBodyBefore(tokens, i) : null;
    const reads = shown && (MAP_VERBS.has(lower) || subjectEnd(tokens, i) !== i - 1 || !(isFigureAt(tokens, i + 1) || BE.has(tokens[i + 1]?.lower ?? "")));
    if (reads && tokens.some((token, k) => k < shown!.start && token.kind === "num")) shown = null;
    if (HEADS.has(lower)) {
      namesHead = true;
      continue;
    }
    if (tokens[i].spaced && DASHES.has(lower) && i > 0) {
      // a headline signed by its source: "Ukraine loses up to 320 troops in past day — top brass"
      // ("... in a strike on the port — Ukrainian Air Force.": closed by its stop too, as a surname below may be, a name in
      // capitals then; not "... were foreign journalists — war correspondents.", a description the lexicon happens to list)
      const known = longestAt(sourcesByFirst, tokens, i + 1);
      if (known && (i + 1 + known.words.length === tokens.length || (tokens[i + 1].capitalized && endsSentence(tokens, i + 1 + known.words.length)))) {
        mentions.push({ at: i, start: i + 1, end: i + 1 + known.words.length, signs: true, source: resolveGeneric(known.source, memory, tokens, i + 1) });
      }
      // "..., three civilians killed — governor": the head of the region the headline names
      const head = !known && i + 2 === tokens.length && tokens[i + 1].lower === "governor" ? GOVERNORS.get(regionInSentence(tokens) ?? "") : undefined;
      if (head) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: head });
      // ("Over 1,800 Sudzha district residents return home after liberation — Kursk governor": the governor of the region named)
      const governed = !known && i + 3 === tokens.length && tokens[i + 2].lower === "governor" && tokens[i + 1].capitalized ? placeByVariant(bare(tokens[i + 1].lower)) : undefined;
      const regionHead = governed ? governorOf(governed) : undefined;
      if (regionHead) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: regionHead });
      // "Khersonshchyna over the past day: 2 killed, 17 injured — OVA": the administration of the region the headline names
      const centre = !known && i + 2 === tokens.length && REGIONAL_OFFICE_ACRONYMS.has(tokens[i + 1].lower) && tokens[i + 1].text === tokens[i + 1].text.toUpperCase() ? regionInSentence(tokens) : undefined;
      if (centre) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: regionalAdministrationOf(centre) });
      // "Death toll from missile strike on Poltava rises to 9 – regional prosecutor's office": that region's prosecutors
      const prosecutors = !known && signedByRegionalProsecutors(tokens, i + 1) ? regionInSentence(tokens) : undefined;
      if (prosecutors) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: regionalProsecutorOf(prosecutors) });
      // "..., one civilian killed — Gladkov": a known official by surname signs it too
      // ("... hit 14 settlements of the region — Fedorov.": a sentence's too, closed by its stop, by a surname the page gave or
      // the lexicon knows)
      const isStopped = tokens[tokens.length - 1]?.text === "." && i + 3 === tokens.length;
      const person = !known && (i + 2 === tokens.length || isStopped) && tokens[i + 1].capitalized ? (isStopped ? personBySurname(memory, tokens[i + 1].lower) : PEOPLE.get(tokens[i + 1].lower)) : undefined;
      if (person) mentions.push({ at: i, start: i + 1, end: i + 2, signs: true, source: person });
      // "..., 268,000 still cut off – Energy Ministry": an organisation the lexicon does not list
      const org = !known && !person && tokens[i + 1]?.capitalized ? orgAt(tokens, i + 1) : null;
      if (org && org.end === tokens.length && !isNewsroom(tokens, org.start, org.end)) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: org.source });
      // 'Claim: "... 76,000 servicemen ..." — Valery Gerasimov, Chief of the General Staff': a quotation signed after a dash
      const signed = !known && !person && QUOTATION_ENDS.has(tokens[i - 1].text) ? signatureAt(tokens, i + 1, memory) : null;
      if (signed) mentions.push({ at: i, ...signed });
    } else if (lower === "according" && tokens[i + 1]?.lower === "to" && tokens[i + 2]?.lower === "our") {
      // "according to our sources": the document's own voice (Voices), not officials;
      // but "according to our sources in the Zapad group": that army group's, Russian officials
      const group = sourcesInGroup(tokens, i + 2);
      if (group > 0) mentions.push({ at: i, start: i + 2, end: group, frames: i === 0, source: { name: "Russian officials", side: "russia" } });
      // ("According to our Air Force, 266 drones were shot down" in the president's address: a body named after "our", as the
      // lexicon knows it)
      const named = group > 0 || !tokens[i + 3]?.capitalized ? null : sourceAfter(tokens, i + 3, memory);
      if (named) mentions.push({ at: i, ...named, frames: i === 0 });
    } else if (lower === "(" && tokens[i + 1]?.capitalized) {
      // "11 attacks were repelled (MoD data)", "🛡 Air defence (MoD): ...": a source in brackets
      const known = longestAt(sourcesByFirst, tokens, i + 1);
      let close = known ? i + 1 + known.words.length : -1;
      if (close > 0 && DATA_NOUNS.has(tokens[close]?.lower ?? "")) close++;
      if (known && tokens[close]?.text === ")") mentions.push({ at: i, start: i + 1, end: close, source: resolveGeneric(known.source, memory, tokens, i + 1) });
      // "94 civilians killed ... (NPU)" under a legend "NPU — National Police of Ukraine": an acronym the page defined
      else if (!known && tokens[i + 2]?.text === ")" && isAcronym(tokens[i + 1].text) && memory.glossary?.has(tokens[i + 1].lower)) {
        mentions.push({ at: i, start: i + 1, end: i + 2, source: memory.glossary.get(tokens[i + 1].lower)! });
      }
      // "German military aid to Ukraine (BMVg, as of 15.10.2024) Committed: €28 bn": a caption's source and its date
      else if (isAsOf(tokens, known ? close : i + 2)) {
        const source = known ? resolveGeneric(known.source, memory, tokens, i + 1) : memory.acronyms?.get(tokens[i + 1].lower);
        if (source) mentions.push({ at: i, start: i + 1, end: known ? close : i + 2, source });
      }
      // "- Kharkiv: 3 injured, 14 residential buildings damaged (Oleh Syniehubov)": a person named in full in brackets closing the line
      // ("7 injured (Ivan Fedorov, head of the OVA).": and his title after a comma)
      // ("... over the day (Governor Oleh Syniehubov).": his title before the name)
      else if (!known && bracketedPersonAt(tokens, i + 1) >= 0) {
        const at = bracketedPersonAt(tokens, i + 1);
        const name = nameAt(tokens, at);
        const person = name?.parts === 2 && name.words === 2 ? personFound(name, memory, tokens, at, false) : null;
        if (person) mentions.push({ at: i, ...person });
      }
      // ("9 injured in the city after a KAB-500 hit an industrial site (Fedorov).": a person the page or the lexicon knows by
      // surname, alone in brackets closing a line of figures; not a rundown's "VO (Shevchuk)", who reads it)
      else if (!known && tokens[i + 1].kind === "word" && closesLine(tokens, i + 2) && figureBefore(tokens, i) && !isCapitalsLabel(tokens[i - 1]) && personBySurname(memory, tokens[i + 1].lower)) {
        mentions.push({ at: i, start: i + 1, end: i + 2, source: personBySurname(memory, tokens[i + 1].lower)! });
      }
      // "(Schetovod data)": a source the lexicon does not know, named by the brackets' data noun
      else if (!known && DATA_NOUNS.has(tokens[i + 2]?.lower ?? "") && tokens[i + 3]?.text === ")" && tokens[i + 1].kind === "word") {
        mentions.push({ at: i, start: i + 1, end: i + 2, source: memory.surnames.get(tokens[i + 1].lower) ?? { name: tokens[i + 1].text, side: null } });
      }
    } else if (lower === "according" && tokens[i + 1]?.lower === "to") {
      const found = sourceAfter(tokens, i + 2, memory);
      if (found) mentions.push({ at: i, ...found, frames: i === 0 });
    } else if (DATA_NOUNS.has(lower) && i > 0 && !/['’]s$/.test(tokens[i - 1].text) && tokens[i - 1].capitalized && tokens[i + 1]?.lower === "of" && isFigureAt(tokens, i + 2)) {
      // "relayed the Air Force figure of 40 drones": a body's name used as the figure's modifier
      const known = possessiveSourceEndingAt(tokens, i - 1, memory);
      if (known) mentions.push({ at: i, start: i - 1, end: i + 1, source: known });
    } else if (DATA_NOUNS.has(lower) && i > 0 && possessiveOwnerBefore(tokens, i) >= 0 && (((tokens[i + 1]?.lower === "of" || BE.has(tokens[i + 1]?.lower ?? "")) && isFigureAt(tokens, i + 2)) || figureAfterCopula(tokens, i + 1) || figureClosesClause(tokens, i + 1))) {
      // "relays the Pentagon's figure of 11,000", "the UN's estimates", "Khinshtein's figure is 4,350": whose numbers they are
      // ("DeepState's figure for the same axis is 44 sq km": a phrase between the noun and its verb)
      // ("The governor's count of 5 dead": the title's holder)
      // ("Zelensky's weekly figures add up to about 4,200": a modifier between the owner and its figures)
      const owner = possessiveOwnerBefore(tokens, i);
      const known = longestEndingAt(tokens, owner) ?? (tokens[owner].capitalized ? personBySurname(memory, bare(tokens[owner].lower)) : titleHolder(tokens[owner], memory));
      if (known) mentions.push({ at: i, start: owner, end: i + 1, source: resolveGeneric(known, memory, tokens, owner) });
    } else if ((DATA_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || FINDING_NOUNS.has(lower)) && i > 0 && tokens[i + 1]?.text === ":" && ownerBefore(tokens, i) >= 0) {
      // "Governor Gladkov reposted the Defence Ministry's message: 26 drones were destroyed": the message's author
      // ("ISW's key takeaways:" over a numbered list: the takeaways' author)
      const owner = ownerBefore(tokens, i);
      const known = possessiveSourceEndingAt(tokens, owner, memory) ?? (tokens[owner].capitalized ? personBySurname(memory, bare(tokens[owner].lower)) : undefined);
      if (known) mentions.push({ at: i + 1, start: owner, end: i + 1, source: known });
    } else if (DOCUMENT_NOUNS.has(lower) && tokens[i + 1]?.lower === "of" && tokens[i + 2]?.lower === "the") {
      // 'From the morning summary of the Sumy OVA: "Over the past day, ..."': the document's issuer, its words after the colon
      const found = sourceAfter(tokens, i + 2, memory);
      if (found && tokens[found.end]?.text === ":") mentions.push({ at: found.end, ...found });
    } else if ((CLAIM_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower)) && i > 0 && /['’]s$/.test(tokens[i - 1].text) && tokens[i + 1]?.lower === "that") {
      // "He dismissed the Ukrainian General Staff's claim that Russian forces had lost 340 soldiers": the claim's owner, not who dismissed it
      const known = possessiveSourceEndingAt(tokens, i - 1, memory) ?? (tokens[i - 1].capitalized ? personBySurname(memory, bare(tokens[i - 1].lower)) : undefined);
      if (known) mentions.push({ at: i, start: i - 1, end: i + 1, source: known });
    } else if (SHOW_VERBS.has(lower) && (DATA_NOUNS.has(tokens[subjectEnd(tokens, i)]?.lower ?? "") || SHOWING_NOUNS.has(tokens[subjectEnd(tokens, i)]?.lower ?? ""))) {
      // "..., USPA data show.", "Ministry figures suggest ...": the body whose numbers they are
      // ("DeepState's map shows Russia took 112 sq km", "the General Staff's update shows": the owner, by its possessive)
      // ("The DeepState map shows 29 sq km": a known body's name before the noun, with no possessive)
      const noun = subjectEnd(tokens, i);
      const owner = /['’]s$/.test(tokens[noun - 1]?.text ?? "") || tokens[noun - 1]?.capitalized ? longestEndingAt(tokens, noun - 1) : null;
      const found = owner ? { source: owner, start: noun - 1, end: noun + 1 } : DATA_NOUNS.has(tokens[noun].lower) ? sourceBefore(tokens, noun, memory) : null;
      if (found) mentions.push({ at: i, ...found });
    } else if (shown && (isFigureAt(tokens, i + 1) || figureAfterObject(tokens, i + 1) || tokens[shown.start - 1]?.lower === "what")) {
      // "DeepState shows 29 sq km in the Pokrovsk direction", "DeepState, whose map is more conservative, shows 29 sq km":
      // a monitor the lexicon knows showing a figure of its own (not an outlet's "own tracking ... showed", nor an app's)
      mentions.push({ at: i, start: shown.start, end: i, source: shown.source });
    } else if (TALLYING_VERBS.has(lower) && i > 0 && (isFigureAt(tokens, i + 1) || (tokens[i + 1]?.lower === "about" && isFigureAt(tokens, i + 2))) && !ownTallyBefore(tokens, i)) {
      // "The Ministry of Economy, which coordinates humanitarian demining, counts about 138,500 sq km ...", "ACLED records 58
      // demonstration events", "The Kiel Institute tracks €267 billion", "The authors also identified 17,930 former prisoners":
      // the verb of the body before it, when a figure follows (not the passive "2 officers ... have been identified")
      // (as nouns, "counts", "records" and "tracks" have none: "70,000 records of servicemen", "official records")
      const found = sourceBefore(tokens, i, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (SET_VERBS.has(lower) && setsTo(tokens, i)) {
      // "the Bank of Russia cut its key rate to 20%", "Governor Fedorishchev raised the regional payment to 1.6 million rubles":
      // a body or official setting a figure of its own
      const found = sourceBefore(tokens, i, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (PUT_AT_VERBS.has(lower) && putsAt(tokens, i)) {
      // "The bank put the cost of reconstruction at $524 billion": the subject estimates
      const found = sourceBefore(tokens, i, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (LIST_GIVING_VERBS.has(lower) && tokens[i + 1]?.lower === "the" && tokens[i + 2]?.lower === "following") {
      // "In its weekly summary, the ministry gave the following results by group of forces:": its list follows
      const found = sourceBefore(tokens, i, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (CONTINUING_VERBS.has(lower) && continuesSpeech(tokens, i)) {
      // 'He went on: "My battalion came in with 420 men."', 'She continued: "..."': the speaker goes on speaking
      const found = sourceBefore(tokens, i, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (lower === "per" && (i === 0 || tokens[i - 1].text === "," || tokens[i - 1].text === ":")) {
      // "Per the UN, 12 civilians were killed" (after a label too: "EDIT 2 (13:30): Per SES, 52 rescuers worked at the scene")
      const found = sourceAfter(tokens, i + 1, memory);
      if (found) mentions.push({ at: i, ...found, frames: i === 0 || tokens[i - 1].text === ":" });
    } else if ((lower === "by" || lower === "in") && OWNERS.has(tokens[i + 1]?.lower ?? "") && JUDGEMENT_NOUNS.has(tokens[i + 2]?.lower ?? "")) {
      // "In her assessment, 180,000 were killed", "By his count, 40 villages were hit": the person or body named before
      // (the sentence's own speaker first: "Hryhorov announced the evacuation ...; by his count, about 2,300 people ...")
      const person = tokens[i + 1].lower === "his" || tokens[i + 1].lower === "her";
      const earlier = mentions.filter((m) => m.at < i && isPersonName(m.source.name) === person).pop()?.source;
      const source = earlier ?? (person ? memory.lastNamed ?? memory.lastPerson : memory.lastBody);
      if (source) mentions.push({ at: i, start: i + 1, end: i + 3, source, frames: i === 0 });
    } else if (lower === "by" && tokens[i + 1]?.lower === "the" && DATA_NOUNS.has(tokens[i + 3]?.lower ?? "") && titleHolder(tokens[i + 2], memory)) {
      // "By the governor's count, 5 died": the title's holder counting
      mentions.push({ at: i, start: i + 1, end: i + 4, source: titleHolder(tokens[i + 2], memory)!, frames: i === 0 });
    } else if (lower === "by" && countOwnerEnd(tokens, i + 1) > 0) {
      // "by Kiel's numbers", "By ISW's count": a body, known or named before by its first word, counting
      // ("By the BBC's count", "By the BBC Russian Service's count": the body's whole name, "the" before it)
      const owner = countOwnerEnd(tokens, i + 1);
      const word = bare(tokens[tokens[i + 1].lower === "the" ? i + 2 : i + 1].lower);
      const source = possessiveSourceEndingAt(tokens, owner, memory) ?? latestBody(memory, (name) => name.split(" ")[0].toLowerCase() === word);
      if (source) mentions.push({ at: i, start: i + 1, end: owner + 2, source, frames: i === 0 });
    } else if (lower === "by" && tokens[i + 1]?.lower === "the" && DATA_NOUNS.has(tokens[i + 2]?.lower ?? "") && tokens[i + 3]?.lower === "of") {
      // "By the count of the Kharkiv Human Rights Protection Group, 230 civilians died"
      const found = sourceAfter(tokens, i + 4, memory);
      if (found) mentions.push({ at: i, ...found, frames: i === 0 });
    } else if ((lower === "from" || lower === "by") && DATA_NOUNS.has(tokens[i - 1]?.lower ?? "") || (lower === "by" && RELEASED.has(tokens[i - 1]?.lower ?? "") && !releasesThing(tokens, i - 1))) {
      // "Data from the State Emergency Service show ...", "figures released by the ministry"
      const found = sourceAfter(tokens, i + 1, memory, true);
      if (found) mentions.push({ at: i, ...found });
    } else if (speechVerbs.has(lower) && isCountedGroupSpeaking(tokens, i)) {
      // "prisoners held by Ukraine, 13 of whom said ...": the people counted speak, not a source
    } else if (speechVerbs.has(lower) && tokens[i].kind === "word" && isNotSpeech(tokens, i)) {
      // a passive names its speaker after "by": "This was reported by the Air Force"
      const found = tokens[i + 1]?.lower === "by" ? sourceAfter(tokens, i + 1, memory, true) : null;
      if (found) mentions.push({ at: i, ...found });
    } else if ((speechVerbs.has(lower) || (FINDING_VERBS.has(lower) && !mentions.some((m) => m.at < i)) || (CONCLUDING_VERBS.has(lower) && concludes(tokens, i))) && tokens[i].kind === "word") {
      // "TASS quoted the defence ministry", "citing the same ministry": the source follows the verb
      // "told UA Pulse", "told reporters": who is told listens; the speaker is before the verb
      // ("officials quoted by the Wall Street Journal said": a passive, whose subject is the one quoted)
      // ("Citing the power engineers of Rosseti Centre, Gladkov said": a sentence opened by "Citing" names its origin as "According to" does)
      const cited = QUOTE_VERBS.has(lower) && tokens[i + 1]?.lower !== "by" ? sourceAfter(tokens, i + 1, memory, !(i === 0 && CITING.has(lower))) : null;
      // "..., after a woman died in hospital overnight, said Serhii Lysak, head of ...": the speaker after an inverted verb,
      // not someone the clause before it mentions
      const inverted = !cited && tokens[i - 1]?.text === "," && tokens[i + 1]?.capitalized && !LISTENER_VERBS.has(lower) ? sourceAfter(tokens, i + 1, memory, true) : null;
      // ("Minister Umerov briefed Secretary Austin on the situation in eastern Ukraine, noting that ...": a participle after a
      // comma speaks with the subject of the clause it hangs on, the sentence's speaker named before it)
      // (the subject of a speech verb, not a source cited or "according to": "Zelensky said ..., citing the Air Force, adding that")
      const subject = !cited && !inverted && tokens[i - 1]?.text === "," && lower.endsWith("ing") ? mentions.filter((m) => m.at < i && !m.weak && !m.cites && speechVerbs.has(tokens[m.at].lower) && !CITING.has(tokens[m.at].lower)).pop() : undefined;
      // ("The Moscow-installed official blamed Kyiv for the town's hardships, claiming that ...": with no speaker before it, the
      // participle's subject opens the sentence, not the object its comma follows)
      const opener = !cited && !inverted && !subject && tokens[i - 1]?.text === "," && lower.endsWith("ing") ? sentenceSubject(tokens, i, memory) : null;
      let found = cited ?? inverted ?? (subject ? { source: subject.source, start: subject.start, end: subject.end } : null) ?? opener ?? (QUOTE_VERBS.has(lower)
        ? sourceBefore(tokens, i, memory)
        : sourceBefore(tokens, i, memory) ?? (LISTENER_VERBS.has(lower) ? null : sourceAfter(tokens, i + 1, memory, true)));
      // ("The Russian Defense Ministry last gave a figure ..., when it said 5,937 ...": "it" with no body spoken of before is
      // the body leading the sentence, as the loop below reads it; not a closing ", it said")
      const lead = !found && tokens[i - 1]?.lower === "it" && tokens[i - 2]?.text !== "," ? leadingBody(tokens) : null;
      if (lead && lead.end < i - 1) found = { source: lead.source, start: i - 1, end: i };
      // "officials quoted by the Wall Street Journal said": who quotes them is not who speaks
      const quoting = found ? quotingVerbBefore(tokens, found.start) : -1;
      if (quoting >= 0) found = sourceBefore(tokens, quoting, memory);
      // ("HEAD OF POLICE: Investigators have recorded ...": the words of the turn's label, read back from the verb, are the
      // label's speaker)
      if (found && speaker?.frames && found.start >= speaker.start && found.end <= speaker.end) found = { ...found, source: speaker.source };
      if (found) mentions.push({ at: i, ...found, cites: !!cited && CITING.has(lower) });
    } else if ((lower === "regional" || lower === "oblast") && placeByVariant(bare(tokens[i - 1]?.lower ?? ""))) {
      const military = tokens[i + 1]?.lower === "military";
      const kind = tokens[i + (military ? 2 : 1)]?.lower;
      if (kind === "authorities" || kind === "administration" || kind === "government") {
        const place = placeByVariant(bare(tokens[i - 1].lower))!;
        const source = regionalAdministrationOf(regionalCentreOf(place.name) ?? place.name);
        const end = i + (military ? 3 : 2);
        // ('Sumy Oblast — Sumy Regional Military Administration: "Over the past day, ..."': a label over its quoted words speaks,
        // on the same line or ending its own)
        const labels = tokens[end]?.text === ":" && (OPENING_QUOTE_MARKS.has(tokens[end + 1]?.text ?? "") || end + 1 === tokens.length);
        mentions.push({ at: i, start: i - 1, end, weak: !labels, source });
        rememberAcronym(tokens, end, source, memory);
      }
    }
  }
  for (const mention of mentions) {
    // "according to the head of the OVA", "the OVA head": the head named before (or known), not the office
    const ownUnit = UNIT_NOUNS.has(tokens[mention.end]?.lower ?? "") || tokens[mention.end]?.lower === "press"; // "...'s press service"
    const holder = !ownUnit && (isHeadOf(tokens, mention.start) || (HEADS.has(tokens[mention.end]?.lower ?? "") && !DEPUTIES.has(tokens[mention.start - 1]?.lower ?? ""))) ? holderOfOffice(mention.source, memory) : undefined;
    if (!holder) continue;
    if (mention.source.name.endsWith("Regional Administration")) memory.lastOffice = mention.source; // "the OVA" later is still the office
    mention.source = holder;
  }
  // "..., said Ivan Fedorov, ...; he added that ...": "he" is the person this sentence named before it
  // ("... the hromada head, Nataliia Hordiienko: according to her, ...": or the person it last named at all)
  for (let n = 0; n < mentions.length; n++) {
    const { start, end } = mentions[n];
    if (end - start !== 1 || !PERSONAL_PRONOUNS.has(tokens[start].lower)) continue;
    const named = mentions.slice(0, n).reverse().find((m) => m.start < start && isPersonName(m.source.name))?.source ?? personNamedBefore(tokens, start, memory);
    if (named) mentions[n].source = named;
  }
  // "Ukraine's Air Force says Russia launched 2,000 in November, and in the past day it has recorded another 110": "it" is
  // the body this sentence named before it, not the one an earlier sentence left
  for (let n = 0; n < mentions.length; n++) {
    const { start, end } = mentions[n];
    if (end - start !== 1 || tokens[start].lower !== "it") continue;
    // ("The Russian Defense Ministry last gave a figure ... when it said 5,937 servicemen had been killed": or the body leading it)
    // (not a closing tag: "Police cordoned off 2 hectares around the site, it said" is the body that spoke before)
    const subject = tokens[start - 1]?.text !== "," && !mentions.slice(0, n).some((m) => m.start < start) ? leadingBody(tokens) : null;
    const body = mentions.slice(0, n).reverse().find((m) => m.start < start && !m.weak && !isPersonName(m.source.name)) ?? subject;
    if (body && body.end <= start) mentions[n].source = body.source;
  }
  // "He added that since 2022 the police had documented the deaths of 3,412 civilians": the body in the speaker's reported
  // clause is what he tells of, not a second speaker (not "..., according to the Air Force", which names its source)
  for (let n = 1; n < mentions.length; n++) {
    const inner = mentions[n];
    if (tokens[inner.at - 1]?.lower !== "had" || !RECORDING_VERBS.has(tokens[inner.at]?.lower ?? "")) continue;
    const teller = mentions.slice(0, n).find((m) => !m.weak && m.at < inner.start && isPersonName(m.source.name) && tokens.slice(m.at, inner.start).some((t) => t.lower === "that"));
    if (teller) inner.weak = true;
  }
  if (namesHead) rememberHolders(tokens, memory);
  rememberCallSign(tokens, memory);
  rememberSubjectBody(tokens, mentions, memory);
  for (const mention of mentions) {
    // ("The Operational Headquarters of Kursk Oblast said": named in full, still a Russian region's administration)
    mention.source = operationalStaff(mention, tokens, memory) ?? mention.source;
    // "a drone operator ... said ... 'Around 50,' he said": he is that unnamed speaker
    // (not one a speaker quotes: '"One marine ... told us he was beaten." She added ...' is still the speaker)
    // ("a regional police spokeswoman told the broadcaster. She said ...": she speaks for the police)
    const single = tokens[mention.end - 1]?.lower ?? "";
    if ((mention.source.name.endsWith(" officials") || SPOKESPERSON_WORDS.has(single)) && SINGLE_SPEAKERS.has(single) && !isQuoted(tokens, mention.at)) memory.lastNamed = mention.source;
    if (isPersonName(mention.source.name)) {
      if (namesHead) noteHeadedBody(tokens, memory);
      memory.lastPerson = memory.lastNamed = mention.source;
      const { name } = mention.source;
      memory.spoken?.add(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
    }
    else {
      mention.source = shortNameResolved(mention.source, memory, tokens, mention.end);
      if (!mention.weak) noteBody(mention.source, memory);
    }
    if (MINISTRY_NAME.test(mention.source.name)) noteMinistry(memory, mention.source);
    if (!mention.weak) memory.lastSource = mention.source;
    if (mention.source.name.endsWith("Regional Administration")) memory.lastOffice = mention.source;
    // "A senior NATO official said ...", "A source in the security services told TASS": "the official said", "the source said" later is the same one
    if (UNNAMED_NOUNS.has(tokens[mention.end - 1]?.lower ?? "")) memory.lastOfficials = mention.source;
  }
  return mentions;
}

/**
 * The possessive closing a body's name before a data noun after "by": "Kiel's" of "by Kiel's numbers", "Service's" of
 * "By the BBC Russian Service's count"; its index, or -1.
 */
function countOwnerEnd(tokens: Token[], from: number): number {
  const first = tokens[from]?.lower === "the" ? from + 1 : from;
  for (let k = first; k < Math.min(tokens.length, first + MAX_OWNER_WORDS); k++) {
    if (!tokens[k].capitalized) return -1;
    if (/['’]s$/.test(tokens[k].text)) return DATA_NOUNS.has(tokens[k + 1]?.lower ?? "") ? k : -1;
  }
  return -1;
}

/** The longest body's name "by ...'s count" reads: "the Kharkiv Human Rights Protection Group's". */
const MAX_OWNER_WORDS = 6;

/** Possessives before a judgement that point back at someone named: "in her assessment", "by its count". */
const OWNERS = new Set(["his", "her", "its", "their"]);

/** A count, estimate or view someone holds: "by his count", "in her assessment", "in their view". */
const JUDGEMENT_NOUNS = new Set([...DATA_NOUNS, "assessment", "view", "reckoning", "calculation"]);

/** What a body's document finds, set out after a colon: "ISW's key takeaways:". */
const FINDING_NOUNS = new Set(["takeaways", "findings", "conclusions"]);
/** Adjectives between an owner and its document: "ISW's key takeaways", "the ministry's latest update". */
const DOCUMENT_ADJECTIVES = new Set(["key", "main", "latest", "daily", "new", "own"]);

/** The possessive owner right before the document noun at `noun`, maybe over one adjective; -1 if none. */
function ownerBefore(tokens: Token[], noun: number): number {
  const at = DOCUMENT_ADJECTIVES.has(tokens[noun - 1]?.lower ?? "") ? noun - 2 : noun - 1;
  return at >= 0 && /['’]s$/.test(tokens[at]?.text ?? "") ? at : -1;
}

/** "the governor's": the person the report has given that title, if the token is a title in the possessive. */
function titleHolder(token: Token | undefined, memory: SpeakerMemory): Source | undefined {
  if (!token || !/['’]s$/.test(token.text)) return undefined;
  const title = bare(token.lower);
  return TITLES.has(title) ? memory.titles?.get(title) : undefined;
}

/** "Citing X, Y said": the verbs that name a figure's origin, whoever passes it on. */
const CITING = new Set(["citing", "quoting"]);

const BODY_NOUN_WORDS = new WordSet(BODY_NOUNS);

/**
 * "Volunteers of the Svitlyi Shliakh (Bright Way) evacuation group took 412 people out": a body introduced by
 * its kind, which "the group said" means later. Not a place's body ("the Kharkiv city council"): offices have their own rules.
 */
function rememberIntroducedBody(tokens: Token[], memory: SpeakerMemory): void {
  for (let k = 2; k < tokens.length; k++) {
    if (!BODY_NOUN_WORDS.hasToken(tokens[k]) || tokens[k].capitalized) continue;
    let j = k - 1;
    while (j > k - 3 && tokens[j].kind === "word" && !tokens[j].capitalized && tokens[j].lower !== "the") j--; // "evacuation", "volunteer"
    if (tokens[j]?.text === ")") { // "(Bright Way)", a gloss of the name
      while (j > 0 && tokens[j].text !== "(") j--;
      j--;
    }
    let start = j;
    while (start > 0 && tokens[start].capitalized && tokens[start].kind === "word" && tokens[start - 1].capitalized && tokens[start - 1].kind === "word") start--;
    if (start < 1 || j < start || !tokens[start].capitalized || tokens[start - 1].lower !== "the") continue;
    const name = tokens.slice(start, j + 1).map((t) => t.text).join(" ");
    if (placeByVariant(name.toLowerCase()) || longestAt(sourcesByFirst, tokens, start) || PEOPLE.has(tokens[j].lower)) continue;
    noteBody({ name, side: null }, memory);
  }
}

/** The source opening the sentence as its subject, a verb of its own after it, past or of speech ("The Moscow-installed official blamed ..."). */
function sentenceSubject(tokens: Token[], before: number, memory: SpeakerMemory): Found | null {
  for (let end = 1; end < Math.min(before - 1, 8); end++) {
    const verb = tokens[end];
    // (a verb in the past, or one of speech: not a plural noun of the subject's phrase, nor "was", "has")
    if (verb.kind !== "word" || verb.capitalized || !(verb.lower.endsWith("ed") || SPEECH_VERBS.has(verb.lower))) continue;
    const found = sourceEndingAt(tokens, end, memory);
    if (found && found.start <= 1) return found;
  }
  return null;
}

/** "The Ukrainian Navy publishes data every morning. On 21 October, it reported ...": a body leading a sentence is what "it" is next. */
function rememberSubjectBody(tokens: Token[], mentions: SourceMention[], memory: SpeakerMemory): void {
  if (mentions.length) return;
  const body = leadingBody(tokens);
  if (!body) return;
  noteBody(body.source, memory);
  if (MINISTRY_NAME.test(body.source.name)) noteMinistry(memory, body.source); // "the ministry said" later
}

/** A body leading the sentence as its subject, its own verb after it ("The Ukrainian Navy publishes ..."), and where it ends. */
function leadingBody(tokens: Token[]): { source: Source; end: number } | null {
  // (after a subordinating word too: "When Russia's Finance Ministry rewrote its budget, ...")
  const clause = CLAUSE_WORDS.has(tokens[0]?.lower ?? "") ? 1 : 0;
  const at = tokens[clause]?.lower === "the" ? clause + 1 : clause;
  if (!tokens[at]?.capitalized) return null;
  const known = longestAt(sourcesByFirst, tokens, at);
  // a known body, or an organisation by its name: "The Ministry of Economy, which coordinates ..., counts"
  const org = orgAt(tokens, at);
  const body = known && known.source.name !== GENERIC_MINISTRY && (!org || org.end <= at + known.words.length) ? { source: known.source, end: at + known.words.length } : org;
  if (!body || body.source.name === GENERIC_MINISTRY || isPersonName(body.source.name)) return null;
  // its own verb follows: "The Ukrainian Navy publishes ...", "The Civil Aviation Authority (CAA) closed ..."
  const acronym = tokens[body.end]?.text === "(" && tokens[body.end + 2]?.text === ")" ? 3 : 0;
  const verb = tokens[body.end + acronym];
  if (!(verb?.kind === "word" && !verb.capitalized) && verb?.text !== ",") return null;
  return body;
}

/**
 * "Serhii Lysak, head of the Dnipropetrovsk Regional Military Administration," and "the head of the
 * Kostiantynivka city military administration, Serhii Horbunov,": who holds which office, for a later
 * "the head of the OVA" (the report's holder outranks the one the lexicon knows).
 */
function rememberHolders(tokens: Token[], memory: SpeakerMemory): void {
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!HEADS.has(tokens[k].lower) || tokens[k + 1].lower !== "of") continue;
    const office = sourceAfter(tokens, k + 2, memory);
    if (!office || isPersonName(office.source.name)) continue;
    const before = tokens[k - 1].text === "," ? sourceEndingAt(tokens, k - 1, memory) : null;
    // ("the head of Chernihiv OVA Vasyl Ostapenko": or the name right after the office, a known first name opening it)
    const named = tokens[office.end]?.text === "," ? office.end + 1 : tokens[office.end]?.capitalized && FIRST_NAMES.has(tokens[office.end].lower) ? office.end : -1;
    const after = !before && named > 0 && tokens[named]?.capitalized ? nameAt(tokens, named) : null;
    const person = before && isPersonName(before.source.name) ? before.source : after && after.parts >= 2 ? personFound(after, memory, tokens, named, false)?.source : undefined;
    // (a regional office's head speaks for its region, as the heads the lexicon knows do)
    const region = person && !person.region ? centreOfRegionalAdministration(office.source.name) : undefined;
    if (person) memory.holders?.set(office.source.name, region ? { ...person, region } : person);
  }
}

/** The source stating the figure at token `at`: the nearest in its clause, else one after it. */
/** Words opening a time clause before its subject: "two days after Zelenskyy said", "before the ministry reported". */
const TIME_CLAUSE_OPENERS = new Set(["after", "before", "since", "until", "when", "while"]);

/** Whether a time clause's opener stands before the source at `start`, its title and article between: "after President ...". */
function opensTimeClause(tokens: Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 4 && (tokens[k].capitalized || tokens[k].lower === "the" || TITLES.has(tokens[k].lower))) k--;
  return TIME_CLAUSE_OPENERS.has(tokens[k]?.lower ?? "");
}

export function pickSource(mentions: SourceMention[], at: number, tokens: Token[]): SourceMention | null {
  let before: SourceMention | null = null;
  let after: SourceMention | null = null;
  let cited: SourceMention | null = null;
  for (const mention of mentions) {
    if (mention.weak) continue;
    // (the cited body named again inside the citing phrase, "Citing the United Nations Children's Fund (UNICEF), she said",
    // "Citing data from the Prosecutor General's Office, X told ...", is no second speaker)
    if (cited && mention.source.name === cited.source.name && mention.at < clauseEnd(tokens, cited.at)) continue;
    // ("In the attack, which the Air Force said involved 367 drones, 12 civilians were killed": a source inside a relative
    // clause closed before the figure speaks only inside it)
    if (mention.at <= at && inRelativeClauseBefore(tokens, mention, at)) continue;
    if (mention.cites && mention.at <= at) cited = mention;
    // a second speaker after the citer speaks for itself ("Citing the Air Force, Kiper said ...; Lysak said ...")
    // (not the cited body's unnamed staff: "Citing the police, Mrochko said officers had recorded damage to 14 houses")
    else if (mention.at <= at && cited && before !== cited && !isUnnamedOfficials(mention.source)) cited = null;
    if (mention.at <= at) before = mention;
    else if (!after) after = mention;
    // "... 9 of the 13 drones, Kobzar said, citing the Air Force": the speaker passes on the cited body's figure
    else if (mention.cites && after.end <= mention.at && mention.at - after.end <= 3) after = mention;
  }
  if (cited && !hasSemicolon(tokens, cited.at, at)) return cited;
  // "...; the air force said 30 were downed" speaks for its own clause; a source closing the sentence after a comma speaks
  // for all of it ("230 subscribers were left without gas; supply will be restored by the morning, Gladkov said.")
  if (after && hasSemicolon(tokens, at, after.start) && !closesSentence(tokens, after)) after = null;
  // "... killed 10 people ..., and two days after President Zelenskyy said Russia had fired ...": a speaker inside a time
  // clause speaks only for what he is said to have said, after his verb
  if (after && opensTimeClause(tokens, after.start)) after = null;
  // ("... killing four people, as Russia's Defense Ministry claimed another village": a clause of another event, its speaker's
  // verb with an object of its own; not "..., as the governor said on Telegram.")
  if (after && asClauseOfItsOwn(tokens, after)) after = null;
  // "X said Russia had suffered more than 700,000 casualties ..., citing British intelligence": the speaker passes on
  // the cited body's figure
  if (after?.cites && before && !before.cites) return after;
  // 'Prokudin: Yes: 87 killed, according to the police.': the source the speaker names beats the speaker's label
  if (after && before?.frames && tokens[before.end]?.text === ":") return after;
  return before ?? after ?? mentions.find((m) => m.weak) ?? null;
}

/** ", as X claimed another village": a speaker after ", as" whose verb takes an object, a clause of its own. */
function asClauseOfItsOwn(tokens: Token[], mention: SourceMention): boolean {
  const opening = tokens[mention.start - 1]?.lower === "the" ? mention.start - 1 : mention.start;
  if (tokens[opening - 1]?.lower !== "as" || tokens[opening - 2]?.text !== ",") return false;
  const next = tokens[mention.at + 1];
  return mention.at >= mention.end && !!next && next.kind !== "punct" && !REPORT_TAILS.has(next.lower);
}
/** Words after a speech verb that end its clause without an object: "as the governor said on Telegram", "said earlier". */
const REPORT_TAILS = new Set(["on", "in", "via", "at", "late", "earlier", "later", "today", "yesterday", "that", "after", "before", "during", "when", "while", "overnight"]);

const MAX_CLOSING_TAIL = 5;

/** ", Gladkov said.", ", the General Staff reported on Facebook.", ", said Lysak.": a source after a comma ending the sentence. */
function closesSentence(tokens: Token[], mention: SourceMention): boolean {
  let opening = Math.min(mention.start, mention.at);
  if (tokens[opening - 1]?.lower === "the") opening--;
  if (tokens[opening - 1]?.text !== ",") return false;
  const last = tokens.length - (tokens[tokens.length - 1]?.kind === "punct" ? 1 : 0);
  const end = Math.max(mention.end, mention.at + 1);
  return end <= last && last - end <= MAX_CLOSING_TAIL && !tokens.slice(end, last).some((t) => t.kind === "num" || t.text === "," || t.text === ";");
}

const RELATIVE_PRONOUNS = new Set(["which", "who", "whom"]);
const CLAUSE_OPENING_CAPITALS = new Set(["the", "it", "this", "they", "he", "she"]);

/** ", which the Air Force said involved 367 drones," closed by its comma before token `at`: the mention speaks only inside it. */
function inRelativeClauseBefore(tokens: Token[], mention: SourceMention, at: number): boolean {
  const pronoun = tokens[mention.start - 1]?.lower === "the" ? mention.start - 2 : mention.start - 1;
  if (!RELATIVE_PRONOUNS.has(tokens[pronoun]?.lower ?? "") || tokens[pronoun - 1]?.text !== ",") return false;
  // (the clause's own comma, the first after the mention: not a list's, "included Kinzhals, Iskanders and 40 Shahed drones",
  // whose next part runs to an "and", nor a date's, "on June 5, 2025")
  let comma = mention.at + 1;
  while (comma < at && tokens[comma].text !== ",") comma++;
  if (comma >= at || (tokens[comma - 1]?.kind === "num" && tokens[comma + 1]?.kind === "num")) return false;
  // (a list goes on in names, "Iskanders and 40 Shahed drones"; the main clause in its own words, "cut off water to ... and")
  let next = comma + 1;
  while (next < at && tokens[next].text !== ",") next++;
  const listGoesOn = tokens[comma + 1]?.kind === "word" && tokens[comma + 1].capitalized && !CLAUSE_OPENING_CAPITALS.has(tokens[comma + 1].lower);
  return !(listGoesOn && tokens.slice(comma + 1, next).some((t) => t.lower === "and" || t.lower === "or"));
}

/** ", head of the OVA)" from `comma` to a bracket closing the line: a title after a name in brackets. */
function titledInBracket(tokens: Token[], comma: number): boolean {
  if (tokens[comma]?.text !== "," || !TITLES.has(tokens[comma + 1]?.lower ?? "")) return false;
  for (let k = comma + 2; k < Math.min(tokens.length, comma + MAX_BRACKETED_TITLE); k++) if (closesLine(tokens, k)) return true;
  return false;
}
const MAX_BRACKETED_TITLE = 12;

const figureBefore = (tokens: Token[], end: number) => tokens.slice(0, end).some((token) => token.kind === "num");
/** A label in capitals before a bracket: a rundown's "ANCHOR (Kovalchuk)", "VO + GFX (Kovalchuk)". */
const isCapitalsLabel = (token: Token | undefined) => !!token && token.kind === "word" && token.text.length > 1 && token.text === token.text.toUpperCase();

/**
 * Where a person named in full opens a bracket at `k`, past a title ("Governor Oleh Syniehubov"), when the bracket closes
 * the line after the name or goes on with a title after a comma; -1 if none does.
 */
function bracketedPersonAt(tokens: Token[], k: number): number {
  const at = TITLES.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.capitalized ? k + 1 : k;
  return isFirstName(tokens[at]?.lower ?? "") && (closesLine(tokens, at + 2) || titledInBracket(tokens, at + 2)) ? at : -1;
}

/** Whether the token at `k` is a bracket closing the sentence, a stop after it at most. */
export function closesLine(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === ")" && (k === tokens.length - 1 || (k === tokens.length - 2 && tokens[k + 1].text === "."));
}

/** ", as of 15.10.2024)", ", as at 1 May)": a source's bracket closing on the date of its figures. */
function isAsOf(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== "," || tokens[k + 1]?.lower !== "as" || (tokens[k + 2]?.lower !== "of" && tokens[k + 2]?.lower !== "at")) return false;
  for (let j = k + 3; j < Math.min(tokens.length, k + 9); j++) if (tokens[j].text === ")") return true;
  return false;
}

/**
 * "STATEMENT BY THE OFFICIAL REPRESENTATIVE OF THE MINISTRY OF DEFENCE, LIEUTENANT GENERAL IGOR KONASHENKOV": a heading
 * in capitals over a statement read out: the person who reads it (else the body) speaks in its section.
 */
function statementHeading(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  if (!STATEMENT_WORDS.has(tokens[0]?.text ?? "") || (tokens[1]?.text !== "BY" && tokens[1]?.text !== "OF") || tokens.some((t) => t.kind === "word" && t.text !== t.text.toUpperCase())) return null;
  const end = tokens.length - (tokens[tokens.length - 1]?.kind === "punct" ? 1 : 0);
  const person = nameInCapitalsEndingAt(tokens, end, false);
  if (person) return { at: 0, ...person, heads: true, source: PEOPLE.get(tokens[end - 1].lower) ?? person.source };
  for (let k = 2; k < end; k++) {
    const body = longestAt(sourcesByFirst, tokens, k);
    if (body && body.source.name !== GENERIC_MINISTRY) return { at: 0, start: k, end: k + body.words.length, heads: true, source: resolveGeneric(body.source, memory, tokens, k) };
  }
  return null;
}

const STATEMENT_WORDS = new Set(["STATEMENT", "BRIEFING", "ADDRESS", "REMARKS"]);
/** The lines a page's nameplate and menus take at its top. */
const MASTHEAD_LINES = 5;

/**
 * "NATIONAL POLICE OF UKRAINE" over its lines of a ministry's "week in numbers": a known body's name alone on a line in
 * capitals heads its section, whose unsourced figures are that body's.
 */
function bodyHeading(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  const first = tokens[0];
  if (!first || first.kind !== "word" || first.text.length < 2 || first.text !== first.text.toUpperCase() || first.text === first.text.toLowerCase()) return null;
  const body = longestAt(sourcesByFirst, tokens, 0);
  if (!body || body.words.length < 2 || body.words.length !== tokens.length || body.source.name === GENERIC_MINISTRY) return null;
  if (tokens.some((t) => t.kind === "word" && t.text !== t.text.toUpperCase())) return null;
  // (not a nameplate among the page's first lines: "UNITED NATIONS" over a mission's page)
  if (memory.text && linesBefore(memory.text, first.start, MASTHEAD_LINES) < MASTHEAD_LINES) return null;
  return { at: 0, start: 0, end: tokens.length, heads: true, source: resolveGeneric(body.source, memory, tokens, 0) };
}

/** How many line breaks come before `at`, counted up to `most`. */
function linesBefore(text: string, at: number, most: number): number {
  let count = 0;
  for (let k = text.lastIndexOf("\n", at); k >= 0 && count < most; k = k > 0 ? text.lastIndexOf("\n", k - 1) : -1) count++;
  return count;
}

const QUOTATION_ENDS = new Set(["”", '"', "»"]);

/**
 * "— Oleh Syniehubov, head of the Kharkiv RMA" on a line of its own, closing a post: who signs it (a person or a known
 * body), else null.
 */
export function postSigner(tokens: Token[], memory: SpeakerMemory): Source | null {
  if (!SIGNATURE_DASHES.has(tokens[0]?.text ?? "") || tokens.some((token) => token.kind === "num")) return null;
  return signatureAt(tokens, 1, memory)?.source ?? null;
}

const SIGNATURE_DASHES = new Set(["—", "–"]);

const MAX_SIGNOFF_TITLE = 3;
const MAX_SIGNATURE_TITLE = 14;

/** "Maksym Danyliuk, Chief Doctor of the Kherson Regional Clinical Hospital": a name opening the line, then its holder's title alone. */
function signedWithTitle(tokens: Token[]): NameMatch | null {
  const name = tokens[0]?.capitalized && isFirstName(tokens[0].lower) ? nameAt(tokens, 0) : null;
  if (!name || name.parts < 2 || tokens[name.words]?.text !== ",") return null;
  const title = tokens.slice(name.words + 1, tokens[tokens.length - 1].text === "." ? -1 : undefined);
  if (!title.length || title.length > MAX_SIGNATURE_TITLE || !(TITLES.has(title[0].lower) || HEADS.has(title[0].lower))) return null;
  // (the title's words only: no verb of a sentence going on, "Maksym Danyliuk, chief doctor, said ...")
  return title.every((token) => token.kind === "word" ? token.capitalized || TITLE_LINKS.has(token.lower) : token.text === "'" || token.text === "-") ? name : null;
}
const TITLE_LINKS = new Set(["of", "the", "for", "and", "in"]);

/** "Chief physician of Kryvyi Rih City Hospital No. 2" over "Oleh Pashchenko": a name alone on its line under its title's line. */
function nameUnderTitle(tokens: Token[], before: Token[] | undefined): NameMatch | null {
  if (!before?.length || before.length > MAX_SIGNATURE_TITLE || !(TITLES.has(before[0].lower) || HEADS.has(before[0].lower)) || !before.some((t) => t.lower === "of")) return null;
  if (before[before.length - 1].text === "." || before.some((t) => SPEECH_VERBS.has(t.lower))) return null;
  const name = tokens[0]?.capitalized && isFirstName(tokens[0].lower) ? nameAt(tokens, 0) : null;
  return name && name.parts >= 2 && name.words === tokens.length ? name : null;
}
/** A letter's closing words before its signer's name: "With respect,", "Sincerely,", "Kind regards,". */
const VALEDICTIONS = new Set(["respect", "respectfully", "sincerely", "regards", "faithfully", "gratitude"]);

/**
 * "With respect, Principal Svitlana Kurylo", "Sincerely, Oleh Kiper": a letter's valediction and its signer, a title
 * before the name allowed, nothing after it.
 */
export function letterSigner(tokens: Token[], before: Token[] | undefined, memory: SpeakerMemory): Source | null {
  if (tokens.some((token) => token.kind === "num")) return null;
  // "Maksym Danyliuk," over "Chief Doctor of the Kherson Regional Clinical Hospital": a post signed with the name and title,
  // no dash, no valediction
  // (the name may stand on a line of its own above the title: "Maksym Danyliuk," / "Chief Doctor of ...")
  const titled = signedWithTitle(tokens) ?? (before?.[before.length - 1]?.text === "," ? signedWithTitle([...before, ...tokens]) : null) ?? nameUnderTitle(tokens, before);
  if (titled) return personFound(titled, memory, tokens, 0, false)?.source ?? null;
  // (the valediction may stand on a line of its own above the name: "With respect," / "Principal Svitlana Kurylo")
  const alone = !!before && before.length <= 4 && before[before.length - 1]?.text === "," && VALEDICTIONS.has(before[before.length - 2]?.lower ?? "");
  const comma = alone ? -1 : tokens.findIndex((token) => token.text === ",");
  if (!alone && (comma < 1 || comma > 3 || !VALEDICTIONS.has(tokens[comma - 1].lower))) return null;
  // (a title may come first, "Principal Svitlana Kurylo"; a person, a first name opening the name: not "Best regards,
  // Public Information Unit", a desk signing for its body)
  let k = comma + 1;
  while (k < Math.min(tokens.length - 1, comma + 1 + MAX_SIGNOFF_TITLE) && tokens[k].capitalized && !isFirstName(tokens[k].lower)) k++;
  const name = tokens[k]?.capitalized && isFirstName(tokens[k].lower) ? nameAt(tokens, k) : null;
  if (!name || name.parts < 2 || k + name.words < tokens.length - (tokens[tokens.length - 1].kind === "punct" ? 1 : 0)) return null;
  return personFound(name, memory, tokens, k, false)?.source ?? null;
}

/** The person or known body signing a quotation after its dash: "— Valery Gerasimov", "— Oleksandr Syrskyi, Ukraine's ...". */
function signatureAt(tokens: Token[], k: number, memory: SpeakerMemory): { source: Source; start: number; end: number } | null {
  const known = longestAt(sourcesByFirst, tokens, k);
  if (known) return { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
  const name = tokens[k]?.capitalized && FIRST_NAMES.has(tokens[k].lower) ? nameAt(tokens, k) : null;
  if (!name || name.parts < 2) return null;
  return { source: knownPerson(name) ?? { name: name.text, side: sideNear(tokens, k) }, start: k, end: k + name.words };
}

/** The comma closing the clause that opens at `from` ("Citing X (X's acronym)," ends there), else the sentence's end. */
function clauseEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k].text === ",") return k;
  return tokens.length;
}

/** "Ukrainian officials", "Russian officials": a side's unnamed staff, not a speaker of their own. */
function isUnnamedOfficials(source: Source): boolean {
  return source.name === "Ukrainian officials" || source.name === "Russian officials";
}

function hasSemicolon(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text === ";") return true;
  return false;
}

/** "– regional prosecutor's office", "– prosecutors" from `from` to the end of a headline. */
function signedByRegionalProsecutors(tokens: Token[], from: number): boolean {
  const words = tokens.slice(from).map((t) => t.lower).join(" ");
  return words === "regional prosecutor's office" || words === "prosecutor's office" || words === "prosecutors" || words === "regional prosecutors";
}

/** What a body does with figures it keeps ("the police had documented"), told of in someone's reported clause. */
const RECORDING_VERBS = new Set(["documented", "recorded", "registered", "counted", "logged", "tallied"]);

/** What a source asserts, owned in the possessive before "that": "the General Staff's claim that ...". */
const CLAIM_NOUNS = new Set(["claim", "claims", "assertion", "allegation", "allegations", "announcement"]);

/** The last token of a verb's subject: the token before it, or before an adverb there ("DeepState now marks"). */
function subjectEnd(tokens: Token[], verb: number): number {
  return VERB_ADVERBS.has(tokens[verb - 1]?.lower ?? "") ? verb - 2 : verb - 1;
}

/** A figure after a verb's short object, words only: "shows Russian forces 3.2 km from", "place Russian forces within 3 km". */
function figureAfterObject(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_OBJECT_WORDS + 1); k++) {
    if (tokens[k].kind === "num") return k > from;
    if (tokens[k].kind !== "word") return false;
  }
  return false;
}

const MAX_OBJECT_WORDS = 4;

/** A body the lexicon knows ending right before token `verb`, or before an apposition set off by commas ("DeepState, whose map ..., shows"). */
function knownBodyBefore(tokens: Token[], verb: number): { source: Source; start: number } | null {
  let end = subjectEnd(tokens, verb);
  if (tokens[end]?.text === ",") {
    let open = end - 1;
    while (open > 0 && tokens[open].text !== "," && end - open < MAX_APPOSITION_TOKENS) open--;
    if (tokens[open]?.text !== ",") return null;
    end = open - 1;
  }
  const known = end >= 0 && tokens[end].capitalized ? longestEndingAt(tokens, end) : undefined;
  return known && !isPersonName(known.name) ? { source: known, start: end } : null;
}

const MAX_APPOSITION_TOKENS = 12;

/** "gave the following", "provided the following": a body introducing its list. */
const LIST_GIVING_VERBS = new Set(["gave", "provided", "gives", "provides"]);

/** "went on", "continued": verbs that carry a speaker's words on, read only before a colon. */
const CONTINUING_VERBS = new Set(["went", "continued", "continues"]);

/** 'He went on: "...', 'She continued: "...': a pronoun, the verb (with "on" after "went"), a colon (not "Fighting continued:"). */
function continuesSpeech(tokens: Token[], i: number): boolean {
  const after = tokens[i].lower === "went" ? (tokens[i + 1]?.lower === "on" ? i + 2 : -1) : i + 1;
  return after > 0 && tokens[after]?.text === ":" && SPEAKING_PRONOUNS.has(tokens[i - 1]?.lower ?? "");
}

const SPEAKING_PRONOUNS = new Set(["he", "she"]);

/** Verbs of a finding: "..., the court found.", "the court established that ...": a source's conclusion, not a discovery. */
const CONCLUDING_VERBS = new Set(["found", "established", "concluded", "determined"]);

/** Whether the finding verb at `i` reports a conclusion: an inverted clause closing its sentence or clause ("..., the court found."), or "found that". */
function concludes(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text;
  return next === undefined || next === "." || next === "," || next === ";" || next === "that";
}

/**
 * "Our own tally of the governors' posts records 1,214 drones": the page's own count, whoever's posts it counts (not "Our
 * General Staff counts 10,312 tanks", the speaker's side's body).
 */
function ownTallyBefore(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - OWN_TALLY_REACH); k--) {
    if (tokens[k].lower === "our" && (tokens[k + 1]?.lower === "own" || DATA_NOUNS.has(tokens[k + 1]?.lower ?? ""))) return true;
    if (tokens[k].kind === "punct" && tokens[k].text !== "'" && tokens[k].text !== "’") return false;
  }
  return false;
}
const OWN_TALLY_REACH = 16;

/**
 * Verbs of a body keeping a tally, a body's only with a figure right after them: present tenses that are nouns as often
 * ("counts", "records", "tracks"), and "identified", whose passive ("2 officers have been identified") names no finder.
 */
const TALLYING_VERBS = new Set(["counts", "records", "tracks", "identified", "recording", "counting", "tracking"]);

/** Every word that can open a source in findSources, so that the loop skips all others at once. */
const SOURCE_TRIGGERS = new WordSet([
  ...CONCLUDING_VERBS,
  ...CONTINUING_VERBS,
  ...LIST_GIVING_VERBS,
  ...DASHES, ...SPEECH_VERBS, ...FINDING_VERBS, ...SHOW_VERBS, ...SET_VERBS, ...TALLYING_VERBS, ...PUT_AT_VERBS, ...DATA_NOUNS, ...DOCUMENT_NOUNS, ...FINDING_NOUNS, ...CLAIM_NOUNS, ...HEADS, "according", "per", "(", "from", "by", "in", "regional", "oblast",
]);

/**
 * "Danielle Bell, the head of the U.N. Human Rights Monitoring Mission in Ukraine, said": the body the speaker heads is named
 * too, so that "the mission" later is it, not another body that spoke in between.
 */
function noteHeadedBody(tokens: Token[], memory: SpeakerMemory): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].lower !== "of" || !HEADS.has(tokens[k - 1].lower)) continue;
    const at = tokens[k + 1].lower === "the" ? k + 2 : k + 1;
    const known = longestAt(sourcesByFirst, tokens, at);
    if (known && !isPersonName(known.source.name) && known.source.name !== GENERIC_MINISTRY) noteBody(known.source, memory);
  }
}

/** A body that spoke or led a sentence: "it" and "the mission" may be it later. */
function noteBody(source: Source, memory: SpeakerMemory): void {
  memory.lastBody = source;
  const bodies = (memory.bodies ??= []);
  bodies.push(source);
  if (bodies.length > RECENT_BODIES) bodies.shift();
}

/** The last person named in full before token `end` of this sentence ("... head, Nataliia Hordiienko: according to her"). */
function personNamedBefore(tokens: Token[], end: number, memory: SpeakerMemory): Source | null {
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
function quotingVerbBefore(tokens: Token[], start: number): number {
  const by = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  return tokens[by]?.lower === "by" && QUOTE_VERBS.has(tokens[by - 1]?.lower ?? "") ? by - 1 : -1;
}

/** Whether token k stands inside a quotation opened in this sentence. */
function isQuoted(tokens: Token[], k: number): boolean {
  let inside = false;
  for (let q = 0; q < k; q++) inside = quoteOpenAfter(tokens[q].text, inside);
  return inside;
}

/** "13 of whom said", "many of them reported": the subject is part of a group the sentence counts. */
function isCountedGroupSpeaking(tokens: Token[], verb: number): boolean {
  const pronoun = tokens[verb - 1]?.lower;
  return (pronoun === "whom" || pronoun === "them" || pronoun === "those") && tokens[verb - 2]?.lower === "of";
}

/** A figure starts at k, possibly after a qualifier: "of 11,000", "of about 11,000". */
function isFigureAt(tokens: Token[], k: number): boolean {
  // (or after a qualifier of two words, as the qualifier lexicon has them: "more than 3,100", "at least 40")
  return tokens[k]?.kind === "num" || tokens[k + 1]?.kind === "num" || (tokens[k + 2]?.kind === "num" && qualifierBefore(tokens, k + 2)?.start === k);
}

/** Who heads an office: the holder the report named, else the regional head the lexicon knows. */
function holderOfOffice(office: Source, memory: SpeakerMemory): Source | undefined {
  const named = memory.holders?.get(office.name);
  if (named) return named;
  const centre = centreOfRegionalAdministration(office.name);
  return centre && office.side === "ukraine" ? REGIONAL_HEADS.get(centre) : undefined;
}

/** "head of (the) X" before the office at `start`. */
function isHeadOf(tokens: Token[], start: number): boolean {
  const of = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  // not "the deputy head of", not "the head of the OVA's press service"
  return tokens[of]?.lower === "of" && HEADS.has(tokens[of - 1]?.lower ?? "") && !DEPUTIES.has(tokens[of - 2]?.lower ?? "");
}

/** "put the cost ... at $524 billion": "at" and a figure follow the verb within its clause. */
function putsAt(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length - 1, verb + 14); k++) {
    if (tokens[k].text === ";") return false;
    if (tokens[k].lower === "at" && (tokens[k + 1].kind === "num" || tokens[k + 1].text === "$" || /^(?:about|around|some|roughly|nearly|almost|more|over|up|at|between|\p{Sc})/u.test(tokens[k + 1].lower))) return true;
  }
  return false;
}

/** "a bus provided by the Emergencies Ministry", "generators supplied by the EU": a thing handed over, not figures released. */
function releasesThing(tokens: Token[], verb: number): boolean {
  const object = tokens[verb - 1];
  return !!object && object.kind === "word" && /^[a-z]/.test(object.text) && !DATA_NOUNS.has(object.lower) && !BE.has(object.lower) && !ARTICLES.has(object.lower);
}

/**
 * A speech verb that introduces no speaker: an adjective ("an estimated $524 billion") or a passive
 * ("6.3 million refugees are recorded across Europe"), whose subject is what is counted.
 */
function isNotSpeech(tokens: Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.lower ?? "";
  // "with 97 explosions recorded in 12 hromadas": a participle after what is counted
  const counted = tokens[verb - 1]?.kind === "word" && !tokens[verb - 1].capitalized && tokens[verb - 2]?.kind === "num" && tokens[verb].lower.endsWith("ed");
  // "accounts for only 742 confirmed deaths", "12 reported cases": a participle between a figure and its noun
  const modifier = tokens[verb - 1]?.kind === "num" && tokens[verb].lower.endsWith("ed") && NOUNS.has(tokens[verb + 1]?.lower ?? "");
  // "..., visually confirmed by open-source analysts": a participle with its agent after "by", no subject before it
  const agentAfter = tokens[verb + 1]?.lower === "by" && !tokens[verb - 1]?.capitalized && (tokens[verb - 1]?.text === "," || before.endsWith("ly"));
  // "handed the Ukrainian side lists of 1,146 people": a plural noun with its "of" (not "reports of", a verb in translations)
  const nounOf = tokens[verb + 1]?.lower === "of" && NOUNS_BEFORE_OF.has(tokens[verb].lower);
  // "Ukraine observes a day of mourning", "observed a minute's silence": a rite kept, nothing stated
  const rite = OBSERVING.has(tokens[verb].lower) && tokens.slice(verb + 1, verb + 4).some((t) => OBSERVANCES.has(t.lower));
  return ARTICLES.has(before) || (BE.has(before) && tokens[verb + 1]?.lower !== "that") || counted || modifier || agentAfter || nounOf || rite;
}

const OBSERVING = new Set(["observed", "observes"]);
const OBSERVANCES = new Set(["day", "minute", "minute's", "moment", "silence", "mourning", "truce", "ceasefire", "holiday", "anniversary"]);

/** Verbs of speaking that are plural nouns, never verbs, before "of": "lists of 1,146 people", "estimates of losses". */
const NOUNS_BEFORE_OF = new Set(["lists", "estimates", "claims", "notes", "states"]);

/** A mention named "Operational Headquarters" in capitals: the region's administration, as the lower-case phrase is. */
function operationalStaff(mention: SourceMention, tokens: Token[], memory: SpeakerMemory): Source | null {
  return OPERATIONAL_STAFF.test(mention.source.name) ? operationalStaffIn(tokens, mention.start, mention.end, memory) : null;
}
