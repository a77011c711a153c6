// The hand-made report sets, through the real parser and extractor.
import { analyzeReports } from "@/lib/claims/compare";
import { canonicalPlace } from "@/lib/claims/data/gazetteer";
import { extractFile } from "@/lib/claims/extract-file";

function analyze(...files: string[]) {
  const reports = files.flatMap((text) => {
    const result = extractFile(new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.message);
    return result.reports;
  });
  const analyzed = analyzeReports(
    reports.map((r) => ({ text: r.report.body, publishedAt: r.publishedAt, claims: r.claims })),
    { canonicalPlace },
  );
  return analyzed.map((r) => r.claims.map(({ claim, suggestion }) => ({ quote: claim.quote, ...suggestion })));
}

test("4 wounded vs 3 wounded in Kupiansk and Kupyansk on the same day conflict", () => {
  const [[a], [b]] = analyze(
    " date 2024-03-10\nFour people were wounded in a Russian strike on Kupiansk on Sunday, regional governor Oleh Syniehubov said.\n",
    " date 2024-03-10\nThree people were injured when Russian shells hit Kupyansk on Sunday, local police said.\n",
  );
  expect(a).toMatchObject({ quote: "Four people", verdict: "conflicting", reason: "conflicts with 1 report: 4 vs 3: disjoint" });
  expect(b.verdict).toBe("conflicting");
});

test("'at least one killed' and 'two killed' corroborate", () => {
  const [[a]] = analyze(
    " date 2024-03-10\nAt least one person was killed in shelling of Izium on Sunday, officials said.\n",
    " date 2024-03-11\nTwo people were killed in Izyum on Sunday when a Russian missile struck a residential building.\n",
  );
  expect(a).toMatchObject({ verdict: "corroborated", reason: "corroborated by an independent report: [1, ∞) overlaps [2, 2]" });
});

test("the same figure a year apart stays unverified", () => {
  const [[a]] = analyze(
    " date 2023-03-10\nFive people were killed in Lyman on Friday, the mayor said.\n",
    " date 2024-03-11\nFive people were killed in Lyman on Sunday, the mayor said.\n",
  );
  expect(a).toMatchObject({ verdict: "unverified", subtype: "different_period" });
});

test("a syndicated copy stays unverified", () => {
  const story =
    "Russian shelling killed five people in the city of Kupiansk on Sunday. Rescue crews were still searching the rubble " +
    "of a five-storey building in the centre of the town as Russian forces pressed their offensive east of the Oskil River.";
  const [[a], [b]] = analyze(` date 2024-03-10\n${story}\n`, ` date 2024-03-11\n${story} Read the full story on our site.\n`);
  expect([a.verdict, a.subtype]).toEqual(["unverified", "only_copies_or_same_claimant"]);
  expect(b.verdict).toBe("unverified");
});

test("a Russian Defence Ministry figure carried by a second outlet is repeated", () => {
  const [[a]] = analyze(
    " date 2024-06-01\nThe Russian Defence Ministry said its forces repelled 12 Ukrainian attacks near Kupiansk over the past day.\n",
    " date 2024-06-01\nRussian forces repelled 12 Ukrainian attacks near Kupiansk over the past day, the Russian Defence Ministry said, according to TASS.\n",
  );
  expect(a).toMatchObject({ verdict: "unverified", subtype: "only_copies_or_same_claimant" });
  expect(a.reason).toMatch(/^repeated/);
});

test("'more than 11,000' and 'around 12,000' corroborate", () => {
  const [[a]] = analyze(
    " date 2023-11-09\nUkraine has ordered the evacuation of more than 11,000 residents of Kupiansk.\n",
    " date 2023-11-10\nAround 12,000 people in Kupiansk are affected by the evacuation order.\n",
  );
  expect(a.verdict).toBe("corroborated");
});

test("'600' and 'over 600' corroborate through the rounding rule", () => {
  const [[a]] = analyze(
    " date 2024-05-02\nRussia launched 600 drones at Ukraine in May, the air force said.\n",
    " date 2024-05-03\nRussia launched over 600 drones at Ukraine in May, the Institute for the Study of War said.\n",
  );
  expect(a).toMatchObject({ verdict: "corroborated" });
  expect(a.reason).toContain("as round figures");
});
