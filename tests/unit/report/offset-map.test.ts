import { buildBody, makeOffsetMapper, tidyWhitespace } from "@/lib/claims/offset-map";

function keepAll(text: string, drop: [number, number][] = []): Uint8Array {
  const keep = new Uint8Array(text.length).fill(1);
  for (const [start, end] of drop) keep.fill(0, start, end);
  return keep;
}

describe("buildBody and makeOffsetMapper", () => {
  test("map each body character back through deleted spans", () => {
    const text = "abcXXdefYYYg";
    const { body, segments } = buildBody(text, keepAll(text, [[3, 5], [8, 11]]));
    expect(body).toBe("abcdefg");
    expect(segments).toEqual([
      { bodyStart: 0, fileStart: 0, length: 3 },
      { bodyStart: 3, fileStart: 5, length: 3 },
      { bodyStart: 6, fileStart: 11, length: 1 },
    ]);
    const toFile = makeOffsetMapper(segments, body.length);
    expect(Array.from(body, (_, i) => toFile(i))).toEqual([0, 1, 2, 5, 6, 7, 11]);
    expect(toFile(body.length)).toBe(12);
  });

  test("an empty body maps nothing but its end", () => {
    const toFile = makeOffsetMapper([], 0);
    expect(toFile(0)).toBe(0);
    expect(() => toFile(1)).toThrow(RangeError);
  });
});

describe("tidyWhitespace", () => {
  const tidy = (text: string, drop: [number, number][] = []) => {
    const keep = keepAll(text, drop);
    tidyWhitespace(text, keep);
    return buildBody(text, keep).body;
  };

  test("trims both ends and keeps at most one blank line between paragraphs", () => {
    expect(tidy("  \n One.\n\n\n\n Two.  \n \n")).toBe("One.\n\nTwo.");
  });

  test("keeps a single line break and a single space, dropping carriage returns", () => {
    expect(tidy("One.\r\nTwo.  Three.")).toBe("One.\nTwo. Three.");
  });

  test("closes the gap a deletion leaves", () => {
    expect(tidy("Two died. XXXX Three were hurt.", [[10, 14]])).toBe("Two died. Three were hurt.");
  });

  test("keeps a lone non-breaking space where it stands", () => {
    expect(tidy("official\u00a0said")).toBe("official\u00a0said");
  });
});

describe("bodyToRawRuns", () => {
  test("every body character is found at its run's raw offset, for one report and for digest parts", async () => {
    const { parseReportFile } = await import("@/lib/claims/parse-report");
    const { bodyToRawRuns } = await import("@/lib/claims/offset-map");
    const { readFileSync } = await import("node:fs");
    for (const seed of ["seeds/000_f1521c44bd55919a.txt", "seeds/002_de560c42ae04d453.txt", "seeds/004_2304eeb1ea2139d4.txt"]) {
      const parsed = parseReportFile(readFileSync(seed, "utf8"));
      if (!parsed.ok) throw new Error(parsed.message);
      for (const report of parsed.reports) {
        const runs = bodyToRawRuns(report);
        expect(runs.reduce((n, [, , length]) => n + length, 0)).toBe(report.body.length);
        for (const [bodyStart, rawStart, length] of runs) expect(report.raw.slice(rawStart, rawStart + length)).toBe(report.body.slice(bodyStart, bodyStart + length));
      }
      // Boilerplate was removed, so some report of these seeds has more than one run.
    }
    const withBoilerplate = parseReportFile(readFileSync("seeds/002_de560c42ae04d453.txt", "utf8"));
    if (withBoilerplate.ok) expect(bodyToRawRuns(withBoilerplate.reports[0]).length).toBeGreaterThan(1);
  });
});
