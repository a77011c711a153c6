import { isRussianPlaceName } from "./data/gazetteer";
import { SPEECH_VERBS, UN_BODIES, UNITED_NATIONS, type Source } from "./data/sources";
import { mentionsBefore, surrenderedAfter } from "./categories";
import { COMBATANT_PEOPLE, CRIME_NOUNS, DEMINER_NOUNS, isDamageEstimate, leftoverExplosives, mentionsEconomy, mentionsNaturalCause, namesRussianEconomy, namesWarCrimes, strengthAfter } from "./actor-topics";
import { CURRENCY_SIDES, ENEMY_WORDS, OWN_WORDS, RUSSIAN_VOICE, SIDE_WORDS, THIRD_PARTY_COUNTRIES, THIRD_PARTY_WORDS, UKRAINIAN_VOICE, WEAPON_WORDS, WESTERN_SYSTEMS } from "./data/sides";
import { AID_WORDS, DEFEAT_VERBS, HARM_WORDS, PACKAGE_WORDS } from "./data/verbs";
import type { CountedNoun } from "./counted-noun";
import { NOUNS } from "./data/nouns";
import { YEAR } from "./data/periods";
import { DASHES, type Token } from "./tokenize";
import { WordSet } from "./word-set";
import type { Actor, Category } from "./types";

// Whose attacks, drones, troops or losses a figure counts. Explicit words win ("14 Ukrainian
// counterattacks", "attacks by enemy assault groups"); then the agent of the clause ("Russia launched
// 72 drones"); then, for damage and casualties, whoever fired the weapon the sentence mentions.

export type ActorInput = {
  tokens: Token[];
  start: number;
  end: number;
  noun: CountedNoun | null;
  category: Category;
  isDuration: boolean;
  /** The stated unit: a currency's ISO code for money. */
  unit: string;
  /** The sentence's agent words, found once for all its claims and only if one needs them. */
  agents: Agents;
  sourceSide: Actor;
  /** Whether the sentence or one before it in the paragraph names a weapon; asked only when needed. */
  weapons: { nearby(): boolean };
  /** The heading of the list the figure is in, if any: it may say the items were damaged ("Damaged:" over "– 231 private houses;"). */
  listHead: Token[] | null;
};

