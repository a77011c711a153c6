import { isInRussia, placeByVariant, regionalCentreOf } from "./data/gazetteer";
import { SIDE_WORDS } from "./data/sides";
import { GENERIC_MINISTRY, LISTENER_VERBS, OFFICIAL_WORDS, PEOPLE, QUOTE_VERBS, REGIONAL_HEADS, SOURCES, SPEECH_VERBS, TITLES, UNIT_WORDS, type Source } from "./data/sources";
import { longestAt } from "./phrases";
import { rememberAcronym, type SpeakerMemory } from "./speaker-memory";
import { FIRST_NAMES } from "./data/first-names";
import { OUTLET_NAMES } from "./data/outlets";
import { NOT_NAME, ACRONYM, CLAUSE_WORDS, knownPerson, LOCAL_RESIDENTS, PRIVATE_PEOPLE, currencySide, unitSource, isPrivatePersonAt, REGIONAL_OFFICE_ACRONYMS, SIDE_ADJECTIVE, orgAt, orgEndingAt, regionalOffice, localOffice, regionalAdministration, regionInSentence, ministryOf, regionalAdministrationOf, centreOfRegionalAdministration, regionalProsecutorOf, OFFICE_WORDS, nameAt, officials, sideNear, isPersonName, bare, sourcesByFirst, firstNameWithin, type Found, type NameMatch } from "./speaker-names";
import { quoteOpenAfter, type Token } from "./tokenize";
import { WordSet } from "./word-set";
import type { Actor } from "./types";

// Who states a figure: "X said", "said X", "according to X", with X a known body, an organisation
// named as written, a named person (expanded to the full name seen earlier in the report), "he"/"she",
// a title held by someone named before ("the governor"), an acronym defined before ("the OVA"), or
// unnamed officials ("a senior defence official", "a drone operator", "Kyiv said"). How such names are
// read is in speaker-names.ts; what the report has said about its speakers so far, in speaker-memory.ts.

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
const LAST_WORDS = new Set(SOURCES.map((s) => s.words[s.words.length - 1]));
const MAX_SOURCE_WORDS = Math.max(...SOURCES.map((s) => s.words.length));

/** "the fund said": generic nouns that stand for the body named last. */
const BODY_NOUNS = new Set(["fleet", "fund", "agency", "organisation", "organization", "mission", "bank", "institute", "company", "operator", "watchdog", "service", "office", "group", "monitor", "council", "committee", "commission", "charity", "authority"]);

/** Local units whose unnamed head speaks for that side's officials. */
const LOCAL_UNITS = new Set(["district", "hromada", "community", "village", "town", "raion", "settlement"]);
/** Parts of a body that speak for it: "the service's regional department", "the ministry's press office". */
const UNIT_NOUNS = new Set(["department", "office", "service", "unit", "directorate", "branch", "division"]);
const DOCUMENT_NOUNS = new Set(["report", "statement", "update", "summary", "bulletin", "briefing", "post", "message"]);
/** What a line naming whose posts follow calls them: "Lysak's message:", "the governor's posts". */
const POST_NOUNS = new Set([...DOCUMENT_NOUNS, "posts", "messages", "updates", "reports"]);
const DOCUMENT_MODIFIERS = new Set(["morning", "evening", "daily", "weekly", "latest", "monthly", "regular", "nightly", "new", "own"]);

/** A known source whose last word, in the possessive, is token `at`: "the General Staff's". */
function longestEndingAt(tokens: Token[], at: number): Source | null {
  for (let start = Math.max(0, at - 6); start <= at; start++) {
    const words = tokens.slice(start, at + 1).map((t, n) => (start + n === at ? bare(t.lower) : t.lower)).join(" ");
    const known = SOURCE_BY_PHRASE.get(words);
    if (known && known.name !== GENERIC_MINISTRY) return known;
  }
  return null;
}

const SOURCE_BY_PHRASE = new Map(SOURCES.map(({ words, source }) => [words.join(" "), source]));

/** Acronyms that begin a known phrase ("UK MoD") are left to the phrase table. */
const SOURCE_FIRST_WORDS = new Set(SOURCES.map((s) => s.words[0]));

/** A capital speaking for its government: "Kyiv said", "Moscow claims". */
const CAPITALS = new Map<string, Exclude<Actor, null>>([["kyiv", "ukraine"], ["kiev", "ukraine"], ["moscow", "russia"], ["ukraine", "ukraine"], ["russia", "russia"]]);

const SINGLE_SPEAKERS = new Set(["soldier", "serviceman", "servicemember", "operator", "commander", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "brigade", "battalion", "unit"]);

const DASHES = new Set(["—", "–", "-"]);

