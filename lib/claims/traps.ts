import { BOILERPLATE_AFTER, BOILERPLATE_BEFORE, LISTICLE_NOUNS } from "./data/boilerplate";
import { IDIOMS_BY_WORD } from "./data/idioms";
import { REGIONAL_OFFICE_ACRONYMS, SPEECH_VERBS } from "./data/sources";
import { CURRENCY_CODES, CURRENCY_SYMBOLS, MARKET_BENCHMARKS } from "./data/units";
import { placeByVariant, STREET_WORDS } from "./data/gazetteer";
import { SIDE_WORDS } from "./data/sides";
import { NOUNS } from "./data/nouns";
import { OUTLET_NAMES } from "./data/outlets";
import { SCALES, SMALL, TENS } from "./data/number-words";
import { CLOCK_AFTER, DESIGNATOR_BEFORE, MODEL_FAMILIES, ORDINAL_SUFFIXES } from "./data/designators";
import { COUNTED_PERIODS, MONTHS, RATE_PERIODS, WEEKDAYS, YEAR } from "./data/periods";
import type { NumberMatch } from "./numbers";
import { currencyBefore, currencyCodeOf } from "./units";
import { ALL_CAPITALS, DASHES, NAME_CASE, OPENING_QUOTE_MARKS, type Token } from "./tokenize";
import { isFirstName } from "./data/first-names";
import { COPULAS, isNamedModelAt } from "./counted-noun";
import { qualifierBefore } from "./qualifiers";

// Numbers that are not quantities: dates, years, clock times, ages, ordinals, model names,
// phone numbers, "one of", page furniture. Each check looks at a handful of neighbouring tokens.

const isDigitsOf = (t: Token | undefined, n: number) => !!t && t.kind === "num" && t.text.length === n && !t.text.includes(",");

function isAdjacent(tokens: Token[], k: number): boolean {
  return !!tokens[k] && !tokens[k].spaced;
}

/** Spans to step over before parsing: ISO dates, "24/7", "15:40", phone numbers. Returns the end index or -1. */
export function skipSpan(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.kind !== "num") return -1;
  const next = tokens[i + 1];
  if (isDigitsOf(t, 4) && next?.text === "-" && isAdjacent(tokens, i + 1) && isDigitsOf(tokens[i + 2], 2) && isAdjacent(tokens, i + 2)) {
    return tokens[i + 3]?.text === "-" && isDigitsOf(tokens[i + 4], 2) ? i + 5 : i + 3;
  }
  if ((next?.text === "/" || next?.text === ":") && isAdjacent(tokens, i + 1) && tokens[i + 2]?.kind === "num" && isAdjacent(tokens, i + 2)) {
    let end = i + 3;
    // "15:40:05", "12/03/2024"; not the figure after a time's colon ("Updated at 08:40: 6 people ...")
    while (tokens[end] && (tokens[end].text === "/" || tokens[end].text === ":") && isAdjacent(tokens, end) && tokens[end + 1]?.kind === "num" && isAdjacent(tokens, end + 1)) end += 2;
    return end;
  }
  if (tokens[i - 1]?.text === "/" && !t.spaced) return i + 1;
  if (t.text.length > 1 && t.text.startsWith("0") && !t.text.startsWith("0.") && !t.text.startsWith("0,")) return i + 1;
  // phone numbers: "8 (4832) 41-10-10", "(473) 296-90-17": an area code in brackets, then hyphenated groups
  const area = t.text.length <= 2 && tokens[i + 1]?.text === "(" ? i + 1 : tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")" ? i - 1 : -1;
  if (area >= 0 && tokens[area + 1]?.kind === "num" && tokens[area + 2]?.text === ")") {
    let end = area + 3;
    const groups = end;
    while (tokens[end]?.kind === "num" && (end === groups || !tokens[end].spaced) && tokens[end + 1]?.text === "-" && !tokens[end + 1].spaced) end += 2;
    if (end - groups >= 4 && tokens[end]?.kind === "num" && !tokens[end].spaced) return end + 1;
  }
  // phone numbers: "8-800-101-31-12" (three hyphens or more; a range has one)
  let joined = i;
  while (tokens[joined + 1]?.text === "-" && isAdjacent(tokens, joined + 1) && tokens[joined + 2]?.kind === "num" && isAdjacent(tokens, joined + 2)) joined += 2;
  if (joined - i >= 6) return joined + 1;
  let run = i + 1; // phone numbers: "0 800 330 330" (one space apart; not a table's columns, "3        35        41")
  while (tokens[run]?.kind === "num" && tokens[run].spaced && tokens[run].start - tokens[run - 1].end === 1 && run - i < 8) run++;
  if (run - i >= 3) return run;
  return -1;
}

/** "... is one too many" later in the sentence. */
function saysOneTooMany(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length - 2; k++) if (tokens[k].lower === "one" && tokens[k + 1].lower === "too" && tokens[k + 2].lower === "many") return true;
  return false;
}

const ATTENDANCE_LABELS = new Set(["present", "registered", "absent", "quorum"]);
const DEPUTIES = new Set(["deputies", "deputy", "members", "councillors", "councilors", "mps"]);

/** A sitting's attendance line: "PRESENT: 38 deputies of 42", "Registered in the hall: 341 people's deputies" (and the "42"). */
function isAttendance(tokens: Token[], m: NumberMatch): boolean {
  if (!ATTENDANCE_LABELS.has(tokens[0]?.lower ?? "")) return false;
  const colon = tokens.findIndex((t) => t.text === ":");
  if (colon < 0 || colon > 4 || m.start <= colon) return false;
  return tokens.slice(colon + 1).some((t) => DEPUTIES.has(t.lower));
}

/** "member states", "OSCE participating States": the members of an organisation, after a number. */
function isMembership(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length - 1, end + 3); k++) {
    if (MEMBERSHIP.has(tokens[k].lower) && (tokens[k + 1].lower === "states" || tokens[k + 1].lower === "countries")) return true;
    if (k === end && tokens[k].text === "Allies") return true; // "all 32 Allies agreed": NATO's membership
  }
  return false;
}

const MEMBERSHIP = new Set(["member", "participating"]);

const LOSS_STATUSES = new Set(["destroyed", "damaged", "captured", "abandoned", "sunk"]);

/** Why the parsed number is not a quantity, or null when it may be one. */
/** Words that may follow "week 19" when it is a week of the year: "in week 19 and ...", "in week 19 compared with ...". */
const WEEK_FOLLOWERS = new Set(["and", "or", "when", "while", "as", "compared", "than"]);
/** Words before "week" that make it a span of time, not a numbered week: "last week 29 of them", "this week 3 of them". */
const WEEK_DETERMINERS = new Set(["last", "this", "next", "past", "every", "each", "a", "per", "the", "that", "one", "same", "previous", "whole"]);

/** A headline in title case: most of its longer words capitalised. */
function inTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalized = 0;
  for (const token of tokens) {
    if (token.kind !== "word" || token.text.length < 4) continue;
    words++;
    if (token.capitalized) capitalized++;
  }
  return capitalized * 10 >= words * 6;
}

