import { pickSource, sourcesInGroup } from "./attribution";
import { ageStampEnd, bracketSaysJournalist, initialledLabelEnd, standingSource, timeStampEnd, transcriptLabelEnd } from "./source-labels";
import { DOCUMENT_NOUNS, personFound, type SourceMention } from "./source-resolution";
import { personBySurname, type SpeakerMemory } from "./speaker-memory";
import { isPersonName, knownPerson, lexiconPerson, localOffice, nameAt, type NameMatch, orgAt, sourcesByFirst } from "./speaker-names";
import { KNOWN_OUTLETS, OUTLET_NAMES } from "./data/outlets";
import { FIRST_NAMES, isFirstName } from "./data/first-names";
import { AUTHORITIES, GENERIC_MINISTRY, PEOPLE, SPOKESPERSON_WORDS, UN_BODIES, UNITED_NATIONS, type Source } from "./data/sources";
import { longestAt } from "./phrases";
import type { PlaceMention } from "./places";
import { mastheadLines } from "./headline";
import { AUDIENCE_COUNT, cyrillicOffice, issuerOfTitle, nameAndOffice } from "./report-source";
import { quoteOpenAfter, tokenize, type Token } from "./tokenize";
import { WordSet } from "./word-set";
import { MONTHS, WEEKDAYS } from "./data/periods";

// Who speaks for each figure of a report, sentence by sentence: the document's own voice (its header, read
// by report-source.ts, or a title or signed headline met here), a paragraph's framing, a quotation's speaker,
// a list's heading, a transcript's floor.

const SPOKESPEOPLE = new Set([...SPOKESPERSON_WORDS, "speaker"]);
/** A briefing note's metadata lines (issuer, date, speaker, location) come within its first sentences. */
const MAX_HEADER_SENTENCE = 10;

/** The person a "Spokesperson ...: Name Surname" line names, if the line ends with the name. */
function spokespersonLine(tokens: Token[]): Source | null {
  const colon = tokens.findIndex((t) => t.text === ":");
  const name = colon > 0 ? nameAt(tokens, colon + 1) : null;
  if (!name || name.parts < 2 || colon + 1 + name.words !== tokens.length) return null;
  return knownPerson(name) ?? { name: name.text, side: null };
}

/** Marks a channel's post footer opens with, before its count: views and reactions. */
const FOOTER_MARKS = new Set(["👁", "👀", "👍", "❤", "🔥", "😢", "🙏", "views"]);

/** "👁 24.1K · 08:15", "views 61.7K · 09:26", "👍 1.2K  😢 2.4K": the line under a channel's post. */
function isPostFooter(tokens: Token[]): boolean {
  const mark = tokens[0];
  const count = tokens[1]?.text === "\uFE0F" ? tokens[2] : tokens[1];
  return !!mark && FOOTER_MARKS.has(mark.lower) && count?.kind === "num";
}

/** "[09:41]" or "09:41" alone: a post's time stamp, over the post. */
function isBareStamp(tokens: Token[]): boolean {
  const open = tokens[0]?.text === "[" ? 1 : 0;
  const clock = tokens[open]?.kind === "num" && tokens[open + 1]?.text === ":" && tokens[open + 2]?.kind === "num";
  return clock && tokens.length === open + 3 + (open ? 1 : 0) && (!open || tokens[open + 3]?.text === "]");
}

/**
 * "[11:48] 👁 5.0K", "🔴 21:40 · 👁 25.3K · 😢 410": the next post's stamp with its counts alone on its line, after a mark or
 * two; its counts a views or reactions mark's.
 */
function isCountedStamp(tokens: Token[]): boolean {
  let k = 0;
  while (k < MAX_STAMP_MARKS && tokens[k]?.kind === "punct" && tokens[k].text !== "[") k++;
  const open = tokens[k]?.text === "[" ? 1 : 0;
  const clock = tokens[k + open]?.kind === "num" && tokens[k + open + 1]?.text === ":" && tokens[k + open + 2]?.kind === "num";
  if (!clock) return false;
  k += open + 3 + (open && tokens[k + open + 3]?.text === "]" ? 1 : 0);
  if (!FOOTER_MARKS.has(tokens[k]?.text === "·" ? tokens[k + 1]?.lower ?? "" : tokens[k]?.lower ?? "")) return false;
  return tokens.slice(k).every((t) => t.kind === "punct" || t.kind === "num" || COUNT_SCALES.has(t.text) || FOOTER_MARKS.has(t.lower));
}
const MAX_STAMP_MARKS = 2;
const COUNT_SCALES = new Set(["K", "k", "M"]);

/** The known body a "Forwarded from ..." line names, in any of its parts. */
function forwardedFrom(tokens: Token[], from: number): Source | null {
  // ("Forwarded from Донецька ОВА": an office in Cyrillic, by its words or its acronym)
  const office = CYRILLIC_WORD.test(tokens[from]?.text ?? "") ? cyrillicOffice(tokens.slice(from).map((token) => token.text).join(" ")) : null;
  if (office) return office;
  for (let k = from; k < tokens.length; k++) {
    if (!tokens[k].capitalized) continue;
    const known = longestAt(sourcesByFirst, tokens, k);
    if (known && known.source.name !== GENERIC_MINISTRY) return known.source;
    // "Forwarded from Запорізька міська рада | Zaporizhzhia City Council": a body by its name as written
    const org = orgAt(tokens, k);
    if (org) return org.source;
    // "Forwarded from Ihor Terekhov | Ігор Терехов": a person's own channel
    const name = FIRST_NAMES.has(tokens[k].lower) ? nameAt(tokens, k) : null;
    if (name && name.parts >= 2) return knownPerson(name) ?? { name: name.text, side: null };
    // ("Forwarded from Вячеслав Гладков": in Cyrillic alone, a person the lexicon knows; not "Поліція Харківщини | Police ...")
    const cyrillic = CYRILLIC_WORD.test(tokens[k].text) && !!tokens[k + 1]?.capitalized && CYRILLIC_WORD.test(tokens[k + 1].text) ? nameAt(tokens, k) : null;
    const person = cyrillic && cyrillic.parts >= 2 ? knownPerson(cyrillic) : undefined;
    if (person) return person;
  }
  return null;
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

const MAX_POSTER_LINE = 12;

/** "X shared a post." / "X shared a post from Y.": the index after "post" on a line that is that notice alone, else 0. */
function sharesPost(tokens: Token[]): number {
  // (read only past the capitalised name the notice opens with: every sentence passes here)
  let k = 0;
  while (k < tokens.length && tokens[k].capitalized && tokens[k].kind === "word" && tokens[k].lower !== "shared") k++;
  if (k === 0 || tokens[k]?.lower !== "shared" || tokens[k + 1]?.lower !== "a" || tokens[k + 2]?.lower !== "post") return 0;
  const end = tokens[tokens.length - 1]?.text === "." ? tokens.length - 1 : tokens.length;
  return k + 3 === end || tokens[k + 3]?.lower === "from" ? k + 3 : 0;
}

/** A headline: no closing full stop. */
function isTitleLine(tokens: Token[]): boolean {
  return tokens.length > 3 && tokens[tokens.length - 1].text !== ".";
}

/** A line heading the next section ("The fleet: boats destroyed 20-25 km off the coast"): no final stop, no quotation, no exclamation. */
function isSectionHeading(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1]?.text ?? "";
  return isTitleLine(tokens) && !QUOTE_MARKS.has(tokens[0].text) && !QUOTE_MARKS.has(last) && !CLOSING_QUOTE_MARKS.has(last) && last !== "!" && last !== "?";
}

const CLOSING_QUOTE_MARKS = new Set(["”", "»", "’"]);

const RULE_MARKS = new Set(["-", "–", "—", "*", "_", "=", "━", "─", "•"]);

/** A line whose words are all in capitals: "STATE EMERGENCY SERVICE". */
function inCapitals(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === "word" && t.text !== t.text.toLowerCase()) && tokens.every((t) => t.kind !== "word" || t.text === t.text.toUpperCase());
}

/** A rule drawn across the page: "---", "***", "━━━━━━". */
function isRule(tokens: Token[]): boolean {
  return tokens.length >= 3 && tokens.every((t) => RULE_MARKS.has(t.text));
}

/** Words of a line that only dates what is above it: "As of 18:00, 26 July 2025", "Updated 14:05 Kyiv time". */
const DATE_LINE_WORDS = new Set([...MONTHS.keys(), ...WEEKDAYS, "as", "of", "at", "on", "updated", "published", "kyiv", "time", "gmt", "utc", "am", "pm"]);

/** A line dating the heading above it, not a heading of its own: a figure, and only date words beside it. */
function isDateLine(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === "num") && tokens.every((t) => t.kind !== "word" || DATE_LINE_WORDS.has(t.lower));
}

/** 'Prokudin: "Up to 300 drones a day ..."': a headline quoting its speaker (an interview's) signs nothing. */
function quotesAfterLabel(tokens: Token[], label: SourceMention): boolean {
  return QUOTE_MARKS.has(tokens[label.end + 1]?.text ?? "");
}

const EM_DASHES = new Set(["—", "–"]);
/** Marks that open a quoted post; one that ends a paragraph closes it. */
const POST_OPENING_MARKS = new Set(['"', "“", "«"]);
const QUOTE_CLOSING = /["”»]\s*$/;
const QUOTE_MARKS = new Set(['"', "“", "«", "'", "‘"]);

/** "By our data, ...", "According to our sources, ...": the author's own figures. */
function ownFraming(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length - 1; k++) {
    if (tokens[k].lower !== "our") continue;
    // "our newsroom's count", "our own tally"
    const noun = tokens[k + 1].lower === "own" || tokens[k + 1].lower.endsWith("'s") ? k + 2 : k + 1;
    if (!OWN_DATA.has(tokens[noun]?.lower ?? "") || sourcesInGroup(tokens, k) > 0) continue; // ("our sources in the Yug group": the army group's)
    const before = tokens[k - 1]?.lower;
    // "By our data", "according to our sources", "Per our information", or the subject: "Our sources report"
    if (before === "by" || before === "to" || before === "per" || before === "from" || before === "in" || k === 0 || !/[a-z]/.test(before ?? "")) return true;
  }
  return false;
}

const WITNESSES = new WordSet(["journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents", "photographer", "photographers"]);

/** What a witness does with a figure: "reporters counted", "journalists saw". */
const PERCEIVED = new Set(["counted", "saw", "heard", "witnessed", "observed"]);