const OBJECT_PREPOSITIONS = new WordSet(["at", "on", "against", "into", "in", "of", "to", "across", "over", "toward", "towards", "inside", "from"]);
const OBJECT_NOUNS = new WordSet(["territory", "border", "positions", "position", "defences", "defenses", "cities", "airspace", "regions", "soil", "lines", "side", "land", "energy", "infrastructure", "facilities", "grid", "ports", "towns", "villages", "settlements"]);
const COMPASS_WORDS = new WordSet(["eastern", "western", "northern", "southern", "central", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"]);
const SCOPE_BREAKERS = new WordSet(["war", "invasion", "conflict"]);
/** Bare country or capital names act only as the subject of a verb: "Russia launched", not "in northeast Ukraine,". */
const COUNTRY_NOUNS = new WordSet(["russia", "ukraine", "kyiv", "kiev", "moscow", ...THIRD_PARTY_COUNTRIES]);
const SUBJECT_FOLLOWERS = new Set([
  "has", "have", "had", "is", "was", "were", "are", "will", "would", "says", "said", "also", "still", "claims", "continues",
  // modals and intentions: "Russia can now produce 2,700 Shahed-type drones a month", "Ukraine plans to order ..."
  "can", "could", "may", "might", "must", "should", "plans", "wants", "intends", "aims",
  // irregular pasts: "Russia lost an average of 1,240 men a day", "Russia sent 40 drones"
  "lost", "sent", "shot", "struck", "hit", "took", "gave", "made", "spent", "fought", "brought", "built",
]);

/** A regular past tense by its ending: "launched", "pushed". */
function isPastVerb(token: Token | undefined): boolean {
  return !!token && /^[a-z]+ed$/.test(token.lower);
}

/** Adverbs between a subject and its verb: "Russia now has nearly 600,000 troops", "Ukraine already mobilises". */
const SUBJECT_ADVERBS = new Set(["now", "already", "reportedly", "currently", "recently", "again", "likely", "probably", "allegedly", "just", "then"]);

function isSubject(next: Token | undefined, after?: Token): boolean {
  if (next && after && SUBJECT_ADVERBS.has(next.lower)) return isSubject(after);
  // (a headline's passive is no subject's verb: "Kyiv hit by massive attack: 23 dead")
  if (after?.lower === "by") return false;
  // ("Ukraine needs at least 10 more Patriot systems", "Ukraine today operates six Patriot batteries": a present verb)
  return !!next && (SUBJECT_FOLLOWERS.has(next.lower) || isPastVerb(next) || /^[a-z]{2,}[^s']s$/.test(next.text));
}

/**
 * What `resolveActor` leaves to the claim's place: undefined, harm no one is named for (a UN body's tolls stay no one's);
 * `AT_PLACE`, what a source of no side reports of harm near a weapon, of drones or of blasts: the doing of the side the
 * place is not.
 */
export const AT_PLACE = "at place";
export type PendingActor = Actor | undefined | typeof AT_PLACE;

const CIVILIAN: Category[] = ["killed", "injured", "casualties", "infrastructure", "people", "settlements"];

/**
 * The side whose action a figure counts, or undefined (or `AT_PLACE`) for harm to people or buildings that nothing in the
 * text ascribes: `actorAtPlace` then decides from where it happened, once the claim's place is known.
 */
export function resolveActor(input: ActorInput): PendingActor {
  const { tokens, noun, category } = input;
  // (people deported or abducted are Russia's doing in this war's reports, as the gold set keeps them: "19,546 children
  // deported or forcibly displaced")
  if (category === "people" && mentions(tokens, DEPORTATION_WORDS)) return "russia";
  if (category === "other" && !input.isDuration) return otherSide(input);
  // (prisoners taken, held, freed or exchanged are no side's doing in the gold set: "95 Ukrainian defenders returned home")
  // (but those who surrendered or were taken prisoner are their side's loss: "53 Ukrainian servicemen laid down their arms
  // and surrendered", "Two more Russian soldiers surrendered")
  if (category === "people" || (category === "captured" && !(noun && surrenderedAfter(tokens, noun.end)))) return null;
  // (victims of mines and leftover explosives are no side's doing in the gold set: "318 civilians have been killed and 689
  // injured by mines and explosive remnants")
  // (as are deminers killed at their work and victims of "explosive objects", where no weapon is named: "In the line of
  // duty, 14 pyrotechnicians have been killed", "4 civilians were killed and 9 injured by explosive objects")
  if ((category === "killed" || category === "injured" || category === "casualties") && (mentions(tokens, MINE_WORDS) || ((leftoverExplosives(tokens) || (noun !== null && DEMINER_NOUNS.hasToken(tokens[noun.head]))) && !mentionsWeapon(tokens)))) return null;
  // (the dead handed back are no side's doing in the gold set: "Ukraine received the bodies of 1,000 people", "Russia was
  // handed the bodies of 31 of its soldiers")
  if (category === "killed" && (mentions(tokens, REPATRIATION_WORDS) || (mentions(tokens, BODY_WORDS) && mentions(tokens, HANDOVER_WORDS)))) return null;
  // (settlements evacuated or cut off from power, with no harm said, are no side's doing: "Mandatory evacuation covers 35
  // settlements along the Dnipro", "340 settlements had been partly or fully without power")
  if (category === "settlements" && mentions(tokens, EVACUATION_OR_SUPPLY) && !mentionsHarm(tokens)) return null;
  // ("11 of our 37 municipal buses", "31 of 44 boiler houses": the whole a share of it was hit out of, itself unharmed)
  if ((category === "infrastructure" || category === "settlements") && isWholeOfShare(tokens, input.start)) return null;
  // ("municipal services have already boarded up 120 of them": what the repairs covered, whatever harm the sentence says before)
  if (category === "infrastructure" && repairedRightBefore(tokens, input.start)) return null;
  // (a side word on civilians killed or injured names the victims, not whose doing it was: "At least 38 Kyiv residents have
  // been killed in Russian strikes", "17 of our residents"; troops are still counted by the side that lost them)
  const victims = countsCivilians(tokens, noun) && (category === "killed" || category === "injured" || category === "casualties");
  const explicit = victims ? undefined : explicitSide(input);
  // ("the execution of at least 56 Ukrainian servicemen", "11 deaths of Ukrainian POWs in Russian custody": prisoners and
  // the executed are killed by the side holding them, their deaths that side's doing, not their side's loss)
  if (category === "killed" && (explicit === "russia" || explicit === "ukraine") && (executionOf(tokens, input.start) || countsPrisoners(tokens, noun))) return opposite(explicit);
  if (explicit !== undefined) return explicit;
  // ("It includes 3 Patriot air-defence systems, 52 Gepard anti-aircraft guns": a donor's; "Iskander-M strikes had
  // destroyed three HIMARS launchers": Ukraine's)
  // (for missiles only a package's words: "Ukraine sent 12 Storm Shadow missiles at Crimea" is its own launch)
  // (a third country's source counts its own: "Romania currently flies 16 F-16 aircraft", the Romanian MoD said)
  if ((category === "equipment" || category === "missiles") && namesWesternSystem(input)) return input.sourceSide === "other" || mentions(tokens, category === "missiles" ? PACKAGE_WORDS : AID_WORDS) ? "other" : "ukraine";
  if (noun?.entry.cls === "mutual") return null;
  if (noun?.entry.cls === "person" && category !== "casualties" && category !== "personnel" && noun.entry.category === "people") {
    return nearWeaponOrHarm(input);
  }
  const agent = agentBefore(input);
  if (agent !== undefined) return agent;
  if (CIVILIAN.includes(category)) return nearWeaponOrHarm(input);
  if (category === "personnel") return personnelSide(input);
  // ("the front line is now 4–5 kilometres from the edge of Kostiantynivka", "assault units advanced 600-700 m", "launched
  // from the Belgorod region, about 40 kilometres from the city": the front's and its launches' distances are the
  // invader's, whoever tells them)
  // (not where a place lies: "Orikhiv lies about 7 km from the front line" is no one's doing)
  if (category === "distance" && mentions(tokens, FRONT_WORDS) && !mentions(tokens, LIES_WORDS)) return "russia";
  // ("176 sq km of Russian gains", "Russia seized about 560 square kilometers", "31.6 km² occupied": ground taken is the
  // invader's, whoever tells it)
  if (category === "area" && mentions(tokens, GAIN_WORDS)) return "russia";
  if (category === "other" || category === "distance" || category === "area") return null;
  // ("this tranche includes ... 20 Bradley Infantry Fighting Vehicles": weapons in a sentence of aid are the donors')
  if (category === "equipment" && mentions(tokens, AID_WORDS)) return "other";
  // ("The package also includes 60 reconnaissance drones": drones and missiles only in a package's or pledge's words, not
  // "sent", which Russia's launches share)
  if ((category === "drones" || category === "missiles") && mentions(tokens, PACKAGE_WORDS)) return "other";
  // ("his brigade received about 3,200 FPV drones", "Korshun made 23,000 FPV drones in April": drones made, bought or
  // received are the speaker's own side's, not the enemy's it counts launched)
  // ("the company was making about 4,000 interceptors a month", "We lose around 40 drones daily": made or lost, and
  // interceptors, which only Ukraine's reports count, are the speaker's own side's)
  if (category === "drones" && (procures(tokens) || lostRightBefore(tokens, input.start) || (noun && INTERCEPTOR_NOUNS.has(tokens[noun.head].lower)))) return input.sourceSide ?? "ukraine";
  // ("His crew flies up to 30 missions a night", "46 sorties": the flights a drone crew tells of are its own side's)
  if (category === "drones" && noun && SORTIE_NOUNS.has(tokens[noun.head].lower)) return input.sourceSide ?? "ukraine";
  // a sum no side is named with: roubles are Russia's, hryvnias Ukraine's, other currencies mostly aid, appeals and insurance
  // (a damage estimate in a side's currency is the other side's doing: "Investigators put the material damage at UAH 186
  // million", "Preliminary damage in the Voronezh region is estimated at about 140 million rubles"; not what is paid for it)
  // (a damage estimate in another currency is the doing of the side the damaged place is not: "The World Bank put direct damage
  // to the energy sector at $20.5 billion")
  if (category === "money") {
    const side = CURRENCY_SIDES.get(input.unit);
    if (!side && isDamageEstimate(tokens)) return AT_PLACE;
    if (!side) return droneCostOwner(tokens, input.start, input.sourceSide) ?? "other";
    return isDamageEstimate(tokens) ? opposite(side) : side;
  }
  if (!tokens.length) return null;
  // (equipment a third country's source counts is its own or what it gives: "the army currently has about 105 howitzers",
  // Germany's defence ministry said)
  if (input.sourceSide === "other" && category === "equipment") return "other";
  // (drones and blasts a source of no side counts go by where they were: "11 UAVs were shot down over its territory" in
  // Volgograd are Ukraine's; not missiles or equipment, counted where they are launched or kept)
  return input.sourceSide === null && (category === "drones" || category === "attacks") ? AT_PLACE : opposite(input.sourceSide);
}

/** Verbs of holding ground: a share of it is the holder's ("Russian forces now control roughly 85 percent of Toretsk"). */
const CONTROL_WORDS = new WordSet(["control", "controls", "occupy", "occupies", "hold", "holds"]);

/** A third country's word in the figure's own phrase ("11 Japanese companies"), none of the belligerents'. */
function thirdCountryPhrase(input: ActorInput): boolean {
  return !!input.noun && sideInPhrase(input, true) === "other";
}

/**
 * Figures of no category (`other`) are no one's, except war crimes registered ("More than 185,000 war crimes ... have been
 * registered": Russia's, unless named otherwise), Russia's economy in figures ("the Bank of Russia cut its key rate to
 * 20%": Russia's), a unit's manning ("at about 60% of its authorised strength": its side's) and a share of ground a side
 * holds ("Russia now occupies about 113,100 sq km, or 18.7% of Ukraine": the holder's).
 */
function otherSide(input: ActorInput): Actor {
  const { tokens, noun } = input;
  // ("11 Japanese companies", "12 Danish companies": a third country's own things)
  if (thirdCountryPhrase(input)) return "other";
  if (noun && CRIME_NOUNS.hasToken(tokens[noun.head])) return explicitSide(input) ?? (namesWarCrimes(tokens) ? "russia" : null);
  // ("Defense Spending Hits 6.3% of GDP", "the Bank of Russia cut its key rate to 20%", "The deficit reached 2.2 trillion
  // rubles, or 1% of GDP": Russia's economy in figures is Russia's; the gold set gives Ukraine's economy no actor)
  // (a measure or a share, not a count of things: "342 vessels" on a sanctions list stay no one's)
  const measure = input.unit !== "count" || !noun;
  if (measure && mentionsEconomy(tokens) && namesRussianEconomy(tokens)) return "russia";
  if (input.unit !== "percent") return null;
  // ("His battalion was at about 60% of its authorised strength", "fresh brigades arrive at 40-50% strength": a unit's
  // manning is its side's, the side the sentence names before the figure, else the speaker's, else Ukraine's, whose
  // manning this war's reports discuss)
  if (strengthAfter(tokens, input.end)) {
    for (let k = input.start - 1; k >= 0; k--) {
      const side = sideOf(tokens, k, input.sourceSide, false);
      if (side !== undefined && !OWN_WORDS.has(tokens[k].lower)) return side;
    }
    return input.sourceSide ?? "ukraine";
  }
  // the holder is the subject of the verb of holding nearest the figure ("the Ukrainians still hold about 45 percent",
  // "19%: the share of Ukraine Russia occupies"; "we", "our troops", "under our control": the speaker's side)
  let holder: Actor | undefined;
  let distance = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    const control = CONTROL_WORDS.hasToken(tokens[k]) || (tokens[k].lower === "our" && tokens[k + 1]?.lower === "control");
    if (!control || Math.abs(k - input.start) >= distance) continue;
    for (let j = k - (tokens[k].lower === "our" ? 0 : 1); j >= Math.max(0, k - HOLDER_REACH); j--) {
      const side = OWN_WORDS.has(tokens[j].lower) ? (input.sourceSide ?? "ukraine") : sideOf(tokens, j, input.sourceSide, false);
      if (side === undefined) continue;
      holder = side;
      distance = Math.abs(k - input.start);
      break;
    }
  }
  return holder ?? null;
}

/** How far before its verb of holding a holder may stand: "Russian forces now control", "we still hold". */
const HOLDER_REACH = 3;

/**
 * Troops no word in their phrase gives a side: the small groups that attack ("in groups of 5 to 7 men") are the enemy's of
 * the speaker; any others are the speaker's own side's ("81,600 men had been mobilised, he said"), else the side the
 * sentence names ("52,000 people signed military contracts with the Russian MoD").
 */
function personnelSide(input: ActorInput): Actor {
  const { tokens, start } = input;
  if (tokens[start - 1]?.lower === "of" && GROUP_NOUNS.has(tokens[start - 2]?.lower ?? "")) return opposite(input.sourceSide);
  return input.sourceSide ?? belligerentNamed(tokens);
}

/** Whether the figure at `start` is the whole after "N of (our|its|the|their)": "27 of our 41 boiler houses". */
function isWholeOfShare(tokens: Token[], start: number): boolean {
  const of = SHARE_OWNERS.has(tokens[start - 1]?.lower ?? "") ? start - 2 : start - 1;
  return tokens[of]?.lower === "of" && tokens[of - 1]?.kind === "num";
}

const SHARE_OWNERS = new Set(["our", "its", "the", "their", "his", "her"]);

/** A repair's verb within the few words before the figure: "boarded up 120", "covered the windows of 8", "restored about 2,100". */
function repairedRightBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    if (REPAIR_VERBS.has(tokens[k].lower)) return true;
    if (tokens[k].kind === "punct" || tokens[k].kind === "num") return false;
  }
  return false;
}

const REPAIR_VERBS = new Set(["boarded", "glazed", "repaired", "restored", "covered", "rebuilt", "reconnected"]);

/**
 * The side a page speaks from when its own voice is of no known side: Russia's when it names the war and the enemy as the
 * Russian side does, in two ways or three times ("CHRONICLE OF THE SPECIAL MILITARY OPERATION", "the AFU lost 6 boats"),
 * never as Ukraine's side does, and not as another's words ("the so-called special military operation"); else null. So a
 * channel's "the enemy lost 3 armoured vehicles" counts Ukraine's losses.
 */
export function pageSide(text: string): Actor {
  if (UKRAINIAN_VOICE.test(text)) return null;
  const markers = [...text.matchAll(RUSSIAN_VOICE)].filter((match) => !SO_CALLED.test(text.slice(Math.max(0, match.index - 12), match.index))).map((match) => match[1].toLowerCase());
  return new Set(markers).size >= 2 || markers.length >= 3 ? "russia" : null;
}

/**
 * Whether the counted phrase names a system only Ukraine and its donors field ("18 Leopard 2 tanks", "six IRIS-T SLM units"),
 * by a word or a designation written as one ("two F-16s", "18 M777 howitzers", read across its unspaced parts).
 */
function namesWesternSystem(input: ActorInput): boolean {
  const { tokens } = input;
  const end = input.noun ? input.noun.end : input.end;
  for (let k = input.start; k < end; k++) {
    if (WESTERN_SYSTEMS.has(tokens[k].lower)) return true;
    let designation = tokens[k].lower;
    for (let j = k + 1; j < end && j <= k + 3 && !tokens[j].spaced; j++) {
      designation += tokens[j].lower;
      if (WESTERN_SYSTEMS.has(designation)) return true;
    }
  }
  return false;
}

/** "so-called", "quote" right before a marker: another's words, not the page's own ("the so-called special military operation"). */
const SO_CALLED = /(?:so-called|so called|["“«])\s*$/i;

/** The first of the two belligerents a sentence names ("contracts with the Russian MoD"), or null. */
function belligerentNamed(tokens: Token[]): Actor {
  for (const token of tokens) {
    const side = SIDE_WORDS.get(token.lower);
    if (side === "russia" || side === "ukraine") return side;
  }
  return null;
}

const GROUP_NOUNS = new Set(["groups", "group"]);

const EVACUATION_OR_SUPPLY = new Set(["evacuation", "evacuate", "evacuating", "evacuated", "power", "electricity", "reconnected", "deliver", "delivered"]);

const REPATRIATION_WORDS = new Set(["repatriated", "repatriation", "repatriations"]);
const BODY_WORDS = new Set(["bodies", "fallen"]);
/** Words of a hand-over between the sides ("received the bodies of", "handed over", "brought back"), not of recovery ("brought out"). */
const HANDOVER_WORDS = new Set(["handed", "received", "returned", "return", "back", "exchanged", "exchange"]);

const MINE_WORDS = new Set(["mine", "mines", "landmine", "landmines", "remnants", "unexploded", "tripwire"]);

const FRONT_WORDS = new Set(["front", "frontline", "positions", "position", "advance", "advanced", "advancing", "advances", "moved", "pushed", "fighting", "launched", "launch", "flew"]);

const GAIN_WORDS = new Set(["gains", "gain", "gained", "occupied", "seized", "seize", "captured", "capture", "advance", "advanced", "took", "taken", "bridgehead"]);

const LIES_WORDS = new Set(["lies", "lie", "lying", "located", "situated"]);

const SORTIE_NOUNS = new Set(["sorties", "sortie", "missions", "flights"]);

const INTERCEPTOR_NOUNS = new Set(["interceptors", "interceptor"]);
const LOSS_VERBS = new Set(["lose", "loses", "losing"]);

/** "We lose around 40 drones daily": a loss verb right before the figure (past its qualifier), not elsewhere in the sentence. */
function lostRightBefore(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) if (LOSS_VERBS.has(tokens[k].lower)) return true;
  return false;
}

const PROCUREMENT_WORDS = new Set(["made", "makes", "produced", "produces", "produce", "manufactured", "ordered", "order", "bought", "buy", "purchase", "purchased", "received", "receives", "procured", "contracts", "contracted", "delivered", "supplied"]);

/** A verb of making or getting, not the last part of an origin ("French-made bombs", "U.S.-made projectiles"). */
function procures(tokens: Token[]): boolean {
  return tokens.some((t, k) => PROCUREMENT_WORDS.has(t.lower) && !(tokens[k - 1]?.text === "-" && !t.spaced));
}

/**
 * Whose drone or interceptor a sum in a currency of no side is the price of, its cost word right before the figure and the
 * thing priced before that: whom it costs, named after the verb ("costs Russia"); else its flier's ("Every drone costs us
 * about $310", "an FPV drone costs the crew about $400": Ukraine's, whose crews the reports ask), or Russia's where the drone
 * is ("A Shahed costs about $50,000"); undefined for any other sum. ("An FPV drone costing $400 can destroy a Russian tank"
 * is still Ukraine's price: the Russian word comes after.)
 */
function droneCostOwner(tokens: Token[], start: number, sourceSide: Actor): Actor | undefined {
  let cost = -1;
  for (let k = start - 1; k >= Math.max(0, start - COST_REACH); k--) if (COST_WORDS.has(tokens[k].lower)) cost = k;
  if (cost < 0) return undefined;
  // (whom it costs, named right after the cost word: "A single PAC-3 MSE interceptor costs Ukraine more than $4 million")
  const payer = SIDE_WORDS.get(tokens[cost + 1]?.lower ?? "");
  if (payer === "russia" || payer === "ukraine") return payer;
  // (the thing priced is in the cost word's own clause: not "A Shahed costs about $50,000, while each Patriot interceptor
  // fired at it costs $4 million"; an aside's commas do not end it, "A Shahed-136, by contrast, costs Russia ...")
  let clause = cost;
  while (clause > 0 && tokens[clause - 1].text !== ";" && !(tokens[clause - 1].text === "," && CLAUSE_JOINS.has(tokens[clause].lower))) clause--;
  const priced = tokens.slice(clause, cost);
  if (!priced.some((token) => DRONE_WORDS.has(token.lower))) return undefined;
  const russian = priced.some((token) => RUSSIAN_DRONE_WORDS.has(token.lower));
  return russian ? "russia" : sourceSide ?? "ukraine";
}

/** Words that open a clause of its own after a comma: "..., while each Patriot interceptor ... costs $4 million". */
const CLAUSE_JOINS = new Set(["while", "whereas", "but", "and", "though", "although"]);

/** How far before the figure its cost word may stand: "costs us about $310", "costs the crew about $400". */
const COST_REACH = 4;
const COST_WORDS = new Set(["cost", "costs", "costing"]);
/**
 * Drones, and interceptors, drones or Patriot missiles that Ukraine's air defence fires ("The interceptors now on the market
 * cost between $2,500 and $5,000", "each Patriot interceptor fired at it costs $4 million").
 */
const DRONE_WORDS = new Set(["drone", "drones", "fpv", "fpvs", "mavic", "mavics", "uav", "uavs", "shahed", "shaheds", "geran", "interceptor", "interceptors"]);
const RUSSIAN_DRONE_WORDS = new Set(["russian", "russia's", "shahed", "shaheds", "shahed-136", "geran", "geran-2"]);

const DEPORTATION_WORDS = new Set(["deported", "deportation", "deporting", "forcibly", "abducted", "abduction", "kidnapped"]);

/** Harm the gold set gives to the side that caused it: the dead, the wounded, damaged buildings, shelled settlements. */
const HARMED: Category[] = ["killed", "injured", "infrastructure", "settlements"];

/**
 * With a weapon in the paragraph, the enemy of the speaker, or, for harm a speaker of no side reports, of the place's
 * side ("Five civilians were injured in a drone attack in Rylsk"); else harm is left to its place to decide (undefined),
 * and anything else is no one's.
 */
function nearWeaponOrHarm(input: ActorInput): PendingActor {
  if (input.weapons.nearby()) return input.sourceSide === null && isHarm(input) ? AT_PLACE : opposite(input.sourceSide);
  return isHarm(input) ? undefined : null;
}

const mentions = (tokens: Token[], words: Set<string>) => mentionsBefore(tokens, tokens.length, words);

/**
 * A word of execution governing the figure at `start`: "the execution of at least 56 Ukrainian servicemen", "executed 2 Russian
 * servicemen" (not "executed a massive strike, killing 14 soldiers"). Only execution's words: categories' EXECUTION_VERBS
 * holds every verb of killing.
 */
function executionOf(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (EXECUTION_WORDS.has(tokens[k].lower)) return true;
    if (tokens[k].kind !== "word" || (tokens[k].lower !== "of" && tokens[k].lower !== "the")) return false;
  }
  return false;
}

const EXECUTION_WORDS = new Set(["executed", "execution", "executions", "executing"]);

/**
 * "273 Ukrainian POWs", "three Ukrainian prisoners of war", "11 deaths of Ukrainian POWs": captives (the lexicon's `captured`
 * nouns) in the counted phrase itself (not "killed 40 Russian soldiers and took prisoners").
 */
function countsPrisoners(tokens: Token[], noun: CountedNoun | null): boolean {
  if (!noun) return false;
  // (the phrase's own "of ...": "11 deaths of Ukrainian POWs")
  const end = tokens[noun.end]?.lower === "of" ? noun.end + 3 : noun.end;
  for (let k = noun.head; k < Math.min(tokens.length, end); k++) if (NOUNS.get(tokens[k].lower)?.category === "captured") return true;
  return false;
}

/** Whether the counted noun is people not under arms: "civilians", "residents", "children" (not "servicemen", "fighters"). */
export function countsCivilians(tokens: Token[], noun: CountedNoun | null): boolean {
  return noun?.entry.cls === "person" && noun.entry.category === "people" && !COMBATANT_PEOPLE.hasToken(tokens[noun.head]);
}

/** Whether a figure counts harm: the dead and wounded, shelled settlements, buildings the sentence says were damaged. */
function isHarm(input: ActorInput): boolean {
  if (!HARMED.includes(input.category)) return false;
  return input.category !== "infrastructure" || mentionsHarm(input.tokens) || (input.listHead !== null && mentionsHarm(input.listHead));
}

/**
 * Whether a sentence or a heading says something was damaged, hit or lost ("were damaged", "blown out", "debris"), is beyond
 * repair or was left without its windows ("112 houses are beyond repair", "60 flats have no windows").
 */
function mentionsHarm(tokens: Token[]): boolean {
  if (mentions(tokens, HARM_WORDS)) return true;
  // ("40 houses were left with no windows after the storm": a storm's is no side's)
  if (mentionsNaturalCause(tokens)) return false;
  for (let k = 0; k < tokens.length - 1; k++) {
    const next = tokens[k + 1].lower;
    if ((tokens[k].lower === "beyond" && next === "repair") || ((tokens[k].lower === "no" || tokens[k].lower === "without") && (next === "windows" || next === "glazing"))) return true;
  }
  return false;
}

/**
 * Harm counted at a place and ascribed to no one is the other side's: a Ukrainian town's dead and damaged houses are
 * Russia's doing, a Russian village's Ukraine's. Unplaced harm is Russia's, as most of the war's is (the gold set's dev
 * figures of the dead with no place: Russia's 114, no one's 60, Ukraine's 28; the page's last place decided worse).
 */
function actorAtPlace(place: string | null): Actor {
  return place && isRussianPlaceName(place) ? "ukraine" : "russia";
}

/**
 * Crews, workers, deminers and police at work, and "personnel" counted with their units of equipment: like rescuers,
 * the side's that holds the place they work in.
 */
export function isWorkforce(tokens: Token[], noun: CountedNoun | null): boolean {
  if (!noun) return false;
  const head = tokens[noun.head].lower;
  if (WORKFORCE_NOUNS.hasToken(tokens[noun.head])) return true;
  // ("47 rescuers and 12 fire engines had worked at the site": their vehicles with them)
  if (RESPONSE_VEHICLES.has(head)) return tokens.some((token) => WORKFORCE_NOUNS.hasToken(token));
  return head === "personnel" && tokens.some((token, k) => token.lower === "equipment" && tokens[k - 2]?.lower === "units");
}

const RESPONSE_VEHICLES = new Set(["engines", "vehicles", "trucks", "machines", "machinery"]);

const WORKFORCE_NOUNS = new WordSet([
  "rescuers", "firefighters", "crews", "workers", "engineers", "deminers", "pyrotechnicians", "sappers", "officers", "experts",
  "specialists", "electricians", "repairmen", "medics", "doctors", "paramedics",
]);

/**
 * Rescuers and their machinery at a scene are the side's that holds the place: Russia's in Russia, else Ukraine's;
 * a third country's own body's are that country's ("Twelve border police officers", the Moldovan Border Police said).
 */
function responderAtPlace(place: string | null, sourceSide: Actor): Actor {
  if (sourceSide === "other") return "other";
  if (place) return isRussianPlaceName(place) ? "russia" : "ukraine";
  return sourceSide ?? "ukraine";
}

/**
 * A claim's actor once its place and source are known: harm `resolveActor` left undecided goes by the place (not a UN
 * body's tolls, which ascribe harm to no one: "HRMMU recorded 2,088 civilians killed"); responders at a scene, crews at
 * work and their vehicles are the side's holding the place.
 */
export function settleActor(actor: PendingActor, c: { category: Category; place: string | null; source: Source | null; atScene: () => boolean; workforce: () => boolean; listedDead: () => boolean }): Actor {
  // ("the Mediazona list is led by Bashkortostan with 5,802 confirmed deaths": on a page keeping a list of Russia's war dead,
  // the dead of a place in Russia are Russia's own, where they came from, not harm done there; not its civilians, "243
  // civilians have been killed" in the Belgorod region, nor the dead of a strike, "5 were killed when a drone hit a bus")
  if ((actor === AT_PLACE || actor === undefined) && c.category === "killed" && c.place && isRussianPlaceName(c.place) && c.listedDead()) return "russia";
  if (actor === AT_PLACE) return actorAtPlace(c.place);
  if (actor === undefined) return c.source && (UN_BODIES.has(c.source.name) || c.source.name === UNITED_NATIONS) ? null : actorAtPlace(c.place);
  if (c.category !== "personnel" && c.category !== "equipment") return actor;
  const responding = c.atScene() || ((actor === null || c.category === "equipment") && c.workforce());
  if (responding) return responderAtPlace(c.place, c.source?.side ?? null);
  // (troops no word gives a side, raised in a Russian region: "more than 23,000 contract soldiers from the republic" of
  // Bashkortostan are Russia's)
  return actor === null && c.category === "personnel" && c.place && isRussianPlaceName(c.place) ? "russia" : actor;
}

export function opposite(side: Actor): Actor {
  return side === "russia" ? "ukraine" : "russia";
}

/** A side named inside the claim's own phrase, or undefined when none is. */
function explicitSide(input: ActorInput): Actor | undefined {
  const { tokens, noun } = input;
  const thirdParties = THIRD_PARTY_CATEGORIES.includes(input.category);
  const inPhrase = sideInPhrase(input, thirdParties);
  if (inPhrase !== undefined) return inPhrase;
  const to = noun ? noun.end : input.end;
  // "attacks by enemy assault groups", "assault detachments of the AFU"
  for (let k = to; k < Math.min(tokens.length, to + 7); k++) {
    const word = tokens[k].lower;
    if (word === "by" || word === "of") {
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
        // (not "480 square kilometres of Ukrainian territory": the land a figure is of is no one's doing)
        // (nor what the weapons were aimed at: "almost 120 missiles of various types against Ukraine")
        if (tokens[j].lower === "against") break;
        const side = OBJECT_NOUNS.hasToken(tokens[j + 1]) ? undefined : sideOf(tokens, j, input.sourceSide, thirdParties);
        if (side !== undefined) return side;
        if (tokens[j].text === "," || tokens[j].kind === "num") break;
      }
    }
    // (the phrase ends at another preposition: not "servicemen in the zones of responsibility of Russian battlegroups")
    if (tokens[k].text === "," || tokens[k].kind === "num" || PHRASE_ENDS.has(tokens[k].lower)) break;
  }
  return undefined;
}