export function findSources(tokens: Token[], memory: SpeakerMemory): SourceMention[] {
  const mentions: SourceMention[] = [];
  rememberIntroducedBody(tokens, memory); // before "the group said" in the same sentence is read
  const speaker = speakerLabel(tokens, memory) ?? titledLabel(tokens, memory) ?? postHeader(tokens, memory) ?? ownedPostLabel(tokens, memory) ?? answeredBy(tokens, memory);
  if (speaker) mentions.push(speaker);
  const speechVerbs = SPEECH_VERBS; // one module lookup, not one per token
  const triggers = SOURCE_TRIGGERS;
  let namesHead = false; // "head of ...": who holds which office is worth reading (rememberHolders)
  for (let i = 0; i < tokens.length; i++) {
    if (!triggers.hasToken(tokens[i])) continue; // most words open no source: one lookup instead of one per branch
    const lower = tokens[i].lower;
    if (HEADS.has(lower)) {
      namesHead = true;
      continue;
    }
    if (tokens[i].spaced && DASHES.has(lower) && i > 0) {
      // a headline signed by its source: "Ukraine loses up to 320 troops in past day — top brass"
      const known = longestAt(sourcesByFirst, tokens, i + 1);
      if (known && i + 1 + known.words.length === tokens.length) {
        mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: resolveGeneric(known.source, memory, tokens, i + 1) });
      }
      // "..., one civilian killed — Gladkov": a known official by surname signs it too
      const person = !known && i + 2 === tokens.length && tokens[i + 1].capitalized ? PEOPLE.get(tokens[i + 1].lower) : undefined;
      if (person) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: person });
      // "..., 268,000 still cut off – Energy Ministry": an organisation the lexicon does not list
      const org = !known && !person && tokens[i + 1]?.capitalized ? orgAt(tokens, i + 1) : null;
      if (org && org.end === tokens.length) mentions.push({ at: i, start: i + 1, end: tokens.length, signs: true, source: org.source });
    } else if (lower === "according" && tokens[i + 1]?.lower === "to" && tokens[i + 2]?.lower === "our") {
      // "according to our sources": the document's own voice (Voices), not officials
    } else if (lower === "(" && tokens[i + 1]?.capitalized) {
      // "11 attacks were repelled (MoD data)", "🛡 Air defence (MoD): ...": a source in brackets
      const known = longestAt(sourcesByFirst, tokens, i + 1);
      let close = known ? i + 1 + known.words.length : -1;
      if (close > 0 && DATA_NOUNS.has(tokens[close]?.lower ?? "")) close++;
      if (known && tokens[close]?.text === ")") mentions.push({ at: i, start: i + 1, end: close, source: resolveGeneric(known.source, memory, tokens, i + 1) });
      // "(Schetovod data)": a source the lexicon does not know, named by the brackets' data noun
      else if (!known && DATA_NOUNS.has(tokens[i + 2]?.lower ?? "") && tokens[i + 3]?.text === ")" && tokens[i + 1].kind === "word") {
        mentions.push({ at: i, start: i + 1, end: i + 2, source: memory.surnames.get(tokens[i + 1].lower) ?? { name: tokens[i + 1].text, side: null } });
      }
    } else if (lower === "according" && tokens[i + 1]?.lower === "to") {
      const found = sourceAfter(tokens, i + 2, memory);
      if (found) mentions.push({ at: i, ...found, frames: i === 0 });
    } else if (DATA_NOUNS.has(lower) && i > 0 && /['’]s$/.test(tokens[i - 1].text) && tokens[i + 1]?.lower === "of" && isFigureAt(tokens, i + 2)) {
      // "relays the Pentagon's figure of 11,000", "the UN's estimates": whose numbers they are
      const known = longestEndingAt(tokens, i - 1);
      if (known) mentions.push({ at: i, start: i - 1, end: i + 1, source: resolveGeneric(known, memory, tokens, i - 1) });
    } else if (SHOW_VERBS.has(lower) && DATA_NOUNS.has(tokens[i - 1]?.lower ?? "")) {
      // "..., USPA data show.", "Ministry figures suggest ...": the body whose numbers they are
      const found = sourceBefore(tokens, i - 1, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (PUT_AT_VERBS.has(lower) && putsAt(tokens, i)) {
      // "The bank put the cost of reconstruction at $524 billion": the subject estimates
      const found = sourceBefore(tokens, i, memory);
      if (found) mentions.push({ at: i, ...found });
    } else if (lower === "per" && (i === 0 || tokens[i - 1].text === ",")) {
      // "Per the UN, 12 civilians were killed"
      const found = sourceAfter(tokens, i + 1, memory);
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
    } else if (speechVerbs.has(lower) && tokens[i].kind === "word") {
      // "TASS quoted the defence ministry", "citing the same ministry": the source follows the verb
      // "told UA Pulse", "told reporters": who is told listens; the speaker is before the verb
      // ("officials quoted by the Wall Street Journal said": a passive, whose subject is the one quoted)
      const cited = QUOTE_VERBS.has(lower) && tokens[i + 1]?.lower !== "by" ? sourceAfter(tokens, i + 1, memory, true) : null;
      let found = cited ?? (QUOTE_VERBS.has(lower)
        ? sourceBefore(tokens, i, memory)
        : sourceBefore(tokens, i, memory) ?? (LISTENER_VERBS.has(lower) ? null : sourceAfter(tokens, i + 1, memory, true)));
      // "officials quoted by the Wall Street Journal said": who quotes them is not who speaks
      const quoting = found ? quotingVerbBefore(tokens, found.start) : -1;
      if (quoting >= 0) found = sourceBefore(tokens, quoting, memory);
      if (found) mentions.push({ at: i, ...found, cites: !!cited && CITING.has(lower) });
    } else if ((lower === "regional" || lower === "oblast") && placeByVariant(bare(tokens[i - 1]?.lower ?? ""))) {
      const military = tokens[i + 1]?.lower === "military";
      const kind = tokens[i + (military ? 2 : 1)]?.lower;
      if (kind === "authorities" || kind === "administration" || kind === "government") {
        const place = placeByVariant(bare(tokens[i - 1].lower))!;
        const source = regionalAdministrationOf(regionalCentreOf(place.name) ?? place.name);
        const end = i + (military ? 3 : 2);
        mentions.push({ at: i, start: i - 1, end, weak: true, source });
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
  if (namesHead) rememberHolders(tokens, memory);
  rememberSubjectBody(tokens, mentions, memory);
  for (const mention of mentions) {
    // "a drone operator ... said ... 'Around 50,' he said": he is that unnamed speaker
    // (not one a speaker quotes: '"One marine ... told us he was beaten." She added ...' is still the speaker)
    if (mention.source.name.endsWith(" officials") && SINGLE_SPEAKERS.has(tokens[mention.end - 1]?.lower ?? "") && !isQuoted(tokens, mention.at)) memory.lastNamed = mention.source;
    if (isPersonName(mention.source.name)) {
      memory.lastPerson = memory.lastNamed = mention.source;
      const { name } = mention.source;
      memory.spoken?.add(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
    }
    else {
      mention.source = namedInFull(mention.source, memory);
      // "the Border Police" in a report about Moldova: Moldova's
      if (memory.host && mention.source.name === NATIONAL_POLICE && tokens[mention.end - 2]?.lower === "border") mention.source = { name: `${memory.host} Border Police`, side: "other" };
      if (!mention.weak) noteBody(mention.source, memory);
    }
    if (/Ministry|MoD/.test(mention.source.name)) memory.lastMinistry = mention.source;
    if (mention.source.name.endsWith("Regional Administration")) memory.lastOffice = mention.source;
    // "A senior NATO official said ...": "the official said" later is the same one
    if (OFFICIAL_NOUNS.has(tokens[mention.end - 1]?.lower ?? "")) memory.lastOfficials = mention.source;
  }
  return mentions;
}

const ARTICLES = new Set(["a", "an", "the"]);
const DEMONYMS = new Set(["ukrainians", "russians"]);
/** "Citing X, Y said": the verbs that name a figure's origin, whoever passes it on. */
const CITING = new Set(["citing", "quoting"]);
const HEADS = new Set(["head", "chief"]);

const RECENT_BODIES = 12;

const NATIONAL_POLICE = "National Police of Ukraine";

/** "the Operational Command" after the "Polish Operational Command", "the Commission" after the "European Commission": the body named in full before. */
function namedInFull(source: Source, memory: SpeakerMemory): Source {
  const bodies = memory.bodies;
  if (!bodies) return source;
  const short = ` ${source.name.toLowerCase()}`;
  for (let n = bodies.length - 1; n >= 0; n--) if (bodies[n].name.length > short.length && bodies[n].name.toLowerCase().endsWith(short)) return bodies[n];
  return source;
}

const BODY_NOUN_WORDS = new WordSet(BODY_NOUNS);
/**
 * A body's report standing for it: "the report says", "according to the report". ("the statement says" is
 * left to the quotation rules: on dev it more often closed the quote of a body the sentence before cited.)
 */
const REPORT_NOUNS = new Set(["report"]);

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

/** A body that spoke or led a sentence: "it" and "the mission" may be it later. */
function noteBody(source: Source, memory: SpeakerMemory): void {
  memory.lastBody = source;
  const bodies = (memory.bodies ??= []);
  bodies.push(source);
  if (bodies.length > RECENT_BODIES) bodies.shift();
}

/**
 * "The UN Development Programme, which funds SES demining units, reports": a relative clause closed by
 * the comma at `comma` right before the verb; the source it describes, named before ", which".
 */
function relativeClauseAntecedent(tokens: Token[], comma: number, memory: SpeakerMemory): Found | null {
  for (let r = comma - 1; r > 1 && r > comma - 16; r--) {
    const word = tokens[r].lower;
    if (word === "," || word === ";" || tokens[r].kind === "punct" && word !== "-") return null;
    if ((word === "which" || word === "who" || word === "whose") && tokens[r - 1].text === ",") {
      // ("Oleksii Danylchenko, spokesperson for the 59th Brigade, which holds ...": the person before the body)
      const found = sourceEndingAt(tokens, r - 1, memory);
      return found && (holderOf(tokens, found, memory) ?? found);
    }
  }
  return null;
}

const PERSONAL_PRONOUNS = new Set(["he", "she", "him", "her"]);

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

const UTILITY = /(?:energo|vodokanal|teploenergo)$/;
const STREET_WORDS = new Set(["street", "avenue", "square", "lane", "boulevard", "prospekt", "highway"]);
const CLOSING_QUOTES = new Set(["”", '"', "»"]);
const QUOTE_ENDS = new Set([",", ".", "!", "?", "…"]);

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

/** "the mission", "the agency": the latest body so called ("UN Human Rights Monitoring Mission"), else the body named last. */
function bodyCalled(noun: string, memory: SpeakerMemory, tokens: Token[], before: number): Source {
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
function namedHeadquarters(memory: SpeakerMemory): Source | null {
  const bodies = memory.bodies ?? [];
  for (let n = bodies.length - 1; n >= 0; n--) if (bodies[n].name.toLowerCase().includes("headquarters")) return bodies[n];
  return null;
}

/** A figure starts at k, possibly after a qualifier: "of 11,000", "of about 11,000". */
function isFigureAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === "num" || tokens[k + 1]?.kind === "num";
}

/** "The Ukrainian Navy publishes data every morning. On 21 October, it reported ...": a body leading a sentence is what "it" is next. */
function rememberSubjectBody(tokens: Token[], mentions: SourceMention[], memory: SpeakerMemory): void {
  if (mentions.length) return;
  // (after a subordinating word too: "When Russia's Finance Ministry rewrote its budget, ...")
  const clause = CLAUSE_WORDS.has(tokens[0]?.lower ?? "") ? 1 : 0;
  const at = tokens[clause]?.lower === "the" ? clause + 1 : clause;
  if (!tokens[at]?.capitalized) return;
  const known = longestAt(sourcesByFirst, tokens, at);
  // a known body, or an organisation by its name: "The Ministry of Economy, which coordinates ..., counts"
  const org = orgAt(tokens, at);
  const body = known && known.source.name !== GENERIC_MINISTRY && (!org || org.end <= at + known.words.length) ? { source: known.source, end: at + known.words.length } : org;
  if (!body || body.source.name === GENERIC_MINISTRY || isPersonName(body.source.name)) return;
  const verb = tokens[body.end];
  if (!(verb?.kind === "word" && !verb.capitalized) && verb?.text !== ",") return; // its own verb follows: "The Ukrainian Navy publishes ..."
  noteBody(body.source, memory);
  if (/Ministry|MoD/.test(body.source.name)) memory.lastMinistry = body.source; // "the ministry said" later
}

/** "prosecutors said": the regional prosecutor's office of the (Ukrainian) region the report is about. */
function prosecutorsOf(memory: SpeakerMemory): Source | null {
  const centre = memory.lastRegionCentre;
  const place = centre ? placeByVariant(centre.toLowerCase()) : undefined;
  return centre && !(place && isInRussia(place)) ? regionalProsecutorOf(centre) : null;
}

/** The article opening the noun phrase that ends at `head` ("a 67-year-old local woman"), or -1. */
function articleBefore(tokens: Token[], head: number): number {
  for (let k = head - 1; k >= Math.max(0, head - 7); k--) {
    const lower = tokens[k].lower;
    if (lower === "a" || lower === "an" || lower === "one") return k;
    if (tokens[k].capitalized || (tokens[k].kind === "punct" && tokens[k].text !== "-")) return -1;
  }
  return -1;
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

/** Titles that name a holder on their own ("MAYOR:"), unlike adjectives of titles ("Defence:"). */
const ROLE_TITLES = new Set(["mayor", "governor", "spokesperson", "spokesman", "spokeswoman", "commander", "minister", "president", "ombudsman", "commissioner"]);
/** "a military man", "a police officer": not a private person. */
const OFFICIAL_MODIFIERS = new Set(["military", "army", "police", "drone", "border", "navy", "former", "retired", "serving"]);
const DEPUTIES = new Set(["deputy", "acting", "first", "former", "ex"]);

/**
 * "Serhii Lysak, head of the Dnipropetrovsk Regional Military Administration," and "the head of the
 * Kostiantynivka city military administration, Serhii Horbunov,": who holds which office, for a later
 * "the head of the OVA".
 */
function rememberHolders(tokens: Token[], memory: SpeakerMemory): void {
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!HEADS.has(tokens[k].lower) || tokens[k + 1].lower !== "of") continue;
    const office = sourceAfter(tokens, k + 2, memory);
    if (!office || isPersonName(office.source.name)) continue;
    const before = tokens[k - 1].text === "," ? sourceEndingAt(tokens, k - 1, memory) : null;
    const after = !before && tokens[office.end]?.text === "," && tokens[office.end + 1]?.capitalized ? nameAt(tokens, office.end + 1) : null;
    const person = before && isPersonName(before.source.name) ? before.source : after && after.parts >= 2 ? personFound(after, memory, tokens, office.end + 1, false)?.source : undefined;
    if (person) memory.holders?.set(office.source.name, person);
  }
}
const OFFICIAL_NOUNS = new Set(["official", "officials"]);
const PUT_AT_VERBS = new Set(["put", "puts", "putting", "placed", "places"]);
/** Acronyms written in capitals whose lower case is a common word, so the source table cannot list them. */
const ACRONYM_NAMES = new Map<string, Source>([["WHO", { name: "World Health Organization", side: null }]]);
const SHOW_VERBS = new Set(["show", "shows", "showed", "suggest", "suggests", "indicate", "indicated", "indicates"]);

/** "put the cost ... at $524 billion": "at" and a figure follow the verb within its clause. */
function putsAt(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length - 1, verb + 14); k++) {
    if (tokens[k].text === ";") return false;
    if (tokens[k].lower === "at" && (tokens[k + 1].kind === "num" || tokens[k + 1].text === "$" || /^(?:about|around|some|roughly|nearly|almost|more|over|up|at|between|\p{Sc})/u.test(tokens[k + 1].lower))) return true;
  }
  return false;
}
/** Nouns for published numbers: "data from X", "estimates by X". */
const DATA_NOUNS = new Set(["data", "figures", "figure", "statistics", "estimates", "numbers", "tally", "count", "estimate", "calculations", "information"]);
/** Verbs of publishing whose passive names the publisher after "by": "figures released by the ministry". */
/** "a bus provided by the Emergencies Ministry", "generators supplied by the EU": a thing handed over, not figures released. */
function releasesThing(tokens: Token[], verb: number): boolean {
  const object = tokens[verb - 1];
  return !!object && object.kind === "word" && /^[a-z]/.test(object.text) && !DATA_NOUNS.has(object.lower) && !BE.has(object.lower) && !ARTICLES.has(object.lower);
}

const RELEASED = new Set(["released", "provided", "compiled", "gathered", "collected", "issued", "shared", "supplied"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/**
 * A speech verb that introduces no speaker: an adjective ("an estimated $524 billion") or a passive
 * ("6.3 million refugees are recorded across Europe"), whose subject is what is counted.
 */
function isNotSpeech(tokens: Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.lower ?? "";
  // "with 97 explosions recorded in 12 hromadas": a participle after what is counted
  const counted = tokens[verb - 1]?.kind === "word" && !tokens[verb - 1].capitalized && tokens[verb - 2]?.kind === "num" && tokens[verb].lower.endsWith("ed");
  // "..., visually confirmed by open-source analysts": a participle with its agent after "by", no subject before it
  const agentAfter = tokens[verb + 1]?.lower === "by" && !tokens[verb - 1]?.capitalized && (tokens[verb - 1]?.text === "," || before.endsWith("ly"));
  return ARTICLES.has(before) || (BE.has(before) && tokens[verb + 1]?.lower !== "that") || counted || agentAfter;
}

/** A line led by its speaker and a colon: "Zelensky: about 120 missiles", "Air force: 104 missiles", "Trehubov: The enemy is ...". */
function speakerLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  // "▪️ 📌 MoD data: ...", "• Air Force: ...": a list's bullet marks before the label ("11:30 · Honcharenko:": or a time)
  let o = timeStampEnd(tokens);
  while (o < 3 && tokens[o]?.kind === "punct" && tokens[o].text !== ":") o++;
  if (o > 0 && tokens[o]?.kind === "punct") return null;
  if (!hasColonNear(tokens, o)) return null; // most sentences have no label: one short scan, no lookups
  // "The fleet: boats destroyed ...", "The Defence Ministry: 48 UAVs ...": a label led by the article
  if (tokens[o]?.text === "The") {
    if (tokens[o + 2]?.text === ":" && BODY_NOUNS.has(tokens[o + 1].lower) && memory.lastBody) {
      return { at: 0, start: o, end: o + 2, frames: true, source: bodyCalled(tokens[o + 1].lower, memory, tokens, o) };
    }
    if (tokens[o + 1]?.capitalized) o++;
  }
  const known = tokens[o]?.capitalized ? longestAt(sourcesByFirst, tokens, o) : null;
  // a known body's name of any length before the colon: "UK Ministry of Defence: Russian casualties averaged ..."
  const afterKnown = known && tokens[o + known.words.length]?.text === ":" ? o + known.words.length : -1;
  const colon = afterKnown > 0 ? afterKnown : tokens[o + 1]?.text === ":" ? o + 1 : tokens[o + 2]?.text === ":" ? o + 2 : tokens[o + 3]?.text === ":" ? o + 3 : o === 0 ? transcriptLabelEnd(tokens) : -1;
  if (colon < 0 && tokens[o]?.capitalized && tokens[o + 1]?.text === "(") {
    // "Balitsky (Zaporizhzhia Oblast): 62 schools reopened": a known person, their region in brackets
    const close = tokens.findIndex((t, k) => k > o + 1 && k < o + 6 && t.text === ")");
    const person = close > 0 && tokens[close + 1]?.text === ":" ? PEOPLE.get(tokens[o].lower) ?? memory.surnames.get(tokens[o].lower) : undefined;
    if (person) return { at: 0, start: o, end: close + 1, frames: true, source: person };
  }
  if (colon < 0 || !tokens[o]?.capitalized) return null;
  // "Air Force data:", "General Staff figures:": the body's numbers follow
  const labelled = known && (known.words.length === colon - o || (known.words.length === colon - o - 1 && DATA_NOUNS.has(tokens[colon - 1].lower)));
  if (known && labelled) return { at: 0, start: o, end: colon, frames: true, source: resolveGeneric(known.source, memory, tokens, o) };
  // "Kherson OVA: Russians attacked 46 settlements": a region's administration by its acronym
  const region = colon === o + 2 && REGIONAL_OFFICE_ACRONYMS.has(tokens[o + 1].lower) ? placeByVariant(bare(tokens[o].lower)) : undefined;
  if (region) return { at: 0, start: o, end: colon, frames: true, source: regionalAdministrationOf(regionalCentreOf(region.name) ?? region.name) };
  const org = orgAt(tokens, o); // "MINISTRY OF ENERGY: EMERGENCY OUTAGES IN SIX REGIONS"
  if (org && org.end === colon) return { at: 0, start: o, end: colon, frames: true, source: org.source };
  const surname = tokens[colon - 1].lower;
  // "MAYOR: ...": a role heading a section is the holder the report named
  const titled = colon - o === 1 && ROLE_TITLES.has(surname) ? memory.titles?.get(surname) : undefined;
  if (titled) return { at: 0, start: o, end: colon, frames: true, source: titled };
  const person = tokens[colon - 1]?.capitalized ? PEOPLE.get(surname) ?? memory.surnames.get(surname) : undefined;
  if (person) return { at: 0, start: o, end: colon, frames: true, source: person };
  // "Fedorov's evening summary:", "Lysak's update:": a known person's document heading what follows
  const owner = tokens[o]?.capitalized && /['’]s$/.test(tokens[o].text) ? bare(tokens[o].lower) : "";
  const owned = owner && colon - o <= 3 && DOCUMENT_NOUNS.has(tokens[colon - 1].lower) ? PEOPLE.get(owner) ?? memory.surnames.get(owner) : undefined;
  if (owned) return { at: 0, start: o, end: colon, frames: true, source: owned };
  // "Tymur Tkachenko:" heading a post: a first name and a surname, named for the first time
  const name = colon - o === 2 && FIRST_NAMES.has(tokens[o].lower) && tokens[o + 1].capitalized ? nameAt(tokens, o) : null;
  return name?.words === 2 ? { at: 0, start: o, end: colon, frames: true, source: { name: name.text, side: sideNear(tokens, o) } } : null;
}

/** A colon within a label's reach of `o` (a known name of up to MAX_SOURCE_WORDS, or a transcript's label). */
function hasColonNear(tokens: Token[], o: number): boolean {
  for (let k = o + 1; k < Math.min(tokens.length, o + Math.max(MAX_SOURCE_WORDS, MAX_LABEL_TOKENS) + 1); k++) if (tokens[k].text === ":") return true;
  return false;
}

/** "Roman Mrochko, head of the Kherson City Military Administration:" on a line of its own heads his post. */
function titledLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  const o = timeStampEnd(tokens); // "08:12 · Oleksandr Honcharenko, head of the Kramatorsk City Military Administration:"
  if (tokens[tokens.length - 1]?.text !== ":" || tokens.length > 16 + o) return null;
  const post = postedBy(tokens, memory);
  if (post) return post;
  if (!tokens[o]?.capitalized) return null;
  const name = nameAt(tokens, o);
  if (!name || name.parts < 2 || tokens[o + name.words]?.text !== ",") return null;
  const found = personFound(name, memory, tokens, o, false);
  return found ? { at: 0, start: o, end: o + name.words, frames: true, source: found.source } : null;
}

/** "01:47 · Borys Filatov", "02:30 · Dnipro City Council": a time stamp and who posted, alone on a line. */
function postHeader(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  const o = timeStampEnd(tokens);
  if (o === 0 || !tokens[o]?.capitalized) return null;
  const known = longestAt(sourcesByFirst, tokens, o);
  if (known && o + known.words.length === tokens.length) return { at: 0, start: o, end: tokens.length, frames: true, posts: true, source: resolveGeneric(known.source, memory, tokens, o) };
  const name = FIRST_NAMES.has(tokens[o].lower) ? nameAt(tokens, o) : null;
  if (name && name.parts >= 2 && o + name.words === tokens.length) {
    const found = personFound(name, memory, tokens, o, false);
    if (found) return { at: 0, start: o, end: tokens.length, frames: true, posts: true, source: found.source };
  }
  const org = orgAt(tokens, o); // "Dnipro City Council"
  return org && org.end === tokens.length ? { at: 0, start: o, end: tokens.length, frames: true, posts: true, source: org.source } : null;
}

/** "The brigade's post, as published:", "Lysak's message:": a line over a quoted document names whose it is. */
function ownedPostLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  if (tokens.length > 12) return null;
  // "The brigade's post, as published:" over the post; "How the night went: the governor's posts", a heading ending on them
  const closes = tokens[tokens.length - 1]?.text === ":";
  for (let k = 0; k < tokens.length - (closes ? 2 : 1); k++) {
    if (!/['’]s$/.test(tokens[k].text) || !POST_NOUNS.has(tokens[k + 1].lower)) continue;
    if (!closes && k + 2 !== tokens.length) return null;
    const owner = bare(tokens[k].lower);
    const definite = tokens[k - 1]?.lower === "the";
    const source = definite && (BODY_NOUNS.has(owner) || UNIT_WORDS.has(owner)) && memory.lastBody
      ? bodyCalled(owner, memory, tokens, k - 1)
      : definite && TITLES.has(owner) ? memory.titles?.get(owner)
      : tokens[k].capitalized ? PEOPLE.get(owner) ?? memory.surnames.get(owner) : undefined;
    if (!source) return null;
    return closes ? { at: 0, start: k, end: tokens.length - 1, frames: true, posts: true, source } : { at: 0, start: k, end: tokens.length, heads: true, source };
  }
  return null;
}

/**
 * "Source: Zaporizhzhia OVA" closing a chart, a graphic or a table: the body its figures come from, and the
 * token the credit starts at (figures before it are credited; a credit line of its own credits the line before).
 */
export function creditedSource(tokens: Token[], memory: SpeakerMemory): { source: Source; at: number } | null {
  for (let k = 0; k < tokens.length - 2; k++) {
    if ((tokens[k].text !== "Source" && tokens[k].text !== "Sources") || tokens[k + 1].text !== ":") continue;
    // "Source: Zaporizhzhia OVA": a region's administration by its acronym
    const region = REGIONAL_OFFICE_ACRONYMS.has(tokens[k + 3]?.lower ?? "") ? placeByVariant(bare(tokens[k + 2].lower)) : undefined;
    if (region) return { source: regionalAdministrationOf(regionalCentreOf(region.name) ?? region.name), at: k };
    const found = sourceAfter(tokens, k + 2, memory);
    // ("Source: Al Jazeera and news agencies": an outlet crediting itself names no source)
    return found && !OUTLET_NAMES.has(found.source.name.toLowerCase()) ? { source: found.source, at: k } : null;
  }
  return null;
}

/** "Answered on 11 February 2025 by Ian Cradock, Minister for the Armed Forces": the minister voices the written answer below. */
function answeredBy(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  if (tokens[0]?.lower !== "answered") return null;
  for (let k = 1; k < Math.min(tokens.length - 2, 10); k++) {
    if (tokens[k].lower !== "by" || !tokens[k + 1].capitalized) continue;
    const name = nameAt(tokens, k + 1);
    const found = name && name.parts >= 2 ? personFound(name, memory, tokens, k + 1, false) : null;
    return found ? { at: 0, start: found.start, end: found.end, answers: true, source: found.source } : null;
  }
  return null;
}

/** "08:12 ·", "11:30 |": a post's time stamp opening a label line; the index after it (0 if none). */
function timeStampEnd(tokens: Token[]): number {
  if (tokens[0]?.kind !== "num" || tokens[1]?.text !== ":" || tokens[2]?.kind !== "num" || tokens[2].spaced) return 0;
  return POST_SEPARATORS.has(tokens[3]?.text ?? "") ? 4 : 3;
}

const POST_SEPARATORS = new Set(["|", "·", "•", "—", "–"]);
const SOURCE_PLACE_LINKS = new Set(["in", "of", "for"]);

/** "🔴 20:55 | SES in Dnipropetrovsk Oblast:": a timestamped entry's label naming the body that posted it. */
function postedBy(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  let seg = -1;
  for (let k = tokens.length - 2; k >= 0 && seg < 0; k--) if (POST_SEPARATORS.has(tokens[k].text)) seg = k + 1;
  const known = seg > 0 ? longestAt(sourcesByFirst, tokens, seg) : null;
  if (!known) return null;
  const end = seg + known.words.length;
  if (end !== tokens.length - 1 && !SOURCE_PLACE_LINKS.has(tokens[end].lower)) return null;
  return { at: 0, start: seg, end, frames: true, source: resolveGeneric(known.source, memory, tokens, seg) };
}

/** What a standing source speaks for: "the entries below", "the figures", "all posts". */
const STANDING_SUBJECTS = new Set(["entries", "posts", "figures", "data", "information", "updates", "reports", "messages", "numbers"]);
const UNLESS_NOTED = new Set(["stated", "noted", "indicated", "specified", "mentioned"]);

/**
 * "Unless otherwise stated, the entries below are from the city military administration's Telegram
 * channel.": the source of every figure that names none.
 */
export function standingSource(tokens: Token[], memory: SpeakerMemory): Source | null {
  if (tokens[0]?.lower !== "unless" || tokens[1]?.lower !== "otherwise" || !UNLESS_NOTED.has(tokens[2]?.lower ?? "")) return null;
  if (!tokens.some((t) => STANDING_SUBJECTS.has(t.lower))) return null; // not "photos are by AFP", "translations are by ..."
  for (let k = 3; k < tokens.length - 1; k++) {
    if (tokens[k].lower !== "from" && tokens[k].lower !== "by") continue;
    const named = sourceAfter(tokens, k + 1, memory)?.source;
    if (named) return named;
    for (let end = k + 2; end < Math.min(tokens.length, k + 8); end++) {
      const office = localOffice(tokens, end, memory);
      if (office) return office.source;
    }
    return null;
  }
  return null;
}

const CAPITALS_ONLY = /^\p{Lu}+$/u;
const MAX_LABEL_TOKENS = 8;

/**
 * A transcript's speaker label in capitals, ranks and all: "MAJ. GEN. PAT RYDER:", "MR MILLER:",
 * "QUESTION:". The colon's index, or -1.
 */
export function transcriptLabelEnd(tokens: Token[]): number {
  for (let k = 0; k < Math.min(tokens.length, MAX_LABEL_TOKENS); k++) {
    const token = tokens[k];
    if (token.text === ":") return k > 0 ? k : -1;
    if (token.text !== "." && !(token.kind === "word" && CAPITALS_ONLY.test(token.text))) return -1;
  }
  return -1;
}

/** The source stating the figure at token `at`: the nearest in its clause, else one after it. */
export function pickSource(mentions: SourceMention[], at: number, tokens: Token[]): SourceMention | null {
  let before: SourceMention | null = null;
  let after: SourceMention | null = null;
  let cited: SourceMention | null = null;
  for (const mention of mentions) {
    if (mention.weak) continue;
    if (mention.cites && mention.at <= at) cited = mention;
    else if (mention.at <= at && cited && before !== cited) cited = null; // a second speaker after the citer speaks for itself
    if (mention.at <= at) before = mention;
    else if (!after) after = mention;
  }
  if (cited && !hasSemicolon(tokens, cited.at, at)) return cited;
  if (after && hasSemicolon(tokens, at, after.start)) after = null; // "...; the air force said" speaks for its own clause
  // 'Prokudin: Yes: 87 killed, according to the police.': the source the speaker names beats the speaker's label
  if (after && before?.frames && tokens[before.end]?.text === ":") return after;
  return before ?? after ?? mentions.find((m) => m.weak) ?? null;
}

function hasSemicolon(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].text === ";") return true;
  return false;
}

const VERB_ADVERBS = new Set(["also", "later", "specifically", "further", "previously", "has", "have", "had", "reportedly", "then"]);

function sourceBefore(tokens: Token[], verb: number, memory: SpeakerMemory): Found | null {
  let k = verb - 1;
  while (k >= 0 && VERB_ADVERBS.has(tokens[k].lower)) k--;
  // '"Ukraine is now ...," said Anders Kjeldsen': the speaker follows; the quotation's words are not him
  if (CLOSING_QUOTES.has(tokens[k]?.text ?? "") && QUOTE_ENDS.has(tokens[k - 1]?.text ?? "")) return null;
  // "Maksym Hordiichuk, 31, told": the speaker's age between name and verb
  if (tokens[k]?.text === "," && tokens[k - 1]?.kind === "num" && tokens[k - 2]?.text === "," && tokens[k - 3]?.capitalized) k -= 3;
  if (k < 0) return null;
  const antecedent = tokens[k]?.text === "," ? relativeClauseAntecedent(tokens, k, memory) : null;
  if (antecedent) return antecedent;
  // "The General Staff's morning update put ...": the body whose document speaks
  if (DOCUMENT_NOUNS.has(tokens[k].lower)) {
    let owner = k - 1;
    while (owner > 0 && DOCUMENT_MODIFIERS.has(tokens[owner].lower)) owner--;
    if (owner >= 0 && /['’]s$/.test(tokens[owner].text)) {
      const known = longestEndingAt(tokens, owner);
      if (known) return { source: known, start: owner, end: k + 1 };
    }
  }
  // "the service's regional department said", "the ministry's press office said": the body so called
  const owner = UNIT_NOUNS.has(tokens[k].lower) ? [k - 1, k - 2].find((p) => p >= 1 && tokens[p].lower.endsWith("'s")) ?? -1 : -1;
  if (owner > 0 && tokens[owner - 1].lower === "the" && BODY_NOUNS.has(bare(tokens[owner].lower)) && memory.lastBody) {
    return { source: bodyCalled(bare(tokens[owner].lower), memory, tokens, owner - 1), start: owner - 1, end: k + 1 };
  }
  const pronoun = tokens[k].lower;
  const person = memory.lastNamed ?? memory.lastPerson;
  if ((pronoun === "he" || pronoun === "she") && person) return { source: person, start: k, end: k + 1 };
  if ((pronoun === "it" || pronoun === "they") && memory.lastBody) return { source: memory.lastBody, start: k, end: k + 1 };
  // "the Headquarters said": the headquarters the report named, if it named one ("the operational headquarters" is no other body)
  const headquarters = pronoun === "headquarters" && tokens[k - 1]?.lower === "the" ? namedHeadquarters(memory) : null;
  if (headquarters) return { source: headquarters, start: k - 1, end: k + 1 };
  // "..., the report says": the report of the body named last
  if (REPORT_NOUNS.has(pronoun) && tokens[k - 1]?.lower === "the" && memory.lastBody) return { source: memory.lastBody, start: k - 1, end: k + 1 };
  // "the fund said", "the agency added", "the think tank estimated": the body last named
  // (an adjective may come between: "the federal agency said", "the UN agency said")
  let article = pronoun === "tank" && tokens[k - 1]?.lower === "think" ? k - 2 : k - 1;
  if (BODY_NOUNS.has(pronoun) && tokens[article]?.lower !== "the" && tokens[article]?.kind === "word" && !tokens[article].capitalized && tokens[article - 1]?.lower === "the") article--;
  if ((BODY_NOUNS.has(pronoun) || article === k - 2) && tokens[article]?.lower === "the" && memory.lastBody) {
    return { source: bodyCalled(pronoun, memory, tokens, article), start: article, end: k + 1 };
  }
  // "The IMF said": an organisation by its acronym, as written, right before the verb
  if (ACRONYM.test(tokens[k].text) && memory.acronyms?.has(pronoun)) return { source: memory.acronyms.get(pronoun)!, start: k, end: k + 1 };
  if (ACRONYM.test(tokens[k].text) && !SOURCE_FIRST_WORDS.has(pronoun) && !REGIONAL_OFFICE_ACRONYMS.has(pronoun)) {
    return { source: ACRONYM_NAMES.get(tokens[k].text) ?? { name: tokens[k].text, side: null }, start: k, end: k + 1 };
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

/** "the Kupiansk RVA": a district's (raion's) military administration, named after its town ("RMA" is the English "regional"). */
function districtAdministration(place: Token, acronym: Token): Source | null {
  if (acronym.lower !== "rva") return null;
  const town = placeByVariant(bare(place.lower));
  return town?.kind === "city" ? { name: `${town.name} District Military Administration`, side: "ukraine" } : null;
}

/** Words before "department" that keep it a ministry's: "the department", "the defence department". */
const MINISTRY_DEPARTMENTS = new Set(["the", "defence", "defense", "state", "this", "that", "same"]);

/** "In Kherson region, ... the OVA said": the office of the region the sentence is about. */
function officeOfSentence(tokens: Token[]): Source | null {
  const centre = regionInSentence(tokens);
  return centre ? regionalAdministrationOf(centre) : null;
}

/** "Vadym Filashkin, head of the Donetsk Oblast Military Administration, said": the person, not their office. */
function holderOf(tokens: Token[], found: Found, memory: SpeakerMemory): Found | null {
  // (the appositive may run on: "Dmitry Medvedev, the deputy chairman of the Security Council who oversees recruitment, said")
  // ("..., head of the Vasylivka district police department:": the body's own department closes the appositive)
  const next = tokens[found.end]?.lower === "department" ? tokens[found.end + 1]?.lower : tokens[found.end]?.lower;
  if ((next !== "," && next !== "who" && next !== ":") || isPersonName(found.source.name)) return null;
  for (let comma = found.start - 1; comma > 0 && comma >= found.start - 6; comma--) {
    if (tokens[comma].text !== ",") continue;
    const holder = sourceEndingAt(tokens, comma, memory);
    if (holder && isPersonName(holder.source.name)) return holder;
    if (holder && found.source.name.endsWith(" officials")) return holder; // a known body before its description
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
  // most words end no source: a lower-case one must be a word some rule below accepts (sourceBefore asks ~18 times a verb)
  if (!last.capitalized && !LOWER_ENDINGS.has(bare(last.lower))) return null;
  if (isPrivatePersonAt(tokens, end - 1, memory)) return { source: LOCAL_RESIDENTS, start: end - 1, end };
  // "a 67-year-old woman told the Mission", "one local resident said": a private person, unnamed
  const unnamed = PRIVATE_PEOPLE.has(last.lower) && !OFFICIAL_MODIFIERS.has(tokens[end - 2]?.lower ?? "") ? articleBefore(tokens, end - 1) : -1;
  if (unnamed >= 0) return { source: LOCAL_RESIDENTS, start: unnamed, end };
  // "according to (the) prosecutors": the prosecutor's office of the region the report is about
  const prosecutors = last.lower === "prosecutors" && !tokens[end - 2]?.capitalized ? prosecutorsOf(memory) : null;
  if (prosecutors) return { source: prosecutors, start: end - 1, end };
  for (let start = LAST_WORDS.has(last.lower) ? Math.max(0, end - MAX_SOURCE_WORDS) : end; start < end; start++) {
    const known = longestAt(sourcesByFirst, tokens, start);
    if (known && start + known.words.length === end) {
      // "the district police department", "the city's transport department": a local department, no ministry
      if (known.words.length === 1 && tokens[start].lower === "department" && tokens[start - 1]?.kind === "word" && !tokens[start - 1].capitalized && !MINISTRY_DEPARTMENTS.has(tokens[start - 1].lower)) break;
      const org = orgEndingAt(tokens, end);
      if (org && org.start < start) return org; // "The Ministry of Reintegration", not just "Ministry"
      return { source: resolveGeneric(known.source, memory, tokens, start), start, end };
    }
  }
  const office = regionalOffice(tokens, end, memory) ?? localOffice(tokens, end);
  if (office) return office;
  // "the Kherson OVA": the office of the region named right before the acronym
  const ownRegion = REGIONAL_OFFICE_ACRONYMS.has(last.lower) && tokens[end - 2]?.capitalized ? districtAdministration(tokens[end - 2], last) ?? regionalAdministration([tokens[end - 2].text, "Regional", "Administration"]) : null;
  if (ownRegion) return { source: ownRegion, start: end - 2, end };
  const acronym = ACRONYM.test(last.text) ? memory.acronyms?.get(last.lower) ?? (REGIONAL_OFFICE_ACRONYMS.has(last.lower) ? memory.lastOffice ?? officeOfSentence(tokens) : null) : null;
  if (acronym) return { source: acronym, start: end - 1, end };
  // "The Ukrainians report", "the Russians claim": a side speaking as a whole is its officials
  if (DEMONYMS.has(last.lower) && tokens[end - 2]?.lower === "the") {
    const side = SIDE_WORDS.get(last.lower)!;
    return { source: { name: `${SIDE_ADJECTIVE[side]} officials`, side }, start: end - 2, end };
  }
  const capital = CAPITALS.get(last.lower);
  // "the mission in Ukraine has verified": a place after "in" is not the speaker
  if (capital && last?.capitalized && tokens[end - 2]?.lower !== "in") return { source: { name: `${SIDE_ADJECTIVE[capital]} officials`, side: capital }, start: end - 1, end };
  let article = end - 2; // "the governor", "the Defence Secretary"
  while (article >= 0 && article > end - 4 && TITLES.has(tokens[article].lower)) article--;
  // Guarded, not tokens[-1]?.: a negative index leaves V8's fast element path (30% of all extraction time).
  // "per Vyacheslav Gladkov, ... the governor said": a regional head named since the last "Governor X" is the governor
  const head = last.lower === "governor" && memory.lastNamed?.region ? memory.lastNamed : undefined;
  // "..., the regional governor said" with no governor named yet: the head the lexicon knows for the sentence's region
  const regional = last.lower === "governor" && !head && !memory.titles?.get(last.lower) ? REGIONAL_HEADS.get(regionInSentence(tokens) ?? "") : undefined;
  const titled = article >= 0 && tokens[article].lower === "the" ? head ?? memory.titles?.get(last.lower) ?? regional : undefined;
  if (titled) return { source: titled, start: article, end };
  // "the official said": the unnamed official quoted before
  // ("the same officials put Russian deaths at ...")
  const same = tokens[end - 2]?.lower === "same" ? 1 : 0;
  if (OFFICIAL_NOUNS.has(last.lower) && tokens[end - 2 - same]?.lower === "the" && memory.lastOfficials) {
    return { source: memory.lastOfficials, start: end - 2 - same, end };
  }
  if (UNIT_WORDS.has(last.lower) && last.capitalized) { // "The 3rd Separate Assault Brigade reported"
    let first = end - 1;
    while (first > 0 && tokens[first - 1].capitalized && tokens[first - 1].kind === "word") first--;
    const unit = unitSource(tokens, first, end);
    if (!unit.source.name.endsWith(" officials")) return unit;
  }
  if (OFFICIAL_WORDS.has(last.lower) && tokens[end - 2]?.lower === "our") return null; // "Our sources report": the author's own
  if (OFFICIAL_WORDS.has(last.lower)) return { source: officials(tokens, end - 1), start: end - 1, end };
  const org = orgEndingAt(tokens, end);
  if (org) return org;
  let start = end - 1;
  for (;;) {
    // "Władysław Kosiniak-Kamysz said": back over a double-barrelled surname's hyphen
    if (start > 1 && tokens[start - 1].text === "-" && !tokens[start - 1].spaced && !tokens[start].spaced && tokens[start - 2].capitalized) start -= 2;
    else if (start > 0 && tokens[start - 1]?.capitalized && !NOT_NAME.has(tokens[start - 1].lower) && !TITLES.has(tokens[start - 1].lower)) start--;
    else break;
  }
  // "Commissioner for Human Rights Dmytro Lubinets said": the person starts at the first name
  start = firstNameWithin(tokens, start);
  // "Kharkivoblenergo said", "Infoxvodokanal reported": a utility by its one-word name
  if (end - start === 1 && UTILITY.test(tokens[start].lower)) return { source: { name: tokens[start].text, side: "ukraine" }, start, end };
  const name = nameAt(tokens, start);
  if (!name || start + name.words !== end || STREET_WORDS.has(tokens[end - 1].lower)) return null; // not "Vladimir Nevsky Street"
  return personFound(name, memory, tokens, start, true);
}

/**
 * "the head of the Nikopol District Military Administration, Yevhen Yevtushenko,": the person named after
 * the office whose head `of` (the index of "of") introduces. The office's name may be long ("the head of
 * the Main Directorate of the National Police in Kharkiv Oblast, Volodymyr Tymoshko.").
 */
function headNamedAfter(tokens: Token[], of: number, memory: SpeakerMemory): Found | null {
  for (let j = of + 1; j < Math.min(tokens.length, of + 14); j++) {
    if (tokens[j].text !== ",") continue;
    const named = nameAt(tokens, j + 1);
    const closes = tokens[j + 1 + (named?.words ?? 0)]?.text;
    if (named && named.parts >= 2 && (closes === "," || closes === ":" || closes === "." || closes === undefined)) return personFound(named, memory, tokens, j + 1, false);
    return null;
  }
  return null;
}

function sourceAfter(tokens: Token[], i: number, memory: SpeakerMemory, inverted = false): Found | null {
  if (inverted && tokens[i]?.kind === "punct") return null;
  // "said Kit, 34, the commander of a drone team ... identified by his call sign": a soldier, not a private person
  if (inverted && tokens[i]?.capitalized && hasCallSign(tokens) && !PEOPLE.has(tokens[i].lower)) return callSignSoldier(tokens, i, memory);
  if (inverted && isPrivatePersonAt(tokens, i, memory)) return { source: LOCAL_RESIDENTS, start: i, end: i + 1 }; // "says Serhiy, 58,"
  if (inverted && tokens[i]?.lower === "by") i++; // "as published by the OVA", "figures released by the ministry"
  const pronoun = tokens[i]?.lower;
  const person = memory.lastNamed ?? memory.lastPerson;
  if (!inverted && (pronoun === "him" || pronoun === "her") && person) return { source: person, start: i, end: i + 1 }; // "According to her, ..."
  // "According to the report", "according to the statement": the body whose document it is
  // ("citing the same briefing": the body whose briefing the report before quoted)
  const same = tokens[i + 1]?.lower === "same" ? 1 : 0;
  const document = pronoun === "the" || pronoun === "its" || pronoun === "this" ? tokens[i + 1 + same]?.lower ?? "" : "";
  if ((!inverted || same) && DOCUMENT_NOUNS.has(document) && (memory.lastBody ?? person)) return { source: (memory.lastBody ?? person)!, start: i, end: i + 2 + same };
  // "according to the head of the Nikopol District Military Administration, Yevhen Yevtushenko,": the head, not his office
  const headAt = tokens[i]?.lower === "the" ? i + 1 : i;
  if (HEADS.has(tokens[headAt]?.lower ?? "") && tokens[headAt + 1]?.lower === "of") {
    const named = headNamedAfter(tokens, headAt + 1, memory);
    if (named) return named;
  }
  if (!inverted || tokens[i - 1]?.lower === "from") {
    // "according to Ukraine's ground forces commander, Oleksandr Syrskyi", "figures from Ukraine's human rights commissioner, Dmytro Lubinets"
    // "According to Stasiuk, the ministry delivered ...": a surname named before speaks; what follows its comma is the sentence
    const surname = tokens[i]?.capitalized && tokens[i + 1]?.text === "," ? memory.surnames.get(tokens[i].lower) ?? PEOPLE.get(tokens[i].lower) : undefined;
    if (surname && surname !== LOCAL_RESIDENTS) return { source: surname, start: i, end: i + 1 };
    let commas = 0;
    for (let k = i; k < Math.min(tokens.length, i + 10); k++) {
      if (tokens[k].text === ",") {
        if (++commas > 1) break;
        continue;
      }
      const office = officeOf(tokens, k, memory);
      if (office) return office;
      const known = longestAt(sourcesByFirst, tokens, k);
      if (known) {
        // "the Ministry of Reintegration" read whole, not its "Ministry"; but "the International Committee of the
        // Red Cross" is the lexicon's, not the "International Committee" the capitals alone would give
        const org = orgAt(tokens, k);
        return org && org.end > k + known.words.length ? org : { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
      }
      const regional = regionalOffice(tokens, k + 1, memory) ?? localOffice(tokens, k + 1);
      if (regional) return regional;
      // "according to preliminary data from the OVA": the regional office last named
      if (memory.lastOffice && REGIONAL_OFFICE_ACRONYMS.has(tokens[k].lower) && ACRONYM.test(tokens[k].text)) return { source: memory.lastOffice, start: k, end: k + 1 };
      const org = orgAt(tokens, k);
      if (org) return org;
      const name = tokens[k]?.capitalized ? nameAt(tokens, k) : null;
      if (name && name.parts >= 2) return personFound(name, memory, tokens, k, false);
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
  const channel = channelNamed(tokens, k);
  if (channel) return channel;
  const written = tokens[k] && ACRONYM.test(tokens[k].text) ? tokens[k].lower : "";
  const acronym = memory.acronyms?.get(written) ?? (REGIONAL_OFFICE_ACRONYMS.has(written) ? memory.lastOffice : null);
  if (acronym) return { source: acronym, start: k, end: k + 1 };
  for (let end = k + 2; end <= k + 5 && end <= tokens.length; end++) {
    const office = localOffice(tokens, end); // "said the Kherson city military administration"
    if (office && office.start <= k) return office;
  }
  const titled = k > i && tokens[k - 1] && TITLES.has(tokens[k - 1].lower) && !tokens[k]?.capitalized ? memory.titles?.get(tokens[k - 1].lower) : undefined;
  if (titled) return { source: titled, start: k - 1, end: k };
  const org = orgAt(tokens, k);
  if (org) return org;
  const known = longestAt(sourcesByFirst, tokens, k);
  if (known) return { source: resolveGeneric(known.source, memory, tokens, k), start: k, end: k + known.words.length };
  if (OFFICIAL_WORDS.has(tokens[k + 1]?.lower ?? "") || OFFICIAL_WORDS.has(tokens[k]?.lower ?? "")) {
    // "citing US officials": the word before "officials" says whose they are
    return { source: officials(tokens, OFFICIAL_WORDS.has(tokens[k + 1]?.lower ?? "") ? k + 1 : k), start: k, end: k + 2 };
  }
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
  // "According to the Mission": the body named before whose name has that noun
  if (k > i && BODY_NOUNS.has(tokens[k].lower) && memory.lastBody && !tokens[k + 1]?.capitalized) return { source: bodyCalled(tokens[k].lower, memory, tokens, k - 1), start: k - 1, end: k + 1 };
  // "According to the report, ...": the report of the body named last ("the group said in its weekly report")
  if (k > i && REPORT_NOUNS.has(tokens[k].lower) && tokens[k - 1].lower === "the" && memory.lastBody && !tokens[k + 1]?.capitalized) return { source: memory.lastBody, start: k - 1, end: k + 1 };
  const name = nameAt(tokens, k);
  if (!name) return null;
  if (name.parts >= 2) return personFound(name, memory, tokens, k, false);
  const known2 = memory.surnames.get(name.surname) ?? PEOPLE.get(name.surname);
  if (known2) return { source: known2, start: k, end: k + 1 };
  // 'said Shaman, who asked to be identified only by his call sign': a soldier known by his call sign speaks for his side
  if (tokens[k]?.capitalized && hasCallSign(tokens)) return callSignSoldier(tokens, k, memory);
  return tokens[k]?.capitalized && !inverted ? { source: { name: tokens[k].text.replace(/['’]s$/, ""), side: null }, start: k, end: k + 1 } : null;
}

/** A soldier named by his call sign: his side's officials, then and whenever the report names him again. */
function callSignSoldier(tokens: Token[], k: number, memory: SpeakerMemory): Found {
  const source = officials(tokens, k);
  memory.surnames.set(tokens[k].lower, source);
  memory.lastNamed = source;
  return { source, start: k, end: k + 1 };
}

/** "call sign", "callsign", "nom de guerre": a soldier named by a pseudonym. */
function hasCallSign(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (word === "callsign" || (word === "call" && (tokens[k + 1]?.lower === "sign" || tokens[k + 2]?.lower === "sign"))) return true;
  }
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

/** A person's full name as the report or the lexicon spells it; a surname alone only when known. */
function personFound(name: NameMatch, memory: SpeakerMemory, tokens: Token[], start: number, isBefore: boolean): Found | null {
  const end = start + name.words;
  const known = memory.surnames.get(name.surname) ?? PEOPLE.get(name.surname); // the report's own naming first
  if (UNIT_WORDS.has(name.surname)) return unitSource(tokens, start, end); // "a soldier of the 57th Brigade told"
  if (name.parts >= 2) return { source: knownPerson(name) ?? { name: name.text, side: known?.side ?? sideNear(tokens, start) }, start, end };
  return known && (isBefore || name.parts === 1) ? { source: known, start, end } : null;
}

/**
 * "the ministry", "the MoD": the ministry last named, else the Russian one (the usual author of such
 * bulletins). "the agriculture ministry" is another ministry, named as written.
 */
function resolveGeneric(source: Source, memory: SpeakerMemory, tokens: Token[], start: number): Source {
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
function officeOf(tokens: Token[], k: number, memory: SpeakerMemory): Found | null {
  const owner = tokens[k]?.lower;
  if ((owner !== "his" && owner !== "her") || tokens[k + 1]?.lower !== "office") return null;
  const region = memory.lastNamed?.region;
  return region ? { source: regionalAdministrationOf(region), start: k, end: k + 2 } : null;
}

/** Every word that can open a source in findSources, so that the loop skips all others at once. */
const SOURCE_TRIGGERS = new WordSet([
  ...DASHES, ...SPEECH_VERBS, ...SHOW_VERBS, ...PUT_AT_VERBS, ...DATA_NOUNS, ...HEADS, "according", "per", "(", "from", "by", "regional", "oblast",
]);

/** Every lower-case word some rule of sourceEndingAt can end a source on (known names, officials, titles, offices). */
const LOWER_ENDINGS = new Set([
  ...LAST_WORDS, ...OFFICIAL_WORDS, ...OFFICIAL_NOUNS, ...PRIVATE_PEOPLE, ...TITLES, ...DEMONYMS, ...OFFICE_WORDS,
]);
