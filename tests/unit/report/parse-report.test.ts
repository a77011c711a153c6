import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parseReportFile, type ParseReportResult } from "@/lib/claims/parse-report";
import { splitSentences } from "@/lib/claims/sentences";
import type { ParsedReport } from "@/lib/claims/types";

const SEEDS = ["000_f1521c44bd55919a.txt", "001_06bb70b0c2e1c864.txt", "002_de560c42ae04d453.txt", "003_91ec7e60efdce552.txt", "004_2304eeb1ea2139d4.txt"];
const seed = (name: string) => readFileSync(path.join(__dirname, "../../../seeds", name), "utf8");

function reportsOf(result: ParseReportResult): ParsedReport[] {
  if (!result.ok) throw new Error(`expected reports, got ${result.code}: ${result.message}`);
  return result.reports;
}

function expectOffsetsIntact(file: string, report: ParsedReport) {
  for (let i = 0; i < report.body.length; i++) {
    if (file[report.toFileOffset(i)] !== report.body[i]) throw new Error(`body[${i}] maps to the wrong file character`);
  }
  expect(report.toFileOffset(report.body.length)).toBeLessThanOrEqual(file.length);
  expect(file.slice(report.rawStart, report.rawStart + report.raw.length)).toBe(report.raw);
}

describe("seed reports", () => {
  test.each(SEEDS)("%s keeps every body character at its place in the file", (name) => {
    const file = seed(name);
    for (const report of reportsOf(parseReportFile(file))) expectOffsetsIntact(file, report);
  });

  test.each(SEEDS)("%s has no boilerplate left in any sentence", (name) => {
    for (const { body } of reportsOf(parseReportFile(seed(name)))) {
      for (const { text } of splitSentences(body)) {
        expect(text).not.toMatch(/sign up|click to play video|story continues below advertisement|denial of responsibility/i);
        expect(text).not.toMatch(/thanks for signing up|click here|read original article|deleted within 24 hours|TechAI/i);
      }
    }
  });

  test("seed 000: dated, outlet from the newsletter box, body opens with the article", () => {
    const [report] = reportsOf(parseReportFile(seed(SEEDS[0])));
    expect(report.publishedAt).toBe("2023-10-17");
    expect(report.outlet).toBe("The Independent");
    expect(report.body.startsWith("Russia has intensified its offensive in northeastern Ukraine")).toBe(true);
    expect(report.body.endsWith("“We expect there will be new waves of heavy attacks in the days to come.”")).toBe(true);
    expect(report.title).toBe("Russia has intensified its offensive in northeastern Ukraine to break through its heavily fortified defence and…");
    expect(report.raw).toBe(seed(SEEDS[0]));
    expect(report.rawStart).toBe(0);
  });

  test("seed 002: title and outlet from the headline, whose outlet suffix leaves the body", () => {
    const [report] = reportsOf(parseReportFile(seed(SEEDS[2])));
    expect(report.title).toBe("Ukraine reports small advances against Russian troops in counteroffensive");
    expect(report.outlet).toBe("Globalnews.ca");
    expect(report.publishedAt).toBeNull();
    expect(report.body.startsWith("Ukraine reports small advances against Russian troops in counteroffensive\n\nThe Ukrainian military on Tuesday reported")).toBe(true);
    expect(report.body).not.toContain("Globalnews.ca");
    expect(report.body.endsWith("Reuters could not verify the battlefield developments.")).toBe(true);
    expect(report.body).not.toContain("Russia bombards Odesa, Ukraine with more retaliation airstrikes");
    expect(report.body).not.toMatch(/\n{3}/);
  });

  test("seeds 001 and 003: dated, no outlet named, title from the opening sentence", () => {
    const [first] = reportsOf(parseReportFile(seed(SEEDS[1])));
    const [third] = reportsOf(parseReportFile(seed(SEEDS[3])));
    expect([first.publishedAt, first.outlet]).toEqual(["2023-11-09", null]);
    expect([third.publishedAt, third.outlet]).toEqual(["2023-11-17", null]);
    expect(third.title).toBe("Russian officials assert that their troops have made significant progress in northeast Ukraine, advancing nearly two…");
  });

  test.each(SEEDS.slice(0, 4))("article %s stays one report", (name) => {
    const result = parseReportFile(seed(name));
    expect(reportsOf(result)).toHaveLength(1);
    expect(result.ok && result.isDigest).toBe(false);
  });

  test("seed 004, a digest, becomes one report per summary paragraph", () => {
    const file = seed(SEEDS[4]);
    const lines = file.split("\n");
    const reports = reportsOf(parseReportFile(file));
    expect(reports).toHaveLength(6);
    let lineStart = 0;
    for (const [index, report] of reports.entries()) {
      expect(report.rawStart).toBe(lineStart);
      expect(report.raw).toBe(lines[index]);
      expect(report.body).toBe(lines[index]);
      expect(report.publishedAt).toBeNull();
      expectOffsetsIntact(file, report);
      lineStart += lines[index].length + 1;
    }
    expect(reports.map((r) => r.title?.slice(0, 40))).toEqual([
      "Russian forces are unable to build a stra",
      "Russian forces in Kupyansk are collapsing",
      "The ISW reports that Russian forces are r",
      "Russian armored vehicles unexpectedly inf",
      "Ukraine has ordered a mandatory evacuatio",
      "The strategic rail hub of Kupyansk in Ukr",
    ].map((t) => t.slice(0, 40)));
    expect(reports[2].title).toBe(
      "The ISW reports that Russian forces are regrouping and reinforcing in western Donetsk, likely preparing for a major…",
    );
  });
});

