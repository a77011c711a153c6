// The shapes shared by the domain core, the importer, the database layer and the command line.
// Offsets are JavaScript string indices (UTF-16 code units), end exclusive.

export const CATEGORIES = [
  "killed",
  "injured",
  "casualties",
  "captured",
  "attacks",
  "airstrikes",
  "drones",
  "missiles",
  "personnel",
  "equipment",
  "infrastructure",
  "settlements",
  "people",
  "distance",
  "area",
  "money",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Actor = "russia" | "ukraine" | "other" | null;

/** Normalized units: count, km, km2, kg, percent, day, MW, °C, or an ISO 4217 currency code. */
export type NormalizedUnit = string;

/** Inclusive ISO dates (YYYY-MM-DD) the claim covers. */
export type Period = { from: string; to: string };

export type Span = { start: number; end: number };

export type Sentence = Span & { index: number; text: string };

export type ExtractedClaim = {
  /** text.slice(start, end) === quote: qualifier and number through the unit or counted noun. */
  quote: string;
  start: number;
  end: number;
  sentence: Span;
  /** The number as stated, scale applied (12.4 million -> 12400000), in the stated unit. */
  value: number;
  unit: string;
  normalized: { value: number; unit: NormalizedUnit };
  /** Interval in the normalized unit; null means unbounded on that side. */
  lower: number | null;
  upper: number | null;
  /** True when the bound itself is excluded: "more than 5" is (5, null). */
  lowerExclusive: boolean;
  upperExclusive: boolean;
  /** e.g. "exact", "about", "nearly", "more_than", "at_least", "up_to", "fewer_than", "range", "vague". */
  qualifier: string;
  /** Which interval rule fired, for the reviewer ("about: ±10%"). */
  rule: string;
  category: Category;
  /**
   * What exactly is measured within a category, so that unlike figures are never compared:
   * e.g. "frontage" | "depth" | "distance_to" for distance, "launched" | "shot_down" for drones
   * and missiles, "daily" | "cumulative" for tolls, "planned" | "actual" for evacuations; null when plain.
   */
  measure: string | null;
  /** The counted noun phrase, lower-case head noun first where possible ("airstrikes", "residents"). */
  subject: string | null;
  actor: Actor;
  /** Canonical place name from the gazetteer, or null. */
  location: string | null;
  /** Who states it, canonical where known ("Russian Defence Ministry"), or null. */
  attribution: string | null;
  period: Period | null;
  /** False only for the extra quantities `--all` reports (prices, temperatures, scores...). */
  isClaim: boolean;
};

export type ExtractOptions = {
  /** The report's publication date (YYYY-MM-DD), anchors relative periods ("on Sunday"). */
  publishedAt?: string | null;
  /** Also return quantities that are not claims, with isClaim false and category "other". */
  includeNonClaims?: boolean;
};

/** One report found in one file: a digest file yields several. */
export type ParsedReport = {
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** The cleaned body: boilerplate removed; claims and sentences index into this. */
  body: string;
  /** The raw slice of the file this report came from. */
  raw: string;
  /** Where `raw` starts in the whole file text. */
  rawStart: number;
  /** Maps an offset in `body` to the offset in the whole file text. */
  toFileOffset: (bodyOffset: number) => number;
};
