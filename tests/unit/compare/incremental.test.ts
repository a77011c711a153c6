import { ComparisonIndex, blockKeysFor, suggestAll, suggestionChanged, type ComparableClaim } from "@/lib/claims/compare";
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

test("loading only the claims that share a block key with the new and the touched claims is enough", () => {
  const all = corpus();
  const fresh = all.filter((c) => c.reportId === "r7");
  const old = all.filter((c) => c.reportId !== "r7");
  const keysOf = (c: ComparableClaim) => Object.values(blockKeysFor(c)).filter((k): k is string => typeof k === "string");
  const sharing = (claims: ComparableClaim[]) => {
    const keys = new Set(claims.flatMap(keysOf));
    return old.filter((c) => keysOf(c).some((k) => keys.has(k)));
  };
  const index = new ComparisonIndex();
  const first = sharing(fresh);
  index.load(first);
  const touched = index.add(fresh);
  const loaded = new Set(first.map((c) => c.id));
  index.load(sharing(all.filter((c) => touched.has(c.id))).filter((c) => !loaded.has(c.id)));
  const full = suggestAll(all);
  for (const id of touched) expect(index.suggest(id)).toEqual(full.get(id));
});

test("a suggestion changes for review when its verdict or evidence does, not its wording", () => {
  const [a, b, c] = [buildClaim({ reportId: "r1", value: 4 }), buildClaim({ reportId: "r2", value: 4 }), buildClaim({ reportId: "r3", value: 4 })];
  const before = suggestAll([a, b]).get(a.id)!;
  expect(suggestionChanged(before, suggestAll([a, b]).get(a.id)!)).toBe(false);
  expect(suggestionChanged(before, suggestAll([a, b, c]).get(a.id)!)).toBe(true);
});