export function trapReason(tokens: Token[], m: NumberMatch): string | null {
  if (m.isOrdinal) return "ordinal";
  const first = tokens[m.start];
  const before = tokens[m.start - 1];
  const after = tokens[m.end];
  if (!m.isWord) {
    if (after?.kind === "word" && !after.spaced && ORDINAL_SUFFIXES.has(after.lower)) return "ordinal";
    if (after?.kind === "word" && !after.spaced && after.lower === "s" && m.value >= 1000) return "year"; // "1990s"
    if (before && !first.spaced && (before.kind === "word" || (before.text === "-" && tokens[m.start - 2]?.kind === "word" && !before.spaced))) {
      return "model";
    }
    // "... injured in Ukraine.1 The number ...": a footnote marker glued to the end of a sentence
    if (before?.text === "." && !first.spaced && !before.spaced && tokens[m.start - 2]?.kind === "word" && (!after || after.spaced)) return "footnote";
    // ("... in January.[2]", "the ministry said[13]": a bracketed marker glued to the word or stop before it)
    if (before?.text === "[" && !before.spaced && m.start >= 2 && !first.spaced && after?.text === "]" && !after.spaced) return "footnote";
    if (after && !after.spaced && (after.text === "-" || after.kind === "word") && tokens[m.end + 1]?.lower === "mm") return "model";
    if (after?.kind === "word" && after.lower === "mm" && (!after.spaced || tokens[m.end + 1]?.kind === "word")) return "model"; // "155mm", "155 mm shells"
    if (after?.kind === "word" && !after.spaced && tokens[m.end + 1]?.kind === "num" && !tokens[m.end + 1].spaced) return "model";
    if (isSectionNumber(tokens, m)) return "boilerplate";
    // "andriy.m_56 Rescuers are heroes": the digits of a user name, joined to it by an underscore
    if (before?.text === "_" && !first.spaced) return "boilerplate";
  }
  if (isDescriptor(tokens, m)) return "descriptor";
  // "Bus 148 runs every 20 minutes", "tram No. 27": a route's number, no count
  if (!m.isWord && ROUTE_NOUNS.has((before?.text === "." && tokens[m.start - 2]?.lower === "no" ? tokens[m.start - 3] : before)?.lower ?? "")) return "other";
  // "Areas rounded to 0.1 sq km", "to the nearest 100": a figure's precision, no quantity
  if (before?.lower === "to" && tokens[m.start - 2]?.lower === "rounded") return "other";
  if (before?.lower === "nearest" && tokens[m.start - 2]?.lower === "the" && tokens[m.start - 3]?.lower === "to") return "other";
  // "The Two Majors channel", "the Three Seas Initiative": a number word capitalised inside a sentence, before a
  // capitalised word, is part of a name (not "Two people were killed" opening it, nor "Kharkiv: Two killed")
  // (nor a headline in title case: "In Kupiansk Two Women Were Killed")
  if (m.isWord && m.start > 0 && before?.kind === "word" && first.capitalized && first.text !== first.text.toUpperCase() && after?.kind === "word" && after.capitalized && tokens[m.end + 1]?.kind === "word" && !inTitleCase(tokens)) return "other";
  // "2024-2027", "in 2022–2023": a span of years (not "1900-2000 soldiers", a range of a counted noun)
  if (!m.isWord && m.high !== undefined && isDigitsOf(tokens[m.start], 4) && isDigitsOf(tokens[m.end - 1], 4) && isYear(m.value) && isYear(m.high) && !isNounAt(after)) return "year";
  // "7 to 12 metres per second", "50 km an hour": a speed, not a distance ("4 km per day" is a rate of advance, a claim)
  if (after && LENGTH_UNITS.has(after.lower) && (SPEED_TIMES.has(`${tokens[m.end + 1]?.lower} ${tokens[m.end + 2]?.lower}`))) return "ratio";
  // "gusts of 27 m/s", "about 8 knots", "0.8 atmospheres": wind, speed and pressure, not distances or counts
  if (after && LENGTH_UNITS.has(after.lower) && tokens[m.end + 1]?.text === "/" && !tokens[m.end + 1].spaced && (tokens[m.end + 2]?.lower === "s" || tokens[m.end + 2]?.lower === "h")) return "ratio";
  if (after && PHYSICAL_MEASURES.has(after.lower)) return "measure";
  // "10 litres per person": a ration, not a total (a unit price, "82,500 rubles per tonne", stays a claim, and so does a
  // payment, "cash assistance of 3,600 hryvnias per person")
  if (tokens[m.end + 1]?.lower === "per" && PER_UNIT.has(tokens[m.end + 2]?.lower ?? "") && !(after && (MONEY_WORDS.has(after.lower) || currencyCodeOf(after)))) return "ratio";
  // "five shells for each Ukrainian one", "three for every one": a ratio of fire, not a count
  if (isRatioOfEach(tokens, m)) return "ratio";
  // "two men to a bike", "four to a room": how many share each one, not a count
  // (the phrase ends its clause: not "moved 40,000 employees to a four-day week")
  if (after?.kind === "word" && tokens[m.end + 1]?.lower === "to" && tokens[m.end + 2]?.lower === "a" && tokens[m.end + 3]?.kind === "word" && (!tokens[m.end + 4] || CLAUSE_ENDS.has(tokens[m.end + 4].text))) return "ratio";
  // "Not one metre was given up", "one too many": rhetoric, not a count
  if (m.isWord && m.value === 1 && (before?.lower === "not" || (after?.lower === "too" && tokens[m.end + 1]?.lower === "many"))) return "idiom";
  // ("One journalist killed is one too many": the subject of the saying too)
  if (m.isWord && m.value === 1 && m.start === 0 && saysOneTooMany(tokens, m.end)) return "idiom";
  // "2S19 Msta-S: (1, destroyed) (2, destroyed) (3, captured)": an Oryx-style list's item numbers, each a photo's link
  if (before?.text === "(" && after?.text === "," && LOSS_STATUSES.has(tokens[m.end + 1]?.lower ?? "") && tokens[m.end + 2]?.text === ")") return "boilerplate";
  // "Registered in the hall: 341 people's deputies", "PRESENT: 38 deputies of 42": a sitting's attendance, not a figure of the war
  if (isAttendance(tokens, m)) return "boilerplate";
  // "All 27 member states agreed", "all 57 OSCE participating States": an organisation's membership, not a count of the story
  if (before?.lower === "all" && isMembership(tokens, m.end)) return "descriptor";
  // ("IOM ..., with 175 member states", "governments ... of 187 member States", "the EU's 27 member states": the whole membership
  // an organisation has, not a count of those that did something)
  // (with "with" or "of", the phrase ends there: not "A coalition of 18 member states pledged ammunition")
  const closes = (k: number) => !tokens[k] || tokens[k].kind === "punct";
  if (before && (((before.lower === "with" || before.lower === "of") && closes(m.end + 2)) || before.lower === "its" || before.lower === "their" || before.lower.endsWith("'s")) && isMembership(tokens, m.end)) return "descriptor";
  // "2. the Chuhuiv City Court sentenced ...": a numbered list's marker opening its line
  if (m.start === 0 && !m.isWord && after?.text === "." && tokens[m.end + 1]?.kind === "word" && m.high === undefined) return "boilerplate";
  // "1.3. To accommodate up to 60 residents ...": a decision's numbered point (a decimal then a full stop)
  if (m.start === 0 && !m.isWord && /^\d{1,2}\.\d{1,2}$/.test(first.text) && after?.text === "." && !after.spaced && (!tokens[m.end + 1] || tokens[m.end + 1].capitalized)) return "boilerplate";
  if (isProportion(tokens, m)) return "ratio";
  // "sentenced ... to 15 years", "12 years in prison": a prison term, not a duration of the war
  if (after && YEARS.has(after.lower) && (tokens[m.end + 1]?.lower === "in" && tokens[m.end + 2]?.lower === "prison" || sentencedBefore(tokens, m.start) || isPrisonTerm(tokens, m))) return "term";
  // "canisters of 20 litres each": what one item measures
  if (tokens[m.end + 1]?.lower === "each" && SPEC_UNITS.has(after?.lower ?? "")) return "descriptor";
  // "4 teams of 8 deminers each": how many make up one of them (not a sum paid to each: "payments of 100,000 rubles each")
  if (before?.lower === "of" && after?.kind === "word" && tokens[m.end + 1]?.lower === "each" && !MONEY_WORDS.has(after.lower) && !currencyCodeOf(after)) return "descriptor";
  // "the price of one 155 mm shell": "one" before a calibre is an article, not a count (not "one 16-year-old girl")
  if (m.isWord && m.value === 1 && tokens[m.end]?.kind === "num" && tokens[m.end + 1]?.lower === "mm") return "idiom";
  // "on Kyivska Street, 6": a house number (not "on Naukova Street, 4 people were injured")
  if (before?.text === "," && STREET_WORDS.has(tokens[m.start - 2]?.lower ?? "") && tokens[m.start - 2].capitalized && !isNounAt(after)) return "designator";
  // ("a nine-storey building at 22 Admiralska Street", "27 Holloway Road": a house number before the street's name, the
  // street word capitalised as a name's is; not "2 Ukrainian road workers", "12 Kharkiv road bridges")
  // (nor a street word in title case followed by what is counted: "2 Kherson Road Workers")
  const street = isStreetWordAt(tokens, m.end + 1) ? m.end + 1 : tokens[m.end + 1]?.capitalized && isStreetWordAt(tokens, m.end + 2) ? m.end + 2 : -1;
  if (!m.isWord && after?.capitalized && after.kind === "word" && street > 0 && !isNounAt(tokens[street + 1])) return "designator";
  // "Rue de la Loi 155, 1040 Brussels", "vul. Khreshchatyk 36, 01044 Kyiv": a postcode after an address's house number, the
  // street's name before it (not "In 2024, 1500 Russian soldiers deserted": a year, and a side's word after)
  if (before?.text === "," && !m.isWord && /^\d{4,6}$/.test(first.text) && m.end === m.start + 1 && after?.capitalized && after.kind === "word" && !isNounAt(after) && !SIDE_WORDS.has(after.lower) && isHouseNumberAt(tokens, m.start - 2)) return "designator";
  // "within 10 working days": a deadline, not a duration of anything that happened
  if ((after?.lower === "working" || after?.lower === "business") && DURATION_WORDS.has(tokens[m.end + 1]?.lower ?? "")) return "time_window";
  // "the 18–24 age group": ages bounding a group
  if (after?.lower === "age" && (tokens[m.end + 1]?.lower === "group" || tokens[m.end + 1]?.lower === "bracket")) return "age";
  // "a 10-15 km range": what a weapon reaches, not a distance covered
  if (after && LENGTH_UNITS.has(after.lower) && tokens[m.end + 1]?.lower === "range") return "descriptor";
  if (isClock(tokens, m)) return "time";
  if (isDate(tokens, m)) return "date";
  // "in week 19", "Russian assaults by axis, week 19": a week of the year, a date (not "a week, 19 people ...")
  if (before?.lower === "week" && before.spaced !== false && !m.isWord && Number.isInteger(m.value) && m.value >= 1 && m.value <= 53 && m.end === m.start + 1 && tokens[m.start - 2]?.kind !== "num" && !WEEK_DETERMINERS.has(tokens[m.start - 2]?.lower ?? "") && (!after || after.kind === "punct" || WEEK_FOLLOWERS.has(after.lower))) return "date";
  if (isAge(tokens, m)) return "age";
  // "held out for more than two years", "have lived under shelling for almost three years": a span of years is a story's
  // background, not a figure of the war (what the war's days measure, outages, closures, rescue work, runs in hours to months)
  if (after && YEARS.has(after.lower)) return "time_window";
  // ("Day 932", "on day 30 of the war"; not "On a normal day 30 to 40 FPV drones fly at the town", "every day 12 ...")
  const someDay = before?.lower === "day" && (SOME_DAY.has(tokens[m.start - 2]?.lower ?? "") || tokens[m.start - 3]?.lower === "a");
  // (a count of times is no number of a unit: "attacked the positions of the 59th Brigade 37 times")
  const timesCounted = after?.lower === "times" && m.end === m.start + 1;
  if (before && DESIGNATOR_BEFORE.has(before.lower.replace(/\.$/, "")) && !(before.lower === "an" || before.lower === "t" || before.lower === "s") && !someDay && !timesCounted) {
    return "designator";
  }
  if (before?.text === "." && DESIGNATOR_BEFORE.has(tokens[m.start - 2]?.lower ?? "")) return "designator";
  if (before?.text === "#") return "designator";
  // "one of Ukraine's generals" describes; "one of them was hospitalised" counts
  if (m.value === 1 && after?.lower === "of" && !countsOneOfThem(tokens, m)) return "one_of";
  if (before?.lower === "every" || (before?.lower === "each" && after?.lower !== "of")) return "ratio"; // "one shell for every three or four"
  // "who lives two streets away", "three doors down": where someone lives, not a count of streets
  // ("three houses down the road were destroyed" counts houses)
  const position = tokens[m.end + 1]?.lower;
  if (NEIGHBOURING.has(after?.lower ?? "") && (position === "away" || (position === "down" && tokens[m.end + 2]?.lower !== "the"))) return "idiom";
  if (before && BOILERPLATE_BEFORE.has(before.lower) && before.kind === "word") return "boilerplate";
  // "👁 58.4K", "👍 1.1K", "💬 97", "🔁 1.9K": a post's counters, on a line of their own too
  // ("👁️": the tokenizer gives the emoji and its variation selector a token each)
  const mark = before?.text === "\uFE0F" ? tokens[m.start - 2] : before;
  if (mark && COUNTER_MARKS.has(mark.text)) return "boilerplate";
  if (after && (BOILERPLATE_AFTER.has(after.lower) || LISTICLE_NOUNS.has(after.lower))) return "boilerplate";
  if (isCounterOfPage(tokens, m)) return "boilerplate";
  if (isModelNumber(tokens, m)) return "model";
  if (isPriceOffer(tokens, m)) return "boilerplate";
  // "hotline: 122", "call the hotline 1548", "Emergency services: 101 · 112": a service number
  if (before && (HOTLINES.has(before.lower) || (before.text === ":" && HOTLINES.has(tokens[m.start - 2]?.lower ?? "")))) return "boilerplate";
  // "Hotline of the regional headquarters: 122", "Helpline: 8 (4722) 39-99-99": a number under a hotline's label
  if (isHotlineNumber(tokens, m)) return "boilerplate";
  if (isServiceNumber(tokens, m)) return "boilerplate";
  // "Dmytro Sereda, 38, chief executive of ...": a named person's age
  // ('"...," said Halyna, 72.': or closing the sentence after the verb that names her)
  // ("says its founder, Iryna Kostiuk, 31.": or closing it after a first name and a surname)
  const fullName = !!tokens[m.start - 3]?.capitalized && isFirstName(tokens[m.start - 3].lower);
  const closesAge = tokens[m.end]?.text === "," || (tokens[m.end]?.text === "." && (WITNESS_VERBS.has(tokens[m.start - 3]?.lower ?? "") || fullName));
  // ("said Valentyna M., 72,": or a surname cut to its initial)
  const initialled = tokens[m.start - 2]?.text === "." && tokens[m.start - 3]?.text.length === 1 && tokens[m.start - 3].capitalized && tokens[m.start - 4]?.capitalized;
  const named = tokens[m.start - (initialled ? 4 : 2)];
  if (!m.isWord && m.value < 110 && before?.text === "," && closesAge && named?.capitalized && named.kind === "word" && !placeByVariant(named.lower) && !MONTHS.has(named.lower)) return "age";
  if (isExchangeRate(tokens, m) || isRateEquation(tokens, m)) return "ratio";
  // "two sources familiar with the matter", "Two officials told Reuters": how many sources the reporter had
  if (isSourceCount(tokens, m)) return "sources";
  // "the Group of Seven": a number word capitalised inside a name
  if (m.isWord && first.capitalized && before?.lower === "of" && tokens[m.start - 2]?.capitalized) return "name";
  // "USD/UAH 41.66 ▲0.08 · EUR/UAH 43.94": a currency ticker
  // (not a table's cells set apart by a spaced slash: "Kharkiv (city) ............ 41 / 19", whole counts)
  const cellAfterSlash = before?.text === "/" && before.spaced && first.spaced && tokens[m.start - 2]?.kind === "num" && !/[.,]\d{1,2}$/.test(tokens[m.start - 2].text + first.text);
  if ((before?.text === "/" && !cellAfterSlash) || (tokens[m.start - 2]?.text === "/" && CURRENCY_CODES.has(before?.lower ?? ""))) return "ratio";
  if (isTickerLine(tokens)) return "boilerplate";
  // "11.4 deaths per 10,000 men", "per 100,000 residents": a rate's base (not "82,500 rubles per tonne", a unit price)
  if (before?.lower === "per" && !m.isWord && m.value >= 100) return "ratio";
  // ("11.4 deaths per 10,000 men": the rate itself)
  if (after?.kind === "word" && tokens[m.end + 1]?.lower === "per" && tokens[m.end + 2]?.kind === "num" && countValue(tokens[m.end + 2]) >= 100) return "ratio";
  // "one less aircraft dropping bombs": rhetoric, not a count
  if (m.isWord && m.value === 1 && (after?.lower === "less" || after?.lower === "fewer")) return "idiom";
  // "Already 2,412 patrons help us stay independent", "1 of 10 boosts left": a page's supporters
  if (after && PAGE_SUPPORTERS.has(after.lower)) return "boilerplate";
  // "750 kV": a line's voltage class; "20% off your first ride": a promotion
  if (after?.lower === "kv") return "descriptor";
  // what a thing is built for, not what happened (gold README: storage capacities, a warhead's submunitions, ratings):
  // "two 30 kVA generators", "tanks with a volume of 5,000 cubic metres each", "a warhead carrying 54 submunitions",
  // "a shelter designed for 450 people"
  if (after?.lower === "kva" || after?.lower === "kw" || (before?.lower === "of" && tokens[m.start - 2]?.lower === "volume")) return "descriptor";
  if (after?.lower === "submunitions" || (before?.lower === "for" && tokens[m.start - 2]?.lower === "designed")) return "descriptor";
  // "a design capacity of 8.8 million tonnes a year", "an installed capacity of 1,800 MW" (not "2,300 MW of generating capacity")
  // ("each designed to produce 1,000 MW", "a warhead weighing about 480 kg": what a thing is built for or weighs)
  if (isRatedCapacity(tokens, m.start) || isDesignFigure(tokens, m.start) || isContainerVolume(tokens, m)) return "descriptor";
  // "Everyone here knows at least one person who has been hit", "as long as there is at least one person here": rhetoric
  if (m.value === 1 && isRhetoricalOne(tokens, m.start)) return "idiom";
  // "by 93 votes in favour to 18 against, with 65 abstentions": a vote's tally, not a count of anything that happened
  if (after && (VOTE_WORDS.has(after.lower) || (after.lower === "against" && before?.lower === "to"))) return "vote";
  // "Two thirds of the month's attacks": a fraction (gold README: fractions are `other` traps)
  if (after && FRACTION_WORDS.has(after.lower)) return "ratio";
  if ((after?.text === "%" || after?.lower === "percent") && tokens[m.end + 1]?.lower === "off") return "boilerplate";
  // "I have said it a thousand times", "a hundred times": hyperbole, not a count
  if (m.isWord && first.lower === "a" && (m.value === 100 || m.value === 1000 || m.value === 1e6) && (after?.lower === "times" || after?.lower === "cuts")) return "idiom";
  // "They would send a hundred men to take one tree line", "worth a thousand speeches": a round hundred or thousand of what
  // would or could be, not a count of what was
  // (not a sum, "generators worth a million euros", nor a speaker's forecast, "The EU said it would deliver a million shells")
  if (m.isWord && first.lower === "a" && (m.value === 100 || m.value === 1000 || m.value === 1e6) && isHypotheticalAt(tokens, m.start) && !(after && (MONEY_WORDS.has(after.lower) || currencyCodeOf(after))) && !tokens.slice(0, m.start).some((t) => SPEECH_VERBS.has(t.lower))) return "idiom";
  // "in two minds"
  if (m.isWord && m.value === 2 && after?.lower === "minds" && before?.lower === "in") return "idiom";
  // "On the one hand people understand ...", with no comma to end the phrase
  if (m.isWord && m.value === 1 && after?.lower === "hand" && before?.lower === "the" && tokens[m.start - 2]?.lower === "on") return "idiom";
  // "the two numbers are two sides of the same coin"
  if (m.value === 2 && after?.lower === "sides" && tokens[m.end + 1]?.lower === "of" && tokens[m.end + 3]?.lower === "same") return "idiom";
  // "approaching from three sides", "under assault on two sides": the directions of an advance, no count
  if (after?.lower === "sides" && (before?.lower === "from" || before?.lower === "on")) return "idiom";
  // "Always: 38% (1 114 votes)", "Total votes: 2 932": a reader poll's results
  if ((after?.text === "%" && tokens[m.end + 1]?.text === "(" && isVoteCount(tokens, m.end + 2)) || (before?.text === ":" && tokens[m.start - 2]?.lower === "votes")) return "boilerplate";
  // "3.1 million rubles raised, goal 4 million", "🎯 Goal: 400,000 UAH for tyres": a fundraiser's sums
  if (factsOf(tokens).fundraiser) return "boilerplate";
  // '"One brigade, 400 days on the Oskil" — Kyiv Independent →', "4 ways to keep reading us →": a line closed by a link's arrow
  if (tokens[tokens.length - 1]?.text === "→") return "boilerplate";
  // "Listen (5 mins)", "Watch (2 min)": an audio's or a video's running time
  if (before?.text === "(" && MEDIA_VERBS.has(tokens[m.start - 2]?.lower ?? "") && after && MINUTE_WORDS.has(after.lower)) return "boilerplate";
  // "£25 buys a deminer's protective visor", "Try Lloyd's List free for 7 days": what a donation buys, a trial's length
  if (after && DONATION_VERBS.has(after.lower) && currencyBefore(tokens, m.start)) return "boilerplate";
  if (before?.lower === "for" && tokens[m.start - 2]?.lower === "free" && after && COUNTED_PERIODS.has(after.lower)) return "boilerplate";
  // "If you like the show, rate us five stars": a listener's rating asked for
  if (after?.lower === "stars" && tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => RATING_VERBS.has(t.lower))) return "boilerplate";
  // "one after another", "one after the other", "one by one"
  if (m.isWord && m.value === 1 && after?.lower === "after") return "idiom";
  // the set phrases of the idiom list: "one step ahead", "a hundred per cent", "not for a million hryvnias"
  if (m.isWord && inSetPhrase(tokens, m)) return "idiom";
  // "one by one", "two by two": both numbers of the pair
  if (m.isWord && ((after?.lower === "by" && tokens[m.end + 1]?.lower === tokens[m.start].lower) || (before?.lower === "by" && tokens[m.start - 2]?.lower === tokens[m.start].lower))) return "idiom";
  // "Water comes for two hours every three days": a schedule, not a duration claimed
  if (after && DURATION_WORDS.has(after.lower) && tokens[m.end + 1]?.lower === "every") return "schedule";
  // "roughly one every three weeks": a rate
  if (m.value === 1 && after?.lower === "every" && (COUNTED_PERIODS.has(tokens[m.end + 1]?.lower ?? "") || COUNTED_PERIODS.has(tokens[m.end + 2]?.lower ?? ""))) return "schedule";
  // "you learn to work one patient at a time", "one village at a time": a manner of working, no count
  // (not "killed one woman at a time when the market was crowded")
  if (m.value === 1 && m.isWord && tokens[m.end + 1]?.lower === "at" && tokens[m.end + 2]?.lower === "a" && tokens[m.end + 3]?.lower === "time" && !TIME_CLAUSE_OPENERS.has(tokens[m.end + 4]?.lower ?? "")) return "idiom";
  // "7 days a week", "24 hours a day": always, not a duration ("6 hours a day in shelters" is one)
  if (after && tokens[m.end + 1]?.lower === "a" && ROUND_THE_CLOCK.get(`${after.lower} ${tokens[m.end + 2]?.lower}`) === m.value) return "idiom";
  return null;
}