describe("the date line", () => {
  test("text may follow on the same line or the next", () => {
    const sameLine = reportsOf(parseReportFile(" date 2024-02-29 Two people were killed in Kupiansk."))[0];
    const nextLine = reportsOf(parseReportFile(" date 2024-02-29\nTwo people were killed in Kupiansk."))[0];
    expect(sameLine.publishedAt).toBe("2024-02-29");
    expect(sameLine.body).toBe("Two people were killed in Kupiansk.");
    expect(nextLine.body).toBe(sameLine.body);
    expect(sameLine.toFileOffset(0)).toBe(17);
  });

  test.each([
    [" date 2023-02-30 Text.", 'date line "2023-02-30" is not a real date'],
    [" date 2023-13-01 Text.", 'date line "2023-13-01" is not a real date'],
    [" date 2100-02-29 Text.", 'date line "2100-02-29" is not a real date'],
    [" date 2023-2-3 Text.", 'date line "2023-2-3" is not in the form YYYY-MM-DD'],
    [" date 17/11/2023 Text.", 'date line "17/11/2023" is not in the form YYYY-MM-DD'],
  ])("rejects %j", (text, message) => {
    expect(parseReportFile(text)).toEqual({ ok: false, code: "BAD_DATE", message });
  });

  test("blank lines before the date line and a colon after 'date' are tolerated", () => {
    const [report] = reportsOf(parseReportFile("\n\n Date: 2023-10-17\nTwo people were killed."));
    expect([report.publishedAt, report.body]).toEqual(["2023-10-17", "Two people were killed."]);
  });

  test("a text that merely starts with the word date is not a date line", () => {
    const [report] = reportsOf(parseReportFile("Date palms burned near Kupiansk after shelling."));
    expect(report.publishedAt).toBeNull();
    expect(report.body).toBe("Date palms burned near Kupiansk after shelling.");
  });

  test("a sentence still carrying a boilerplate marker is cut from the body", () => {
    const file = " date 2023-10-17 Two people died. Sign up for the Kyiv Briefing, our daily digest. Three were hurt.";
    const [report] = reportsOf(parseReportFile(file));
    expect(report.body).toBe("Two people died. Three were hurt.");
    expectOffsetsIntact(file, report);
  });

  test("a file with only a date line, or only boilerplate, has no content", () => {
    expect(parseReportFile(" date 2023-10-17 ")).toMatchObject({ ok: false, code: "NO_CONTENT" });
    expect(parseReportFile("Story continues below advertisement\n\nRead original article here")).toMatchObject({ ok: false, code: "NO_CONTENT" });
  });
});

