import { placeByVariant, type Place } from "./data/gazetteer";
import { romanised } from "./speaker-names";

// Ukrainian places named by their adjective, as offices and tables name them: "Нікопольська районна військова
// адміністрація" (Nikopol), "Донецька / Donetska" in a table of oblasts (Donetsk).

/** Places whose adjective does not keep their name's stem: "Запорізька", "Zaporizka" of Zaporizhzhia. */
const IRREGULAR_ADJECTIVES = new Map([["запорізька", "zaporizhzhia"], ["zaporizka", "zaporizhzhia"]]);

const CYRILLIC_SUFFIX = /(?:ська|цька|зька)$/;
const LATIN_SUFFIX = /(?:ska|tska|zka)$/;

/**
 * The place a Ukrainian adjective in "-ська"/"-ska", "-цька"/"-tska", "-зька"/"-zka" is of, in either script: "Нікопольська"
 * Nikopol, "Одеська" Odesa, "Сумська" Sumy, "Donetska" Donetsk, "Kharkivska" Kharkiv. Undefined for any other word.
 */
export function placeOfAdjective(adjective: string): Place | undefined {
  const lower = adjective.toLowerCase();
  const irregular = IRREGULAR_ADJECTIVES.get(lower);
  if (irregular) return placeByVariant(irregular);
  const cyrillic = CYRILLIC_SUFFIX.test(lower);
  if (!cyrillic && !LATIN_SUFFIX.test(lower)) return undefined;
  const stem = lower.replace(cyrillic ? CYRILLIC_SUFFIX : LATIN_SUFFIX, "");
  const [a, y] = cyrillic ? ["а", "и"] : ["a", "y"];
  // the stem itself (Нікополь-ська), the name ending in "-ськ"/"-цьк" (Луганськ-а), or a vowel after the stem (Одес-а, Сум-и)
  const candidates = [stem, lower.slice(0, -1), `${lower.slice(0, -3)}${a}`, `${stem}${y}`];
  for (const candidate of candidates) {
    const place = placeByVariant(candidate) ?? (cyrillic ? placeByVariant(romanised(candidate).toLowerCase()) : undefined);
    if (place) return place;
  }
  return undefined;
}
