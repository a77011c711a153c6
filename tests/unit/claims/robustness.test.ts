import fc from "fast-check";
import { extractClaims } from "@/lib/claims/extract";
import { splitSentences } from "@/lib/claims/sentences";

// Hostile input must never throw, hang, or produce an offset that does not slice back to its quote.

function checkOffsets(text: string): void {
  for (const claim of extractClaims(text, { publishedAt: "2024-01-01", includeNonClaims: true })) {
    expect(claim.start).toBeGreaterThanOrEqual(0);
    expect(claim.start).toBeLessThan(claim.end);
    expect(claim.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(text.slice(claim.sentence.start, claim.sentence.end).includes(claim.quote)).toBe(true);
  }
  for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
}

const words = fc.constantFrom(
  "killed", "two", "more than", "about", "drones", "12,000", "1.5", "km", "(", ")", "–", "-", "of the", "47",
  "Kupiansk", "said", "U.S.", "a.m.", "\n", ".", " ", "🇺🇦", "مرحبا", "\u202e", "\ud800", "twenty-six", "$61bn",
  "between", "and", "24/7", "15:40", "58-year-old", "T-72", "one and a half", "%", "sq km", "dozens of",
  // source phrases, which read ahead of the word that opens them ("..., says regional governor" closing a line threw once)
  "says", "said the", "according to", "the", "regional governor", "citing", "OVA", "Mayor", "—", ":", "Forwarded from", "SPOKE:",
);

describe("robustness", () => {
  test("random phrase soup never throws and keeps offsets valid", () => {
    fc.assert(fc.property(fc.array(words, { maxLength: 60 }).map((w) => w.join(" ")), (text) => checkOffsets(text)), { numRuns: 300 });
  });

  test("random unicode strings never throw", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkOffsets(text)), { numRuns: 300 });
  });

  test.each([
    ["empty", ""],
    ["1 MB of digits", "7".repeat(1_000_000)],
    ["100,000 nested parentheses", "(".repeat(100_000) + "5 drones" + ")".repeat(100_000)],
    ["emoji", "💥 12 drones 💥 shot down 🇺🇦 ".repeat(200)],
    ["right-to-left text", "\u202eقتل 12 شخصا\u202c and 3 drones were shot down. ".repeat(200)],
    ["lone surrogates", "\ud800 12 drones \udc00 were launched \ud83d".repeat(200)],
    ["a source phrase closing the text", "- Four killed and 23 injured in Kryvyi Rih, says regional governor"],
    // (a signature block's gap of spaces once backtracked exponentially on a long run of them)
    ["a footer line with a long gap of spaces", `The enemy attacked 3 districts.\n\nHead of the Regional Military Administration${" ".repeat(400)}x\n`],
    ["a fundraiser line of digits and spaces", `Raised ${"1 ".repeat(100_000)}of 5\n3 drones were shot down.`],
    ["dot leaders without end", `Annex 2. List of 57 incidents ${". ".repeat(200_000)}14`],
    // (an empty cell between two spaced dashes, in a line ending in a figure, once threw in the period-table heading check)
    ["an empty cell between dashes", "sq km   — — and 24/7"],
  ])("%s", (_, text) => checkOffsets(text));

  test("time grows linearly with input", () => {
    const unit = "Russia launched 72 drones and three ballistic missiles at Kupiansk overnight, the air force said. ";
    const time = (text: string) => {
      const started = performance.now();
      extractClaims(text, { publishedAt: "2024-11-03" });
      return performance.now() - started;
    };
    time(unit.repeat(500)); // warm up the JIT
    const once = Math.min(time(unit.repeat(4000)), time(unit.repeat(4000)));
    const twice = Math.min(time(unit.repeat(8000)), time(unit.repeat(8000)));
    expect(twice).toBeLessThan(once * 3 + 50);
  });

  // (a bare body noun or "the brigade" with no one of its kind heard yet looks back over the page for one named: each
  // sentence once read the whole page before it)
  test.each([
    ["a bare body noun", "Officers met in Sumy. Border guards detained 4 people, the Service said. "],
    ["'the brigade'", "Soldiers held the line. According to the brigade, 12 assaults were repelled. "],
  ])("time grows linearly with %s asked at every sentence", (_, unit) => {
    const time = (text: string) => {
      const started = performance.now();
      extractClaims(text);
      return performance.now() - started;
    };
    time(unit.repeat(200)); // warm up the JIT
    const once = Math.min(time(unit.repeat(3000)), time(unit.repeat(3000)));
    const twice = Math.min(time(unit.repeat(6000)), time(unit.repeat(6000)));
    expect(twice).toBeLessThan(once * 3 + 50);
  });

  // (the sentence splitter cuts an endless word into pieces; each piece's tokens were once read to the word's end)
  // (a masthead's split on "\s*[·|•]\s*" once backtracked quadratically on a line of spaces: 1 MB took minutes)
  test.each([
    ["Cyrillic word", "Я", 150_000, ""],
    ["Latin word", "a", 600_000, ""],
    ["line of spaces", " ", 200_000, ""],
    // (a nameplate's Cyrillic part before its English one was matched by a pattern that tried every split of a Cyrillic line)
    ["Cyrillic line ending in a Latin letter", "Я", 20_000, " x\n3 drones were shot down."],
  ])("time grows linearly with one long %s", (_, letter, size, end = "") => {
    const time = (text: string) => {
      const started = performance.now();
      extractClaims(text);
      return performance.now() - started;
    };
    time(letter.repeat(5_000) + end); // warm up the JIT
    const once = Math.min(time(letter.repeat(size) + end), time(letter.repeat(size) + end));
    const twice = Math.min(time(letter.repeat(2 * size) + end), time(letter.repeat(2 * size) + end));
    expect(twice).toBeLessThan(once * 3 + 50);
  });
});
