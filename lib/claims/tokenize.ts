// One regex pass over a span of text: numbers, words and single punctuation marks, with offsets.
// Every later rule looks at a few tokens around a number, never at the whole text again.

export const NUM = 0;
export const WORD = 1;
export const PUNCT = 2;

export type Token = {
  text: string;
  /** Lower-case text, with typographic apostrophes folded to ASCII. */
  lower: string;
  start: number;
  end: number;
  kind: typeof NUM | typeof WORD | typeof PUNCT;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
};

// Linear: each alternative consumes at least one character and none can backtrack into another.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\S/gu;
const WORDISH = /^[\p{L}]/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let previousEnd = start;
  while (TOKEN.lastIndex < end) {
    const match = TOKEN.exec(text);
    if (!match || match.index >= end) break;
    const raw = match[0];
    const tokenEnd = Math.min(match.index + raw.length, end);
    const value = raw.length === tokenEnd - match.index ? raw : raw.slice(0, tokenEnd - match.index);
    const first = value.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? NUM : isLetter(first) || (first > 127 && WORDISH.test(value)) ? WORD : PUNCT;
    tokens.push({
      text: value,
      lower: kind === WORD ? lowerCase(value) : value,
      start: match.index,
      end: tokenEnd,
      kind,
      spaced: match.index > previousEnd,
    });
    previousEnd = tokenEnd;
  }
  return tokens;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function lowerCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}
