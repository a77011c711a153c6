import { attackVerbBefore, casualtyVerb, categoryOfNoun, categoryOfUnit, hasOwnVerb, injuriesOf } from "./categories";
import { countedNounAt, countedNounBefore, type CountedNoun } from "./counted-noun";
import { TIME_REFERENCE_AFTER, WINDOW_BEFORE } from "./data/designators";
import { GROUP_MEMBERS, GROUPS, MEMBER_BODIES, NOUNS, POPULATION } from "./data/nouns";
import { REPEATS, SCALES, SMALL, TENS } from "./data/number-words";
import { AREA_LOCATIVES, placeByVariant, REGION_COUNTS } from "./data/gazetteer";
import { COUNTED_PERIODS, MONTHS, RATE_PERIODS } from "./data/periods";
import { PEOPLE_MOVED, REPEATED_ATTACK_VERBS } from "./data/verbs";
import { beforeTheWarAt, isPrewarAt } from "./location";
import { parseNumberAt, type NumberMatch } from "./numbers";
import { qualifierBefore } from "./qualifiers";
import { DASHES, type Token } from "./tokenize";
import { WordSet } from "./word-set";
import { descriptorAt, inConditionAt, isYearLike, PARTITIVE_PRONOUNS, skipSpan, trapReason } from "./traps";
import type { Category } from "./types";
import { currencyBefore, unitAfter, type CurrencyMatch, type UnitMatch } from "./units";

// Every quantity in one sentence, with its qualifier, unit, counted noun and category.
// Numbers that borrow their noun ("two more", "31 of them", "47 of the 72 drones") are linked here.

export type Candidate = {
  num: NumberMatch;
  qualifier: string;
  currency: CurrencyMatch | null;
  unit: UnitMatch | null;
  noun: CountedNoun | null;
  category: Category | null;
  /** Token span of the quote, end exclusive. */
  start: number;
  end: number;
  /** What a figure counts when its noun is in another sentence ("- 11 over Poltava oblast"). */
  subject?: string | null;
  /** Borrowed its noun from another candidate ("two more", "47 of the 72"). */
  borrowed: "previous" | "next" | null;
  isTotalOfPartitive: boolean;
};

/** Words that can open a number; every other word is skipped without parsing. */
const NUMBER_STARTERS = new Set([...SMALL.keys(), ...TENS.keys(), "a", "an", "dozens", "hundreds", "thousands", "millions", "tens", "several", "scores", "half"]);
const NUMBER_OPENERS = new WordSet([...NUMBER_STARTERS, ...REPEATS.keys()]);
const TOLLS = new Set(["killed", "injured", "casualties", "captured"]);
const YEAR_PREPOSITIONS = new Set(["in", "since", "until", "till", "during", "by"]);
const YEAR_PARTS = new Set(["months", "month", "half", "quarter", "spring", "summer", "autumn", "winter", "start", "beginning", "end", "middle", "weeks", "days"]);
const ELLIPSIS_AFTER = new Set(["more", "others", "in", "near", "on", "at", "over", "along", "around", "outside", ",", ";", ".", ")", "and", "were", "was", "of", "from", "this", "that"]);
/** "only" and "just" before a figure: no qualifiers (the gold set does not annotate them). */
export const ONLY = new Set(["only", "just"]);
const LIST_LABEL_MARKS = new Set(["–", "-", "—", "‒"]);
const ELLIPSIS_BEFORE = new Set(["and", ",", "including", "incl", "among", "+", "another", "while", "but", "with", "(", "them", "–"]);

export function findCandidates(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const openers = NUMBER_OPENERS; // one module lookup, not one per token
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token.kind === "num") {
      const skip = skipSpan(tokens, i);
      if (skip >= 0) {
        i = skip;
        continue;
      }
    } else if (token.kind !== "word" || !openers.hasToken(token)) {
      i++; // most tokens: one lookup and on
      continue;
    }
    const repeat = token.kind === "word" ? REPEATS.get(token.lower) : undefined;
    // "attacked twice", not "twice as many shells" (a comparison)
    // ("hit at least once a week" is a rate, not a count of attacks)
    // ("struck once" counts an attack; "hit more than once", "counted once" do not: "once" wants its verb right before it)
    if (repeat !== undefined && tokens[i + 1]?.lower !== "as" && !isRate(tokens, i + 1) && attackVerbBefore(tokens, i, repeat === 1 ? ONCE_REACH : REPEAT_REACH, REPEATED_ATTACK_VERBS)) {
      const num: NumberMatch = { start: i, end: i + 1, value: repeat, isWord: true };
      out.push({ num, qualifier: "exact", currency: null, unit: null, noun: null, category: "attacks", start: i, end: i + 1, borrowed: null, isTotalOfPartitive: false });
      i++;
      continue;
    }
    const num = token.kind === "word" && !NUMBER_STARTERS.has(token.lower) ? null : parseNumberAt(tokens, i);
    if (!num) {
      i++;
      continue;
    }
    const candidate = trapReason(tokens, num) ? null : build(tokens, num);
    if (candidate) out.push(candidate);
    i = Math.max(num.end, i + 1);
  }
  linkBorrowed(tokens, out);
  return out.filter((c, n) => !isRestatement(tokens, c, out[n - 1]));
}

/** Kin and members, whom NOT_COUNTED leaves out of counts without a casualty verb. */
const KIN = new Set(["members", "sons", "daughters", "brothers", "sisters"]);

const LOSS_STATES = new Set(["destroyed", "damaged", "abandoned", "captured"]);

/** "of which" opening the breakdown the label at `label` is part of. */
function ofWhichBefore(tokens: Token[], label: number): boolean {
  for (let k = label - 1; k > 0 && k >= label - 24; k--) {
    if (tokens[k].lower === "which" && tokens[k - 1].lower === "of") return true;
    if (tokens[k].text === "." || tokens[k].text === ";") return false;
  }
  return false;
}

const COORDINATORS = new Set(["and", "or", "to"]);

/** "minutes", "days", "seconds": a number before it counts time. */
function isPeriodWord(token: Token | undefined): boolean {
  return !!token && (COUNTED_PERIODS.has(token.lower) || token.lower === "seconds" || token.lower === "second");
}

