import { placeByVariant, regionalCentreOf } from "./data/gazetteer";
import { GENERIC_MINISTRY, MAYORS, PEOPLE, REGIONAL_OFFICE_ACRONYMS, TITLES, UNIT_WORDS, type Source } from "./data/sources";
import { MONTHS } from "./data/periods";
import { cellsOf } from "./tables";
import { longestAt } from "./phrases";
import { personByFirstName, personByInitials, personBySurname, personNamedLater, type SpeakerMemory } from "./speaker-memory";
import { FIRST_NAMES, isFirstName } from "./data/first-names";
import { OUTLET_NAMES } from "./data/outlets";
import { mastheadLines } from "./headline";
import { orgAt, governorOf, localOffice, regionalAdministrationOf, nameAt, sideNear, bare, sourcesByFirst, isAcronym, isFirstNameOf } from "./speaker-names";
import { ALL_CAPITALS, DASHES, tokenize, type Token } from "./tokenize";
import { BODY_NOUNS, bodyCalled, DATA_NOUNS, DEPUTIES, DOCUMENT_MODIFIERS, DOCUMENT_NOUNS, HEADS, MAX_SOURCE_WORDS, ownerByAcronym, personFound, resolveGeneric, type SourceMention } from "./source-resolution";
import { OWNED_DOCUMENTS, sourceAfter } from "./source-phrases";

// Lines that name whose words follow: speaker labels ("Trehubov:"), post headers ("08:12 · Borys Filatov"),
// "The brigade's post:", "Answered ... by ...", "Source: ...", "Unless otherwise stated, ...", transcript labels.

/** What a line naming whose posts follow calls them: "Lysak's message:", "the governor's posts". */
const POST_NOUNS = new Set([...DOCUMENT_NOUNS, "posts", "messages", "updates", "reports"]);

const MAX_ROLE_LABEL_WORDS = 3;

/** Titles that name a holder on their own ("MAYOR:"), unlike adjectives of titles ("Defence:"). */
const ROLE_TITLES = new Set(["mayor", "governor", "spokesperson", "spokesman", "spokeswoman", "commander", "minister", "president", "ombudsman", "commissioner"]);

/** A line led by its speaker and a colon: "Zelensky: about 120 missiles", "Air force: 104 missiles", "Trehubov: The enemy is ...". */
const MAX_TITLE_LABEL_WORDS = 12;
const LABEL_QUOTE_MARKS = new Set(['"', "“", "«", "„"]);

/** 'Artem Kobzar, acting mayor of Sumy: "..."': a person's full name at `o`, his title after a comma, a colon, a quotation. */
function titledQuoteLabel(tokens: Token[], o: number, memory: SpeakerMemory): SourceMention | null {
  if (!tokens[o]?.capitalized || !FIRST_NAMES.has(tokens[o].lower)) return null;
  const name = nameAt(tokens, o);
  const comma = name && name.parts >= 2 ? o + name.words : -1;
  if (comma < 0 || tokens[comma]?.text !== ",") return null;
  let colon = comma + 1;
  while (colon < tokens.length && colon - comma <= MAX_TITLE_LABEL_WORDS && (tokens[colon].kind === "word" || tokens[colon].text === "-")) colon++;
  if (colon === comma + 1 || tokens[colon]?.text !== ":" || !LABEL_QUOTE_MARKS.has(tokens[colon + 1]?.text ?? "")) return null;
  const found = personFound(name!, memory, tokens, o, true);
  return found ? { at: 0, start: o, end: colon, frames: true, source: found.source } : null;
}