/** Words after "at a time" opening a clause of when: "at a time when", "at a time that", "at a time of". */
const TIME_CLAUSE_OPENERS = new Set(["when", "that", "of", "where", "while"]);

/** Whether a number word of the figure stands inside one of the idiom list's phrases, word for word. */
function inSetPhrase(tokens: Token[], m: NumberMatch): boolean {
  for (let k = m.start; k < m.end; k++) {
    for (const { words, at } of IDIOMS_BY_WORD.get(tokens[k].lower) ?? []) {
      const from = k - at;
      if (from >= 0 && words.every((word, n) => tokens[from + n]?.lower === word)) return true;
    }
  }
  return false;
}

/** What a sentence as a whole is, read once for all its figures (trapReason runs once per figure). */
const sentenceFacts = { tokens: null as Token[] | null, ticker: false, fundraiser: false };

function factsOf(tokens: Token[]): typeof sentenceFacts {
  if (sentenceFacts.tokens !== tokens) {
    sentenceFacts.tokens = tokens;
    sentenceFacts.ticker = scanTicker(tokens);
    sentenceFacts.fundraiser = isFundraiserSentence(tokens);
  }
  return sentenceFacts;
}

/** "USD/UAH 41.66 ▲0.08 · EUR/UAH 43.94 ▼0.11 · Brent $72.85": a market ticker, rates and arrows; scanned once per sentence. */
function isTickerLine(tokens: Token[]): boolean {
  return factsOf(tokens).ticker;
}