/** The first side a word of the figure's own noun phrase names ("14 Ukrainian counterattacks", "11 Japanese companies"). */
function sideInPhrase(input: ActorInput, thirdParties: boolean): Actor | undefined {
  const { tokens, noun } = input;
  if (!noun) return undefined;
  for (let k = noun.modifiersStart; k < noun.end; k++) {
    const side = sideOf(tokens, k, input.sourceSide, thirdParties);
    if (side !== undefined) return side;
  }
  return undefined;
}

const PHRASE_ENDS = new Set(["in", "at", "near", "on", "over", "across", "along", "into", "towards", "toward"]);

/**
 * Per sentence, on first use: entry k of `nearest` is the index of the nearest token at or before k
 * that names the agent of a clause or stops the search ("war", ";"), or -1. `spans`: sources and
 * places, whose side words are not agents ("Ukraine's air force", "Ukraine's Kharkiv region").
 */
export class Agents {
  private readonly nearest: number[] = [];
  private excluded: Set<number> | null = null;

  constructor(private readonly tokens: Token[], private readonly spans: { start: number; end: number }[]) {}

  before(at: number): number {
    if (at <= 0) return -1;
    const { tokens, nearest } = this;
    if (!this.excluded) {
      this.excluded = new Set<number>();
      for (const span of this.spans) for (let k = span.start; k < span.end; k++) this.excluded.add(k);
    }
    for (let k = nearest.length; k < at; k++) nearest.push(isStop(tokens, k) || isAgent(tokens, k, this.excluded) ? k : k > 0 ? nearest[k - 1] : -1);
    return nearest[at - 1];
  }

