import fc from "fast-check";
import { NUM, PUNCT, tokenize, WORD, type Token } from "@/lib/claims/tokenize";
import { wordId } from "@/lib/claims/word-set";

// The hand-written scanner must cut exactly where the grammar's regex does.

const GRAMMAR = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\S/gu;

function reference(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  GRAMMAR.lastIndex = start;
  let previousEnd = start;
  for (let match = GRAMMAR.exec(text); match && match.index < end; match = GRAMMAR.exec(text)) {
    const tokenEnd = Math.min(match.index + match[0].length, end);
    const slice = text.slice(match.index, tokenEnd);
    const value = slice === "\u2012" || slice === "\u2015" ? "–" : slice; // figure dash, horizontal bar: the en dash
    const first = value.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? NUM : /^\p{L}/u.test(value) ? WORD : PUNCT;
    const initial = value.charAt(0);
    const capitalized = kind === WORD && initial !== initial.toLowerCase() && initial === initial.toUpperCase();
    const lower = kind === WORD ? value.toLowerCase().replace(/’/g, "'") : value;
    tokens.push({ text: value, lower, start: match.index, end: tokenEnd, kind, spaced: match.index > previousEnd, capitalized, id: wordId(lower) });
    previousEnd = tokenEnd;
  }
  return tokens;
}

const pieces = fc.constantFrom(
  "12", "1,000", "3.5", ".", ",", "5.", "a", "Kupiansk", "’s", "'", "’", "don't", "rock'n'roll", " ", "\u00a0", "\t",
  "\n", "-", "–", "\u2012", "é", "e\u0301", "\u0301", "Купянськ", "🇺🇦", "𝐀", "\ud800", "\udc00", "(", "%", "$", "x’", "’1",
);

describe("tokenize", () => {
  test("numbers, words with apostrophes and single marks, with offsets and spacing", () => {
    const tokens = tokenize("Russia's 1,520 drones – 74.13 km²");
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ["Russia's", WORD], ["1,520", NUM], ["drones", WORD], ["–", PUNCT], ["74.13", NUM], ["km", WORD], ["²", PUNCT],
    ]);
    expect(tokens[0].lower).toBe("russia's");
    expect(tokenize("Ukraine’s")[0].lower).toBe("ukraine's");
    expect(tokens.map((t) => t.spaced)).toEqual([false, true, true, true, true, true, false]);
  });

  test("matches the grammar's regex on random text and random spans", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join("")), fc.nat(), fc.nat(), (text, a, b) => {
        expect(tokenize(text)).toEqual(reference(text));
        let start = a % (text.length + 1);
        if (/[\udc00-\udfff]/.test(text.charAt(start)) && /[\ud800-\udbff]/.test(text.charAt(start - 1))) start--; // spans never open mid-pair
        const end = start + (b % (text.length - start + 1));
        expect(tokenize(text, start, end)).toEqual(reference(text, start, end));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => expect(tokenize(text)).toEqual(reference(text))), { numRuns: 1000 });
  });
});
