import { extractClaims } from "@/lib/claims/extract";
import { only, quotes } from "./helpers";

describe("units and parentheticals", () => {
  test.each([
    ["35 sq km of land", "sq km", 35, "km2"],
    ["about 23 square miles of land", "sq miles", 59.56977, "km2"],
    ["40 km² of land", "sq km", 40, "km2"],
    ["nearly 2 hectares of forest", "hectares", 0.02, "km2"],
    ["a fire on about 850 square metres", "sq m", 0.00085, "km2"],
    ["within six miles of the town", "miles", 9.656064, "km"],
    ["up to 800 meters deep", "m", 0.8, "km"],
    ["nearly 1,000 pounds of TNT", "pounds", 453.59237, "kg"],
    ["about 1,200 tonnes of wheat", "tonnes", 1200000, "kg"],
    ["60% of the town", "percent", 60, "percent"],
    ["the attack knocked out about 1,800 MW of capacity", "MW", 1800, "MW"],
    ["the plant lost 1.5 GW of capacity", "GW", 1500, "MW"],
    ["about seven months of occupation", "months", 213.0625, "day"],
  ])("%s", (text, unit, normalized, normalizedUnit) => {
    const claim = only(`Russian forces held ${text}.`);
    expect(claim.unit).toBe(unit);
    expect(claim.normalized.value).toBeCloseTo(normalized, 4);
    expect(claim.normalized.unit).toBe(normalizedUnit);
  });

  test("a parenthetical restatement is one claim, quoted without the parenthesis", () => {
    expect(quotes("Kyiv has retaken more than 192 sq km (74.13 sq miles) of land.")).toEqual(["more than 192 sq km"]);
    expect(quotes("They are within 2.5 km (1.6 miles) of the city.")).toEqual(["within 2.5 km"]);
    expect(quotes("Europe has allocated some €132 billion ($150 billion) in aid since 2022.")).toEqual(["some €132 billion"]);
  });

  test("a daily increase in parentheses is its own claim", () => {
    expect(quotes("Total combat losses of the enemy: tanks – 9,506 (+14).")).toEqual(["9,506", "+14"]);
  });

  test("'12 in Kherson' is not 12 inches", () => expect(quotes("Shelling hit 12 in Kherson and 3 in Odesa.")).toEqual([]));
});

describe("other ISO currency codes, in capitals", () => {
  test("'NOK 1.3 billion', 'CZK 2 billion' are money in those currencies", () => {
    const claims = extractClaims("Norway will allocate NOK 1.3 billion for air defence; the Czech Republic will add CZK 2 billion in 2025.");
    expect(claims.map((c) => [c.quote, c.unit, c.value])).toEqual([["NOK 1.3 billion", "NOK", 1.3e9], ["CZK 2 billion", "CZK", 2e9]]);
  });
});

describe("a sum that goes on without its currency", () => {
  const money = (text: string) => extractClaims(text).map((c) => [c.quote, c.category, c.unit, c.value]);

  test("a scaled figure after a sum in a currency's name is more of that currency ('1.2 billion hryvnias ..., plus 300 million')", () => {
    expect(money("For fortifications, 1.2 billion hryvnias from the state budget, plus 300 million from the regional budget.")).toEqual([
      ["1.2 billion hryvnias", "money", "UAH", 1.2e9], ["300 million", "money", "UAH", 3e8],
    ]);
    expect(money("Europe gave 72 billion euros against 65 billion from Washington.")).toEqual([["72 billion euros", "money", "EUR", 7.2e10], ["65 billion", "money", "EUR", 6.5e10]]);
    // (not a bare figure, a price of one thing, nor a figure in words)
    expect(money("The region got 14.7 billion rubles, and 12 have been spent.")).toEqual([["14.7 billion rubles", "money", "RUB", 1.47e10]]);
    expect(money("Belgorod pays up to 2.5 million roubles per contract; Tatarstan, 1.8 million per contract.")).toEqual([["up to 2.5 million roubles", "money", "RUB", 2.5e6]]);
  });

  test("a figure borrowing a sum's category borrows its currency ('$3 million in April, and 2 million more in May')", () => {
    expect(money("The fund received $3 million in April, and 2 million more in May.")).toEqual([["$3 million", "money", "USD", 3e6], ["2 million more", "money", "USD", 2e6]]);
  });
});

