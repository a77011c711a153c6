// Turns one file's text into its reports: date line, boilerplate removal, headline, outlet, and
// the digest split. The body is built only by deleting spans of the file text, so offsets map back.
import { findBoilerplate, findBoilerplateSentences } from "./find-boilerplate";
import { detectDigest } from "./digest";
import { findOutlet, parseHeadline, titleFromSentence } from "./headline";
import { buildBody, makeOffsetMapper, tidyWhitespace, type BodyView } from "./offset-map";
import { splitSentences } from "./sentences";
import type { ParsedReport, Span } from "./types";

export type ParseReportErrorCode = "BAD_DATE" | "NO_CONTENT";

export type ParseReportResult =
  | { ok: true; reports: ParsedReport[]; isDigest: boolean; digestReason: string }
  | { ok: false; code: ParseReportErrorCode; message: string };

type DateLine = { publishedAt: string | null; contentStart: number };

// The seed format: an optional leading " date YYYY-MM-DD", then the text (same line or next).
const DATE_LINE = /^\s*date:?[^\S\n]+(\d\S*)(?=\s|$)\s*/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseReportFile(text: string): ParseReportResult {
  const dateLine = readDateLine(text);
  if ("message" in dateLine) return { ok: false, code: "BAD_DATE", message: dateLine.message };
  const { publishedAt, contentStart } = dateLine;

  const keep = new Uint8Array(text.length);
  keep.fill(1, contentStart);
  for (const { start, end } of findBoilerplate(text, { from: contentStart })) keep.fill(0, start, end);
  tidyWhitespace(text, keep);

  let view = buildBody(text, keep);
  const leftovers = findBoilerplateSentences(view.body);
  if (leftovers.length > 0) view = deleteFromBody(text, keep, view, leftovers);
  const firstBreak = view.body.indexOf("\n");
  const headline =
    firstBreak > 0 ? parseHeadline(view.body.slice(0, firstBreak), view.body.startsWith("\n\n", firstBreak)) : null;
  if (headline) {
    // The headline stays in the body (its figures are claims too); only an outlet suffix goes.
    const keptChars = headline.title && view.body.startsWith(headline.title) ? headline.title.length : firstBreak;
    if (keptChars < firstBreak) view = deleteFromBody(text, keep, view, [{ start: keptChars, end: firstBreak }]);
  }
  if (view.body.length === 0) {
    return { ok: false, code: "NO_CONTENT", message: "file has no report text once the date line and site boilerplate are removed" };
  }

  const { body } = view;
  const toFileOffset = makeOffsetMapper(view.segments, body.length);
  const outlet = headline?.outlet ?? findOutlet(text.slice(contentStart));
  const digest = detectDigest(body, { hasHeadline: headline !== null, hasDateLine: publishedAt !== null });
  if (!digest.isDigest) {
    const title = headline?.title ?? firstSentenceTitle(headline ? body.slice(body.indexOf("\n") + 1).trimStart() : body);
    const report: ParsedReport = { title, outlet, publishedAt, body, raw: text, rawStart: 0, toFileOffset };
    return { ok: true, reports: [report], isDigest: false, digestReason: digest.reason };
  }
  const reports = digest.paragraphs.map((paragraph) => paragraphReport(text, body, paragraph, toFileOffset, { outlet, publishedAt }));
  return { ok: true, reports, isDigest: true, digestReason: digest.reason };
}

/** Deletes body spans from the file's keep mask and rebuilds the body. */
function deleteFromBody(text: string, keep: Uint8Array, view: BodyView, spans: Span[]): BodyView {
  const toFile = makeOffsetMapper(view.segments, view.body.length);
  for (const { start, end } of spans) for (let i = start; i < end; i++) keep[toFile(i)] = 0;
  tidyWhitespace(text, keep);
  return buildBody(text, keep);
}

function paragraphReport(
  text: string,
  body: string,
  { start, end }: Span,
  toFileOffset: (offset: number) => number,
  { outlet, publishedAt }: { outlet: string | null; publishedAt: string | null },
): ParsedReport {
  const paragraph = body.slice(start, end);
  const rawStart = toFileOffset(start);
  const rawEnd = toFileOffset(end - 1) + 1;
  return {
    title: firstSentenceTitle(paragraph),
    outlet,
    publishedAt,
    body: paragraph,
    raw: text.slice(rawStart, rawEnd),
    rawStart,
    toFileOffset: (offset) => {
      if (!Number.isInteger(offset) || offset < 0 || offset > paragraph.length) {
        throw new RangeError(`body offset ${offset} is outside 0..${paragraph.length}`);
      }
      return offset === paragraph.length ? rawEnd : toFileOffset(start + offset);
    },
  };
}

function firstSentenceTitle(body: string): string | null {
  // Line breaks always end sentences, and a title is at most ~120 characters: a bounded prefix will do.
  const lineEnd = body.indexOf("\n");
  const first = splitSentences(body.slice(0, Math.min(lineEnd === -1 ? body.length : lineEnd, 2000)))[0];
  return first ? titleFromSentence(first.text) : null;
}

function readDateLine(text: string): DateLine | { message: string } {
  const match = DATE_LINE.exec(text);
  if (!match) return { publishedAt: null, contentStart: 0 };
  const token = match[1];
  const parts = ISO_DATE.exec(token);
  if (!parts) return { message: `date line "${token}" is not in the form YYYY-MM-DD` };
  const [year, month, day] = parts.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { message: `date line "${token}" is not a real date` };
  }
  return { publishedAt: token, contentStart: match[0].length };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
