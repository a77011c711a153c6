import fc from "fast-check";
import { extractClaims } from "@/lib/claims/extract";
import { BoilerplateFilter } from "@/lib/claims/boilerplate";
import { BOILERPLATE_MARKERS } from "@/lib/claims/data/boilerplate";
import { splitSentences } from "@/lib/claims/sentences";

// The one-pass marker search must flag exactly the sentences a case-insensitive regex would, markers
// taken as whole words.

const escape = (marker: string) => marker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const MARKERS = BOILERPLATE_MARKERS.map((m) => new RegExp(escape(m), "gi"));
const isWordChar = (c: string | undefined) => !!c && (/[A-Za-z0-9]/.test(c) || (c.charCodeAt(0) >= 128 && /\p{L}/u.test(c)));

/** The quotes extracted from a one-claim story ("Two people") with `part` below it: furniture adds none. */
const quotesUnderStory = (part: string) => extractClaims(`Two people were injured.\n\n${part}`).map((c) => c.quote);

/** Some marker occurs as whole words: no letter or digit glued on either side, bar a plural "s". */
function hasMarker(sentence: string): boolean {
  return MARKERS.some((marker) => {
    for (let at = 0; at < sentence.length; at++) {
      marker.lastIndex = at;
      const match = marker.exec(sentence);
      if (!match) return false;
      at = match.index;
      const end = at + match[0].length;
      const before = isWordChar(match[0][0]) && isWordChar(sentence[at - 1]);
      const glued = isWordChar(match[0][match[0].length - 1]) && isWordChar(sentence[end]) && !(/s/i.test(sentence[end]) && !isWordChar(sentence[end + 1]));
      if (!before && !glued) return true;
    }
    return false;
  });
}

/** The per-sentence regex version the filter replaced, caption memory included. */
function referenceFilter(): (sentence: string) => boolean {
  const seen: string[] = [];
  return (sentence) => {
    if (hasMarker(sentence)) {
      seen.push(sentence.toLowerCase().slice(0, 4000));
      if (seen.length > 3) seen.shift();
      return true;
    }
    if (!seen.length || sentence.length < 20 || sentence.length > 400) return false;
    return seen.some((text) => text.includes(sentence.toLowerCase()));
  };
}