export function speakerLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  // "▪️ 📌 MoD data: ...", "• Air Force: ...": a list's bullet marks before the label ("11:30 · Honcharenko:": or a time)
  const timeCode = timeCodeEnd(tokens); // ("[00:05:19] BESEDIN: Good morning.")
  let o = timeCode || timeStampEnd(tokens);
  while (o < 3 && !timeCode && tokens[o]?.kind === "punct" && tokens[o].text !== ":") o++;
  if (o > 0 && tokens[o]?.kind === "punct") return null;
  // "SHMYHAL D.A., Minister of Defence of Ukraine.", "SHMYHAL D.A.": a parliamentary transcript's speaker by surname and initials
  const initialled = o === 0 ? initialledLabelEnd(tokens) : -1;
  if (initialled > 0 && !ROLE_LABELS.has(tokens[0].lower)) {
    const surname = tokens[0].lower;
    const source = personKnownBy(memory, surname) ?? { name: tokens[0].text.charAt(0) + surname.slice(1), side: null };
    return { at: 0, start: 0, end: initialled, frames: true, source };
  }
  if (!hasColonNear(tokens, o)) return null; // most sentences have no label: one short scan, no lookups
  const timed = o === 0 ? timedLabel(tokens, memory) : null;
  if (timed) return timed;
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
  const colon = afterKnown > 0 ? afterKnown : tokens[o + 1]?.text === ":" ? o + 1 : tokens[o + 2]?.text === ":" ? o + 2 : tokens[o + 3]?.text === ":" ? o + 3 : o === timeCode ? labelColonAtStart(tokens, o) : -1;
  // ('Artem Kobzar, acting mayor of Sumy: "The city was attacked by 4 drones"': a person, his title, then his words in quotes)
  const quoted = colon < 0 ? titledQuoteLabel(tokens, o, memory) : null;
  if (quoted) return quoted;
  // 'CLIP (Kiper, 0'15"): "14 flats were damaged."': a broadcast script's recorded speaker, named in the bracket
  const clip = CLIP_LABELS.has(tokens[o]?.text ?? "") && tokens[o + 1]?.text === "(" ? clipSpeaker(tokens, o + 2, memory) : null;
  if (clip) return clip;
  // "🇷🇺 MoD data for the day:" over a list: a body's figures heading the lines under it, the line ending in its colon
  const dataAt = known ? o + known.words.length : -1;
  if (known && DATA_NOUNS.has(tokens[dataAt]?.lower ?? "") && tokens[tokens.length - 1].text === ":" && tokens.length - dataAt <= MAX_DATA_HEADING) {
    return { at: 0, start: o, end: tokens.length - 1, frames: true, source: resolveGeneric(known.source, memory, tokens, o) };
  }
  if (colon < 0 && tokens[o]?.capitalized && tokens[o + 1]?.text === "(") {
    // "Balitsky (Zaporizhzhia Oblast): 62 schools reopened": a known person, their region in brackets
    const close = tokens.findIndex((t, k) => k > o + 1 && k < o + 6 && t.text === ")");
    const person = close > 0 && tokens[close + 1]?.text === ":" ? personBySurname(memory, tokens[o].lower) : undefined;
    if (person) return { at: 0, start: o, end: close + 1, frames: true, source: person };
  }
  if (colon < 0 && tokens[o]?.capitalized && tokens[o + 1]?.lower === "on") {
    // "Ihnat on the night attack: 97 of 146 drones shot down": a person's account of a topic
    const close = tokens.findIndex((t, k) => k > o + 2 && k < o + 8 && t.text === ":");
    const person = close > 0 ? personKnownBy(memory, tokens[o].lower) : undefined;
    if (person) return { at: 0, start: o, end: close, frames: true, source: person };
  }
  // 'Andrii Besedin, head of the Kupiansk District Military Administration: "..."': a person named in full, his title, the colon
  const namedWithTitle = colon < 0 ? titledNameLabel(tokens, o, memory) : null;
  if (namedWithTitle) return namedWithTitle;
  // ("Odesa Regional Clinical Hospital: 7 of the injured are being treated with us": a body's name longer than a short label's)
  const longOrg = colon < 0 && tokens[o]?.capitalized ? orgAt(tokens, o) : null;
  if (longOrg && tokens[longOrg.end]?.text === ":") return { at: 0, start: o, end: longOrg.end, frames: true, source: longOrg.source };
  if (colon < 0 || !tokens[o]?.capitalized) return null;
  // "Air Force data:", "General Staff figures:": the body's numbers follow
  const labelled = known && (known.words.length === colon - o || (known.words.length === colon - o - 1 && DATA_NOUNS.has(tokens[colon - 1].lower)));
  if (known && labelled) return { at: 0, start: o, end: colon, frames: true, source: resolveGeneric(known.source, memory, tokens, o) };
  // "SES in Odesa: rescuers worked for 6 hours": a body's local branch heading its line
  const local = known && !labelled && tokens[o + known.words.length]?.lower === "in" && colon > o + known.words.length + 1 && !!placeByVariant(bare(tokens.slice(o + known.words.length + 1, colon).map((t) => t.lower).join(" ")));
  if (local) return { at: 0, start: o, end: colon, frames: true, source: resolveGeneric(known!.source, memory, tokens, o) };
  // ("KhMVA: a Russian guided aerial bomb hit ...": a body by the acronym the page gave it, "(KhMVA)")
  const acronym = colon === o + 1 ? memory.acronyms?.get(tokens[o].lower) : undefined;
  if (acronym && isAcronym(tokens[o].text)) return { at: 0, start: o, end: colon, frames: true, source: acronym };
  // "Kherson OVA: Russians attacked 46 settlements": a region's administration by its acronym
  const region = colon === o + 2 && REGIONAL_OFFICE_ACRONYMS.has(tokens[o + 1].lower) ? placeByVariant(bare(tokens[o].lower)) : undefined;
  if (region) return { at: 0, start: o, end: colon, frames: true, source: regionalAdministrationOf(regionalCentreOf(region.name) ?? region.name) };
  // "Kursk governor: 3,000 residents of the border district to be evacuated": the governor of the region it names
  // ("Lviv mayor: 2 killed, 15 injured ...": the mayor the lexicon knows for the city it names)
  const office = colon === o + 2 ? tokens[o + 1].lower : "";
  const place = office === "governor" || office === "mayor" ? placeByVariant(bare(tokens[o].lower)) : undefined;
  const holder = place ? (office === "mayor" ? MAYORS.get(place.name) : governorOf(place)) : undefined;
  if (holder) return { at: 0, start: o, end: colon, frames: true, source: holder };
  // ("HEAD OF POLICE:" after "the Head of the National Police Ivan Vyhivskyi" was named: the head the page named for that
  // office, not a body called "Head of Police")
  const headed = HEADS.has(tokens[o].lower) && tokens[o + 1]?.lower === "of" && colon - o <= MAX_ROLE_LABEL_WORDS ? holderOfOfficeNamed(tokens.slice(o + 2, colon), memory) : undefined;
  if (headed) return { at: 0, start: o, end: colon, frames: true, source: headed };
  const org = orgAt(tokens, o); // "MINISTRY OF ENERGY: EMERGENCY OUTAGES IN SIX REGIONS"
  if (org && org.end === colon) return { at: 0, start: o, end: colon, frames: true, source: org.source };
  // ("GLADKOV (via video link):": the name before the bracket)
  const open = tokens[colon - 1].text === ")" ? tokens.findIndex((t, j) => j > o && j < colon && t.text === "(") : -1;
  const nameEnd = open > o ? open : colon;
  const surname = tokens[nameEnd - 1].lower;
  // "MAYOR: ...": a role heading a section is the holder the report named
  // ("SES SPOKESPERSON:", a transcript's turn: the role after its body's short name, in capitals)
  // (not a deputy's: "DEPUTY MAYOR:" is not the mayor)
  const isRoleLabel = colon - o === 1 || (colon - o <= MAX_ROLE_LABEL_WORDS && tokens.slice(o, colon).every((t) => t.kind === "word" && t.text === t.text.toUpperCase() && !DEPUTIES.has(t.lower)));
  const titled = isRoleLabel && ROLE_TITLES.has(surname) ? memory.titles?.get(surname) : undefined;
  if (titled) return { at: 0, start: o, end: colon, frames: true, source: titled };
  // (not one of another first name: "Vladyslav Voloshyn:" is no "Nazar Voloshyn" the lexicon knows)
  const given = nameEnd - o >= 2 && isFirstName(tokens[nameEnd - 2].lower) ? tokens[nameEnd - 2].lower : null;
  const person = tokens[nameEnd - 1]?.capitalized ? (given ? personCalled(memory, given, surname) : personKnownBy(memory, surname)) : undefined;
  if (person) return { at: 0, start: o, end: colon, frames: true, source: person };
  // ("MYKOLA:" after "With me are Mykola Danyliuk, a military analyst, ...": a guest labelled by his first name)
  const guest = nameEnd - o === 1 && isFirstName(surname) ? personByFirstName(memory, surname) : undefined;
  if (guest) return { at: 0, start: o, end: colon, frames: true, source: guest };
  // ("YI:" after "YURII IHNAT: Thank you, happy to be here.": an official the lexicon knows, by his initials once named in
  // full; not a host, "OL:", whose questions are no one's figures, nor an outlet, "NV:")
  const byInitials = colon === o + 1 && INITIALS.test(tokens[o].text) ? personByInitials(memory, tokens[o].text) : undefined;
  if (byInitials && PEOPLE.get(byInitials.name.slice(byInitials.name.lastIndexOf(" ") + 1).toLowerCase())?.name === byInitials.name) return { at: 0, start: o, end: colon, frames: true, source: byInitials };
  // "Fedorov's evening summary:", "Lysak's update:": a known person's document heading what follows
  const owner = tokens[o]?.capitalized && /['’]s$/.test(tokens[o].text) ? bare(tokens[o].lower) : "";
  // ("Khinshtein's day:", "Lysak's week:": a person's account of a period)
  const owned = owner && colon - o <= 3 && (DOCUMENT_NOUNS.has(tokens[colon - 1].lower) || ACCOUNT_PERIODS.has(tokens[colon - 1].lower)) ? personKnownBy(memory, owner) : undefined;
  if (owned) return { at: 0, start: o, end: colon, frames: true, source: owned };
  // "Tymur Tkachenko:" heading a post: a first name and a surname, named for the first time
  // ("SECRETARY GENERAL MARK RUTTE:", a transcript's turn: the same after the speaker's title)
  const first = colon - 2;
  // ("PENTAGON PRESS SECRETARY AIR FORCE MAJ. GEN. PAT RYDER:": abbreviated ranks' stops among the title's words)
  const afterTitle = first > o && tokens.slice(o, first).every((t) => (t.kind === "word" && t.capitalized) || (t.text === "." && t.spaced === false));
  // ("DEPUTY PENTAGON PRESS SECRETARY SABRINA SINGH:": after an office's title, any first name the list may lack)
  const titledTurn = afterTitle && tokens.slice(o, first).some((t) => TITLES.has(t.lower));
  const name = (first === o || afterTitle) && (FIRST_NAMES.has(tokens[first].lower) || titledTurn) && tokens[first + 1].capitalized ? nameAt(tokens, first) : null;
  return name?.parts === 2 ? { at: 0, start: o, end: colon, frames: true, source: { name: name.text, side: sideNear(tokens, first) } } : null;
}

