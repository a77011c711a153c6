import { ComparisonIndex, suggestAll, type ComparableClaim } from "@/lib/claims/compare";
import { buildClaim } from "./factories";

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

function corpus(): ComparableClaim[] {
  const places = ["Kupiansk", "Kupyansk", "Izium", "Lyman", null];
  return Array.from({ length: 300 }, (_, i) =>
    buildClaim({
      id: `k${i}`,
      reportId: `r${i % 60}`,
      copyGroup: `g${i % 45}`,
      value: 1 + (i % 5),
      publishedAt: i % 17 === 0 ? null : day((i * 7) % 400),
      location: places[i % places.length],
      category: i % 3 === 0 ? "injured" : "killed",
      attribution: i % 11 === 0 ? "Russian Defence Ministry" : null,
    }),
  );
}

test("adding a report touches only its neighbours and ends where a full recompute does", () => {
  const all = corpus();
  const [old, fresh] = [all.filter((c) => c.reportId !== "r7"), all.filter((c) => c.reportId === "r7")];
  const index = new ComparisonIndex();
  index.load(old);
  const before = new Map(old.map((c) => [c.id, index.suggest(c.id)]));
  const touched = index.add(fresh);
  const full = suggestAll(all);
  for (const claim of all) expect(index.suggest(claim.id)).toEqual(full.get(claim.id));
  for (const claim of old) {
    if (!touched.has(claim.id)) expect(before.get(claim.id)).toEqual(full.get(claim.id));
  }
  expect(touched.size).toBeLessThan(all.length / 2);
});

test("removing a report gives back the suggestions without it", () => {
  const all = corpus();
  const index = new ComparisonIndex();
  index.add(all);
  const gone = all.filter((c) => c.reportId === "r3").map((c) => c.id);
  const touched = index.remove(gone);
  const rest = all.filter((c) => c.reportId !== "r3");
  const full = suggestAll(rest);
  for (const claim of rest) expect(index.suggest(claim.id)).toEqual(full.get(claim.id));
  expect([...touched].every((id) => !gone.includes(id))).toBe(true);
});