function scanTicker(tokens: Token[]): boolean {
  let arrows = 0;
  let quotes = 0; // "USD 78.95 | EUR 90.12": currencies quoted between bars
  let widgets = 0; // a header widget's readings: "Dnipro +14°C | USD 41.26", "UAH/USD 41.63 · Brent $73.4"
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.text === "▲" || token.text === "▼") arrows++;
    const quoted = CURRENCY_CODES.has(token.lower) && tokens[k + 1]?.kind === "num" && tokens[k + 1].text.includes(".");
    if (quoted && (tokens[k - 1]?.text === "|" || tokens[k + 2]?.text === "|")) quotes++;
    // "+17°C USD 41.52 EUR 46.37": two rates side by side in a header, no bar between
    if (quoted && CURRENCY_CODES.has(tokens[k + 2]?.lower ?? "") && tokens[k + 3]?.kind === "num" && tokens[k + 3].text.includes(".")) quotes += 2;
    if (tokens.length <= WIDGET_TOKENS && isWidgetReading(tokens, k)) widgets++;
  }
  return arrows >= 2 || quotes >= 2 || widgets >= 2;
}

/** A header widget's line is short: the place, the weather, a rate or two. */
const WIDGET_TOKENS = 24;

/**
 * One reading of a header's weather or market widget at token k: a temperature ("+14°C", "−3 °F"), a rate quoted to
 * two places or more ("USD 41.26", not "USD 41.5 million"), a currency pair ("UAH/USD", "EUR/RON") or a benchmark's
 * price ("Brent $73.4", "TTF €31.86/MWh"). Two on one short line make it the widget, not a sentence.
 */
function isWidgetReading(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  if (token.kind === "num") {
    if (tokens[k + 1]?.text === "°" && (tokens[k + 2]?.text === "C" || tokens[k + 2]?.text === "F")) return true;
    const code = tokens[k - 1];
    const rate = !!code && !!currencyCodeOf(code) && /\.\d{2,}$/.test(token.text);
    return rate && tokens[k - 2]?.text !== "/" && !SCALE_AFTER.has(tokens[k + 1]?.lower ?? "");
  }
  const pair = (a: Token | undefined) => !!a && !!currencyCodeOf(a) && a.text === a.text.toUpperCase();
  if (token.text === "/" && pair(tokens[k - 1]) && pair(tokens[k + 1])) return true;
  // ("TTF front-month €31.86/MWh": the contract's words may come between)
  if (!MARKET_BENCHMARKS.has(token.text)) return false;
  for (let j = k + 1; j <= k + 4 && tokens[j]; j++) if (CURRENCY_SYMBOLS.has(tokens[j].text) || tokens[j].kind === "num") return true;
  return false;
}

/** A scale after a sum ("USD 1.25 bn"): the sum is no exchange rate. */
const SCALE_AFTER = new Set([...SCALES.keys(), "m"]);

const RATING_VERBS = new Set(["rate", "give", "leave"]);
const MEDIA_VERBS = new Set(["listen", "watch", "play"]);
const MINUTE_WORDS = new Set(["min", "mins", "minute", "minutes"]);
/** What a donation does in an appeal: "£25 buys ...", "€25 covers one consultation", "€150 keeps a mobile clinic on the road". */
const DONATION_VERBS = new Set(["buys", "pays", "covers", "keeps", "provides", "feeds"]);
const FUNDRAISING_WORDS = new Set(["raised", "collected", "collecting", "fundraiser", "donate", "donations"]);
const GOAL_WORDS = new Set(["goal", "target"]);

/** A fundraiser's line: a goal and what was raised, or a line led by "Goal:" ("🎯 Goal: 400,000 UAH for tyres ..."). */
function isFundraiserSentence(tokens: Token[]): boolean {
  const lead = tokens.findIndex((t) => t.kind === "word");
  if (lead >= 0 && tokens[lead].lower === "goal" && (tokens[lead + 1]?.text === ":" || tokens[lead + 1]?.kind === "num")) return true;
  return tokens.some((t) => GOAL_WORDS.has(t.lower)) && tokens.some((t) => FUNDRAISING_WORDS.has(t.lower));
}
/** "1 114 votes)" from token k: a count of votes, its digits maybe grouped by spaces, closing a bracket. */
function isVoteCount(tokens: Token[], k: number): boolean {
  let j = k;
  while (tokens[j]?.kind === "num" && j < k + 3) j++;
  return j > k && tokens[j]?.lower === "votes" && tokens[j + 1]?.text === ")";
}


const ROUND_THE_CLOCK = new Map([["hours day", 24], ["days week", 7], ["days year", 365]]);
const SOURCE_NOUNS = new Set(["sources", "source", "officials", "insiders", "diplomats", "people", "outlets"]);
const SOURCE_VERBS = new Set(["said", "say", "says", "told", "confirmed", "familiar", "briefed", "close", "with", "who"]);

/** "two sources familiar with the matter", "Two officials told Reuters", "at least two sources who". */
function isSourceCount(tokens: Token[], m: NumberMatch): boolean {
  if (m.value === 1 && isOneWitness(tokens, m.end)) return true;
  // "Verstka spoke to eleven residents", "we spoke to nine servicemen": whom the reporter asked (not "Staff spoke to 11 survivors")
  if (tokens[m.start - 1]?.lower === "to" && SPOKE.has(tokens[m.start - 2]?.lower ?? "") && m.value <= 30 && isReporter(tokens, m.start - 3)) return true;
  // "according to the two outlets", "the three agencies said": the bodies a figure is credited to, counted
  if (m.value <= 10 && OUTLET_NOUNS.has(tokens[m.end]?.lower ?? "") && tokens[m.start - 1]?.lower === "the" && (tokens[m.start - 2]?.lower === "to" || SPEECH_AFTER.has(tokens[m.end + 1]?.lower ?? ""))) return true;
  // ("Two US officials, speaking on condition of anonymity": whose officials may come between)
  const at = SOURCE_MODIFIERS.has(tokens[m.end]?.lower ?? "") || tokens[m.end]?.text === "US" ? m.end + 1 : m.end;
  const noun = tokens[at];
  if (!noun || !SOURCE_NOUNS.has(noun.lower) || m.value > 10) return false;
  const comma = tokens[at + 1]?.text === "," ? 1 : 0;
  const next = tokens[at + 1 + comma]?.lower ?? "";
  // "confirmed by at least two sources": sources are a reporter's whatever follows
  if (noun.lower === "sources" || noun.lower === "source") return true;
  // ("people" only as "people familiar with": "two people said" may be a count of witnesses)
  if (noun.lower === "people") return next === "familiar" || (next === "close" && tokens[m.end + 2]?.lower === "to");
  // "Two officials speaking on condition of anonymity"
  if (next === "speaking" && tokens[at + 2 + comma]?.lower === "on") return true;
  return !comma && SOURCE_VERBS.has(next) && (next !== "with" || tokens[at + 2]?.lower === "knowledge");
}

const SPOKE = new Set(["spoke", "spoken", "talked", "talking", "speaking"]);
const OUTLET_NOUNS = new Set(["outlets", "publications", "agencies", "newspapers", "broadcasters"]);
const SPEECH_AFTER = new Set(["said", "say", "reported", "report", "wrote", "found", "estimate", "estimated"]);
const REPORTERS = new Set(["we", "reporters", "journalists", "correspondents", "correspondent", "reporter"]);

/** The reporter ending at token `end`: "we", "our correspondent", an outlet by name ("Verstka", "Ukrainska Pravda"). */
function isReporter(tokens: Token[], end: number): boolean {
  const word = tokens[end]?.lower ?? "";
  if (REPORTERS.has(word)) return true;
  return OUTLET_NAMES.has(word) || OUTLET_NAMES.has(`${tokens[end - 1]?.lower ?? ""} ${word}`);
}
const SOURCE_MODIFIERS = new Set(["senior", "western", "american", "european", "ukrainian", "russian", "military", "government", "security", "intelligence", "defence", "defense", "independent", "anonymous", "separate"]);

const SINGLE_WITNESSES = new Set(["commander", "officer", "official", "soldier", "serviceman", "fighter", "resident", "witness", "doctor", "nurse", "medic", "paramedic", "volunteer", "pilot", "operator", "driver", "analyst", "diplomat"]);
const WITNESS_VERBS = new Set(["said", "says", "told", "tells", "recalled", "explained", "added", "admitted"]);

/** "One brigade commander told me ...", "one resident said": a single witness speaking, not a count of people. */
function isOneWitness(tokens: Token[], from: number): boolean {
  // ('"...," said one resident, Halyna': the verb before the witness)
  const verbBefore = WITNESS_VERBS.has(tokens[from - 2]?.lower ?? "");
  for (let k = from; k < from + 3 && tokens[k]?.kind === "word"; k++) {
    if (SINGLE_WITNESSES.has(tokens[k].lower) && (verbBefore || WITNESS_VERBS.has(tokens[k + 1]?.lower ?? ""))) return true;
  }
  return false;
}

/**
 * "3.2 Shelter and winterisation": a numbered section's heading, a line of its own (a short one, with no stop) opening
 * with its number and a capitalised word.
 */
function isSectionNumber(tokens: Token[], m: NumberMatch): boolean {
  if (m.start !== 0 || m.end !== 1 || !/^\d{1,2}\.\d{1,2}$/.test(tokens[0].text)) return false;
  const last = tokens[tokens.length - 1];
  return !!tokens[1]?.capitalized && tokens[1].kind === "word" && tokens.length <= SECTION_HEADING_TOKENS && last.text !== "." && last.kind !== "num";
}

const SECTION_HEADING_TOKENS = 10;

const SERVICE_WORDS = new Set(["hotline", "helpline", "emergency", "emergencies", "ambulance", "police", "rescuers"]);
// ("Tel.: +32 (0)2 281 6319": a phone number under its label, every group of it)
const HOTLINES = new Set(["hotline", "helpline", "tel", "telephone", "phone"]);