/** The holder the page named for the office whose name has every one of `words` ("POLICE": "National Police of Ukraine"). */
function holderOfOfficeNamed(words: Token[], memory: SpeakerMemory): Source | undefined {
  const wanted = words.filter((t) => t.lower !== "the").map((t) => t.lower);
  if (!wanted.length || words.some((t) => t.kind !== "word" || t.text !== t.text.toUpperCase())) return undefined;
  let holder: Source | undefined; // (the office named last, as a later "the head of the OVA" reads)
  for (const [office, person] of memory.holders ?? []) {
    const named = office.toLowerCase().split(" ");
    if (wanted.every((word) => named.includes(word))) holder = person;
  }
  return holder;
}

/** A speaker's initials as a transcript labels the turns after his first: "YI", "OL". */
const INITIALS = /^[A-Z]{2,3}$/;

/** "data for the day:", "figures as of 22:00:": how far a data heading's words run after its body's name. */
const MAX_DATA_HEADING = 8;

/** Where a label opening the line (after any time code) ends in its colon: a transcript's "QUESTION:", else a titled name's; -1 if neither. */
function labelColonAtStart(tokens: Token[], o: number): number {
  const end = transcriptLabelEnd(tokens, o);
  return end > 0 ? end : titledNameColon(tokens, o);
}

