import { categoryOfUnit } from "./categories";
import { MONTHS, YEAR } from "./data/periods";
import { CASUALTY_VERBS, PEOPLE_MOVED } from "./data/verbs";
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
  /** Each column's own unit, its heading's "Occupied, sq km" or "Depth (km)"; null where the heading gives none. */
  units: (UnitMatch | null)[];
};

const CELL = "|";
const REGION_LABELS = new Set(["oblast", "oblasts", "region", "regions", "province"]);

/** A gap of this many spaces or more between two words of a line sets them in two columns ("Pokrovsk      112"). */
const COLUMN_GAP = 3;

/** Whether a line is set in cells: "|" between them, columns aligned with runs of spaces, or three cells or more between dashes. */
export function hasCells(tokens: Token[]): boolean {
  return cellsOf(tokens).length > 0;
}

/** A spaced em dash between cells: "Kharkiv — 27 — 5 — 24" (three cells or more, so that "Kupiansk — 3 injured" is no row). */
const CELL_DASH = "—";

/**
 * The cells of a line, as token ranges, when it has at least two: split at "|"; in a line with no "|", at spaced em
 * dashes when there are two of them or more ("Oblast — attacks — killed — injured"), else at runs of spaces
 * ("Kharkiv district         3        35        41").
 */
export function cellsOf(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  // ("Kharkiv (city) ............ 41 / 19": a dot leader after the label, a spaced slash between the figures)
  const led = leaderAt(tokens);
  if (led > 0) return ledCells(tokens, led);
  // ("Kharkiv district — 58 / 3 / 27": a dash or a colon after the label, figures set apart by spaced slashes)
  const marked = labelMarkAt(tokens);
  if (marked > 0) return ledCells(tokens, marked);
  const piped = tokens.some((t) => t.text === CELL);
  const dashed = !piped && tokens.filter((t) => t.text === CELL_DASH && t.spaced).length >= 2;
  const separates = (k: number) =>
    piped ? tokens[k].text === CELL : dashed ? tokens[k].text === CELL_DASH && tokens[k].spaced : k > 0 && tokens[k].start - tokens[k - 1].end >= COLUMN_GAP;
  const skips = piped || dashed; // the separator is a token of its own
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (!separates(k)) continue;
    out.push([from, k]);
    from = skips ? k + 1 : k;
  }
  if (!out.length) return out;
  out.push([from, tokens.length]);
  return out;
}

/** The first token of a dot leader (four stops or more in a row) after a row's label; -1 when the line has none. */
function leaderAt(tokens: Token[]): number {
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (tokens[k].text === "." && tokens[k + 1].text === "." && tokens[k + 2].text === "." && tokens[k + 3].text === ".") return k;
  }
  return -1;
}

/** The dash or colon ending a row's label when only figures and spaced slashes, two figures at least, follow it; else -1. */
function labelMarkAt(tokens: Token[]): number {
  const mark = tokens.findIndex((t, k) => k > 0 && PERIOD_DASHES.has(t.text) && (t.text === ":" || t.spaced));
  if (mark < 0) return -1;
  const rest = tokens.slice(mark + 1);
  const isFigure = (t: Token) => t.kind === "num" || t.text === "," || t.text === "~";
  return rest.some((t) => t.text === "/" && t.spaced) && rest.every((t) => isFigure(t) || (t.text === "/" && t.spaced)) ? mark : -1;
}

/** A led row's cells: the label before the leader, then figures set apart by spaced slashes ("41 / 19"). */
function ledCells(tokens: Token[], leader: number): [number, number][] {
  let k = leader;
  while (k < tokens.length && (tokens[k].text === "." || k === leader)) k++; // the dots, or the dash or colon
  const out: [number, number][] = [[0, leader]];
  let from = k;
  for (; k < tokens.length; k++) {
    if (tokens[k].text !== "/" || !tokens[k].spaced) continue;
    out.push([from, k]);
    from = k + 1;
  }
  out.push([from, tokens.length]);
  return out.length >= 2 && out.slice(1).every(([a, b]) => b > a) ? out : [];
}