  /** The last source before `at` that is its reported clause's subject too: "Ukraine says it downed ...". */
  selfSpeakerBefore(at: number): { start: number; end: number } | undefined {
    let found: { start: number; end: number } | undefined;
    for (const span of this.spans) if (span.end + 1 < at && speaksOfItself(this.tokens, span.end) && (!found || span.start > found.start)) found = span;
    return found;
  }
}

const SELF_PRONOUNS = new Set(["it", "its"]);

/** "says it", "said its": a source's speech verb whose reported clause has the source for its subject. */
function speaksOfItself(tokens: Token[], end: number): boolean {
  return SPEECH_VERBS.has(tokens[end]?.lower ?? "") && SELF_PRONOUNS.has(tokens[end + 1]?.lower ?? "");
}

function isStop(tokens: Token[], k: number): boolean {
  return SCOPE_BREAKERS.hasToken(tokens[k]) || tokens[k].text === ";";
}

/** Every word sideOf() can read a side from; all others are no agent, whatever surrounds them. */
const AGENT_WORDS = new WordSet([...SIDE_WORDS.keys(), ...ENEMY_WORDS, ...OWN_WORDS, ...THIRD_PARTY_COUNTRIES, ...THIRD_PARTY_WORDS]);
const WEAPONS = new WordSet(WEAPON_WORDS);

