import fc from "fast-check";
import { segment, splitSentences } from "@/lib/claims/sentences";

describe("splitSentences", () => {
  const text = `The U.S. political class said 1.5 km. Gen. Smith left at 8 a.m. The next day came. “We retreated.” He said so. No. 3 Brigade held.\nA new paragraph`;
  const sentences = splitSentences(text);

  test("a footnote marker glued to a full stop ends its sentence ('68 people.3 On 9 May', 'Ukraine.12 The')", () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts("Missiles killed 68 people.3 On 9 May, a drone hit a bus.")).toEqual(["Missiles killed 68 people.3", "On 9 May, a drone hit a bus."]);
    expect(texts("The toll rose in Ukraine.12 The mission verified it.")).toEqual(["The toll rose in Ukraine.12", "The mission verified it."]);
    expect(texts("Prices rose by 4.5 percent.")).toEqual(["Prices rose by 4.5 percent."]);
  });

  test("'obl.' before a figure does not end its sentence ('In Dnipropetrovsk obl. 4 were injured')", () => {
    expect(splitSentences("In Dnipropetrovsk obl. 4 were injured.").map((s) => s.text)).toEqual(["In Dnipropetrovsk obl. 4 were injured."]);
    expect(splitSentences("Two were injured in Kharkiv obl. Russian drones also hit Sumy.").map((s) => s.text)).toEqual(["Two were injured in Kharkiv obl.", "Russian drones also hit Sumy."]);
  });

  test("a bracketed footnote marker after a full stop stays with its sentence ('in January.[2] I can')", () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts("It claimed 26 settlements in January.[2] I can confirm 17 of them.")).toEqual(["It claimed 26 settlements in January.[2]", "I can confirm 17 of them."]);
    expect(texts("The Air Force said so.[13]")).toEqual(["The Air Force said so.[13]"]);
  });

  test("a line a converted PDF wrapped mid-sentence runs on; a list's short entries and a line ending in a stop do not", () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    const wrapped = "The deadliest event took place in Dobropillia on the night of 6 to 7 March, when a\nstrike killed 11 civilians, injured at\nleast 40 and damaged eight apartment blocks.";
    expect(texts(wrapped)).toEqual([wrapped]);
    // (into a figure, or from a figure into its noun)
    const figures = "the regional military administration reported that Russian forces shelled the region more than\n48 times, and in the Orikhiv hromada, where around 1,300\npeople remain, a school was hit.";
    expect(texts(figures)).toEqual([figures]);
    // (but not into a list's next stamp or date: "... hit Zaporizhzhia" / "6h ago  UK MoD: ...")
    expect(texts("4h ago  Three killed as Russian guided bombs hit the city of Zaporizhzhia\n6h ago  UK MoD: Russian casualties averaged 1,523 a day")).toHaveLength(2);
    expect(texts("personnel ‒ about 1,000,340 (+1,110) persons\ntanks ‒ 10,920 (+3)")).toEqual(["personnel ‒ about 1,000,340 (+1,110) persons", "tanks ‒ 10,920 (+3)"]);
    expect(texts("The strike destroyed a warehouse in the Kyiv region on Tuesday night.\nrescuers worked for 6 hours")).toHaveLength(2);
  });

  test("a wrapped line stopping on a comma or a word no sentence ends on runs on into a capital; a list's next entry does not", () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    const lead = "At least 48 civilians were killed and 312 injured in Ukraine last week, the UN Human Rights Monitoring Mission said. Over the same week,\nRussia launched more than 1,100 drones and over 40 missiles at Ukraine, according to the\nUkrainian Air Force.";
    expect(texts(lead)).toHaveLength(2);
    expect(texts(lead)[1]).toMatch(/^Over the same week,\nRussia .* the\nUkrainian Air Force\.$/);
    // (not a short line, nor a list's next numbered, dashed or bulleted entry, nor a line ending on a noun)
    const firstLine = (t: string) => texts(t)[0];
    expect(firstLine("Strikes hit these districts of the Kharkiv region overnight, and of the\n- Kupiansk district: 3 injured")).toBe("Strikes hit these districts of the Kharkiv region overnight, and of the");
    expect(firstLine("Russian forces shelled the following settlements of the Sumy region overnight,\n2. Bilopillia: 4 injured")).toBe("Russian forces shelled the following settlements of the Sumy region overnight,");
    expect(firstLine("Short line of the\nRegion")).toBe("Short line of the");
    expect(firstLine("Three killed as Russian guided bombs hit the city of Zaporizhzhia overnight\nUK MoD: Russian casualties averaged 1,523 a day")).toBe("Three killed as Russian guided bombs hit the city of Zaporizhzhia overnight");
  });

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

  test("cuts lines exactly where Intl.Segmenter does", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    const pieces = fc.constantFrom(
      "a", "b", "Z", "Q", " ", "  ", ".", "!", "?", '"', "'", "(", ")", "[", "]", "{", "}", "«", "»", "1", "9", ",", "-",
      ":", ";", "–", "—", "‘", "’", "“", "”", "…", "\u00a0", "\t", "ß", "É", "ё", "Ж", "ґ", "Ґ", "#", "$", "%", "&", "*",
      "/", "<", ">", "@", "€", "°", "×", "Ab", "U.S.", "e.g.", "3.5", "📍", "🔹", "🇺🇦", "•", "👍🏽", "❗️", "Ω", "\u200b",
      "·", "©", "£", "²", "‹", "›", "▪", "─",
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 40 }).map((p) => p.join("")), (line) => {
        const expected = [...segmenter.segment(line)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
        expect(segment(line, { start: 0, end: line.length })).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a first initial after a label's colon", () => {
  test("'HEARD: O. Senkevych, city mayor.' is one sentence; a sentence ending in a capital letter still ends", () => {
    expect(splitSentences("HEARD: O. Senkevych, city mayor. Since May, 312 buildings were damaged.").map((s) => s.text)).toEqual(["HEARD: O. Senkevych, city mayor.", "Since May, 312 buildings were damaged."]);
    expect(splitSentences("They fell back to line B. Kharkiv, meanwhile, was shelled.").map((s) => s.text)).toHaveLength(2);
  });
});