/** A phone number after a hotline's label ("Hotline of the Kyiv City Military Administration: 1551"), nothing counted after it. */
function isHotlineNumber(tokens: Token[], m: NumberMatch): boolean {
  if (isWordAt(tokens, m.end)) return false;
  let colon = m.start - 1;
  while (colon >= 0 && tokens[colon].text !== ":" && tokens[colon].kind !== "word" && tokens[colon].text !== ".") colon--;
  if (tokens[colon]?.text !== ":") return false;
  for (let k = colon - 1; k >= Math.max(0, colon - 10); k--) {
    if (tokens[k].kind === "num" || tokens[k].text === "." && tokens[k].spaced !== false) return false;
    if (HOTLINES.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "Emergency services: 101 · 112": numbers after a service label, with nothing counted between. */
function isServiceNumber(tokens: Token[], m: NumberMatch): boolean {
  let colon = -1;
  for (let k = m.start - 1; k >= 0 && colon < 0; k--) {
    if (tokens[k].text === ":") colon = k;
    else if (tokens[k].kind === "word") return false;
  }
  // (the label opens the sentence or a part of a contact line: "Hotline: 0 800 500 381 · Emergency services: 101, 102")
  let label = colon;
  while (label > 0 && !ITEM_SEPARATORS.has(tokens[label - 1].text)) label--;
  if (colon - label < 1 || colon - label > 4 || tokens[m.end]?.kind === "word") return false;
  for (let k = label; k < colon; k++) if (SERVICE_WORDS.has(tokens[k].lower)) return true;
  return false;
}

const ITEM_SEPARATORS = new Set(["·", "|", "•"]);

/** "$1 = 0.8487 euros", "1 USD = 41.35 UAH": a currency's rate, both sides of the equals sign. */
function isRateEquation(tokens: Token[], m: NumberMatch): boolean {
  if (tokens[m.end]?.text === "=" || tokens[m.end + 1]?.text === "=") return m.value === 1;
  const equals = tokens[m.start - 1]?.text === "=" ? m.start - 1 : tokens[m.start - 2]?.text === "=" ? m.start - 2 : -1;
  return equals > 0 && (tokens[equals - 1]?.text === "1" || tokens[equals - 2]?.text === "1");
}

/** "Support Verstka — from $5 a month": a price offered per period, not a sum reported. */
function isPriceOffer(tokens: Token[], m: NumberMatch): boolean {
  const symbol = tokens[m.start - 1];
  // "from $5 a month", "from UAH 100 a month", "from 100 UAH a month", "from 300 ₽ a month"
  const codeAfter = !!tokens[m.end] && (CURRENCY_CODES.has(tokens[m.end].lower) || CURRENCY_SYMBOLS.has(tokens[m.end].text));
  // ("Support independent Odesa journalism: 100 UAH, 250 UAH or 500 UAH a month": a line the appeal opens, its tiers)
  if (codeAfter && opensWithAppeal(tokens)) return true;
  const after = codeAfter && OFFER_OPENERS.has(tokens[m.start - 1]?.lower ?? "");
  if (!after && (!symbol || (symbol.text !== "$" && symbol.text !== "€" && symbol.text !== "£" && !CURRENCY_CODES.has(symbol.lower)))) return false;
  // ("Subscribe — first 3 months for £1, then £26 a month": a line the appeal opens offers every price it gives)
  if (!after && opensWithAppeal(tokens)) return true;
  // ("become a member for $8/month", "Support the Guardian from just £2 a month", "($6/month)")
  const per = tokens[after ? m.end + 1 : m.end]?.lower;
  // (a slash rate needs no opener: "Paid subscribers: $5/month or $50/year")
  if (!after && !OFFER_OPENERS.has(tokens[m.start - 2]?.lower ?? "") && per !== "/") return false;
  if (!tokens.some((t) => APPEAL_WORDS.has(t.lower))) return false; // "rents fell from $400 a month" is a reported price
  return (per === "a" || per === "per" || per === "/") && RATE_PERIODS.has(tokens[after ? m.end + 2 : m.end + 1]?.lower ?? "");
}
const OFFER_OPENERS = new Set(["from", "for", "just", "only", "("]);

/** "Subscribe — ...", "Subscribe: ...", "Support us: ...": a line opened by an appeal to the reader, its verb set apart. */
// (and a price per period somewhere on it: not a digest's "Support: Germany pledges €500m")
function opensWithAppeal(tokens: Token[]): boolean {
  const verb = tokens[0]?.lower;
  if (verb !== "subscribe" && verb !== "support" && verb !== "donate" && verb !== "join") return false;
  const next = tokens[1]?.lower === "us" || tokens[1]?.lower === "now" || tokens[1]?.lower === "today" ? 2 : 1;
  // (or after what is supported, named in a few words: "Support OKNO:", "Support independent Odesa journalism:"; not a
  // digest's topic, "Support for Ukraine: Germany pledged €500m a year")
  let mark = next;
  while (mark < next + MAX_SUPPORTED_WORDS && tokens[mark]?.kind === "word" && !TOPIC_LINKS.has(tokens[mark].lower)) mark++;
  const sign = tokens[mark]?.text ?? "";
  return (DASHES.has(sign) || sign === ":") && tokens.some((t, k) => (t.lower === "a" || t.lower === "per" || t.text === "/") && RATE_PERIODS.has(tokens[k + 1]?.lower ?? ""));
}
const MAX_SUPPORTED_WORDS = 4;
const TOPIC_LINKS = new Set(["for", "to", "of", "from"]);
const APPEAL_WORDS = new Set(["support", "subscribe", "subscription", "donate", "donation", "donations", "membership", "member", "join", "become"]);
/** Who keeps a page going, counted by the page itself. */
const PAGE_SUPPORTERS = new Set(["patrons", "boosts"]);

/**
 * "78.6 rubles to the dollar", "41 hryvnias per euro": an exchange rate, not a sum; and a site's rate widget, a currency's
 * code before an amount in cents: "USD 41.35 / 41.90" (buy and sell), "USD 84.90 · EUR 92.15", "UAH 41.45 per dollar".
 */
function isExchangeRate(tokens: Token[], m: NumberMatch): boolean {
  if (m.end - m.start === 1 && CENTS.test(tokens[m.start].text) && CURRENCY_CODES.has(tokens[m.start - 1]?.lower ?? "")) {
    const after = tokens[m.end];
    if ((after?.text === "/" && tokens[m.end + 1]?.kind === "num") || (after?.lower === "per" && MONEY_WORDS.has(tokens[m.end + 1]?.lower ?? ""))) return true;
    // (another currency quoted in cents on the same line)
    for (let k = 1; k < tokens.length; k++) if (k !== m.start && CENTS.test(tokens[k].text) && CURRENCY_CODES.has(tokens[k - 1].lower)) return true;
  }
  const unit = tokens[m.end]?.lower ?? "";
  if (!MONEY_WORDS.has(unit)) return false;
  const link = tokens[m.end + 1]?.lower;
  const next = link === "to" && tokens[m.end + 2]?.lower === "the" ? tokens[m.end + 3] : link === "per" || link === "a" ? tokens[m.end + 2] : undefined;
  const after = tokens[tokens.indexOf(next!) + 1];
  return !!next && (MONEY_WORDS.has(next.lower) || next.lower === "dollar" || next.lower === "euro") && (!after || after.kind === "punct" || after.lower === "rate");
}

const MONEY_WORDS = new Set(["rubles", "roubles", "hryvnias", "hryvnia", "dollars", "euros", "dollar", "euro", "pounds"]);

/** An amount in cents, as a rate is quoted: "41.35". */
const CENTS = /^\d{1,3}\.\d{2}$/;

/** "of them", "of these", "of those": a figure taking part of a count before it. */
export const PARTITIVE_PRONOUNS = new Set(["them", "these", "those"]);
const SUBJECT_VERBS = new Set(["was", "were", "is", "has", "had", "died", "remains", "remained"]);

/**
 * "...; one of them was hospitalised", "..., one of them in a serious condition": the subject of its clause, not "at
 * one of them" or "every one of them".
 */
function countsOneOfThem(tokens: Token[], m: NumberMatch): boolean {
  if (!PARTITIVE_PRONOUNS.has(tokens[m.end + 1]?.lower ?? "") || !(SUBJECT_VERBS.has(tokens[m.end + 2]?.lower ?? "") || inConditionAt(tokens, m.end + 2))) return false;
  const before = tokens[m.start - 1];
  // opening its sentence, only a casualty's state counts ("One of them died in hospital"); "One of them was tracked
  // by our radars", "One of them, a 67-year-old woman, ..." tell of one, they count nothing
  if (!before || before.kind === "punct" && !before.spaced && OPENING_QUOTE_MARKS.has(before.text)) return inConditionAt(tokens, m.end + 2) || casualtyStateAt(tokens, m.end + 2);
  return before.text === ";" || before.text === "," || before.lower === "and" || before.lower === "but";
}

const CASUALTY_STATES = new Set(["hospitalised", "hospitalized", "killed", "injured", "wounded", "died", "dead", "hurt", "treated"]);

/** "was hospitalised", "died", "is in hospital" from `k`: a casualty's state. */
function casualtyStateAt(tokens: Token[], k: number): boolean {
  const verb = tokens[k]?.lower ?? "";
  if (CASUALTY_STATES.has(verb)) return true;
  const next = tokens[k + 1]?.lower ?? "";
  return SUBJECT_VERBS.has(verb) && (CASUALTY_STATES.has(next) || (next === "in" && (tokens[k + 2]?.lower ?? "").startsWith("hospital")));
}
/** "in a serious condition", "in critical condition" starting at `k`: how some of the wounded are. */
export function inConditionAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== "in") return false;
  for (let j = k + 1; j <= k + 3; j++) if (tokens[j]?.lower === "condition" || tokens[j]?.lower === "conditions") return true;
  return false;
}

const COUNTER_MARKS = new Set(["👁", "👀", "👍", "💬", "🔁", "↪", "❤", "🔥", "📈"]);
const CLAUSE_ENDS = new Set([",", ".", ";", ":", "!", "?", "”", '"']);
const DURATION_WORDS = new Set(["hours", "hour", "minutes", "minute", "days", "day"]);

/** "A Mavic 3 reconnaissance drone", "Leopard 2 tank": a name and a number before a singular noun is a model. */
function isModelNumber(tokens: Token[], m: NumberMatch): boolean {
  const before = tokens[m.start - 1];
  // "Mirage 2000-5 aircraft": a variant number glued by a hyphen to a capitalised name's number
  if (before?.text === "-" && !before.spaced && !tokens[m.start].spaced && tokens[m.start - 2]?.kind === "num" && tokens[m.start - 3]?.capitalized && tokens[m.start - 3].kind === "word") return true;
  if (m.isWord || m.value < 2 || !before?.capitalized || before.kind !== "word" || m.start - 1 === 0) return false;
  // (nor a currency's code: "assistance of UAH 10,800 per person" is a sum)
  if (placeByVariant(before.lower) || MONTHS.has(before.lower) || NOT_MODEL_NAMES.has(before.lower) || CURRENCY_CODES.has(before.lower)) return false;
  // "Taurus KEPD 350 cruise missiles": a name and a type code in capitals before the number (not a heading in capitals)
  if (ALL_CAPITALS.test(before.text) && before.text.length >= 3 && !CURRENCY_CODES.has(before.lower) && !REGIONAL_OFFICE_ACRONYMS.has(before.lower) && NAME_CASE.test(tokens[m.start - 2].text) && !placeByVariant(tokens[m.start - 2].lower)) return true;
  if (MODEL_FAMILIES.has(before.lower)) return true; // "Mavic 3 quadcopters", "Leopard 2 tanks": a known family's number names the model
  // "two RCH 155 wheeled self-propelled howitzers", "six Skyranger 35 anti-aircraft tanks", "a Saab 340 AEW aircraft": a name
  // and its number between a count or "a" and the noun they name are one model's name (not after "the": "the SES 24 demining
  // machines", "in the Mediterranean 5 enemy ships")
  const opener = tokens[m.start - 2];
  // (not a headline in title case: "Russia Launches A Record 810 Drones At Ukraine")
  if (opener && (isCountToken(opener) || MODEL_ARTICLES.has(opener.lower)) && isNamedModelAt(tokens, m.start - 1) && !inTitleCase(tokens)) return true;
  for (let k = m.end; k < Math.min(tokens.length, m.end + 2); k++) {
    if (tokens[k].kind === "word" && NOUNS.get(tokens[k].lower)) return SINGULAR_NOUNS.has(tokens[k].lower);
  }
  return false;
}

const MODEL_ARTICLES = new Set(["a", "an"]);

/** Words before "day" that make it any day, not a numbered one: "a day", "every day", "that day", "The next day". */
const SOME_DAY = new Set(["a", "every", "each", "per", "that", "this", "same", "one", "any", "next", "following", "previous", "last"]);

const YEARS = new Set(["years", "year"]);
/** Units an item's specification is given in ("of 20 litres each"), unlike payments ("50,000 rubles each") or advances ("2 km each day"). */
const SPEC_UNITS = new Set(["litres", "liters", "l", "kg", "kilograms", "tonnes", "tons", "kw", "mw", "kwh", "watts", "seats", "beds"]);
const SENTENCING = new Set(["sentenced", "jailed", "imprisoned", "sentences", "sentence"]);

/**
 * A proportion, either of its numbers: "fewer than one in ten places of detention", "1 in 5 homes", "about one
 * child in four" (not "one person in two villages", two counts).
 */
function isProportion(tokens: Token[], m: NumberMatch): boolean {
  const before = tokens[m.start - 1];
  // "has grown to about 50 to 1", "three to one": a ratio, both its figures, no noun after it
  if (tokens[m.end]?.lower === "to" && isOne(tokens[m.end + 1]) && !isNounAt(tokens[m.end + 2])) return true;
  if (isOne(tokens[m.start]) && before?.lower === "to" && tokens[m.start - 2] && isCountToken(tokens[m.start - 2]) && !isNounAt(tokens[m.end])) return true;
  if (m.value === 1 && m.isWord && tokens[m.end + 1]?.lower === "in" && isCountToken(tokens[m.end + 2]) && !isNounAt(tokens[m.end + 3])) return true;
  // "Nearly one in three schools", "1 in 4 primary health facilities": one of every so many, however the noun follows
  // ("Two in three residents have left", "nine in ten": a small share of a larger whole)
  if (m.value >= 1 && m.value < 10 && tokens[m.end]?.lower === "in" && isCountToken(tokens[m.end + 1]) && countValue(tokens[m.end + 1]) > m.value && !DURATION_WORDS.has(tokens[m.end + 2]?.lower ?? "")) return true;
  if (before?.lower !== "in") return false;
  const share = tokens[m.start - 2];
  if (share?.lower === "one" || (share?.kind === "num" && share.text === "1")) return true;
  if (share && isCountToken(share) && countValue(share) < m.value && countValue(share) > 0 && countValue(share) < 10) return true;
  return tokens[m.start - 3]?.lower === "one" && share?.kind === "word" && !isNounAt(tokens[m.end]);
}

function isOne(token: Token | undefined): boolean {
  return token !== undefined && countValue(token) === 1;
}

/** The value of a count token: "three" 3, "10" 10 (0 when it is neither). */
function countValue(token: Token): number {
  if (token.kind === "num") return Number(token.text.replace(/,/g, "")) || 0;
  return SMALL.get(token.lower) ?? TENS.get(token.lower) ?? 0;
}

/** A number or a number word: the other term of a proportion ("one in four"). */
function isCountToken(token: Token | undefined): boolean {
  return !!token && (token.kind === "num" || SMALL.has(token.lower) || TENS.has(token.lower));
}

/** "sentenced the adjuster of the strike ... to 15 years": a sentencing verb earlier in the clause. */
/**
 * "received 15 years under Article 438", "gets 15 years", "Prosecutors had asked for 15 years", "a term of 10 to 15 years or
 * life imprisonment", "faces up to 12 years": a prison term by the words around it.
 */
function isPrisonTerm(tokens: Token[], m: NumberMatch): boolean {
  let k = m.start - 1;
  if (tokens[k]?.lower === "to" && tokens[k - 1]?.lower === "up") k -= 2; // "faces up to 12 years"
  const before = tokens[k]?.lower ?? "";
  if (TERM_VERBS.has(before)) return true;
  if (before === "for" && (tokens[k - 1]?.lower === "asked" || tokens[k - 1]?.lower === "demanded")) return true;
  if (before === "of" && tokens[k - 1]?.lower === "term") return true;
  const after = `${tokens[m.end + 1]?.lower ?? ""} ${tokens[m.end + 2]?.lower ?? ""}`;
  return after === "or life" || after === "under article" || after === "in jail";
}

const TERM_VERBS = new Set(["received", "receives", "gets", "got", "faces", "face", "facing", "serve", "serving", "served"]);

function sentencedBefore(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== "to" && tokens[start - 1]?.lower !== "and") return false;
  for (let k = start - 2; k >= Math.max(0, start - 40); k--) {
    if (SENTENCING.has(tokens[k].lower)) return true;
    if (tokens[k].text === ";" || tokens[k].text === ".") return false;
  }
  return false;
}