function isAgent(tokens: Token[], k: number, excluded: Set<number>): boolean {
  if (!AGENT_WORDS.hasToken(tokens[k]) || excluded.has(k) || tokens[k + 1]?.text === "-") return false;
  // ("the Kyiv regime has made 96 attempts ..., using 412 drones": a capital's regime is its side)
  const regime = tokens[k + 1]?.lower === "regime" ? 1 : 0;
  if (COUNTRY_NOUNS.hasToken(tokens[k]) && !isSubject(tokens[k + 1 + regime], tokens[k + 2 + regime])) return false;
  if (OBJECT_PREPOSITIONS.hasToken(tokens[k - 1])) return false;
  // (the object of a verb is no agent: "Assault groups have pushed the enemy back 400-500 metres"; not a speech verb's
  // clause, "air defence reported the enemy launched 45 drones")
  if (tokens[k - 1]?.lower === "the" && ENEMY_WORDS.has(tokens[k].lower) && isPastVerb(tokens[k - 2]) && !SPEECH_VERBS.has(tokens[k - 2].lower)) return false;
  // (a part of the country is a place: "captured two villages in eastern Ukraine's Donetsk region")
  if (COMPASS_WORDS.hasToken(tokens[k - 1])) return false;
  if (OBJECT_NOUNS.hasToken(tokens[k + 1])) return false;
  return sideOf(tokens, k, null) !== undefined;
}