/** The most words a label before a bracket heading with no colon may have: "WHERE  (killed / injured)". */
const MAX_BARE_LABEL = 3;

/**
 * A caption naming its table's figure columns in a bracket: "By district (strikes / injured):" over rows
 * "Kharkiv (city) ............ 41 / 19". Null for any other line.
 */
export function bracketHeadingOf(tokens: Token[], caption: Token[] = []): TableHeading | null {
  // ("Consequences of enemy attacks, by community" over "(strikes / killed / injured)": the bracket alone, the caption above)
  const alone = tokens[0]?.text === "(" && tokens[tokens.length - 1]?.text === ")";
  // ("WHERE  (killed / injured)" over "Donetsk obl. ........... 61 / 214": a short label's bracket with no colon after it)
  const bare = !alone && tokens[tokens.length - 1]?.text === ")";
  const close = alone || bare ? tokens.length - 1 : tokens.length - 2; // the ")", before the heading's closing ":" unless alone
  if (!alone && !bare && (tokens[close + 1]?.text !== ":" || tokens[close]?.text !== ")")) return null;
  let open = close - 1;
  while (open > 0 && close - open <= 11 && tokens[open].text !== "(") open--;
  if (tokens[open]?.text !== "(" || (open === 0 && !alone)) return null;
  if (bare && (open > MAX_BARE_LABEL || !tokens.slice(0, open).every((t) => t.kind === "word"))) return null;
  const label = alone ? caption : tokens.slice(0, open);
  const columns: Category[] = ["other"];
  const labels: string[][] = [label.filter((t) => t.kind === "word").map((t) => t.lower)];
  let from = open + 1;
  for (let k = open + 1; k <= close; k++) {
    if (tokens[k].text !== "/" && k !== close) continue;
    const words = tokens.slice(from, k);
    if (!words.length || !words.every((t) => t.kind === "word")) return null;
    columns.push(columnCategory(words));
    labels.push(words.map((t) => t.lower));
    from = k + 1;
  }
  if (columns.length < 3) return null;
  const by = label.findIndex((t) => t.lower === "by");
  return { columns, labels, rowsAreRegions: by >= 0 && REGION_LABELS.has(label[by + 1]?.lower ?? ""), scale: 1, unit: null, units: columns.map(() => null) };
}

/** A heading line: two cells or more, each of words only (a year, "February 2025", may head a column); `caption` the line above. */
export function tableHeadingOf(tokens: Token[], caption: Token[] = []): TableHeading | null {
  const spans = cellsOf(tokens);
  if (spans.length < 2) return null;
  const columns: Category[] = [];
  const labels: string[][] = [];
  const units: (UnitMatch | null)[] = [];
  for (const [from, to] of spans) {
    if (from === to || !tokens.slice(from, to).some((t) => t.kind === "word")) return null;
    // ("Occupied, sq km", "Max depth, km": a column whose heading gives its unit measures in it)
    const unit = headingUnit(tokens, from, to);
    const measure = unit ? categoryOfUnit(unit.entry.kind) : null;
    // ("Injured | incl. children": a column of a part of the one before it counts what that one counts)
    const part = columns.length > 1 && PART_OF_BEFORE.has(tokens[from].lower);
    columns.push(measure ?? (part ? columns[columns.length - 1] : columnCategory(tokens.slice(from, to))));
    units.push(measure ? unit : null);
    labels.push(tokens.slice(from, to).filter((t) => t.kind === "word").map((t) => t.lower));
  }
  const first = tokens[spans[0][0]].lower;
  const { scale, unit } = captionUnit(caption);
  // ("Month by month: area captured by Russian forces, sq km (DeepState)" over "Month | Captured | Main axis": areas, no prisoners)
  const measured = unit && (unit.entry.kind === "area" || unit.entry.kind === "distance") ? categoryOfUnit(unit.entry.kind) : null;
  if (measured) for (let k = 1; k < columns.length; k++) if (!units[k]) columns[k] = measured;
  // ("Table 1. Ukrainian drones claimed destroyed, by region" over "Region | Claimed | Peak night": what the caption counts,
  // in the columns whose heading names nothing; not the towns it names, "Remaining population, selected towns", its rows)
  // (a caption, not a sentence of prose above the table: "A strike killed 4 people." names no column)
  const counted = measured || caption[caption.length - 1]?.text === "." ? null : captionSeries(caption)?.category;
  if (counted && counted !== "settlements") for (let k = 1; k < columns.length; k++) if (columns[k] === "other") columns[k] = counted;
  return { columns, labels, rowsAreRegions: REGION_LABELS.has(first), scale, unit, units };
}

