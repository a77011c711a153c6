// Words whose trailing full stop rarely or never ends a sentence (lower-case, without the dot).

/** Always followed by more of the same sentence: titles, "No. 3", "approx. 40". */
export const NEVER_FINAL = new Set([
  "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "mr", "mrs", "ms",
  "dr", "prof", "gov", "sen", "rep", "st", "mt", "no", "nos", "para", "paras", "vol", "art", "fig", "vs", "approx", "est",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pres", "gen-lt",
  "ft", "pp", "cf", "ca", "inc", "co", "corp", "ltd", "jr", "sr", "dept", "govt", "min", "max", "incl", "excl", "sq", "tel",
  "ext", "para", "ch", "nr",
]);

/** Dotted abbreviations that may end a sentence; joined unless the next word starts one. */
export const MAYBE_FINAL = new Set(["u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "etc", "e.g", "i.e"]);

/** Abbreviations that end a sentence unless a figure or a lower-case word follows: "In Dnipropetrovsk obl. 4 were injured". */
export const FINAL_BEFORE_WORDS = new Set(["obl"]);

/** Words that usually open a new sentence after an abbreviation such as "U.S.". */
export const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "it", "he", "she", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
  "these", "those", "there", "his", "her", "their", "its", "our", "meanwhile", "however", "after", "before",
  "earlier", "later", "since", "when", "while", "according", "officials", "russia", "ukraine", "kyiv", "moscow",
]);