/** Figures an agent can defeat: what the other side sent or fielded. */
const DEFEATED: Category[] = ["attacks", "drones", "missiles", "airstrikes", "equipment"];

function agentBefore(input: ActorInput): Actor | undefined {
  const { tokens, start } = input;
  const k = input.agents.before(start);
  // ("Russian glide bombs kill 6 ... as Ukraine says it downed 84 of 133 drones": what the speaker's own clause defeated is
  // the other side's, whoever acted before it)
  const speaker = DEFEATED.includes(input.category) ? input.agents.selfSpeakerBefore(start) : undefined;
  if (speaker && speaker.start > k) {
    const side = sideOf(tokens, speaker.start, null, false);
    if ((side === "russia" || side === "ukraine") && tokens.slice(speaker.end + 2, start).some((t) => DEFEAT_VERBS.has(t.lower))) return opposite(side);
  }
  if (k < 0 || isStop(tokens, k)) return undefined;
  const side = sideOf(tokens, k, input.sourceSide, THIRD_PARTY_CATEGORIES.includes(input.category));
  if (side === undefined || !DEFEATED.includes(input.category)) return side;
  // (a side counted with its things is what a defeat verb after it acted on, not the victor: "214 Russian vehicles
  // destroyed or damaged: 31 tanks, 58 IFVs/APCs" are Russia's)
  // (as is a side naming the things a list line's label counts: "▪️ enemy UAVs shot down – 1,020" are the enemy's)
  if (countsWithSide(tokens, k) || (isDefeatedThing(tokens[k + 1]) && NOUNS.get(tokens[k + 1].lower)?.category === input.category && labelsFigure(tokens, k + 2, start))) return side;
  for (let j = k + 1; j < start; j++) {
    if (DEFEAT_VERBS.has(tokens[j].lower)) return opposite(side);
    // (another clause with its own subject: "Russia launched 47 missiles ..., and air defence forces shot down 351 aerial
    // targets" are Russia's, as the agent launched them; not "Ukrainian troops repelled ..., and destroyed 10 tanks")
    // (past an adverb: "held the line, and overnight destroyed 12 tanks" shares the agent)
    if (tokens[j].text === "," && CLAUSE_JOINERS.has(tokens[j + 1]?.lower ?? "") && !DEFEAT_VERBS.has(tokens[firstAfterAdverbs(tokens, j + 2)]?.lower ?? "")) return side;
  }
  return side;
}