/**
 * "NATO Secretary General Mark Rutte: Thank you.": a speaker's title in ordinary case before a first name and a surname and
 * the colon; where that colon is, else -1 (the title read with the name by the label's last rule).
 */
function titledNameColon(tokens: Token[], o: number): number {
  for (let k = o + 3; k < Math.min(tokens.length, o + MAX_LABEL_TOKENS); k++) {
    if (tokens[k].text !== ":") continue;
    return FIRST_NAMES.has(tokens[k - 2].lower) && tokens[k - 1].capitalized && tokens.slice(o, k).every((t) => (t.kind === "word" && t.capitalized) || (t.text === "." && !t.spaced)) ? k : -1;
  }
  return -1;
}

/** "First Last, head of ...:" opening a line: the person, when a title follows the comma and nothing but its words runs to the colon. */
function titledNameLabel(tokens: Token[], o: number, memory: SpeakerMemory): SourceMention | null {
  if (!FIRST_NAMES.has(tokens[o]?.lower ?? "") || !tokens[o + 1]?.capitalized) return null;
  // ("RUI TAVARES MOREIRA, Minister of ...:": a second surname before the comma)
  const comma = tokens[o + 2]?.text === "," ? o + 2 : tokens[o + 2]?.capitalized && tokens[o + 2].kind === "word" && tokens[o + 3]?.text === "," ? o + 3 : -1;
  if (comma < 0) return null;
  const title = tokens[comma + 1]?.lower === "the" ? comma + 2 : comma + 1;
  // ("VLADYSLAV VOLOSHYN, Southern Defence Forces:": the body he speaks for in his title's place)
  const body = TITLES.has(tokens[title]?.lower ?? "") ? null : (longestAt(sourcesByFirst, tokens, title)?.words.length ?? (orgAt(tokens, title)?.end ?? title) - title);
  if (body !== null && tokens[title + body]?.text !== ":") return null;
  for (let k = title + 1; k < Math.min(tokens.length, title + 14); k++) {
    if (tokens[k].text === ":") {
      const name = nameAt(tokens, o);
      if (name?.parts !== comma - o) return null;
      return { at: 0, start: o, end: k, frames: true, source: personCalled(memory, tokens[o].lower, tokens[o + 1].lower) ?? { name: name.text, side: sideNear(tokens, o) } };
    }
    if (tokens[k].kind !== "word" && tokens[k].text !== "-" && tokens[k].text !== "'") return null;
  }
  return null;
}

const CLIP_LABELS = new Set(["CLIP", "SYNC", "SOUNDBITE", "BITE", "INSERT", "ACTUALITY"]);

/** "[19:02:30] SYNC, Yaroslav, resident: ...", "CLIP (Kiper, 0'15"): ...": a recorded quote a broadcast plays in its report. */
export function isClipLine(tokens: Token[]): boolean {
  // (after a broadcast's time code in brackets, "[19:02:30]", or a post's "08:12 ·")
  const code = tokens[0]?.text === "[" ? tokens.findIndex((t, k) => k < 9 && t.text === "]") + 1 : 0;
  const o = code > 0 ? code : timeStampEnd(tokens);
  return CLIP_LABELS.has(tokens[o]?.text ?? "");
}

/** The person a clip label's bracket names ("Kiper, 0'15\"", "Oleh Kiper") when the bracket closes right before a colon. */
function clipSpeaker(tokens: Token[], from: number, memory: SpeakerMemory): SourceMention | null {
  let end = from;
  while (end < from + 4 && tokens[end]?.kind === "word" && tokens[end].capitalized) end++;
  if (end === from) return null;
  let close = end;
  while (close < from + 12 && close < tokens.length && tokens[close].text !== ")") close++;
  if (tokens[close]?.text !== ")" || tokens[close + 1]?.text !== ":") return null;
  const name = end - from >= 2 ? nameAt(tokens, from) : null;
  const source = personKnownBy(memory, tokens[end - 1].lower) ?? (name && name.parts >= 2 ? { name: name.text, side: null } : undefined);
  return source ? { at: 0, start: from - 2, end: close + 1, frames: true, source } : null;
}

