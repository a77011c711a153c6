import { PAST_TENSE, type CountedNoun } from "./counted-noun";
import { inConditionAt } from "./traps";
import type { UnitKind } from "./data/units";
import { GROUP_MEMBERS, MEMBER_BODIES, NOUNS } from "./data/nouns";
import { AID_WORDS, ATTACK_VERBS, CASUALTY_VERBS, DAMAGE_WORDS, EXECUTION_VERBS, HARM_WORDS } from "./data/verbs";
import type { Token } from "./tokenize";
import type { Category } from "./types";

// Category from the unit, or from the counted noun and the verb around it.

const AUXILIARIES = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "all", "later", "allegedly", "subsequently", "seriously", "critically", "fatally", "slightly", "lightly", "severely", "gravely", "moderately", "either", "both", "confirmed", "now", "already", "since", "so", "far", "thus",
  // a hedge: "around 250,000 have likely been killed"
  "likely", "probably", "possibly"]);
const UNIT_CATEGORY: Record<UnitKind, Category | null> = {
  distance: "distance", area: "area", currency: "money", weight: "other", percent: "other", duration: "other", temperature: null, power: "other",
};

export function categoryOfUnit(kind: UnitKind): Category | null {
  return UNIT_CATEGORY[kind];
}

/** What follows "were treated" when it is for a wound: "and released", "at the scene", "in hospital", "for shrapnel wounds". */
const TREATED_AFTER = new Set(["and", "at", "in", "on", "for", ".", ","]);

/** A casualty verb right after the noun ("were killed", "killed or wounded") or right before the number. */
export function casualtyVerb(tokens: Token[], quoteStart: number, after: number, people = true): Category | null {
  let k = after;
  if (tokens[k]?.lower === "aged") { // "two women aged 46 and 73 were injured"
    k++;
    while (tokens[k] && (tokens[k].kind === "num" || tokens[k].lower === "and" || tokens[k].text === ",")) k++;
  }
  // ("Two residents of Tetkino, a man, 61, and a woman, 57, were wounded": the noun's own phrase before its appositive)
  k = ownPhraseToComma(tokens, k);
  // "Two civilians, including a 64-year-old woman, were wounded"; "Two residents, a woman, 63, and her grandson, suffered"
  for (let n = 0; n < 3 && tokens[k]?.text === ","; n++) {
    const next = afterAppositive(tokens, k);
    if (next === k) break;
    k = next;
    // ("Two residents, a woman, 63, and her grandson, suffered ...": an age inside the appositive)
    if (tokens[k]?.kind === "num" && tokens[k + 1]?.text === ",") k++;
  }
  // ("Two people, a man, 63, and a woman, 58, were hospitalised": the comma after the last age closes the appositive)
  if (k > after && tokens[k]?.text === "," && tokens[k - 1]?.kind === "num") k++;
  if (DASH_OPENERS.has(tokens[k]?.text ?? "")) k = afterInsert(tokens, k); // "two people — a man and his son — sustained injuries"
  k = pastOwnPhrase(tokens, k);
  k = pastCoordinatedPeople(tokens, k, quoteStart);
  // "34,812 Russian servicemen who were killed", "12 people who were injured": a relative clause says what befell them
  if ((tokens[k]?.lower === "who" || tokens[k]?.lower === "that") && AUXILIARIES.has(tokens[k + 1]?.lower ?? "")) k++;
  const beforeAuxiliaries = k;
  while (tokens[k] && AUXILIARIES.has(tokens[k].lower)) k++;
  // ("9 people are known to have been injured", "are believed to have been killed": what is known of them, past its verb)
  if (HEARSAY.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "to" && AUXILIARIES.has(tokens[k + 2]?.lower ?? "")) {
    k += 2;
    while (tokens[k] && AUXILIARIES.has(tokens[k].lower)) k++;
  }
  // ("Two more residents were hit by shrapnel", "11 patients were operated on": hurt, though the verb is no casualty's)
  // (people only: "Three greenhouses were hit by debris" is damage, which an unknown noun's path must not read as the hurt)
  if (people && tokens[k]?.lower === "hit" && tokens[k + 1]?.lower === "by" && WOUNDING_THINGS.has(tokens[k + 2]?.lower ?? "")) return "injured";
  if (tokens[k]?.lower === "operated" && tokens[k + 1]?.lower === "on") return "injured";
  // ("Another 3 people received medical help on the spot": at a scene, not "2,000 evacuees received medical assistance at the hub")
  if (SUFFER_VERBS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "medical" && MEDICAL_CARE.has(tokens[k + 2]?.lower ?? "") && atTheScene(tokens, k + 3)) return "injured";
  // "Four people sought medical help"
  if ((tokens[k]?.lower === "sought" || tokens[k]?.lower === "needed") && tokens[k + 1]?.lower === "medical") return "injured";
  // "One more man came to hospital himself", "2 more residents had gone to doctors on their own": hurt, who came for help
  // (not "came to the hospital to donate blood", "went to the hospital to help")
  if (WENT.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "to") {
    const place = tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
    if (MEDICAL_HELP.has(tokens[place]?.lower ?? "") && onTheirOwn(tokens, place + 1)) return "injured";
  }
  // "One man was cut by broken glass", "Another 19 people were treated and released": hurt, though the verb is no casualty's
  if (tokens[k]?.lower === "cut" && tokens[k + 1]?.lower === "by") return "injured";
  // "Another 7 residents were shot dead", "19 residents were declared dead", "3 men were found dead": the dead
  if (DEAD_AS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "dead") return "killed";
  if (tokens[k]?.lower === "treated" && TREATED_AFTER.has(tokens[k + 1]?.lower ?? ".")) return "injured";
  // "Two women ... have been taken to City Hospital No. 2", "were rushed to hospital"
  if (CARRIED.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "to" && [k + 2, k + 3, k + 4].some((j) => tokens[j]?.lower.startsWith("hospital"))) return "injured";
  // "sustained injuries", "suffered shrapnel wounds"
  // ("Four people received cuts from glass", cuts right after the verb: not "suffered power cuts")
  if (SUFFER_VERBS.has(tokens[k]?.lower ?? "") && (INJURY_NOUNS.has(tokens[k + 1]?.lower ?? "") || INJURY_NOUNS.has(tokens[k + 2]?.lower ?? "") || tokens[k + 1]?.lower === "cuts")) return "injured";
  // "Four children were among the wounded", "23 people remained in hospital"
  if (tokens[k]?.lower === "among" && tokens[k + 1]?.lower === "the") {
    const frame = CASUALTY_VERBS.get(tokens[k + 2]?.lower ?? "");
    if (frame && frame !== "casualties") return frame;
  }
  const stay = HOSPITAL_STAYS.has(tokens[k]?.lower ?? "") ? k + 1 : k; // "were" and "are" are skipped above
  if (tokens[stay]?.lower === "in" && tokens[stay + 1]?.lower.startsWith("hospital")) return "injured";
  // "Twenty-one people remained hospitalized", "Six patients remain in intensive care", "Two of them are in serious
  // condition", "5 patients remain on ventilators": in treatment, so hurt
  // (the people's own verb: not "killing 2 patients in intensive care", where the state only describes them)
  if (stay > k && CASUALTY_VERBS.get(tokens[stay]?.lower ?? "") === "injured") return "injured";
  if ((stay > k || k > beforeAuxiliaries) && inTreatment(tokens, stay)) return "injured";
  // General Staff usage: troops "neutralised" are killed and wounded together ("137 occupiers were neutralised")
  if (NEUTRALISED.has(tokens[k]?.lower ?? "")) return "casualties";
  const verb = tokens[k] ? CASUALTY_VERBS.get(tokens[k].lower) : undefined;
  // ("2,470 children have suffered": killed or injured, in Ukrainian officials' usage; not "lost" after the people, who may have lost homes)
  // (suffered with no object of its own: not "consumers suffered power cuts")
  if (tokens[k]?.lower === "suffered" && ((tokens[k + 1]?.kind ?? "punct") === "punct" || SUFFERED_HOW.has(tokens[k + 1].lower))) return "casualties";
  if (verb && verb !== "casualties") {
    const second = ["and", "or"].includes(tokens[k + 1]?.lower ?? "") ? CASUALTY_VERBS.get(tokens[k + 2]?.lower ?? "") : undefined;
    return bothTolls(verb, second) ? "casualties" : verb;
  }
  for (let j = Math.max(0, quoteStart - 12); j < quoteStart - 2; j++) { // "Among the wounded are ... two women"
    // ("Among those injured in the city are two children")
    if (tokens[j].lower === "among" && (tokens[j + 1].lower === "the" || tokens[j + 1].lower === "those")) {
      const frame = CASUALTY_VERBS.get(tokens[j + 2]?.lower ?? "");
      if (frame && frame !== "casualties") return frame;
    }
  }
  // ("wounding the 58-year-old driver and two passengers": the verb governs the whole list joined by "and")
  // ("lost an average of 1,240 men a day", "killed a total of 56 people": past the measure's words)
  const acrossAnd = tokens[quoteStart - 1]?.lower === "and";
  const reach = acrossAnd ? 9 : tokens[quoteStart - 1]?.lower === "of" && MEASURE_WORDS.has(tokens[quoteStart - 2]?.lower ?? "") ? 5 : 3;
  for (let j = quoteStart - 1; j >= Math.max(0, quoteStart - reach); j--) {
    const word = tokens[j].lower;
    // "The hospital admitted 11 children"
    if (word === "admitted" && tokens.some((t) => t.lower.startsWith("hospital"))) return "injured";
    if (word === "lives" && tokens[j + 1]?.lower === "of") return "killed";
    // ("We operated on 11 people before midnight")
    if (word === "on" && tokens[j - 1]?.lower === "operated") return "injured";
    // (past the nearest three words only a participle governing the list: not "... were killed during the siege and 120,000 people live")
    const before = j >= quoteStart - 3 || !acrossAnd || word.endsWith("ing") ? CASUALTY_VERBS.get(word) : undefined;
    // "killed and wounded 247 Russian invaders": both tolls together
    const other = tokens[j - 1]?.lower === "and" || tokens[j - 1]?.lower === "or" ? CASUALTY_VERBS.get(tokens[j - 2]?.lower ?? "") : undefined;
    if (bothTolls(before, other)) return "casualties";
    if (before) return before;
    if (tokens[j].text === "," || tokens[j].text === ";") break;
  }
  return null;
}