describe("titles and outlets", () => {
  test("a short headline with a pipe names a known outlet", () => {
    const [report] = reportsOf(parseReportFile("Russia shells Kharkiv | Kyiv Post\n\nRussian forces shelled Kharkiv overnight."));
    expect([report.title, report.outlet, report.body]).toEqual([
      "Russia shells Kharkiv",
      "Kyiv Post",
      "Russia shells Kharkiv\n\nRussian forces shelled Kharkiv overnight.",
    ]);
  });

  test("a headline ending in a known outlet after a dash names it", () => {
    const [report] = reportsOf(parseReportFile("Kupiansk ordered evacuated - Reuters\n\nUkraine ordered an evacuation."));
    expect([report.title, report.outlet]).toEqual(["Kupiansk ordered evacuated", "Reuters"]);
  });

  test("a source line (a short name before a bar) gives the outlet; the title comes from the text", () => {
    const file = " date 2024-09-14\nOleh Syniehubov | Олег Синєгубов\nRead 29 times\n\n❗️Over the past day, the occupiers shelled 15 settlements.";
    const [report] = reportsOf(parseReportFile(file));
    expect([report.title, report.outlet]).toEqual(["Over the past day, the occupiers shelled 15 settlements", "Oleh Syniehubov"]);
    expect(report.body).toBe("Oleh Syniehubov | Олег Синєгубов\n\n❗️Over the past day, the occupiers shelled 15 settlements.");
    expectOffsetsIntact(file, report);
  });

  test("a wire dateline is not part of a title taken from the opening sentence", () => {
    const [report] = reportsOf(parseReportFile(" date 2024-05-25\nKHARKIV, Ukraine (AP) — Russian glide bombs hit a store.\n\nMore."));
    expect([report.title, report.outlet]).toEqual(["Russian glide bombs hit a store", "Associated Press"]);
  });

  test("a plain headline is the title; the outlet comes from a wire dateline", () => {
    const text = "Ukraine says 12,000 to leave Kupiansk\n\nKYIV, Aug 10 (Reuters) - Ukraine ordered 12,000 people to leave.";
    const [report] = reportsOf(parseReportFile(text));
    expect([report.title, report.outlet]).toEqual(["Ukraine says 12,000 to leave Kupiansk", "Reuters"]);
  });

  test("a first line ending in a period is not a headline", () => {
    const [report] = reportsOf(parseReportFile("Russia attacked Kupiansk.\n\nThe army said 3 were hurt."));
    expect(report.title).toBe("Russia attacked Kupiansk");
    expect(report.body).toBe("Russia attacked Kupiansk.\n\nThe army said 3 were hurt.");
  });

  test("a long opening sentence is cut at a word boundary near 120 characters", () => {
    const sentence = `${"Russian forces advanced near the village ".repeat(5)}today.`;
    const [report] = reportsOf(parseReportFile(sentence));
    expect(report.title).toBe(
      "Russian forces advanced near the village Russian forces advanced near the village Russian forces advanced near the…",
    );
    expect(sentence.startsWith(report.title!.slice(0, -1))).toBe(true);
  });
});

describe("unicode and line endings", () => {
  test("curly quotes, Cyrillic place names and emoji survive with exact offsets", () => {
    const file = " date 2023-11-17 “Купянськ is holding,” Ukraine’s army said 🇺🇦.\n\nStory continues below advertisement\n\nRussia fired 250 missiles at Харків 🔥 in the past week.";
    const [report] = reportsOf(parseReportFile(file));
    expect(report.body).toBe("“Купянськ is holding,” Ukraine’s army said 🇺🇦.\n\nRussia fired 250 missiles at Харків 🔥 in the past week.");
    expectOffsetsIntact(file, report);
    const at = report.body.indexOf("Харків");
    expect(file.slice(report.toFileOffset(at), report.toFileOffset(at) + 6)).toBe("Харків");
  });

  test("Windows line endings become plain paragraph breaks in the body, offsets intact", () => {
    const file = " date 2023-11-17\r\nRussia attacked.\r\n\r\nStory continues below advertisement\r\n\r\nUkraine held.\r\n";
    const [report] = reportsOf(parseReportFile(file));
    expect(report.body).toBe("Russia attacked.\n\nUkraine held.");
    expectOffsetsIntact(file, report);
  });

  test("offsets outside the body are refused", () => {
    const [report] = reportsOf(parseReportFile("Two were killed."));
    expect(() => report.toFileOffset(-1)).toThrow(RangeError);
    expect(() => report.toFileOffset(report.body.length + 1)).toThrow(RangeError);
  });

  test("any mix of text and boilerplate keeps every body character at its file offset", () => {
    const pieces = fc.constantFrom(
      "Russia fired 70 drones.",
      "“Купянськ” holds 🇺🇦",
      " ",
      "\n",
      "\n\n",
      "\r\n",
      "\u00a0",
      "Story continues below advertisement",
      "Click to play video: 'Odesa hit'\n\nOdesa hit\n",
      "Read original article here",
      "Denial of responsibility! Aggregator text.",
      "Kupiansk – National | Globalnews.ca\n\n",
      " date 2023-10-17 ",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const file = parts.join("");
        const result = parseReportFile(file);
        if (!result.ok) return;
        for (const report of result.reports) {
          expect(report.body).toBe(report.body.trim());
          expectOffsetsIntact(file, report);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("date line and headline together", () => {
  test("a dated file may open with a headline", () => {
    const file = " date 2023-08-10 Ukraine orders Kupiansk evacuation | Kyiv Post\n\nUkraine ordered 12,000 people to leave.";
    const [report] = reportsOf(parseReportFile(file));
    expect([report.publishedAt, report.title, report.outlet, report.body]).toEqual([
      "2023-08-10",
      "Ukraine orders Kupiansk evacuation",
      "Kyiv Post",
      "Ukraine orders Kupiansk evacuation\n\nUkraine ordered 12,000 people to leave.",
    ]);
    expectOffsetsIntact(file, report);
  });
});
