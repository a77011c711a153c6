import { readFileSync } from "node:fs";
import path from "node:path";
import { detectDigest, paragraphsOf } from "@/lib/claims/digest";
import { parseReportFile } from "@/lib/claims/parse-report";

const seed = (name: string) => readFileSync(path.join(__dirname, "../../../seeds", name), "utf8");
const plain = { hasHeadline: false, hasDateLine: false };

/** The seed's cleaned body, as if the file had come without its date line or headline. */
function bareBody(name: string): string {
  const file = seed(name).replace(/^ date \S+ /, "").replace(/^.*– National \| Globalnews\.ca\n\n/, "");
  const result = parseReportFile(file);
  if (!result.ok) throw new Error(result.message);
  return result.reports.map((report) => report.body).join("\n");
}

const SUMMARIES = [
  "Ukraine ordered the evacuation of 37 villages around Kupiansk on Thursday as Russian shelling of the Kharkiv region intensified, regional officials said in a statement.",
  "Russia's defence ministry said its air defences shot down 24 Ukrainian drones over the Belgorod and Kursk regions overnight, with no casualties reported on the ground.",
  "The International Atomic Energy Agency said drone attacks near the Zaporizhzhia nuclear plant had put the facility at risk, and called on both sides to show restraint.",
];

describe("detectDigest", () => {
  test("seed 004 is a digest of six summaries", () => {
    const decision = detectDigest(bareBody("004_2304eeb1ea2139d4.txt"), plain);
    expect(decision).toMatchObject({ isDigest: true, reason: "6 self-contained one-paragraph summaries" });
    expect(decision.paragraphs).toHaveLength(6);
  });

  test("seed 004 is still a digest with blank lines between its summaries", () => {
    const body = bareBody("004_2304eeb1ea2139d4.txt").replace(/\n/g, "\n\n");
    expect(detectDigest(body, plain).isDigest).toBe(true);
  });

  test.each([
    ["000_f1521c44bd55919a.txt", /paragraph \d+ (is shorter than|opens with)/],
    ["001_06bb70b0c2e1c864.txt", /opens with "Despite"/],
    ["002_de560c42ae04d453.txt", /paragraph \d+ (is shorter than|opens with|ends with a pronoun attribution|does not end a sentence)/],
    ["003_91ec7e60efdce552.txt", /paragraph 4 refers back to Maliar|opens with "In"/],
  ])("article %s stays one report even without its date line or headline", (name, reason) => {
    const decision = detectDigest(bareBody(name), plain);
    expect(decision.isDigest).toBe(false);
    expect(decision.reason).toMatch(reason);
  });

  test.each([
    ["001_06bb70b0c2e1c864.txt", "refers back to Cherevatyi, named in full earlier"],
    ["003_91ec7e60efdce552.txt", "refers back to Maliar, named in full earlier"],
  ])("article %s, even with its linking paragraphs removed, is held together by a person named earlier", (name, reason) => {
    const paragraphs = bareBody(name).split(/\n+/).filter((p) => !/^(Despite|In response)/.test(p));
    expect(detectDigest(paragraphs.join("\n"), plain).reason).toContain(reason);
  });

  test("three unrelated summaries, one per line, are a digest", () => {
    expect(detectDigest(SUMMARIES.join("\n"), plain).isDigest).toBe(true);
  });

  test("a headline or a date line marks one article", () => {
    expect(detectDigest(SUMMARIES.join("\n"), { hasHeadline: true, hasDateLine: false }).reason).toBe("the file has a headline");
    expect(detectDigest(SUMMARIES.join("\n"), { hasHeadline: false, hasDateLine: true }).reason).toBe("the file has a date line");
  });

  test("two paragraphs are too few to call a digest", () => {
    expect(detectDigest(SUMMARIES.slice(0, 2).join("\n"), plain).reason).toBe("fewer than 3 paragraphs");
  });

  test.each([
    ["He", "He said the army had shot down 24 Ukrainian drones over the Belgorod and Kursk regions overnight, with no casualties reported on the ground at all."],
    ["However,", "However, the defence ministry said its air defences shot down 24 Ukrainian drones over the Belgorod and Kursk regions overnight, with no casualties at all."],
    ["In", "In response, the defence ministry said its air defences shot down 24 Ukrainian drones over the Belgorod and Kursk regions overnight, with no casualties at all."],
    ["“We", "“We shot down 24 Ukrainian drones over the Belgorod and Kursk regions overnight,” the ministry said, adding that there were no casualties on the ground."],
  ])("a paragraph opening with %s leans on the one before", (opener, paragraph) => {
    const decision = detectDigest([SUMMARIES[0], paragraph, SUMMARIES[2]].join("\n"), plain);
    expect(decision.isDigest).toBe(false);
    expect(decision.reason).toMatch(/^paragraph 2 (opens with|does not open with a capitalised word)/);
    if (opener !== "“We") expect(decision.reason).toContain(`"${opener}"`);
  });

  test("a paragraph ending with a pronoun attribution continues a story", () => {
    const paragraph =
      "Russian forces mounted strong resistance near the village of Andriivka, south of Bakhmut, and Ukrainian troops were reinforcing the positions they had taken, he said.";
    expect(detectDigest([SUMMARIES[0], paragraph, SUMMARIES[2]].join("\n"), plain).reason).toBe(
      'paragraph 2 ends with a pronoun attribution ("he said")',
    );
  });

  test("a list of short lines is not a digest", () => {
    expect(detectDigest("Kupiansk: 3 killed.\nIzium: 2 wounded.\nKharkiv: 1 killed.", plain).reason).toBe("paragraph 1 is shorter than 25 words");
  });

  test("a paragraph of more than six sentences is an article section, not a summary", () => {
    const long = Array.from({ length: 7 }, (_, i) => `Officials in district ${i + 1} reported shelling overnight.`).join(" ");
    expect(detectDigest([SUMMARIES[0], long, SUMMARIES[2]].join("\n"), plain).reason).toBe("paragraph 2 has 7 sentences, more than a summary");
  });

  test("hard-wrapped lines that stop mid-sentence are not summaries", () => {
    const wrapped = SUMMARIES.join(" ").replace(/(.{70,90}?) /g, "$1\n");
    expect(detectDigest(wrapped, plain).isDigest).toBe(false);
  });

  test("a wire dateline opening the file marks one article", () => {
    const first = `KYIV, Nov 17 (Reuters) - ${SUMMARIES[0]}`;
    expect(detectDigest([first, ...SUMMARIES.slice(1)].join("\n"), plain).reason).toBe("a wire dateline heads the file, not each paragraph");
  });

  test("separate wire stories, each under its own dateline, are a digest", () => {
    const datelined = SUMMARIES.map((summary, i) => `KYIV, Nov ${17 + i} (Reuters) - ${summary}`);
    expect(detectDigest(datelined.join("\n"), plain).isDigest).toBe(true);
  });
});

describe("paragraphsOf", () => {
  test("uses blank lines when there are any, so wrapped lines stay together", () => {
    expect(paragraphsOf("a\nb\n\nc")).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 6 },
    ]);
  });

  test("falls back to single line breaks", () => {
    expect(paragraphsOf("a\nb\nc")).toHaveLength(3);
  });
});