/** The unit closing a heading cell after a comma or in brackets: "Occupied, sq km", "Depth (km)"; null if none. */
function headingUnit(tokens: Token[], from: number, to: number): UnitMatch | null {
  const end = tokens[to - 1]?.text === ")" ? to - 1 : to;
  for (let k = from + 1; k < end; k++) {
    if (tokens[k - 1].text !== "," && !(tokens[k - 1].text === "(" && end < to)) continue;
    const unit = unitAfter(tokens, k);
    if (unit && unit.end === end && (unit.entry.kind === "area" || unit.entry.kind === "distance")) return unit;
  }
  return null;
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
  // (or a source in the bracket and the unit before it: "area captured by Russian forces, sq km (DeepState)")
  if (!unit && !scale && caption[open - 1]?.kind === "word") {
    let comma = open - 1;
    while (comma > 0 && open - comma <= 3 && caption[comma].text !== ",") comma--;
    const before = caption[comma]?.text === "," ? unitAfter(caption, comma + 1) : null;
    return before && before.end === open ? { scale: 1, unit: before } : none;
  }
  if (unit && unit.end !== caption.length - 1) return none;
  return unit || scale ? { scale: scale ?? 1, unit } : none;
}

/** "incl. children", "including children", "of which children", "in 11 regions": a heading or label naming a part of the one before. */
export const PART_OF_BEFORE = new Set(["incl", "including", "of", "in"]);

/** Heading words for people counted by their staying ("Est. remaining"), read after the nouns: "Mines remaining" counts mines. */
const PEOPLE_STAYING = new Set(["remaining", "remain", "stayed"]);

/** What a heading cell counts: a casualty word ("Killed", "Injured"), else the noun the lexicon knows ("Strikes"), else other. */
function columnCategory(words: Token[]): Category {
  for (const word of words) {
    const toll = CASUALTY_VERBS.get(word.lower);
    if (toll) return toll;
    if (PEOPLE_MOVED.has(word.lower)) return "people";
  }
  for (const word of words) {
    const noun = NOUNS.get(word.lower);
    if (noun) return noun.category;
  }
  // ("Objects damaged": what an attack damaged, the lexicon's nouns read first, "Tanks damaged"; not "Items destroyed", a deminer's)
  if (words.length > 1 && words.some((word) => word.lower === "damaged")) return "infrastructure";
  return words.some((word) => PEOPLE_STAYING.has(word.lower)) ? "people" : "other";
}

/** A row of `heading`'s table: as many cells as the heading has, a label first. Its cells' token ranges, or null. */
export function tableRow(tokens: Token[], heading: TableHeading): [number, number][] | null {
  const spans = cellsOf(tokens);
  // ("Total   804   126   124" under five columns: a total row may leave its last column empty)
  const short = spans.length === heading.columns.length - 1 && spans.length >= 3 && TOTAL_WORDS.has(tokens[spans[0][0]]?.lower ?? "");
  return spans.length === heading.columns.length || short ? spans : null;
}

/** The column of token `at` in a row, when its cell holds a figure alone; -1 for the label's cell or any other. */
export function tableColumn(tokens: Token[], row: [number, number][], at: number): number {
  for (let n = 1; n < row.length; n++) {
    const [from, to] = row[n];
    // ("~1,300": an estimate's tilde)
    if (at >= from && at < to) return tokens.slice(from, to).every((t) => t.kind === "num" || t.text === "," || t.text === "." || t.text === "~") ? n : -1;
  }
  return -1;
}

