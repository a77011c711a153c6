import { only } from "./helpers";
import { extractClaims } from "@/lib/claims/extract";

describe("qualifiers become intervals", () => {
  test.each([
    ["16 airstrikes", "exact", 16, 16],
    ["about 100 drones", "about", 90, 110],
    ["around 12,000 people", "about", 10800, 13200],
    ["roughly 50 armored vehicles", "about", 45, 55],
    ["some 200 troops", "about", 180, 220],
    ["nearly 30 houses", "nearly", 27, 30],
    ["almost 30 private houses", "nearly", 27, 30],
    ["more than 11,000 residents", "more_than", 11000, null],
    ["well over 100,000 lives", "more_than", 100000, null],
    ["over 600 children", "more_than", 600, null],
    ["at least six people", "at_least", 6, null],
    ["no fewer than 20 tanks", "at_least", 20, null],
    ["up to 95 servicemen", "up_to", 0, 95],
    ["as many as 40 drones", "up_to", 0, 40],
    ["as high as 150,000 children", "up_to", 0, 150000],
    ["fewer than 20 soldiers", "fewer_than", 0, 20],
  ])("%s", (quote, qualifier, lower, upper) => {
    const claim = only(`Officials counted ${quote} in the area.`);
    expect(claim).toMatchObject({ quote, qualifier, lower, upper });
    expect(claim.rule).toBeTruthy();
  });

  test("exclusive ends are recorded", () => {
    expect(only("They saw more than 5 tanks.")).toMatchObject({ lowerExclusive: true, upperExclusive: false });
    expect(only("They saw nearly 5 tanks.")).toMatchObject({ lowerExclusive: false, upperExclusive: true });
  });
});

describe("ranges with their sign repeated, verbs of exceeding, a tilde", () => {
  const bounds = (text: string) => extractClaims(text).map((c) => [c.quote, c.lower, c.upper]);

  test("'between $35,000 and $50,000', 'between 45% and 65%', '40% to 50%' are one range each", () => {
    expect(bounds("A Shahed costs between $35,000 and $50,000. Between 45% and 65% of them, and 40% to 50% of funds.")).toEqual([
      ["between $35,000 and $50,000", 35000, 50000], ["Between 45% and 65%", 45, 65], ["40% to 50%", 40, 50],
    ]);
  });

  test("'exceeded 290,000' is more than, 'not exceed 4 hours' up to, '~40 Shaheds' about", () => {
    expect(bounds("Losses exceeded 290,000 troops. Outages should not exceed 4 hours a day. ~40 Shaheds were over the city.")).toEqual([
      ["exceeded 290,000 troops", 290000, null], ["not exceed 4 hours", 0, 0.166666667], ["~40 Shaheds", 36, 44],
    ]);
  });

  test("hours keep nine significant digits as days; large values keep their units", () => {
    const [hours, money] = bounds("The search lasted about 14 hours and cost UAH 1,234,567,891.");
    expect(hours[2]).toBeCloseTo(0.641666667, 8); // six decimals (0.641666) were off by more than the gold set's tolerance
    expect(money).toEqual(["UAH 1,234,567,891", 1234567891, 1234567891]);
  });
});

describe("a qualifier after the figure", () => {
  test("'N or so' before a counted noun is about N, 'N+' at least N; not before a word that counts nothing", () => {
    expect(only("I counted 20 or so explosions in the centre.")).toMatchObject({ quote: "20 or so explosions", qualifier: "about", lower: 18, upper: 22 });
    expect(only("4,300+ people evacuated.")).toMatchObject({ quote: "4,300+ people", qualifier: "at_least", lower: 4300, upper: null });
    expect(extractClaims("Have you been there 10 or so times?")).toEqual([]);
  });
});

describe("'over' as a verb's particle", () => {
  test("'handed over 128 ambulances', 'turned over 12 bodies' are exact; 'shelled over 40 villages' still more than 40", () => {
    expect(only("The WHO has handed over 128 ambulances to the ministry.")).toMatchObject({ quote: "128 ambulances", qualifier: "exact", lower: 128, upper: 128 });
    expect(only("Russia turned over 12 bodies on Friday.")).toMatchObject({ quote: "12 bodies", qualifier: "exact" });
    expect(only("Berlin has handed over a further 20 tanks.")).toMatchObject({ quote: "a further 20 tanks", qualifier: "exact", lower: 20 });
    expect(only("Russian troops shelled over 40 villages.")).toMatchObject({ quote: "over 40 villages", qualifier: "more_than" });
  });

  test("'shot down over 12 oblasts' is where the drones came down; 'downed over 40 drones' is still more than 40", () => {
    const claims = extractClaims("Air defence shot down 53 drones over 12 oblasts. 40 were downed over three regions.");
    expect(claims.map((claim) => [claim.quote, claim.qualifier])).toEqual([["53 drones", "exact"], ["12 oblasts", "exact"], ["40", "exact"], ["three regions", "exact"]]);
    expect(only("Air defence downed over 40 drones.")).toMatchObject({ quote: "over 40 drones", qualifier: "more_than" });
    expect(extractClaims("Russia launched 81 drones. 53 were shot down over 12 oblasts.").map((claim) => [claim.quote, claim.qualifier])).toEqual([["81 drones", "exact"], ["53", "exact"], ["12 oblasts", "exact"]]);
  });
});

describe("'several' and 'a few' alone", () => {
  test("are vague amounts the parser reads, but no claim: 'several explosions', 'a few kilometres' (unlike 'a few dozen soldiers')", () => {
    expect(extractClaims("Residents heard several explosions a few kilometres away.")).toEqual([]);
    const all = extractClaims("Residents heard several explosions.", { includeNonClaims: true });
    expect(all).toMatchObject([{ quote: "several explosions", isClaim: false, qualifier: "vague", lower: 3, upper: 9 }]);
    expect(only("A few dozen soldiers were captured.")).toMatchObject({ quote: "A few dozen soldiers", isClaim: true });
  });
});