/** Past the counted noun's own short phrase to the comma opening an appositive ("residents of the village, aged 38 and 70,"); else `k`. */
function ownPhraseToComma(tokens: Token[], k: number): number {
  if (!NOUN_PHRASE_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return k;
  for (let j = k + 1; j <= k + 4 && tokens[j]; j++) {
    if (tokens[j].text === ",") return j;
    if (tokens[j].kind !== "word" || AUXILIARIES.has(tokens[j].lower)) return k;
  }
  return k;
}

/**
 * Past the counted noun's own phrase to its verb's auxiliary: "Three residents of a nearby house in Novoshakhtinsk were
 * injured", "4,300 residents of the republic had signed contracts"; `k` itself when no such phrase leads to a verb.
 */
function pastOwnPhrase(tokens: Token[], k: number): number {
  if (!NOUN_PHRASE_PREPOSITIONS.has(tokens[k]?.lower ?? "")) return k;
  let j = k + 1;
  while (j < k + 9 && tokens[j] && tokens[j].kind !== "punct" && !AUXILIARIES.has(tokens[j].lower)) j++;
  return tokens[j] && AUXILIARIES.has(tokens[j].lower) ? j : k;
}

/**
 * Past people counted with the figure's own ("31 journalists and media workers have been killed", "4 soldiers and 3
 * civilians were killed"): a few words after "and" or "or", a figure first or not, ending in a plural noun of people, an
 * auxiliary next. Else `k` unchanged.
 */
function pastCoordinatedPeople(tokens: Token[], k: number, quoteStart: number): number {
  if (tokens[k]?.lower !== "and" && tokens[k]?.lower !== "or") return k;
  // (only a subject: "Rescuers evacuated 40 residents and 2 civilians were injured" has the figure the object of a verb)
  if (verbInClauseBefore(tokens, quoteStart)) return k;
  const first = tokens[k + 1]?.kind === "num" ? k + 2 : k + 1; // ("4 soldiers and 3 civilians were killed")
  for (let j = first; j <= first + 2 && tokens[j]?.kind === "word"; j++) {
    const entry = NOUNS.get(tokens[j].lower);
    // (or one person: "Two men and a woman were killed")
    const plural = entry && (entry.cls === "person" || entry.cls === "military") && tokens[j].lower.endsWith("s");
    const single = (tokens[k + 1].lower === "a" || tokens[k + 1].lower === "an") && ONE_PERSON.has(tokens[j].lower);
    if (plural || single) return AUXILIARIES.has(tokens[j + 1]?.lower ?? "") ? j + 1 : k;
  }
  return k;
}

const CONDITIONS = new Set(["serious", "critical", "grave", "moderate", "stable", "severe"]);

/**
 * "in intensive care", "in (a) serious condition", "in critical but stable condition", "on ventilators" at token k: a
 * patient's state (not "in difficult living conditions").
 */
function inTreatment(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower === "on") return tokens[k + 1]?.lower.startsWith("ventilator") ?? false;
  if (tokens[k]?.lower === "in" && tokens[k + 1]?.lower === "intensive" && tokens[k + 2]?.lower === "care") return true;
  const state = tokens[k + 1]?.lower === "a" ? k + 2 : k + 1;
  // (a patient's condition, in the singular: not "remain in severe conditions without heat")
  return inConditionAt(tokens, k) && CONDITIONS.has(tokens[state]?.lower ?? "") && !tokens.slice(state, state + 4).some((token) => token.lower === "conditions");
}

/** "killed and wounded", "killed or captured": two different tolls named together are casualties. */
function bothTolls(first: Category | undefined, second: Category | undefined): boolean {
  return !!first && !!second && first !== second && first !== "casualties" && second !== "casualties";
}
const MEASURE_WORDS = new Set(["average", "total"]);
const DASH_OPENERS = new Set(["—", "–", "("]);
const HOSPITAL_STAYS = new Set(["remain", "remained", "remains", "stay", "stayed", "lie", "lay"]);
const NEUTRALISED = new Set(["neutralised", "neutralized"]);
const NOUN_PHRASE_PREPOSITIONS = new Set(["of", "from", "in", "at", "near", "inside"]);
/**
 * Whether a figure's people have a verb of their own: one before them in their clause ("rescuers pulled two women aged 45
 * and 70 from the rubble") or after them, past their ages ("120 residents aged over 60 were evacuated", "15 rescuers were
 * involved"). People listed under a toll have none ("– a 64-year-old woman and two men aged 39 and 58.").
 */
export function hasOwnVerb(tokens: Token[], start: number, end: number): boolean {
  return verbInClauseBefore(tokens, start) || verbAfterPeople(tokens, end);
}

/** A verb right after a figure's people, past their ages: "120 residents aged over 60 were evacuated". */
function verbAfterPeople(tokens: Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.lower === "aged") {
    k++;
    while (tokens[k] && (tokens[k].kind === "num" || tokens[k].lower === "and" || tokens[k].lower === "over" || tokens[k].lower === "under" || tokens[k].text === ",")) k++;
  }
  return AUXILIARIES.has(tokens[k]?.lower ?? "") || PAST_TENSE.test(tokens[k]?.lower ?? "");
}

