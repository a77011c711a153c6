import { extractClaims } from "@/lib/claims/extract";

// Sentences a review of extractor 1.4.0 found misread by its first rules: each test failed then.
const read = (text: string) => extractClaims(text).map((c) => [c.quote, c.category, c.attribution, c.location]);

describe("ordinary sentences the newer rules must leave alone", () => {
  test("a capitalised word before a figure is a model only before a singular noun the lexicon pluralises", () => {
    expect(read("On Monday 3 people were killed in Kherson.")).toEqual([["3 people", "killed", null, "Kherson"]]);
    expect(read("In Zaporizhzhia Oblast 4 children were injured.")).toEqual([["4 children", "injured", null, "Zaporizhzhia Oblast"]]);
    expect(read("On Sunday 12 aircraft were spotted.")).toEqual([["12 aircraft", "equipment", null, null]]);
  });

  test("a title-case headline naming a known person does not make the report theirs", () => {
    const body = "\n\nRussian missiles killed 5 people in Kharkiv on Monday.";
    expect(read(`Biden Holds Talks With Zelensky${body}`)[0][2]).toBeNull();
  });

  test("the Air Force speaks for Russia's drones, not for Ukraine's own launches", () => {
    const text = "Ukraine's Air Force said 40 of 50 drones were shot down.\n\nSeparately, Ukraine launched 30 drones at Moscow overnight.";
    expect(read(text).map(([, , source]) => source)).toEqual(["Ukrainian Air Force", "Ukrainian Air Force", null]);
  });

  test("members of a family and a share 'effective' are figures; mines fired are attacks", () => {
    expect(read("Russian shelling killed 5 members of one family, Prokudin wrote on Telegram.")[0].slice(1, 3)).toEqual(["killed", "Oleksandr Prokudin"]);
    expect(read("Air defences were 95 percent effective, the Air Force said.")).toEqual([["95 percent", "other", "Ukrainian Air Force", null]]);
    expect(read("The enemy fired 15 mines at Marhanets hromada.")[0][1]).toBe("attacks");
  });

  test("a district several cities share is the report's city; 'the city military administration' is the Ukrainian city nearest before it", () => {
    expect(read("Russian drones hit Mykolaiv overnight. In the Tsentralnyi district, 3 people were injured.")[0][3]).toBe("Mykolaiv");
    expect(read("Russian missiles launched from Belgorod hit Kharkiv, injuring 5 people, the city military administration said.")[0][2]).toBe("Kharkiv City Military Administration");
  });

  test("'along the front' does not unplace an attack on a named place or on 'frontline positions near X'", () => {
    expect(read("Russian forces launched 12 attacks on frontline positions near Robotyne.")[0][3]).toBe("Robotyne");
    expect(read("Russian forces attacked Kupiansk 20 times along the front line.")[0][3]).toBe("Kupiansk");
  });

  test("an estimate across commas; 'according to our sources' anywhere is the author's; adjective ministries", () => {
    expect(read("The General Staff put Russian losses, killed and wounded, at 1,200 over the past day.")).toEqual([["1,200", "casualties", "Ukrainian General Staff", null]]);
    const own = "The General Staff said 1,200 soldiers were lost. Over the past day near Pokrovsk, according to our sources, 40 Russian soldiers were killed.";
    expect(read(own)[1][2]).toBeNull();
    expect(read("The Foreign Ministry said 3 diplomats were expelled.")[0][2]).toBe("Ministry of Foreign Affairs");
  });
});