const LENGTH_UNITS = new Set(["km", "kilometres", "kilometers", "metres", "meters", "m", "miles"]);
const SPEED_TIMES = new Set(["per second", "per hour", "an hour", "a second"]);
const PHYSICAL_MEASURES = new Set(["knots", "atmospheres", "atm", "bar", "hpa", "millibars", "°c", "degrees"]);
const PER_UNIT = new Set(["person", "capita", "head"]);
const isYear = (value: number) => value >= 1800 && value <= 2100;
/** A noun the lexicon counts right there: the number before it counts it, whatever else the rule saw. */
const isNounAt = (token: Token | undefined) => !!token && token.kind === "word" && NOUNS.has(token.lower);

/** Nouns of the lexicon whose plural it also lists ("drone"/"drones"): "people" and "aircraft" are not singular. */
const SINGULAR_NOUNS = new Set([...NOUNS.keys()].filter((word) => NOUNS.has(`${word}s`) || NOUNS.has(`${word}es`)));
/** Capitalised words before a figure that are no model's name: "On Monday 3 people", "In Zaporizhzhia Oblast 4 children". */
const NOT_MODEL_NAMES = new Set([...WEEKDAYS, "oblast", "region", "district", "krai", "hromada"]);

/** A four-digit year with no counted noun ("in 2022", "2024 than in 2023"). */
export function isYearLike(tokens: Token[], m: NumberMatch): boolean {
  const t = tokens[m.start];
  return !m.isWord && m.end - m.start === 1 && isDigitsOf(t, 4) && isYear(m.value) && m.high === undefined;
}

/** "2-storey", "five-storey", "three-day": a number fused to a word that is not a unit describes, not counts. */
function isDescriptor(tokens: Token[], m: NumberMatch): boolean {
  const dash = tokens[m.end];
  const word = tokens[m.end + 1];
  if (!dash || dash.text !== "-" || dash.spaced || !word || word.spaced || word.kind !== "word") return false;
  // "the five-kilometre zone along the border", "a 30-km exclusion zone", "a 300-km range": the size names the thing
  // ("a 679-kilometre border", "a 400-metre radius": a frontier's length and a blast radius describe, as the gold set's
  // later batches annotate them; earlier ones had kept some as claims)
  const zone = SIZED_NOUNS.has(tokens[m.end + 2]?.lower ?? "") || (tokens[m.end + 3]?.lower === "zone" && tokens[m.end + 2].kind === "word");
  // "the 228-metre Volna Star": the length of a named ship or bridge describes it
  const named = !!tokens[m.end + 2]?.capitalized && tokens[m.end + 2].kind === "word" && tokens[m.start - 1]?.lower === "the";
  return !DESCRIPTOR_UNITS.has(word.lower) || zone || named;
}

/** "2 five-storey buildings": a descriptor between a count and its noun (the quote stops before it). */
export function descriptorAt(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  if (!token || (token.kind !== "num" && !SMALL.has(token.lower) && !TENS.has(token.lower))) return false;
  return isDescriptor(tokens, { start: k, end: k + 1, value: 0, isWord: token.kind !== "num" });
}

/** What a width or length names rather than measures a movement of: "a 30-km zone", "a 300-km range", "a 679-km border". */
const SIZED_NOUNS = new Set(["zone", "range", "border", "frontier", "radius"]);

/** "five shells for each Ukrainian one": a count set against one of another side's. */
function isRatioOfEach(tokens: Token[], m: NumberMatch): boolean {
  for (let k = m.end; k < Math.min(tokens.length - 1, m.end + 3); k++) {
    if (tokens[k].lower === "for" && (tokens[k + 1].lower === "each" || tokens[k + 1].lower === "every")) return true;
    if (tokens[k].kind === "punct") return false;
  }
  return false;
}

/** What a page's read counter says its readers did: "2,341 people read this". */
const READ_VERBS = new Set(["read", "viewed", "liked", "shared"]);
/** A channel's audience: "412.6K subscribers". */
const AUDIENCE = new Set(["subscribers", "followers", "readers", "members"]);
/** Counters a page prints under a post or over a profile ("96 Quotes", "803 Bookmarks", "12.1K posts", "Photos: 1,862"). */
const PAGE_COUNTERS = new Set(["quotes", "bookmarks", "reposts", "likes", "views", "shares", "retweets", "comments", "reactions", "posts", "photos", "videos", "followers", "following"]);

const LIVE_PAGE_ENTRIES = new Set(["updates", "posts", "entries"]);

/** A profile's other tallies, counted only beside a counter written short ("1.3K videos   14 links"). */
const PROFILE_TALLIES = new Set(["links", "files", "subscribers", "members", "audio", "gifs", "voice"]);

/** A number written short followed by a page's counter or audience anywhere in the sentence: "246K subscribers". */
function hasShortCounter(tokens: Token[]): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    const short = tokens[k].kind === "num" && tokens[k + 1].kind === "word" && !tokens[k + 1].spaced && isAbbreviated(tokens[k + 1]) && tokens[k + 1].text.length === 1;
    const counter = tokens[k + 2]?.lower ?? "";
    if (short && (PAGE_COUNTERS.has(counter) || AUDIENCE.has(counter))) return true;
  }
  return false;
}

/** A count written short, as pages print their counters: "412.6K", "12.1K". */
const isAbbreviated = (token: Token) => /[KkMm]$/.test(token.text);

