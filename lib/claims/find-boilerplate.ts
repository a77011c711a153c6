// Finds site boilerplate (newsletter boxes, video teasers, aggregator notices) as spans to delete.
// The patterns are data (data/boilerplate-patterns.ts); this module only runs them and merges the hits.
import { BOILERPLATE_PATTERNS, BOILERPLATE_SENTENCE, type BoilerplatePattern } from "./data/boilerplate-patterns";
import { splitSentences } from "./sentences";
import type { Span } from "./types";

export type BoilerplateMatch = Span & { name: string };

/** Every boilerplate match in text[from, to), in text offsets, sorted by start. Overlaps are allowed. */
export function findBoilerplate(
  text: string,
  { from = 0, to = text.length, patterns = BOILERPLATE_PATTERNS }: { from?: number; to?: number; patterns?: BoilerplatePattern[] } = {},
): BoilerplateMatch[] {
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  const matches: BoilerplateMatch[] = [];
  for (const { name, pattern } of patterns) {
    for (const match of region.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      matches.push({ name, start: from + match.index, end: from + match.index + match[0].length });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sentences of an already-cleaned body that still carry a boilerplate marker, as body spans. */
export function findBoilerplateSentences(body: string): BoilerplateMatch[] {
  if (!BOILERPLATE_SENTENCE.test(body)) return [];
  return splitSentences(body)
    .filter(({ text }) => BOILERPLATE_SENTENCE.test(text))
    .map(({ start, end }) => ({ name: "boilerplate-sentence", start, end }));
}

/** The text with every boilerplate match cut out, whitespace left as it falls (for previews and tests). */
export function stripBoilerplate(text: string): string {
  let out = "";
  let cursor = 0;
  for (const { start, end } of findBoilerplate(text)) {
    if (start > cursor) out += text.slice(cursor, start);
    cursor = Math.max(cursor, end);
  }
  return out + text.slice(cursor);
}
