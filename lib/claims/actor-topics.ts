import { RUBLE_WORDS } from "./data/sides";
import type { Token } from "./tokenize";
import { WordSet } from "./word-set";

// What a sentence is about, as the actor rules (actor.ts) read it: a damage sum, Russia's economy, war crimes, a unit's
// manning, deminers and what a war leaves behind. Each answers for a whole sentence's tokens, before any side is named.

/** A sum of damage: "put the material damage at UAH 186 million". */
const DAMAGE_SUMS = new WordSet(["damage", "damages"]);

/** Words of paying for damage: compensation, payouts and repairs funded are the payer's money, not the damage's size. */
const PAYMENT_WORDS = new WordSet([
  "pay", "pays", "paid", "receive", "receives", "received", "compensation", "compensate", "allocated", "allocate", "payouts",
  "payout", "grants", "financed", "spent", "earmarked", "approved", "repair", "repairs",
]);

/** Damage no side did: "Floods caused UAH 1.2 billion in damage". */
const NATURAL_CAUSES = new WordSet(["flood", "floods", "flooding", "storm", "storms", "wind", "winds", "hail", "drought", "wildfire", "wildfires", "earthquake"]);

/** A sentence sizing damage: not what is paid for it, nor damage no side did. */
/** Whether the sentence names weather or nature as a cause: "after the storm", "flooding". */
export function mentionsNaturalCause(tokens: Token[]): boolean {
  return NATURAL_CAUSES.hasAnyToken(tokens);
}

export function isDamageEstimate(tokens: Token[]): boolean {
  return DAMAGE_SUMS.hasAnyToken(tokens) && !PAYMENT_WORDS.hasAnyToken(tokens) && !NATURAL_CAUSES.hasAnyToken(tokens);
}

/** Words of an economy in figures: "6.3% of GDP", "the deficit reached", "inflation slowed to 9.9%". */
const ECONOMY_WORDS = new WordSet(["gdp", "budget", "inflation", "deficit", "revenue", "revenues", "spending", "exports", "economy", "unemployment"]);

/** Words of Ukraine's own economy: a sentence with one is not about Russia's ("Ukrainian GDP fell 29% after the Russian invasion"). */
const UKRAINIAN_ECONOMY = new WordSet(["ukraine", "ukraine's", "ukrainian", "nbu", "hryvnia", "hryvnias", "uah"]);

/** An economy word, or a central bank's "key rate". */
export function mentionsEconomy(tokens: Token[]): boolean {
  return tokens.some((t, k) => ECONOMY_WORDS.hasToken(t) || (t.lower === "rate" && tokens[k - 1]?.lower === "key"));
}

/** A sentence about Russia's own economy: "Russia's", "Russian", Rosstat, the Bank of Russia, the federal budget, roubles. */
export function namesRussianEconomy(tokens: Token[]): boolean {
  if (UKRAINIAN_ECONOMY.hasAnyToken(tokens)) return false;
  return tokens.some((t, k) => {
    const word = t.lower;
    if (word === "russia's" || word === "russian" || word === "rosstat" || RUBLE_WORDS.has(word)) return true;
    if (word === "federal" && (tokens[k + 1]?.lower === "budget" || tokens[k + 1]?.lower === "spending")) return true;
    return word === "russia" && tokens[k - 1]?.lower === "of" && tokens[k - 2]?.lower === "bank";
  });
}

/** What a prosecutor registers of this war: its crimes are Russia's in the gold set, unless a side is named with them. */
export const CRIME_NOUNS = new WordSet(["crimes"]);

/** "war crimes" in the sentence: "188,904 such crimes" after it; not "12,000 crimes registered by police". */
export function namesWarCrimes(tokens: Token[]): boolean {
  return tokens.some((t, k) => t.lower === "war" && CRIME_NOUNS.hasToken(tokens[k + 1]));
}

const STRENGTH_REACH = 6;

/** "strength" a few words after the figure: "at about 60% of its authorised strength", "at 40% strength". */
export function strengthAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + STRENGTH_REACH); k++) if (tokens[k].lower === "strength") return true;
  return false;
}

/** People nouns of the fighting or of its hidden side, whose side word is their own: "3 Russian sailors", "2 saboteurs". */
export const COMBATANT_PEOPLE = new WordSet(["sailors", "sailor", "seafarers", "saboteurs", "spies", "collaborators", "informants", "accomplices", "suspects", "convicts"]);

/** Those who clear mines and ordnance: killed at their work, with no weapon named, they are no side's losses. */
export const DEMINER_NOUNS = new WordSet(["pyrotechnicians", "pyrotechnician", "deminers", "deminer", "sappers", "sapper"]);

const LEFTOVER_NOUNS = new WordSet(["objects", "items"]);

/** "explosive objects", "explosive items", "ordnance": what a war leaves behind, not a strike. */
export function leftoverExplosives(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].lower === "ordnance" || (tokens[k].lower === "explosive" && LEFTOVER_NOUNS.hasToken(tokens[k + 1]))) return true;
  }
  return false;
}
