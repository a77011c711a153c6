import { suggestAll } from "@/lib/claims/compare";
import { about, atLeast, buildClaim, moreThan } from "./factories";

const verdictOf = (claims: ReturnType<typeof buildClaim>[], id = claims[0].id) => {
  const suggestion = suggestAll(claims).get(id);
  if (!suggestion) throw new Error(`no suggestion for ${id}`);
  return suggestion;
};

test("4 wounded vs 3 wounded in the same town on the same day conflict", () => {
  const a = buildClaim({ reportId: "r1", category: "injured", value: 4 });
  const b = buildClaim({ reportId: "r2", category: "injured", value: 3 });
  const s = verdictOf([a, b]);
  expect(s).toMatchObject({ verdict: "conflicting", subtype: "contradiction", confidence: "high" });
  expect(s.evidence[0]).toMatchObject({ claimId: b.id, relation: "conflicts", reason: "4 vs 3: disjoint" });
  expect(s.reason).toBe("conflicts with 1 report: 4 vs 3: disjoint");
});

test("'at least one killed' and 'two killed' corroborate each other", () => {
  const a = buildClaim({ reportId: "r1", ...atLeast(1) });
  const b = buildClaim({ reportId: "r2", value: 2 });
  const s = verdictOf([a, b]);
  expect(s).toMatchObject({ verdict: "corroborated", subtype: "overlap" });
  expect(s.evidence[0].reason).toBe("[1, ∞) overlaps [2, 2]");
  expect(verdictOf([a, b], b.id).verdict).toBe("corroborated");
});

test("the same figure a year apart stays unverified as a different period", () => {
  const a = buildClaim({ reportId: "r1", value: 5, publishedAt: "2023-03-10" });
  const b = buildClaim({ reportId: "r2", value: 5, publishedAt: "2024-03-10" });
  const s = verdictOf([a, b]);
  expect(s).toMatchObject({ verdict: "unverified", subtype: "different_period" });
  expect(s.evidence).toEqual([expect.objectContaining({ claimId: b.id, relation: "near" })]);
  expect(s.reason).toContain("366 days apart");
});

test("a syndicated copy does not corroborate", () => {
  const a = buildClaim({ reportId: "wire", value: 5, copyGroup: "wire" });
  const b = buildClaim({ reportId: "reprint", value: 5, copyGroup: "wire" });
  const s = verdictOf([a, b]);
  expect(s).toMatchObject({ verdict: "unverified", subtype: "only_copies_or_same_claimant" });
  expect(s.evidence[0]).toMatchObject({ relation: "agrees", independence: "copy" });
});

test("Kupiansk and Kupyansk are one place", () => {
  const a = buildClaim({ reportId: "r1", value: 2, location: "Kupiansk" });
  const b = buildClaim({ reportId: "r2", value: 2, location: "Kupyansk" });
  const c = buildClaim({ reportId: "r3", value: 2, location: "Купянськ" });
  expect(verdictOf([a, b, c]).evidence.map((e) => e.claimId)).toEqual([b.id, c.id]);
  expect(verdictOf([a, b, c]).verdict).toBe("corroborated");
});

test("Kupiansk-Vuzlovyi is another place: a near miss, not evidence", () => {
  const a = buildClaim({ reportId: "r1", value: 2, location: "Kupiansk" });
  const b = buildClaim({ reportId: "r2", value: 2, location: "Kupiansk-Vuzlovyi" });
  expect(verdictOf([a, b])).toMatchObject({ verdict: "unverified", subtype: "different_place" });
});

test("a Russian Defence Ministry figure carried by a second outlet is repeated, not corroborated", () => {
  const ministry = { category: "attacks" as const, subject: "attacks", actor: "ukraine" as const, value: 10 };
  const a = buildClaim({ reportId: "tass", ...ministry, attribution: "Russian Defence Ministry" });
  const b = buildClaim({ reportId: "reuters", ...ministry, attribution: "Russia's Ministry of Defense" });
  const s = verdictOf([a, b]);
  expect(s).toMatchObject({ verdict: "unverified", subtype: "only_copies_or_same_claimant" });
  expect(s.reason).toMatch(/^repeated, not corroborated: only Russian Defence Ministry states it/);
});

test("a figure backed only by one belligerent stays unverified with that reason", () => {
  const a = buildClaim({ reportId: "r1", value: 3, attribution: "Russian Defence Ministry" });
  const b = buildClaim({ reportId: "r2", value: 3, attribution: "Dmitry Peskov" });
  expect(verdictOf([a, b]).reason).toBe("backed only by a belligerent (russia): Russian Defence Ministry, Dmitry Peskov");
});

test("'more than 11,000' and 'around 12,000' corroborate", () => {
  const people = { category: "people" as const, subject: "residents" };
  const a = buildClaim({ reportId: "r1", ...people, ...moreThan(11000) });
  const b = buildClaim({ reportId: "r2", ...people, subject: "people", ...about(12000) });
  expect(verdictOf([a, b])).toMatchObject({ verdict: "corroborated" });
});

test("'600' and 'over 600' corroborate through the rounding rule", () => {
  const a = buildClaim({ reportId: "r1", category: "drones", subject: "drones", value: 600 });
  const b = buildClaim({ reportId: "r2", category: "drones", subject: "drones", ...moreThan(600) });
  const s = verdictOf([a, b]);
  expect(s.verdict).toBe("corroborated");
  expect(s.evidence[0].reason).toBe("[600, 600] overlaps (600, ∞) as round figures (600 ±50, 600 ±50)");
});

test("small counts are exact: 'more than 5' does not cover 5", () => {
  const a = buildClaim({ reportId: "r1", value: 5 });
  const b = buildClaim({ reportId: "r2", ...moreThan(5) });
  expect(verdictOf([a, b]).verdict).toBe("conflicting");
});

test("conflict wins over corroboration and the reviewer sees both", () => {
  const a = buildClaim({ reportId: "r1", value: 4 });
  const b = buildClaim({ reportId: "r2", value: 4 });
  const c = buildClaim({ reportId: "r3", value: 7 });
  const s = verdictOf([a, b, c]);
  expect(s.verdict).toBe("conflicting");
  expect(s.evidence.map((e) => e.relation)).toEqual(["conflicts", "agrees"]);
  expect(s.reason).toBe("conflicts with 1 report: 4 vs 7: disjoint; 1 report agree");
});

test("claims of the same report are never evidence for each other", () => {
  const a = buildClaim({ reportId: "r1", value: 4 });
  const b = buildClaim({ reportId: "r1", value: 3 });
  expect(verdictOf([a, b])).toMatchObject({ verdict: "unverified", subtype: "no_other_report", evidence: [] });
});