/** A label's dash or colon between `from` and the figure, nothing counted between: "shot down – 1,020", "downed: 2,416". */
function labelsFigure(tokens: Token[], from: number, start: number): boolean {
  for (let j = from; j < start; j++) {
    if (tokens[j].kind === "num") return false;
    if ((DASHES.has(tokens[j].text) || tokens[j].text === ":") && j >= start - 2) return true;
  }
  return false;
}

/** "214 Russian vehicles", "412 Russian soldiers": a count with the side of what it counts (not a year: "In 2024 Russian air defence"). */
function countsWithSide(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.kind === "num" && !YEAR.test(before.text) && NOUNS.has(tokens[k + 1]?.lower ?? "");
}

/** A weapon or vehicle noun ("UAVs", "tanks", "missiles"): what the line's defeat verb acted on. */
function isDefeatedThing(token: Token | undefined): boolean {
  const entry = token ? NOUNS.get(token.lower) : undefined;
  return !!entry && entry.cls === "thing" && DEFEATED.includes(entry.category);
}

const CLAUSE_JOINERS = new Set(["and", "while", "but", "whereas"]);

/** The first token from `k` that is no adverb ("overnight", "also", "then", "-ly"). */
function firstAfterAdverbs(tokens: Token[], k: number): number {
  while (k < tokens.length && (SUBJECT_ADVERBS.has(tokens[k].lower) || VERB_ADVERBS.has(tokens[k].lower) || /^[a-z]{3,}ly$/.test(tokens[k].lower))) k++;
  return k;
}
const VERB_ADVERBS = new Set(["overnight", "also", "later", "subsequently", "since"]);

