import type { Token } from "./tokenize";

// Matching token sequences written as lower-case word lists, without regexes over the text.

export type Phrase = { words: string[] };

/** Index phrases by first word so a lookup costs only the candidates that can start here. */
export function indexByFirst<T extends Phrase>(phrases: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const phrase of phrases) {
    const list = index.get(phrase.words[0]) ?? [];
    list.push(phrase);
    index.set(phrase.words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Index phrases by last word, for matching backwards from a number. */
export function indexByLast<T extends Phrase>(phrases: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const phrase of phrases) {
    const last = phrase.words[phrase.words.length - 1];
    const list = index.get(last) ?? [];
    list.push(phrase);
    index.set(last, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  if (i < 0 || i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k].lower !== words[k]) return false;
  return true;
}

/** Longest phrase starting at token i. */
export function longestAt<T extends Phrase>(index: Map<string, T[]>, tokens: Token[], i: number): T | null {
  const candidates = tokens[i] ? index.get(tokens[i].lower) : undefined;
  if (!candidates) return null;
  for (const phrase of candidates) if (matchesAt(tokens, i, phrase.words)) return phrase;
  return null;
}

/** Longest phrase ending just before token `end` (exclusive). */
export function longestEndingAt<T extends Phrase>(index: Map<string, T[]>, tokens: Token[], end: number): T | null {
  const candidates = tokens[end - 1] ? index.get(tokens[end - 1].lower) : undefined;
  if (!candidates) return null;
  for (const phrase of candidates) if (matchesAt(tokens, end - phrase.words.length, phrase.words)) return phrase;
  return null;
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token?.capitalized;
}