/** "An Associated Press journalist at the scene saw ... and counted ...": what the outlet's own people saw. */
function outletsWitness(tokens: Token[], outlet: () => string | null): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (!WITNESSES.hasToken(tokens[k])) continue;
    // ("During one night with the crew, reporters counted more than 40 explosions": the page's reporters, unnamed)
    if (PERCEIVED.has(tokens[k + 1]?.lower ?? "") && !tokens[k - 1]?.capitalized && tokens[k - 1]?.kind !== "word") return true;
    if (k >= 8) continue;
    // ("Izvestia's correspondent, who entered Sudzha ..., counted": the outlet in the possessive)
    const words = tokens.slice(Math.max(0, k - 3), k).map((t) => t.lower.replace(/['’]s$/, ""));
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(" ");
      if (OUTLET_NAMES.has(name) || OUTLET_NAMES.has(`the ${name}`) || name === outlet()?.toLowerCase() || name === "ap" || name === "our") return true;
    }
  }
  return false;
}

/** Where the outlet's own count stops: at a source named after a clause break ("..., while the Air Force said 62"). */
function ownClauseEnd(tokens: Token[], sources: SourceMention[]): number {
  const firstFigure = tokens.findIndex((t) => t.kind === "num");
  for (const source of sources) {
    if (source.weak || firstFigure < 0 || source.start < firstFigure) continue; // "By UA Pulse's count, the National Guard reported ...": inside the count
    for (let k = source.start - 1; k >= Math.max(0, source.start - 3); k--) if (CLAUSE_BREAKS.has(tokens[k].lower)) return source.start;
  }
  return tokens.length;
}

const CLAUSE_BREAKS = new Set([",", ";", "while", "whereas", "but", "and"]);

/**
 * The outlet whose count ("tally", "calculations", "analysis") opens at `from`: the page's own ("By UA Pulse's
 * count"; a news agency the lexicon knows on a page that names no outlet: "According to TASS calculations"), or
 * another known outlet's ("By Reuters' count" in a column), or null.
 */
