import type { Actor } from "../types";
import { CAPITAL_COUNTRIES, DEMONYMS_OF } from "./countries";
import { UNITS } from "./units";

// Words naming a side, and words that name "the other side" from the speaker's point of view.

export const SIDE_WORDS = new Map<string, Exclude<Actor, null>>(Object.entries({
  russian: "russia", russia: "russia", "russia's": "russia", russians: "russia", moscow: "russia",
  "moscow's": "russia", kremlin: "russia", "kremlin's": "russia", rf: "russia", wagner: "russia",
  ukrainian: "ukraine", ukraine: "ukraine", "ukraine's": "ukraine", ukrainians: "ukraine", kyiv: "ukraine",
  "kyiv's": "ukraine", kiev: "ukraine", "kiev's": "ukraine", afu: "ukraine", zsu: "ukraine",
  belarusian: "other", "north korean": "other", minsk: "other", "minsk's": "other",
}));

/** The side whose money a currency is; sums in any other currency are third parties'. */
export const CURRENCY_SIDES: ReadonlyMap<string, Exclude<Actor, null>> = new Map([["RUB", "russia"], ["UAH", "ukraine"]]);

/** The rouble as a text writes it: a figure in it is Russia's money ("a deficit of 2.2 trillion rubles"). */

/**
 * The one-word names of the two sides' currencies, by side: "hryvnias", "₴" Ukraine's, "rubles", "₽" Russia's (units.ts
 * spells them; not its codes "uah", "rub", which only capitals make codes: "therein lies the rub").
 */
export const CURRENCY_WORD_SIDES: ReadonlyMap<string, Exclude<Actor, null>> = new Map(
  UNITS.filter((entry) => entry.kind === "currency" && entry.words.length === 1 && CURRENCY_SIDES.has(entry.unit) && entry.words[0].toUpperCase() !== entry.unit)
    .map((entry) => [entry.words[0], CURRENCY_SIDES.get(entry.unit)!]),
);
export const RUBLE_WORDS: ReadonlySet<string> = new Set([...CURRENCY_WORD_SIDES].filter(([, side]) => side === "russia").map(([word]) => word));

/** Calling the other side by a role: resolved against the speaker's side (default: Ukrainian speaker). */
export const ENEMY_WORDS = new Set([
  "enemy", "enemy's", "adversary", "aggressor", "aggressor's", "occupiers", "occupier", "invaders", "invader",
  "occupying", "occupation",
]);

/**
 * How a page written from Russia's side names the war and the enemy ("the special military operation", "the AFU", "the Kiev
 * regime"), and how one from Ukraine's names the invader: a channel of no known side speaking so is Russia's.
 */
export const RUSSIAN_VOICE = /\b(special military operation|SMO|AFU|VSU|Kiev regime|Kievan regime|neo-Nazis?|Banderites?|Ukrainian formations|Ukrainian nationalists|Artyomovsk|Artemovsk|Dzerzhinsk|Krasnoarmeysk|Krasny Liman)\b/gi;
export const UKRAINIAN_VOICE = /\b(occupiers|invaders|ruscists|rashists|orcs|aggressor|occupation forces)\b/i;

/**
 * Weapon systems only Ukraine and its donors field, by the first word of their name: a count of them is never Russia's
 * ("52 Gepard anti-aircraft guns", "three HIMARS launchers", "six Patriot batteries").
 */
export const WESTERN_SYSTEMS = new Set([
  "leopard", "leopards", "abrams", "challenger", "bradley", "bradleys", "marder", "marders", "gepard", "gepards", "stryker",
  "caesar", "caesars", "krab", "archer", "zuzana", "nasams", "iris", "patriot", "patriots", "samp", "himars", "m142", "m270",
  "m777", "m109", "m113", "pzh", "atacms", "scalp", "storm", "taurus", "stinger", "stingers", "javelin", "javelins", "pac",
  "gripen", "mirage", "f-16", "f-16s", "as-90", "hawk", "avenger", "cv90", "amx",
  // and Ukraine's own: "3 Neptune missiles"
  "neptune", "neptunes", "flamingo",
]);

/** "our defenders", "our troops": the speaker's own side. */
export const OWN_WORDS = new Set(["our", "we", "defenders"]);

/** Nouns whose side follows from what they are: "312 occupiers" are the speaker's enemy. */
export const WEAPON_WORDS = new Set([
  "bomb", "bombs", "shelling", "shelled", "strike", "strikes", "struck", "missile", "missiles", "drone",
  "drones", "artillery", "attack", "attacks", "attacked", "rocket", "rockets", "shell", "shells", "airstrike",
  "airstrikes", "mine", "bombardment", "hit", "explosion", "fire",
]);

/** The two at war, and North Korea, whose troops fight for Russia: none of them a third party. */
const AT_WAR = new Set(["Ukraine", "Russia", "Korea", "Korean"]);
const possessives = (words: string[]) => words.flatMap((word) => [word, `${word}'s`]);

/**
 * Third parties as a clause's agent ("Germany has delivered three Patriot systems", "Allies delivered 19 air defence
 * systems", "the British-funded ..." not): the figures they send, pay or pledge have actor `other`. Countries and
 * capitals act only as a verb's subject, as "Russia" and "Kyiv" do; demonyms and the collective words anywhere.
 */
const countries = [...DEMONYMS_OF.keys()].filter((country) => !AT_WAR.has(country));
const capitals = [...CAPITAL_COUNTRIES].filter(([, country]) => !AT_WAR.has(country)).map(([capital]) => capital);
const demonyms = [...DEMONYMS_OF.values()].filter((demonym) => !AT_WAR.has(demonym));
const notASide = (word: string) => !SIDE_WORDS.has(word);

export const THIRD_PARTY_COUNTRIES: ReadonlySet<string> = new Set(
  possessives([...[...countries, ...capitals].map((name) => name.toLowerCase()), "america", "uk", "paris", "washington"]).filter(notASide),
);
export const THIRD_PARTY_WORDS: ReadonlySet<string> = new Set([
  ...demonyms.map((demonym) => demonym.toLowerCase()).filter(notASide),
  "american", "americans", "allies", "allied", "partners", "donors", "nato", "nato's", "pentagon",
]);