/** Whether a "Sources:" line's words for one column ("educational institutions") name `label`'s column ("Educational institutions damaged"). */
export function namesColumn(words: string[], label: string[]): boolean {
  return words.length > 0 && words.every((word) => label.includes(word));
}

/** A credit naming several columns at once: "missiles and drones launched" over the "Missiles" and "Drones" columns. */
export function namesColumns(words: string[], label: string[]): boolean {
  return label.length > 0 && label.every((word) => words.includes(word));
}

/** What a chart's series counts ("Russian soldiers killed ..." over "2022: 16,050 | 2023: 30,870"), and in which unit. */
export type Series = { category: Category; unit: UnitMatch | null };

/**
 * A chart's series on one line, each cell a period and its figure ("2022: 16,050 | 2023: 30,870", "Sep 2024: 476 | Oct:
 * 610"), under a caption that says what it counts: a casualty word or a counted noun, or a unit ("..., sq km per month").
 */
export function seriesOf(tokens: Token[], caption: Token[]): Series | null {
  const spans = cellsOf(tokens);
  if (spans.length < 2 || !spans.every(([from, to]) => isPeriodCell(tokens, from, to))) return null;
  return captionSeries(caption);
}

/**
 * "Metric (source)    Week 23    Week 22": the heading of a table whose columns are periods ("Week 23", "June 2025",
 * "2024") and whose rows say what they count. Its numbers are the periods', no figures.
 */
export function isPeriodHeading(tokens: Token[]): boolean {
  // (a sentence ends in its stop, a heading in its last period: most lines are rejected before their cells are cut)
  const last = tokens[tokens.length - 1];
  if (!last || (last.kind !== "num" && !MONTHS.has(last.lower) && !PERIOD_COLUMN_WORDS.has(last.lower) && !TOTAL_WORDS.has(last.lower))) return false;
  const spans = cellsOf(tokens);
  // ("KEY FIGURES, WEEK 47        This week    Since 1 Oct": a label may hold its own period)
  const label = spans[0] && tokens[spans[0][0]]?.kind === "word";
  return spans.length >= 3 && label && spans.slice(1).every(([from, to]) => isPeriodLabel(tokens.slice(from, to)));
}

/** "Week 23", "week 22", "June", "June 2025", "2024", "Q1 2025"; "This week", "Since 1 Oct", "Total". */
function isPeriodLabel(words: Token[]): boolean {
  if (!words.length) return false; // (an empty cell: "sq km   — — and")
  if (words.length === 1) return isPeriodWord(words[0]) || TOTAL_WORDS.has(words[0].lower);
  if (words[0].lower === "since" && words.length <= 4) return words.slice(1).some((w) => w.kind === "num" || MONTHS.has(w.lower));
  if (words.length !== 2) return false;
  if (RELATIVE_PERIODS.has(words[0].lower) && PERIOD_COLUMN_WORDS.has(words[1].lower)) return true;
  return (PERIOD_COLUMN_WORDS.has(words[0].lower) && words[1].kind === "num") || (MONTHS.has(words[0].lower) && isPeriodWord(words[1]));
}

const PERIOD_COLUMN_WORDS = new Set(["week", "month", "day", "quarter", "q", "h", "year"]);
const RELATIVE_PERIODS = new Set(["this", "last", "previous", "past"]);
/** A total's row label ("Total   804   126") or column heading ("This week    Total"). */
const TOTAL_WORDS = new Set(["total", "totals", "all", "overall", "cumulative"]);

function isLabelCell(tokens: Token[], [from, to]: [number, number]): boolean {
  return to > from && tokens.slice(from, to).every((token) => token.kind !== "num");
}

/**
 * A row under such a heading: "Area captured, sq km (DeepState)      96      143". What its label counts (its series), and
 * where its label ends; null unless the label is words and every other cell one figure.
 */
