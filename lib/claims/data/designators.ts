import type { Category } from "../types";

// Words before a number that make it a name or label, not a quantity ("No. 3", "Leopard 2").

export const DESIGNATOR_BEFORE = new Set([
  "no", "number", "#", "article", "resolution", "chapter", "section", "page", "route", "highway", "flight",
  "platform", "brigade", "battalion", "regiment", "division", "corps", "unit", "grade", "class",
  "version", "phase", "stage", "room", "item", "paragraph", "paragraphs", "para", "paras", "project",
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

/**
 * Model families by the first part of their designation, with what a count of them is:
 * "two F-16s" counts aircraft, "4 Kh-101" missiles, "20 Geran-2" drones, "10 Leopard 2A4" tanks.
 */
export const MODEL_FAMILIES = new Map<string, Category>([
  ...words("equipment", "f su mig tu ka mi il an a t bmp btr bmd mt m pzh mirage gripen leopard abrams challenger bradley marder stryker gepard caesar krab archer zuzana bm tos buk tor pantsir osa strela nasams iris patriot samp mlrs himars m142 m270 m777 m109 m113 ah uh ch"),
  ...words("missiles", "kh s iskander kalibr kinzhal oniks tochka atacms scalp storm taurus neptune vampire grad smerch uragan zircon"),
  ...words("drones", "shahed geran lancet orlan mohajer zala supercam mavic"),
  ...words("airstrikes", "kab fab odab umpk jdam gbu"),
]);

/** Families of aircraft by their designation's letters: "F-16", "Su-34", "MiG-29", "Mirage 2000". */
export const AIRCRAFT_FAMILIES: ReadonlySet<string> = new Set(["f", "su", "mig", "tu", "yak", "j", "mirage", "gripen", "rafale"]);

function words(category: Category, list: string): [string, Category][] {
  return list.split(" ").map((word) => [word, category]);
}