/** A verb in the past before `start` in its clause: "Rescuers evacuated 40 residents". */
function verbInClauseBefore(tokens: Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && !CLAUSE_BREAKS.has(tokens[j].text); j--) if (PAST_TENSE.test(tokens[j].lower) || IRREGULAR_PASTS.has(tokens[j].lower)) return true;
  return false;
}

const CLAUSE_BREAKS = new Set([",", ";", ":", "(", "—", "–"]);
const IRREGULAR_PASTS = new Set(["took", "brought", "sent", "found", "got", "saw", "pulled", "had", "left"]);

/** One person named after "a": "and a woman", "and an elderly man". */
const ONE_PERSON = new Set(["woman", "man", "child", "girl", "boy", "teenager", "resident", "civilian", "soldier", "serviceman", "pensioner", "driver", "passenger"]);
/** "on the spot", "at the scene" right after `k`: help given where the harm was done. */
function atTheScene(tokens: Token[], k: number): boolean {
  const place = tokens[k + 2]?.lower ?? "";
  return (tokens[k]?.lower === "on" || tokens[k]?.lower === "at") && tokens[k + 1]?.lower === "the" && (place === "spot" || place === "scene" || place === "site");
}

/** "are known to have been injured", "believed to have been killed": what is said of people, before the verb of what befell them. */
const HEARSAY = new Set(["known", "believed", "reported", "feared", "thought", "said", "presumed"]);
/** What wounds people "hit by" it: "hit by shrapnel", "hit by debris". */
const WOUNDING_THINGS = new Set(["shrapnel", "fragments", "debris", "glass", "splinters"]);
/** "received medical help", "received medical assistance". */
const MEDICAL_CARE = new Set(["help", "assistance", "care", "aid", "treatment", "attention"]);
const SUFFER_VERBS = new Set(["sustained", "suffered", "received", "sustain", "suffer", "receive", "got", "get", "gets"]);
const CARRIED = new Set(["taken", "rushed", "brought", "delivered", "transported", "evacuated"]);
const INJURY_NOUNS = new Set(["injuries", "injury", "wounds", "wound", "burns", "trauma", "concussions", "concussion", "fractures"]);
const WENT = new Set(["came", "come", "went", "gone", "turned"]);
/** What may follow "suffered" when the children themselves are the toll: "have suffered as a result of the aggression". */
const SUFFERED_HOW = new Set(["as", "from", "since", "during", "in", "because", "through"]);
const DEAD_AS = new Set(["shot", "declared", "found", "pronounced"]);
const SELVES = new Set(["himself", "herself", "themselves"]);
const MEDICAL_HELP = new Set(["doctors", "doctor", "hospital", "hospitals", "medics"]);

/** "himself", "on their own" at k: who came to hospital came for help, not to visit or to work. */
function onTheirOwn(tokens: Token[], k: number): boolean {
  if (SELVES.has(tokens[k]?.lower ?? "")) return true;
  return tokens[k]?.lower === "on" && OWNERS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "own";
}

/** The token after "— ... —" or "( ... )" when the inserted phrase is short, else the opener itself. */
function afterInsert(tokens: Token[], open: number): number {
  const close = tokens[open].text === "(" ? ")" : tokens[open].text;
  for (let k = open + 1; k < Math.min(tokens.length, open + 16); k++) {
    if (tokens[k].text === close) return k + 1;
    if (tokens[k].text === ";" || tokens[k].text === ".") break;
  }
  return open;
}

/** How far an appositive may run to its closing comma: "among them a 16-year-old girl" is ten tokens. */
const APPOSITIVE_REACH = 16;

/** The token after ", ... ," when the inserted phrase is short, else the comma itself. */
function afterAppositive(tokens: Token[], comma: number): number {
  for (let k = comma + 1; k < Math.min(tokens.length, comma + APPOSITIVE_REACH); k++) {
    if (tokens[k].text === ",") return k + 1;
    if (tokens[k].text === ";" || tokens[k].text === ".") break;
  }
  return comma;
}

/** "destroyed 2 boats and 23 Russian servicemen": troops destroyed or eliminated are killed. */
const KILL_VERBS = new Set(["destroyed", "eliminated", "liquidated", "killed", "destroying", "eliminating", "eliminate", "liquidate", "destroy"]);

function killVerbBefore(tokens: Token[], start: number, end: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 10); k--) {
    // (a passive's, "the following were destroyed: 45 occupiers and 3 tanks", only where the figure has no verb of its own
    // after it: not "Two people were killed, the police said - 14 officers were sent")
    const passive = IS.has(tokens[k - 1]?.lower ?? "") || tokens[k - 1]?.lower === "been";
    if (KILL_VERBS.has(tokens[k].lower)) return !passive || !verbAfterPeople(tokens, end);
    if (tokens[k].text === ";" || tokens[k].text === "." || CASUALTY_VERBS.has(tokens[k].lower)) return false;
  }
  return false;
}

/** A verb of killing right before a count of captives: "shot 3 unarmed prisoners", "executed at least 56 POWs". */
function executedBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (EXECUTION_VERBS.has(tokens[k].lower)) return true;
    if (tokens[k].kind === "punct") return false;
  }
  return false;
}

/** Shells counted in a tally are fired; only aid and production language makes them equipment. */
const SUPPLY_WORDS = new Set([
  "aid", "package", "packages", "delivered", "deliver", "delivers", "delivery", "deliveries", "supplied", "supply", "supplies",
  "sent", "send", "provided", "provide", "provides", "pledged", "pledge", "donated", "transferred", "produce", "produced",
  "produces", "production", "manufacture", "manufactured", "stockpile", "stockpiles", "shortage", "shortages", "procure", "procured",
  "buy", "bought", "purchase", "purchased",
  // rounds seized, received, needed or still to come are stock, not fire
  "seized", "confiscated", "received", "need", "needs", "needed",
]);
/** "The package includes 300,000 rounds": a list of supplies, before the rounds (after them, "fired 251 shells, including 6 from MLRS", a share). */
const INCLUDE_WORDS = new Set(["includes", "include", "including", "included"]);
const TRUCK_NOUNS = new Set(["trucks", "truck", "lorries", "lorry"]);
const AID_VEHICLES = new Set([...TRUCK_NOUNS, "ambulances", "ambulance", "buses", "bus", "minibuses", "cars", "car", "tractors", "tractor"]);
const SANCTION_LISTS = new Set(["sanctions", "blacklist"]);
const LISTED = new Set(["sanctioned", "blacklisted"]);

/** "sanctions against ... 12 individuals", "restrictive measures ... apply to 2,500 individuals", "12 sanctioned individuals". */
function onSanctionsList(tokens: Token[], noun: CountedNoun): boolean {
  if (mentionsBefore(tokens, tokens.length, SANCTION_LISTS) || modifiedBy(tokens, noun, LISTED)) return true;
  return tokens.some((token, k) => token.lower === "restrictive" && tokens[k + 1]?.lower === "measures");
}
const SHELLING = new Set(["shelling", "shelled", "ruins", "rubble"]);
/** An army's own words before its things: "14 units of enemy machinery", "military machinery". */
const ARMY_MODIFIERS = new Set(["enemy", "military", "armoured", "armored", "russian", "ukrainian", "army", "combat"]);
const WRECKED = new Set(["damaged", "destroyed", "burned", "burnt", "wrecked"]);
const GAVE = new Set(["gave", "handing", "donating"]);

/** Words that make a sentence's vehicles an army's. */
const MILITARY_WORDS = new Set([
  "russian", "ukrainian", "enemy", "military", "armoured", "armored", "army", "troops", "forces", "brigade", "occupiers",
  "occupier", "afu", "losses", "lost", "destroyed", "combat",
]);

