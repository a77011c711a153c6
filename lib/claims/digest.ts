// Is a file a digest of separate one-paragraph story summaries (seed 004), or one article?
// Only split on positive evidence that every paragraph stands alone; when in doubt, one report.
import { splitSentences } from "./sentences";
import type { Span } from "./types";

export type DigestDecision = { isDigest: boolean; reason: string; paragraphs: Span[] };

const MIN_PARAGRAPHS = 3;
const MIN_WORDS = 25;
const MAX_SENTENCES = 6;

// Openings that lean on the paragraph before: pronouns, connectives, continuations.
const DEPENDENT_OPENERS = new Set(
  (
    "he she they it we i you his her their its our them this that these those such there " +
    "but and or so yet also still then thus hence however meanwhile moreover furthermore additionally " +
    "nevertheless nonetheless instead otherwise besides likewise similarly consequently therefore " +
    "despite although though earlier later afterwards elsewhere indeed both another"
  ).split(" "),
);
const DEPENDENT_PHRASES = /^(?:in (?:response|addition|contrast|turn|the meantime|the east|the south|the north|the west)|as a result|at the same time|on the other hand|by contrast|for (?:his|her|their|its) part)\b/i;
const ATTRIBUTION_TAIL = /,[^\S\n]+(?:he|she|they|it)[^\S\n]+(?:said|says|added|told)\b[^.!?]{0,60}[.!?]["”’]?$/i;
const WIRE_DATELINE = /^\p{Lu}[\p{L}\d .,'-]{1,60}\((?:Reuters|AP|AFP|Ukrinform)\)/u;

/** Paragraphs of a cleaned body: blank-line blocks when there are blank lines, else lines. */
export function paragraphsOf(body: string): Span[] {
  const separator = body.includes("\n\n") ? /\n\n+/g : /\n+/g;
  const spans: Span[] = [];
  let start = 0;
  for (const match of body.matchAll(separator)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < body.length) spans.push({ start, end: body.length });
  return spans;
}

/** `hasHeadline` / `hasDateLine`: a headline or date line marks the file as one dated article. */
export function detectDigest(body: string, { hasHeadline, hasDateLine }: { hasHeadline: boolean; hasDateLine: boolean }): DigestDecision {
  const paragraphs = paragraphsOf(body);
  const no = (reason: string): DigestDecision => ({ isDigest: false, reason, paragraphs });
  if (hasHeadline) return no("the file has a headline");
  if (hasDateLine) return no("the file has a date line");
  if (paragraphs.length < MIN_PARAGRAPHS) return no(`fewer than ${MIN_PARAGRAPHS} paragraphs`);

  const texts = paragraphs.map(({ start, end }) => body.slice(start, end));
  // A dateline heads a wire story; on the first paragraph alone it heads the whole file.
  const datelined = texts.filter((text) => WIRE_DATELINE.test(text)).length;
  if (datelined > 0 && datelined < texts.length) return no("a wire dateline heads the file, not each paragraph");
  for (const [index, text] of texts.entries()) {
    const problem = standAloneProblem(text);
    if (problem) return no(`paragraph ${index + 1} ${problem}`);
  }
  const backReference = surnameBackReference(texts);
  if (backReference) return no(backReference);
  return { isDigest: true, reason: `${paragraphs.length} self-contained one-paragraph summaries`, paragraphs };
}

function standAloneProblem(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (/^[^\p{Lu}\p{N}]/u.test(text)) return "does not open with a capitalised word";
  const opener = words[0].toLowerCase().replace(/[^\p{L}]+$/u, "").replace(/['’]s$/, "");
  if (DEPENDENT_OPENERS.has(opener) || DEPENDENT_PHRASES.test(text)) return `opens with "${words[0]}", leaning on what came before`;
  if (ATTRIBUTION_TAIL.test(text)) return "ends with a pronoun attribution (\"he said\")";
  if (!/[.!?]["'”’)]*$/.test(text)) return "does not end a sentence";
  if (words.length < MIN_WORDS) return `is shorter than ${MIN_WORDS} words`;
  const sentences = splitSentences(text).length;
  if (sentences > MAX_SENTENCES) return `has ${sentences} sentences, more than a summary`;
  return null;
}

const FULL_NAME = /\b\p{Lu}\p{Ll}+[^\S\n]+(\p{Lu}\p{Ll}+)\b(?!['’]s\b)/gu;
const CAPITALISED = /\b\p{Lu}\p{Ll}+\b/gu;

/**
 * A person introduced in full in one paragraph and named by surname alone in a later one
 * ("Serhii Cherevatyi" ... "Cherevatyi also reports") is one article's running thread.
 */
function surnameBackReference(texts: string[]): string | null {
  const introduced = new Set<string>();
  for (const [index, text] of texts.entries()) {
    const fullHere = new Set<string>();
    for (const match of text.matchAll(FULL_NAME)) {
      // "Despite Ukrainian defences" opens a sentence; a name introduced mid-sentence is safer.
      if (!/(?:^|[.!?]["'”’)]*\s+)$/.test(text.slice(Math.max(0, match.index - 4), match.index))) fullHere.add(match[1]);
    }
    for (const [word] of text.matchAll(CAPITALISED)) {
      if (introduced.has(word) && !fullHere.has(word)) {
        return `paragraph ${index + 1} refers back to ${word}, named in full earlier`;
      }
    }
    for (const surname of fullHere) introduced.add(surname);
  }
  return null;
}
