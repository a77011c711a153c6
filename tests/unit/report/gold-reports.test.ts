import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseReportFile } from "@/lib/claims/parse-report";
import { splitSentences } from "@/lib/claims/sentences";

// The gold set's report files are real-world shaped input: wires, aggregators, Telegram posts, digests.
const dir = path.join(__dirname, "../../fixtures/gold/reports");
const files = readdirSync(dir).filter((name) => name.endsWith(".txt"));
// Held-out reports are only measured (bench:extract), never used to write rules: a failing furniture
// check would print their text. They are still parsed and their offsets checked.
const splitOf = (name: string) => JSON.parse(readFileSync(path.join(dir, "../annotations", name.replace(/\.txt$/, ".json")), "utf8")).split;
const FURNITURE =
  /sign up|click to play video|click here|story continues below|denial of responsibility|share this|related posts|posted on|subscribe to|^advertisement$|^tags:|read [\d,]+ times|· news ·/i;

describe.each(files)("gold report %s", (name) => {
  const file = readFileSync(path.join(dir, name), "utf8");
  const result = parseReportFile(file);

  test("parses, with every body character at its file offset and no furniture left", () => {
    if (!result.ok) throw new Error(result.message);
    for (const report of result.reports) {
      for (let i = 0; i < report.body.length; i++) {
        if (file[report.toFileOffset(i)] !== report.body[i]) throw new Error(`body[${i}] maps to the wrong file character`);
      }
      if (splitOf(name) === "dev") for (const { text } of splitSentences(report.body)) expect(text).not.toMatch(FURNITURE);
      expect(report.title).toBeTruthy();
    }
  });
});

test("only the digest files split", () => {
  const split = files.filter((name) => {
    const result = parseReportFile(readFileSync(path.join(dir, name), "utf8"));
    return result.ok && result.isDigest;
  });
  expect(split.sort()).toEqual(["004_2304eeb1ea2139d4.txt", "g08_digest_weekend.txt"]);
});
