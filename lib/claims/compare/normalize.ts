// Keys that decide "the same" for places, subjects, claimants and dates, folded defensively so
// spelling variants that slip past the extractor still meet (Kupiansk, Kupyansk, Купянськ).
import type { Actor } from "../types";

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ё: "io", ж: "zh", з: "z",
  и: "y", і: "i", ї: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "iu", я: "ia", "'": "", "’": "",
};

/** Folds transliteration variants: y/j/i, doubled letters, apostrophes, diacritics, Cyrillic. */
export function foldPlace(name: string): string {
  const latin = [...name.normalize("NFKD").toLowerCase()]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join("")
    .replace(/[\u0300-\u036f'’ʼ`]/g, "");
  return latin
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1");
}

export function placeKey(location: string | null, canonical?: (name: string) => string | null): string {
  if (!location) return "";
  return foldPlace(canonical?.(location) ?? location);
}

const SUBJECT_CLASSES: Record<string, string[]> = {
  people: ["people", "person", "persons", "civilian", "civilians", "resident", "residents", "inhabitants",
    "locals", "individuals", "evacuees", "population", "victims", "casualties", "lives"],
  troops: ["soldier", "soldiers", "troops", "servicemen", "serviceman", "personnel", "fighters",
    "militants", "mercenaries", "servicemembers", "marines", "paratroopers"],
  children: ["child", "children", "kids", "minors", "teenagers", "boys", "girls"],
  attacks: ["attack", "attacks", "assault", "assaults", "attempts", "offensives", "raids", "storming"],
  clashes: ["clash", "clashes", "engagements", "battles", "firefights", "skirmishes"],
  shelling: ["shelling", "shellings", "bombardments", "shells"],
};
const SUBJECT_CLASS = new Map(
  Object.entries(SUBJECT_CLASSES).flatMap(([key, words]) => words.map((w) => [w, key] as const)),
);

/** A known class when any word names one, else the stem of the head (first) word. */
export function subjectKey(subject: string | null): string {
  if (!subject) return "";
  const words = subject.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    const known = SUBJECT_CLASS.get(word);
    if (known) return known;
  }
  return (words[0] ?? "").replace(/ies$/, "y").replace(/s$/, "").replace(/e$/, "");
}

export function keysAgree(a: string, b: string): boolean {
  return a === "" || b === "" || a === b;
}

export function actorsAgree(a: Actor, b: Actor): boolean {
  return a === null || b === null || a === b;
}

/** "the Russian Ministry of Defense" and "Russia's Defence Ministry" are one claimant. */
export function attributionKey(attribution: string | null): string {
  if (!attribution) return "";
  return attribution
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/\bdefense\b/g, "defence")
    .replace(/\bministry of defence\b|\bmod\b/g, "defence ministry")
    .replace(/\brussian\b/g, "russia")
    .replace(/\bukrainian\b/g, "ukraine")
    .replace(/\bthe\b|[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const RUSSIA = /\b(russia|kremlin|moscow|tass|ria novosti|peskov|shoigu|belousov|konashenkov|putin|zakharova|wagner|rosgvardia|donetsk people|luhansk people|dpr|lpr)\b/;
const UKRAINE = /\b(ukraine|kyiv|kiev|zelensk\w*|syniehubov|synyehubov|general staff|ihnat|zaluzhn\w*|syrskyi|umerov|reznikov|zsu)\b/;

/** The belligerent whose figure it is, from the claimant's name: "russia", "ukraine" or "". */
export function partyOf(key: string): string {
  if (!key) return "";
  if (RUSSIA.test(key)) return "russia";
  if (UKRAINE.test(key)) return "ukraine";
  return "";
}

/** Measures a plain figure can be read as ("4 wounded" is that day's toll, a fact not a plan). */
export function measureKey(measure: string | null): string {
  return !measure || measure === "daily" || measure === "actual" ? "" : measure;
}

const DAY_MS = 86_400_000;

export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