/** "a week", "per day", "every month" right after a repeat: "once a week" is how often, not how many. */
function isRate(tokens: Token[], k: number): boolean {
  const link = tokens[k]?.lower;
  return (link === "a" || link === "per" || link === "every") && RATE_PERIODS.has(tokens[k + 1]?.lower ?? "");
}

function build(tokens: Token[], figure: NumberMatch): Candidate | null {
  // ("4,300+ people evacuated", "168,000+ people received assistance": the figure and more, at least that many)
  // (a noun the lexicon knows: not an app store's "5M+ downloads", "50K+ reviews")
  const plus = tokens[figure.end]?.text === "+" && !tokens[figure.end].spaced && tokens[figure.end + 1]?.kind === "word" && countedNounAt(tokens, figure.end + 1, false) !== null;
  // ("I counted 20 or so explosions", "30 or so people": about that many)
  const orSo = tokens[figure.end]?.lower === "or" && tokens[figure.end + 1]?.lower === "so" && countedNounAt(tokens, figure.end + 2, false) !== null;
  const num = plus || orSo ? { ...figure, end: figure.end + (plus ? 1 : 2) } : figure;
  const currency = currencyBefore(tokens, num.start);
  const first = currency?.start ?? num.start; // "nearly $14 billion": the qualifier precedes the symbol
  const q = tokens[first - 1]?.lower === "between" || (tokens[first - 1]?.lower === "from" && num.high !== undefined)
    ? { key: "range", start: first - 1 }
    : qualifierBefore(tokens, first);
  const unit = currency ? null : unitAfter(tokens, num.end);
  let start = Math.min(q?.start ?? num.start, currency?.start ?? num.start);
  if (tokens[start - 1]?.text === "+" && !tokens[start].spaced) start--;
  if (unit?.entry.kind === "duration" && (isTimeWindow(tokens, num, unit, start) || (CAREER_UNITS.has(unit.entry.unit) && isBiography(tokens, start)))) return null;
  const head: Head = { num, qualifier: q?.key ?? (plus ? "at_least" : orSo ? "about" : "exact"), currency, unit, start };
  // "a hundred percent sure": certainty, not a share; "Our air defence worked one hundred percent": fully, in words
  if (unit?.entry.kind === "percent" && CERTAINTY.has(tokens[unit.end]?.lower ?? "")) return null;
  if (unit?.entry.kind === "percent" && num.isWord && num.value === 100 && tokens[unit.end]?.lower !== "of") return null;
  // "41 kilometres of roads", "a 1.5-kilometre section of an overhead power line": a length of something built, not a distance
  if (unit?.entry.kind === "distance" && isLengthOfBuilt(tokens, unit.end)) return candidate(head, null, "other", unit.end);
  // "The bunker is three meters underground", "two metres below the ground": how deep something lies
  if (unit?.entry.unit === "m" && liesUnder(tokens, unit.end)) return null;
  if (unit || currency) return candidate(head, null, unit ? categoryOfUnit(unit.entry.kind) : "money", unit ? unit.end : num.end);
  // "Tanks (3,790, of which destroyed: 2,701, damaged: 158, abandoned: 337, captured: 594)": a loss tally's states are
  // of the materiel it counts, not captives
  if (tokens[start - 1]?.text === ":" && LOSS_STATES.has(tokens[start - 2]?.lower ?? "") && ofWhichBefore(tokens, start - 2)) {
    return { ...candidate(head, null, "equipment", num.end), subject: tokens[start - 2].lower };
  }
  // "13,341: civilians killed", "190: villages Moscow says it has taken": a figure heading its line
  // counts the noun after the colon; the quote is the figure alone.
  if (start === 0 && tokens[num.end]?.text === ":") {
    const headed = countedNounAt(tokens, num.end + 1, false);
    if (headed) return candidate(head, headed, categoryOfNoun(tokens, headed, start), num.end);
  }
  // ("The crew folds the outriggers: within two minutes the truck has left": a span of time, not a count of the label's noun)
  // "about 1,151,370 (+1,090) personnel, 11,328 (+4) tanks": a loss list's total and the day's increment share the noun after them
  // (not "personnel – about 747,640 (+1,630) persons": a label before the dash already says what the entry counts)
  let labelled = false;
  for (let k = start - 1; k >= Math.max(0, start - 5) && tokens[k].text !== ","; k--) labelled ||= LIST_LABEL_MARKS.has(tokens[k].text);
  const afterIncrement = labelled ? -1 : incrementEnd(tokens, num.end, start);
  if (afterIncrement >= 0) {
    const listed = countedNounAt(tokens, afterIncrement, false);
    if (listed) return candidate(head, null, categoryOfNoun(tokens, listed, start), num.end);
  }
  // ("The Air Force reports: 12 of 19 attack drones ...": a share of a count after it takes that count's noun, not a label's)
  // (not a label's share with no noun after it: "Kh-101 cruise missiles: 8 of 9")
  const whole = tokens[num.end]?.lower !== "of" ? -1 : tokens[num.end + 1]?.kind === "num" ? num.end + 1 : tokens[num.end + 1]?.lower === "the" && tokens[num.end + 2]?.kind === "num" ? num.end + 2 : -1;
  const ofCount = whole > 0 && countedNounAt(tokens, whole + 1, false) !== null;
  const noun = countedNounAt(tokens, num.end, true) ?? (isPeriodWord(tokens[num.end]) || ofCount ? null : countedNounBefore(tokens, start));
  if (noun && tokens[noun.end]?.lower === "for" && tokens[noun.end + 1]?.lower === "every") return null; // a ratio
  // ("The death toll has risen to three people", "The number of injured has grown to 12 people": the toll's figure, its
  // people only what it is given in)
  // (only after a verb of rising: not "delivered food to 300 people" after "took the wounded to hospitals")
  if (noun && noun.head > num.start && noun.entry.category === "people" && tokens[start - 1]?.lower === "to" && RISEN.has(tokens[start - 2]?.lower ?? "")) {
    const toll = countedNounBefore(tokens, start);
    const category = toll ? categoryOfNoun(tokens, toll, start) : null;
    if (category && TOLLS.has(category)) return candidate(head, noun, category, noun.end);
  }
  // "four members of one family were killed", "his two sons were wounded": kin, uncounted otherwise ("27 members"),
  // are counted once a casualty verb says so
  if (!noun && KIN.has(tokens[num.end]?.lower ?? "")) {
    const toll = casualtyVerb(tokens, start, num.end + 1);
    if (toll) return { ...candidate(head, null, toll, num.end + 1), subject: tokens[num.end].lower };
  }
  // "in small groups of 2–3 people", "groups of 10-15 men": the size of an assault group is troops (unless a verb
  // says what befell them: "a sabotage group of up to 15 people had been eliminated")
  if (noun && tokens[start - 1]?.lower === "of" && MEMBER_BODIES.has(tokens[start - 2]?.lower ?? "") && GROUP_MEMBERS.has(tokens[noun.head].lower) && noun.head === num.end) {
    const category = categoryOfNoun(tokens, noun, start);
    return candidate(head, noun, category === "people" ? "personnel" : category, noun.end);
  }
  if (noun) {
    // "its 1991 borders": a year before a noun the lexicon does not count
    if (noun.entry.category === "other" && noun.entry.cls === "generic" && isYearLike(tokens, num)) return null;
    // ("In 2025 Russian regions spent ...", "in the first five months of 2025 Russian regions ...": a year after a
    // preposition of time runs into the sentence's subject)
    if (isYearLike(tokens, num) && (YEAR_PREPOSITIONS.has(tokens[start - 1]?.lower ?? "") || (tokens[start - 1]?.lower === "of" && YEAR_PARTS.has(tokens[start - 2]?.lower ?? "")))) return null;
    // an uncounted noun after an attack verb, or mines fired ("fired 15 mines": mortar rounds in Ukrainian usage;
    // mines found or destroyed stay other)
    const attacked = noun.entry.category === "other" && (noun.entry.cls === "generic" || FIRED_NOUNS.has(tokens[noun.head].lower));
    // ("struck manpower and equipment concentrations ... of Ukrainian units and foreign mercenaries in 142 areas": a long object)
    const reach = tokens[start - 1]?.lower === "in" && tokens[noun.head].lower === "areas" ? 40 : undefined;
    if (attacked && attackVerbBefore(tokens, start, reach)) {
      return candidate(head, noun, "attacks", Math.max(num.end, noun.end));
    }
    const quotesNoun = noun.head > num.start && !noun.quotesNumberOnly && !descriptorAt(tokens, num.end);
    return candidate(head, noun, categoryOfNoun(tokens, noun, start), quotesNoun ? noun.end : num.end);
  }
  if (isYearLike(tokens, num)) return null;
  if (tokens[num.end]?.lower === "of" && tokens[num.end + 1]?.lower === "us") return { ...candidate(head, null, "people", num.end + 2), subject: "people" }; // "1,800 of us"
  if (tokens[start - 1]?.lower === "of" && GROUPS.has(tokens[start - 2]?.lower ?? "")) return { ...candidate(head, null, "personnel", num.end), subject: "personnel" }; // "in groups of five or six"
  // ("Russia continues to accept casualties of over 1,000 a day", "losses of 120 in a week": a toll's figure after its noun)
  // (not lives: "trains have saved the lives of more than 1,200")
  const tollNoun = tokens[start - 1]?.lower === "of" && tokens[start - 2]?.lower.endsWith("s") && tokens[start - 2].lower !== "lives" ? NOUNS.get(tokens[start - 2].lower) : undefined;
  if (tollNoun && TOLLS.has(tollNoun.category)) return { ...candidate(head, null, tollNoun.category, num.end), subject: tokens[start - 2].lower };
  // "which had a prewar population of about 256,000": the people who lived there
  // ("the city's population has recovered to about 300,000", "Ukraine's population was estimated at about 41 million")
  // ("Huliaipole, a town of 13,000 before the full-scale invasion": a settlement counted by its people)
  const settlementOf = tokens[start - 1]?.lower === "of" && SETTLEMENTS_OF.has(tokens[start - 2]?.lower ?? "") && tokens[start - 3]?.lower === "a";
  // (not a multiple: "Dnipro's population has grown 1.5 times since 2022")
  const grownBy = tokens[num.end]?.lower === "times";
  // ("Fewer than 11,000 of the city's prewar population of about 60,000 remain": a share of a population is people, unless a
  // verb says what befell them, "12 of the local population were killed")
  const ofPopulation = tokens[num.end]?.lower === "of" && populationAfter(tokens, num.end + 1) && !casualtyVerb(tokens, start, num.end);
  // ("Before the full-scale invasion Kupiansk had some 27,000", "Before the war we had more than 1,300": a place's people then,
  // a place, "we" or "it" its subject: not "Before the war the brigade had 120")
  const hadBeforeWar = HAD.has(tokens[start - 1]?.lower ?? "") && prewarHolder(tokens, start - 2) && beforeTheWar(tokens);
  if ((tokens[start - 1]?.lower === "of" && POPULATION.has(tokens[start - 2]?.lower ?? "")) || (populationBefore(tokens, start) && !grownBy) || settlementOf || ofPopulation || hadBeforeWar) return { ...candidate(head, null, "people", num.end), subject: "population" };
  // "shelled left-bank settlements of the Kherson Region 47 times": the object can be long
  if (tokens[num.end]?.lower === "times") {
    // (not a multiple: "drones are now ten times more common", "about 100 times as many", "three times cheaper")
    // (not "as" opening a clause: "shelled 12 times as Russian forces advanced")
    const after = tokens[num.end + 1]?.lower ?? "";
    if (after === "as" ? tokens[num.end + 3]?.lower === "as" || AS_MUCH.has(tokens[num.end + 2]?.lower ?? "") : MULTIPLE_COMPARATIVES.has(after)) return null;
    // ("shelled Energodar, the satellite town of the nuclear power plant, six times": the verb before the apposition)
    // ("shelled 11 communities in the Sumy region over the past day, firing 87 times": shots fired, right before the number)
    if (attackVerbBefore(tokens, appositionBefore(tokens, start), 12, REPEATED_ATTACK_VERBS) || tokens[start - 1]?.lower === "firing") return candidate(head, null, "attacks", num.end + 1);
    // "Russian drones flew in from Belarus 46 times in a week": the drones' own count
    const weapon = airWeaponBefore(tokens, start);
    return weapon ? candidate(head, null, weapon, num.end + 1) : null;
  }
  // "71 of them irretrievably", "141 of them are confirmed killed": the verb after the partitive decides
  const partitive = tokens[num.end]?.lower === "of" && (tokens[num.end + 1]?.lower === "them" || tokens[num.end + 1]?.lower === "these");
  // ("7 more were injured": the verb after "more" decides, as after the number)
  const more = tokens[num.end]?.lower === "more" ? 1 : 0;
  // ("Most of them, 9, died in Donetsk Oblast": a figure set off by commas, its verb after the second)
  // (after a partitive only: "an electrician of the grid company, 41, was injured" gives an age)
  const setOff = tokens[start - 1]?.text === "," && tokens[num.end]?.text === "," && tokens[start - 3]?.lower === "of" && PARTITIVE_PRONOUNS.has(tokens[start - 2]?.lower ?? "") ? 1 : 0;
  const verbCategory = casualtyVerb(tokens, start, partitive ? num.end + 2 : num.end + more + setOff);
  // "attacked the region with drones, and seven of them were shot down": the plural the pronoun stands for
  const antecedent = partitive && !verbCategory ? pluralBefore(tokens, start, false, num.value) : null;
  if (antecedent) return { ...candidate(head, null, antecedent.category, num.end + 2), subject: antecedent.subject };
  // "the city military administration says fewer than 700 remain": the residents who stayed
  if (!verbCategory && !partitive && STAYED.has(tokens[num.end]?.lower ?? "")) return { ...candidate(head, null, "people", num.end), subject: "residents" };
  // ("Kursk governor: more than 121,000 evacuated", "Kyiv region – 4,200 without power; 46,500 reconnected": people moved or cut off)
  if (!verbCategory && !partitive && (MOVED.has(tokens[num.end]?.lower ?? "") || (tokens[num.end]?.lower === "without" && UTILITIES.has(tokens[num.end + 1]?.lower ?? "")))) return { ...candidate(head, null, "people", num.end), subject: null };
  return candidate(head, null, verbCategory, num.end + more);
}