/**
 * "Piotr Halloran (00:03:52):" on a line of its own, a recorded transcript's turn: the person named before the time
 * stamp speaks for the lines under it.
 */
function timedLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  const last = tokens.length - 1;
  if (tokens[last]?.text !== ":" || tokens[last - 1]?.text !== ")" || tokens.length > 14) return null;
  let open = last - 2;
  while (open > 0 && (tokens[open].kind === "num" || tokens[open].text === ":")) open--;
  if (tokens[open]?.text !== "(" || open === last - 2) return null;
  const name = tokens[0].capitalized ? nameAt(tokens, 0) : null;
  if (!name || name.parts < 2 || name.words !== open) return null;
  const found = personFound(name, memory, tokens, 0, false);
  return found ? { at: 0, start: 0, end: open, frames: true, source: found.source } : null;
}

/** The periods a person's account is headed by: "Khinshtein's day:", "Lysak's week:". */
const ACCOUNT_PERIODS = new Set(["day", "night", "week", "month", "year"]);

/** The person a label's surname stands for, known so far or named in full further down ("Honcharenko:" heading the page). */
function personKnownBy(memory: SpeakerMemory, surname: string): Source | undefined {
  return personBySurname(memory, surname) ?? personNamedLater(memory, surname);
}

/** The person known by `surname`, if their first name can be `first` (lower case): "Vladyslav Voloshyn" is not "Nazar Voloshyn". */
function personCalled(memory: SpeakerMemory, first: string, surname: string): Source | undefined {
  const person = personKnownBy(memory, surname);
  return person && isFirstNameOf(person, first) ? person : undefined;
}

/** A colon within a label's reach of `o` (a known name of up to MAX_SOURCE_WORDS, or a transcript's label). */
function hasColonNear(tokens: Token[], o: number): boolean {
  for (let k = o + 1; k < Math.min(tokens.length, o + Math.max(MAX_SOURCE_WORDS, MAX_LABEL_TOKENS) + 1); k++) if (tokens[k].text === ":") return true;
  return false;
}

/** "Roman Mrochko, head of the Kherson City Military Administration:" on a line of its own heads his post. */
export function titledLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  const o = timeStampEnd(tokens); // "08:12 · Oleksandr Honcharenko, head of the Kramatorsk City Military Administration:"
  if (tokens[tokens.length - 1]?.text !== ":" || tokens.length > 16 + o) return null;
  const post = postedBy(tokens, memory);
  if (post) return post;
  if (!tokens[o]?.capitalized) return null;
  const name = nameAt(tokens, o);
  if (!name || name.parts < 2 || tokens[o + name.words]?.text !== ",") return titleFirstLabel(tokens, o, memory);
  const found = personFound(name, memory, tokens, o, false);
  return found ? { at: 0, start: o, end: o + name.words, frames: true, source: found.source } : null;
}

/** "Deputy head of the OVA Yurii Tkachenko:": a title, then the name closing the line's label. */
function titleFirstLabel(tokens: Token[], o: number, memory: SpeakerMemory): SourceMention | null {
  if (!TITLES.has(tokens[o].lower)) return null;
  const colon = tokens.length - 1;
  for (let k = o + 1; k < colon - 1; k++) {
    if (!FIRST_NAMES.has(tokens[k].lower) || !tokens[k].capitalized) continue;
    const name = nameAt(tokens, k);
    if (!name || name.parts < 2 || k + name.words !== colon) return null;
    const found = personFound(name, memory, tokens, k, false);
    return found ? { at: 0, start: k, end: colon, frames: true, source: found.source } : null;
  }
  return null;
}

