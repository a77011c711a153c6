import fc from "fast-check";
import { BoilerplateFilter } from "@/lib/claims/boilerplate";
import { BOILERPLATE_MARKERS } from "@/lib/claims/data/boilerplate";
import { splitSentences } from "@/lib/claims/sentences";

// The one-pass marker search must flag exactly the sentences a case-insensitive regex would.

const MARKERS = new RegExp(BOILERPLATE_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i");

/** The per-sentence regex version the filter replaced, caption memory included. */
function referenceFilter(): (sentence: string) => boolean {
  const seen: string[] = [];
  return (sentence) => {
    if (MARKERS.test(sentence)) {
      seen.push(sentence.toLowerCase().slice(0, 4000));
      if (seen.length > 3) seen.shift();
      return true;
    }
    if (!seen.length || sentence.length < 20 || sentence.length > 400) return false;
    return seen.some((text) => text.includes(sentence.toLowerCase()));
  };
}

describe("BoilerplateFilter", () => {
  test("page furniture is flagged, and so is a later caption repeating a teaser", () => {
    const text = "Click to play video: 'Russian drones hit Kharkiv apartment block' Russian drones hit Kharkiv apartment block. Two people were killed.";
    const filter = new BoilerplateFilter(text);
    expect(splitSentences(text).map((s) => filter.isBoilerplate(s))).toEqual([true, false]);
    const copyright = "Twelve drones were downed. © 2024 Kyiv News. 5 min read";
    const second = new BoilerplateFilter(copyright);
    expect(splitSentences(copyright).map((s) => second.isBoilerplate(s))).toEqual([false, true, true]);
  });

  test("flags the sentences a case-insensitive regex over each sentence flags", () => {
    const pieces = fc.oneof(
      fc.constantFrom(...BOILERPLATE_MARKERS).map((m) => m.slice(0, Math.max(1, m.length - 1)) + m.slice(-1)),
      fc.constantFrom(...BOILERPLATE_MARKERS).chain((m) => fc.array(fc.boolean(), { minLength: m.length, maxLength: m.length }).map((up) => Array.from(m, (c, i) => (up[i] ? c.toUpperCase() : c)).join(""))),
      fc.constantFrom(" ", ". ", "\n", "sign", " up", "read", " more", "K", "ſ", "12 drones", "©", "Wat", "ch:", "İ"),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join("")), (text) => {
        const filter = new BoilerplateFilter(text);
        const reference = referenceFilter();
        for (const sentence of splitSentences(text)) expect(filter.isBoilerplate(sentence)).toBe(reference(sentence.text));
      }),
      { numRuns: 2000 },
    );
  });
});