const ROCKET_SYSTEMS = new Set(["himars", "atacms", "mlrs", "vampire"]);
const STRIKE_NOUNS = new Set(["strike", "strikes"]);
const AIR_BOMB_WORDS = new Set(["bomb", "bombs", "kab", "kabs", "fab"]);
/** Who strikes from the air: "Aviation of the Sever group carried out 9 strikes", "Su-34 crews had carried out 6 strikes". */
const AIR_STRIKERS = new Set(["aviation", "aircraft", "bomber", "bombers", "warplanes", "jets"]);
/** Weapons of other strikes, named with them: "strikes with drones", "160 strikes with mortars and tanks". */
const OTHER_STRIKERS = new Set([
  ...[...NOUNS].filter(([, entry]) => entry.category === "drones" || entry.category === "missiles").map(([word]) => word),
  ...ROCKET_SYSTEMS, "fpv", "artillery", "mortar", "mortars", "tank", "tanks", "shelling", "shells",
]);

/** "... strikes with high-precision long-range weapons" within the clause after the count (across "and 5 group strikes"). */
function precisionWeaponsAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length - 1, end + 8); k++) {
    if (tokens[k].text === "," || tokens[k].text === ";" || tokens[k].text === ".") return false;
    if (tokens[k].lower !== "with") continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
      if (tokens[j].lower === "precision" || (tokens[j].lower === "long" && tokens[j + 2]?.lower === "range")) return true;
      if (tokens[j].text === "," || tokens[j].text === ".") return false;
    }
    return false;
  }
  return false;
}

/** ", 71 of them irretrievably" right after the count. */
function irretrievableShareAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length - 3, end + 4); k++) {
    if (tokens[k].text !== ",") continue;
    return tokens[k + 2]?.lower === "of" && tokens[k + 3]?.lower === "them" && (tokens[k + 4]?.lower === "irretrievably" || tokens[k + 4]?.lower === "irrecoverably");
  }
  return false;
}

/** "the deaths of N ...", "the execution of N ...": the figure counts the dead. */
function deathsOf(tokens: Token[], quoteStart: number): boolean {
  return tokens[quoteStart - 1]?.lower === "of" && DEATH_NOUNS.has(tokens[quoteStart - 2]?.lower ?? "");
}

const INJURING_NOUNS = new Set(["injury", "injuries", "injuring", "wounding", "maiming"]);

/** "verified ... the injury of 36,400 civilians": the figure counts the injured, whoever they were. */
export function injuriesOf(tokens: Token[], quoteStart: number): boolean {
  return tokens[quoteStart - 1]?.lower === "of" && INJURING_NOUNS.has(tokens[quoteStart - 2]?.lower ?? "");
}

/**
 * Strikes of bombs from the air: the bomb in the noun's own words ("41 glide-bomb strikes") or its "with" phrase ("three
 * strikes with KAB-250 bombs"), or aircraft striking before them in the sentence ("Su-34 crews had carried out 6 strikes");
 * not where other weapons are named with them, nor a compound of its own ("40 FPV strikes").
 */
function byAirBombs(tokens: Token[], noun: CountedNoun): boolean {
  if (mentionsBefore(tokens, tokens.length, OTHER_STRIKERS)) return false;
  for (let k = noun.modifiersStart; k < noun.head; k++) if (AIR_BOMB_WORDS.has(tokens[k].lower)) return true;
  if (tokens[noun.end]?.lower === "with" && [1, 2, 3, 4].some((n) => AIR_BOMB_WORDS.has(tokens[noun.end + n]?.lower ?? ""))) return true;
  return mentionsBefore(tokens, noun.modifiersStart, AIR_STRIKERS) || hasAircraftDesignation(tokens.slice(0, noun.modifiersStart));
}

/** The enemy's troops as a defender's tally names them: counted, they are its losses. */
const LOSS_NAMES = new Set(["occupiers", "occupier", "invaders", "invader"]);
const STATIONED = new Set(["concentrated", "stationed", "massed", "amassed", "deployed", "based", "gathered", "located", "remain", "remained", "remains"]);

/** The counted noun's own verb, past its phrase and auxiliaries ("occupiers of the 5th brigade are concentrated"). */
function verbAfter(tokens: Token[], end: number): string {
  return tokens[ownVerbAt(tokens, end)]?.lower ?? "";
}

/** The index of the counted noun's own verb: past its phrase ("of the republic") and its auxiliaries ("had been"). */
function ownVerbAt(tokens: Token[], end: number): number {
  let k = pastOwnPhrase(tokens, end);
  while (tokens[k] && AUXILIARIES.has(tokens[k].lower)) k++;
  return k;
}
const DEPOT_NOUNS = new Set(["depots", "depot"]);
const SCHOOL_NOUNS = new Set(["schools", "school", "kindergartens", "lyceums", "universities", "colleges"]);
const TEACHING_WORDS = new Set(["classes", "class", "lessons", "study", "studying", "online", "shelter", "shelters", "in-person", "teach", "teaches", "teaching", "remotely", "learning", "curricula", "curriculum", "pupils"]);
/** A damage participle among an unknown noun's modifiers ("9 damaged doors"), or the noun's own verb one ("cells were damaged"). */
function damagedThings(tokens: Token[], noun: CountedNoun): boolean {
  // (destroyed, not an army's things: "Three observation posts were destroyed", "12 targets were destroyed in Kharkiv region")
  const wrecked = MILITARY_OBJECTS.has(tokens[noun.head].lower) || mentionsBefore(tokens, tokens.length, ARMY_MODIFIERS) ? DAMAGED : WRECKED;
  for (let k = noun.modifiersStart; k < noun.head; k++) if (wrecked.has(tokens[k].lower)) return true;
  return wrecked.has(verbAfter(tokens, noun.end));
}

/** Damage, not destruction, which an army's things share. */
const DAMAGED = new Set(["damaged", "burned", "burnt"]);
/** What an army has and loses, counted as other when the lexicon does not know them. */
const MILITARY_OBJECTS = new Set(["posts", "positions", "targets", "strongholds", "dugouts", "emplacements", "bunkers", "trenches", "crossings"]);

const CAR_NOUNS = new Set(["cars", "car"]);
/** An army's kit counted in a list of losses: "2 tanks", "3 armoured combat vehicles", "155 servicemen". */
const ARMY_KIT = new Set(["tanks", "tank", "armoured", "armored", "servicemen", "howitzers", "atvs", "motorcycles"]);

/** Whether the sentence counts an army's kit: a figure a few words before a kit word ("2 tanks", "3 armoured combat vehicles"). */
function countsArmyKit(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (!ARMY_KIT.has(tokens[k].lower)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (tokens[j].kind === "num") return true;
      if (tokens[j].kind !== "word") break;
    }
  }
  return false;
}
const MATERIEL_LOSS_WORDS = new Set(["losses", "lost", "destroyed", "afu", "enemy"]);

const LOSS_WORDS = new Set(["losses", "lost", "loss", "neutralised", "neutralized", "neutralising", "neutralizing", "hit", "struck"]);

/** "... and 24 units of equipment", "and 12 pieces of machinery" right after a count of people. */
function withEquipmentAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.lower !== "and" || tokens[end + 1]?.kind !== "num") return false;
  return (tokens[end + 2]?.lower === "units" || tokens[end + 2]?.lower === "pieces") && tokens[end + 3]?.lower === "of";
}

/**
 * Troops prosecuted: a verb of it right before them ("notified 5 Russian servicemen", "verdicts to 142 Russian servicemen") or
 * its words in their own clause after them ("... of suspicion", "119 of them in absentia", "were convicted"); not a word of it
 * elsewhere in the sentence ("Prosecutors said in the indictment that Russia had concentrated 50,000 troops").
 */
function prosecuted(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.lower ?? "";
  // ("served notices of suspicion on 6 Russian servicemen", "sent indictments against 94 Russian servicemen to court")
  const charge = tokens[start - 2]?.lower ?? "";
  if (PROSECUTING.has(before) || (before === "to" && SENTENCES.has(charge)) || (before === "on" && charge === "suspicion") || (before === "against" && CHARGES.has(charge))) return true;
  for (let k = end; k < Math.min(tokens.length, end + 6) && tokens[k].kind !== "punct"; k++) if (PROSECUTED.has(tokens[k].lower)) return true;
  return false;
}