/** "01:47 · Borys Filatov", "02:30 · Dnipro City Council": a time stamp and who posted, alone on a line. */
export function postHeader(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
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
export function ownedPostLabel(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  if (tokens.length > 12) return null;
  // "The brigade's post, as published:" over the post; "How the night went: the governor's posts", a heading ending on them
  const closes = tokens[tokens.length - 1]?.text === ":";
  for (let k = 0; k < tokens.length - (closes ? 2 : 1); k++) {
    if (!/['’]s$/.test(tokens[k].text) || !POST_NOUNS.has(tokens[k + 1].lower)) continue;
    // (a heading's plural "posts"/"messages" only: "Kremlin rejects Zelensky's statement" is a headline, not a section)
    if (!closes && (k + 2 !== tokens.length || !HEADING_POST_NOUNS.has(tokens[k + 1].lower))) return null;
    const owner = bare(tokens[k].lower);
    const definite = tokens[k - 1]?.lower === "the";
    const source = definite && (BODY_NOUNS.has(owner) || UNIT_WORDS.has(owner)) && memory.lastBody
      ? bodyCalled(owner, memory, tokens, k - 1)
      : definite && TITLES.has(owner) ? memory.titles?.get(owner)
      : tokens[k].capitalized ? personBySurname(memory, owner) : undefined;
    if (!source) return null;
    return closes ? { at: 0, start: k, end: tokens.length - 1, frames: true, posts: true, source } : { at: 0, start: k, end: tokens.length, heads: true, source };
  }
  return null;
}

/**
 * "Source: Zaporizhzhia OVA" closing a chart, a graphic or a table: the body its figures come from, and the
 * token the credit starts at (figures before it are credited; a credit line of its own credits the line before).
 */
/** A credit line's source and where the line starts; `leads`: the first source a "Source:" line names ("Source: Ministry of Social Policy; regional ..."). */
export type Credit = { source: Source; at: number; leads?: boolean };

export function creditedSource(tokens: Token[], memory: SpeakerMemory): Credit | null {
  // ("2. \"Ukraine lost more than 76,000 servicemen in the Kursk region\"" over "Who says it: Russia's Ministry of Defence, on
  // 12 March.": a fact check's claim and the line saying whose it is)
  const claimant = claimantLabelEnd(tokens);
  if (claimant > 0) {
    const found = sourceAfter(tokens, claimant, memory);
    if (found && found.start <= claimant + 3) return { source: found.source, at: 0, leads: true };
  }
  for (let k = 0; k < tokens.length - 2; k++) {
    // (and in brackets after the figures: "gained 87 sq km this week (source: DeepState)")
    if ((tokens[k].text !== "Source" && tokens[k].text !== "Sources" && !(tokens[k].lower === "source" && tokens[k - 1]?.text === "(")) || tokens[k + 1].text !== ":") continue;
    // "Source: Zaporizhzhia OVA": a region's administration by its acronym
    const region = REGIONAL_OFFICE_ACRONYMS.has(tokens[k + 3]?.lower ?? "") ? placeByVariant(bare(tokens[k + 2].lower)) : undefined;
    if (region) return { source: regionalAdministrationOf(regionalCentreOf(region.name) ?? region.name), at: k, leads: true };
    const found = sourceAfter(tokens, k + 2, memory);
    // ("Source: WHO Surveillance System for Attacks on Health Care (SSA)": the WHO's)
    const leads = !!found && found.start <= k + (tokens[k + 2]?.lower === "the" ? 3 : 2);
    return found && !creditsItself(tokens, found.end, found.source.name, memory) ? { source: ownerByAcronym(found.source.name) ?? found.source, at: k, leads } : null;
  }
  return rowCredit(tokens);
}

/** A fact check's labels of whose a claim is, opening a line. */
const CLAIMANT_LABELS = [["who", "says", "it"], ["who", "said", "it"], ["claimed", "by"], ["claim", "by"], ["said", "by"]];

/** Where the name starts after a claimant's label opening the line ("Who says it: ..."), or -1. */
function claimantLabelEnd(tokens: Token[]): number {
  for (const label of CLAIMANT_LABELS) {
    if (label.every((word, k) => tokens[k]?.lower === word) && tokens[label.length]?.text === ":") return label.length + 1;
  }
  return -1;
}

/**
 * An outlet crediting itself names no source: "Source: CNN" on a page under CNN's masthead, "Source: Al Jazeera and news
 * agencies". Another outlet is a source like any other: "Source: Mediazona, BBC Russian Service" under a table on Novaya Gazeta
 * Europe's page, "Source: TASS" over a Russian paper's relayed report.
 */
function creditsItself(tokens: Token[], end: number, name: string, memory: SpeakerMemory): boolean {
  const lower = name.toLowerCase();
  if (!OUTLET_NAMES.has(lower)) return false;
  if (tokens[end]?.lower === "and") return true;
  // (the name as a whole word on a masthead's line, short or set apart by dots or bars: not "NV" inside "invasion", nor a
  // headline's "Reuters")
  const named = new RegExp(`(?:^|[^\\p{L}\\p{N}])${lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}\\p{N}])`, "u");
  return mastheadLines(memory.text ?? "").some((line) => isMastheadLike(line) && named.test(line.toLowerCase()));
}

/** A masthead's line: a few words, or parts set apart by dots or bars ("CNN · World · Europe", "NOVAYA GAZETA EUROPE"). */
function isMastheadLike(line: string): boolean {
  return /[·|•]/.test(line) || line.trim().split(/\s+/).length <= MASTHEAD_WORDS;
}

const MASTHEAD_WORDS = 6;

/**
 * "14.6 million    People in Need ...    OCHA – January 2024": a table row whose last cell is a known source, maybe
 * with its data's date after a dash, credits the row's figures to it.
 */
function rowCredit(tokens: Token[]): Credit | null {
  if (tokens[tokens.length - 1]?.text === ".") return null; // (a sentence, no row: most lines, before their cells are cut)
  const cells = cellsOf(tokens);
  if (cells.length < 2) return null;
  const [from, to] = cells[cells.length - 1];
  const known = longestAt(sourcesByFirst, tokens, from);
  if (!known || known.source.name === GENERIC_MINISTRY) return null;
  const rest = from + known.words.length;
  const dated = rest === to || (DASHES.has(tokens[rest].text) && tokens.slice(rest + 1, to).every((t) => t.kind === "num" || MONTHS.has(t.lower)));
  return dated ? { source: known.source, at: from } : null;
}

/** "Combat clashes (General Staff)" labelling a table row: the source its brackets name credits the row's figures. */
export function labelCredit(tokens: Token[], labelEnd: number, memory: SpeakerMemory): Credit | null {
  const open = tokens.findIndex((token, k) => k < labelEnd && token.text === "(");
  const close = open >= 0 ? tokens.findIndex((token, k) => k > open && token.text === ")") : -1;
  const found = close > 0 ? sourceAfter(tokens, open + 1, memory) : null;
  return found && found.end === close ? { source: found.source, at: tokens.length } : null;
}

/**
 * "Sources: IDPs – IOM DTM, Round 20; educational institutions – Ministry of Education and Science.": under a table,
 * each column's source, by the column's words (lower case) before a dash.
 */
export function columnCredits(tokens: Token[], memory: SpeakerMemory): { words: string[]; source: Source }[] {
  if ((tokens[0]?.text !== "Sources" && tokens[0]?.text !== "Source") || tokens[1]?.text !== ":") return [];
  const credits: { words: string[]; source: Source }[] = [];
  for (let from = 2; from < tokens.length; ) {
    let end = from;
    while (end < tokens.length && tokens[end].text !== ";") end++;
    // (not a range's dash: "21–27 October 2024")
    const dash = tokens.findIndex((t, k) => k > from && k < end && (t.text === "–" || t.text === "—" || (t.text === "-" && t.spaced)) && !(tokens[k - 1].kind === "num" && tokens[k + 1]?.kind === "num"));
    // ("Sources: missiles and drones launched, Ukrainian Air Force; energy facilities hit, Ministry of Energy.": with no dash,
    // the part's last comma before a source that runs to the part's end)
    const close = tokens[end - 1]?.text === "." ? end - 1 : end;
    // ("clashes and guided bombs, Ukrainian General Staff morning reports, 21–27 October 2024": the source may be followed by
    // the documents and dates it was read from)
    let comma = -1;
    let byComma: ReturnType<typeof sourceAfter> = null;
    const part = tokens.slice(0, close);
    for (let k = dash < 0 ? lastIndexOf(tokens, ",", from + 1, close) : -1; k > from && !byComma; k = lastIndexOf(tokens, ",", from + 1, k)) {
      const found = sourceAfter(part, k + 1, memory);
      if (found && tokens.slice(found.end, close).every(isDocumentOrDate)) [comma, byComma] = [k, found];
    }
    const separator = dash > 0 ? dash : comma;
    const found = dash > 0 ? sourceAfter(tokens.slice(0, end), dash + 1, memory) : byComma;
    if (found) credits.push({ words: tokens.slice(from, separator).filter((t) => t.kind === "word").map((t) => t.lower), source: ownerByAcronym(found.source.name) ?? found.source });
    from = end + 1;
  }
  return credits;
}

/** A word of the documents and dates a column's source was read from: "morning reports, 21–27 October 2024". */
function isDocumentOrDate(token: Token): boolean {
  return token.kind === "num" || token.text === "," || DASHES.has(token.text) || MONTHS.has(token.lower) || CREDIT_DOCUMENT_WORDS.has(token.lower);
}
const CREDIT_DOCUMENT_WORDS = new Set([...OWNED_DOCUMENTS, ...DATA_NOUNS, ...DOCUMENT_MODIFIERS]);

/** The last index of a token reading `text` in [from, to), or -1. */
function lastIndexOf(tokens: Token[], text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k].text === text) return k;
  return -1;
}

/** "Drones (Air Force)": a known source a table's column heading ends in (its words in lower case), whose figures the column holds. */
export function sourceInColumnLabel(label: string[]): Source | null {
  // (read once per heading: every cell of its column asks)
  const cached = COLUMN_SOURCES.get(label);
  if (cached !== undefined) return cached;
  const source = columnLabelSource(label);
  COLUMN_SOURCES.set(label, source);
  return source;
}
const COLUMN_SOURCES = new WeakMap<string[], Source | null>();

function columnLabelSource(label: string[]): Source | null {
  const tokens = tokenize(label.join(" "));
  for (let k = 1; k < tokens.length; k++) {
    const known = longestAt(sourcesByFirst, tokens, k);
    if (known && known.source.name !== GENERIC_MINISTRY && k + known.words.length === tokens.length) return known.source;
  }
  return null;
}

const HEADING_POST_NOUNS = new Set(["posts", "messages", "updates"]);

/** "Answered on 11 February 2025 by Ian Cradock, Minister for the Armed Forces": the minister voices the written answer below. */
export function answeredBy(tokens: Token[], memory: SpeakerMemory): SourceMention | null {
  if (tokens[0]?.lower !== "answered") return null;
  for (let k = 1; k < Math.min(tokens.length - 2, 10); k++) {
    if (tokens[k].lower !== "by" || !tokens[k + 1].capitalized) continue;
    const name = nameAt(tokens, k + 1);
    const found = name && name.parts >= 2 ? personFound(name, memory, tokens, k + 1, false) : null;
    return found ? { at: 0, start: found.start, end: found.end, answers: true, source: found.source } : null;
  }
  return null;
}

/** "08:12 ·", "11:30 |", "• 2h ago —": a post's time stamp or age opening a label line; the index after it (0 if none). */
export function timeStampEnd(tokens: Token[]): number {
  const age = ageStampEnd(tokens);
  if (age) return age;
  if (tokens[0]?.kind !== "num" || tokens[1]?.text !== ":" || tokens[2]?.kind !== "num" || tokens[2].spaced) return 0;
  return POST_SEPARATORS.has(tokens[3]?.text ?? "") ? 4 : 3;
}

/**
 * "• 2h ago — Zelensky: Russia launched about 3,100 drones": a live page's key event, its age before it; 0 if none.
 * ("3h ago  Zelensky: ...": the separator may be spaces only, the label then opening with a capital)
 */
export function ageStampEnd(tokens: Token[]): number {
  const k = tokens[0]?.text === "•" ? 1 : 0;
  if (tokens[k]?.kind !== "num" || !AGE_UNITS.has(tokens[k + 1]?.lower ?? "") || tokens[k + 2]?.lower !== "ago") return 0;
  if (POST_SEPARATORS.has(tokens[k + 3]?.text ?? "")) return k + 4;
  return tokens[k + 3]?.capitalized ? k + 3 : 0;
}

const AGE_UNITS = new Set(["h", "hr", "hrs", "hours", "hour", "m", "min", "mins", "minute", "minutes", "d", "day", "days"]);

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


const MAX_LABEL_TOKENS = 12;

/** The chair's label in a parliamentary transcript ("CHAIR."): the chair holds the floor, no minister. */
const ROLE_LABELS = new Set(["chair", "chairman", "chairwoman", "presiding"]);

/**
 * A parliamentary transcript's speaker label opening its line: a surname in capitals and initials ("SHMYHAL D.A.",
 * "FEDORIV I.M., people's deputy ..."), or the chair ("CHAIR."). The label's end, or -1.
 */
export function initialledLabelEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first || first.kind !== "word" || first.text.length < 3 || !ALL_CAPITALS.test(first.text)) return -1;
  if (ROLE_LABELS.has(first.lower)) return tokens[1]?.text === "." && tokens.length === 2 ? 1 : -1;
  let k = 1;
  while (k < 7 && tokens[k]?.text.length === 1 && ALL_CAPITALS.test(tokens[k].text) && tokens[k + 1]?.text === "." && !tokens[k + 1].spaced) k += 2;
  return k > 1 && (k === tokens.length || tokens[k].text === ",") ? k : -1;
}