function countingOutlet(tokens: Token[], outlet: () => string | null, from: number, masthead: () => string[]): { own: boolean; name: string } | null {
  const start = tokens[from]?.lower === "a" || tokens[from]?.lower === "an" ? from + 1 : from; // "according to an Associated Press tally"
  for (let k = start; k < Math.min(tokens.length - 1, start + 5); k++) {
    // ("According to Reuters, the refinery processes ...": an outlet's own reporting, named with no count word)
    const counts = OWN_DATA.has(tokens[k + 1].lower) || (from === 2 && tokens[k + 1].text === "," && OUTLET_NAMES.has(written(tokens, start, k + 1).toLowerCase()));
    if (!counts) {
      if (tokens[k].lower.endsWith("'s")) return null; // "By UA Pulse's own ...": a possessive must come right before the count word
      continue;
    }
    const name = written(tokens, start, k + 1).replace(/['’]s?$/, "");
    const lower = name.toLowerCase();
    const page = outlet()?.toLowerCase();
    // ("THE WALL STREET JOURNAL." over "a Wall Street Journal analysis": the same outlet with or without its article; "TSN"
    // on TSN.ua, "an AP analysis" on the Associated Press's page: with or without its domain, by its initials)
    // ("according to UP's tally" on Ukrainska Pravda's page: the page's outlet by its initials, written in capitals, that no
    // other known outlet goes by)
    // ("Ukrainska Hromada" heading the page over "according to a Ukrainska Hromada tally": the page's outlet by its masthead,
    // one no lexicon knows)
    const isPage = (!!page && (sameOutlet(lower, page) || (name === name.toUpperCase() && !OUTLET_NAMES.has(lower) && lower === initialsOf(page)))) || masthead().includes(lower);
    const known = OUTLET_SHORT_FORMS.get(lower) ?? lower;
    if (isPage || (!page && OUTLET_NAMES.has(known))) return { own: true, name };
    return OUTLET_NAMES.has(known) ? { own: false, name: OUTLET_BY_NAME.get(known) ?? name } : null;
  }
  return null;
}

const OUTLET_BY_NAME = new Map(KNOWN_OUTLETS.map((name) => [name.toLowerCase(), name]));

/** Two lower-case names of one outlet: with or without "the", a web domain's ending or a known short form. */
function sameOutlet(a: string, b: string): boolean {
  const bare = (name: string) => {
    const plain = name.replace(/^the /, "").replace(/\.(?:ua|com|net|org|ru|uk|co\.uk)$/, "");
    return OUTLET_SHORT_FORMS.get(plain) ?? plain;
  };
  return bare(a) === bare(b);
}

/** "ukrainska pravda" → "up": the first letters of a name of two words or more ("" for one word). */
function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return words.length >= 2 ? words.map((word) => word[0]).join("") : "";
}

/** Outlets' short forms the outlet list does not hold, lower case: "AP" for the Associated Press (it holds "AFP" itself). */
const OUTLET_SHORT_FORMS = new Map([["ap", "associated press"]]);

/** "according to a Reuters tally of ...", after the sentence's figures: an outlet counting, the page's own or another's. */
function closingOutletCount(tokens: Token[], outlet: () => string | null, masthead: () => string[]): { own: boolean; name: string } | null {
  for (let k = 2; k < tokens.length - 3; k++) {
    if (tokens[k].lower !== "according" || tokens[k + 1].lower !== "to" || tokens[k - 1].text !== ",") continue;
    // (on a page no outlet rule names, only the page's own count: its masthead's, or a known outlet's, "according to a Kyiv
    // Independent tally")
    const count = countingOutlet(tokens, outlet, k + 2, masthead);
    return outlet() || count?.own ? count : null;
  }
  return null;
}

/** The words from `start` to `end` as written: spaced where the text has spaces ("ZN.UA", "Interfax-Ukraine"). */
function written(tokens: Token[], start: number, end: number): string {
  let text = "";
  for (let k = start; k < end; k++) text += (k > start && tokens[k].spaced ? " " : "") + tokens[k].text;
  return text;
}

/** "As Ukrinform reported, ...", "As Interfax-Ukraine has previously reported, ...": an outlet's own earlier story. */
function outletRecalls(tokens: Token[], outlet: () => string | null): boolean {
  let k = 1;
  while (k < tokens.length && k < 6 && (tokens[k].capitalized || ((tokens[k].text === "-" || tokens[k].text === ".") && !tokens[k].spaced))) k++;
  const name = written(tokens, 1, k).toLowerCase();
  if (!name || (!OUTLET_NAMES.has(name) && name !== outlet()?.toLowerCase())) return false;
  while (RECALL_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
  if (!RECALL_VERBS.has(tokens[k]?.lower ?? "")) return false;
  // ("As Ukrinform reported earlier, ...": the adverb after the verb too)
  const after = RECALL_ADVERBS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  return tokens[after]?.text === ",";
}

const RECALL_ADVERBS = new Set(["has", "had", "previously", "earlier", "already"]);
const RECALL_VERBS = new Set(["reported", "wrote", "reports", "writes"]);

/** A channel's masthead line: "Telegram channel", an audience's count ("📢 1 143 902 subscribers"). */
const isChannelHeader = (line: string) => /\btelegram channel\b/i.test(line) || AUDIENCE_COUNT.test(line);
const OWN_DATA = new Set(["analysis", "data", "sources", "estimate", "estimates", "assessment", "map", "maps", "records", "observations", "information", "count", "calculations", "tally", "correspondents", "reporters", "analysts", "source"]);

const BE_PLURAL = new Set(["are", "is"]);
/** What a person reckons by: "By his calculation", "by her count", "by his estimate". */
const RECKONINGS = new Set(["calculation", "calculations", "count", "estimate", "estimates", "reckoning", "tally"]);
const PERSONAL_POSSESSIVES = new Set(["his", "her"]);
/** What a body's document set out below is called: "Below is the region-by-region summary". */
const BELOW_DOCUMENTS = new Set(["summary", "breakdown", "update", "report", "statement", "list", "data", "figures"]);

/** "KRAMATORSK DISTRICT", "POKROVSK DIRECTION": a short heading in capitals with no figure. */
function isCapitalsHeading(tokens: Token[]): boolean {
  if (tokens.length > 8) return false;
  let words = 0;
  for (const token of tokens) {
    if (token.kind === "num") return false;
    if (token.kind !== "word") continue;
    if (token.text.length > 1 && token.text !== token.text.toUpperCase()) return false;
    words++;
  }
  return words > 0;
}

/** The categories each standing authority speaks for. */
const AUTHORITY_CATEGORIES = new Map(AUTHORITIES.map(({ name, categories }) => [name, categories]));
/** Sentence openers that continue the previous sentence's account ("Among the wounded are ..."). */
const CONTINUATIONS = new Set(["among", "including", "of", "additionally", "also", "moreover", "furthermore", "another"]);
/** Two-word openers that continue the account: "In addition, ...", "A further 20 ...". */
const CONTINUATION_PAIRS = new Set(["in addition", "a further", "of these", "of them", "a total", "in total", "all told"]);
const PAIR_OPENERS = new Set([...CONTINUATION_PAIRS].map((pair) => pair.split(" ")[0]));
const LOCATIVE_OPENERS = new Set(["in", "near", "around", "outside", "on", "at", "along"]);
const NOT_SUBJECT = new Set(["of", "to", "for", "with", "by", "from", "about", "against", "on", "in", "at", "and", "told", "said"]);

type Claimed = { attribution: string | null };
/** A signed headline comes before the body: within the report's first few sentences (site name, date, headline). */
const MAX_HEADLINE_SENTENCE = 6;

/**
 * Who speaks when a sentence names no source, in this order: the document's author saying "we", a
 * paragraph opened "According to X, ...", the rest of a quotation whose speaker is named where it closes
 * (`"... 58 shells were fired ...," Prokudin wrote.`) or opens, a sentence that continues the previous
 * one's account ("In Aleshki, 11 houses were damaged." after "..., he said."; "44 of the drones ..."),
 * a list under a heading that names its source ("..., as published by the OVA:"), an official who is
 * the subject ("Governor Oleh Syniehubov has ordered ..."), in a transcript the speaker who has the
 * floor, and last the document's author (its header, an issuer's acronym heading it, or the source
 * signing its headline).
 */
export class Voices {
  /** The document's own voice once known (its header, its title, the source signing its headline). */
  get documentVoice(): Source | null {
    return this.document;
  }

  private carried: Source | null = null;
  private last: Source | null = null;
  /** Who cited `last` ("Kobzar said, citing the Air Force"): the speaker, for figures not of the cited one's kind. */
  private citer: Source | null = null;
  private quoteSpeaker: Source | null = null;
  /** Whose quotation the paragraph before gave: a quotation opening the next paragraph, its speaker unnamed, goes on with his words. */
  private previousQuoted: Source | null = null;
  private inside = false;
  private pending: Claimed[] = [];
  // the sentence being read
  private tokens: Token[] = [];
  private sources: SourceMention[] = [];
  private opens: number[] = [];
  private closes: number[] = [];
  private startsInside = false;
  private base: Source | null = null;
  /** Whether `base` is only the paragraph's last speaker going on. */
  private baseCarried = false;
  /** The sentence opens "By our count" / "By UA Pulse's count": every figure in it is the author's. */
  private countsOwn = false;
  private mastheadNames: string[] | undefined;
  /**
   * The page's masthead lines, lower-cased: where a page names its outlet when no rule knows it. None on a channel's page
   * ("Mash" over "Telegram channel · 2.9M subscribers"), whose own data are the channel's ("According to Mash's data").
   */
  private readonly masthead = () => {
    if (this.mastheadNames) return this.mastheadNames;
    const lines = mastheadLines(this.speakers.text ?? "");
    return (this.mastheadNames = lines.some(isChannelHeader) ? [] : lines.map((line) => line.trim().toLowerCase()).filter(Boolean));
  };
  private ownVoice: Source | null = null;
  /** The sentence is in the writer's own first person ("we", "our"): its figures no one in it names are the writer's. */
  private speaksOwn = false;
  /** The own count speaks up to another source named in a later clause ("..., while the Air Force said 62"). */
  private ownUntil = 0;
  /** Whether a sentence so far gave a figure (the report's headline is the first that does). */
  private sawFigures = false;
  /** Whether the page's own headline, naming no figure, has been read. */
  private sawHeadline = false;
  /** The document's voice is the source signing its headline, not its author: "our count" is still the outlet's. */
  private signed = false;
  /** The body opens with a wire dateline ("KYIV, Feb 25 (Reuters) -"): the story is the agency's, whoever its headline names. */
  dateline = false;
  /** The page calls itself a transcript ("Transcript. The President's Office publishes ..."): a named label holds the floor. */
  transcript = false;
  /** The page calls itself an interview ("Interview · 15 January 2025", "RBC-Ukraine spoke to him ..."). */
  interview = false;
  /** The page sets its speakers' names on lines of their own over their words, as Hansard does (hasNameLabels). */
  nameLabels = false;
  /** The surnames such lines gave so far: "Luke Pollard" alone is a label after "The Minister ... (Luke Pollard)". */
  private labelled = new Set<string>();
  private afterQuestion = false;
  private isQuestion = false;
  /** An interviewee who answered a question under a label ("Boris Pistorius: ..."): the floor in unlabelled answers. */
  private answering: Source | null = null;
  /** The person an interview in dashes is with: the one the lead named before the first question. */
  private interviewee: Source | null = null;
  /** The bodies a "the day's posts by ..." line named, for "Unsigned posts are from ..." after it. */
  private postBodies: Source[] = [];
  /** "Unless otherwise stated, the entries below are from X": who speaks where no one is named (not the author). */
  private standing: Source | null = null;
  /** Whose posts the current section quotes, named by its heading ("How the night went: the governor's posts"). */
  private section: Source | null = null;
  /** Whether the section's heading was set in capitals, which only another such heading ends. */
  private sectionInCapitals = false;

  /** The sources the report named with a document of theirs, by the document's noun ("said in its weekly update": update → HRMMU). */
  private documentOwners = new Map<string, Source>();

  private noteDocumentOwner(tokens: Token[], sources: SourceMention[]): void {
    const owner = sources.find((s) => !s.weak);
    const noun = owner ? documentNounOf(tokens) : null;
    if (owner && noun && !this.documentOwners.has(noun)) this.documentOwners.set(noun, owner.source);
  }

  /** The voice of a line ending in ":" ("The list ..., as published by the OVA:") over the list after it. */
  private listVoice: Source | null = null;
  /** The line before was a page's "X shared a post.": the next line names whose post it is. */
  private isAfterShareNotice = false;
  /** Whether the page's posts are time-stamped (a stamp on a line of its own was read). */
  private stamped = false;
  /** Whether a post forwarded into the channel is being read ("[08:12] Forwarded from ..."), over its blank lines. */
  private forwardedPost = false;
  /** A time-stamped post signed by a person's label ("Serhii Lysak: ..."): it is his to the next stamp. */
  private signedPost = false;
  /** The sentence before, in this paragraph, was an outlet's own count ("By ZN.UA's count, ..."): whose. */
  private countedBefore: { voice: Source | null } | null = null;
  /** The sentence being read opens with an outlet's count (the page's own or another outlet's). */
  private outletCounted = false;
  /** The Russian Defence Ministry once a sentence cites it: its daily summary's army-group sections are its own. */
  private summaryIssuer: Source | null = null;
  private listArmed = false;
  /** A new block began under a list's voice: it ends unless the block opens with a heading in capitals. */
  private listMayEnd = false;
  /**
   * A post or statement quoted whole under that line ('The brigade's post:' over '"📊 NOVEMBER RESULTS ...'): its
   * voice runs on over the post's paragraphs, blank lines and all, to the paragraph that closes the quotation.
   */
  private quotedPost: Source | null = null;
  private sentencesRead = 0;
  /** The last speaker of the paragraph before: a place-led paragraph opening continues that account. */
  private previousParagraph: Source | null = null;
  /** The speaker of a quotation the paragraph before left open. */
  private openQuote: Source | null = null;
  /** The speaker the paragraph's first sentence named (undefined until that sentence ends). */
  private openingSpeaker: Source | null | undefined = undefined;
  /** Whether any sentence so far named a source. */
  private namedFirst = false;
  /** The page's voice before the sentence read last narrowed it to the body it names ("United Nations" to "OCHA"). */
  private narrowedFrom: Source | null = null;

  /** The voice the page had until the sentence just ended narrowed it (once; null after). */
  takeNarrowed(): Source | null {
    const from = this.narrowedFrom;
    this.narrowedFrom = null;
    return from;
  }
  private firstOfParagraph = true;
  /** The standing authorities the report has cited so far, by the category they speak for. */
  private authorities = new Map<string, Source>();
  /** In a transcript, who has the floor: set by a label in capitals ("MR MILLER:"), kept until the next ("QUESTION:"). */
  private turn: Source | null = null;
  /** Whether the floor is a journalist's ("QUESTION:", "Q:"): the page's own voice does not speak for the question. */
  private asking = false;
  /** This paragraph's speaker so far is the one before's, passed on to a place-led opening ("In Kupiansk, ..."). */
  private inheritedLast = false;
  /** The paragraph before was a minutes' label alone on its line ("1. HEARD:"). */
  private labelAlone = false;

  /** The person named last, when this sentence names him (by his surname). */
  private personNamedIn(tokens: Token[]): Source | null {
    const person = this.namedPerson();
    const surname = person?.name.slice(person.name.lastIndexOf(" ") + 1);
    return person && tokens.some((token) => token.text === surname) ? person : null;
  }

  /** The person named last, if a person: an interview's lead names its interviewee before the first question. */
  private namedPerson(): Source | null {
    const named = this.speakers.lastNamed;
    return named && isPersonName(named.name) ? named : null;
  }

  /** A new turn in a transcript: who has the floor, and whether it is a journalist asking. */
  private giveFloor(speaker: Source | null, asking = false): void {
    this.turn = speaker;
    this.asking = asking;
  }

  constructor(
    private readonly speakers: SpeakerMemory,
    private document: Source | null,
    private readonly canonical: (s: Source) => string,
    /** The page's own outlet ("© 2025 UA Pulse"), whose counts are the author's. */
    private readonly outlet: () => string | null = () => null,
  ) {}

  /** A quotation left open at the end of the paragraph read last: the next paragraph goes on inside it. */
  get quoteOpen(): boolean {
    return this.inside;
  }

  /**
   * `afterQuestion`: the paragraph before ended with a question; `isQuestion`: this one does. In an interview whose
   * answers are labelled only at first ("DW: ...?" then "Boris Pistorius: ..."), the person answering keeps the floor
   * over the unlabelled answers after it, not over the interviewer's questions.
   */
  startParagraph(isNewBlock = true, afterQuestion = false, isQuestion = false): void {
    this.afterQuestion = afterQuestion;
    this.isQuestion = isQuestion;
    // A list runs to the end of the block after its heading (or of the heading's own block), a quoted post to its end.
    if (this.quotedPost) this.listVoice = this.quotedPost;
    // (unless the new block opens with a heading in capitals, read in startSentence: "KRAMATORSK DISTRICT" over its lines)
    // (a channel's time-stamped post runs to the next time stamp, over its blank lines: "Serhii Lysak: Summary of the day."
    // then a block for each district)
    else if (this.listVoice && isNewBlock && !this.listArmed && !this.stamped && !this.forwardedPost) this.listMayEnd = true;
    this.postMayOpen = this.listArmed && !!this.listVoice;
    this.listArmed = false;
    // (a speaker the paragraph's own first sentence named: one cited in passing does not carry over)
    this.previousParagraph = this.last && this.last === this.openingSpeaker ? this.last : null;
    // (a quotation left open at the paragraph's end, as a quotation running over paragraphs is written: its speaker)
    this.openQuote = this.inside ? (this.quoteSpeaker ?? this.last) : null;
    this.previousQuoted = this.quoteSpeaker;
    this.openingSpeaker = undefined;
    this.firstOfParagraph = true;
    this.inheritedLast = false;
    this.countedBefore = null;
    this.carried = this.last = this.citer = this.quoteSpeaker = null;
    this.inside = false;
    this.pending = [];
  }

  /** The first mark or word of the paragraph being read. */
  private paragraphOpening = "";
  /** Whether this paragraph comes right under a line ending in ":" that named a voice: a quotation opening it is a quoted post. */
  private postMayOpen = false;

  /** A time stamp on a line of its own opens the next post or entry: the one before, and its signer, end there. */
  startStampedEntry(): void {
    this.stamped = true;
    this.forwardedPost = false;
    this.signedPost = false;
    this.listVoice = null;
    // ("15.20 GMT" / "ISW: Russian troops within 3km of Pokrovsk": a label heading one entry holds no floor past the next stamp)
    this.giveFloor(null);
  }

  /** After the paragraph's last sentence. */
  endParagraph(lastSentence: string): void {
    // ("1. HEARD:" read as "1." and "HEARD:": the paragraph's last sentence is the label)
    this.labelAlone = lastSentence.endsWith(":") && MINUTES_LABELS.has(lastSentence.slice(0, -1));
    if (this.labelAlone) this.giveFloor(null);
    // the post's first paragraph opens the quotation; the paragraph that ends on a quotation mark closes it
    const closes = QUOTE_CLOSING.test(lastSentence);
    if (this.quotedPost && closes) this.quotedPost = null;
    else if (this.postMayOpen && !closes && POST_OPENING_MARKS.has(this.paragraphOpening)) this.quotedPost = this.listVoice;
    // ('Serhii Horbunov, head of ...:' over a quotation opened and closed in one paragraph: his words end there, and the
    // page's "EVACUATION" section after them is the page's again)
    else if (this.postMayOpen && closes && POST_OPENING_MARKS.has(this.paragraphOpening)) this.listVoice = null;
    // "...:" over a list, or a heading naming its source in brackets: "GREATER ODESA PORTS IN JANUARY (USPA data)"
    const bracketed = /\)\s*$/.test(lastSentence) && this.sources.some((s) => this.tokens[s.start - 1]?.text === "(");
    // ("According to the General Staff, the situation in the directions was as follows." over quoted paragraphs)
    if (/:\s*$/.test(lastSentence) || bracketed || INTRODUCES_WHAT_FOLLOWS.test(lastSentence)) {
      // ("In Chernihivshchyna:" over the company's own list, after a paragraph citing Ukrenergo: a place heading a list
      // names no voice, and passes on none from the paragraph before)
      const voice = this.inheritedLast && this.last === this.previousParagraph ? this.carried : (this.last ?? this.carried);
      if (voice) {
        this.listVoice = voice;
        this.listArmed = true;
      }
    }
  }

  /** The interviewee answering, on a page that says it is an interview, outside its questions. */
  private answerer(): Source | null {
    return this.interview && !this.isQuestion ? this.answering : null;
  }

  startSentence(tokens: Token[], sources: SourceMention[], mentions: PlaceMention[]): void {
    this.tokens = tokens;
    this.sources = sources;
    this.opens = [];
    this.closes = [];
    this.startsInside = this.inside;
    // a forwarded post ends at its views or reactions ("👁 24.1K · 08:15", "views 61.7K · 09:26", "👍 1.2K  😢 2.4K"), at the
    // next post's stamp alone on its line ("[09:41]") or at a rule between posts ("———")
    if (this.forwardedPost && (isPostFooter(tokens) || isBareStamp(tokens) || isCountedStamp(tokens) || isRule(tokens))) {
      this.listVoice = null;
      this.forwardedPost = false;
    }
    if (this.listMayEnd) {
      // "Below is the breakdown as published by the OVA:" over "POKROVSK DISTRICT" lines, then "KRAMATORSK DISTRICT" lines
      this.listMayEnd = false;
      if (isCapitalsHeading(tokens)) this.listArmed = true;
      else this.listVoice = null;
    }
    let firstPerson = false; // "we" or "our" in the writer's own words, not in a quotation
    let writerSpeaks = false; // "I" or "my" in the writer's own words: "I can confirm two of them", "By my count, ..."
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k].kind !== "punct") {
        // ("we" is always a subject; "our" only as the sentence's first word: "They counted 1,020 of our servicemen" is theirs;
        // "As we reported, 40 drones were downed" points back to the outlet's earlier story, whose source stays)
        firstPerson ||= !this.inside && ((tokens[k].lower === "we" && tokens[k - 1]?.lower !== "as") || (k === 0 && tokens[k].lower === "our"));
        // ("I" before its verb, not "World War I"; "my" opening the sentence or after "by", "in", "to": "My own tally of ...")
        writerSpeaks ||= !this.inside && ((tokens[k].text === "I" && tokens[k + 1]?.kind === "word" && !tokens[k + 1].capitalized) || (tokens[k].lower === "my" && (k === 0 || MY_FRAMES.has(tokens[k - 1].lower))));
        continue;
      }
      const open = quoteOpenAfter(tokens[k].text, this.inside);
      if (open !== this.inside) (open ? this.opens : this.closes).push(k);
      this.inside = open;
    }
    const first = tokens[0]?.lower ?? "";
    if (first === "unless") this.standing = standingSource(tokens, this.speakers) ?? this.standing;
    // "Below are his posts from 14 to 16 July": the person just named speaks for what follows
    // ("Below is the full text of his video address": his words, whatever the text is called)
    const his = first === "below" && BE_PLURAL.has(tokens[1]?.lower ?? "") && (PERSONAL_POSSESSIVES.has(tokens[2]?.lower ?? "") || (tokens[2]?.lower === "the" && tokens.slice(3, 8).some((t, n) => t.lower === "of" && PERSONAL_POSSESSIVES.has(tokens[4 + n]?.lower ?? ""))));
    if (his && this.speakers.lastNamed) this.standing = this.speakers.lastNamed;
    // "The Ministry of Energy has published an update ... Below is the region-by-region summary": the body's document below
    // (one ending in ":" heads a list, whose voice ends with it: read where the line ends)
    else if (first === "below" && BE_PLURAL.has(tokens[1]?.lower ?? "") && tokens[2]?.lower === "the" && tokens[tokens.length - 1]?.text !== ":" && tokens.slice(3, 9).some((t) => BELOW_DOCUMENTS.has(t.lower)) && (this.last ?? this.speakers.lastBody)) {
      this.standing = this.last ?? this.speakers.lastBody!;
    }
    this.noteDocumentOwner(tokens, sources);
    // "we publish the posts of the acting governor of the Kursk region, Alexander Khinshtein, from his Telegram
    // channel": the one person the line names speaks in what follows
    if (this.sentencesRead < MAX_HEADER_SENTENCE && introducesPostsOf(tokens) && sources.length <= 1 && this.speakers.lastNamed) this.standing = sources[0]?.source ?? this.speakers.lastNamed;
    // "We publish his posts from 6 to 11 November": the person just named speaks in the posts below
    // ("The Russian Ministry of Defence has published its summary ... RG publishes the text without abridgement": the body just named)
    // ("Skhid News publishes the text of the update in full" further down, after the lead cited the update's body and another
    // source: the body whose update it named, for the rest of the page)
    else if (publishesOwnPosts(tokens)) {
      const named = this.last ?? this.speakers.lastNamed;
      this.standing = this.sentencesRead < MAX_HEADER_SENTENCE && named ? named : (this.documentOwners.get(documentNounOf(tokens) ?? "") ?? this.standing);
    }
    // "Morning summary of the head of the Kherson Regional Military Administration, Oleksandr Prokudin:": he signs all below
    // ("This is a summary of what was said by UNHCR spokesperson Elin Marstrand ... at today's press briefing": a briefing note's speaker)
    // (further down a digest, the same line over his quoted post is the post's voice: "Morning summary of the Kherson
    // RMA for 17 March, Oleksandr Prokudin:" over '"Over the past day the enemy carried out 94 attacks ..."')
    else if (introducesSummaryOf(tokens) || (this.sentencesRead < MAX_HEADER_SENTENCE && summarisesWhatWasSaid(tokens))) {
      const person = personAmong(sources) ?? this.personNamedIn(tokens);
      if (this.sentencesRead < MAX_HEADER_SENTENCE) this.standing = person ?? this.standing;
      else this.last = person ?? this.last;
    }
    // "Speech by Minister of Health of Ukraine Viktor Liashko at ...", "Evening address of the Head of the ... Administration.":
    // a person's own words published on a body's page are his, the person the line names or the one named just before
    else if (this.sentencesRead < MAX_HEADER_SENTENCE && titlesOwnWords(tokens)) this.standing = personAmong(sources) ?? this.namedPerson() ?? this.standing;
    // "the day's posts by the Zaporizhzhia City Council and by the head of ..., Ivan Fedorov": signed posts say whose
    // they are; "Unsigned posts are from the city council's Telegram channel" names the body the line before named
    if (this.sentencesRead < MAX_HEADER_SENTENCE && postsBy(tokens)) this.postBodies = bodiesNamed(tokens);
    if (first === "unsigned" && this.postBodies.length === 1) this.standing = this.postBodies[0];
    // "How the night went: the governor's posts" over a section of quoted posts, until the next heading
    const heading = sources.find((s) => s.heads);
    if (heading) {
      this.section = heading.source;
      this.sectionInCapitals = inCapitals(tokens);
    }
    // (a rule across the page, "---", closes the section too: a statement reposted between rules, the blogger's notes after)
    // (a section headed in capitals, "NATIONAL POLICE OF UKRAINE", only by another heading in capitals: not by its own
    // labels, "War crimes documented" over its figure)
    else if (this.firstOfParagraph && ((isSectionHeading(tokens) && !isDateLine(tokens) && (!this.sectionInCapitals || inCapitals(tokens))) || isRule(tokens))) this.section = null;
    // "Forwarded from ДСНС Дніпропетровщини | SES in Dnipropetrovsk Oblast": a post forwarded from another channel is that channel's
    // ("05:05 · Forwarded from Сергій Лисак | Serhii Lysak": after the post's time stamp too)
    // ("[Forwarded from Минобороны России]": a desktop export's line in brackets; "↪️ Forwarded from ...": after its mark)
    // ("[08:12] Forwarded from Вячеслав Гладков": a chat export's stamp in brackets)
    let stamp = timeStampEnd(tokens) || (tokens[0]?.text === "[" && tokens[1]?.kind === "num" && tokens[2]?.text === ":" && tokens[3]?.kind === "num" && tokens[4]?.text === "]" ? 5 : 0);
    for (let marks = 0; marks < 3 && tokens[stamp]?.kind === "punct"; marks++) stamp++;
    if (tokens[stamp]?.lower === "forwarded" && tokens[stamp + 1]?.lower === "from") {
      const origin = forwardedFrom(tokens, stamp + 2);
      // (a forwarded post runs over its blank lines to its footer, the next post's stamp or a rule)
      if (origin) {
        this.listVoice = origin;
        this.forwardedPost = true;
      }
    }
    // ("Oleksandr Tolokonnikov shared a post." over "Oleksandr Prokudin" over the post: the post is the name's under the line)
    // (the line is a name alone, not the post's text: "Oleksandr Prokudin", "Kherson Regional Clinical Hospital · 16:05")
    if (this.isAfterShareNotice) {
      this.isAfterShareNotice = false;
      const origin = tokens.length <= MAX_POSTER_LINE && !tokens.some((t) => t.kind === "num" && t.text.length > 2) ? forwardedFrom(tokens, 0) : null;
      if (origin) this.listVoice = origin;
    }
    // ("Oleksandr Tolokonnikov shared a post from Kizomys Starosta District.": the post is the body's it names)
    const shared = sharesPost(tokens);
    if (shared > 0 && tokens[shared]?.lower === "from") {
      const origin = forwardedFrom(tokens, shared + 1);
      if (origin) this.listVoice = origin;
    } else if (shared > 0) this.isAfterShareNotice = true;
    // "Head of the Khotin hromada Mykhailo Pyrozhenko", a photo's caption over his report on the council's site: his report
    const captioned = this.sentencesRead < MAX_HEADER_SENTENCE && this.firstOfParagraph ? nameAndOffice(tokens) : null;
    if (captioned) this.standing = captioned;
    // "▶ Ihor Terekhov: address to Kharkiv residents after the night attack" over a transcript on the council's channel:
    // the person whose speech the page sets out speaks in it, over the channel that posts it
    const speech = this.sentencesRead < MAX_HEADER_SENTENCE && this.firstOfParagraph ? speechTitleOf(tokens, sources) : null;
    if (speech) this.standing = speech;
    // "Attributed to Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder:" over a readout: he speaks for it
    if (first === "attributed" && tokens[1]?.lower === "to" && this.sentencesRead < MAX_HEADER_SENTENCE) this.standing = personAmong(sources) ?? this.personNamedIn(tokens) ?? this.standing;
    // "Spokesperson for the UN High Commissioner for Human Rights: Catherine Okafor" heading a briefing note
    if (SPOKESPEOPLE.has(first) && this.sentencesRead < MAX_HEADER_SENTENCE) this.document = spokespersonLine(tokens) ?? this.document;
    const placeLed = opensWithPlaceOrHour(tokens, mentions);
    // (a live page's key event, "• 5h ago — Three killed, 17 injured in Zaporizhzhia", is an entry of its own)
    const isKeyEvent = this.firstOfParagraph && ageStampEnd(tokens) > 0;
    if (isKeyEvent) {
      this.listVoice = null;
      this.giveFloor(null);
    }
    const continues = !isKeyEvent && (refersBack(tokens) || CONTINUATIONS.has(first) || (PAIR_OPENERS.has(first) && CONTINUATION_PAIRS.has(`${first} ${tokens[1]?.lower}`)) || placeLed);
    // "In Kupiansk, two women were injured." opening the paragraph after an official's account
    // (on an outlet's time-stamped page, any paragraph naming no source: "Earlier in the day, 14 settlements ..." under the
    // entry's paragraph relaying the governor; the stamp opens a new entry, whose heading names no one)
    if (this.firstOfParagraph && !this.last && !isKeyEvent && (placeLed || CONTINUATIONS.has(first) || (this.stamped && !this.document && !sources.some((s) => !s.weak)))) {
      this.last = this.previousParagraph;
      this.inheritedLast = !!this.last;
    }
    // '"Our drone operators are what holds the line ...' opening the paragraph after one whose quotation was left open:
    // the quotation goes on, in its speaker's words
    if (this.firstOfParagraph && !this.last && this.openQuote && POST_OPENING_MARKS.has(tokens[0]?.text ?? "")) this.last = this.openQuote;
    // "1. HEARD:" alone on its line over "Mykola Ostapenko – director of ..., who has informed that ...": the person the
    // next paragraph names has the floor, to the next label
    if (this.firstOfParagraph && this.labelAlone) {
      // (the person the line opens with, read as a name already: "Mykola Ostapenko – director of ...")
      const speaker = personAmong(sources) ?? (tokens[0]?.capitalized && this.speakers.lastNamed?.name.startsWith(tokens[0].text) ? this.namedPerson() : null);
      if (speaker) this.giveFloor(speaker);
      this.labelAlone = false;
    }
    if (this.firstOfParagraph && (transcriptLabelEnd(tokens) > 0 || initialledLabelEnd(tokens) > 0)) {
      // ("MARIIA ZHUK (voice-over): Before the invasion Orikhiv had some 14,000 residents.": the outlet's own journalist)
      const journalist = bracketSaysJournalist(tokens);
      const speaker = journalist ? null : sources.find((s) => s.frames && s.at === 0)?.source ?? minutesSpeaker(tokens, this.speakers);
      // "QUESTION (Reuters): ... Russia launched 500 drones": a journalist's turn, whose unsourced figures are no one's
      const asks = journalist || (!speaker && ASKER_LABELS.has(tokens[0].text));
      // "Q: How much money ...?" / "A: Since we started, about €1.3 billion.": an interview labelled only Q and A, whose
      // answers are the person its lead named before the first question
      if (asks) this.interviewee ??= this.speakers.agedPerson ?? this.namedPerson();
      this.giveFloor(speaker ?? (ANSWER_LABELS.has(tokens[0].text) ? this.interviewee : null), asks);
    }
    // "Mette Frederiksen: Thank you, Volodymyr." a press conference's transcript: a person's full name as the label
    else if (this.firstOfParagraph && this.transcript) {
      const label = sources.find((s) => s.frames && s.at === 0 && s.start === 0 && tokens[s.end]?.text === ":");
      if (label && isPersonName(label.source.name) && label.end >= 2) this.giveFloor(label.source);
    }
    // "The Secretary of State for Defence (John Healey)" alone on its line over his answer: he has the floor to the next
    // such line ("Mr Speaker" over "Order." gives it to no one)
    else if (this.firstOfParagraph && this.nameLabels) {
      const label = nameLabel(labelPart(tokens), (surname) => this.labelled.has(surname));
      if (label) this.labelled.add(label.surname);
      if (label) this.giveFloor(personFound(label, this.speakers, tokens, 0, false)?.source ?? null);
      else if (CHAIR_LINE.test(tokens.map((t) => t.text).join(" "))) this.giveFloor(null);
    }
    // a written answer's minister ("Answered on ... by Ian Cradock, ...") answers until the next "Asked by ..."
    const answerer = this.firstOfParagraph ? sources.find((s) => s.answers) : undefined;
    if (answerer) this.giveFloor(answerer.source);
    else if (this.firstOfParagraph && first === "asked" && tokens[1]?.lower === "by") this.giveFloor(null);
    // "Boris Pistorius: Let me be precise. ..." answering the question before: he answers the unlabelled ones after too
    const answerLabel = this.firstOfParagraph && this.afterQuestion ? sources.find((s) => s.frames && s.at === 0 && tokens[s.end]?.text === ":") : undefined;
    // (and the journalist's turn ends there)
    if (answerLabel && isPersonName(answerLabel.source.name)) {
      this.answering = answerLabel.source;
      this.asking = false;
    }
    // "— Dmytro Serhiiovych, how many wounded ...?" / "— We took in 27 ...": an interview in dashes, with no labels;
    // the answers are the person the lead named before the first question
    if (this.firstOfParagraph && EM_DASHES.has(tokens[0]?.text ?? "")) {
      // (or the soldier it introduced by his call sign: "Oleksandr, call sign \"Sych\", commands ...")
      if (this.isQuestion) this.interviewee ??= this.speakers.agedPerson ?? this.speakers.lastNamed ?? this.speakers.lastCallSign ?? null;
      else if (this.afterQuestion && this.interviewee && !answerLabel) this.answering = this.interviewee;
    }
    // "How many assaults does the brigade repel in a day now?" over "On our sector, 25 to 40.": on a page that says it is an
    // interview, a question on a line of its own, unmarked, and the answer under it, the person the lead named
    else if (this.firstOfParagraph && this.interview && !this.turn && !answerLabel) {
      if (this.isQuestion && isQuestionLine(tokens)) this.interviewee ??= this.speakers.agedPerson ?? this.namedPerson();
      else if (this.afterQuestion && this.interviewee) this.answering = this.interviewee;
    }
    // "Tymur Tkachenko: Updated information by district 👇" opens a post: its lines are his to the block's end
    const label = this.firstOfParagraph ? sources.find((s) => s.frames && s.at === 0 && (tokens[s.end]?.text === ":" || s.posts)) : undefined;
    // (a label with its figures on the same line speaks for that line alone: "📌 MoD data: 12 counterattacks ...",
    // unless a person signs the post: "Oleh Syniehubov: Over the past day, 17 settlements ..." over its district lines)
    if (label && (isPersonName(label.source.name) || !tokens.some((t, k) => k > label.end && t.kind === "num"))) {
      this.listVoice = label.source;
      this.signedPost = this.stamped && isPersonName(label.source.name);
    }
    if (this.firstOfParagraph) this.paragraphOpening = tokens[0]?.text ?? "";
    this.firstOfParagraph = false;
    // "By our data, ...": the author's own figures, the author named or not; "We can confirm only two of
    // them.": the author speaking in its own voice, when the author is known
    // "By UA Pulse's count", "According to Ukrinform's tally": the outlet counting for itself
    // ("As Ukrinform reported, on 20 February Russian troops attacked Odesa with 26 drones": the outlet recalling its own story)
    const opening = first === "by" || (first === "according" && tokens[1]?.lower === "to") ? countingOutlet(tokens, this.outlet, first === "by" ? 1 : 2, this.masthead) : null;
    // (unless the recalled story named its source: "As Interfax-Ukraine reported, ... 45 missiles ..., according to the Air Force")
    const recalls = first === "as" && outletRecalls(tokens, this.outlet) && !namesSourceAfterComma(tokens, sources);
    const outletCounts = opening?.own === true || recalls;
    this.outletCounted = outletCounts && !this.startsInside;
    const isOwn = (outletCounts || ownFraming(tokens)) && !this.startsInside;
    this.countsOwn = (isOwn && (first === "by" || first === "according" || first === "as")) || (!this.startsInside && outletsWitness(tokens, this.outlet));
    // ("By our battalion's count, ...": in an interview's answer, the one answering)
    this.ownVoice = outletCounts || !this.countsOwn ? null : this.turn ?? this.answerer() ?? this.author(); // "By UA Pulse's count" is the outlet's, whoever signs
    this.ownUntil = this.countsOwn ? ownClauseEnd(tokens, sources) : 0;
    // "..., down from a peak of 725 sq km in November, according to a Reuters analysis of data from the ISW": the
    // page's own analysis closing the sentence speaks for the whole of it, whatever data it drew on
    // ("By Reuters' count, about 17% of refining capacity was offline" in a column: Reuters' figure)
    const closing = this.countsOwn || this.startsInside ? null : closingOutletCount(tokens, this.outlet, this.masthead);
    // (another outlet's count gives way to a source the sentence names: "By Reuters' count, the National Guard reported ...")
    const counted = (opening && !opening.own ? opening : closing) ?? null;
    if (counted && !this.countsOwn && !this.startsInside && (counted.own || !sources.some((s) => !s.weak))) {
      this.countsOwn = true;
      this.outletCounted = true;
      this.ownVoice = counted.own ? null : { name: counted.name, side: null };
      this.ownUntil = counted === opening ? ownClauseEnd(tokens, sources) : tokens.length;
    }
    // "By his calculation, based on figures from the Finance Ministry, more than 3 billion euros ...": the person just named reckons
    if (!this.countsOwn && !this.startsInside && first === "by" && PERSONAL_POSSESSIVES.has(tokens[1]?.lower ?? "") && RECKONINGS.has(tokens[2]?.lower ?? "") && this.speakers.lastNamed) {
      this.countsOwn = true;
      this.ownVoice = this.speakers.lastNamed;
      this.ownUntil = ownClauseEnd(tokens, sources);
    }
    // "By ZN.UA's count, this is the fourth week ... The largest attack of the week involved 415 drones": the count goes on in
    // the paragraph's next sentence that names no one (its figures are no authority's)
    if (!this.countsOwn && !this.startsInside && !this.firstOfParagraph && this.countedBefore && !sources.some((s) => !s.weak)) {
      this.countsOwn = true;
      this.outletCounted = true;
      this.ownVoice = this.countedBefore.voice;
      this.ownUntil = tokens.length;
    }
    // "According to our map, ...", "we can confirm six of them": a channel or a body writing as "we" speaks itself
    // ("By our newsroom's count, ..." opening a block of a stamped page: the newsroom, not the entry's label, speaks from here)
    if (this.countsOwn && this.stamped && !this.signedPost) this.listVoice = null;
    // ("— In February we counted 412 assaults on our section": in an interview's answer, the one answering and his unit)
    // (a journalist asking, "Q: By our count, five North Korean generals are in Russia?", counts for her outlet: no one's source)
    const questionCounts = this.asking && this.isQuestion;
    const ownVoice = firstPerson && !this.startsInside && !questionCounts ? this.turn ?? this.answerer() ?? this.section ?? this.standing ?? this.document : null;
    this.speaksOwn = !!ownVoice;
    // "Moscow claims its troops took 6 villages. I can confirm two of them.": the one writing, not the source before (the
    // floor's holder, the interviewee answering, a labelled post's signer, the page's author; else the outlet, no one)
    const writes = writerSpeaks && !firstPerson && !this.startsInside && !isOwn;
    // (a journalist asking, "Q: By my math, that leaves about $7.1 billion", is no one's source)
    const writer = writes && !this.asking ? this.turn ?? (this.isQuestion ? null : this.answering) ?? this.listVoice ?? this.section ?? this.standing ?? this.document : null;
    // "Units of the Zapad group of forces repelled 6 counterattacks" opening an unsourced paragraph of a story that cited the
    // Russian Defence Ministry: the ministry's summary, retold group by group (not in an issuer's own document, an ISW note)
    if (!this.last && !this.document && this.summaryIssuer && recountsArmyGroup(tokens)) this.last = this.summaryIssuer;
    // Last, a sentence naming no source goes on with the paragraph's last speaker, then the floor or the document.
    this.base = isOwn ? (questionCounts ? null : (this.turn ?? this.answerer() ?? this.author())) : writes ? writer : ownVoice ?? this.carried ?? (continues ? this.last : null) ?? this.listVoice ?? subjectOfSentence(tokens, this.speakers) ?? null;
    this.baseCarried = !isOwn && !writes && !this.base && !!this.last;
    if (!isOwn && !writes) this.base ??= this.last ?? (this.asking ? null : this.turn ?? (this.isQuestion ? null : this.answering) ?? this.section ?? this.standing ?? this.document);
  }

  /** Who "we" and "our count" are: the document's author (an outlet signing nothing is no one). */
  private author(): Source | null {
    return this.signed ? null : this.document;
  }

  /**
   * The source of the figure at token `at`, and whether it waits for a speaker named later in the quotation; `named`: the
   * sentence names the source itself ("..., the Navy said"), no voice carried or assumed.
   */
  sourceAt(at: number, category: string | null = null, isGeography = false): { source: Source | null; waits: boolean; own?: boolean; named?: boolean } {
    // "By UA Pulse's count, ... the National Guard reported a total of ...": the outlet's own sum
    if (this.countsOwn && at < this.ownUntil) return { source: this.ownVoice, waits: false, own: true };
    const own = pickSource(this.sources, at, this.tokens);
    if (own) return { source: own.source, waits: false, named: true };
    // "The city lies about 90 km from the border" after "..., according to the city authorities": the writer's geography
    // (a document's own author, an interviewee answering, still speaks for it)
    // (a relay's document voice, signing its headline, does not: "National Guard: ..." over "Kupiansk, home to about 27,000 people ...")
    if (isGeography && !this.isQuoted(at) && (this.base !== this.document || this.signed) && this.base !== this.standing && this.base !== this.turn && this.base !== this.answering) return { source: null, waits: false };
    // an authority speaks on, in its paragraph, only of its own kind of figure ("Five people were hurt" is not the Air Force's)
    // (so does one carried from "According to the Air Force, ..." opening a sentence before)
    if ((this.baseCarried || (this.base && this.base === this.carried)) && category && this.base && AUTHORITY_CATEGORIES.has(this.base.name) && !AUTHORITY_CATEGORIES.get(this.base.name)!.includes(category)) {
      return { source: this.citer ?? this.turn ?? this.section ?? this.standing ?? this.document, waits: false };
    }
    if (!this.isQuoted(at)) return { source: this.base, waits: false, own: this.speaksOwn && this.base === (this.turn ?? this.document) };
    if (this.quoteSpeaker) return { source: this.quoteSpeaker, waits: false };
    // ('"Rescuers worked through the night ...," Artiukh wrote.' over '"Unfortunately, ... Eleven of the injured remain in hospital."')
    const goesOn = POST_OPENING_MARKS.has(this.paragraphOpening) ? this.previousQuoted : null;
    return { source: goesOn ?? this.base, waits: true };
  }

  /**
   * The voice of a figure of `category` whose sentence gave it `source`: the authority on that category the report has
   * cited, when the figure has no speaker but the report's author, and that author is no person (a page a person speaks,
   * his address or his post, keeps his own figures: "This week alone, Russia has launched ... 81 missiles").
   */
  authorityOver(category: string, source: Source | null): Source | null {
    if (source && source !== this.document && source !== this.standing && source !== this.section) return source;
    if (source === this.document && source && isPersonName(source.name)) return source;
    return this.authorities.get(category) ?? source;
  }

  wait(claim: Claimed): void {
    this.pending.push(claim);
  }

  /** `hadFigures`: whether the sentence gave any claim. */
  endSentence(hadFigures = true): void {
    const { sources } = this;
    this.countedBefore = this.outletCounted && this.countsOwn && this.ownUntil >= this.tokens.length && !this.inside ? { voice: this.ownVoice } : null;
    const lastClose = this.closes[this.closes.length - 1];
    const after = lastClose === undefined ? undefined : sources.find((s) => s.at > lastClose && !s.weak);
    if (after) {
      this.quoteSpeaker = after.source;
      for (const claim of this.pending) claim.attribution = this.canonical(after.source);
    }
    if (after || !this.inside) this.pending = [];
    const firstOpen = this.opens[0];
    const before = firstOpen === undefined ? undefined : sources.filter((s) => s.at < firstOpen && !s.weak).pop();
    if (before) this.quoteSpeaker = before.source; // `he said: "...`
    // "According to X, ..." or "Trehubov: ..." opening a sentence frames what follows in the paragraph.
    const opening = sources.find((s) => s.frames);
    if (opening) this.carried = opening.source;
    // "Russian drones attacked Dnipro overnight, Lysak said on Telegram. Two people were killed ...":
    // a sentence that names its speaker but gives no figure introduces the account that follows.
    const introduces = !hadFigures && !this.startsInside && !this.inside ? sources.filter((s) => !s.weak).pop() : undefined;
    if (introduces) this.carried = introduces.source;
    // "... – General Staff", or a headline led by its source: "National Guard: 247 occupiers and 312 drones hit in a day"
    // (the file's " date 2025-10-09" line is no line of the page: it takes no headline's place)
    const isDateLine = this.tokens[0]?.lower === "date" && this.tokens[1]?.kind === "num" && this.tokens.length <= 6;
    const isHeadline = (isDateLine ? this.sentencesRead : this.sentencesRead++) < MAX_HEADLINE_SENTENCE;
    // (the report's own headline is the first line with figures: a liveblog's later entry headings sign nothing)
    const signature = isHeadline
      ? sources.find((s) => s.signs || (!this.sawFigures && !this.sawHeadline && !this.dateline && s.frames && s.at === 0 && this.tokens[s.end]?.text === ":" && isTitleLine(this.tokens) && !quotesAfterLabel(this.tokens, s)))
      : undefined;
    // "Latest Defence Intelligence update on the situation in Ukraine – 18 June 2025": a title naming its issuer, with no figure of its own
    // ("Russian Defence Ministry's summary of the progress of the special military operation (7 – 13 June 2025)": its dates too)
    if (!this.document && isHeadline && !hadFigures && this.tokens.length <= 24) this.document = issuerOfTitle(this.tokens);
    this.sawFigures ||= hadFigures;
    // ("Ukraine war latest: Russia hits Kharkiv's Kholodnohirskyi district, ..." over "Air Force: 104 of 136 drones downed":
    // an item's heading under the page's own headline signs only its item)
    this.sawHeadline ||= isHeadline && !hadFigures && isTitleLine(this.tokens) && !this.tokens.some((t) => t.text === "·" || t.text === "|") && this.tokens.filter((t) => t.kind === "word").length >= 8;
    if (signature && !this.document) {
      this.document = signature.source;
      this.signed = true;
    }
    const strong = sources.filter((s) => !s.weak);
    if (this.openingSpeaker === undefined) this.openingSpeaker = strong.length ? strong[strong.length - 1].source : null;
    // "UN News" over "..., the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said": the UN's news service speaks
    // for the body its story first names
    if (this.document?.name === UNITED_NATIONS && !this.namedFirst && strong.length) {
      const body = strong.find((s) => UN_BODIES.has(s.source.name));
      if (body) {
        this.narrowedFrom = this.document;
        this.document = body.source;
      }
    }
    this.namedFirst ||= strong.length > 0;
    for (const { source } of strong) {
      for (const category of AUTHORITY_CATEGORIES.get(source.name) ?? []) this.authorities.set(category, source);
      if (source.name === SUMMARY_ISSUER) this.summaryIssuer = source;
    }
    this.last = strong.length ? strong[strong.length - 1].source : this.base !== this.document && this.base !== this.standing && this.base !== this.section ? this.base : null;
    if (strong.length) this.inheritedLast = false; // (the paragraph named its speaker itself)
    const lastMention = strong[strong.length - 1];
    if (lastMention) this.citer = lastMention.cites ? strong.filter((s) => !s.cites && s.at < lastMention.at).pop()?.source ?? null : null;
  }

  private isQuoted(at: number): boolean {
    let inside = this.startsInside;
    for (let k = 0, o = 0, c = 0; k <= at; k++) {
      if (this.opens[o] === k) { inside = true; o++; }
      if (this.closes[c] === k) { inside = false; c++; }
    }
    return inside;
  }
}