const PROSECUTING = new Set(["notified", "convicted", "sentenced", "indicted"]);
const SENTENCES = new Set(["verdicts", "verdict", "sentences"]);
const CHARGES = new Set(["indictments", "indictment", "charges", "cases", "proceedings"]);
const PROSECUTED = new Set(["suspicion", "absentia", "convicted", "sentenced", "indicted"]);

/** People who are crews: "N people from repair crews", "crews totalling N people". */
function crewsCounted(tokens: Token[], start: number, end: number): boolean {
  // (the crews the head of the phrase, one modifier before it at most: not "from workers' settlements")
  if (tokens[end]?.lower === "from" || tokens[end]?.lower === "of") {
    for (let k = end + 1; k <= end + 2 && tokens[k]?.kind === "word"; k++) if (CREW_NOUNS.has(tokens[k].lower)) return tokens[k + 1]?.text !== "'" && tokens[k + 1]?.text !== "’";
  }
  const total = TOTALLING.has(tokens[start - 1]?.lower ?? "") ? start - 1 : -1;
  return total > 0 && CREW_NOUNS.has(tokens[total - 1]?.lower ?? "");
}

const CREW_NOUNS = new Set(["crews", "brigades", "teams", "rescuers", "workers", "services"]);
const TOTALLING = new Set(["totalling", "totaling", "numbering"]);

/** Modifiers of a boat or a munition that make it a drone. */
const CREWLESS = new Set(["uncrewed", "unmanned", "crewless", "loitering", "robotic"]);
const CREWLESS_HEADS = new Set(["boats", "boat", "vessels", "vessel", "munitions", "munition", "craft"]);

/** Whether one of `words` modifies the counted noun (between its first modifier and its head). */
const DEAD_MODIFIERS = new Set(["dead", "killed", "liquidated", "eliminated"]);
const TOLL_MODIFIERS = new Set([...DEAD_MODIFIERS, "injured", "wounded"]);

function modifiedBy(tokens: Token[], noun: CountedNoun, words: Set<string>): boolean {
  for (let k = Math.max(0, noun.modifiersStart); k < noun.head; k++) if (words.has(tokens[k].lower)) return true;
  return false;
}

/**
 * A page keeping a list of the war dead by name, or reporting on one: Mediazona's (with the BBC Russian Service), a city's
 * wall of memory, the dead confirmed by name. Its "names" counted are the dead ("the list grew by 2,310 names"). (Not
 * "obituaries", a menu entry on many news sites, nor "the names of 19,546 deported children".)
 */
const LIST_OF_DEAD = /\b(?:Mediazona|Wall of (?:Memory|Remembrance)|(?:confirmed|identified|established) (?:by name|the names))\b/i;

export function keepsListOfDead(text: string): boolean {
  return LIST_OF_DEAD.test(text);
}

/**
 * Whether a page keeping a list of the war dead keeps Russia's: it names the two who keep Russia's list by name, Mediazona
 * and the BBC Russian Service (not a page naming "Russian troops" beside Kyiv's Wall of Remembrance). Asked only of a page
 * `keepsListOfDead` found; asked of a source's name too, whether it is one of the two ("Mediazona", "BBC Russian Service").
 */
const RUSSIAN_DEAD = /\b(?:Mediazona|BBC (?:News )?Russian)\b/i;

export function namesRussiasListKeepers(text: string): boolean {
  return RUSSIAN_DEAD.test(text);
}

