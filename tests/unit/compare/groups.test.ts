import { ComparisonIndex, suggestAll } from "@/lib/claims/compare";
import { about, atLeast, buildClaim, moreThan } from "./factories";

test("a group shows the range across sources and the lowest credible floor, never an average", () => {
  const people = { category: "people" as const, subject: "residents" };
  const a = buildClaim({ reportId: "r1", ...people, ...moreThan(11000) });
  const b = buildClaim({ reportId: "r2", ...people, ...about(12000) });
  const c = buildClaim({ reportId: "r3", ...people, value: 12000, lower: 0, upper: 12000, qualifier: "up_to" });
  const { group } = suggestAll([a, b, c]).get(b.id)!;
  expect(group.range).toEqual({ lower: 0, upper: null });
  expect(group.conservative).toEqual({ value: 10800, exclusive: false, claimId: b.id });
});

test("groups are the connected components of comparable pairs", () => {
  const index = new ComparisonIndex();
  const a = buildClaim({ reportId: "r1", ...atLeast(1) });
  const b = buildClaim({ reportId: "r2", value: 2 });
  const lone = buildClaim({ reportId: "r3", value: 2, location: "Izium" });
  const izyum = buildClaim({ reportId: "r4", value: 3, location: "Izyum" });
  index.add([a, b, lone, izyum]);
  const groups = index.groups().map((g) => [...g.claimIds].sort());
  expect(groups).toEqual([[a.id, b.id].sort(), [lone.id, izyum.id].sort()]);
  expect(index.groups()[0]).toMatchObject({ range: { lower: 1, upper: null }, conservative: { value: 1 } });
});