/** A minutes' label: "HEARD: Oleh Syniehubov", or alone at a line's end ("1. HEARD:"), its speaker named in the next paragraph. */
const MINUTES_LABELS = new Set(["HEARD", "SPOKE", "REPORTED", "SPEAKER", "SPEAKERS"]);

/** Transcript labels of a journalist asking. */
const ASKER_LABELS = new Set(["QUESTION", "Q", "JOURNALIST", "REPORTER", "QUESTIONER"]);
const ANSWER_LABELS = new Set(["ANSWER", "A"]);
const MY_FRAMES = new Set(["by", "in", "to", "of"]);

/** An interviewer's question on its own line: one short sentence ending in "?", no label, no quotation. */
function isQuestionLine(tokens: Token[]): boolean {
  return tokens.length <= 40 && tokens[tokens.length - 1]?.text === "?" && tokens[1]?.text !== ":" && !QUOTE_MARKS.has(tokens[0]?.text ?? "");
}

/** A council's minutes: "HEARD: O. Senkevych, city mayor." gives the floor to the person the label names. */
function minutesSpeaker(tokens: Token[], speakers: SpeakerMemory): Source | null {
  if (!MINUTES_LABELS.has(tokens[0]?.text ?? "") || tokens[1]?.text !== ":") return null;
  let k = 2;
  const initial = tokens[k]?.text.length === 1 && tokens[k].capitalized && tokens[k + 1]?.text === "." ? `${tokens[k].text}. ` : "";
  if (initial) k += 2;
  const surname = tokens[k];
  if (!surname?.capitalized || surname.kind !== "word") return representedBody(tokens, k, speakers);
  // "HEARD: Liudmyla Karpenko, head of the Department ...": a speaker named in full
  const name = !initial && FIRST_NAMES.has(surname.lower) ? nameAt(tokens, k) : null;
  if (name && name.parts >= 2) return knownPerson(name) ?? personBySurname(speakers, name.surname) ?? { name: name.text, side: null };
  return personBySurname(speakers, surname.lower) ?? { name: `${initial}${surname.text}`, side: null };
}

