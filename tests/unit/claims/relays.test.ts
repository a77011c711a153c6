import { extractClaims } from "@/lib/claims/extract";
import { findOutlet } from "@/lib/claims/headline";

// Reports that relay other people's figures (gold batch nine: a city digest, a site relaying the National
// Guard, a city administration's day on Telegram): who said each figure, as their writers annotated it.
const read = (text: string) => extractClaims(text, { publishedAt: "2025-06-12" }).map((c) => [c.quote, c.attribution]);
const sourceOf = (text: string, quote: string) => read(text).find(([q]) => q === quote)?.[1];

describe("who holds an office", () => {
  test("'the head of the OVA' is the head named before, not the office", () => {
    const text =
      "Russians struck the Nikopol district 20 times, the head of the Dnipropetrovsk Regional Military Administration, Serhii Lysak, wrote.\n" +
      "In total, the Russians attacked the Nikopol district 41 times during the day, according to the head of the OVA.";
    expect(sourceOf(text, "41 times")).toBe("Serhii Lysak");
  });

  test("an office named without its head stays the office", () => {
    const text =
      "Russians struck the Nikopol district 20 times, the Dnipropetrovsk Regional Military Administration said.\n" +
      "In total, the Russians attacked the district 41 times, according to the OVA.";
    expect(sourceOf(text, "41 times")).toBe("Dnipropetrovsk Regional Administration");
  });
});

describe("a news site's own name", () => {
  const site = (header: string, footer = "") => `${header}\nHome › War\n\nRussian troops attacked 38 times over the day.\n${footer}`;

  test("a header with the site's section menu is a nameplate, whose own words have no source", () => {
    expect(sourceOf(site("UA PULSE | News | War"), "38 times")).toBeNull();
    expect(sourceOf(site("BLACK BIRD GROUP | Situation note"), "38 times")).toBe("Black Bird Group");
  });

  test("a header naming the outlet of the page's copyright line is a nameplate", () => {
    expect(sourceOf(site("UA PULSE | Front line", "© 2019–2025 UA Pulse. Use of materials only with a hyperlink."), "38 times")).toBeNull();
  });

  test("a copyright line with a range of years names the outlet", () => {
    expect(findOutlet("Text.\n© 2019–2025 UA Pulse. Use of materials only with a hyperlink.")).toBe("UA Pulse");
  });

  test("'By <outlet>'s count' is the outlet adding up, even where the sentence names who reported the parts", () => {
    const text = "Russian troops attacked 38 times.\nBy UA Pulse's count, the National Guard reported a total of 2,431 Russian troops killed in March.\n© 2025 UA Pulse.";
    expect(sourceOf(text, "a total of 2,431 Russian troops")).toBeNull();
    expect(sourceOf(text.replace("UA Pulse's", "Reuters'"), "a total of 2,431 Russian troops")).toBe("National Guard of Ukraine");
    expect(sourceOf("By our newsroom's count, Russian troops attacked the district 400 times.", "400 times")).toBeNull();
  });

  test("who is told listens: 'told UA Pulse' leaves the speaker before the verb, age and all", () => {
    const text = 'Its spokesperson, Maksym Hordiichuk, 31, told UA Pulse that the Russians attacked 6 times.\n"We killed 23 of them," he said.';
    expect(read(text).map(([, source]) => source)).toEqual(["Maksym Hordiichuk", "Maksym Hordiichuk"]);
  });
});

describe("names of bodies", () => {
  test("a body's name does not run into a date or across a hyphen's halves", () => {
    expect(sourceOf("The General Staff of the Armed Forces of Ukraine on Wednesday put Russia's losses at about 893,530.", "about 893,530")).toBe("Ukrainian General Staff");
    const text =
      "Viktor Trehubov, spokesperson for the Khortytsia Operational-Strategic Group of Forces, said that 96 combat engagements took place.\n" +
      "Of them, 41 were in the Pokrovsk direction, where he put the Russian grouping at about 110,000 troops.";
    expect(read(text).map(([, source]) => source)).toEqual(["Viktor Trehubov", "Viktor Trehubov", "Viktor Trehubov"]);
  });
});

describe("a city administration's day", () => {
  const day = (entries: string) =>
    "KHERSON TODAY · khersontoday.com.ua\n\nKherson under fire: day summary\n\n" +
    "Unless otherwise stated, the entries below are from the Kherson City Military Administration's Telegram channel.\n\n" +
    `${entries}\n\n© 2025 Kherson Today.`;

  test("'Unless otherwise stated, the entries below are from X' makes X the voice of unsigned entries", () => {
    expect(sourceOf(day("09:15\nAntonivka. Four passengers were injured."), "Four passengers")).toBe("Kherson City Military Administration");
    expect(sourceOf(day("09:15\nAntonivka. Four passengers were injured, police said."), "Four passengers")).toBe("National Police of Ukraine");
  });

  test("the outlet's own count in the same report stays its own", () => {
    expect(sourceOf(day("By Kherson Today's count, the region was attacked more than 400 times."), "more than 400 times")).toBeNull();
    expect(sourceOf(day("At least 163 residents were injured, according to our calculations."), "At least 163 residents")).toBeNull();
  });

  test("'the city military administration' naming no city is the one the report named", () => {
    const text = "Unless otherwise stated, the entries below are from the city military administration's Telegram channel.\n\nTwo people were injured.";
    expect(sourceOf(`The Kherson City Military Administration posts every hour.\n${text}`, "Two people")).toBe("Kherson City Military Administration");
  });

  test("'Name, title:' on a line of its own heads the post after it", () => {
    const post = '10:40\nRoman Mrochko, head of the Kherson City Military Administration:\n"Since the morning, the occupiers have fired on the Korabelnyi district 14 times."';
    expect(sourceOf(post, "14 times")).toBe("Roman Mrochko");
  });

  test("a district several cities share is the city the report named before, wherever it was named", () => {
    const text = "Kherson and suburbs under fire.\n\nKomyshany. A drone attacked a cyclist.\n\nTsentralnyi district. Windows were blown out in 46 apartments.";
    expect(extractClaims(text).find((c) => c.quote === "46 apartments")?.location).toBe("Kherson");
  });
});