/** The words after "N times" that make it a multiple, not a count of times: "ten times more", "3 times as many". */
const MULTIPLE_COMPARATIVES = new Set([
  "more", "less", "fewer", "higher", "lower", "greater", "larger", "bigger", "smaller", "faster", "slower", "cheaper", "dearer", "longer", "shorter", "stronger", "worse", "better",
]);

/** "3 times as many", "twice as much": the words after "as" that make a multiple without a second "as". */
const AS_MUCH = new Set(["many", "much", "often", "long", "large", "high", "big", "fast", "far", "likely"]);

const SETTLEMENTS_OF = new Set(["town", "city", "village", "settlement"]);

/** The most tokens an apposition set off by commas spans: ", the satellite town of the Zaporozhye nuclear power plant,". */
export const MAX_APPOSITION = 16;

/** Where an apposition set off by commas closing right before `start` opens (", the satellite town of ...,"), else `start`. */
function appositionBefore(tokens: Token[], start: number): number {
  if (tokens[start - 1]?.text !== ",") return start;
  for (let k = start - 2; k >= Math.max(0, start - MAX_APPOSITION); k--) {
    if (tokens[k].text === ",") return k;
    if (tokens[k].kind === "punct" && tokens[k].text !== "-") return start;
  }
  return start;
}