/** "SPOKE: a representative of the city military administration.": an unnamed representative speaks for the body. */
function representedBody(tokens: Token[], from: number, speakers: SpeakerMemory): Source | null {
  let k = from;
  if (tokens[k]?.lower === "a" || tokens[k]?.lower === "the") k++;
  if (!REPRESENTATIVES.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return null;
  k += tokens[k + 2]?.lower === "the" ? 3 : 2;
  // ("a representative of the Pavlohrad district department of the State Emergency Service": the body the lexicon knows)
  let body = orgAt(tokens, k)?.source ?? knownBodyWithin(tokens, k, k + 10);
  for (let end = k + 1; !body && end <= Math.min(tokens.length, k + 5); end++) body = localOffice(tokens, end, speakers)?.source ?? null;
  // ("... He said the city had been attacked 23 times": "he" is the representative, who speaks for the body)
  if (body) speakers.lastNamed = body;
  return body;
}

/** The first body the lexicon knows between tokens `from` and `to` (not the generic "ministry"). */
function knownBodyWithin(tokens: Token[], from: number, to: number): Source | null {
  for (let j = from; j < Math.min(to, tokens.length); j++) {
    const known = tokens[j].capitalized ? longestAt(sourcesByFirst, tokens, j) : null;
    if (known && known.source.name !== GENERIC_MINISTRY) return known.source;
  }
  return null;
}

const REPRESENTATIVES = new Set(["representative", "representatives", "spokesperson", "official", "officials"]);

/**
 * A figure that points back at the previous sentence's count ("44 of the drones", "Three of them",
 * "another 14", "23 others", "the remaining 12") continues that sentence's account.
 */
function refersBack(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.kind !== "num" && !NUMBER_WORDS.hasToken(token)) continue;
    const before = tokens[k - 1]?.lower;
    const after = tokens[k + 1]?.lower;
    if (before === "another" || before === "remaining" || before === "further" || after === "others" || after === "more") return true;
    if (after === "of" && BACK_REFERENCES.has(tokens[k + 2]?.lower ?? "")) return true;
  }
  return false;
}