describe("units written the continental way", () => {
  test("'3,000 m2' is square metres; '12 million ₽', '1.2 billion ₴' and '2 billion zlotys' are money; '1,200 t' is tonnes", () => {
    expect(only("The fire covered 3,000 m2 of the warehouse.").normalized.unit).toBe("km2");
    expect(only("The region paid out 12 million ₽ in compensation.").unit).toBe("RUB");
    expect(only("The fund raised 1.2 billion ₴.").unit).toBe("UAH");
    expect(only("Poland spent 2 billion zlotys on the border.").unit).toBe("PLN");
    // (the neighbours' currencies by name: Romania's lei unless Moldova's are named, forints, Czech crowns)
    expect(only("The shelters cost 12.6 million lei (about €2.5 million).")).toMatchObject({ quote: "12.6 million lei", unit: "RON", value: 12_600_000 });
    expect(only("Chisinau paid 40 million Moldovan lei.").unit).toBe("MDL");
    expect(only("Budapest paid 2 billion forints.").unit).toBe("HUF");
    expect(only("Prague paid 3 billion Czech crowns.").unit).toBe("CZK");
    expect(only("The strike destroyed 1,200 t of grain.").unit).toBe("tonnes");
  });

  test("not the T of a tank's model", () => {
    expect(only("They destroyed four T-72B3 tanks.").category).toBe("equipment");
  });

  test("a restatement after a comma and 'or' is the same claim, as one in brackets is ('DKK 5.1 billion, or about 680 million euros')", () => {
    expect(quotes("Our package is worth DKK 5.1 billion, or about 680 million euros.")).toEqual(["DKK 5.1 billion"]);
    expect(quotes("The front moved 8 kilometres, or 5 miles.")).toEqual(["8 kilometres"]);
    expect(quotes("The fund paid 100,000 rubles ($1,180).")).toEqual(["100,000 rubles"]);
    // (two counts joined by "or" are two claims)
    expect(quotes("Russia lost 40 tanks, or 12 armoured vehicles.")).toEqual(["40 tanks", "12 armoured vehicles"]);
  });

  test("yen, Swiss francs and the Nordic crowns written out are currencies, and a restatement in dollars after them is the same claim", () => {
    expect(quotes("The equipment, worth about 2.9 billion yen (19 million dollars), was delivered.")).toEqual(["about 2.9 billion yen"]);
    expect(only("Norway gave 1.2 billion Norwegian kroner.").unit).toBe("NOK");
  });

  test("a figure compared with a measure keeps its unit: 'compared with roughly 210', 'a peak of 725', 'against 300'", () => {
    const text = "Russian forces took 427 square kilometres in January, down from 476 in December and a peak of 725 in November.";
    expect(extractClaims(text).map((c) => [c.quote, c.unit])).toEqual([["427 square kilometres", "sq km"], ["476", "sq km"], ["725", "sq km"]]);
    expect(extractClaims("They gained about 148 square kilometres in April, compared with roughly 210 in March.").map((c) => [c.quote, c.unit])).toEqual([["about 148 square kilometres", "sq km"], ["roughly 210", "sq km"]]);
    for (const comparison of ["compared to", "against", "versus", "vs", "a high of", "a low of", "a record of"]) {
      expect(extractClaims(`They gained 148 square kilometres in April, ${comparison} 210 in March.`).map((c) => c.unit)).toEqual(["sq km", "sq km"]);
    }
    // (not a figure after other words: "and 210 people left")
    expect(extractClaims("They gained 148 square kilometres in April, and 210 people left.").map((c) => c.unit)).toEqual(["sq km", "count"]);
  });

  test("'kroner' alone is Norway's where the sentence names Norway, else Denmark's; 'won' after a scale is Korea's; '¥' is the yen", () => {
    expect(only("Norway will allocate 2.5 billion kroner for air defence.").unit).toBe("NOK");
    expect(only("The Danish budget has set aside 8.6 billion kroner.").unit).toBe("DKK");
    expect(only("The equipment, worth 7.5 billion won (US$5.2 million), was handed over.")).toMatchObject({ quote: "7.5 billion won", unit: "KRW", category: "money" });
    expect(only("Japan's ¥1.2 billion grant paid for the machines.")).toMatchObject({ quote: "¥1.2 billion", unit: "JPY" });
    // (not the verb: "3 won by")
    expect(extractClaims("Of the 5 seats, 3 won by the party.").map((c) => c.unit)).not.toContain("KRW");
  });

  test("nautical miles are a distance, and restate kilometres in brackets as one claim", () => {
    expect(only("The ship was 30 nautical miles north of the coast.")).toMatchObject({ unit: "nautical miles", category: "distance", normalized: { value: 55.56, unit: "km" } });
    expect(quotes("The tanker was seized about 20 kilometres (11 nautical miles) off Porvoo.")).toEqual(["about 20 kilometres"]);
  });

  test("not the Mi of a helicopter's model: miles only apart from a hyphened number", () => {
    expect(only("The group has 2 Mi-8 helicopters on duty.")).toMatchObject({ quote: "2", unit: "count", category: "equipment" });
    expect(only("The town is 10 mi from the border.")).toMatchObject({ quote: "10 mi", unit: "miles" });
  });
});
