import { splitSentences } from "@/lib/claims/sentences";

describe("splitSentences", () => {
  const text = `The U.S. political class said 1.5 km. Gen. Smith left at 8 a.m. The next day came. “We retreated.” He said so. No. 3 Brigade held.\nA new paragraph`;
  const sentences = splitSentences(text);

  test("offsets slice back to each sentence", () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test("abbreviations, decimals, a.m. and closing quotes do not end sentences wrongly", () => {
    expect(sentences.map((s) => s.text)).toEqual([
      "The U.S. political class said 1.5 km.",
      "Gen. Smith left at 8 a.m.",
      "The next day came.",
      "“We retreated.”",
      "He said so.",
      "No. 3 Brigade held.",
      "A new paragraph",
    ]);
  });

  test("a long line without breaks is cut into bounded chunks with valid offsets", () => {
    const long = "word ".repeat(5000);
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const s of parts) expect(long.slice(s.start, s.end)).toBe(s.text);
  });
});