const BACK_REFERENCES = new Set(["them", "these", "those", "the", "whom", "which"]);
const NUMBER_WORDS = new WordSet(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "most", "half", "all", "some", "many"]);

/**
 * "In Aleshki, 11 residential houses were damaged.", "Near Artyomovsk, Ukrainian losses amounted to ...", "At about 10:40,
 * a drone hit ...": a sentence opened by where or when its incident happened.
 */
function opensWithPlaceOrHour(tokens: Token[], mentions: PlaceMention[]): boolean {
  return (LOCATIVE_OPENERS.has(tokens[0]?.lower ?? "") && !!mentions[0] && mentions[0].start <= 3) || opensWithClockTime(tokens);
}

/** "At about 10:40, a drone hit a car park ...": an incident told by its hour, going on with the account before. */
function opensWithClockTime(tokens: Token[]): boolean {
  if (tokens[0]?.lower !== "at" && tokens[0]?.lower !== "around") return false;
  const k = tokens[1]?.lower === "about" || tokens[1]?.lower === "around" ? 2 : 1;
  return tokens[k]?.kind === "num" && tokens[k + 1]?.text === ":" && tokens[k + 2]?.kind === "num" && !tokens[k + 1].spaced;
}

/** Whose daily summary the army groups' sections retell. */
const SUMMARY_ISSUER = "Russian Defence Ministry";

