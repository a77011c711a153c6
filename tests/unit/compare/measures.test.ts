import { suggestAll } from "@/lib/claims/compare";
import { buildClaim } from "./factories";

const first = (claims: ReturnType<typeof buildClaim>[]) => suggestAll(claims).get(claims[0].id);

test.each([
  ["distance", "frontage", "depth", "km"],
  ["distance", "depth", "distance_to", "km"],
  ["drones", "launched", "shot_down", "count"],
  ["killed", "daily", "cumulative", "count"],
  ["people", "planned", "actual", "count"],
] as const)("%s: %s is never compared with %s", (category, one, other, unit) => {
  const base = { category, normalized: { value: 11, unit }, unit, value: 11 };
  const a = buildClaim({ reportId: "r1", ...base, measure: one });
  const b = buildClaim({ reportId: "r2", ...base, measure: other, value: 3, lower: 3, upper: 3 });
  expect(first([a, b])).toMatchObject({ verdict: "unverified", subtype: "different_measure", evidenceCount: 0 });
});

test("a plain toll reads as that day's toll", () => {
  const a = buildClaim({ reportId: "r1", value: 4, measure: "daily" });
  const b = buildClaim({ reportId: "r2", value: 3, measure: null });
  expect(first([a, b])?.verdict).toBe("conflicting");
});

test("civilians and soldiers are different subjects; people and residents the same", () => {
  const a = buildClaim({ reportId: "r1", value: 4, subject: "civilians" });
  const b = buildClaim({ reportId: "r2", value: 9, subject: "Ukrainian soldiers" });
  const c = buildClaim({ reportId: "r3", value: 4, subject: "residents" });
  const s = first([a, b, c]);
  expect(s?.verdict).toBe("corroborated");
  expect(s?.evidence.map((e) => e.claimId)).toEqual([c.id]);
});

test("Russian and Ukrainian attacks are not compared; an unnamed side agrees with either", () => {
  const attacks = { category: "attacks" as const, subject: "attacks" };
  const a = buildClaim({ reportId: "r1", ...attacks, value: 10, actor: "russia" });
  const b = buildClaim({ reportId: "r2", ...attacks, value: 3, actor: "ukraine" });
  const c = buildClaim({ reportId: "r3", ...attacks, value: 10, actor: null });
  expect(first([a, b, c])?.evidence).toEqual([expect.objectContaining({ claimId: c.id, relation: "agrees" })]);
});

test("different currencies are never compared", () => {
  const money = { category: "money" as const, subject: "aid", value: 61e9 };
  const a = buildClaim({ reportId: "r1", ...money, normalized: { value: 61e9, unit: "USD" } });
  const b = buildClaim({ reportId: "r2", ...money, value: 1e9, lower: 1e9, upper: 1e9, normalized: { value: 1e9, unit: "EUR" } });
  expect(first([a, b])?.subtype).toBe("no_other_report");
});

test("periods within three days are comparable at lower confidence; four days apart are not", () => {
  const a = buildClaim({ reportId: "r1", value: 4, publishedAt: "2024-03-10" });
  const b = buildClaim({ reportId: "r2", value: 3, publishedAt: "2024-03-13" });
  const c = buildClaim({ reportId: "r3", value: 3, publishedAt: "2024-03-14" });
  expect(first([a, b])).toMatchObject({ verdict: "conflicting", confidence: "medium" });
  expect(first([a, c])).toMatchObject({ verdict: "unverified", subtype: "no_other_report" });
  expect(suggestAll([a, c], { windowDays: 4 }).get(a.id)?.verdict).toBe("conflicting");
});

test("daily tolls of different days are different periods, not a conflict", () => {
  const a = buildClaim({ reportId: "r1", value: 4, measure: "daily", publishedAt: "2024-03-10" });
  const b = buildClaim({ reportId: "r2", value: 3, measure: "daily", publishedAt: "2024-03-11" });
  expect(first([a, b])?.verdict).toBe("unverified");
});

test("cumulative tolls compare at the date they run to", () => {
  const war = (to: string) => ({ from: "2022-02-24", to });
  const a = buildClaim({ reportId: "r1", value: 500, measure: "cumulative", period: war("2024-03-10") });
  const b = buildClaim({ reportId: "r2", value: 900, measure: "cumulative", period: war("2024-09-10") });
  expect(first([a, b])?.verdict).toBe("unverified");
});

test("an undated report compares on the rest at low confidence", () => {
  const a = buildClaim({ reportId: "r1", value: 4 });
  const b = buildClaim({ reportId: "r2", value: 4, publishedAt: null });
  expect(first([a, b])).toMatchObject({ verdict: "corroborated", confidence: "low" });
});

test("a claim without a place is another scope (national, not the town): shown as a near miss", () => {
  const drones = { category: "drones" as const, subject: "drones", measure: "shot_down" };
  const national = buildClaim({ reportId: "r1", ...drones, value: 40, location: null });
  const town = buildClaim({ reportId: "r2", ...drones, value: 3, location: "Kharkiv" });
  const sameFigure = buildClaim({ reportId: "r3", ...drones, value: 40, location: "Kharkiv" });
  expect(first([national, town])?.subtype).toBe("no_other_report");
  expect(first([national, sameFigure])).toMatchObject({ verdict: "unverified", subtype: "different_place" });
  expect(first([national, buildClaim({ reportId: "r4", ...drones, value: 40, location: null })])?.verdict).toBe("corroborated");
});

test("an undated claim is shown but does not overturn what dated claims decide", () => {
  const a = buildClaim({ reportId: "r1", value: 4 });
  const b = buildClaim({ reportId: "r2", value: 4 });
  const undated = buildClaim({ reportId: "r3", value: 9, publishedAt: null });
  const s = first([a, b, undated]);
  expect(s).toMatchObject({ verdict: "corroborated", confidence: "high", evidenceCount: 2 });
  expect(s?.evidence.map((e) => [e.claimId, e.relation])).toEqual([[b.id, "agrees"], [undated.id, "conflicts"]]);
  expect(suggestAll([a, b, undated]).get(undated.id)).toMatchObject({ verdict: "conflicting", confidence: "low" });
});

test("civilian tolls ignore the side; military losses keep it apart", () => {
  const a = buildClaim({ reportId: "r1", category: "injured", value: 4, actor: "ukraine" });
  const b = buildClaim({ reportId: "r2", category: "injured", value: 3, actor: "russia" });
  expect(first([a, b])?.verdict).toBe("conflicting");
  const troops = { subject: "soldiers" };
  const c = buildClaim({ reportId: "r1", ...troops, value: 40, actor: "russia" });
  const d = buildClaim({ reportId: "r2", ...troops, value: 3, actor: "ukraine" });
  expect(first([c, d])?.subtype).toBe("no_other_report");
});