const HAD = new Set(["had", "numbered"]);

/** A place's name or a pronoun for it or its people ("we", "it") before "had": who had the figure before the war. */
function prewarHolder(tokens: Token[], k: number): boolean {
  return PREWAR_PRONOUNS.has(tokens[k]?.lower ?? "") || (!!tokens[k]?.capitalized && placeByVariant(tokens[k].lower) !== undefined);
}

const PREWAR_PRONOUNS = new Set(["we", "it"]);

/** "before the war", "before the full-scale invasion", "prewar", "pre-war" in the sentence. */
function beforeTheWar(tokens: Token[]): boolean {
  return tokens.some((_, k) => isPrewarAt(tokens, k) || beforeTheWarAt(tokens, k));
}

const MAX_POPULATION_OWNER = 4;

/** A population a few words on from `from`, words only between: "the city's prewar population", "Kostiantynivka's pre-war population". */
function populationAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_POPULATION_OWNER + 1); k++) {
    if (POPULATION.has(tokens[k].lower)) return k > from;
    if (tokens[k].kind !== "word" && tokens[k].text !== "-") return false;
  }
  return false;
}

/** The words between a population and the figure its verb gives it: "has recovered to", "was estimated at", "now stands at". */
const POPULATION_LINKS = new Set(["is", "was", "were", "has", "had", "have", "been", "now", "still", "stood", "stands", "at", "estimated", "recovered", "fallen", "fell", "dropped", "declined", "shrunk", "shrank", "grown", "grew", "risen", "rose", "reached", "to", "numbered", "numbers", "totalled", "totaled"]);
const MAX_POPULATION_LINKS = 5;

function populationBefore(tokens: Token[], start: number): boolean {
  let k = start - 1;
  while (k >= Math.max(0, start - MAX_POPULATION_LINKS) && POPULATION_LINKS.has(tokens[k].lower)) k--;
  return k < start - 1 && POPULATION.has(tokens[k]?.lower ?? "");
}

const MOVED = new Set([...PEOPLE_MOVED, "reconnected"]);
const UTILITIES = new Set(["power", "electricity", "heating", "heat", "water", "gas", "light"]);
const STAYED = new Set(["remain", "remained", "remains", "stay", "stayed", "stays"]);

/**
 * The category of a drone or missile noun earlier in the clause ("Russian drones flew in ... 46 times"), if any;
 * `inSentence`: anywhere earlier in the sentence ("Ukrainian drones attacked ...; the ministry said 30 were downed").
 */