/** A page's own counters, not people or things counted: a channel's audience, a post's reactions, a profile's tallies. */
function isCounterOfPage(tokens: Token[], m: NumberMatch): boolean {
  const after = tokens[m.end];
  // "Telegram channel · 412.6K subscribers": a channel's audience, not people without power
  if (after && AUDIENCE.has(after.lower) && (isAbbreviated(tokens[m.end - 1]) || (after.lower !== "members" && tokens.some((t) => t.lower === "telegram" || t.lower === "channel")))) return true;
  // "Serhii Lysak | Head of the Dnipropetrovsk Regional Military Administration\n312 604 subscribers": a channel's header
  // line, the audience after names and titles, no word of a sentence around it (not "Power was restored to 1,200 subscribers")
  if (after && (after.lower === "subscribers" || after.lower === "followers") && !isLowerWord(tokens[m.start - 1]) && !isLowerWord(tokens[m.end + 1])) return true;
  // "Join 25,000 readers who get our newsletter", "1,500 subscribers joined this week": a page's appeal to its audience
  if (after && AUDIENCE.has(after.lower) && (tokens[m.end + 1]?.lower === "joined" || tokens.some((t) => APPEAL_WORDS.has(t.lower) || t.lower === "newsletter"))) return true;
  // ("Join 18,400 other subscribers")
  if ((after?.lower === "other" || after?.lower === "more") && AUDIENCE.has(tokens[m.end + 1]?.lower ?? "") && tokens.some((t) => APPEAL_WORDS.has(t.lower))) return true;
  // "Hospital · 18K followers · 96% recommend (412 reviews)": a page's rating
  if (after?.text === "%" && tokens[m.end + 1]?.lower === "recommend") return true;
  // "2,341 people read this": a page's read counter
  if (after && (after.lower === "people" || after.lower === "readers") && READ_VERBS.has(tokens[m.end + 1]?.lower ?? "") && tokens[m.end + 2]?.lower === "this") return true;
  // written as a site writes its counters: "96 Quotes", or abbreviated, "12.1K posts"
  if (after && PAGE_COUNTERS.has(after.lower) && (after.capitalized || isAbbreviated(tokens[m.end - 1]))) return true;
  // "246K subscribers   9.7K photos   1.3K videos   14 links": a profile's tallies, one written short sets the line
  if (after && (PAGE_COUNTERS.has(after.lower) || PROFILE_TALLIES.has(after.lower)) && hasShortCounter(tokens)) return true;
  // "Last updated 9 July 2025, 16:52 EEST · 48 updates · Share 2.1K": a live page's count of its own entries
  if (after && LIVE_PAGE_ENTRIES.has(after.lower) && (tokens[m.start - 1]?.text === "·" || tokens[m.end + 1]?.text === "·")) return true;
  // "Join 18,000 others for $5 a month": an appeal's count of its supporters
  if (after?.lower === "others" && tokens.some((t) => APPEAL_WORDS.has(t.lower))) return true;
  // "Liked by olena.kravets and 4,317 others": a post's likes
  if (after?.lower === "others" && tokens[m.start - 1]?.lower === "and" && tokens.some((t, k) => t.lower === "liked" && tokens[k + 1]?.lower === "by")) return true;
  // "Followers: 214K · Photos: 1,862 · Videos: 412": a label and its count
  const label = tokens[m.start - 2];
  return tokens[m.start - 1]?.text === ":" && !!label && label.capitalized && PAGE_COUNTERS.has(label.lower) && (!after || after.kind === "punct");
}

function isWordAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === "word";
}

function isLowerWord(token: Token | undefined): boolean {
  return token?.kind === "word" && !token.capitalized;
}

const DESCRIPTOR_UNITS = new Set([
  "km", "kilometre", "kilometer", "kilometres", "kilometers", "metre", "meter", "metres", "meters", "m", "mile",
  "miles", "year", "month", "week", "day", "hour", "strong",
]);

function isClock(tokens: Token[], m: NumberMatch): boolean {
  const after = tokens[m.end];
  if (!after) return false;
  if (CLOCK_AFTER.has(after.lower) && (after.lower !== "h" || !after.spaced)) {
    return after.lower !== "kyiv" && after.lower !== "moscow" ? true : tokens[m.end + 1]?.lower === "time";
  }
  if ((after.lower === "a" || after.lower === "p") && tokens[m.end + 1]?.text === "." && tokens[m.end + 2]?.lower === "m") return true;
  if (isHourUntil(tokens, m)) return true;
  return after.lower === "local" && tokens[m.end + 1]?.lower === "time";
}

/** "The attack lasted until 5.", "until 6 in the morning": a bare hour after "until", nothing counted after it. */
function isHourUntil(tokens: Token[], m: NumberMatch): boolean {
  const before = tokens[m.start - 1]?.lower;
  if ((before !== "until" && before !== "till") || m.isWord || !Number.isInteger(m.value) || m.value > 24) return false;
  const after = tokens[m.end];
  return HOUR_ENDS.has(after.text) || (after.lower === "in" && tokens[m.end + 1]?.lower === "the" && DAY_PARTS.has(tokens[m.end + 2]?.lower ?? ""));
}

const HOUR_ENDS = new Set([".", ",", ";", ")"]);
const DAY_PARTS = new Set(["morning", "evening", "afternoon"]);

function isDate(tokens: Token[], m: NumberMatch): boolean {
  if (m.isWord) return false;
  const day = m.value >= 1 && m.value <= 31 && Number.isInteger(m.value);
  const before = tokens[m.start - 1];
  const before2 = before?.text === "." ? tokens[m.start - 2] : before;
  if (before2 && MONTHS.get(before2.lower) !== undefined && before2.kind === "word" && (day || isYearLike(tokens, m))) return true;
  const after = tokens[m.end];
  if (day && after && namesMonthAfterDay(after)) return true;
  // "on 7 and 23 May", "7, 12 and 23 May": days listed before the one the month follows.
  if (day && after && DAY_LIST_JOINERS.has(after.lower)) {
    let k = m.end;
    while (DAY_LIST_JOINERS.has(tokens[k]?.lower ?? "") && isDayToken(tokens[k + 1])) k += 2;
    if (k > m.end && tokens[k] && namesMonthAfterDay(tokens[k])) return true;
  }
  // "November 13 and 14", "October 21, 2024": the second number continues the date.
  const joiner = tokens[m.start - 1];
  const previousNumber = tokens[m.start - 2];
  if (joiner && previousNumber?.kind === "num" && ["and", "-", "–", ",", "to", "or"].includes(joiner.lower)) {
    const month = tokens[m.start - 3];
    if (month && MONTHS.get(month.lower) !== undefined && (day || isYearLike(tokens, m))) return true;
  }
  return false;
}

const DAY_LIST_JOINERS = new Set(["and", ",", "or", "-", "–"]);

const isDayToken = (token: Token | undefined) => token?.kind === "num" && /^(?:[1-9]|[12]\d|3[01])$/.test(token.text);

/** "13 October", "7 May" (but not "may" the verb, nor "mar"). */
function namesMonthAfterDay(token: Token): boolean {
  if (token.lower === "may") return /^[A-Z]/.test(token.text);
  return MONTHS.get(token.lower) !== undefined && token.lower !== "mar";
}

function isAge(tokens: Token[], m: NumberMatch): boolean {
  const a = tokens[m.end];
  const b = tokens[m.end + 1];
  const c = tokens[m.end + 2];
  const d = tokens[m.end + 3];
  if (a?.text === "-" && (b?.lower === "year" || b?.lower === "month" || b?.lower === "week" || b?.lower === "day") && c?.text === "-" && d?.lower === "old") return true;
  if ((a?.lower === "years" || a?.lower === "year" || a?.lower === "months") && b?.lower === "old") return true;
  const before = tokens[m.start - 1];
  if (before?.lower === "aged" || before?.lower === "age" || (before?.lower === "of" && tokens[m.start - 2]?.lower === "age")) return true;
  // "aged between 50 and 60", "aged from 5 to 12"
  if ((before?.lower === "between" || before?.lower === "from" || before?.lower === "over" || before?.lower === "under") && tokens[m.start - 2]?.lower === "aged") return true;
  // "75,000 more men under 50 died", "women over 60": an age bracket of the people just named (no unit after it)
  if ((before?.lower === "under" || before?.lower === "over") && isAgeGroup(tokens[m.start - 2]?.lower ?? "") && !m.isWord && m.value < 110 && (!a || a.kind !== "word" || AGE_CLOSERS.has(a.lower) || a.lower === "died" || a.lower === "are")) return true;
  // ("most of them over 60", "46 of them are over 60", "At least 1,350 of the dead were older than 50": the people counted before)
  const bracket = before?.lower === "under" || before?.lower === "over" ? m.start - 2 : before?.lower === "than" && AGE_COMPARATIVES.has(tokens[m.start - 2]?.lower ?? "") ? m.start - 3 : -1;
  const group = COPULAS.has(tokens[bracket]?.lower ?? "") ? bracket - 1 : bracket;
  // (a toll's people only as a share, "of the dead": "By evening the dead were over 100" is the toll itself)
  const toll = TOLL_GROUPS.has(tokens[group]?.lower ?? "");
  const ofThe = tokens[group - 1]?.lower === "the" && tokens[group - 2]?.lower === "of";
  const aged = tokens[group]?.lower === "them" || (toll ? ofThe : group < bracket && isAgeGroup(tokens[group]?.lower ?? ""));
  if (bracket > 0 && aged && !m.isWord && m.value < 110 && (!a || a.kind !== "word" || AGE_CLOSERS.has(a.lower))) return true;
  // "some as young as 16", "as old as 90"
  if (before?.lower === "as" && (tokens[m.start - 2]?.lower === "young" || tokens[m.start - 2]?.lower === "old") && tokens[m.start - 3]?.lower === "as") return true;
  // "aged 46 and 73", "aged 47, 58 and 71": the later ages of a list
  if (agedListBefore(tokens, m.start)) return true;
  // "a baby of six months", "a girl of 14 years": the age of the person named before "of"
  if (before?.lower === "of" && (a?.lower === "months" || a?.lower === "years" || a?.lower === "month") && PERSON_WORDS.has(tokens[m.start - 2]?.lower ?? "")) return true;
  // "Two boys, both 12, were injured"
  if (before?.lower === "both" && tokens[m.start - 2]?.text === "," && a?.text === ",") return true;
  // "a man, 58, was", "Two men, 61 and 64, were", "a boy of 12"
  if (m.isWord || m.value >= 110) return false;
  // "the youngest was 19, the oldest 54": a group's extreme ages, no noun after them
  if ((!a || a.kind !== "word") && isExtremeAge(tokens, m.start)) return true;
  const person = tokens[m.start - 2]?.lower ?? "";
  if (before?.text === "," && (!a || AGE_CLOSERS.has(a.lower)) && AGED_PERSONS.has(person)) return true;
  // "One of them, 26, was wounded and the other, 20, in the leg": one of a pair, set apart by commas
  if (before?.text === "," && a?.text === "," && ((person === "them" && tokens[m.start - 3]?.lower === "of" && tokens[m.start - 4]?.lower === "one") || (person === "other" && tokens[m.start - 3]?.lower === "the"))) return true;
  // "the wounded man is 47 and has shrapnel wounds": one person's age after "is" (not "The number of injured children is 47")
  if ((before?.lower === "is" || before?.lower === "was") && AGED_PERSONS.has(person) && !PLURAL_PERSONS.test(person) && tokens[m.start - 3]?.kind === "word" && tokens[m.start - 3].lower !== "of" && !tokens.slice(0, m.start).some((t) => t.lower === "number") && (!a || AGE_CLOSERS.has(a.lower))) return true;
  if ((before?.lower === "and" || before?.text === ",") && tokens[m.start - 2]?.kind === "num" && tokens[m.start - 3]?.text === "," && AGED_PERSONS.has(tokens[m.start - 4]?.lower ?? "")) return true;
  // ("a boy of 12", "a man of 70": not "a group of 20", whose noun is no person)
  return before?.lower === "of" && AGED_PERSONS.has(person) && (tokens[m.start - 3]?.lower === "a" || tokens[m.start - 3]?.lower === "an");
}