/**
 * A transcript's speaker label in capitals, ranks and all: "MAJ. GEN. PAT RYDER:", "MR MILLER:",
 * "QUESTION:". The colon's index, or -1.
 */
export function transcriptLabelEnd(tokens: Token[], from = timeCodeEnd(tokens)): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_LABEL_TOKENS); k++) {
    const token = tokens[k];
    if (token.text === ":") return k > from && !inCapitalsAfter(tokens, k + 1) ? k : -1;
    // "QUESTION (Kommersant):", "JOURNALIST (Reuters):": the asker's outlet in brackets before the colon
    if (token.text === "(" && k > from) {
      const close = tokens.findIndex((t, j) => j > k && j < k + 6 && t.text === ")");
      return close > 0 && tokens[close + 1]?.text === ":" ? close + 1 : -1;
    }
    if (token.text !== "." && !(token.kind === "word" && ALL_CAPITALS.test(token.text))) return -1;
  }
  return -1;
}

/** "[00:05:19] BESEDIN: ...": a recording's time code opening a transcript's line; the index after it, else 0. */
export function timeCodeEnd(tokens: Token[]): number {
  if (tokens[0]?.text !== "[" || tokens[1]?.kind !== "num" || tokens[2]?.text !== ":") return 0;
  for (let k = 3; k < Math.min(tokens.length, 8); k++) {
    if (tokens[k].text === "]") return k + 1;
    if (tokens[k].kind !== "num" && tokens[k].text !== ":") return 0;
  }
  return 0;
}

/** "POLICE: 58 CIVILIAN OBJECTS": a heading set in capitals after its colon too, not a speaker's turn. */
function inCapitalsAfter(tokens: Token[], from: number): boolean {
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k].kind !== "word") continue;
    if (!ALL_CAPITALS.test(tokens[k].text)) return false;
    words++;
  }
  return words >= 2;
}

/** A transcript label whose bracket says its speaker is the outlet's own: "MARIIA ZHUK (voice-over):", "(reporter)". */
export function bracketSaysJournalist(tokens: Token[]): boolean {
  const open = tokens.findIndex((t, k) => k < MAX_LABEL_BRACKET && t.text === "(");
  if (open < 0) return false;
  for (let k = open + 1; k < Math.min(tokens.length, open + 4) && tokens[k].text !== ")"; k++) {
    if (JOURNALIST_ROLES.has(tokens[k].lower) || (tokens[k].lower === "voice" && tokens[k + 2]?.lower === "over")) return true;
  }
  return false;
}

const MAX_LABEL_BRACKET = 6;
const JOURNALIST_ROLES = new Set(["reporter", "correspondent", "anchor", "presenter", "host", "narrator"]);