/** A sentence announcing the text under it: "... was as follows.", "... reported the following." */
const INTRODUCES_WHAT_FOLLOWS = /\b(?:as follows|the following)\.\s*$/i;

/** "Units of the Sever group of forces defeated ...", "The Dnepr Group of Forces inflicted ...": the ministry's summary, one army group's day. */
function recountsArmyGroup(tokens: Token[]): boolean {
  const opening = tokens[0]?.lower === "units" && tokens[1]?.lower === "of" ? 2 : 0;
  // ("Battlegroup West units improved their tactical position ...", "Units of the Battlegroup East advanced ...": TASS's
  // English name for a group)
  const named = tokens[opening]?.lower === "the" ? opening + 1 : opening;
  if (tokens[named]?.lower === "battlegroup" && tokens[named + 1]?.capitalized) return true;
  if (tokens[opening]?.lower !== "the") return false;
  for (let k = opening + 1; k < Math.min(tokens.length - 2, opening + 8); k++) {
    if (tokens[k].lower === "group" && tokens[k + 1].lower === "of" && tokens[k + 2].lower === "forces") return true;
  }
  return false;
}

/** An official named as the subject near the start: "The regional governor, Oleh Syniehubov, has ordered ...". */
function subjectOfSentence(tokens: Token[], speakers: SpeakerMemory): Source | null {
  for (let k = 0; k < Math.min(tokens.length - 1, 10); k++) {
    if (!tokens[k]?.capitalized || !tokens[k + 1]?.capitalized || NOT_SUBJECT.has(tokens[k - 1]?.lower ?? "")) continue;
    const surname = tokens[k + 1].lower;
    const first = isFirstName(tokens[k].lower) ? tokens[k].lower : null;
    const person = lexiconPerson(first, surname) ?? (speakers.spoken?.has(surname) ? speakers.surnames.get(surname) : undefined);
    if (person) return person;
    // (a namesake of one the lexicon knows: "Southern Defence Forces spokesman Vladyslav Voloshyn on the telethon:")
    const namesake = first && PEOPLE.has(surname) ? nameAt(tokens, k) : null;
    if (namesake && namesake.parts === 2) return { name: namesake.text, side: null };
  }
  return null;
}

/** A strong source named after the sentence's first comma ("As X reported, ..., according to the Air Force"). */
function namesSourceAfterComma(tokens: Token[], sources: SourceMention[]): boolean {
  const comma = tokens.findIndex((t) => t.text === ",");
  return comma > 0 && sources.some((s) => !s.weak && s.start > comma);
}

/** Genres of a signed text: "Morning summary of ...:", "Evening address of ...:". */
const SIGNED_GENRES = new Set(["summary", "address", "update", "report", "statement", "briefing"]);

/** "Morning summary of the head of ..., Oleksandr Prokudin:": a line ending in a colon that names whose text follows. */
function introducesSummaryOf(tokens: Token[]): boolean {
  if (tokens[tokens.length - 1]?.text !== ":") return false;
  for (let k = 0; k < Math.min(3, tokens.length - 1); k++) if (SIGNED_GENRES.has(tokens[k].lower) && tokens[k + 1].lower === "of") return true;
  return false;
}

/** The genres of one person's own words, as a page titles them. */
const OWN_WORDS = new Set(["address", "speech", "remarks", "message"]);

/** "Speech by ...", "Evening address of the Head of ...", "Video address by ...": a line titling a person's own words. */
function titlesOwnWords(tokens: Token[]): boolean {
  for (let k = 0; k < Math.min(3, tokens.length - 1); k++) {
    if (OWN_WORDS.has(tokens[k].lower)) return tokens[k + 1].lower === "by" || tokens[k + 1].lower === "of";
    if (!tokens[k].capitalized || tokens[k].kind !== "word") return false; // ("Evening", "Video", "New Year": its kind before it)
  }
  return false;
}