export function airWeaponBefore(tokens: Token[], start: number, inSentence = false): Category | null {
  for (let k = start - 1; k >= (inSentence ? 0 : Math.max(0, start - 12)); k--) {
    if (!inSentence && (tokens[k].text === ";" || tokens[k].text === ",")) return null;
    const category = NOUNS.get(tokens[k].lower)?.category;
    if (category === "drones" || category === "missiles") return category;
  }
  return null;
}

/**
 * The nearest counted plural noun before `at` in the sentence, uncounted itself ("with drones"). It stops at a figure
 * (a counted noun before one is that figure's), unless `throughFigures`: where the caller knows no count of the
 * sentence comes first, the figures between are clock times and the like ("the drones were downed between 20:00 and
 * 07:00, including 34 over ...").
 */
export function pluralBefore(tokens: Token[], at: number, throughFigures = false, share = 0): { category: Category; subject: string } | null {
  for (let k = at - 1; k >= 0; k--) {
    // ("launched 19 drones at the city between 01:40 and 04:15; air defence shot down 13 of them": a clock time, the span
    // the traps pass over, is no figure)
    if (tokens[k].kind === "num" && k >= 2 && skipSpan(tokens, k - 2) === k + 1) {
      k -= 2;
      continue;
    }
    // (nor a date: "728 drones ... on the night of July 9, ..., shot down or jammed 718 of them")
    // (the month capitalised: "12 may have been decoys" is a figure)
    if (tokens[k].kind === "num" && (isMonthAt(tokens, k - 1) || isMonthAt(tokens, k + 1))) continue;
    // (nor a night's span of days: "on the night of June 18 to 19", "the night of 18 to 19 June")
    if (tokens[k].kind === "num" && (isDayAfterDay(tokens, k, -1) || isDayAfterDay(tokens, k, 1))) continue;
    if (tokens[k].kind === "num" && !throughFigures) return null;
    const entry = tokens[k].kind === "word" && tokens[k].lower.endsWith("s") ? NOUNS.get(tokens[k].lower) : undefined;
    // "112 drones over 11 regions, 38 of them over the Bryansk region": the regions say where, the drones what
    if (entry && countsRegionsAt(tokens, k)) {
      k -= 2;
      continue;
    }
    // ("fired 728 drones and 13 missiles; air defence shot down or jammed 718 of them": a share is of a whole at least as large)
    if (entry && digitsValue(tokens[k - 1]) < share) {
      k--;
      continue;
    }
    if (!entry || entry.cls === "person" || entry.cls === "generic") continue;
    // ("Russia fired 40 drones at the regions; 30 of them were downed", "About 60 residents of border villages ..., and 12 of
    // them have left": a place no figure counts, where the count happened, yields to a count before it large enough to hold
    // the share; not a thing counted ("45 Shahed drones") nor one hit ("shelling damaged houses ..., and 5 of them")
    // (or any noun in the counted noun's own "of" phrase: "118 residents of the damaged buildings ..., and 37 of them")
    const counted = share > 0 && (SHARE_PLACES.has(tokens[k].lower) || inOwnPhraseOfCount(tokens, k)) && !countedAt(tokens, k) ? countedPluralBefore(tokens, k, share) : null;
    if (counted) return counted;
    // ("fired 741 drones and missiles ...; it shot down or jammed 718 of them": the pair as its count reads it, by its first noun)
    // (a pair a figure counts only: "with missiles and drones, and 25 of them" is of the nearest)
    const first = PAIR_JOINS.has(tokens[k - 1]?.lower ?? "") && tokens[k - 2]?.lower.endsWith("s") && countedAt(tokens, k - 2) ? NOUNS.get(tokens[k - 2].lower) : undefined;
    if (first && first.cls === entry.cls) return { category: first.category, subject: tokens[k - 2].lower };
    return { category: entry.category, subject: tokens[k].lower };
  }
  return null;
}

const DAY_SPAN_LINKS = new Set(["to", "-", "–", "and", "into"]);

/** Whether the number at `k` and the one two tokens away, the way `step` goes, make a span of days by a month's name. */
function isDayAfterDay(tokens: Token[], k: number, step: 1 | -1): boolean {
  const other = k + 2 * step;
  return DAY_SPAN_LINKS.has(tokens[k + step]?.lower ?? "") && tokens[other]?.kind === "num" && isMonthAt(tokens, other + step);
}

/** Places a count happened in, which a share "of them" is not of: "at the regions", "residents of border villages". */
const SHARE_PLACES = new Set([...REGION_COUNTS, "districts", "villages", "towns", "cities", "settlements", "hromadas", "communities", "areas"]);

/** Whether a figure counts the noun at `k`, a few words before it ("45 Shahed drones", "12 private houses"). */
function countedAt(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (tokens[j].kind === "num") return true;
    if (tokens[j].kind !== "word" || PHRASE_BREAKS.has(tokens[j].lower)) return false; // ("60 residents of border villages")
  }
  return false;
}

/** Whether the noun at `k` ends the "of" phrase of a counted noun: "118 residents of the damaged buildings". */
function inOwnPhraseOfCount(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
    if (tokens[j].lower === "of") return countedAt(tokens, j);
    if (tokens[j].kind !== "word") return false;
  }
  return false;
}

const PAIR_JOINS = new Set(["and", "or"]);
/** Verbs a toll rises by or comes to its figure: "has risen to", "has grown to", "Losses ... amounted to". */
const RISEN = new Set(["risen", "rose", "rises", "grown", "grew", "increased", "climbed", "jumped", "reached", "amounted"]);
const PHRASE_BREAKS = new Set(["of", "in", "at", "on", "from", "to", "for", "with", "and", "or"]);

/** Plurals that do not end in s. */
const UNMARKED_PLURALS = new Set(["people", "children", "men", "women", "personnel"]);

/** The nearest plural before `at` counted by a figure in digits at least `share` ("112,000 people"), its modifiers between. */
function countedPluralBefore(tokens: Token[], at: number, share: number): { category: Category; subject: string } | null {
  for (let k = at - 1; k >= 1; k--) {
    // ("About 112,000 people left the border districts ..., and some 41,000 of them have returned": a plural without an s too)
    const entry = tokens[k].kind === "word" && (tokens[k].lower.endsWith("s") || UNMARKED_PLURALS.has(tokens[k].lower)) ? NOUNS.get(tokens[k].lower) : undefined;
    if (!entry || entry.cls === "generic") continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (tokens[j].kind === "num") {
        if (digitsValue(tokens[j]) !== Infinity && digitsValue(tokens[j]) >= share) return { category: entry.category, subject: tokens[k].lower };
        break;
      }
      if (tokens[j].kind !== "word") break;
    }
  }
  return null;
}

