import type { Actor } from "../types";

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

/** Calling the other side by a role: resolved against the speaker's side (default: Ukrainian speaker). */
export const ENEMY_WORDS = new Set([
  "enemy", "enemy's", "adversary", "aggressor", "aggressor's", "occupiers", "occupier", "invaders", "invader",
  "occupying", "occupation",
]);

/** "our defenders", "our troops": the speaker's own side. */
export const OWN_WORDS = new Set(["our", "we", "defenders"]);

/** Nouns whose side follows from what they are: "312 occupiers" are the speaker's enemy. */
export const WEAPON_WORDS = new Set([
  "bomb", "bombs", "shelling", "shelled", "strike", "strikes", "struck", "missile", "missiles", "drone",
  "drones", "artillery", "attack", "attacks", "attacked", "rocket", "rockets", "shell", "shells", "airstrike",
  "airstrikes", "mine", "bombardment", "hit", "explosion", "fire",
]);
