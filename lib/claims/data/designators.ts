// Words before a number that make it a name or label, not a quantity ("No. 3", "Leopard 2").

export const DESIGNATOR_BEFORE = new Set([
  "no", "number", "#", "article", "resolution", "chapter", "section", "page", "route", "highway", "flight",
  "platform", "brigade", "battalion", "regiment", "division", "corps", "unit", "grade", "class",
  "version", "phase", "stage", "room", "item", "paragraph",
  "decree", "law", "code", "tier", "category", "gate", "terminal", "channel", "episode",
  "leopard", "abrams", "challenger", "bradley", "patriot", "marder", "gepard", "stryker", "himars", "pzh",
  "mig", "su", "tu", "ka", "kh", "bm", "buk", "tor", "pantsir", "iskander",
  "kalibr", "shahed", "geran", "lancet", "orlan", "zala", "vol", "day", "covid", "top",
]);

/** Suffixes fused to a number that make it an ordinal ("92nd"). */
export const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** Words after a clock time. */
export const CLOCK_AFTER = new Set(["am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "cet", "est", "kyiv", "moscow", "hrs", "h"]);

/** Duration words after which a number is a time reference, not a measure ("seven months later"). */
export const TIME_REFERENCE_AFTER = new Set(["ago", "later", "after", "before", "earlier", "since", "into", "prior", "afterwards", "old", "from", "previously", "on"]);

/** Words before a duration that make it the claim's period ("in the last 24 hours"). */
export const WINDOW_BEFORE = new Set(["last", "past", "previous", "next", "coming", "recent", "first", "final", "following", "preceding", "initial", "these", "those", "within", "in", "every", "each", "per"]);
