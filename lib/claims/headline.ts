// Title and outlet: from a headline line ("Title – Section | Outlet") where the file has one,
// else from bylines and datelines in the text, else the title is the opening sentence.
import { KNOWN_OUTLETS, OUTLET_PATTERNS } from "./data/outlets";

/** title null: the line names the source only; take the title from the text below it. */
export type Headline = { title: string | null; outlet: string | null };

const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;
const TITLE_CHARS = 120;
const MIN_TITLE_WORDS = 4;
const LEADING_SYMBOLS = /^[^\p{L}\p{N}"'“‘(]+/u;
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{L}\d .,'-]{1,60}\((?:Reuters|AP|AFP|Ukrinform)\)[^\S\n]*[-–—][^\S\n]*/u;

const SECTION_AND_OUTLET = /^(.+?)[^\S\n]+[-–—][^\S\n]+[^|–—\n]{1,40}?[^\S\n]*\|[^\S\n]*([^|\n]{2,60})$/;
const PIPE_OUTLET = /^(.+?)[^\S\n]*\|[^\S\n]*([^|\n]{2,60})$/;
const BYLINE_OR_DATE = /^(?:By[^\S\n]+\p{Lu}|(?:Updated|Published|Posted)\b|\p{L}+[^\S\n]+\d{1,2},?[^\S\n]+\d{4}$|\d{1,2}[^\S\n]+\p{L}+[^\S\n]+\d{4}$)/u;
const DASH_SUFFIX = /^(.+)[^\S\n]+[-–—][^\S\n]+([^-–—\n]{2,40})$/;

/**
 * A headline is a short first line without a final period, followed by a blank line: `line` is
 * that first line and `isFollowedByBlankLine` says whether a blank line and more text come next.
 */
export function parseHeadline(line: string, isFollowedByBlankLine: boolean): Headline | null {
  const text = line.trim();
  if (!isFollowedByBlankLine || text.length === 0 || text.length > MAX_HEADLINE_CHARS) return null;
  if (/[.,;:]["'”’)]*$/.test(text) || !/^[\p{Lu}\p{N}"'“‘]/u.test(text)) return null;
  if (BYLINE_OR_DATE.test(text)) return null;
  const words = text.split(/\s+/).length;
  if (words < 3 || words > MAX_HEADLINE_WORDS) return null;

  const sectioned = SECTION_AND_OUTLET.exec(text) ?? PIPE_OUTLET.exec(text);
  // "Oleh Syniehubov | Олег Синєгубов": a short name before the bar is the source, not a headline.
  if (sectioned) {
    const [title, outlet] = [sectioned[1].trim(), sectioned[2].trim()];
    const isShort = title.split(/\s+/).length < MIN_TITLE_WORDS;
    return isShort && !isKnownOutlet(outlet) ? { title: null, outlet: title } : { title, outlet };
  }
  const dashed = DASH_SUFFIX.exec(text);
  if (dashed && isKnownOutlet(dashed[2])) return { title: dashed[1].trim(), outlet: dashed[2].trim() };
  return { title: text, outlet: null };
}

function isKnownOutlet(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/.test(lower) || KNOWN_OUTLETS.some((known) => known.toLowerCase() === lower);
}

const DATE_LINE_START = /^\s*date:?\s+\d{4}-\d{2}-\d{2}\s*/;
const MASTHEAD_LINES = 3;

/** A page's first lines under its date line, where a site's masthead names it ("NOVAYA GAZETA EUROPE", "CNN · World · Europe"). */
export function mastheadLines(text: string): string[] {
  return text.replace(DATE_LINE_START, "").split("\n", MASTHEAD_LINES + 1).slice(0, MASTHEAD_LINES);
}

/** The outlet named by a newsletter box, a wire dateline or a copyright line, or null. */
export function findOutlet(text: string): string | null {
  for (const { pattern, outlet } of OUTLET_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const name = (outlet ?? match[1] ?? "").replace(/[\s.]+$/, "");
    if (name) return name;
  }
  return null;
}

/** A title from a report's opening sentence: final period dropped, cut at a word near 120 chars. */
export function titleFromSentence(sentence: string): string {
  const text = sentence.replace(/\s+/g, " ").trim().replace(WIRE_DATELINE, "").replace(LEADING_SYMBOLS, "").replace(/\.$/, "");
  if (text.length <= TITLE_CHARS) return text;
  const space = text.lastIndexOf(" ", TITLE_CHARS);
  let cut = space > TITLE_CHARS / 2 ? space : TITLE_CHARS;
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut -= 1; // never split a surrogate pair
  const head = text.slice(0, cut).replace(/[\s,;:–—-]+$/, "");
  return `${head}…`;
}
