import { tokenize } from "@/lib/claims/tokenize";
import { WordSet, wordId } from "@/lib/claims/word-set";

// Lexicon membership read through the token's word id must agree with the words themselves.

const OPENERS = new WordSet(["since", "past", "last"]);
const PRONOUNS = new WordSet(["which", "where", "last"]); // "last" shared: one id, listed by both

describe("WordSet", () => {
  test("a token is in a set exactly when its lower-case word is", () => {
    const tokens = tokenize("Since the LAST week, which ended, Past events");
    expect(tokens.filter((t) => OPENERS.hasToken(t)).map((t) => t.text)).toEqual(["Since", "LAST", "Past"]);
    expect(tokens.filter((t) => PRONOUNS.hasToken(t)).map((t) => t.text)).toEqual(["LAST", "which"]);
  });

  test("a sentence mentions a set's word when any of its tokens is listed", () => {
    expect(OPENERS.hasAnyToken(tokenize("Events of the PAST week"))).toBe(true);
    expect(OPENERS.hasAnyToken(tokenize("Events of this week"))).toBe(false);
    expect(OPENERS.hasAnyToken([])).toBe(false);
  });

  test("words no set lists share id 0 and belong to none", () => {
    const [unlisted] = tokenize("Kruhliakivka");
    expect(unlisted.id).toBe(0);
    expect(OPENERS.hasToken(unlisted)).toBe(false);
    expect(OPENERS.hasToken(undefined)).toBe(false);
  });

  test("a set built after another still answers for the words both list, and only for its own", () => {
    const later = new WordSet(["where", "whence"]);
    const [where, whence, since] = tokenize("where whence since");
    expect(later.hasToken(where) && later.hasToken(whence)).toBe(true);
    expect(later.hasToken(since)).toBe(false);
    expect(OPENERS.hasToken(whence)).toBe(false);
    expect(wordId("whence")).toBe(whence.id);
  });

  test("has() answers for words that are no token's own", () => {
    expect(OPENERS.has("since")).toBe(true);
    expect(OPENERS.has("Since")).toBe(false);
    expect([...PRONOUNS]).toEqual(["which", "where", "last"]);
  });
});