/** "a summary of what was said by ...": a briefing note's formula for whose words it gives. */
function summarisesWhatWasSaid(tokens: Token[]): boolean {
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (tokens[k].lower === "what" && tokens[k + 1].lower === "was" && tokens[k + 2].lower === "said" && tokens[k + 3].lower === "by") return true;
  }
  return false;
}

/** "the posts of X", "the posts by X" in a line with no figure of its own, of one author ("... and by ..." names several). */
/** The first person among the sentence's sources. */
function personAmong(sources: SourceMention[]): Source | undefined {
  return sources.find((s) => isPersonName(s.source.name))?.source;
}

function introducesPostsOf(tokens: Token[]): boolean {
  return !tokens.some((t) => t.lower === "and") && postsBy(tokens);
}

const PUBLISH_VERBS = new Set(["publish", "publishes", "published", "relay", "relays", "reproduce", "reproduces", "quote", "quotes"]);
/** How a page says it gives a text whole: "without abridgement", "in full", "unabridged". */
const UNABRIDGED = new Set(["abridgement", "abridgment", "full", "unabridged", "cuts"]);

/** What a title says a person's words are: "address to Kharkiv residents", "video address", "evening appeal", "speech". */
const SPEECH_NOUNS = new Set(["address", "speech", "appeal", "remarks", "statement"]);
const SPEECH_MODIFIERS = new Set(["video", "evening", "morning", "daily", "nightly", "weekly", "traditional", "new", "televised", "full"]);

/** "Ihor Terekhov: address to Kharkiv residents ...", a speech's title led by its speaker's label: the speaker. */
function speechTitleOf(tokens: Token[], sources: SourceMention[]): Source | null {
  const label = sources.find((s) => s.frames && s.at <= 1 && tokens[s.end]?.text === ":" && isPersonName(s.source.name));
  if (!label) return null;
  let k = label.end + 1;
  while (SPEECH_MODIFIERS.has(tokens[k]?.lower ?? "")) k++;
  return SPEECH_NOUNS.has(tokens[k]?.lower ?? "") ? label.source : null;
}

/** The chair's line of its own in a debate's record: "Mr Speaker", "Madam Deputy Speaker", "The Chair". */
const CHAIR_LINE = /^(?:(?:Mr|Madam|Madame) (?:Deputy )?Speaker|The Chair(?:man|woman)?)$/;
const MAX_BRACKET_TOKENS = 8;

/**
 * A speaker's line of its own, as a debate's record sets it over his words: "John Healey", "1. Sarah Denholm (Stroud)
 * (Lab)", "T3. Ben Whitlock (Ceredigion Preseli) (LD)", "The Secretary of State for Defence (John Healey)". The name,
 * a known first name opening it, or null.
 */
export function nameLabel(tokens: Token[], known: (surname: string) => boolean = () => false): NameMatch | null {
  let k = 0;
  if (tokens[0]?.text === "T" && tokens[1]?.kind === "num" && !tokens[1].spaced) k = 1; // "T3.": a topical question's number
  if (tokens[k]?.kind === "num" && tokens[k + 1]?.text === ".") k += 2;
  // ("3. [902417] Mark Hollis (Bexhill and Battle) (Con)": the question's number in the record's brackets)
  if (tokens[k]?.text === "[" && tokens[k + 1]?.kind === "num" && tokens[k + 2]?.text === "]") k += 3;
  // "The Secretary of State for Defence (John Healey)": the office, the holder's name in the brackets closing the line
  if (tokens[k]?.text === "The" && tokens[tokens.length - 1]?.text === ")") {
    let open = tokens.length - 2;
    while (open > k + 1 && tokens[open].text !== "(") open--;
    // (the office before it vouches for the name: "(Luke Pollard)" needs no first name the lexicon knows)
    const name = open > k + 1 && tokens[open + 1]?.capitalized ? nameAt(tokens, open + 1) : null;
    return name && name.parts >= 2 && open + 1 + name.words === tokens.length - 1 ? name : null;
  }
  const name = tokens[k]?.capitalized ? nameAt(tokens, k) : null;
  if (!name || name.parts < 2) return null;
  // ("(Stroud) (Lab)": the member's seat and party after the name, nothing else)
  let groups = 0;
  for (let j = k + name.words; j < tokens.length; groups++) {
    const close = tokens.findIndex((t, n) => n > j && t.text === ")");
    if (groups === 2 || tokens[j].text !== "(" || close < 0 || close - j > MAX_BRACKET_TOKENS) return null;
    j = close + 1;
  }
  // (a name alone on its line needs a first name the lexicon knows, or a surname a label gave before: "Luke Pollard")
  return groups > 0 || FIRST_NAMES.has(tokens[k].lower) || known(name.surname) ? name : null;
}

/** The tokens of a label set before a colon on its speaker's line ("... (John Healey): The hon. ..."), else them all. */
function labelPart(tokens: Token[]): Token[] {
  const colon = tokens.findIndex((t) => t.text === ":");
  return colon > 0 && tokens[colon - 1].text === ")" ? tokens.slice(0, colon) : tokens;
}

const MIN_NAME_LABELS = 3;
/**
 * A debate's label naming an office with its holder in brackets, or closing on a member's party ("(Lab)", "(Con)"), on a
 * line of its own or before a colon and the words on its line ("The Secretary of State for Defence (John Healey): ...").
 */
const OFFICE_OR_PARTY_LABEL = /^[^\S\n]*(?:T?\d{1,2}\.[^\S\n]+)?The [^\n(:]+\([^()\n]+\)[^\S\n]*(?:$|:)|\((?:Lab|Con|LD|SNP|Ind|DUP|SDLP|PC|Green|Lab\/Co-op|Reform)\)[^\S\n]*(?:$|:)/m;
const MAX_LABEL_LINE = 120;
/**
 * A line a speaker's label may be: capitals opening it, no sentence's end mark closing it; or such a label closing on a
 * bracket before a colon and the speaker's words on the same line (the label captured).
 */
const LABEL_LINE = /^[^\S\n]*(?:T?\d{1,2}\.[^\S\n]+)?\p{Lu}[^\n.!?:]*$|^[^\S\n]*((?:T?\d{1,2}\.[^\S\n]+)?(?:\[\d+\][^\S\n]+)?\p{Lu}[^\n.!?:]*\)):[^\S\n]/gmu;

/**
 * Whether the page sets at least three speakers' lines of their own over their words (nameLabel), two speakers at least,
 * one line naming an office or a party (OFFICE_OR_PARTY_LABEL).
 */
export function hasNameLabels(text: string): boolean {
  if (!OFFICE_OR_PARTY_LABEL.test(text)) return false; // (one pass: most pages have no line a debate's record needs)
  let labels = 0;
  const surnames = new Set<string>();
  let bracketed = false; // (one label at least names an office or a party: "The Secretary of State ... (John Healey)", "(Stroud) (Lab)"; not a page's comments, "Iryna Kovalenko (Kharkiv)")
  for (const [whole, inline] of text.matchAll(LABEL_LINE)) {
    const line = inline ?? whole;
    if (line.length > MAX_LABEL_LINE) continue;
    const name = nameLabel(tokenize(line), (surname) => surnames.has(surname));
    if (!name) continue;
    labels++;
    surnames.add(name.surname);
    bracketed ||= OFFICE_OR_PARTY_LABEL.test(line);
  }
  return labels >= MIN_NAME_LABELS && surnames.size >= 2 && bracketed;
}

/** "We publish his posts from 6 to 11 November, lightly shortened": a page relaying one person's posts. */
function publishesOwnPosts(tokens: Token[]): boolean {
  // ("..., governor Vyacheslav Gladkov said in his evening report. ... We publish the report by district.": the report named)
  if (tokens[0]?.lower === "we" && PUBLISH_VERBS.has(tokens[1]?.lower ?? "") && tokens[2]?.lower === "the" && DOCUMENT_NOUNS.has(tokens[3]?.lower ?? "") && !tokens.some((t) => t.kind === "num")) return true;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (PUBLISH_VERBS.has(tokens[k - 1].lower) && PERSONAL_POSSESSIVES.has(tokens[k].lower) && (tokens[k + 1].lower === "posts" || tokens[k + 1].lower === "messages")) return true;
    // "Dnipro Today publishes the full text": an address or a speech, in the words of the person just named
    if (tokens[k].lower === "full" && (tokens[k + 1].lower === "text" || tokens[k + 1].lower === "transcript") && PUBLISH_VERBS.has(tokens[k - 2]?.lower ?? "")) return true;
    // ("RG publishes the text without abridgement", "... the text of the update in full and without changes")
    if (tokens[k].lower === "text" && PUBLISH_VERBS.has(tokens[k - 2]?.lower ?? "") && tokens.slice(k + 1).some((t, n) => UNABRIDGED.has(t.lower) && (t.lower !== "full" || tokens[k + n]?.lower === "in"))) return true;
    // ("The Russian Defence Ministry published its weekly summary ... We reproduce it in full")
    if (PUBLISH_VERBS.has(tokens[k - 1].lower) && tokens[k].lower === "it" && tokens[k + 1].lower === "in" && tokens[k + 2]?.lower === "full") return true;
  }
  return false;
}

/** The first document noun of a sentence ("update", "report", "statement", ...), or null. */
function documentNounOf(tokens: Token[]): string | null {
  return tokens.find((t) => DOCUMENT_NOUNS.has(t.lower))?.lower ?? null;
}

/** "the posts of ...", "the posts by ..." in a line with no figure of its own. */
function postsBy(tokens: Token[]): boolean {
  if (tokens.some((t) => t.kind === "num")) return false;
  for (let k = 0; k < tokens.length - 1; k++) {
    if ((tokens[k].lower === "posts" || tokens[k].lower === "messages") && (tokens[k + 1].lower === "of" || tokens[k + 1].lower === "by")) return true;
  }
  return false;
}

/** The organisations a posts line names as authors, right after "by" ("by the Zaporizhzhia City Council"), not in a title ("the head of ..."). */
function bodiesNamed(tokens: Token[]): Source[] {
  const bodies: Source[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1].lower !== "by") continue;
    const org = orgAt(tokens, tokens[k].lower === "the" ? k + 1 : k);
    if (org) bodies.push(org.source);
  }
  return bodies;
}