export function categoryOfNoun(tokens: Token[], noun: CountedNoun, quoteStart: number): Category {
  const { entry } = noun;
  // "9 uncrewed surface vessels", "4 unmanned boats", "3 Lancet loitering munitions": naval drones and loitering munitions are drones
  if (CREWLESS_HEADS.has(tokens[noun.head].lower) && modifiedBy(tokens, noun, CREWLESS)) return "drones";
  // "3 HIMARS MLRS projectiles", "19 ATACMS projectiles": a rocket system's projectiles are missiles
  if (entry.cls === "ammo" && (ROCKET_SYSTEMS.has(tokens[noun.head - 1]?.lower ?? "") || ROCKET_SYSTEMS.has(tokens[noun.head - 2]?.lower ?? ""))) return "missiles";
  // "delivered one massive strike and 5 group strikes with high-precision long-range weapons": missile strikes
  if (STRIKE_NOUNS.has(tokens[noun.head].lower) && precisionWeaponsAfter(tokens, noun.end)) return "missiles";
  // "Su-34 crews carried out 6 strikes", "41 glide-bomb strikes", "Our aviation ...: 4 strikes", "three strikes with KAB-250
  // bombs": strikes of bombs from the air are airstrikes (not a total "including 9 guided bombs", nor strikes of drones or
  // missiles named with them)
  if (STRIKE_NOUNS.has(tokens[noun.head].lower) && noun.entry === NOUNS.get(tokens[noun.head].lower) && byAirBombs(tokens, noun)) return "airstrikes";
  // Shells fired are attacks; shells delivered as aid are equipment.
  if (entry.cls === "ammo") return mentionsBefore(tokens, tokens.length, SUPPLY_WORDS) || mentionsBefore(tokens, noun.head, INCLUDE_WORDS) ? "equipment" : "attacks";
  // "Our drone operators flew 9,870 combat sorties", "his crew flies up to 40 sorties a day": a drone crew's flights
  // (an aircraft's are airstrikes: "This Su-34 crew has flown 4 sorties")
  if (SORTIES.has(tokens[noun.head].lower) && flownBefore(tokens, quoteStart)) {
    if (mentionsBefore(tokens, tokens.length, AIRCRAFT_WORDS) || hasAircraftDesignation(tokens)) return "airstrikes";
    if (mentionsBefore(tokens, tokens.length, DRONE_CREW_WORDS)) return "drones";
  }
  // "347 attacks with drones", "attacks with kamikaze drones": the weapon says what the attacks were
  if (entry.category === "attacks" && tokens[noun.end]?.lower === "with") {
    for (let k = noun.end + 1; k < Math.min(tokens.length, noun.end + 4); k++) {
      const weapon = NOUNS.get(tokens[k].lower)?.category;
      // ("10 attacks with drones, tanks and artillery": a list of weapons is attacks)
      const listed = tokens[k + 1]?.text === "," || (tokens[k + 1]?.lower === "and" && NOUNS.has(tokens[k + 2]?.lower ?? ""));
      if (weapon === "drones" || weapon === "missiles" || weapon === "airstrikes") return listed ? "attacks" : weapon;
      if (weapon) break; // "10 attacks with tanks, drones and artillery": the first weapon named is not a drone
    }
  }
  // "a drone dropped 2 explosive devices on a car", "42 mines were fired": explosives dropped or fired are attacks, as shells
  // are; mines and devices found or cleared stay other (candidates.ts reads "fired 15 mines", the verb before, the same way)
  // ("dropped 4 explosive charges", not "prosecutors dropped 2 charges")
  const explosive = DROPPED_THINGS.has(tokens[noun.head].lower) || (tokens[noun.head].lower === "charges" && tokens[noun.head - 1]?.lower === "explosive");
  if (explosive && entry.category === "other" && (DROP_VERBS.has(tokens[quoteStart - 1]?.lower ?? "") || DROP_VERBS.has(verbAfter(tokens, noun.end)))) return "attacks";
  // "hit 9 humanitarian aid distribution points": points a strike hit are infrastructure; points opened or run for people ("the
  // city has opened 9 heating points", "After drones hit the substation, the city opened 12 Invincibility Points") are a
  // service, other
  if (tokens[noun.head].lower === "points" && entry.category === "other") return struckInClause(tokens, quoteStart) || damagedThings(tokens, noun) ? "infrastructure" : "other";
  // civilian ships (not a side's or a war's) are infrastructure when struck ("the strike damaged 3 civilian vessels"),
  // else traffic counted ("4,100 vessels sailed through the corridor", "342 vessels now on our list"): other
  if (SHIP_NOUNS.has(tokens[noun.head].lower) && !militaryShip(tokens, noun)) return mentionsBefore(tokens, tokens.length, DAMAGE_WORDS) ? "infrastructure" : "other";
  // "1,300 trucks queue at the border", "a port warehouse and 2 trucks burned down": civilian trucks, unless the
  // sentence is about an army ("destroyed 5 enemy trucks", "Russian losses: ... 3 trucks")
  // "Classes in 4 schools are cancelled", "More than 1,000 schools lack a shelter": schools counted by how they teach, not hit
  // (gold README: schools counted by shelter status are other, damaged schools infrastructure)
  if (SCHOOL_NOUNS.has(tokens[noun.head].lower) && mentionsBefore(tokens, tokens.length, TEACHING_WORDS) && !mentionsBefore(tokens, tokens.length, DAMAGE_WORDS) && !mentionsBefore(tokens, tokens.length, SHELLING)) return "other";
  // "handed over 128 ambulances to the Ministry of Health", "water is delivered by 9 water trucks": vehicles given or put to
  // work are equipment, as the gold set counts aid; damaged, they are what a strike hit
  // (harm before the vehicles or in their own clause: not "... 20 ambulances to replace those destroyed in strikes")
  if (AID_VEHICLES.has(tokens[noun.head].lower) && (mentionsBefore(tokens, noun.head, SUPPLY_WORDS) || mentionsBefore(tokens, noun.head, AID_WORDS) || mentionsBefore(tokens, noun.head, GAVE)) && !mentionsBefore(tokens, Math.min(tokens.length, noun.end + 3), HARM_WORDS)) return "equipment";
  // "35 units of machinery are clearing debris" is a response's equipment; "destroyed a warehouse and 3 units of
  // agricultural machinery", what a strike hit
  // (an army's machinery is equipment however it fared: "destroyed 14 units of enemy machinery"; harm is a verb's, not "after
  // the Russian attack, 120 rescuers and 35 units of machinery were involved")
  if (tokens[noun.head].lower === "machinery") return !modifiedBy(tokens, noun, ARMY_MODIFIERS) && mentionsBefore(tokens, Math.min(tokens.length, noun.end + 3), WRECKED) ? "infrastructure" : "equipment";
  if (TRUCK_NOUNS.has(tokens[noun.head].lower)) return mentionsBefore(tokens, tokens.length, MILITARY_WORDS) ? "equipment" : "infrastructure";
  // ("The enemy lost up to 155 servicemen, 2 tanks and 5 cars", "1 tank, 3 armoured combat vehicles and 2 cars were destroyed":
  // cars counted with an army's kit are its vehicles; not civilians' cars damaged, "11 cars" of a strike's list)
  if (CAR_NOUNS.has(tokens[noun.head].lower) && countsArmyKit(tokens) && mentionsBefore(tokens, tokens.length, MATERIEL_LOSS_WORDS)) return "equipment";
  // "Enemy losses amounted to ... 27 field artillery guns and 11 ammunition depots": an army's depots lost are its materiel
  // (a depot burning in a town's list of damage stays infrastructure)
  if (DEPOT_NOUNS.has(tokens[noun.head].lower) && tokens[noun.head - 1]?.lower === "ammunition" && mentionsBefore(tokens, tokens.length, MATERIEL_LOSS_WORDS)) return "equipment";
  if (entry.cls !== "person" && entry.cls !== "military" && entry.cls !== "generic") return entry.category;
  // "two power engineers were killed": an unlisted plural counts people once a casualty verb says so
  // ("has recorded the deaths of 14 media professionals": whoever they were, the count is of the dead)
  // "Air defence neutralised 428 targets", "Polish radars tracked 26 objects", "8 targets on the radar": aerial targets are drones
  if (entry.cls === "generic" && AERIAL_TARGETS.has(tokens[noun.head].lower) && mentionsAirDefence(tokens)) return "drones";
  // "residents filed 36 reports of damage", "investigators documented 37 cases of destruction": damaged property, one report each
  if (entry.cls === "generic" && DAMAGE_RECORDS.has(tokens[noun.head].lower) && tokens[noun.end]?.lower === "of" && DAMAGE_NOUNS.has(tokens[noun.end + 1]?.lower ?? "")) return "infrastructure";
  // ("3 switchgear cells were damaged", "9 damaged doors", "2 sections of the overhead contact line were damaged": things a
  // strike damaged, whatever the lexicon calls them)
  if (entry.cls === "generic" && entry.category === "other" && damagedThings(tokens, noun)) return "infrastructure";
  if (entry.cls === "generic" && entry.category === "other") return casualtyVerb(tokens, quoteStart, noun.end, false) ?? (deathsOf(tokens, quoteStart) ? "killed" : "other");
  // "about 700,000 killed and wounded", "dead or injured": both tolls together
  if ((entry.category === "killed" || entry.category === "injured") && (tokens[noun.end]?.lower === "and" || tokens[noun.end]?.lower === "or")) {
    // ("290,000 killed and seriously wounded": an adverb before the second toll)
    const second = tokens[noun.end + 1]?.lower.endsWith("ly") ? noun.end + 2 : noun.end + 1;
    const other = CASUALTY_VERBS.get(tokens[second]?.lower ?? "") ?? NOUNS.get(tokens[second]?.lower ?? "")?.category;
    if ((other === "killed" || other === "injured") && bothTolls(entry.category, other)) return "casualties";
  }
  // ("shot 3 unarmed Ukrainian prisoners of war", "the executions of 273 Ukrainian POWs": captives put to death are the dead)
  if (entry.category === "captured" && (deathsOf(tokens, quoteStart) || executedBefore(tokens, quoteStart))) return "killed";
  if (entry.category !== "people" && entry.category !== "personnel") return entry.category; // "deaths", "wounded"
  // "34 injured people", "43 wounded civilians", "12 dead soldiers": the toll says what befell them, whatever the verb
  if (modifiedBy(tokens, noun, TOLL_MODIFIERS)) return modifiedBy(tokens, noun, DEAD_MODIFIERS) ? "killed" : "injured";
  // ("the execution of at least 56 servicemen who had surrendered": executed, whatever the clause after says)
  const verb = deathsOf(tokens, quoteStart) ? "killed" : injuriesOf(tokens, quoteStart) ? "injured" : casualtyVerb(tokens, quoteStart, noun.end);
  // "eliminated 118 occupiers there, 71 of them irretrievably": the total is killed and wounded, its share the dead
  if (verb === "killed" && irretrievableShareAfter(tokens, noun.end)) return "casualties";
  if (verb) return verb;
  // "3,412 patients with blast and shrapnel injuries", "38 children, most of them with shrapnel wounds": the wounded
  if (withWounds(tokens, noun.end)) return "injured";
  // "In total, 78 people and 24 units of equipment were involved": a response's crews, counted with their machines
  if (entry.category === "people" && withEquipmentAfter(tokens, noun.end)) return "personnel";
  // ("More than 600 people from repair crews are at the sites", "Repair crews totalling 140 people": crews counted by heads)
  // (people as such: not "1,050 evacuees from all crews", brought by them)
  if (tokens[noun.head].lower === "people" && crewsCounted(tokens, quoteStart, noun.end) && !mentionsCaptivity(tokens, quoteStart, noun.end)) return "personnel";
  // "40 men, women and children were evacuated", "600 workers had been evacuated": civilians, not personnel
  if (entry.category === "personnel" && CIVILIAN_CONTEXT_NOUNS.has(tokens[noun.head].lower) && civilianContext(tokens, quoteStart, noun.end)) return "people";
  // "documented the deaths of 3,412 civilians", "the execution of at least 56 servicemen", "the bodies of 21 people"
  if (deathsOf(tokens, quoteStart)) return "killed";
  // "the remains of 4 civilians were exhumed": people's remains (not "the remains of 5 warheads", "of 3 brigades")
  if (entry.cls === "person" && tokens[quoteStart - 1]?.lower === "of" && tokens[quoteStart - 2]?.lower === "remains") return "killed";
  // "brought home 185 of its citizens from Russian captivity: 157 servicemen and 28 civilians", "6,042 Ukrainians
  // have been freed": people coming out of (or still in) captivity are counted as prisoners
  if (surrenderedAfter(tokens, noun.end) || mentionsCaptivity(tokens, quoteStart, noun.end)) return "captured";
  // "224,000 people have signed contracts to serve in the army", "3,100 residents had joined the army": recruits
  if (entry.category === "people" && (isRecruitment(tokens, noun.end) || countsMembers(tokens, noun, quoteStart))) return "personnel";
  // "sanctions against 98 Russian companies and 12 individuals", "restrictive measures now apply to more than 2,500
  // individuals and entities": names on a sanctions list, as its vessels and firms are, are other
  if (entry.category === "people" && onSanctionsList(tokens, noun)) return "other";
  // ("Prosecutors notified 5 Russian servicemen of suspicion", "courts have delivered verdicts to 142 Russian servicemen":
  // troops prosecuted are suspects and convicts, people, as the gold set counts them)
  if (entry.cls === "military" && prosecuted(tokens, quoteStart, noun.end)) return "people";
  if (entry.cls === "military" && killVerbBefore(tokens, quoteStart, noun.end)) return "killed";
  // "1,184 occupiers and 19 tanks – results of the 47th Brigade", "247 occupiers and 312 drones hit in a day": the enemy's
  // troops by the name a defender's tally gives them are its losses, unless a verb says what befell them
  // (not troops where they stand: "Up to 10,000 occupiers are concentrated near Kupiansk")
  if (LOSS_NAMES.has(tokens[noun.head].lower) && !STATIONED.has(verbAfter(tokens, noun.end))) return "casualties";
  if (entry.cls === "military" && mentionsBefore(tokens, quoteStart, LOSS_WORDS)) return "casualties";
  if (entry.cls === "generic") return "people";
  return entry.category;
}