/** A modal ("would", "could", "might") or "worth" a few words before `k`, words only: "would rather pour a thousand tonnes". */
function isHypotheticalAt(tokens: Token[], k: number): boolean {
  if (qualifierBefore(tokens, k)) return false; // "It could be about a thousand men": an estimate
  for (let j = k - 1; j >= Math.max(0, k - HYPOTHETICAL_REACH); j--) {
    if (tokens[j].kind !== "word") return false;
    if (HYPOTHETICAL_WORDS.has(tokens[j].lower)) return true;
  }
  return false;
}

const ROUTE_NOUNS = new Set(["bus", "tram", "trolleybus", "minibus", "route", "marshrutka"]);
const HYPOTHETICAL_WORDS = new Set(["would", "could", "might", "worth"]);
const HYPOTHETICAL_REACH = 3;

/**
 * "the youngest was 19", "the oldest 54", "the oldest is 71", "the youngest of the dead was 19": the figure right after a
 * superlative of age, or after its verb a few words on.
 */
function isExtremeAge(tokens: Token[], start: number): boolean {
  const verb = tokens[start - 1]?.lower === "was" || tokens[start - 1]?.lower === "is";
  const from = verb ? start - 2 : start - 1;
  for (let k = from; k >= Math.max(0, from - (verb ? MAX_AGE_GROUP_WORDS : 0)); k--) {
    if ((tokens[k].lower === "youngest" || tokens[k].lower === "oldest") && tokens[k - 1]?.lower === "the") return true;
    if (tokens[k].kind !== "word") return false;
  }
  return false;
}
const MAX_AGE_GROUP_WORDS = 3; // "the youngest of the dead was", "the oldest victim was"

/** Whether the figure at `start` continues a list of ages opened by "aged" ("aged 47, 58 and 71"). */
function agedListBefore(tokens: Token[], start: number): boolean {
  if (tokens[start + 1]?.kind === "word" && !AGE_CLOSERS.has(tokens[start + 1].lower)) return false; // "aged 45 and 52, 3 women"
  let k = start - 1;
  for (let items = 0; items < 8; items++) {
    const link = tokens[k]?.lower;
    if (link !== "and" && link !== "," && link !== "or") return false;
    if (tokens[k - 1]?.kind !== "num") return false;
    if (tokens[k - 2]?.lower === "aged") return true;
    k -= 2;
  }
  return false;
}

/** A street's word capitalised as its name's is: "Admiralska Street", "Holloway Road". */
function isStreetWordAt(tokens: Token[], k: number): boolean {
  return !!tokens[k]?.capitalized && STREET_WORDS.has(tokens[k].lower);
}

/** A house number after its street's name, no year nor a month's day: "Loi 155", "Khreshchatyk 36" (not "October 14"). */
function isHouseNumberAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.kind === "num" && /^\d{1,4}[a-z]?$/i.test(tokens[k].text) && !YEAR.test(tokens[k].text) && !!tokens[k - 1]?.capitalized && !MONTHS.has(tokens[k - 1].lower);
}

/** What a neighbour is counted in: "two streets away", "three doors down". */
const NEIGHBOURING = new Set(["streets", "doors", "blocks", "houses", "buildings", "street", "door", "block", "house"]);

/** People whose age bracket may follow them: "men under 50", "those over 60" (the counted nouns for people). */
function isAgeGroup(word: string): boolean {
  const cls = NOUNS.get(word)?.cls;
  return cls === "person" || cls === "military" || word === "those" || word === "anyone" || word === "adults";
}

const PERSON_WORDS = new Set(["baby", "infant", "child", "boy", "girl", "man", "woman", "son", "daughter", "toddler", "teenager", "pensioner"]);

/** What may follow the age in "a man, 58, was", "a woman, 49.", "her neighbour, 71 — were". */
const AGE_COMPARATIVES = new Set(["older", "younger"]);
const PLURAL_PERSONS = /(?:s|children|men|women|people)$/;
const TOLL_GROUPS = new Set(["dead", "injured", "wounded", "killed", "casualties"]);
const AGE_CLOSERS = new Set([",", ")", "and", ".", ";", "—", "–", "-", "were", "was", "are", "had", "have", "who", "died", "from", "in", "at", "on", "near"]);

const AGED_PERSONS = new Set([
  "neighbour", "neighbor", "grandmother", "grandfather", "nurse", "doctor", "teacher", "employee", "guard", "civilian",
  "passenger", "patient", "brother", "sister", "relative", "friend", "colleague", "journalist", "student", "rescuer",
  "firefighter", "policeman", "policewoman", "engineer", "electrician", "miner", "priest", "owner", "local",
  "man", "woman", "boy", "girl", "resident", "driver", "soldier", "pensioner", "child", "teenager", "mother", "father", "son",
  "daughter", "wife", "husband", "volunteer", "medic", "worker", "farmer", "men", "women", "boys", "girls", "residents",
  "pensioners", "children", "teenagers", "grandson", "granddaughter", "grandchild",
]);

/** The kinds of capacity a plant is built or rated for ("design capacity", "installed capacity"). */
const RATED_CAPACITIES = new Set(["design", "designed", "installed", "production", "processing", "refining", "generating", "rated", "nameplate", "annual"]);
const CAPACITY_QUALIFIERS = new Set(["about", "around", "roughly", "some", "nearly", "almost", "over", "up", "to", "more", "than", "approximately"]);

/** "... capacity of [about] N": the number a rated capacity opens with, its qualifier between. */
function isRatedCapacity(tokens: Token[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && CAPACITY_QUALIFIERS.has(tokens[k].lower)) k--;
  return tokens[k]?.lower === "of" && tokens[k - 1]?.lower === "capacity" && RATED_CAPACITIES.has(tokens[k - 2]?.lower ?? "");
}

/**
 * "two storage tanks holding 5,000 cubic meters each", "tanks of 5,000 cubic metres each", "the reservoir, which held about 18
 * cubic kilometers of water": what a container holds, no quantity reported (not "13.4 billion cubic meters" of gas stored).
 */
function isContainerVolume(tokens: Token[], m: NumberMatch): boolean {
  if (tokens[m.end]?.lower !== "cubic") return false;
  // ("holding 5,000 cubic meters each"; not "15 billion cubic metres each year", a flow)
  if (tokens[m.end + 2]?.lower === "each") return !COUNTED_PERIODS.has(tokens[m.end + 3]?.lower ?? "");
  let k = m.start - 1;
  while (k > 0 && CAPACITY_QUALIFIERS.has(tokens[k].lower)) k--;
  // (a container's relative clause, "which held", not a report of what is stored: "Storage held 13.4 billion cubic meters")
  const relative = HOLDING.has(tokens[k]?.lower ?? "") && (tokens[k - 1]?.lower === "which" || tokens[k - 1]?.lower === "that");
  return tokens[k]?.lower === "holding" || relative || (tokens[k]?.lower === "of" && VOLUME_NOUNS.has(tokens[k - 1]?.lower ?? ""));
}
const HOLDING = new Set(["held", "holds", "hold"]);
const VOLUME_NOUNS = new Set(["tank", "tanks", "reservoir"]);

/**
 * "designed to produce [about] N", "a warhead weighing N", "a warhead of N": a specification; so is what a machine can
 * supply ("Each generator can power about 1,500 households").
 */
function isDesignFigure(tokens: Token[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && CAPACITY_QUALIFIERS.has(tokens[k].lower)) k--;
  if (tokens[k - 1]?.lower === "to" && (tokens[k - 2]?.lower === "designed" || tokens[k - 2]?.lower === "built")) return true;
  if (SUPPLY_VERBS.has(tokens[k]?.lower ?? "") && (tokens[k - 1]?.lower === "can" || tokens[k - 1]?.lower === "could")) return true;
  if (isThroughputOfPlace(tokens, k)) return true;
  // "Finnish territorial waters extend up to 12 nautical miles from the coast": how far a sea border runs by law
  if (tokens[k]?.lower === "extend" || tokens[k]?.lower === "extends") {
    if (tokens.some((token, j) => j < k && token.lower === "territorial" && (tokens[j + 1]?.lower === "waters" || tokens[j + 1]?.lower === "sea"))) return true;
  }
  return (tokens[k]?.lower === "weighing" || tokens[k]?.lower === "of") && (tokens[k - 1]?.lower === "warhead" || tokens[k - 2]?.lower === "warhead");
}

/**
 * "the Syzran refinery, which processes about 8.5 million tonnes of oil a year", "a pipeline that can move up to 24 million
 * tonnes of fuel a year": what a plant handles in a year, told in a relative clause describing it (the verb at `verb`). A main
 * clause's "The refinery processes about 15 million tonnes of crude a year" stays a claim.
 */
function isThroughputOfPlace(tokens: Token[], verb: number): boolean {
  const word = tokens[verb]?.lower ?? "";
  // (what it does, or can do; not what it did: "the port, which handled 30 million tonnes of cargo last year, was hit")
  const modal = (tokens[verb - 1]?.lower === "can" || tokens[verb - 1]?.lower === "could") && CAPACITY_VERBS.has(word) ? verb - 1 : THROUGHPUT_VERBS.has(word) ? verb : -1;
  return modal > 0 && (tokens[modal - 1]?.lower === "which" || tokens[modal - 1]?.lower === "that");
}

/** What a refinery, a terminal or a pipeline does with its yearly tonnes, and can do. */
const THROUGHPUT_VERBS = new Set(["processes", "refines", "handles", "moves", "ships", "pumps"]);
const CAPACITY_VERBS = new Set(["process", "refine", "handle", "move", "ship", "pump"]);

/** What a generator, a boiler or a station supplies: "can power 1,500 households", "could heat 40 schools". */
const SUPPLY_VERBS = new Set(["power", "heat", "supply"]);

/** "at least one" after "knows" or "as long as there is": a figure of speech, not a count. */
function isRhetoricalOne(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== "least" || tokens[start - 2]?.lower !== "at") return false;
  const before = tokens[start - 3]?.lower;
  return before === "knows" || before === "know" || (before === "is" && tokens[start - 4]?.lower === "there" && tokens[start - 5]?.lower === "as" && tokens[start - 6]?.lower === "long");
}

/** A vote's parts: "93 votes in favour", "65 abstentions". */
const VOTE_WORDS = new Set(["votes", "abstentions", "abstained"]);
/** Fractions written with a number: "two thirds", "three quarters". */
const FRACTION_WORDS = new Set(["thirds", "quarters", "fifths", "tenths"]);
