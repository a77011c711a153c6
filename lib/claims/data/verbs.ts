import type { Category } from "../types";

// Verbs that decide the category of a person count or the measure of drones and missiles.

export const CASUALTY_VERBS = new Map<string, Category>(Object.entries({
  killed: "killed", kill: "killed", kills: "killed", killing: "killed", died: "killed", die: "killed",
  dies: "killed", perished: "killed", slain: "killed", eliminated: "killed", dead: "killed",
  liquidated: "killed", executed: "killed", irretrievably: "killed", irrecoverably: "killed",
  injured: "injured", injuring: "injured", injures: "injured", injure: "injured", wounded: "injured",
  wounding: "injured", wounds: "injured", wound: "injured", hurt: "injured", hospitalised: "injured", hospitalized: "injured",
  captured: "captured", capturing: "captured", surrendered: "captured",
  // people held by police or border guards, or by occupiers ("212 men had been detained while trying to cross the border")
  detained: "people",
  lost: "casualties", losses: "casualties", loss: "casualties", loses: "casualties", lose: "casualties", losing: "casualties",
  // "more than 2,470 children have suffered ...: 631 children were killed and more than 1,840 injured": killed and injured together
  suffered: "casualties",
}));

/** Verbs of putting captives to death, right before their count: "shot 3 unarmed prisoners", "executed at least 56 POWs". */
export const EXECUTION_VERBS = new Set(["executed", "shot", "killed", "murdered", "executing", "shooting", "killing"]);

/** Verbs that make a drone or missile count a shoot-down rather than a launch. */
export const SHOT_DOWN_VERBS = new Set([
  "shot", "downed", "intercepted", "destroyed", "neutralised", "neutralized", "neutralizing", "neutralising",
  "suppressed", "jammed", "lost", "eliminated", "destroying", "intercepting", "downing",
]);
/**
 * Verbs by which one side defeats what the other sent ("Ukrainian defenders repelled 14 attacks", "the Russian Armed Forces
 * have destroyed 663 aircraft"): the attacks, drones and vehicles counted are the other side's.
 */
// (the shoot-down verbs but "lost" and "jammed", which say nothing of who defeated whom)
export const DEFEAT_VERBS = new Set([
  ...[...SHOT_DOWN_VERBS].filter((verb) => verb !== "lost" && verb !== "jammed"),
  "repelled", "repulsed", "repelling", "repel", "stopped", "thwarted", "foiled", "burned", "burnt", "disabled", "captured", "seized",
]);
/**
 * Words of a strike's harm: a thing so hit is infrastructure, not traffic or stock, and someone's doing (houses
 * "damaged" are; boiler houses "running on generators" and windows "glazed" are no one's).
 */
export const DAMAGE_WORDS = new Set(["damaged", "destroyed", "hit", "struck", "strike", "strikes", "attacked", "attack", "shelled", "burned", "burnt", "sank", "sunk", "damage", "wrecked"]);
/** More words of harm a building or vehicle suffers, beyond those that make a thing infrastructure: "windows were blown out". */
export const HARM_WORDS = new Set([...DAMAGE_WORDS, "blown", "smashed", "broken", "shattered", "ruined", "collapsed", "uninhabitable", "destruction", "debris", "blast", "explosion", "fire", "caught", "lost"]);
/** The aid words no launch shares: drones and missiles a sentence of them counts with no side named are donors'. */
export const PACKAGE_WORDS = new Set(["aid", "package", "packages", "tranche", "donated", "pledged", "pledge", "pledges", "assistance", "drawdown"]);
/**
 * Words of military aid, the package's and those of delivery, which launches share ("sent"): weapons counted in a sentence
 * with one of them and no side named are the donors' ("the package includes 20 Bradley IFVs").
 */
export const AID_WORDS = new Set([
  ...PACKAGE_WORDS, "deliver", "delivers", "delivered", "delivering", "deliveries", "supplied", "supply", "supplying", "donate",
  "provided", "provide", "handed", "send", "sent", "sending",
]);
export const LAUNCH_VERBS = new Set(["launched", "fired", "launching", "firing", "used", "deployed", "sent", "attacked"]);
/**
 * Verbs of a launch a regional head relays as the country's air tally ("Russia launched 40 drones overnight, Syniehubov
 * said"): not "attacked 31 settlements with 96 drones" or "deployed", which count what struck his own region.
 */
export const TALLY_LAUNCH_VERBS = new Set(["launched", "launches", "fired", "fires", "sent", "sends", "used"]);

/** Verbs under which an unknown count is a count of attacks ("hit ... in 138 areas", "attacked 9 times"). */
export const ATTACK_VERBS = new Set([
  "attacked", "attack", "attacks", "attacking", "shelled", "struck", "hit", "stormed", "tried", "attempted", "fired", "try", "tries",
  "assaulted", "bombed", "targeted", "shelling",
  "fire", // "came under fire 17 times", "opened fire 12 times"
]);

/**
 * Verbs that count attacks only with a number of times after them ("counterattacked three times overnight", "shell Energodar 6
 * times", "storm positions up to 60 times a day"): not before a thing counted ("The SBU raided 15 offices", "a storm cut 40 lines").
 */
export const REPEATED_ATTACK_VERBS = new Set([...ATTACK_VERBS, "counterattacked", "counterattack", "shell", "storm", "storms", "storming", "bombarded", "raided"]);

/** Words for people counted by what was done for them: "Evacuated" heading a column, "more than 121,000 evacuated". */
export const PEOPLE_MOVED = new Set(["evacuated", "relocated", "resettled", "rescued"]);

/** Evacuation verbs: a plan ("considering evacuating") vs a fact ("were evacuated"). */
export const PLAN_WORDS = new Set(["consider", "considering", "plan", "plans", "planning", "planned", "may", "might", "could", "would", "will", "intend", "intends", "prepare", "preparing"]);
export const EVACUATION_WORDS = new Set(["evacuate", "evacuating", "evacuated", "evacuation", "evacuations", "relocate", "relocated", "taken"]);

/** Frontage vs depth vs distance to a place, decided by the words after the distance. */
export const FRONTAGE_WORDS = new Set(["wide", "along", "across", "front", "frontage", "width"]);
export const DEPTH_WORDS = new Set(["deep", "into", "depth", "forward", "advance", "advanced", "advancing", "inside"]);
export const DISTANCE_TO_WORDS = new Set(["from", "of", "away", "outside", "short", "to", "toward", "towards", "within"]);
