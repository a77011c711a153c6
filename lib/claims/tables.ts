import { CASUALTY_VERBS } from "./data/verbs";
import { NOUNS } from "./data/nouns";
import { SCALES } from "./data/number-words";
import { unitAfter, type UnitMatch } from "./units";
import type { Token } from "./tokenize";
import type { Category } from "./types";

// Text tables, one row a line: "Oblast | IDPs hosted | Educational institutions damaged" over "Kharkiv | 398,000 | 1,214".
// A cell's bare figure counts what its column's heading names, in the place its row names.

export type TableHeading = {
  /** What each column counts (index 0 is the rows' labels). */
  columns: Category[];
  /** Each column's heading, its words in lower case ("idps", "hosted"): what a "Sources:" line under the table names. */
  labels: string[][];
  /** "Oblast | ...", "Region | ...": the row labels are regions ("Kharkiv" is Kharkiv Oblast). */
  rowsAreRegions: boolean;
  /** The caption's "(thousand tonnes)": the cells' scale and unit. */
  scale: number;
  unit: UnitMatch | null;
};

const CELL = "|";
const REGION_LABELS = new Set(["oblast", "oblasts", "region", "regions", "province"]);

/** The cells of a line, as token ranges, when it has at least two. */
function cells(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text !== CELL) continue;
    out.push([from, k]);
    from = k + 1;
  }
  if (!out.length) return out;
  out.push([from, tokens.length]);
  return out;
}

/** A heading line: two cells or more, each of words only (a year, "February 2025", may head a column); `caption` the line above. */
export function tableHeadingOf(tokens: Token[], caption: Token[] = []): TableHeading | null {
  const spans = cells(tokens);
  if (spans.length < 2) return null;
  const columns: Category[] = [];
  const labels: string[][] = [];
  for (const [from, to] of spans) {
    if (from === to || !tokens.slice(from, to).some((t) => t.kind === "word")) return null;
    columns.push(columnCategory(tokens.slice(from, to)));
    labels.push(tokens.slice(from, to).filter((t) => t.kind === "word").map((t) => t.lower));
  }
  const first = tokens[spans[0][0]].lower;
  return { columns, labels, rowsAreRegions: REGION_LABELS.has(first), ...captionUnit(caption) };
}

/** "Cargo handling by type, ports of Greater Odesa (thousand tonnes)": the scale and unit a caption gives in brackets at its end. */
function captionUnit(caption: Token[]): { scale: number; unit: UnitMatch | null } {
  const none = { scale: 1, unit: null };
  if (caption[caption.length - 1]?.text !== ")") return none;
  let open = caption.length - 2;
  while (open >= 0 && caption.length - open <= 6 && caption[open].text !== "(") open--;
  if (caption[open]?.text !== "(") return none;
  const scale = SCALES.get(caption[open + 1]?.lower ?? "");
  const at = scale ? open + 2 : open + 1;
  const unit = unitAfter(caption, at);
  if (unit && unit.end !== caption.length - 1) return none;
  return unit || scale ? { scale: scale ?? 1, unit } : none;
}

/** What a heading cell counts: a casualty word ("Killed", "Injured"), else the noun the lexicon knows ("Strikes"), else other. */
function columnCategory(words: Token[]): Category {
  for (const word of words) {
    const toll = CASUALTY_VERBS.get(word.lower);
    if (toll) return toll;
  }
  for (const word of words) {
    const noun = NOUNS.get(word.lower);
    if (noun) return noun.category;
  }
  return "other";
}

/** A row of `heading`'s table: as many cells as the heading has, a label first. Its cells' token ranges, or null. */
export function tableRow(tokens: Token[], heading: TableHeading): [number, number][] | null {
  const spans = cells(tokens);
  return spans.length === heading.columns.length ? spans : null;
}

/** The column of token `at` in a row, when its cell holds a figure alone; -1 for the label's cell or any other. */
export function tableColumn(tokens: Token[], row: [number, number][], at: number): number {
  for (let n = 1; n < row.length; n++) {
    const [from, to] = row[n];
    if (at >= from && at < to) return tokens.slice(from, to).every((t) => t.kind === "num" || t.text === "," || t.text === ".") ? n : -1;
  }
  return -1;
}

/** Whether a "Sources:" line's words for one column ("educational institutions") name `label`'s column ("Educational institutions damaged"). */
export function namesColumn(words: string[], label: string[]): boolean {
  return words.length > 0 && words.every((word) => label.includes(word));
}