/**
 * Figures a third party's word can own: what it sends, pays or trains ("six IRIS-T SLM fire units", "C$500 million",
 * "Danish instructors"). Its dead, its radars' tracks and the wars' weapons stay the belligerents' ("2 Polish farm workers
 * killed" by a stray missile, "Polish radars tracked 26 objects", "10,000 North Korean troops" sent to Russia).
 */
const THIRD_PARTY_CATEGORIES: Category[] = ["equipment", "money", "personnel"];

function sideOf(tokens: Token[], k: number, sourceSide: Actor, thirdParties = true): Actor | undefined {
  const word = tokens[k].lower;
  const side = SIDE_WORDS.get(word);
  if (side && tokens[k + 1]?.text !== "-") return side;
  if (ENEMY_WORDS.has(word)) return opposite(sourceSide);
  if (OWN_WORDS.has(word) && word !== "we") return sourceSide ?? "ukraine";
  if (thirdParties && (THIRD_PARTY_COUNTRIES.has(word) || THIRD_PARTY_WORDS.has(word)) && tokens[k + 1]?.text !== "-") return "other";
  return undefined;
}

/** Whether tokens start..end name a side ("12 Ukrainian tanks", "3 Russian drones"). */
export function namesSide(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (sideOf(tokens, k, null) !== undefined) return true;
  return false;
}

export function mentionsWeapon(tokens: Token[]): boolean {
  return WEAPONS.hasAnyToken(tokens);
}