const SORTIES = new Set(["sorties", "missions"]);
const FLY_VERBS = new Set(["fly", "flies", "flew", "flown", "flying"]);
const AIRCRAFT_WORDS = new Set(["aircraft", "jet", "jets", "bomber", "bombers", "fighter", "fighters", "aviation", "helicopter", "helicopters"]);
const DRONE_CREW_WORDS = new Set(["crew", "crews", "drone", "drones", "fpv", "uav", "uavs", "operators", "operator", "pilot", "pilots"]);

/** "flew", "flies up to" within a few words before the count. */
function flownBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) if (FLY_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** "Su-34", "MiG-31K": an aircraft's designation in the sentence. */
function hasAircraftDesignation(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length - 2; k++) {
    if ((tokens[k].text === "Su" || tokens[k].text === "MiG" || tokens[k].text === "Tu") && tokens[k + 1].text === "-" && tokens[k + 2].kind === "num") return true;
  }
  return false;
}

const AERIAL_TARGETS = new Set(["targets", "objects"]);
const AIR_DEFENCE_NOUNS = new Set(["defence", "defense", "defenders", "defences", "defenses"]);
const AIR_DEFENCE_WORDS = new Set(["airspace", "radar", "radars", "intercepted", "downed", "air-defence", "air-defense", "sky", "skies"]);

/** A sentence about air defence: "air defence", "shot down", "airspace", "radar". */
function mentionsAirDefence(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (AIR_DEFENCE_WORDS.has(word)) return true;
    // ("air defenders brought down 144 targets")
    if (word === "air" && AIR_DEFENCE_NOUNS.has(tokens[k + 1]?.lower ?? "")) return true;
    if ((word === "shot" || word === "shoot" || word === "brought") && tokens[k + 1]?.lower === "down") return true;
  }
  return false;
}

const DAMAGE_RECORDS = new Set(["reports", "cases", "complaints", "applications", "claims"]);
const DAMAGE_NOUNS = new Set(["damage", "destruction"]);

/** "with blast and shrapnel injuries" within a few words after the counted people (not "with injuries" of someone else's clause). */
function withWounds(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
    if (tokens[k].text === ";" || tokens[k].text === "." || (tokens[k].text === "," && tokens[k + 1]?.lower === "and") || (tokens[k].lower === "and" && k > end)) return false;
    if (tokens[k].lower !== "with") continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) if (INJURY_NOUNS.has(tokens[j].lower)) return true;
    return false;
  }
  return false;
}

/**
 * Captivity or a prisoner exchange near the count ("from Russian captivity", "freed", "in a swap"); not
 * "an exchange of fire", "exchanged fire", "the exchange rate", nor people "freed from the rubble".
 */
function mentionsCaptivity(tokens: Token[], start: number, end: number): boolean {
  const from = Math.max(0, start - CAPTIVITY_WINDOW);
  const to = Math.min(tokens.length, end + CAPTIVITY_WINDOW);
  let rescue = false;
  let captivity = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k].lower;
    const next = tokens[k + 1]?.lower;
    if (word === "rubble" || word === "debris") rescue = true;
    else if (word === "captivity" || word === "swap" || word === "swapped" || word === "freed") captivity = true;
    // "brought home in the exchange", "may be held in Russia": back from the other side's captivity, or still in it
    // (not "detention": the writers count civilians detained by the occupiers as people)
    else if ((word === "brought" && next === "home") || (word === "held" && next === "in" && SIDE_PLACES.has(tokens[k + 2]?.lower ?? ""))) captivity = true;
    // "registered as held by the Russian Federation", "Russia is still holding 1,800 civilians", "8 civilians had also come home"
    else if ((word === "held" && next === "by" && HOLDERS.has(tokens[k + 2]?.lower === "the" ? tokens[k + 3]?.lower ?? "" : tokens[k + 2]?.lower ?? "")) ||
      (word === "holding" && HOLDERS.has(tokens[k - 1]?.lower === "still" ? tokens[k - 3]?.lower ?? "" : tokens[k - 2]?.lower ?? "")) ||
      ((word === "come" || word === "came") && next === "home")) captivity = true;
    else if ((word === "exchange" || word === "exchanged" || word === "exchanges") && next !== "of" && next !== "fire" && next !== "rate" && next !== "rates") captivity = true;
    // "Ukraine brings home 157 defenders and 28 civilians" (not "in Russian detention": the writers count civilians
    // detained by the occupiers as people)
    else if ((word === "brings" || word === "bring" || word === "bringing") && next === "home") captivity = true;
    // "had been returned from territory controlled by the Kyiv regime" (not "returned from the front")
    else if (word === "returned" && returnedFromTerritory(tokens, k + 1)) captivity = true;
  }
  // "confirmed the capture of two North Korean soldiers" (not "massed 50,000 troops for the capture of Pokrovsk");
  // "Moscow said it received 25 servicemen in return" (not "sent 11,000 troops and got missile technology in return")
  if (tokens[start - 2]?.lower === "capture" && tokens[start - 1]?.lower === "of") captivity = true;
  if (RECEIVED.has(tokens[start - 1]?.lower ?? "") && tokens[end]?.lower === "in" && tokens[end + 1]?.lower === "return") captivity = true;
  return captivity && !rescue;
}

const RECEIVED = new Set(["received", "receives", "receive", "got", "gets"]);

/**
 * The counted people's own verb of giving themselves up: "17 Ukrainian servicemen laid down their arms and surrendered",
 * "Two more Russian soldiers surrendered", "up to 25 AFU servicemen were taken prisoner" (not "urged 3,000 troops to lay
 * down their arms", nor fighters who surrendered in another clause).
 */