/** A figure token's value when written in digits ("13", "1,280"), else Infinity: no bound known. */
function digitsValue(token: Token | undefined): number {
  return token?.kind === "num" && /^\d[\d,]*$/.test(token.text) ? Number(token.text.replace(/,/g, "")) : Infinity;
}

function isMonthAt(tokens: Token[], k: number): boolean {
  return !!tokens[k]?.capitalized && MONTHS.has(tokens[k].lower);
}

/** "over 11 regions" with its noun at `k`: where a count fell, not a count of its own list's things. */
function countsRegionsAt(tokens: Token[], k: number): boolean {
  return REGION_COUNTS.has(tokens[k].lower) && tokens[k - 1]?.kind === "num" && AREA_LOCATIVES.has(tokens[k - 2]?.lower ?? "");
}

type Head = Pick<Candidate, "num" | "qualifier" | "currency" | "unit" | "start">;

function candidate(head: Head, noun: CountedNoun | null, category: Category | null, end: number): Candidate {
  const { num, qualifier, currency, unit, start } = head;
  return { num, qualifier, currency, unit, noun, category, start, end, borrowed: null, isTotalOfPartitive: false };
}

/** A career runs for months or years; "rescuers worked for 6 hours" is how long a job took. */
const CAREER_UNITS = new Set(["months", "years"]);

/** "Anna Petrenko has covered the war for 10 years": an author's or speaker's career, not the conflict. */
function isBiography(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower !== "for") return false;
  for (let k = start - 2; k >= Math.max(0, start - 8); k--) if (BIO_VERBS.has(tokens[k].lower)) return true;
  return false;
}

const FIRED_NOUNS = new Set(["mines", "mine"]);
/** How far back "once" and "twice" look for their attack verb: "struck once", "attacked the village twice". */
const ONCE_REACH = 1;
const REPEAT_REACH = 8;
const CERTAINTY = new Set(["sure", "certain", "confident", "convinced"]);
const BIO_VERBS = new Set(["covered", "worked", "reported", "written", "lived", "taught", "studied", "edited", "served", "reporting", "covering", "working"]);


/** "in the last 24 hours", "within 24 hours", "seven months later", "a 24-hour truce". */
function isTimeWindow(tokens: Token[], num: NumberMatch, unit: UnitMatch, start: number): boolean {
  if (unit.start > num.end) return true;
  const before = tokens[num.start - 1]?.lower ?? "";
  const beforeQualifier = tokens[start - 1]?.lower ?? "";
  // ("outages will last up to 8 hours": "last" the verb says how long, not which hours)
  const opener = WINDOW_BEFORE.has(before) ? num.start - 1 : WINDOW_BEFORE.has(beforeQualifier) ? start - 1 : -1;
  if (opener >= 0 && !(tokens[opener].lower === "last" && isVerbLast(tokens, opener))) return true;
  if (before === "the" || beforeQualifier === "the") return true;
  if (before === "same" && tokens[num.start - 2]?.lower === "the") return true; // "over the same four months"
  const after = tokens[unit.end]?.lower ?? "";
  // ("two days on" is later; "delays reached 7 hours on some routes" is where; "closed for 20 hours since 1 March", "without gas
  // for 11 days after a drone hit a distribution station" how long)
  const howLong = (start < num.start ? beforeQualifier : before) === "for";
  if (TIME_REFERENCE_AFTER.has(after) && !(after === "on" && tokens[unit.end + 1]?.kind === "word") && !((after === "since" || after === "after") && howLong)) return true;
  // "took 11 prisoners over two days", "5 billion francs for reconstruction over 12 years": the span the
  // figures cover; not "for over 12 hours", "lasted over two hours", which say how long something went on
  // ("well over two years" is read whole as the qualifier: the word before it says which)
  const lead = start < num.start ? beforeQualifier : tokens[num.start - 2]?.lower ?? "";
  if (before === "over" && !HOW_LONG.has(lead)) return true;
  return num.isWord && num.value === 1;
}

/** "will last", "to last", "outages last": the verb, not "the last" or a line's "Last 24 hours". */
function isVerbLast(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.kind === "word" && !LAST_DETERMINERS.has(before.lower);
}

const LAST_DETERMINERS = new Set(["the", "this", "these", "those", "over", "in", "during", "for", "within", "of", "its", "their", "his", "her", "our", "and"]);

/** Words before "over N hours" that make it a length of time, not a window: "for over 12 hours". */
const HOW_LONG = new Set(["for", "lasted", "lasts", "took", "takes", "spent", "of", "after", "than", "is", "was", "were", "been"]);

/** "underground", "under the rubble", "below ground": not "800 metres under heavy fire". */
function liesUnder(tokens: Token[], end: number): boolean {
  const word = tokens[end]?.lower;
  if (word === "underground") return true;
  if (word !== "under" && word !== "below" && word !== "beneath") return false;
  const next = tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  return GROUND.has(tokens[next]?.lower ?? "");
}

const GROUND = new Set(["ground", "surface", "soil", "earth", "rubble", "debris"]);

/** Numbers without a noun borrow one: "47 of the 72 drones", "31 of them", "two more", "(+14)". */
const BUILT_LENGTHS = new Set([
  "roads", "road", "highway", "highways", "railway", "railways", "track", "tracks", "pipeline", "pipelines", "cable", "cables", "fence", "fences",
  "power", "motorway", "ditches", "ditch", "trenches", "wall", "walls", "nets", "netting", "barrier", "barriers", "fortifications",
  // utilities' and defences' lengths: "4 km of contact network", "38 km of overhead lines", "4 km of razor wire", "40 km of trench"
  "network", "networks", "main", "mains", "pipe", "pipes", "overhead", "wire", "trench",
]);

