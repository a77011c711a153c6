import type { Token } from "./tokenize";

// Lexicon words as small integers. A sentence's every token is asked about a dozen word lists
// (does it open a period, a source, a number, a relative clause ...); hashing the same word a
// dozen times was a fifth of extraction time. Every WordSet gives its words an id when its module
// loads, tokenize() looks each token's word up once (Token.id), and a WordSet answers for a token
// by reading one array slot.

const IDS = new Map<string, number>(); // id 0: a word no WordSet lists

/** The id of a lower-case word, 0 when no WordSet lists it. */
export function wordId(lower: string): number {
  return IDS.get(lower) ?? 0;
}

/**
 * A fixed set of lower-case words. Build it at module level only: tokens made before a set is
 * built carry no id for the words only that set lists.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly member: Uint8Array;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) if (!IDS.has(word)) IDS.set(word, IDS.size + 1);
    this.member = new Uint8Array(IDS.size + 1);
    for (const word of this.words) this.member[IDS.get(word) as number] = 1;
  }

  /** For a word that is not a token's own (a stripped or joined form). */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether the token's lower-case form is listed; false for a missing token. */
  hasToken(token: Token | undefined): boolean {
    if (token === undefined) return false;
    const id = token.id;
    return id !== 0 && id < this.member.length && this.member[id] === 1;
  }

  /** Whether any of the tokens is listed: "does the sentence mention a weapon". */
  hasAnyToken(tokens: readonly Token[]): boolean {
    for (const token of tokens) if (this.hasToken(token)) return true;
    return false;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.words[Symbol.iterator]();
  }
}