export function surrenderedAfter(tokens: Token[], end: number): boolean {
  const k = ownVerbAt(tokens, end);
  const word = tokens[k]?.lower ?? "";
  const next = tokens[k + 1]?.lower;
  if (word === "surrendered") return true;
  if (word === "taken" && (next === "prisoner" || next === "captive")) return true;
  return word === "laid" && next === "down" && ARMS.has((OWNERS.has(tokens[k + 2]?.lower ?? "") ? tokens[k + 3] : tokens[k + 2])?.lower ?? "");
}

const CAPTIVITY_WINDOW = 12;
const ARMS = new Set(["arms", "weapons"]);
const OWNERS = new Set(["their", "its", "his", "her"]);
/** "from territory" at k, past an opening quotation mark: 'had been returned "from territory controlled by the Kyiv regime"'. */
function returnedFromTerritory(tokens: Token[], k: number): boolean {
  const from = QUOTE_MARKS.has(tokens[k]?.text ?? "") ? k + 1 : k;
  return tokens[from]?.lower === "from" && tokens[from + 1]?.lower === "territory";
}
const QUOTE_MARKS = new Set(['"', "“", "«", "'"]);
/** Who holds captives: "held by Russia", "held by the Russian Federation", "Russia is still holding"; Ukraine holds Russia's. */
const HOLDERS = new Set(["russia", "russian", "moscow", "ukraine", "kyiv"]);
/** Where people are "held in" as captives: "held in Russia", "held in occupied territories", Russian servicemen "held in Ukraine". */
const SIDE_PLACES = new Set(["russia", "occupied", "captivity", "ukraine"]);

const DEATH_NOUNS = new Set(["deaths", "death", "bodies", "killing", "killings", "execution", "executions", "murder", "murders"]);
const ENLIST_OBJECTS = new Set(["contracts", "contract", "army", "armed", "units", "battalions", "forces", "military", "up", "ranks"]);
/** What each verb of joining up takes: "signed contracts", "are serving in the military", "had gone to the front". */
const ENLIST_VERBS = new Map<string, ReadonlySet<string> | null>([
  ...["mobilised", "mobilized", "drafted", "conscripted", "recruited"].map((verb): [string, null] => [verb, null]),
  ...["signed", "enlisted", "joined", "enrolled"].map((verb): [string, ReadonlySet<string>] => [verb, ENLIST_OBJECTS]),
  ["serving", new Set(["army", "armed", "forces", "military", "ranks", "units", "operation"])],
  ...["gone", "went"].map((verb): [string, ReadonlySet<string>] => [verb, new Set(["front"])]),
]);

/**
 * A recruitment verb right after the counted people, past their own "of the republic": "have signed contracts", "had
 * joined the army", "were mobilised", "are serving in the military", "had gone to the front" (not "went to the front line
 * with the brigade", a visit).
 */
function isRecruitment(tokens: Token[], end: number): boolean {
  end = pastOwnPhrase(tokens, end);
  for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
    const objects = ENLIST_VERBS.get(tokens[k].lower);
    if (objects === undefined) continue;
    if (objects === null) return true;
    // (the object a few words on: "have signed the 18–24 contract", "are serving in the Ukrainian army")
    for (let o = k + 1; o < Math.min(tokens.length, k + 7); o++) if (objects.has(tokens[o].lower) && !(tokens[o].lower === "front" && tokens[o + 1]?.lower === "line")) return true;
    return false;
  }
  return false;
}

const EMPLOY_VERBS = new Set(["employs", "employ", "employed", "employing"]);
const NUMBER_VERBS = new Set(["numbers", "numbered", "numbering"]);
const IS = new Set(["is", "are", "was", "were"]);

/**
 * People counted as a body's members: "it now employs 640 people", "the AFU garrison of Orekhov numbers around 1,500
 * people", "Andrii's team is eight people" (not "whose population once numbered 70,000 people"; "crews of 67 people" are
 * read where the candidate is found, candidates.ts).
 */
function countsMembers(tokens: Token[], noun: CountedNoun, quoteStart: number): boolean {
  const before = tokens[quoteStart - 1]?.lower ?? "";
  if (EMPLOY_VERBS.has(before)) return true;
  const members = GROUP_MEMBERS.has(tokens[noun.head].lower);
  if (NUMBER_VERBS.has(before)) return members && [2, 3, 4, 5].some((n) => MEMBER_BODIES.has(tokens[quoteStart - n]?.lower ?? ""));
  return IS.has(before) && MEMBER_BODIES.has(tokens[quoteStart - 2]?.lower ?? "") && members;
}

/** Person nouns that are personnel at work and people otherwise. */
const CIVILIAN_CONTEXT_NOUNS = new Set(["men", "workers", "engineers"]);
const CIVILIAN_WORDS = new Set(["women", "children", "families", "residents", "civilians", "evacuated", "evacuate", "left", "fled", "rescued", "displaced", "age", "hospitalised", "hospitalized", "relocated"]);

function civilianContext(tokens: Token[], start: number, end: number): boolean {
  for (let k = Math.max(0, start - 4); k < Math.min(tokens.length, end + 9); k++) if (CIVILIAN_WORDS.has(tokens[k].lower)) return true;
  return false;
}

const SHIP_NOUNS = new Set(["ships", "ship", "vessels", "vessel"]);
/** Words before "ships" that make them warships: "28 Russian surface ships", "enemy vessels", "landing ships". */
const WAR_SHIP_WORDS = new Set(["russian", "enemy", "surface", "landing", "missile", "naval", "patrol", "military", "war", "combat", "ukrainian", "fleet", "black", "sea"]);

function militaryShip(tokens: Token[], noun: CountedNoun): boolean {
  for (let k = noun.modifiersStart; k < noun.head; k++) if (WAR_SHIP_WORDS.has(tokens[k].lower)) return true;
  for (let k = 0; k < noun.modifiersStart; k++) if (tokens[k].lower === "fleet" || tokens[k].lower === "navy" || tokens[k].lower === "warships") return true; // "Russia's Black Sea Fleet withdrew 10 vessels"
  // "3 Russian ships in the Black Sea", "ships on duty": the navy's counts
  for (let k = noun.end; k < Math.min(tokens.length, noun.end + 5); k++) if (tokens[k].lower === "duty" || tokens[k].lower === "fleet") return true;
  return false;
}

/** "attacked 9 times", "hit ... in 138 areas": an attack verb earlier in the clause. */
export function attackVerbBefore(tokens: Token[], start: number, reach = 8, verbs: ReadonlySet<string> = ATTACK_VERBS): boolean {
  for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
    if (verbs.has(tokens[k].lower)) return true;
    if (tokens[k].text === ";") break;
  }
  return false;
}

const DROPPED_THINGS = new Set(["devices", "mines", "explosives"]);
const DROP_VERBS = new Set(["dropped", "dropping", "drops", "drop", "fired", "firing"]);
/** Verbs of a strike's harm (DAMAGE_WORDS without its nouns, "attack", "strike", "damage", which a service's clause may hold too). */
const STRUCK = new Set(["damaged", "destroyed", "hit", "struck", "shelled", "damaging", "destroying", "hitting", "striking"]);
const MAX_CLAUSE_REACH = 25;

/**
 * A verb of a strike's harm earlier in the clause of `at`, no comma or stop between ("damaged 14 sections of pipelines ...
 * and 2 gas distribution points"; not "After drones hit the substation, the city opened 12 Invincibility Points").
 */
function struckInClause(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - MAX_CLAUSE_REACH); k--) {
    if (tokens[k].text === ";" || tokens[k].text === "." || tokens[k].text === "," || tokens[k].text === ":") return false;
    if (STRUCK.has(tokens[k].lower)) return true;
  }
  return false;
}

export function mentionsBefore(tokens: Token[], end: number, words: Set<string>): boolean {
  for (let k = 0; k < end; k++) if (words.has(tokens[k].lower)) return true;
  return false;
}