export function periodTableRow(tokens: Token[]): { series: Series | null; labelEnd: number } | null {
  const spans = cellsOf(tokens);
  if (spans.length < 2 || !isLabelCell(tokens, spans[0]) || !spans.slice(1).every(([from, to]) => to - from === 1 && tokens[from].kind === "num")) return null;
  const label = tokens.slice(spans[0][0], spans[0][1]);
  return { series: captionSeries(label), labelEnd: spans[0][1] };
}

/** "January — 427" (a month or a year, a dash, a figure): one line of a series set out line by line under its caption. */
export function isPeriodLine(tokens: Token[]): boolean {
  return isPeriodWord(tokens[0]) && tokens.length === 3 && PERIOD_DASHES.has(tokens[1].text) && tokens[2].kind === "num";
}

/** "Germany — 1,163,000", "Kyiv (city) — 366,000": a place's or a row's name and its figure, a series' line too. */
export function isLabelLine(tokens: Token[]): boolean {
  const n = tokens.length;
  if (n < 3 || n > MAX_LABEL_WORDS + 2 || tokens[n - 1].kind !== "num" || !LABEL_DASHES.has(tokens[n - 2].text)) return false;
  return tokens[0].capitalized && tokens.slice(0, n - 2).every((token) => token.kind === "word" || token.text === "(" || token.text === ")");
}

const MAX_LABEL_WORDS = 4;
const LABEL_DASHES = new Set(["—", "–"]);

const PERIOD_DASHES = new Set(["—", "–", "-", ":"]);

/** What a series' caption counts, and in which unit ("📊 Dynamics in 2025, km²": areas in km²). */
export function captionSeries(caption: Token[]): Series | null {
  // ("..., per month" is the series' step, no unit of its figures)
  let unit: UnitMatch | null = null;
  for (let k = 0; k < caption.length && !unit; k++) {
    const found = caption[k].kind === "word" ? unitAfter(caption, k) : null;
    if (found && MEASURES.has(found.entry.kind)) unit = found;
  }
  // (the unit first: "Territory captured ..., sq km per month" measures an area, it counts no prisoners)
  const measured = unit ? categoryOfUnit(unit.entry.kind) : null;
  const category = measured ?? seriesCategory(caption.filter((t) => t.kind === "word"));
  return category ? { category, unit } : null;
}

const MEASURES = new Set(["distance", "area", "currency", "weight"]);

/**
 * What a caption counts: a thing it names ("Russian armoured vehicles ... destroyed, damaged or captured": equipment),
 * else its toll ("killed and wounded": casualties; "soldiers killed": killed), else the people it names.
 */
function seriesCategory(words: Token[]): Category | null {
  const nouns = words.map((w) => NOUNS.get(w.lower)).filter((n) => !!n);
  const thing = nouns.find((n) => n.cls === "thing");
  if (thing) return thing.category;
  const tolls = new Set(words.map((w) => CASUALTY_VERBS.get(w.lower)).filter((toll) => !!toll));
  if (tolls.has("killed") && tolls.has("injured")) return "casualties";
  return [...tolls][0] ?? nouns[0]?.category ?? null;
}

/** "2022: 16,050", "Sep 2024: 476", "2025 (to 14 February): 6,591", "Oct: 610": a period, a colon, a figure. */
function isPeriodCell(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.kind !== "num" || tokens[to - 2]?.text !== ":") return false;
  return isPeriodWord(tokens[from]);
}

/** A month ("Sep", "January") or a year ("2024"): a series' period label. */
function isPeriodWord(token: Token | undefined): boolean {
  return !!token && (MONTHS.has(token.lower) || (token.kind === "num" && YEAR.test(token.text)));
}

/** Whether the figure from `start` to `end` is a series cell's, right after its period's colon (or dash) and closing the cell. */
export function isSeriesFigure(tokens: Token[], start: number, end: number): boolean {
  return PERIOD_DASHES.has(tokens[start - 1]?.text ?? "") && (end === tokens.length || tokens[end].text === "|");
}
