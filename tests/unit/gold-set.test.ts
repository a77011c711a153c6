import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ZGoldAnnotation, ZKey } from "@/scripts/bench/gold-schema";
import { GOLD_DIR, findOccurrence, loadGoldSet, type LocatedGoldClaim } from "@/scripts/bench/load-gold";

const gold = loadGoldSet();
const canonical = JSON.parse(readFileSync(path.join(GOLD_DIR, "canonical.json"), "utf8")) as {
  attributions: string[];
  places: string[];
};

// design.md: miles ×1.609344, sq miles ×2.58999, hectares ×0.01, pounds ×0.45359237; see the README for the rest
// (hours ×1/24 day; megawatts of power stay MW).
const UNIT_FACTORS: Record<string, [string, number]> = {
  count: ["count", 1],
  km: ["km", 1],
  m: ["km", 0.001],
  miles: ["km", 1.609344],
  "sq km": ["km2", 1],
  "sq miles": ["km2", 2.58999],
  "sq m": ["km2", 0.000001],
  hectares: ["km2", 0.01],
  pounds: ["kg", 0.45359237],
  kg: ["kg", 1],
  tonnes: ["kg", 1000],
  percent: ["percent", 1],
  days: ["day", 1],
  weeks: ["day", 7],
  months: ["day", 30.4375],
  hours: ["day", 1 / 24],
  MW: ["MW", 1],
  GW: ["MW", 1000],
};

const VAGUE: Record<number, [number, number | null]> = { 12: [24, 200], 100: [200, 1000], 1000: [2000, 10000] };

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b), 1);

function expectedInterval(claim: LocatedGoldClaim): [number | null, number | null] | null {
  const x = claim.normalized.value;
  switch (claim.qualifier) {
    case "exact":
      return [x, x];
    case "about":
      return [x * 0.9, x * 1.1];
    case "nearly":
      return [x * 0.9, x];
    case "more_than":
    case "at_least":
      return [x, null];
    case "up_to":
    case "fewer_than":
      return [0, x];
    case "vague":
      return claim.quote.toLowerCase().includes("a few dozen") ? [24, 96] : VAGUE[claim.value] ?? null;
    default:
      return null; // ranges carry their own ends; checked separately
  }
}

describe("gold set files", () => {
  test("every report has exactly one annotation and every annotation names its report", () => {
    const reports = readdirSync(path.join(GOLD_DIR, "reports")).sort();
    const annotations = readdirSync(path.join(GOLD_DIR, "annotations")).sort();
    expect(annotations).toEqual(reports.map((name) => name.replace(/\.txt$/, ".json")));
    for (const report of gold) expect(report.file).toBe(`reports/${report.name}.txt`);
  });

  test("the seeds are copied byte for byte", () => {
    const seedsDir = path.join(GOLD_DIR, "..", "..", "..", "seeds");
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith(".txt"));
    expect(seeds.length).toBe(5);
    for (const name of seeds) {
      expect(readFileSync(path.join(GOLD_DIR, "reports", name)).equals(readFileSync(path.join(seedsDir, name)))).toBe(true);
    }
  });

  test.each(readdirSync(path.join(GOLD_DIR, "annotations")))("%s matches the schema", (name) => {
    const parsed = ZGoldAnnotation.safeParse(JSON.parse(readFileSync(path.join(GOLD_DIR, "annotations", name), "utf8")));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});

describe.each(gold.map((report) => [report.name, report] as const))("%s", (_name, report) => {
  test("every quote is found at its stated occurrence", () => {
    for (const item of [...report.claims, ...report.traps]) {
      expect(findOccurrence(report.text, item.quote, item.occurrence)).toBe(item.start);
      expect(report.text.slice(item.start, item.end)).toBe(item.quote);
    }
  });

  test("claims and traps never overlap one another", () => {
    const spans = [...report.claims, ...report.traps].sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });

  test("publishedAt matches the date line", () => {
    const dateLine = /^ date (\d{4}-\d{2}-\d{2})/.exec(report.text);
    expect(report.publishedAt).toBe(dateLine ? dateLine[1] : null);
  });

  test("normalized values follow the unit table", () => {
    for (const claim of report.claims) {
      const [unit, factor] = UNIT_FACTORS[claim.unit] ?? (/^[A-Z]{3}$/.test(claim.unit) ? [claim.unit, 1] : ["?", NaN]);
      expect({ quote: claim.quote, unit: claim.normalized.unit }).toEqual({ quote: claim.quote, unit });
      expect(close(claim.normalized.value, claim.value * factor)).toBe(true);
    }
  });

  test("bounds follow the qualifier table", () => {
    for (const claim of report.claims) {
      const interval = expectedInterval(claim);
      if (claim.qualifier === "range") {
        expect(claim.lower).not.toBeNull();
        expect(claim.upper).toBeGreaterThan(claim.lower ?? Infinity);
        expect(close(claim.lower, claim.normalized.value)).toBe(true);
        continue;
      }
      expect({ quote: claim.quote, ok: interval !== null && close(claim.lower, interval[0]) && close(claim.upper, interval[1]) }).toEqual({
        quote: claim.quote,
        ok: true,
      });
    }
  });

  test("places and attributions use the canonical names", () => {
    for (const claim of report.claims) {
      if (claim.location !== null) expect(canonical.places).toContain(claim.location);
      if (claim.attribution !== null) expect(canonical.attributions).toContain(claim.attribution);
    }
  });
});

describe("gold set size and splits", () => {
  const claims = gold.flatMap((report) => report.claims);
  const traps = gold.flatMap((report) => report.traps);
  const heldout = gold.filter((report) => report.split === "heldout");

  test("has at least 20 reports, 200 claims and 40 traps", () => {
    expect(gold.length).toBeGreaterThanOrEqual(20);
    expect(claims.length).toBeGreaterThanOrEqual(200);
    expect(traps.length).toBeGreaterThanOrEqual(40);
  });

  test("keeps about a third of the reports, including a seed, held out", () => {
    expect(heldout.length / gold.length).toBeGreaterThan(0.25);
    expect(heldout.length / gold.length).toBeLessThan(0.42);
    expect(heldout.some((report) => /^\d{3}_/.test(report.name))).toBe(true);
    const heldoutClaims = heldout.flatMap((report) => report.claims).length;
    expect(heldoutClaims).toBeGreaterThanOrEqual(60);
  });
});

describe("the second reader's annotations (bench:agreement)", () => {
  const dir = path.join(GOLD_DIR, "second-reader");
  const byFile = new Map(gold.map((report) => [report.file, report]));
  const readings = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ name, key: ZKey.parse(JSON.parse(readFileSync(path.join(dir, name), "utf8"))) }));

  test("read dev reports only, each file named after its report", () => {
    expect(readings.length).toBeGreaterThan(0);
    for (const { name, key } of readings) {
      expect(key.file).toBe(`reports/${name.replace(/\.json$/, ".txt")}`);
      expect(byFile.get(key.file!)?.split).toBe("dev");
    }
  });

  test("quote text that occurs in the report as often as they say", () => {
    for (const { key } of readings) {
      const text = byFile.get(key.file!)!.text;
      for (const item of [...key.claims, ...key.traps]) expect([item.quote, findOccurrence(text, item.quote, item.occurrence) >= 0]).toEqual([item.quote, true]);
    }
  });
});