/**
 * "km of roads", "km section of an overhead power line", "70 kilometres of the planned 135-kilometre fence", "a new
 * 43-kilometre pipeline": what the unit measures is something built, not a distance.
 */
function isLengthOfBuilt(tokens: Token[], end: number): boolean {
  let k = end;
  // "a 43-kilometre pipeline", "the 170-kilometre cable": the length as the built thing's adjective
  if (tokens[end - 2]?.text === "-" && !tokens[end - 1].spaced && (BUILT_LENGTHS.has(tokens[k]?.lower ?? "") || BUILT_LENGTHS.has(tokens[k + 1]?.lower ?? ""))) return true;
  if (tokens[k]?.lower === "section" || tokens[k]?.lower === "stretch") k++;
  if (tokens[k]?.lower !== "of") return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    if (BUILT_LENGTHS.has(tokens[j].lower)) return true;
    // ("of the planned 135-kilometre fence", "of anti-tank ditches": a length or a hyphen on the way)
    if (tokens[j].kind === "num" || (tokens[j].text === "-" && !tokens[j].spaced)) continue;
    if (tokens[j].kind !== "word" || tokens[j].capitalized) return false;
  }
  return false;
}

/** A dash between a toll and `start`, closing the toll's own clause, with the list after it unbroken by a stop. */
function listedAfterDash(tokens: Token[], from: number, start: number): boolean {
  for (let k = from; k < start; k++) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (!DASHES.has(tokens[k].text) || !tokens[k].spaced) continue;
    for (let j = k + 1; j < start; j++) if (tokens[j].text === ";" || tokens[j].text === ".") return false;
    return true;
  }
  return false;
}

/** The count a colon ends ("18 injured:") when candidate n is in the list after it, with no other count between. */
function breakdownHead(tokens: Token[], list: Candidate[], n: number): Candidate | null {
  for (let k = n - 1; k >= 0; k--) {
    const candidate = list[k];
    if (tokens[candidate.end]?.text === ":") return candidate.category && candidate.end < list[n].start ? candidate : null;
    if (candidate.noun && candidate.noun.head > candidate.num.start) return null; // "6 in Kharkiv, 3 drones in ...": the list counts something else
  }
  return null;
}

function linkBorrowed(tokens: Token[], list: Candidate[]): void {
  for (let n = 0; n < list.length; n++) {
    const c = list[n];
    const prior = list[n - 1];
    // "Twenty-one people were injured, including 4 children": the subset shares the toll's category.
    const subsetWord = tokens[c.start - 1]?.lower === "them" && tokens[c.start - 2]?.lower === "among" ? "among" : tokens[c.start - 1]?.lower ?? ""; // "among them two children"
    // ("At least 5,270 officers have been killed, among them 7 generals": troops too)
    // (troops only right after the toll's comma: not "Six people were injured; a response force including 300 soldiers")
    const subsetStart = subsetWord === "among" ? c.start - 2 : c.start - 1;
    const rightAfter = tokens[subsetStart - 1]?.text === "," && !tokens.slice(prior?.end ?? c.start, subsetStart).some((t) => t.text === ";");
    if ((c.category === "people" || (c.category === "personnel" && rightAfter)) && prior && TOLLS.has(prior.category ?? "") && (subsetWord === "including" || subsetWord === "among")) {
      c.category = prior.category;
    }
    // "2 people were killed and 18 injured: 6 in Kharkiv, 7 in ...": a breakdown after a colon is of the count before it
    const head = (!c.noun || c.noun.head < c.num.start) && prior && TOLLS.has(prior.category ?? "") ? breakdownHead(tokens, list, n) : null;
    if (head) c.category = head.category;
    // ("Four people were injured in Nikopol: two men aged 39 and 64, a 47-year-old woman ...": who the toll's people were)
    // (the colon closing the toll's own clause: not "2 soldiers were killed, the brigade reported: 40 servicemen remain")
    if ((c.category === "personnel" || c.category === "people") && c.noun?.entry.cls === "person" && tokens[c.start - 1]?.text === ":" && prior && TOLLS.has(prior.category ?? "") && !tokens.slice(prior.end, c.start - 1).some((t) => t.text === ",")) c.category = prior.category;
    // ("3 civilians were killed – a 64-year-old woman and two men aged 39 and 58", "Four people died on the spot, three women
    // aged 34, 58 and 71 and a 66-year-old man": the toll's people listed after a dash, or by their ages, with no verb of
    // their own: not "and 120 residents aged over 60 were evacuated", "— 15 rescuers were involved")
    if ((c.category === "personnel" || c.category === "people") && c.noun?.entry.cls === "person" && prior && TOLLS.has(prior.category ?? "") && (listedAfterDash(tokens, prior.end, c.start) || tokens[c.noun.end]?.lower === "aged") && !hasOwnVerb(tokens, c.start, c.noun.end)) c.category = prior.category;
    if (c.category || c.unit || c.currency) continue;
    const next = list[n + 1];
    const afterNum = tokens[c.num.end]?.lower;
    const partitiveNext = next && (afterNum === "of" || afterNum === "out") && next.start <= c.num.end + 3;
    if (partitiveNext && next.category) {
      Object.assign(c, { noun: next.noun, category: next.category, borrowed: "next" });
      next.isTotalOfPartitive = true;
      continue;
    }
    // ("damage to 74 educational and 29 health-care facilities": an adjective, "and", and the next count's noun they share)
    // (an adjective: not a time or a manner, "hit 2 overnight and 3 residential buildings")
    const adjective = tokens[c.num.end];
    const describes = adjective?.kind === "word" && !adjective.capitalized && !adjective.lower.endsWith("ly") && !NOT_ADJECTIVES.has(adjective.lower);
    if (next?.category && next.noun && c.end === c.num.end && describes && tokens[c.num.end + 1]?.lower === "and" && next.start === c.num.end + 2 && next.noun.head > next.num.end + 1) {
      Object.assign(c, { noun: next.noun, category: next.category, borrowed: "next", end: c.num.end + 1 });
      continue;
    }
    // ("83 UAVs over 9 regions, the MoD reports: 31 over the Bryansk region": the regions say where, the count before them what)
    const previous = list[n - 1]?.noun && countsRegionsAt(tokens, list[n - 1].noun!.head) ? (list[n - 2] ?? list[n - 1]) : list[n - 1];
    // ("one" borrows no noun, but "4 of them are in hospital, one in a serious condition" is one of the wounded)
    if (!previous?.category || (c.num.isWord && c.num.value === 1 && tokens[c.num.start].lower === "one" && !inConditionAt(tokens, c.num.end))) continue;
    // ("1.2 billion hryvnias from the state budget, plus 300 million from the regional budget": a sum goes on in its currency)
    const money = isMoney(previous);
    if (previous.unit || money) {
      // "around 230 square miles ..., down from some 500": a comparison keeps the unit
      // ("427 square kilometres in January, ... and a peak of 725 in November", "about 148 square kilometres ..., compared with
      // roughly 210 in March")
      if (previous.unit && comparedAt(tokens, c.start) && c.start - previous.end <= 14) Object.assign(c, { unit: previous.unit, category: previous.category, borrowed: "previous" });
      // (not a price of one thing, "paid 2.5 million rubles on signing, 1.8 million per contract", nor a vague amount, "and
      // millions more")
      // (a sum named in words goes on only in its scale, "plus 300 million": a bare "12" after it is something else)
      if (!money || c.borrowed || c.num.vague || c.num.isWord || PER_ONE.has(tokens[c.end]?.lower ?? "") || isRate(tokens, c.end)) continue;
      if (previous.unit && !SCALES.has(tokens[c.num.end - 1]?.lower ?? "")) continue;
    }
    if (tokens[c.start - 1]?.capitalized && c.start - 1 > 0) continue; // "a Leopard 2"
    // ("sentenced 2 accomplices to 10 and 8 years": the first of two terms, not a third accomplice)
    if (COORDINATORS.has(tokens[c.num.end]?.lower ?? "") && tokens[c.num.end + 1]?.kind === "num" && isPeriodWord(tokens[c.num.end + 2])) continue;
    // ("Of the 62 settlements, only 41 could be confirmed": "only" and "just" are no qualifiers, what comes before them counts)
    const skipped = ONLY.has(tokens[c.start - 1]?.lower ?? "") ? 1 : 0;
    const before = tokens[c.start - 1 - skipped]?.text === "." ? tokens[c.start - 2 - skipped]?.lower ?? "" : tokens[c.start - 1 - skipped]?.lower ?? ""; // "incl. 2"
    const after = tokens[c.end]?.lower ?? ".";
    const isAnother = tokens[c.start]?.lower === "another" || tokens[c.num.end]?.lower === "more";
    const close = c.start - previous.end <= (isAnother ? 24 : 14);
    // ("some 11,000 troops are in the region, and at least 3,000 more could follow": "more" says the count goes on, whatever
    // follows; not "3,000 more than last year", a difference)
    const goesOn = tokens[c.num.end]?.lower === "more" && c.end === c.num.end + 1 && after !== "than";
    if (close && (ELLIPSIS_BEFORE.has(before) || ELLIPSIS_AFTER.has(after) || goesOn || c.end >= tokens.length)) {
      Object.assign(c, { noun: previous.noun, category: previous.category, borrowed: "previous" }, money ? { unit: previous.unit, currency: previous.currency } : {});
      // ("the deaths of 14,100 civilians ... and the injury of 36,400 more": the other toll of the same people)
      if (TOLLS.has(previous.category ?? "") && injuriesOf(tokens, c.start)) c.category = "injured";
    }
  }
}

