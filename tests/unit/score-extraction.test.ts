import {
  errorKinds,
  goalsMet,
  matchClaims,
  numbersAgree,
  scoreExtraction,
  type ScoredGoldClaim,
  type ScoredPrediction,
} from "@/scripts/bench/score-extraction";

// "Russia launched 72 drones; 47 of the 72 drones were shot down near Kupiansk, a 58-year-old said."
const text = "Russia launched 72 drones; 47 of the 72 drones were shot down near Kupiansk, a 58-year-old said.";
const at = (quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return { quote, start, end: start + quote.length };
};

function gold(quote: string, value: number, extra: Partial<ScoredGoldClaim> = {}, from = 0): ScoredGoldClaim {
  return {
    ...at(quote, from),
    value,
    normalized: { value, unit: "count" },
    lower: value,
    upper: value,
    qualifier: "exact",
    category: "drones",
    location: "Kupiansk",
    attribution: null,
    actor: "russia",
    ...extra,
  };
}

function predicted(quote: string, value: number, extra: Partial<ScoredPrediction> = {}, from = 0): ScoredPrediction {
  return {
    ...at(quote, from),
    value,
    normalized: { value, unit: "count" },
    lower: value,
    upper: value,
    category: "drones",
    location: "Kupiansk",
    attribution: null,
    actor: "russia",
    ...extra,
  };
}

const launched = gold("72 drones", 72);
const shotDown = gold("47", 47);
const ofThe = gold("72 drones", 72, {}, 30);
const trap = { ...at("58-year-old"), kind: "age" };

test("a perfect prediction scores 1 everywhere with no trap hits", () => {
  const score = scoreExtraction([
    { name: "r", gold: [launched, shotDown, ofThe], traps: [trap], predicted: [predicted("72 drones", 72), predicted("47", 47), predicted("72 drones", 72, {}, 30)] },
  ]);
  expect([score.precision, score.recall, score.f1]).toEqual([1, 1, 1]);
  expect(score.fields.bounds.accuracy).toBe(1);
  expect(score.trapHits).toEqual([]);
  expect(goalsMet(score)).toEqual({
    f1: true,
    fields: { value: true, bounds: true, category: true, location: true, attribution: true, actor: true },
    trapHits: true,
  });
});

test("a wide prediction over '47 of the 72 drones' matches the gold claim whose number it carries", () => {
  const wide = predicted("47 of the 72 drones", 47);
  expect(matchClaims([shotDown, ofThe], [wide])).toEqual([[0, 0]]);
  const score = scoreExtraction([{ name: "r", gold: [shotDown, ofThe], traps: [], predicted: [wide] }]);
  expect(score.matched).toBe(1);
  expect(score.misses.map((m) => m.gold.quote)).toEqual(["72 drones"]);
});

test("overlapping spans with a different number do not match", () => {
  const score = scoreExtraction([{ name: "r", gold: [launched], traps: [], predicted: [predicted("72 drones", 7)] }]);
  expect(score.matched).toBe(0);
  expect(score.precision).toBe(0);
  expect(score.falsePositives).toHaveLength(1);
});

test("matching is one-to-one: a duplicate prediction is a false positive", () => {
  const score = scoreExtraction([{ name: "r", gold: [launched], traps: [], predicted: [predicted("72 drones", 72), predicted("72", 72)] }]);
  expect(score.matched).toBe(1);
  expect(score.precision).toBe(0.5);
  expect(score.recall).toBe(1);
  expect(score.f1).toBeCloseTo(2 / 3);
  expect(score.falsePositives[0].predicted.quote).toBe("72");
});

test("field accuracy is counted over matched pairs only", () => {
  const score = scoreExtraction([
    {
      name: "r",
      gold: [launched, shotDown],
      traps: [],
      predicted: [predicted("72 drones", 72, { category: "missiles", location: null }), predicted("47", 47, { attribution: "Ukrainian Air Force", actor: null })],
    },
  ]);
  expect(score.fields.value).toEqual({ correct: 2, total: 2, accuracy: 1 });
  expect(score.fields.category.accuracy).toBe(0.5);
  expect(score.fields.location.accuracy).toBe(0.5);
  expect(score.fields.attribution.accuracy).toBe(0.5);
  expect(score.fields.actor.accuracy).toBe(0.5);
  expect(score.fieldErrors.map((e) => `${e.field}:${e.gold.quote}`)).toEqual(["category:72 drones", "location:72 drones", "attribution:47", "actor:47"]);
  expect(goalsMet(score).fields.category).toBe(false);
});

test("bounds agree within a relative 1e-6, and null only matches null", () => {
  const about = gold("72 drones", 72, { lower: 64.8, upper: 79.2, qualifier: "about" });
  const nearlyEqual = predicted("72 drones", 72, { lower: 64.80000001, upper: 79.2 });
  const unbounded = predicted("72 drones", 72, { lower: 64.8, upper: null });
  expect(scoreExtraction([{ name: "r", gold: [about], traps: [], predicted: [nearlyEqual] }]).fields.bounds.accuracy).toBe(1);
  expect(scoreExtraction([{ name: "r", gold: [about], traps: [], predicted: [unbounded] }]).fields.bounds.accuracy).toBe(0);
});

test("a prediction overlapping a trap is a trap hit and a false positive", () => {
  const age = predicted("58", 58);
  const score = scoreExtraction([{ name: "r", gold: [launched], traps: [trap], predicted: [predicted("72 drones", 72), age] }]);
  expect(score.trapHits).toHaveLength(1);
  expect(score.trapHits[0].trap.kind).toBe("age");
  expect(score.falsePositives.map((f) => f.predicted.quote)).toEqual(["58"]);
  expect(goalsMet(score).trapHits).toBe(false);
});

test("a range or vague gold claim accepts any value inside its interval as the same number", () => {
  const range = { ...gold("72 drones", 40, { qualifier: "range", lower: 40, upper: 50 }), normalized: { value: 40, unit: "count" } };
  expect(numbersAgree(range, predicted("72 drones", 45))).toBe(true);
  expect(numbersAgree(range, predicted("72 drones", 51))).toBe(false);
  expect(numbersAgree(gold("72 drones", 72), predicted("72 drones", 70))).toBe(false);
});

test("no predictions and no gold give zeros, not NaN", () => {
  const score = scoreExtraction([{ name: "r", gold: [], traps: [], predicted: [] }]);
  expect([score.precision, score.recall, score.f1, score.fields.value.accuracy]).toEqual([0, 0, 0, 0]);
});

test("error kinds tell an empty name from a spurious one and from a different one, and count trap hits by kind", () => {
  const score = scoreExtraction([
    {
      name: "r",
      gold: [launched, shotDown, gold("72 drones", 72, { attribution: "Ukrainian Air Force" }, 30)],
      traps: [trap, { ...at("Kupiansk"), kind: "place" }],
      predicted: [
        predicted("72 drones", 72, { location: null }),
        predicted("47", 47, { location: "Kharkiv", attribution: "Ukrainian Air Force" }),
        predicted("72 drones", 72, { attribution: "Russian Ministry of Defence" }, 30),
        predicted("58", 58),
        predicted("58-year-old", 58),
        predicted("Kupiansk", 1),
      ],
    },
  ]);
  expect(errorKinds(score)).toEqual({
    location: { missing: 1, spurious: 0, different: 1 },
    attribution: { missing: 0, spurious: 1, different: 1 },
    traps: { age: 2, place: 1 },
  });
});
