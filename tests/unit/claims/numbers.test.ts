import { parseDigits, parseNumber } from "@/lib/claims/numbers";
import { extractClaims } from "@/lib/claims/extract";
import { only, quotes } from "./helpers";

describe("numbers", () => {
  test.each([
    ["11,000", 11000],
    ["74.13", 74.13],
    ["1.5", 1.5],
    ["1,5", 1.5],
  ])("digits %s", (raw, value) => expect(parseDigits(raw)).toBe(value));

  test("date-like digit runs are not numbers", () => expect(parseDigits("05.12.2024")).toBeNull());

  test.each([
    ["Twenty-six people", 26],
    ["a dozen drones", 12],
    ["a hundred soldiers", 100],
    ["one and a half kilometres", 1.5],
    ["one and a half thousand households", 1500],
    ["two hundred and twenty troops", 220],
    ["12.4 million people", 12400000],
    ["1.2 thousand residents", 1200],
    ["14.6M people", 14600000],
    ["3.7M internally displaced", 3700000],
  ])("words and scales: %s", (text, value) => expect(parseNumber(text)?.value).toBe(value));

  test("$61bn applies the scale after a currency", () => {
    const claim = only("Congress approved $61bn in aid.");
    expect(claim).toMatchObject({ value: 61e9, unit: "USD", category: "money", quote: "$61bn" });
    expect(only("The plan requires US$3.11B.")).toMatchObject({ value: 3.11e9, unit: "USD" });
    expect(only("Troops advanced 500m.")).toMatchObject({ value: 500, unit: "m" });
  });

  test.each([
    ["between 40 and 50 assaults", 40, 50],
    ["2,000 to 3,000 people", 2000, 3000],
    ["10-15 personnel", 10, 15],
    ["10–15 buses", 10, 15],
  ])("range %s", (text, lower, upper) => {
    const claim = only(`They counted ${text} there.`);
    expect(claim).toMatchObject({ qualifier: "range", value: lower, lower, upper });
  });

  test("vague amounts keep the named base and the table's interval", () => {
    expect(only("Only a few dozen soldiers remain.")).toMatchObject({ value: 12, lower: 24, upper: 96, qualifier: "vague" });
    expect(only("Dozens of drones were launched.")).toMatchObject({ lower: 24, upper: 200, upperExclusive: true });
    expect(only("Hundreds of residents fled.")).toMatchObject({ lower: 200, upper: 1000 });
  });

  test("47 of the 72 drones is two claims", () => {
    expect(quotes("Air defences shot down 47 of the 72 drones.")).toEqual(["47", "72 drones"]);
  });

  test("two more and another 25 borrow the counted noun", () => {
    expect(quotes("Troops repelled 10 attacks near Kupiansk and two more near Lyman.")).toEqual(["10 attacks", "two more"]);
    expect(only("Another 25 drones were lost.").quote).toBe("Another 25 drones");
  });

  test("'N more' closing its phrase adds to the count before it; not 'View 61 more comments', nor 'for every one, two more'", () => {
    expect(extractClaims("Germany is paying for two systems, and Norway is financing one more.").map((c) => [c.quote, c.category])).toEqual([["two systems", "equipment"], ["one more", "equipment"]]);
    expect(extractClaims("Russia launched 40 drones overnight and 12 more by the morning.").map((c) => [c.quote, c.category])).toEqual([["40 drones", "drones"], ["12 more", "drones"]]);
    expect(extractClaims("Russia launched 40 drones. View 61 more comments").map((c) => c.quote)).toEqual(["40 drones"]);
    expect(extractClaims('The crew destroyed 17 vehicles. "For every tank they lose, they send three more."').map((c) => c.quote)).toEqual(["17 vehicles"]);
  });

  test("a loss list's total and its bracketed increment share the noun after them: '11,328 (+4) tanks'", () => {
    expect(quotes("Total Russian losses, according to the General Staff: about 1,151,370 (+1,090) personnel, 11,328 (+4) tanks.")).toEqual(["about 1,151,370", "+1,090", "11,328", "+4"]);
    expect(extractClaims("Total Russian losses: 11,328 (+4) tanks.").map((c) => c.category)).toEqual(["equipment", "equipment"]);
  });

  test("'74 educational and 29 health-care facilities': the first count shares the noun after the second, its adjective quoted", () => {
    expect(extractClaims("HRMMU recorded damage to 74 educational and 29 health-care facilities.").map((c) => [c.quote, c.category])).toEqual([["74 educational", "infrastructure"], ["29 health-care facilities", "infrastructure"]]);
    // (not a time after the count: "74 overnight")
    expect(quotes("HRMMU recorded damage to 74 overnight and 29 health-care facilities.")).not.toContain("74 overnight");
  });

  test("'only 41' borrows the noun as '41' does: 'only' and 'just' are no qualifiers", () => {
    expect(quotes("Of the 62 settlements, only 41 could be confirmed.")).toEqual(["62 settlements", "41"]);
  });

  test("twice counts attacks when an attack verb governs it", () => {
    expect(only("The enemy attacked twice near Vovchansk.")).toMatchObject({ value: 2, category: "attacks", quote: "twice" });
    expect(quotes("Prices rose twice as fast.")).toEqual([]);
  });
});

describe("thousands grouped by a space", () => {
  test("'About 1 500 people', 'Some 12 000 residents' are 1,500 and 12,000", () => {
    expect(only("About 1 500 people were evacuated.").value).toBe(1500);
    expect(only("Some 12 000 residents remain in the city.").value).toBe(12000);
  });

  test("not a count before a compound ('3 500-kg bombs'), nor a figure after a year", () => {
    expect(parseNumber("3 500-kg bombs")?.value).toBe(3);
    expect(quotes("In 2024 500 people left.")).toEqual(["500 people"]);
  });
});

describe("a lower-case 'm' for million", () => {
  test("'1.5m people', '2m tonnes of grain' are millions; '2m deep' is metres", () => {
    expect(only("Some 1.5m people lack water.").value).toBe(1_500_000);
    expect(only("Ukraine exported 2m tonnes of grain.").value).toBe(2_000_000);
    expect(only("The crater is 2m deep.").normalized.unit).toBe("km");
  });

  test("before a currency's name ('1.9m roubles') or an acronym and its noun ('1m FPV drones'), not '300m from'", () => {
    expect(only("Each recruit gets 1.9m roubles.")).toMatchObject({ value: 1_900_000, unit: "RUB", category: "money" });
    expect(only("Ukraine made more than 1m FPV drones.")).toMatchObject({ value: 1_000_000, category: "drones" });
    expect(only("Troops advanced 300m from the village.").normalized).toEqual({ value: 0.3, unit: "km" });
  });

  test("a population's figure ('a population of some 31m in the territory it controls') is millions", () => {
    expect(only("Ukraine, with a population of some 31m in the territory it controls, bears the losses.")).toMatchObject({ value: 31_000_000, category: "people" });
  });
});

describe("'trn' and 'bln' for trillion and billion", () => {
  test("'13.5trn roubles' is 13.5 trillion roubles, '60 bln rubles' 60 billion", () => {
    expect(only("Russia will spend 13.5trn roubles on defence.")).toMatchObject({ value: 13.5e12, unit: "RUB", category: "money" });
    expect(only("The compensation bill tops 60 bln rubles.")).toMatchObject({ value: 60e9, unit: "RUB", category: "money" });
  });
});