/** Words after a count that say when or how, no kind of the noun the next count names: "2 overnight and 3 ...". */
const NOT_ADJECTIVES = new Set(["overnight", "today", "yesterday", "tonight", "again", "more", "each", "apiece", "times", "instead", "there", "here", "too", "also", "in", "on", "at"]);

/** A comparison's words right before `start`: "from", "compared with", "a peak of", "against", "versus". */
function comparedAt(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower ?? "";
  const pair = `${tokens[start - 2]?.lower ?? ""} ${before}`;
  return before === "from" || COMPARISONS.has(before) || COMPARISON_PAIRS.has(pair);
}

/** Words comparing a figure with the one before: "against 300", "versus 12", "vs 40". */
export const COMPARISONS = new Set(["against", "versus", "vs"]);
const COMPARISON_PAIRS = new Set(["compared with", "compared to", "peak of", "high of", "low of", "record of"]);

const PER_ONE = new Set(["per", "each", "apiece"]);

/** A sum of money: a currency's sign or code ("$5 million", "UAH 300") or its name ("1.2 billion hryvnias"). */
const isMoney = (c: Candidate) => !!c.currency || c.unit?.entry.kind === "currency";

/**
 * Where the counted noun of a loss list's entry starts when the number at `end` is the total before its bracketed increment
 * ("11,328 (+4) tanks") or the increment itself ("(+4) tanks"); -1 otherwise.
 */
function incrementEnd(tokens: Token[], end: number, start: number): number {
  if (tokens[end]?.text === "(" && tokens[end + 1]?.text === "+" && tokens[end + 2]?.kind === "num" && tokens[end + 3]?.text === ")") return end + 4;
  if (tokens[end]?.text === ")" && tokens[start - 1]?.text === "(" && tokens[start]?.text === "+") return end + 1;
  return -1;
}

/** "192 sq km (74.13 sq miles)" and "€132 billion ($150 billion)" are one claim: drop the parenthetical restatement. */
function isRestatement(tokens: Token[], c: Candidate, previous: Candidate | undefined): boolean {
  // "192 sq km (74.13 sq miles)", or after a comma and "or": "DKK 5.1 billion, or about 680 million euros"
  const bracketed = tokens[c.start - 1]?.text === "(" && previous?.end === c.start - 1;
  const ored = tokens[c.start - 1]?.lower === "or" && tokens[c.start - 2]?.text === "," && previous?.end === c.start - 2;
  if (!previous || (!bracketed && !ored)) return false;
  if (isMoney(c) || isMoney(previous)) return isMoney(c) && isMoney(previous); // "1.1 million rubles ($14,000)"
  return !!c.unit && !!previous.unit && previous.unit.entry.kind === c.unit.entry.kind;
}