describe("BoilerplateFilter", () => {
  test("page furniture is flagged, and so is a later caption repeating a teaser", () => {
    const text = "Click to play video: 'Russian drones hit Kharkiv apartment block' Russian drones hit Kharkiv apartment block. Two people were killed.";
    const filter = new BoilerplateFilter(text);
    expect(splitSentences(text).map((s) => filter.isBoilerplate(s))).toEqual([true, false]);
    const copyright = "Twelve drones were downed. © 2024 Kyiv News. 5 min read";
    const second = new BoilerplateFilter(copyright);
    expect(splitSentences(copyright).map((s) => second.isBoilerplate(s))).toEqual([false, true, true]);
  });

  test("flags the sentences a case-insensitive regex over each sentence flags", () => {
    const pieces = fc.oneof(
      fc.constantFrom(...BOILERPLATE_MARKERS).map((m) => m.slice(0, Math.max(1, m.length - 1)) + m.slice(-1)),
      fc.constantFrom(...BOILERPLATE_MARKERS).chain((m) => fc.array(fc.boolean(), { minLength: m.length, maxLength: m.length }).map((up) => Array.from(m, (c, i) => (up[i] ? c.toUpperCase() : c)).join(""))),
      fc.constantFrom(" ", ". ", "\n", "sign", " up", "read", " more", "K", "ſ", "12 drones", "©", "Wat", "ch:", "İ"),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join("")), (text) => {
        const filter = new BoilerplateFilter(text);
        const reference = referenceFilter();
        for (const sentence of splitSentences(text)) expect(filter.isBoilerplate(sentence)).toBe(reference(sentence.text));
      }),
      { numRuns: 2000 },
    );
  });
  test("an outlet's or newsletter's own readers and their subscription are furniture ('Paid subscribers: $7/month', '97% funded by readers')", () => {
    const lines = ["Paid subscribers: $7/month", "Keep us independent: $5/month or $50/year.", "The Kyiv Independent is 97% funded by readers."];
    for (const line of lines) expect(extractClaims(`Two people were injured, the city said.\n\n${line}`).map((c) => c.quote)).toEqual(["Two people"]);
  });
  test("'Read more on TASS:' heads a list of links, whose figures are no claims", () => {
    const text = "Two people were injured, the governor said.\n\nRead more on TASS:\nBryansk region's governor: 5 villages came under Ukrainian fire on Monday\nBelgorod region: one civilian killed in drone attack on Shebekino";
    expect(extractClaims(text).map((c) => c.quote)).toEqual(["Two people"]);
  });
  test("'More Stories From NPR' and a newsletter's reading list ('READING THIS WEEK', 'What we're reading') head lists of links", () => {
    const links = ["More Stories From NPR\nUkraine says it hit 2 Russian refineries overnight", "READING THIS WEEK\n\n1. ISW: the Kupiansk axis\n2. \"Why 3 km a week matters\" – a long read", "WHAT WE'RE READING\n\n- \"Life in a 15 km kill zone\" (Kyiv Independent, 9 min)"];
    for (const list of links) expect(extractClaims(`Two people were injured, the city said.\n\n${list}`).map((c) => c.quote)).toEqual(["Two people"]);
  });
  test("an editor's note in brackets over a copied page ('[Translated from Russian. Three consecutive posts ...]') holds no claims", () => {
    const note = "[Translated from Russian. Three consecutive posts from the Telegram channel below, in full.]";
    expect(extractClaims(`${note}\n\nTwo people were injured, the governor said.`).map((c) => c.quote)).toEqual(["Two people"]);
    // (a bracketed line of the page's own, "[DeepState's map placed them about 5 km away.]", is read as any line)
    expect(extractClaims("[DeepState's map placed Russian positions about 5 km from the town.]").map((c) => c.quote)).toEqual(["about 5 km"]);
  });
  test("'Other posts in the Mayor's blog:' heads a list of links; 'Join 18,400 other subscribers' is an appeal", () => {
    expect(quotesUnderStory("Other posts in the Mayor's blog:\n• Results of the 2024 budget: 94% executed\n• Ten new shelters for our schools")).toEqual(["Two people"]);
    expect(extractClaims("Subscribe to Attrition Ledger\nJoin 18,400 other subscribers.\n\nTwo people were injured.").map((c) => c.quote)).toEqual(["Two people"]);
  });
  test("a site's widgets are furniture: exchange rates, the weather, a poll's results, 'Show all 8 key events', an advert's line", () => {
    const widgets = [
      "EXCHANGE RATES (cash, buy/sell)\nUSD 41.35 / 41.90\nEUR 43.10 / 43.85",
      "Belgorod +4° · USD 84.90 · EUR 92.15 · 18+",
      "2. Exchange rate today: UAH 41.45 per dollar",
      "WEATHER · Zaporizhzhia\nNow −3°C, feels like −8°C · Wind NE 6 m/s · Humidity 81%",
      "POLL: Do you have a backup power source at home?\nGenerator — 31% (412 votes)\nPower bank — 47% (625 votes)",
      "11:20 Damage recorded\nShow all 8 key events",
      "ADVERTISEMENT\nNew-build flats in Belgorod from 4.9 million rubles · Mortgage from 6% · Handover in Q4 2025",
      "Advertising\nBalcony glazing in Syzran from 9,900 rubles. Installment plan 0%. Call 8 (8464) 98-76-54",
      "💛 Support independent journalism in Kharkiv\n100 UAH · 250 UAH · 500 UAH · other amount",
      "TOP 5 today\n1. Volunteers in Saltivka are feeding 300 stray dogs\n2. Strawberries fall to 120 UAH per kg at the market",
    ];
    for (const widget of widgets) expect(quotesUnderStory(widget)).toEqual(["Two people"]);
    // (a sum in cents alone is still a sum, and the sentence after "Advertisement" that ends in a full stop is the story's)
    expect(extractClaims("The fund paid USD 41.35 per family.").map((c) => c.quote)).toEqual(["USD 41.35"]);
    expect(extractClaims("Advertisement\nThe strike damaged 3 port facilities.").map((c) => c.quote)).toEqual(["3 port facilities"]);
  });
  test("a page's rating ('96% recommend'), its readers' comments under 'Most relevant comments' and a donation card's line are furniture", () => {
    const furniture = [
      "Kherson Regional Clinical Hospital\nHospital · 18K followers · 96% recommend (412 reviews)",
      "Most relevant comments\nIvan Petrenko: My mother was with you for 12 days, thank you!",
      "Donation card: 4149 6293 1187 5510 (hospital charity fund) · Collected for the CT scanner: UAH 1.2 million of UAH 7 million",
    ];
    for (const part of furniture) expect(quotesUnderStory(part)).toEqual(["Two people"]);
  });
  test("a release's 'About UNICEF' blurb is furniture; its 'Notes to editors' hold figures", () => {
    const release = "Two children were injured in Kharkiv.\n\nAbout UNICEF\n\nUNICEF works in more than 190 countries and territories.";
    expect(extractClaims(release).map((c) => c.quote)).toEqual(["Two children"]);
    expect(extractClaims("Two children were injured.\n\nNotes to editors\n\nOf the children killed, 214 were in Donetsk Oblast.").map((c) => c.quote)).toEqual(["Two children", "214"]);
  });
  test("residents who came to donate blood are news, an appeal to donate money furniture", () => {
    expect(extractClaims("Some 500 residents came to the hospital to donate blood.").map((c) => c.quote)).toEqual(["Some 500 residents"]);
    expect(extractClaims("Support NikVesti: donate from 50 UAH.\n\nTwo people were injured, the city said.").map((c) => c.quote)).toEqual(["Two people"]);
  });
  test("an outlet's or a writer's appeal for money ('fund independent journalism with £5 per month', 'Ko-fi: 1,283 supporters') is furniture", () => {
    for (const appeal of ["Support the Guardian: fund independent journalism with £5 per month", "If they are useful to you, support the work on Ko-fi: 1,283 supporters so far 🙏"]) {
      expect(extractClaims(`${appeal}\n\nTwo people were injured, the city said.`).map((c) => c.quote)).toEqual(["Two people"]);
    }
  });
  test("'Other news' and a comment thread's 'Most relevant ▾' head furniture; a podcast's rating, an advert's tag and a trial month are furniture", () => {
    const text = "Two people were injured, the city said.\n\nOther news\n11.06.2025 — Kostiantynivka: 3 injured in FPV drone attack on a minibus\n\nMost relevant ▾\nSerhii Tkach: In Khortytsia it was 3 explosions around 3 at night · 1h\n\nRate this episode: ★★★★☆ 4.6 (212 votes)\n\nNV Premium: first month for 1 UAH\n\n#реклама 18+ | VPN за 199 ₽ в месяц";
    expect(extractClaims(text).map((c) => c.quote)).toEqual(["Two people"]);
  });
  test("an office's contact line ('... Office Building · Phone: (202) 224-4822') is furniture", () => {
    const text = "The amendment would authorize $500 million a year.\n\nWashington, DC Office: 317 Hart Senate Office Building, Washington, DC 20510 · Phone: (202) 224-4822";
    expect(extractClaims(text).map((c) => c.quote)).toEqual(["$500 million"]);
  });
  test("an appeal's first sentence, about the outlet itself, is the appeal's: '... for 1,176 days straight. Join 28,000 members'", () => {
    const text = "Russia launched 128 drones overnight.\n\nWe've been reporting on Russia's war for 1,176 days straight. Join 28,000 members and support us.\n\nUkrainska Pravda has been an independent media outlet for 25 years. Support us – become a patron from 100 hryvnias a month.";
    expect(extractClaims(text).map((c) => c.quote)).toEqual(["128 drones"]);
    // (a report's sentence before a sentence that is no appeal stays a claim)
    expect(extractClaims("Shelling killed 3 people. Photo: Suspilne").map((c) => c.quote)).toEqual(["3 people"]);
  });
});
