import { extractClaims } from "@/lib/claims/extract";
import { findOutlet } from "@/lib/claims/headline";
import { attributions, claimAt } from "./helpers";

// Reports that relay other people's figures (gold batch nine: a city digest, a site relaying the National
// Guard, a city administration's day on Telegram): who said each figure, as their writers annotated it.
const read = (text: string) => extractClaims(text, { publishedAt: "2025-06-12" }).map((c) => [c.quote, c.attribution]);
const sourceOf = (text: string, quote: string) => read(text).find(([q]) => q === quote)?.[1];
const placeOf = (text: string, quote: string) => claimAt(text, quote)?.location;

describe("a long title before a name", () => {
  test("the person starts at the first name: 'Commissioner for Human Rights Dmytro Lubinets said'", () => {
    expect(sourceOf("Ukraine's Parliament Commissioner for Human Rights Dmytro Lubinets said the 28 civilians included 6 women.", "6 women")).toBe("Dmytro Lubinets");
    const kuleba = "Minister for Development of Communities and Territories Oleksii Kuleba said Russia had carried out more than 700 attacks on the railways.";
    expect(sourceOf(kuleba, "more than 700 attacks")).toBe("Oleksii Kuleba");
  });

  test("'According to Stasiuk, the ministry delivered ...': the surname named before speaks, not the body after the comma", () => {
    const text = "Yevhen Stasiuk, the deputy minister, spoke. The Air Force said 40 drones were downed. According to Stasiuk, the ministry delivered 1.1 million FPV drones.";
    expect(sourceOf(text, "1.1 million FPV drones")).toBe("Yevhen Stasiuk");
  });
});

describe("an acronym defined with a gloss", () => {
  test("'Ukrzaliznytsia (UZ, Ukrainian Railways)' defines UZ, a compound word spelling its acronym", () => {
    const text = "Ukrzaliznytsia (UZ, Ukrainian Railways) said its stations were hit. In total, 62 trains ran late, according to UZ.";
    expect(sourceOf(text, "62 trains")).toBe("Ukrzaliznytsia");
    // (a place is not a body an acronym could stand for)
    expect(sourceOf("Strikes hit Kharkiv (KHK, the regional capital) overnight. According to KHK, 12 houses were damaged.", "12 houses")).not.toBe("Kharkiv");
  });
});

describe("an acronym in the body's own language", () => {
  test("'the Police and Border Guard Board (PPA)' defines PPA though its initials are Estonian", () => {
    const text = "The Police and Border Guard Board (PPA) recorded six drone incursions in May.\n\nThe PPA said 12 drones had crossed into Estonia from Russia.";
    expect(sourceOf(text, "12 drones")).toBe("Police and Border Guard Board");
  });

  test("a bracketed acronym after words that name no body defines nothing", () => {
    const text = "Residents of Narva and Sillamäe (NSR) reported power cuts. According to NSR, 12 houses were damaged.";
    expect(sourceOf(text, "12 houses")).not.toBe("Narva and Sillamäe");
  });
});

describe("a body the lexicon knows, named in full and then short", () => {
  test("'the Headquarters' is the Coordination Headquarters named before, which is no person", () => {
    const text = "The Coordination Headquarters for the Treatment of Prisoners of War said 157 servicemen were freed. The Headquarters said 12 were wounded.";
    expect(read(text).map(([, source]) => source)).toEqual(["Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters for the Treatment of Prisoners of War"]);
    // ("the operational headquarters" with no headquarters named before is not the body named last)
    expect(sourceOf("The Air Force said 40 drones were downed. The operational headquarters said 3 people were injured.", "3 people")).not.toBe("Ukrainian Air Force");
  });

  test("'the International Committee of the Red Cross' is the lexicon's ICRC, not the 'International Committee' its capitals give", () => {
    expect(sourceOf("According to the International Committee of the Red Cross, 12 places of detention were visited.", "12 places")).toBe("ICRC");
    expect(sourceOf("According to the Ministry of Reintegration, 40 people left the town.", "40 people")).toBe("Ministry of Reintegration");
  });
});

describe("a page relaying one person's posts", () => {
  test("'we publish the posts of the acting governor ..., Alexander Khinshtein' makes him the voice of the posts below", () => {
    const page = "KURSK ONLINE\n\nAs every evening, we publish the posts of the acting governor of the Kursk region, Alexander Khinshtein, from his Telegram channel.\n\n08:05\nOver the past 24 hours, the enemy attacked the border districts with 63 drones. Two civilians were injured.";
    expect(read(page).map(([, source]) => source)).toEqual(["Alexander Khinshtein", "Alexander Khinshtein"]);
    // (posts of several authors name no single voice)
    const several = "ZP TODAY\n\nWe have gathered the posts by the city council and by the regional head, Ivan Fedorov.\n\n08:05\nTwo civilians were injured.";
    expect(read(several).map(([, source]) => source)).not.toContain("Ivan Fedorov");
  });

  test("'Unsigned posts are from the city council's channel' names the body the posts line named after 'by'", () => {
    const page = "ZP TODAY\n\nWe have gathered the day's posts by the Zaporizhzhia City Council and by the head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov. Unsigned posts are from the city council's Telegram channel.\n\n07:40\n\"In the Khortytskyi district, windows were blown out in 3 high-rise buildings.\"";
    expect(read(page).map(([, source]) => source)).toEqual(["Zaporizhzhia City Council"]);
  });
});

describe("an interview labelled only at first", () => {
  test("the person who answered under a label keeps the floor in unlabelled answers, not in the questions", () => {
    const interview = "DW\n\nDW: How many systems can Germany deliver?\n\nBoris Pistorius: Germany has delivered three Patriot systems.\n\nThe Kiel Institute puts aid at €17.8 billion. Is Germany doing enough?\n\nFor 2026 the budget provides €11.5 billion.";
    expect(read(interview).map(([, source]) => source)).toEqual(["Boris Pistorius", "Kiel Institute", "Boris Pistorius"]);
    // (a question's own figure that names no source is not the interviewee's)
    const question = "DW\n\nDW: How many systems can Germany deliver?\n\nBoris Pistorius: Three Patriot systems.\n\nGermany has sent 40 tanks so far. Is that enough?";
    expect(sourceOf(question, "40 tanks")).not.toBe("Boris Pistorius");
  });
});

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

  test("'As Ukrinform reported, ...' is the outlet recalling its own story: no source, not even the air tally's authority", () => {
    const text = "The Air Force said 40 drones were shot down overnight.\n\nAs Ukrinform reported, on 20 February Russian troops attacked Odesa with 26 drones, damaging an energy facility.";
    expect(sourceOf(text, "40 drones")).toBe("Ukrainian Air Force");
    expect(sourceOf(text, "26 drones")).toBeNull();
    expect(sourceOf("As Interfax-Ukraine has previously reported, the attack left more than 1 million households without power.", "more than 1 million households")).toBeNull();
    // (a speaker is no outlet: "As the governor reported, ..." is the governor's)
    expect(sourceOf("As Governor Oleh Syniehubov reported, 12 people were injured in Kharkiv.", "12 people")).toBe("Oleh Syniehubov");
  });

  test("'As Ukrinform reported earlier, ...': the adverb after the verb recalls the outlet's story too", () => {
    const text = "The Air Force said 40 drones were shot down overnight.\n\nAs Ukrinform reported earlier, on 13 December Russia struck energy facilities with 94 missiles.";
    expect(sourceOf(text, "94 missiles")).toBeNull();
  });

  test("a site named by its domain in the page's nameplate ('KV.UA · English edition') is the outlet, counting for itself", () => {
    expect(findOutlet(" date 2025-09-14\nKV.UA · English edition\nPolitics · War\n\nText.")).toBe("KV.UA");
    const page = "KV.UA · English edition\n\nThe Air Force said 1,338 drones were shot down.\n\nBy KV.UA's count, Russia has launched more than 1,000 drones at Ukraine four weeks in a row.";
    expect(sourceOf(page, "more than 1,000 drones")).toBeNull();
  });

  test("'..., according to a Reuters tally of Air Force reports' closing a Reuters sentence is Reuters' own count, on another outlet's page not that page's", () => {
    const story = (dateline: string) => `${dateline} Russia launched 5,638 drones at Ukraine in August, according to a Reuters tally of daily Ukrainian Air Force reports.`;
    expect(sourceOf(story("KYIV, Sept 1 (Reuters) -"), "5,638 drones")).toBeNull();
    expect(sourceOf(story("KYIV, Sept 1 (Ukrinform) -"), "5,638 drones")).not.toBeNull();
  });

  test("the page's own count under its short name or without its domain: 'an AP analysis' by the Associated Press, 'By TSN's count' on TSN.ua", () => {
    const ap = "KYIV, Ukraine (AP) — Russia launched 6,297 long-range drones at Ukraine in July, according to an AP analysis of Ukrainian air force data.";
    expect(sourceOf(ap, "6,297 long-range drones")).toBeNull();
    const tsn = "TSN.ua · 1+1 media\nNews | Ukraine | World\n\nBy TSN's count of Air Force reports, Russia has launched more than 1,100 drones since the start of March.";
    expect(sourceOf(tsn, "more than 1,100 drones")).toBeNull();
  });

  test("the page's own count by its outlet's initials: 'according to UP's tally' on Ukrainska Pravda's page", () => {
    const up = "Ukrainska Pravda\nNews · Politics · War\n🟡 Support UP\n\nIn total, one person was killed and 13 were injured overnight, according to UP's tally as of 10:30.";
    expect(sourceOf(up, "one person")).toBeNull();
    // (another outlet's initials are no initials of this one)
    expect(sourceOf(up.replace("UP's", "AP's"), "one person")).not.toBeNull();
  });

  test("another known outlet's count on this page is that outlet's: 'By Reuters' count' in a column", () => {
    const column = "KV.UA · Opinion\n\nAt least 4 refineries were hit during the week. By Reuters' count, about 17% of Russia's refining capacity was offline.";
    expect(sourceOf(column, "about 17%")).toBe("Reuters");
    // (an outlet the list holds by its initials keeps them: "By AFP's count")
    expect(sourceOf(column.replace("Reuters'", "AFP's"), "about 17%")).toBe("AFP");
    expect(sourceOf(column.replace("Reuters'", "KV.UA's"), "about 17%")).toBeNull();
  });

  test("a known outlet's nameplate ('Ukrinform · War') names the outlet whose own tally has no source", () => {
    const page = (nameplate: string) => `${nameplate}\n\nAccording to Ukrinform's tally of the evening updates, more than 2,100 combat clashes took place.`;
    expect(sourceOf(page("Ukrinform · War"), "more than 2,100 combat clashes")).toBeNull();
    expect(sourceOf(page("Reuters | World"), "more than 2,100 combat clashes")).toBe("Ukrinform");
  });

  test("'According to TASS calculations based on the ministry's reports': a news agency's own count, on a page of no other outlet", () => {
    const text = "According to TASS calculations based on the ministry's daily reports, air defenses have downed more than 1,900 drones since July.";
    expect(sourceOf(text, "more than 1,900 drones")).toBeNull();
    expect(sourceOf(`Reuters | World\n\n${text}`, "more than 1,900 drones")).not.toBeNull();
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
    expect(claimAt(text, "46 apartments")?.location).toBe("Kherson");
  });
});

describe("a briefing transcript", () => {
  const briefing =
    "U.S. Department of Defense\nTranscripts\n\n" +
    "MAJ. GEN. RYDER: Secretary of Defense Lloyd J. Austin III approved the package, valued at $500 million. " +
    "As Secretary Austin told Ukrainian Defense Minister Rustem Umerov on Monday, allies have delivered more than 3 million rounds of artillery ammunition.\n\n" +
    "SENIOR MILITARY OFFICIAL: In November, Russian forces took about 700 square kilometers.\n\n" +
    "The Ukrainians report that Russia launched more than 2,000 drones in November.";

  test("a middle initial and a generation are read past: 'Secretary Austin' is Lloyd Austin, who tells Umerov", () => {
    expect(sourceOf(briefing, "more than 3 million rounds")).toBe("Lloyd Austin");
  });

  test("an unnamed official's label speaks for the department heading the transcript", () => {
    expect(sourceOf(briefing, "about 700 square kilometers")).toBe("Pentagon");
  });

  test("'the Ukrainians report' is Ukraine's officials", () => {
    expect(sourceOf(briefing, "more than 2,000 drones")).toBe("Ukrainian officials");
  });
});

describe("a channel's digest", () => {
  test("a bulleted 'MoD data:' label speaks for its own line only", () => {
    const text = "▪️ 📌 MoD data: the Tsentr group repelled 12 counterattacks.\n▪️ Near Stepnogorsk, our drone operators destroyed 5 enemy boats.";
    expect(read(text)).toEqual([["12 counterattacks", "Russian Defence Ministry"], ["5 enemy boats", null]]);
  });

  test("a known channel is its own source, the governor is the regional head last named, a possessive figure is its owner's", () => {
    expect(sourceOf("Colleagues at Rybar write that the enemy has moved up to 3 battalions to the town.", "up to 3 battalions")).toBe("Rybar");
    const governors = "Governor Alexei Smirnov reports that 2 civilians were injured.\n\nBelgorod region: per Vyacheslav Gladkov, a drone struck a minibus. In total, 9 settlements came under fire, the governor said.";
    expect(sourceOf(governors, "9 settlements")).toBe("Vyacheslav Gladkov");
    expect(sourceOf("The enemy relays the Pentagon's figure of 11,000 troops.", "11,000 troops")).toBe("Pentagon");
  });
});

describe("figures passed on", () => {
  test("'Citing X, Y said' and 'information from X' give X", () => {
    expect(sourceOf("Citing Serhii Horbunov, head of the city military administration, Filashkin said that some 9,500 residents remain.", "some 9,500 residents")).toBe("Serhii Horbunov");
    expect(sourceOf("TASS, citing the defence ministry, said 30 drones were shot down.", "30 drones")).toBe("Russian Defence Ministry");
    const relay = "Yevhen Yevtushenko, head of the district administration, published the list. Sayuk passed on information from Yevtushenko: about 2,300 subscribers are without power.";
    expect(sourceOf(relay, "about 2,300 subscribers")).toBe("Yevhen Yevtushenko");
  });

  test("a timestamped entry labelled with the body that posted it; an NGO by its own name", () => {
    expect(sourceOf("🔴 20:55 | SES in Dnipropetrovsk Oblast:\nPyrotechnic units neutralised 17 explosive objects.", "17 explosive objects")).toBe("State Emergency Service");
    expect(sourceOf("The local NGO Proliska said its teams had evacuated 118 people.", "118 people")).toBe("Proliska");
  });
});

describe("a headline led by its source", () => {
  const story = (headline: string) =>
    `UA PULSE | News | War\n\n${headline}\n\nIn total, units repelled 38 Russian assaults over the day.\n\nBy UA Pulse's count, the total reached 2,431 troops in March.\n\n© 2025 UA Pulse.`;

  test("signs the report when it is its first line with figures; the outlet's own count stays the outlet's", () => {
    expect(sourceOf(story("National Guard: 247 occupiers and 312 drones hit in a day"), "38 Russian assaults")).toBe("National Guard of Ukraine");
    expect(sourceOf(story("National Guard: 247 occupiers and 312 drones hit in a day"), "2,431 troops")).toBeNull();
  });

  test("a later heading led by a speaker (a liveblog entry) signs nothing", () => {
    expect(sourceOf(story("Ukraine war latest: 2 killed in Odesa\n\nZelensky: over 800 drones fired this week"), "38 Russian assaults")).toBeNull();
  });
});

describe("a descriptor between a count and its noun", () => {
  test("'2 five-storey buildings' quotes the count alone, so the descriptor stays outside", () => {
    expect(read("Over the day, 2 five-storey buildings and 5 cars were damaged.").map(([quote]) => quote)).toEqual(["2", "5 cars"]);
    expect(read("A 2-storey house and 3 cars were damaged.").map(([quote]) => quote)).toEqual(["3 cars"]);
  });
});

describe("places in relayed posts", () => {

  test("a quotation running over several lines keeps the place its first line named", () => {
    // (a speaker with no region of his own: a regional head's post is his region's anyway)
    const post = 'Dmytro Pletenchuk:\n"Over the past day, 31 settlements of Kherson Oblast came under enemy shelling.\nThe Russian military hit residential areas: 3 high-rise buildings were damaged."';
    expect(placeOf(post, "3 high-rise buildings")).toBe("Kherson Oblast");
    expect(placeOf(post.replace(/"/g, ""), "3 high-rise buildings")).toBeNull();
  });

  test("the Zaporizhzhia nuclear power plant is in Enerhodar", () => {
    expect(placeOf("Two employees of the ZNPP were injured.", "Two employees")).toBe("Enerhodar");
    expect(placeOf("Drones hit the Zaporizhzhia nuclear power plant 3 times.", "3 times")).toBe("Enerhodar");
  });
});

describe("batch ten: briefing notes, trade papers, wires", () => {
  test("a briefing note's 'Spokesperson ...: Name' line is the note's voice; 'the Mission' is the mission named before", () => {
    const note =
      "OHCHR | Ukraine: civilian casualties rise\n\nSpokesperson for the UN High Commissioner for Human Rights: Catherine Okafor\n\n" +
      "Long-range attacks killed 98 civilians across the country.\n\n" +
      "In July, 286 civilians were killed, according to figures verified by our UN Human Rights Monitoring Mission in Ukraine (HRMMU). Kharkiv regional authorities said 12 homes were hit.\n\n" +
      "According to the Mission, 84 people were killed in Donetsk region.";
    expect(sourceOf(note, "98 civilians")).toBe("Catherine Okafor");
    expect(sourceOf(note, "84 people")).toBe("UN Human Rights Monitoring Mission");
  });

  test("naval ranks are titles, a renamed ministry keeps its canonical name, a firm is no person", () => {
    expect(sourceOf("Captain 3rd Rank Dmytro Pletenchuk said 2 Kalibr carriers were on duty.", "2 Kalibr carriers")).toBe("Dmytro Pletenchuk");
    expect(sourceOf("More than 2,700 vessels used the corridor, the Ministry for Development of Communities and Territories said.", "More than 2,700 vessels")).toBe("Ministry of Infrastructure");
    const firm = "Nikos Pappas, an underwriter at a syndicate managed by Aldermary Underwriting, was cautious. His syndicate had paid some $4.2m on two hull claims, he said.";
    expect(sourceOf(firm, "two hull claims")).toBe("Nikos Pappas");
  });

  test("a trade paper's section breadcrumb makes its header a nameplate", () => {
    expect(sourceOf("MERIDIAN LIST | Insurance | Marine War Risk | Black Sea\n\nPremiums fell to about 1% of hull value.", "about 1%")).toBeNull();
  });

  test("'regional authorities said' with no article is the region's administration in Ukraine, Russia's officials in Russia", () => {
    expect(sourceOf("Russian bombs hit the city of Kharkiv, killing at least five people, regional authorities said.", "at least five people")).toBe("Kharkiv Regional Administration");
    expect(sourceOf("Ukrainian drones hit Belgorod, injuring two men, regional authorities said.", "two men")).toBe("Russian officials");
  });

  test("'the OVA head' is the regional head the lexicon knows; '(the) prosecutors' the office that spoke, else the Prosecutor General's", () => {
    expect(sourceOf("Kharkiv OVA said 3 people were hurt. According to the OVA head, the enemy used 4 KABs over the past day.", "4 KABs")).toBe("Oleh Syniehubov");
    // (dev g198, g269: prosecutors with no office named give the Prosecutor General's Office's figures)
    expect(sourceOf("Bombs hit Kharkiv. According to the prosecutors, 13 people were injured.", "13 people")).toBe("Prosecutor General's Office");
    expect(sourceOf("The Kharkiv Regional Prosecutor's Office said so. According to the prosecutors, 13 people were injured.", "13 people")).toBe("Kharkiv Regional Prosecutor's Office");
  });

  test("private people: unnamed, or named with their age and private life, are 'Local residents'", () => {
    expect(sourceOf('"The bomb killed two of our neighbours," a 67-year-old woman told the Mission.', "two of our neighbours")).toBe("Local residents");
    const wire = '"The glass came in," said Valentyna Koval, 64, who lives on the fifth floor. Two of her neighbors were carried out, she said.';
    expect(sourceOf(wire, "Two of her neighbors")).toBe("Local residents");
  });

  test("what the outlet's own journalist saw is the outlet's", () => {
    const text = "Police said 3 people were killed. An Associated Press journalist at the scene saw rescuers carry at least three bodies out.";
    expect(sourceOf(text, "at least three bodies")).toBeNull();
    expect(sourceOf("Police said 3 people were killed. A police officer at the scene counted at least three bodies.", "at least three bodies")).not.toBeNull();
  });
});

describe("bodies leading sentences and headings", () => {
  test("'it' is the body that led the sentence before, not the one that spoke last", () => {
    const text = "Air defence shot down 11 drones, the Southern Defence Forces said.\n\nThe Ukrainian Navy publishes data on Russian ships every morning. On 21 October, it reported 3 Russian ships in the Black Sea.";
    expect(sourceOf(text, "3 Russian ships")).toBe("Ukrainian Navy");
  });

  test("a heading naming its source in brackets voices the list under it", () => {
    const box = "GREATER ODESA PORTS IN JANUARY (USPA data)\nVessel calls: 236\nAverage wait at anchorage: 1.8 days";
    expect(read(box).map(([, source]) => source)).toEqual(["Ukrainian Sea Ports Authority", "Ukrainian Sea Ports Authority"]);
  });
});

describe("batch eleven: TASS rewrites, demining stories, liveblogs, interviews", () => {
  test("'the spokesman said' is the spokesman named before, titles and ranks between", () => {
    const text = "Units hit Ukrainian brigades, Defense Ministry Spokesman Lieutenant General Igor Konashenkov said. The Zapad Group liberated a village, the spokesman said. Ukrainian losses amounted to up to 230 personnel.";
    expect(sourceOf(text, "up to 230 personnel")).toBe("Igor Konashenkov");
  });

  test("a body leading a sentence is 'the ministry' after it; 'the service's regional department' is the service", () => {
    const economy = "The Ministry of Economy, which coordinates humanitarian demining, counts contaminated land. Some 5 million hectares cannot be worked, the ministry said.";
    expect(sourceOf(economy, "Some 5 million hectares")).toBe("Ministry of Economy");
    const service = "The State Emergency Service remains the largest operator. In Kharkiv Oblast its pyrotechnic units have 64 groups at work, the service's regional department said.";
    expect(sourceOf(service, "64 groups")).toBe("State Emergency Service");
  });

  test("'citing the same briefing' is the body whose briefing was cited before; a known body's label of any length", () => {
    const text = "Tass, citing the defence ministry briefing, said 5 drones were downed.\n\nReuters, citing the same briefing, reported that air defences destroyed 42 Ukrainian drones.";
    expect(sourceOf(text, "42 Ukrainian drones")).toBe("Russian Defence Ministry");
    expect(sourceOf("- UK Ministry of Defence: Russian casualties averaged 1,523 a day in December", "1,523")).toBe("UK Ministry of Defence");
  });

  test("known bodies by their full names", () => {
    expect(sourceOf("Twenty-five prisoners of war returned, the Coordination Headquarters for the Treatment of Prisoners of War said.", "Twenty-five prisoners")).toBe("Coordination Headquarters for the Treatment of Prisoners of War");
    expect(sourceOf("Its teams cleared 3,400 hectares last year, the HALO Trust said.", "3,400 hectares")).toBe("HALO Trust");
  });

  test("an interview: a quoted headline signs nothing, a possessive figure without its number is no source, a named source beats the label", () => {
    const interview =
      'NV › War › Interview\n\nProkudin: "Up to 300 drones a day fly over the Kherson region"\n\n' +
      "The city had about 280,000 residents before the invasion.\n\n" +
      "Prokudin: The General Staff's figure is accurate. They come on boats, in groups of 5 to 7 men.\n\n" +
      "Prokudin: Yes: 87 killed and 641 wounded, according to the police.";
    expect(sourceOf(interview, "about 280,000 residents")).toBeNull();
    expect(sourceOf(interview, "5 to 7 men")).toBe("Oleksandr Prokudin");
    expect(sourceOf(interview, "641 wounded")).toBe("National Police of Ukraine");
  });
});

describe("counts around model names and durations", () => {
  test("'4 Mavic 3T drones' counts 4 drones; 'lasted over eight months' is a duration claimed", () => {
    expect(read("Our operators hit 4 Mavic 3T drones.").map(([quote]) => quote)).toEqual(["4"]);
    expect(read("The occupation lasted over eight months.").map(([quote]) => quote)).toEqual(["over eight months"]);
    expect(read("Pensions rose to $120 a month.").map(([quote]) => quote)).toEqual(["$120"]);
  });
});

describe("relayed and labelled figures in feature stories", () => {
  test("figures passed on from a described person, and a local head left unnamed", () => {
    const relay = "In a written comment he passed on figures from Ukraine's human rights commissioner, Dmytro Lubinets: at least 1,300 residents have been detained.";
    expect(sourceOf(relay, "at least 1,300 residents")).toBe("Dmytro Lubinets");
    const kursk = "Drones attacked the Kursk region, acting Governor Alexander Khinshtein wrote. Citing the head of the Glushkovo district, Khinshtein said 14 private houses had been damaged.";
    expect(sourceOf(kursk, "14 private houses")).toBe("Russian officials");
    const named = "Citing the head of the Glushkovo district, Ivan Petrov, Khinshtein said 14 private houses had been damaged.";
    expect(sourceOf(named, "14 private houses")).not.toBe("Russian officials");
  });

  test("'Citing Kharkiv Mayor Ihor Terekhov', a person's box label with the region in brackets, a body's label in capitals", () => {
    expect(sourceOf("Citing Kharkiv Mayor Ihor Terekhov, he said about 60,000 subscribers remained without heating.", "about 60,000 subscribers")).toBe("Ihor Terekhov");
    expect(sourceOf("Balitsky (Zaporizhzhia Oblast): 62 schools reopened", "62 schools")).toBe("Yevgeny Balitsky");
    expect(sourceOf("MINISTRY OF ENERGY: EMERGENCY OUTAGES IN SIX REGIONS", "SIX REGIONS")).toBe("Ministry of Energy");
  });
});

describe("places in liveblog entries", () => {

  test("an entry's first line names its place for the paragraphs after it, to the next time stamp", () => {
    const blog =
      "16.30 GMT\nDrones hit the Kursk region\n\nAir defences destroyed 42 drones over the Kursk region.\n\n" +
      "14.05 GMT\nThree killed as Russian guided bombs hit Zaporizhzhia\n\nRussian aircraft dropped four bombs on the city, the governor said.\n\n" +
      "Updated at 14.48 GMT\n\nFedorov now says the number of injured has risen to 17. Five of them are in a serious condition.\n\n" +
      "12.50 GMT\nUK MoD: Russian casualties averaged 1,523 a day in December";
    expect(placeOf(blog, "17")).toBe("Zaporizhzhia");
    expect(placeOf(blog, "1,523")).toBeNull();
  });

  test("'the region' after a city named since the last region is that city's region", () => {
    const text = "Drones flew over the Kursk region.\n\nBombs hit Zaporizhzhia. Across the region, Russian forces attacked 9 settlements.";
    expect(placeOf(text, "9 settlements")).toBe("Zaporizhzhia Oblast");
  });
});

describe("units, groups and roles", () => {
  test("a numbered brigade reporting, or its spokesperson, is the brigade; a soldier of one is that side's officials", () => {
    expect(sourceOf("The 3rd Separate Assault Brigade, which holds positions near Kharkiv, reported destroying 41 Russian armoured vehicles.", "41 Russian armoured vehicles")).toBe("3rd Separate Assault Brigade");
    expect(sourceOf("The spokesperson of the 3rd Separate Assault Brigade said 23 assaults were repelled.", "23 assaults")).toBe("3rd Separate Assault Brigade");
    expect(sourceOf("A soldier of the 57th Motorized Brigade told us 5 assaults were repelled.", "5 assaults")).toBe("Ukrainian officials");
  });

  test("a body named '... Group' is a body; a role heading a section is its holder; the outlet's own tally after 'according to'", () => {
    expect(sourceOf("Viktor Trehubov, spokesperson for the Joint Forces Group, told Ukrinform that infantry moved in groups of two to four soldiers.", "two to four soldiers")).toBe("Viktor Trehubov");
    expect(sourceOf("Mayor Vitalii Maletskyi said the city would help.\n\nMAYOR: 37 HOUSES AND 2 SCHOOLS DAMAGED", "37 HOUSES")).toBe("Vitalii Maletskyi");
    const tally = "KYIV (Ukrinform) - Russia attacked.\n\nAccording to Ukrinform's tally of the evening updates, more than 2,100 combat clashes took place.";
    expect(sourceOf(tally, "more than 2,100 combat clashes")).toBeNull();
  });
});

describe("currencies as outlets write them", () => {
  test("'Hr 9.6 billion' is hryvnias; a dollar conversion after rubles restates them", () => {
    const claims = extractClaims("Manufacturers were owed at least Hr 9.6 billion. The bonus reached 1.1 million rubles ($14,000) in July.");
    expect(claims.map((c) => [c.quote, c.unit])).toEqual([["at least Hr 9.6 billion", "UAH"], ["1.1 million rubles", "RUB"]]);
  });
});

describe("Russian ministries, bracketed data sources, list entries led by a capital", () => {
  test("Russia's ministries are named as 'Russian X Ministry', Ukraine's bare but for finance and foreign affairs", () => {
    expect(sourceOf("Russia will spend 13.5 trillion rubles on defence, the Finance Ministry said.", "13.5 trillion rubles")).toBe("Russian Finance Ministry");
    expect(sourceOf("The federal budget allocates 13.5 trillion rubles to defence, the Finance Ministry said.", "13.5 trillion rubles")).toBe("Russian Finance Ministry");
    expect(sourceOf("Ukraine will spend 2.2 trillion hryvnias on defence, the Finance Ministry said.", "2.2 trillion hryvnias")).toBe("Ukrainian Finance Ministry");
    expect(sourceOf("The Energy Ministry said 9 regions had outages.", "9 regions")).toBe("Ministry of Energy");
  });

  test("'(Schetovod data):' voices the list under it, and 'Moscow – N' is Moscow", () => {
    const list = "One-off regional payments, July 2025 (Schetovod data):\nMoscow – 2.3 million rubles;\nBelgorod region – 3 million rubles;";
    expect(extractClaims(list).map((c) => [c.quote, c.attribution, c.location])).toEqual([
      ["2.3 million rubles", "Schetovod", "Moscow"], ["3 million rubles", "Schetovod", "Belgorod Oblast"],
    ]);
    expect(extractClaims("Moscow said 30 drones were downed.")[0].location).toBeNull();
  });
});

describe("the Air Force's regional commands", () => {
  test("'Air Command East' is the Air Force", () => {
    expect(sourceOf("Air Command East said 18 UAVs were shot down over the region.", "18 UAVs")).toBe("Ukrainian Air Force");
  });
});

describe("forwarded posts and heads named after their office", () => {
  test("'Forwarded from <channel> | SES in ... Oblast' makes the post the SES's", () => {
    const thread = "Lysak: drones attacked Dnipro.\n\nForwarded from ДСНС Дніпропетровщини | SES in Dnipropetrovsk Oblast\nRescuers put out a fire. 62 rescuers were involved.";
    expect(sourceOf(thread, "62 rescuers")).toBe("State Emergency Service");
  });

  test("a forwarded post after its time stamp is its author's too: '05:05 · Forwarded from Rehina Kharchenko'", () => {
    const thread = "Zaporizhzhia City Council\n\n04:40 · Debris fell in two districts.\n\n05:05 · Forwarded from Rehina Kharchenko\n\"I visited the building. About 60 residents will be housed in the city's shelters.\"";
    expect(sourceOf(thread, "About 60 residents")).toBe("Rehina Kharchenko");
  });

  test("'as reported by the head of the district military administration, Yevhen Yevtushenko:' is Yevtushenko", () => {
    const post = "The aggressor attacked the district 15 times. As reported by the head of the district military administration, Yevhen Yevtushenko:\n3 private houses were damaged in Marhanets.";
    expect(sourceOf(post, "3 private houses")).toBe("Yevhen Yevtushenko");
  });
});

describe("numbered lists and models", () => {
  test("'3.' cut off as a sentence of its own is a list marker, not a count continuing the line before", () => {
    expect(read("Key takeaways:\n2. Russia claimed 7 settlements.\n3. Russian forces advanced.").map(([quote]) => quote)).toEqual(["7 settlements"]);
  });

  test("'6 Mirage 2000 aircraft' counts 6", () => {
    expect(read("Ukraine received 6 Mirage 2000 aircraft.").map(([quote]) => quote)).toEqual(["6"]);
  });
});

describe("headers and titles from batch fifteen", () => {
  test("a known name opening a longer nameplate is not that body; correspondents and representatives are titles; regions are no names", () => {
    expect(sourceOf("KREMLIN TV WATCH · Russian state television monitoring\n\nThe newscast ran 15 segments.", "15 segments")).toBeNull();
    expect(sourceOf("DeepState UA | Monthly summary\n\nRussia occupied 1 settlement in June.", "1 settlement")).toBe("DeepState");
    expect(sourceOf("Correspondent Yevgeny Poddubny said 14 Ukrainian servicemen surrendered.", "14 Ukrainian servicemen")).toBe("Yevgeny Poddubny");
    expect(sourceOf("UNICEF Regional Director for Europe and Central Asia, Beatrice Lindqvist, said 11 children were killed.", "11 children")).toBe("Beatrice Lindqvist");
  });
});

describe("a title naming its issuer", () => {
  test("'Latest Defence Intelligence update on ...' voices the posts under it", () => {
    const post = "Ministry of Defence 🇬🇧\n@DefenceHQ\n\nLatest Defence Intelligence update on the situation in Ukraine – 18 June 2025.\n\nRussian forces have gained approximately 480 square kilometres in May.";
    expect(sourceOf(post, "approximately 480 square kilometres")).toBe("UK Ministry of Defence");
  });
});

describe("a headline signed by a known official's surname", () => {
  test("'..., one civilian killed — Gladkov' gives the headline and the report Gladkov's voice", () => {
    const story = "RIA Novosti\n\nUkrainian drones attacked four districts of Belgorod region, one civilian killed — Gladkov\n\nThe attacks damaged 3 cars in Shebekino.";
    expect(attributions(story)).toEqual(["Vyacheslav Gladkov", "Vyacheslav Gladkov", "Vyacheslav Gladkov"]);
  });
});

describe("Ukraine's military intelligence", () => {
  test("HUR is named as the dev annotations name it, 'Defence Intelligence of Ukraine'", () => {
    expect(sourceOf("Russia has about 10,000 soldiers in the area, HUR said.", "about 10,000 soldiers")).toBe("Defence Intelligence of Ukraine");
  });
});

describe("who is speaking after a quotation", () => {
  const briefing = (line: string) =>
    `"Almost everyone we spoke to was beaten," said Ingrid Solberg, head of HRMMU, at a press conference. "One marine, a 54-year-old from the 36th brigade, told us he was never allowed to call his family."\n\n${line}`;

  test("'she' is the speaker who quoted someone, not the person she quoted", () => {
    expect(sourceOf(briefing("She added that the Mission had interviewed 57 Russian prisoners of war."), "57 Russian prisoners")).toBe("Ingrid Solberg");
  });

  test("'13 of whom said': the people counted speak, not a source named before them", () => {
    const text = "Monitors interviewed 57 Russian prisoners of war held by Ukraine, 13 of whom said they had been ill-treated.";
    expect(read(text)).toEqual([["57 Russian prisoners", null], ["13", null]]);
    expect(sourceOf("Ukraine said 30 people were hurt, and 20 of them said they lost homes.", "20")).toBe("Ukrainian officials");
  });

  test("a speaker an unquoted sentence names is still the one 'he' refers to", () => {
    const text = 'A drone operator from the 14th Separate Mechanised Brigade said his crew had destroyed 17 Russian vehicles. Asked how many drones the unit loses, he said: "Around 50 a week."';
    expect(sourceOf(text, "Around 50")).toBe("Ukrainian officials");
  });
});

describe("a speaker citing an authority", () => {
  const text = (next: string) =>
    `The city was attacked twice, Artem Kobzar, the acting mayor of Sumy, wrote on Telegram.\n\nOverall, air defence shot down 9 of the 13 attack drones launched at the city, Kobzar said, citing the Air Force. ${next}`;

  test("a figure not of the cited authority's kind goes on with the speaker who cited it", () => {
    expect(sourceOf(text("Debris fell next to a five-storey building: 46 windows were blown out."), "46 windows")).toBe("Artem Kobzar");
  });

  test("a figure of its kind may still be the authority's", () => {
    expect(sourceOf(text("In the morning, the Air Force reported 4 more drones."), "4 more drones")).toBe("Ukrainian Air Force");
  });
});

describe("a governor the report does not name", () => {
  test("'the regional governor said' is the head the lexicon knows for the sentence's region", () => {
    const text = "Russian missiles struck the centre of Sumy on Wednesday, killing nine people, the regional governor said.";
    expect(sourceOf(text, "nine people")).toBe("Oleh Hryhorov");
  });

  test("a governor named before stays the governor", () => {
    const text = "Governor Vyacheslav Gladkov reported the attack.\nDrones struck Sumy and Belgorod, killing nine people, the regional governor said.";
    expect(sourceOf(text, "nine people")).toBe("Vyacheslav Gladkov");
  });
});

describe("a channel by its name", () => {
  test("'data collected by the Telegram channel Schetovod' is the channel's, though the lexicon does not know it", () => {
    expect(sourceOf("According to data collected by the Telegram channel Schetovod, the median bonus reached 1.1 million rubles.", "1.1 million rubles")).toBe("Schetovod");
    expect(sourceOf("According to the channel Two Majors, 40 drones were launched.", "40 drones")).toBe("Two Majors");
  });
});

describe("a person, the body around them, and who quotes whom", () => {
  test("'Dmitry Medvedev, the deputy chairman of the Security Council who oversees recruitment, said': the person", () => {
    const text = "More than 224,000 people have signed contracts, Dmitry Medvedev, the deputy chairman of the Security Council who oversees recruitment, said.";
    expect(sourceOf(text, "More than 224,000 people")).toBe("Dmitry Medvedev");
  });

  test("'she' after a speaker's workplace ('an economist at the Center for Russian Economic Studies') is the speaker", () => {
    const text = '"Defense takes a larger share," said Tatyana Rudneva, an economist at the Center for Russian Economic Studies. She estimates the payments at about 1.4 trillion rubles.';
    expect(sourceOf(text, "about 1.4 trillion rubles")).toBe("Tatyana Rudneva");
  });

  test("'officials quoted by the Wall Street Journal said': the officials speak, not the paper quoting them", () => {
    expect(sourceOf("US officials quoted by the Wall Street Journal said as many as 80,000 soldiers had been killed.", "as many as 80,000 soldiers")).toBe("Western officials");
    expect(sourceOf("The Wall Street Journal, quoting US officials, said 80,000 soldiers had been killed.", "80,000 soldiers")).toBe("Western officials");
    expect(sourceOf("The agency, citing Russian officials, said 80,000 soldiers had been killed.", "80,000 soldiers")).toBe("Russian officials");
  });
});

describe("a relative clause between the speaker and the verb", () => {
  test("'The UN Development Programme, which funds SES demining units, reports': the programme, not the SES", () => {
    expect(sourceOf("The UN Development Programme, which funds and equips SES demining units, reports 5 new teams.", "5 new teams")).toBe("UNDP");
  });

  test("the person named before the body the clause describes still speaks", () => {
    const text = "Oleksii Danylchenko, spokesperson for the 59th Separate Assault Brigade, which holds positions south of Pokrovsk, told Ukrinform that 15 attacks came in a day.";
    expect(sourceOf(text, "15 attacks")).toBe("Oleksii Danylchenko");
  });
});

describe("the rest of a sentence that names its speaker", () => {
  test("'with 97 explosions recorded in 12 hromadas': a participle after a count names no speaker", () => {
    const text = "The Russians shelled the border areas of Sumy Oblast 31 times over the day, with 97 explosions recorded in 12 hromadas, the Sumy Oblast Military Administration reported.";
    expect(read(text).map(([, source]) => source)).toEqual(["Sumy Regional Administration", "Sumy Regional Administration", "Sumy Regional Administration"]);
  });

  test("'accounts for only 742 confirmed deaths': a participle between a figure and its noun names no speaker", () => {
    // (the capital is no government speaking: nothing is said, so the figure stays unsourced)
    const text = "Moscow, home to some 13 million people, accounts for only 742 confirmed deaths.";
    expect(sourceOf(text, "742 confirmed deaths")).toBeNull();
    expect(sourceOf("Mediazona, the outlet, counts 742 confirmed deaths in Moscow.", "742 confirmed deaths")).toBe("Mediazona");
  });

  test("a time before a speaker ('At 05:40 Kiper reported') is no count the verb's participle follows", () => {
    expect(sourceOf("At 05:40 Kiper reported the first consequences. Two people were killed.", "Two people")).toBe("Oleh Kiper");
  });

  test("'said Ivan Fedorov ...; he added': 'he' is the person the sentence named, not one named earlier", () => {
    const text = "Volodymyr Zelensky spoke in the evening.\nTwo people were killed, said Ivan Fedorov, head of the Zaporizhzhia OVA; he added that 26 cars were damaged.";
    expect(sourceOf(text, "26 cars")).toBe("Ivan Fedorov");
  });

  test("'according to her' is the person the sentence named, with a first name, not the one speaking before", () => {
    const text = "Oleh Hryhorov said the region was shelled.\nHryhorov also passed on the figures of the Velyka Pysarivka hromada head, Nataliia Hordiienko: according to her, 5 private houses were damaged.";
    expect(sourceOf(text, "5 private houses")).toBe("Nataliia Hordiienko");
    const missile = "Igor Konashenkov spoke.\nAir defences shot down 2 Storm Shadow missiles, he said.";
    expect(sourceOf(missile, "2 Storm Shadow missiles")).toBe("Igor Konashenkov");
  });
});

describe("a head named after a long office", () => {
  test("'said the head of the Main Directorate of the National Police in Kharkiv Oblast, Volodymyr Tymoshko.'", () => {
    const text = '"In total 9 people were killed," said the head of the Main Directorate of the National Police in Kharkiv Oblast, Volodymyr Tymoshko.';
    expect(sourceOf(text, "9 people")).toBe("Volodymyr Tymoshko");
    expect(sourceOf('"In total 9 people were killed," said the head of the regional police, Volodymyr Tymoshko.', "9 people")).toBe("Volodymyr Tymoshko");
  });
});

describe("a name after an office's capitalised words", () => {
  test("'Deputy Minister of Strategic Industries Taras Hnatiuk': the person starts at his first name", () => {
    const text = 'Deputy Minister of Strategic Industries Taras Hnatiuk did not dispute the memo.\nThe state has paid Hr 41.2 billion for drones, Hnatiuk said. He added that Ukraine produced 2.2 million FPV drones.';
    expect(read(text).map(([, source]) => source)).toEqual(["Taras Hnatiuk", "Taras Hnatiuk"]);
  });
});

describe("a relative clause after a speaker's name", () => {
  const text =
    "Vyacheslav Gladkov, the governor of Belgorod region, wrote on Telegram that drones hit the city.\n\n" +
    "Belgorod Mayor Valentin Demidov, whose message the governor reposted, said windows had been smashed in 64 flats.\n\n" +
    "Ukrainian formations fired 42 shells at the district, according to the governor.";

  test("'Demidov, whose message the governor reposted, said': the mayor speaks, not the governor in his clause", () => {
    expect(sourceOf(text, "64 flats")).toBe("Valentin Demidov");
  });

  test("a title inside such a clause is not the speaker's: 'the governor' later is still the governor", () => {
    expect(sourceOf(text, "42 shells")).toBe("Vyacheslav Gladkov");
  });
});

describe("the Interior Ministry and the offices an official cites", () => {
  test("Ukraine's Interior Ministry is known by its names, and 'the ministry' later is that ministry", () => {
    const text = "Russian troops killed 38 civilians over the week, the Ministry of Internal Affairs of Ukraine said.\nAccording to the ministry, 2,947 enemy attacks were recorded.";
    expect(read(text).map(([, source]) => source)).toEqual(["Ministry of Internal Affairs", "Ministry of Internal Affairs"]);
  });

  test("'Citing the Donetsk Regional Military Administration, Klymenko said': the administration's figure", () => {
    const text = "Citing the Donetsk Regional Military Administration, Klymenko said that about 11,600 children still live in frontline communities.";
    expect(sourceOf(text, "about 11,600 children")).toBe("Donetsk Regional Administration");
  });
});

describe("who 'he' can be", () => {
  test("a law ('Article 438 of the Criminal Code') or a page's time stamp ('Updated Nov. 18') is no one", () => {
    const code = "The head of the National Police, Ivan Vyhivskyi, said 1,148 proceedings were opened under Article 438 of the Criminal Code. Experts neutralised 1,904 explosive objects, he said.";
    expect(sourceOf(code, "1,904 explosive objects")).toBe("Ivan Vyhivskyi");
    const stamp = "Published Nov. 18, 2024, 5:00 a.m. ET | Updated Nov. 18, 2024\n\nThe crew hit 23 Russian soldiers last week, he said.";
    expect(sourceOf(stamp, "23 Russian soldiers")).toBeNull();
  });

  test("capitalised words without a first name ('Invincibility Points') do not become 'he'", () => {
    const text = '"We have opened 3 Invincibility Points," Maletskyi told Poltavshchyna Online. He added that 46 residents had been moved.';
    expect(sourceOf("Vitalii Maletskyi spoke.\n" + text, "46 residents")).toBe("Vitalii Maletskyi");
  });
});

describe("an official's channel", () => {
  const channel = (post: string) => `Kharkiv Regional Military Administration\nTelegram channel · 318K subscribers\n\n07:05 · 👁 58.9K\n${post}`;

  test("a post signed by a person with figures on its first line is the person's to the block's end", () => {
    const text = channel("Oleh Syniehubov: Over the past day, 17 settlements came under fire.\n🔹Kupiansk district: in Kivsharivka, 2 women were injured.");
    expect(sourceOf(text, "2 women")).toBe("Oleh Syniehubov");
  });

  test("a post forwarded from a person's own channel is that person's", () => {
    const text = channel("Forwarded from Ihor Terekhov | Ігор Терехов\nKharkiv. Municipal services have glazed 140 windows.");
    expect(sourceOf(text, "140 windows")).toBe("Ihor Terekhov");
  });
});

describe("a site compiling officials' posts by the time they were posted", () => {
  const page =
    "08:12 · Oleksandr Honcharenko, head of the Kramatorsk City Military Administration:\n" +
    '"At about 06:50 the enemy struck Kramatorsk with 2 KABs."\n\n' +
    "11:30 · Honcharenko:\n" +
    '"Over the past week, 418 residents of the Kramatorsk hromada were evacuated."';

  test("'08:12 · Name, head of ...:' over a quoted post: the post is the named head's", () => {
    expect(sourceOf(page, "2 KABs")).toBe("Oleksandr Honcharenko");
  });

  test("'11:30 · Surname:' names the same head again", () => {
    expect(sourceOf(page, "418 residents")).toBe("Oleksandr Honcharenko");
  });
});

describe("a namesake of a known official", () => {
  test("'Vladyslav Voloshyn' is not the lexicon's Nazar Voloshyn, in full or by surname later", () => {
    const text = "Air defence shot down 31 of the drones, said Vladyslav Voloshyn, spokesman for the Southern Defence Forces.\nAnother 9 drones were lost, Voloshyn said.";
    expect(read(text).map(([, source]) => source)).toEqual(["Vladyslav Voloshyn", "Vladyslav Voloshyn"]);
  });

  test("a transliteration of the known official's first name is still the official ('Alexander Syrsky')", () => {
    expect(sourceOf("Troops hit 89,000 targets in May, Alexander Syrsky said.", "89,000 targets")).toBe("Oleksandr Syrskyi");
  });
});

describe("'the agency' and the bodies the lexicon knows", () => {
  const text =
    "The Defence Ministry said 30 drones were destroyed overnight.\n\n" +
    "Because of the attack, Rosaviatsia restricted flights at Vnukovo until 06:15 Moscow time, the federal agency said. In Moscow, 23 flights were delayed, the agency added.";

  test("'the federal agency said' after a body the sentence named is that body, not the last body quoted", () => {
    expect(sourceOf(text, "23 flights")).toBe("Rosaviatsia");
  });

  test("'the World Bank said' is still the World Bank", () => {
    expect(sourceOf("The Kiel Institute counted aid. Reconstruction needs reached $486 billion, the World Bank said.", "$486 billion")).toBe("World Bank");
  });

  test("the Southern Defence Forces, Ukraine's foreign intelligence and the IOM are known bodies", () => {
    expect(sourceOf("Air defence destroyed 31 drones over the region, the Southern Defence Forces said.", "31 drones")).toBe("Southern Defence Forces");
    expect(sourceOf("Russia wants 3,000 Shahed drones a month, according to Ukraine's Foreign Intelligence Service.", "3,000 Shahed drones")).toBe("Foreign Intelligence Service of Ukraine");
    expect(sourceOf("The IOM said 1,840 households received shelter kits.", "1,840 households")).toBe("IOM");
  });
});

describe("the UN monitors", () => {
  test("'UN monitors said' is the Human Rights Monitoring Mission, as the press calls it", () => {
    expect(sourceOf("UN monitors said 117 civilians were killed in June.", "117 civilians")).toBe("UN Human Rights Monitoring Mission");
  });
});

describe("the same officials", () => {
  test("'The same officials put ...' are the officials quoted before", () => {
    expect(sourceOf("Western officials said Russia lost 1,000 men a day. The same officials put its tank losses at 3,000 tanks.", "3,000 tanks")).toBe("Western officials");
  });
});

describe("an analyst's own assessment", () => {
  const update = (line: string) =>
    `Latest Defence Intelligence update on the situation in Ukraine\n\n1. According to the Ukrainian Air Force, Russia launched 458 one-way attack UAVs overnight.\n\n2. ${line}`;

  test("'Russia likely launched more than 5,300 UAVs' is the update's own, not the Air Force it cited before", () => {
    expect(sourceOf(update("In May, Russia likely launched more than 5,300 UAVs against Ukraine."), "more than 5,300 UAVs")).toBe("UK Ministry of Defence");
  });

  test("a hedge after the figure ('19 more were lost, likely to jamming') leaves the authority", () => {
    expect(sourceOf(update("Air defence shot down 52 drones, while 19 more were lost, likely to jamming."), "52 drones")).toBe("Ukrainian Air Force");
  });
});

describe("a quotation before its speaker", () => {
  test("'\"Ukraine is now ...,\" said Anders Kjeldsen': the quotation's first word is not the speaker", () => {
    const text = '"Ukraine is now one of the most mine-contaminated countries," said Anders Kjeldsen, DRC\'s Country Director in Ukraine. "We need at least EUR 6 million to keep 20 teams in the field."';
    expect(sourceOf(text, "20 teams")).toBe("Anders Kjeldsen");
  });

  test("a verb in scare quotes keeps the speaker before it", () => {
    expect(sourceOf('The AFU General Staff today "counted" 146 combat clashes along the front.', "146 combat clashes")).toBe("Ukrainian General Staff");
  });
});

describe("the paragraph after a source cited in passing", () => {
  test("a place-led paragraph goes on with the speaker who opened the paragraph before, not one cited mid-paragraph", () => {
    const text =
      "OCHA | Flash Update\n\nPartners supported the evacuation of 9,340 people. According to local authorities, an estimated 7,400 residents remain in Pokrovsk.\n\n" +
      "In Kharkiv Oblast, the evacuation was extended to 9 more settlements.";
    expect(sourceOf(text, "9 more settlements")).toBe("OCHA");
  });

  test("it still goes on with an official whose account the paragraph before was", () => {
    const text = "Oleh Syniehubov said Russian troops shelled 14 settlements overnight.\n\nIn Kupiansk, two women were injured.";
    expect(sourceOf(text, "two women")).toBe("Oleh Syniehubov");
  });
});

describe("soldiers by call sign, and the emergency service", () => {
  test("'said Shaman, who asked to be identified only by his call sign': his side's officials, then and later", () => {
    const text = '"They come at dawn," said Shaman, who asked to be identified only by his call sign. His crew flies up to 30 missions a night, he said.\n\nA drone costs the crew about $400, Shaman said.';
    expect(read(text).map(([, source]) => source)).toEqual(["Ukrainian officials", "Ukrainian officials"]);
  });

  test("'The emergency service itself said' is the State Emergency Service", () => {
    expect(sourceOf("The emergency service itself said 146 rescuers had been deployed.", "146 rescuers")).toBe("State Emergency Service");
  });
});

describe("according to a head named after the office", () => {
  test("'According to the head of the Nikopol District Military Administration, Yevhen Yevtushenko, ...': the head", () => {
    const text = "According to the head of the Nikopol District Military Administration, Yevhen Yevtushenko, the Russians shelled the city 22 times.";
    expect(sourceOf(text, "22 times")).toBe("Yevhen Yevtushenko");
  });
});

describe("a document's title naming its issuer", () => {
  test("'Russian Ministry of Defence daily briefing, 5 April 2025 — full translation' voices the translation", () => {
    const text = "EASTERN FRONT MONITOR · Translations\nRussian Ministry of Defence daily briefing, 5 April 2025 — full translation\n\nOver the past day the enemy lost up to 190 servicemen and 2 tanks.";
    expect(sourceOf(text, "2 tanks")).toBe("Russian Defence Ministry");
  });
});

describe("posts compiled under an introduction", () => {
  test("'The head of the hromada, Yurii Rudenko, reports ... Below are his posts' makes him the voice of the posts", () => {
    const text =
      "The head of the Krasnopillia hromada, Yurii Rudenko, reports on the situation almost every day. Below are his posts from 14 to 16 July.\n\n" +
      'Post at 08:40:\n"The enemy shelled our villages 19 times overnight."';
    expect(sourceOf(text, "19 times")).toBe("Yurii Rudenko");
  });
});

describe("a local site compiling the night's posts", () => {
  const page =
    "VISTI DNIPRA · Новини Дніпра\nHome › Dnipro › Incidents › War\n\n" +
    "01:47 · Borys Filatov\n\"A hit on a nine-storey building. Preliminarily, 3 people are injured.\"\n\n" +
    "02:30 · Dnipro City Council\n\"38 residents have been moved to a temporary shelter.\"\n\n" +
    "Russian drones also damaged 11 cars.";

  test("'time · Name' alone on a line voices the post under it", () => {
    expect(read(page).slice(0, 2)).toEqual([["3 people", "Borys Filatov"], ["38 residents", "Dnipro City Council"]]);
  });

  test("a header over a site's breadcrumb is a nameplate: the site's own lines have no source", () => {
    expect(sourceOf(page, "11 cars")).toBeNull();
  });
});

describe("a ministry named in a subordinate clause", () => {
  test("'When Russia's Finance Ministry rewrote its budget, ... The ministry now projects ...': the Russian Finance Ministry", () => {
    const text = "When Russia's Finance Ministry rewrote its 2025 budget last month, it tripled the expected deficit. The ministry now projects a shortfall of 3.8 trillion rubles.";
    expect(sourceOf(text, "3.8 trillion rubles")).toBe("Russian Finance Ministry");
  });
});

describe("bodies the dev reports cite, by their names", () => {
  test.each([
    ["At least 664 children were killed, Ukraine's Prosecutor General's Office said.", "At least 664 children", "Prosecutor General's Office"],
    ["The ICRC said 60,000 families had asked about missing relatives.", "60,000 families", "ICRC"],
    ["A Shahed costs about $35,000, the Center for Strategic and International Studies estimates.", "about $35,000", "CSIS"],
    ["More than 450 servicemen were charged, Russia's Investigative Committee said.", "More than 450 servicemen", "Investigative Committee of Russia"],
    ["Unemployment fell to 2.3%, Rosstat said.", "2.3%", "Rosstat"],
    ["Britain signed a deal for more than 5,000 missiles, the U.K. Ministry of Defence said.", "more than 5,000 missiles", "UK Ministry of Defence"],
  ])("%s", (text, quote, source) => {
    expect(sourceOf(text, quote)).toBe(source);
  });
});

describe("a news agency's nameplate and a passive with its agent", () => {
  test("'TASS · Russian News Agency' heading the page names nobody", () => {
    expect(sourceOf("TASS · Russian News Agency\nRussia › Regions\n\nOver 1,100 Ukrainian drones were shot down over the region in a week.", "Over 1,100 Ukrainian drones")).toBeNull();
    expect(sourceOf("РБК | RBC\nEconomy › Budget\n\nAt least 42 regions have raised enlistment bonuses.", "At least 42 regions")).toBeNull();
  });

  test("'..., visually confirmed by open-source analysts' is no speaker: the analyst quoted before speaks on", () => {
    const text = "Penrose says equipment losses tell the same story. Russia lost 187 armoured vehicles in January, visually confirmed by open-source analysts.";
    expect(sourceOf("Alice Penrose is an analyst.\n" + text, "187 armoured vehicles")).toBe("Alice Penrose");
  });
});

describe("a statement's issuer after 'by'", () => {
  test("'Statement by the ... Commissioner for Human Rights Dmytro Lubinets on ...' voices the statement", () => {
    const text =
      "Ukrainian Parliament Commissioner for Human Rights · ombudsman.gov.ua\nHome › Press centre › Statements\n\n20.11.2025 | 11:30 | Views: 3 418\n\n" +
      "Statement by the Ukrainian Parliament Commissioner for Human Rights Dmytro Lubinets on World Children's Day\n\nThis year the office received 1,932 appeals from families.";
    expect(sourceOf(text, "1,932 appeals")).toBe("Dmytro Lubinets");
  });
});

describe("a regional head's document heading a headline", () => {
  test("'Fedorov's evening summary: Russians hit the region 483 times' is Fedorov's, in his region", () => {
    const claims = extractClaims("Fedorov's evening summary: Russians hit the region 483 times, two killed and 19 injured", { publishedAt: "2025-06-12" });
    expect(claims.map((c) => [c.quote, c.attribution, c.location])).toEqual([
      ["483 times", "Ivan Fedorov", "Zaporizhzhia Oblast"], ["two killed", "Ivan Fedorov", "Zaporizhzhia Oblast"], ["19 injured", "Ivan Fedorov", "Zaporizhzhia Oblast"],
    ]);
  });
});

describe("a quoted post under a line naming whose it is", () => {
  test("'The brigade's post, as published:' makes the brigade the voice of the post", () => {
    const text =
      'The 47th Separate Mechanized Brigade "Magura", which is fighting in the Pokrovsk direction, has published its results for March.\n\n' +
      "The brigade's post, as published:\n\n\"Over the month, the brigade's units hit more than 2,600 enemy targets.\"";
    expect(sourceOf(text, "more than 2,600 enemy targets")).toBe("47th Separate Mechanized Brigade");
  });
});

describe("a headline led by a region's administration by its acronym", () => {
  test("'Kherson OVA: Russians attacked 46 settlements' voices the relay", () => {
    const text = "PIVDENNYI KURIER · kurier.ks.ua\nHome › News › Region\n\nKherson OVA: Russians attacked 46 settlements over the day\n\nThe Russians hit residential quarters: 7 high-rise buildings were damaged.";
    expect(sourceOf(text, "7 high-rise buildings")).toBe("Kherson Regional Administration");
  });
});

describe("more signatures and call signs", () => {
  test("'..., 268,000 still cut off – Energy Ministry' signs the relay with a ministry the lexicon does not list", () => {
    const text = "Power restored to 1.1 mln households, 268,000 still cut off – Energy Ministry\n\nBy region, according to the ministry: Sumy region – 71,000 households.";
    expect(sourceOf(text, "71,000 households")).toBe("Ministry of Energy");
  });

  test("'said Kit, 34, the commander of a drone team, ... identified by his call sign': a soldier, not a resident", () => {
    const text = '"They come in ones and twos now," said Kit, 34, the commander of a drone team who, like the other soldiers in this story, is identified by his call sign. His crew flew 46 sorties, he said.';
    expect(sourceOf(text, "46 sorties")).toBe("Ukrainian officials");
  });
});

describe("a city council's own site", () => {
  test("'ОДЕСЬКА МІСЬКА РАДА · ODESA CITY COUNCIL' over its own page voices the page, and places it in the city", () => {
    const text = "ОДЕСЬКА МІСЬКА РАДА · ODESA CITY COUNCIL\nOfficial website of the city · omr.gov.ua\nHome › Press centre › News\n\nRussian drones damaged 31 buildings overnight.";
    expect(claimAt(text, "31 buildings")).toMatchObject({ attribution: "Odesa City Council", location: "Odesa" });
  });
});

describe("streets and foreign bodies", () => {
  test("'residents of Vladimir Nevsky Street said' names no person called Street", () => {
    expect(sourceOf("At least five explosions were heard, residents of Vladimir Nevsky Street said.", "At least five explosions")).not.toBe("Vladimir Nevsky Street");
  });

  test("'Estonia's Foreign Intelligence Service' is the Estonian Foreign Intelligence Service", () => {
    expect(sourceOf("Estonia's Foreign Intelligence Service estimates that about 30,000 men are recruited a month.", "about 30,000 men")).toBe("Estonian Foreign Intelligence Service");
  });
});

describe("a speaker's bracketed acronym or gloss before the verb", () => {
  test("'Kronvia (KR, Kronvian Railways) has reported' is Kronvia, and 'the company's statement' after it too", () => {
    const text = "Kronvia (KR, Kronvian Railways) has reported the heaviest week of attacks on its network. According to the company's statement, Russian forces struck railway facilities 34 times.";
    expect(sourceOf(text, "34 times")).toBe("Kronvia");
  });

  test("a name in a foreign language takes its English gloss: 'the ministère des Armées (the French Armed Forces Ministry) indicated'", () => {
    const text = "France has financed 12 more howitzers, the ministère des Armées (the French Armed Forces Ministry) indicated to the paper.";
    expect(sourceOf(text, "12 more howitzers")).toBe("French Armed Forces Ministry");
  });
});

describe("where a speaker posted is no part of its name", () => {
  test("'the Coastal Command on Telegram reported', 'X of the Armed Forces on Telegram'", () => {
    expect(sourceOf("Air defence shot down 40 drones, the Coastal Command of the Naval Forces on Telegram reported.", "40 drones")).not.toMatch(/Telegram/);
    expect(sourceOf("The Kronvian Guard on Facebook said 12 drones were downed.", "12 drones")).toBe("Kronvian Guard");
  });
});

describe("a body's own system named with its acronym first", () => {
  test("'the WHO Surveillance System for Attacks on Health Care has verified' is the WHO; 'the UNICEF Child Alert Desk' is UNICEF", () => {
    const who = "Since 24 February 2022, the WHO Surveillance System for Attacks on Health Care (SSA) has verified 2,318 attacks on health care in the country.";
    expect(sourceOf(who, "2,318 attacks")).toBe("World Health Organization");
    expect(sourceOf("The UNICEF Child Alert Desk said 40 children were killed.", "40 children")).toBe("UNICEF");
  });

  test("a credit line naming such a system credits the body: 'Source: OCHA Financial Tracking Service (FTS)'", () => {
    const text = "FUNDING\n\nUS$1.19 billion received, or 45% of requirements\nSource: OCHA Financial Tracking Service (FTS), as of 12 September 2025";
    expect(sourceOf(text, "US$1.19 billion")).toBe("OCHA");
  });

  test("an umbrella body's or a country's part keeps its own name", () => {
    expect(sourceOf("The UN Kronvia Relief Mission said 40 children were killed.", "40 children")).toBe("UN Kronvia Relief Mission");
  });
});

describe("known officials under another spelling", () => {
  test("'Sergey Sobyanin' is the lexicon's Sergei Sobyanin, Moscow's mayor", () => {
    expect(sourceOf("Moscow Mayor Sergey Sobyanin said 11 of the drones had been flying toward the capital.", "11 of the drones")).toBe("Sergei Sobyanin");
  });
});

describe("a foreign or defence ministry named without its country", () => {
  test("is the country's the sentence is set in, else the report's host country's, else Ukraine's", () => {
    expect(sourceOf("The Foreign Ministry said separately that Ukraine had signed 29 bilateral security agreements.", "29 bilateral security agreements")).toBe("Ukrainian Foreign Ministry");
    expect(sourceOf("In Moldova, the Ministry of Foreign Affairs said 12 diplomats had been expelled.", "12 diplomats")).toBe("Moldovan Foreign Ministry");
    const german = [
      "Germany has sent more aid than any other country in Europe. Germany's budget for it is set by the Bundestag.",
      "Since 2022, Germany has delivered 28 howitzers, the Federal Ministry of Defence told this newspaper.",
      "German officials expect Germany to keep the pace next year.",
    ].join("\n\n");
    expect(sourceOf(german, "28 howitzers")).toBe("German Defence Ministry");
  });

  test("'the Defence Ministry' after another ministry was named is a defence ministry, not that one", () => {
    const text = "The Ministry of Social Protection said 1,200 families had received payments.\n\nAccording to the Defence Ministry, 410 tanks were destroyed in the region.";
    expect(sourceOf(text, "1,200 families")).toBe("Ministry of Social Protection");
    expect(sourceOf(text, "410 tanks")).toMatch(/Defence Ministry$/);
    // ("the ministry" alone is still the one named last)
    expect(sourceOf(text.replace("the Defence Ministry", "the ministry"), "410 tanks")).toBe("Ministry of Social Protection");
  });

  test("one named with its country keeps it", () => {
    expect(sourceOf("Russia's Foreign Ministry said 12 diplomats were expelled.", "12 diplomats")).toBe("Russian Foreign Ministry");
    expect(sourceOf("The UAE Ministry of Foreign Affairs said 1,200 captives had been exchanged.", "1,200 captives")).toBe("UAE Ministry of Foreign Affairs");
  });
});

describe("a speaker's name in capitals", () => {
  test("'TOMASZ WIERZBICKI (Poland) said' is written Tomasz Wierzbicki; acronyms stay as they are", () => {
    expect(sourceOf("TOMASZ WIERZBICKI (Poland) said more than 2,400 children had been killed.", "more than 2,400 children")).toBe("Tomasz Wierzbicki");
  });
  test("a body's name of four words in capitals, a report's masthead, is written as a name", () => {
    const text = "EASTERN HUMAN RIGHTS INITIATIVE (EHRI)\nCIVILIAN HARM IN KHARKIV OBLAST\n\nIn the first quarter, EHRI documented 642 civilian casualties.";
    expect(sourceOf(text, "642 civilian casualties")).toBe("Eastern Human Rights Initiative");
  });
});

describe("utilities by their one-word names", () => {
  test("'Kharkivoblenergo said', 'Infoxvodokanal reported' are the companies", () => {
    expect(sourceOf("In the Kharkiv region, Kharkivoblenergo said 112 repair crews were working.", "112 repair crews")).toBe("Kharkivoblenergo");
    expect(sourceOf("Infoxvodokanal reported that 2 water pumping stations had lost power.", "2 water pumping stations")).toBe("Infoxvodokanal");
  });
});

describe("a body by a one-word name no list holds", () => {
  test("'Ukrzaliznytsia says', 'Grid operator Fingrid said' name the company as written, and 'the company said' later is it", () => {
    expect(sourceOf("Ukrzaliznytsia says more than 800 of its workers have been killed since the invasion.", "more than 800 of its workers")).toBe("Ukrzaliznytsia");
    const text = "Grid operator Fingrid said the fault cut capacity by 650 megawatts.\n\nRepairs to the cable could take up to seven months, the company said.";
    expect(sourceOf(text, "650 megawatts")).toBe("Fingrid");
    expect(sourceOf(text, "up to seven months")).toBe("Fingrid");
  });

  test("capitalised words that are no body's name: a plural opening the clause, an adjective, 'the United States', 'Port Said'", () => {
    expect(sourceOf("Witnesses said 12 people were killed in the strike.", "12 people")).not.toBe("Witnesses");
    expect(sourceOf("Recent reports show that Russia has carried out 16 airstrikes.", "16 airstrikes")).not.toBe("Recent");
    expect(sourceOf("The official said the United States had sent three Patriot batteries.", "three Patriot batteries")).not.toBe("United");
    expect(sourceOf("The tanker left with 95,000 tonnes of diesel, bound for Port Said, the coast guard said.", "95,000 tonnes of diesel")).not.toBe("Port");
    expect(sourceOf("The Council lists 192 additional vessels, the Council of the European Union said.", "192 additional vessels")).not.toBe("Council");
  });

  test("a soldier the report named by his call sign is his side's officials when he speaks again", () => {
    const text = 'A company commander, who goes by the call sign "Lis", said his men repelled 12 assaults.\n\nLis said 40 drones were shot down.\n\nMagyar said 30 drones were shot down.';
    expect(sourceOf(text, "40 drones")).toBe("Ukrainian officials");
    expect(sourceOf(text, "30 drones")).toBe("Magyar");
  });
});

describe("a body's name joined by 'of', 'for', 'under', or a plural's apostrophe", () => {
  test("'Children of War lists', 'the Commissioner for Persons Missing under Special Circumstances informs' name the whole body, not its last words", () => {
    expect(sourceOf("The state platform Lanterns of Hope lists 2,318 children as missing.", "2,318 children")).toBe("Lanterns of Hope");
    const commissioner = "The Commissioner for Persons Missing under Special Circumstances informs us that the register holds more than 70,000 records.";
    expect(sourceOf(commissioner, "more than 70,000 records")).toBe("Commissioner for Persons Missing under Special Circumstances");
    expect(sourceOf("The Office of the High Commissioner for Refugee Affairs said 12 civilians were killed.", "12 civilians")).toBe("Office of the High Commissioner for Refugee Affairs");
  });

  test("'according to the Children of War portal' names the whole body after 'according to' too", () => {
    expect(sourceOf("According to the Children of War portal, 19,546 Ukrainian children have been deported.", "19,546 Ukrainian children")).toBe("Children of War");
    expect(sourceOf("According to Lanterns of Hope, 12 children died.", "12 children")).toBe("Lanterns of Hope");
  });

  test("'The Turkish Shipowners' Association says' keeps the apostrophe's words", () => {
    expect(sourceOf("The Danube Boatmen's Guild says roughly 30 ships still call every month.", "roughly 30 ships")).not.toBe("Guild");
    expect(sourceOf("The Turkish Shipowners' Association says roughly 30 ships still call at the ports every month.", "roughly 30 ships")).toBe("Turkish Shipowners' Association");
  });

  test("'Residents of the Krasnoarmeysky district told ...' are private people, not a body so named", () => {
    expect(sourceOf("Residents of the Zarechny district told a local paper they had heard at least 8 explosions.", "at least 8 explosions")).toBe("Local residents");
  });

  test("an office named by its country, a title's words and a date are no such names", () => {
    expect(sourceOf("Zelensky, President of Ukraine, said 40 drones were shot down.", "40 drones")).toBe("Volodymyr Zelensky");
    expect(sourceOf('"He Went for the Money": We Counted 34,812 Soldiers Killed in 2024', "34,812 Soldiers")).toBeFalsy();
  });
});

describe("a body introduced as the subject of its own sentence", () => {
  test("'The Civil Aviation Authority (CAA) closed the airspace': 'the authority said' later is it, not a person called Civil Aviation", () => {
    const text = "The Civil Aviation Authority (CAA) closed the airspace over the north of the country.\n\nAt the airport, 4 departures were delayed, the authority said.";
    expect(sourceOf(text, "4 departures")).toBe("Civil Aviation Authority");
  });
});

describe("a recorded transcript's timed speaker labels", () => {
  const podcast = [
    "Anna Marlow (00:00:04):\nWelcome back. Let's start with the front.",
    "Tomas Brandt (00:00:41):\nBy my estimate, somewhere between 35,000 and 40,000 troops are committed around the city. Small groups, two or three men at a time.",
    "Anna Marlow (00:01:22):\nAnd the drones?",
    "Lena Okafor (00:01:25):\nI counted 12 damaged houses in the photos. But Gladkov, the governor, only mentioned two people injured.",
  ].join("\n\n");

  test("'Tomas Brandt (00:00:41):' over the lines of his turn makes them his", () => {
    expect(sourceOf(podcast, "between 35,000 and 40,000 troops")).toBe("Tomas Brandt");
    expect(sourceOf(podcast, "12 damaged houses")).toBe("Lena Okafor");
  });

  test("'mentioned' reports what someone said, inside a speaker's turn too; 'You mentioned ...' names no one called You", () => {
    expect(sourceOf(podcast, "two people")).toBe("Vyacheslav Gladkov");
    expect(sourceOf("You mentioned that about 80 percent of the drones are shot down.", "about 80 percent")).not.toBe("You");
  });
});

describe("the outlet's own staff", () => {
  test("what 'our correspondent' or a broadcast's 'CORRESPONDENT (Name, place):' reports is the outlet's own", () => {
    const text = [
      "[19:04:00] ANCHOR: Our correspondent Anna Volkova went to the village with a police evacuation crew.",
      "[19:04:22] CORRESPONDENT (Anna Volkova, Stepnohirsk, recorded earlier): Of the 4,000 people who lived here before the war, 31 remain.",
      "[19:05:01] SYNC, Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration: \"Eleven of the wounded are in hospital.\"",
    ].join("\n\n");
    expect(sourceOf(text, "4,000 people")).toBeNull();
    expect(sourceOf(text, "Eleven of the wounded")).toBe("Ivan Fedorov");
  });
});

describe("a parliamentary transcript's speaker labels", () => {
  const transcript = [
    "TRANSCRIPT OF THE PLENARY SITTING",
    "CHAIR. The floor goes to the Minister of Defence, Denys Shmyhal.",
    "SHMYHAL D.A., Minister of Defence of Ukraine. Dear colleagues!",
    "Since 1 January, the ministry has delivered 2.4 million drones to the troops.",
    "CHAIR. Microphone No. 3, Kostenko Roman, please.",
    "KOSTENKO R.V., people's deputy of Ukraine. Hundreds of residents have left their homes. Where are the 50,000 interceptors?",
    "SHMYHAL D.A. Kherson Oblast received 18,000 interceptor drones in October.",
    "CHAIR. Registered in the hall: 341 people's deputies.",
  ].join("\n\n");

  test("'SHMYHAL D.A.' holds the floor, over paragraphs, until the next label; a deputy called surname first is named in full", () => {
    expect(sourceOf(transcript, "2.4 million drones")).toBe("Denys Shmyhal");
    expect(sourceOf(transcript, "Hundreds of residents")).toBe("Roman Kostenko");
    expect(sourceOf(transcript, "18,000 interceptor drones")).toBe("Denys Shmyhal");
  });

  test("'CHAIR.' ends the minister's turn", () => {
    expect(sourceOf(transcript, "341 people's deputies")).not.toBe("Denys Shmyhal");
  });
});

describe("'Citing X, Y said': X is the figure's origin, however X is written", () => {
  test("a title before the name, an appositive holder, a body's documents, a company's engineers", () => {
    expect(sourceOf("Citing Energy Minister Herman Halushchenko, Demchuk said Ukraine had lost about 9,000 MW of capacity.", "about 9,000 MW")).toBe("Herman Halushchenko");
    const lubinets = "Citing the Ukrainian Parliament Commissioner for Human Rights, Dmytro Lubinets, Lindqvist said that more than 19,500 children had been deported.";
    expect(sourceOf(lubinets, "more than 19,500 children")).toBe("Dmytro Lubinets");
    const staff = "Citing the General Staff's daily reports, Levchenko said that 1,682 of the 4,941 combat clashes took place near Pokrovsk.";
    expect(sourceOf(staff, "4,941 combat clashes")).toBe("Ukrainian General Staff");
    expect(sourceOf("Citing the power engineers of Rosseti Centre, Gladkov said 5,100 residents had power again.", "5,100 residents")).toBe("Rosseti Centre");
  });

  test("'..., Y said, citing X' after the figures gives X too; a second speaker's clause is not cited", () => {
    expect(sourceOf("Air defence shot down 9 of the 13 attack drones launched at the city, Kobzar said, citing the Air Force.", "13 attack drones")).toBe("Ukrainian Air Force");
    expect(sourceOf("Air defence shot down 13 drones, Kobzar said. The mayor, citing the Air Force, warned of more.", "13 drones")).toBe("Kobzar");
  });

  test("'according to the General Staff's morning report' is the General Staff's", () => {
    expect(sourceOf("According to the General Staff's morning report, Russian forces attacked 41 times near Pokrovsk.", "41 times")).toBe("Ukrainian General Staff");
  });
});

describe("'reckons' is a speech verb", () => {
  test("'Britain's Ministry of Defence, which publishes intelligence updates most days, reckons that ...'", () => {
    const text = "Britain's Ministry of Defence, which publishes intelligence updates most days, reckons that Russian casualties reached about 860,000 by the end of February.";
    expect(sourceOf(text, "about 860,000")).toBe("UK Ministry of Defence");
  });
});

describe("a one-word name before a relative clause", () => {
  test("'Oryx, which uses a similar method, lists ...' is Oryx; 'Shaman, who ..., said' names no body called Shaman", () => {
    expect(sourceOf("Oryx, which uses a similar method, lists 3,854 Russian tanks as of 28 June.", "3,854 Russian tanks")).toBe("Oryx");
    expect(sourceOf("Shaman, who commands a drone crew near Pokrovsk, said his unit received 1,500 drones.", "1,500 drones")).not.toBe("Shaman");
  });
});

describe("'the military administration' without its region", () => {
  test("is the office last named, else the administration of the region the sentence names", () => {
    const named = "The Sumy Regional Military Administration said 3 people were injured.\n\nLater, the military administration reported 94 Russian attacks on 35 settlements.";
    expect(sourceOf(named, "94 Russian attacks")).toBe("Sumy Regional Administration");
    const region = "Governor Oleh Hryhorov said 1,200 people will have to leave.\n\nThe military administration reported 94 Russian attacks on 35 settlements of Sumy Oblast.";
    expect(sourceOf(region, "94 Russian attacks")).toBe("Sumy Regional Administration");
  });
});

describe("a body's named dataset speaks for the body", () => {
  test("'According to its Ukraine Support Tracker', 'According to the WHO's Surveillance System for Attacks on Health Care'", () => {
    const kiel = "The Kiel Institute for the World Economy (IfW) ranks Germany second. According to its Ukraine Support Tracker, Germany allocated 10.6 billion euros in military aid.";
    expect(sourceOf(kiel, "10.6 billion euros")).toBe("Kiel Institute");
    const who = "According to the WHO's Surveillance System for Attacks on Health Care, more than 2,400 attacks on health care have been recorded.";
    expect(sourceOf(who, "more than 2,400 attacks")).toBe("World Health Organization");
  });
});

describe("first names beyond the Ukrainian and Russian ones", () => {
  test("a Georgian commander's surname heading the story is the full name the body gives later", () => {
    const text = "Mamulashvili: 87 Georgian volunteers killed in Ukraine\n\nThe commander of the Georgian Legion, Mamuka Mamulashvili, gave the figure on Thursday.";
    expect(sourceOf(text, "87 Georgian volunteers")).toBe("Mamuka Mamulashvili");
  });

  test("a byline's writer ('By Tom Hartley in Donetsk Oblast') is no one's 'he' later", () => {
    const text = "By Tom Hartley in Donetsk Oblast\n\nA drone operator who goes by the call sign Lynx watches the feed.\n\nHis crew flies up to 40 sorties a day, he says.";
    expect(sourceOf(text, "up to 40 sorties")).not.toBe("Tom Hartley");
  });
});

describe("'In her assessment', 'by his count': the person named before", () => {
  test("the sentence's own speaker first, else the person the report named last", () => {
    const volkova = '"Obituaries come out months late," says demographer Irina Volkova. In her assessment, between 180,000 and 250,000 Russian soldiers have been killed.';
    expect(sourceOf(volkova, "between 180,000 and 250,000 Russian soldiers")).toBe("Irina Volkova");
    const hryhorov = "Apti Alaudinov said his fighters took 7 prisoners. The head of the Sumy OVA, Oleh Hryhorov, announced the evacuation of 11 villages; by his count, about 2,300 people still live in the border zone.";
    expect(sourceOf(hryhorov, "about 2,300 people")).toBe("Oleh Hryhorov");
  });
});

describe("a 'Source:' line under a figure", () => {
  test("credits it though the credit holds numbers of its own ('Round 20 (July 2025)')", () => {
    const text = "3.76 million people are internally displaced\nSource: IOM, Displacement Tracking Matrix, General Population Survey, Round 20 (July 2025)";
    expect(sourceOf(text, "3.76 million people")).toBe("IOM");
  });
});

describe("a name written surname first", () => {
  test("'Foreign Minister Iwaya Takeshi' is Takeshi Iwaya, and 'Iwaya said' later is he", () => {
    const text = "Foreign Minister Iwaya Takeshi told reporters that the first tranche of 1.2 billion dollars will be disbursed in December.\n\nIwaya said Japan has provided about 12.1 billion dollars in assistance.";
    expect(sourceOf(text, "1.2 billion dollars")).toBe("Takeshi Iwaya");
    expect(sourceOf(text, "about 12.1 billion dollars")).toBe("Takeshi Iwaya");
  });
});

describe("a third country's state agency named without its country", () => {
  const estonian = "Estonia's government met on Thursday. Estonian officials, Estonian pilots and the Estonian public are worried; Estonia has asked for help.\n\n";

  test("in a report about that country it is that country's, or the one the sentence is set in", () => {
    const text = estonian + "Jamming affected 1,240 flights in May, the Transport Administration said.\n\nIn Latvia, the Civil Aviation Agency reported 980 flights affected.";
    expect(sourceOf(text, "1,240 flights")).toBe("Estonian Transport Administration");
    expect(sourceOf(text, "980 flights")).toBe("Latvian Civil Aviation Agency");
  });

  test("the countries beyond the neighbours count as hosts too: a Czech release's 'the Ministry of Defence' is the Czech one", () => {
    const czech = [
      "The Czech ammunition initiative, which the Czech Republic launched in 2024, delivered 1.5 million rounds, the Czech government said.",
      "In 2024 the initiative was financed with €3.2 billion, the Ministry of Defence said. Czech officials expect more donors.",
      "The Czech cabinet met on Monday.",
    ].join("\n\n");
    expect(sourceOf(czech, "€3.2 billion")).toBe("Czech Defence Ministry");
  });

  test("not a firm or a Ukrainian region's office", () => {
    const text = estonian + "Prices rose by 40%, the grid operator Elering said. The Sumy Regional Administration reported 94 attacks.";
    expect(sourceOf(text, "40%")).toBe("Elering");
    expect(sourceOf(text, "94 attacks")).toBe("Sumy Regional Administration");
  });
});

describe("a month is no body", () => {
  test("'... 14 of its 62 flights to Tartu in May had reported interference' names no source called May", () => {
    const text = "Finnair, which suspended its Helsinki–Tartu route for a month in spring 2024 because the airport then had no approach procedure independent of GPS, said its flights had been operating normally since a new procedure was introduced, but that 14 of its 62 flights to Tartu in May had reported interference.";
    expect(sourceOf(text, "62 flights")).not.toBe("May");
  });
});

describe("words around a name that are not the speaker", () => {
  test("a place right after 'in' or 'around' is where someone is, not who speaks", () => {
    expect(sourceOf("The embassy in Tiraspol said it had handled more than 4,300 applications.", "more than 4,300 applications")).not.toBe("Tiraspol");
    const text = "Most of the signals originate around Pskovograd, Kristjan Allik said.\n\nThey reached 300 kilometres into Estonian airspace, Allik said.";
    expect(sourceOf(text, "300 kilometres")).toBe("Kristjan Allik");
    expect(sourceOf("Most signals come from the Kaliningrad exclave and around Pskovograd, he said, adding that the zone reached 300 kilometres.", "300 kilometres")).not.toBe("Pskovograd");
  });

  test("the second half of a double-barrelled surname is no one-word body", () => {
    expect(sourceOf("Polish radars have recorded 7 violations of the country's airspace, Kosiniak-Kamysz said.", "7 violations")).not.toBe("Kamysz");
  });

  test("a count opening a quotation or a sentence is no name: 'Eight Polish ...', 'Dozens of residents ...'", () => {
    const text = 'Defence Minister Władysław Kosiniak-Kamysz said the procedures had worked. "Eight Polish and allied fighters were in the air," he said.\n\nPolish radars have recorded 7 violations of the airspace, Kosiniak-Kamysz said.';
    expect(sourceOf(text, "7 violations")).toBe("Władysław Kosiniak-Kamysz");
    expect(sourceOf("Dozens of residents reported explosions. The governor said 5 houses were damaged.", "5 houses")).not.toBe("Dozens of residents");
  });
});

describe("a post quoted whole under the line that names it", () => {
  const post = [
    "FRONTLINE.UA · News\n02.04.2025, 11:37 · 3 min read",
    "\"Magura\" in March: 1,184 occupiers and 19 tanks – results of the 47th Brigade",
    "The 47th Separate Mechanized Brigade has published its results for March on its Telegram channel. Frontline.ua relays the post in full.",
    "The brigade's post, as published:",
    '"MARCH RESULTS\nOver the month, the units hit more than 2,600 enemy targets. Every one is confirmed by video:',
    "- personnel – 1,184\n- tanks – 19",
    "In March the units repelled 163 enemy assaults. Our drone operators flew 9,870 combat sorties. Glory to Ukraine!\"",
    "The General Staff said 45 assaults were repelled along the whole front. Analysts counted 12 more.",
  ].join("\n\n");

  test("the post's voice runs over its paragraphs to the one that closes the quotation", () => {
    expect(sourceOf(post, "more than 2,600 enemy targets")).toBe("47th Separate Mechanized Brigade");
    expect(sourceOf(post, "163 enemy assaults")).toBe("47th Separate Mechanized Brigade");
    expect(sourceOf(post, "9,870 combat sorties")).toBe("47th Separate Mechanized Brigade");
    expect(sourceOf(post, "12 more")).not.toBe("47th Separate Mechanized Brigade");
  });
});

describe("'the brigade' after a brigade spoke", () => {
  test("is that brigade, not an unnamed unit's officials; 'a pilot of the brigade' is one of its soldiers", () => {
    const text = "The 28th Separate Mechanized Brigade has published its results for November.\n\nThe brigade said it destroyed 14 tanks.\n\nA drone pilot of the brigade said his crew hit 3 tanks.";
    expect(sourceOf(text, "14 tanks")).toBe("28th Separate Mechanized Brigade");
    expect(sourceOf(text, "3 tanks")).toBe("Ukrainian officials");
  });
});

describe("a ministry's own page", () => {
  test("'the department', 'the ministry' on it are that ministry until another is named", () => {
    const page = "U.S. Department of Defense\nTranscript\n\nPentagon Press Secretary Holds a Press Briefing\n\nToday the department announced a new package for Ukraine valued at up to $425 million.";
    expect(sourceOf(page, "up to $425 million")).toBe("Pentagon");
  });
});

describe("', it said' closing a sentence that opens with a body", () => {
  test("is that body, not the one that spoke before; a common noun opening the sentence is no body", () => {
    const text = (sentence: string) => `Two drones crashed, the Defence Ministry said.\n\n${sentence}`;
    expect(sourceOf(text("Sumyoblenergo restored power to 4,100 customers by noon, it said."), "4,100 customers")).toBe("Sumyoblenergo");
    expect(sourceOf(text("Police cordoned off 2 hectares around the site, it said."), "2 hectares")).toBe("Russian Defence Ministry");
  });
});

describe("'the council said' after another body spoke", () => {
  test("is the council the sentence names, not the body that spoke last", () => {
    const text = "Russia attacked with 40 drones, the Air Force said.\n\nKharkiv City Council paid UAH 14.2 million to 318 families, the council's press service said.";
    expect(sourceOf(text, "318 families")).toBe("Kharkiv City Council");
    expect(sourceOf(text.replace("the council's press service", "the council"), "318 families")).toBe("Kharkiv City Council");
  });
});

describe("'the administration' after an administration spoke", () => {
  test("is that administration; with none named it is no one's", () => {
    const text = "Russian troops shelled Kherson 57 times over the day, the Kherson City Military Administration reported.\n\nMore than 1,200 food kits were distributed at 4 points in the city, the administration said.";
    expect(sourceOf(text, "More than 1,200 food kits")).toBe("Kherson City Military Administration");
    expect(sourceOf("Aid worth $61bn was approved, the administration said.", "$61bn")).toBeNull();
  });

  test("'According to the administration' opening a sentence is that administration too; with none named, no one's", () => {
    const text = "Russian drones hit Shostka overnight, injuring 12 people, the Sumy Regional Military Administration said.\n\nAccording to the administration, the enemy launched at least 9 drones at the city.";
    expect(sourceOf(text, "at least 9 drones")).toBe("Sumy Regional Administration");
    expect(sourceOf("According to the administration, aid worth $61bn was approved.", "$61bn")).toBeNull();
  });
});

describe("'the regional administration' of a region the centre table leaves out", () => {
  test("is the administration of the region the sentence names, from the gazetteer's own oblast", () => {
    const text = "In the Zhytomyr region, 3 children were killed, regional governor Vitalii Bunechko said.\n\nIn the Khmelnytskyi region, 4 people were killed, the regional administration reported.";
    expect(sourceOf(text, "4 people")).toBe("Khmelnytskyi Regional Administration");
    expect(sourceOf("In Lutsk, 2 people were injured, the regional administration said.", "2 people")).toBe("Volyn Regional Administration");
  });
});

describe("the occupation's officials", () => {
  test("'the occupation authorities', 'the Moscow-installed authorities' are Russian-installed officials", () => {
    expect(sourceOf("Three people were injured in Nova Kakhovka, the Moscow-installed authorities said.", "Three people")).toBe("Russian-installed officials");
    expect(sourceOf("The occupation authorities said 12 houses were damaged in Oleshky.", "12 houses")).toBe("Russian-installed officials");
  });
});

describe("an interview in dashes with a soldier known by his call sign", () => {
  test("his answers are his side's officials, as his words are elsewhere", () => {
    const text = [
      'Oleksandr, call sign "Sych", commands a mobile fire group in the Kyiv region. We spoke to him after a night when Russia launched 458 drones.',
      "— How many drones did your group shoot down last night?",
      "— Four. In October, the group had 37 confirmed kills.",
    ].join("\n\n");
    expect(sourceOf(text, "Four")).toBe("Ukrainian officials");
  });
});

describe("'his office said'", () => {
  test("is the regional administration of the head last named, as 'according to his office' is", () => {
    const text = "Kharkiv Governor Oleh Syniehubov said that 3 people were injured. Two people are in hospital, his office said.";
    expect(sourceOf(text, "Two people")).toBe("Kharkiv Regional Administration");
  });

  test("'his administration said' is the same body", () => {
    const text = "Vadym Filashkin, the head of the Donetsk regional military administration, said families must leave 16 more settlements. His administration said that 1,141 people had been taken out of the region.";
    expect(sourceOf(text, "1,141 people")).toBe("Donetsk Regional Administration");
  });
});

describe("two bodies speaking together", () => {
  test("'A and (the ...) B have confirmed' names the first", () => {
    expect(sourceOf("Mediazona and the BBC's Russian service have confirmed the names of 113,207 Russian soldiers.", "113,207 Russian soldiers")).toBe("Mediazona");
    expect(sourceOf("The BBC's Russian service and the independent outlet Mediazona have confirmed the names of 106,000 soldiers.", "106,000 soldiers")).toBe("BBC Russian Service");
  });
});

describe("a heading in capitals with a colon", () => {
  test("'POLICE: 58 CIVILIAN OBJECTS' is a section heading, not a speaker holding the floor", () => {
    const text = "A missile hit an apartment block in Kremenchuk overnight, the mayor said.\n\nPOLICE: 58 CIVILIAN OBJECTS\n\nThe police said investigators had documented damage to 58 civilian objects.\n\nBy our count, at least 14 residents of Kremenchuk have been killed this year.";
    expect(sourceOf(text, "at least 14 residents")).toBeNull();
  });
});

describe("the page's own outlet, however it is set", () => {
  test("a nameplate in capitals, a copyright line's name before '. All rights reserved'", () => {
    expect(findOutlet("RIDUS · ridus.ru\nNews | Regions\n\nDrones hit Voronezh.")).toBe("RIDUS");
    expect(findOutlet("Drones hit Voronezh.\n\n© 2025 Ridus. All rights reserved.")).toBe("Ridus");
  });

  test("its count is its own: 'according to an Associated Press tally', 'As Interfax-Ukraine reported'", () => {
    expect(sourceOf("KYIV, Ukraine (AP) — Russia launched more than 6,200 long-range drones at Ukraine in June, according to an Associated Press tally of daily air force reports.", "more than 6,200 long-range drones")).toBeNull();
    expect(sourceOf("INTERFAX-UKRAINE\nEconomic news | 15:48\n\nAs Interfax-Ukraine reported, Russia had hit gas facilities with more than 1,000 missiles and drones since March.", "more than 1,000 missiles")).toBeNull();
  });
});

describe("'according to the regional health department'", () => {
  test("is the region's administration, not a ministry's default", () => {
    expect(sourceOf("In Poltava, 17 of the injured remain in hospital, according to the regional health department.", "17 of the injured")).toBe("Poltava Regional Administration");
    expect(sourceOf("Ten people were hurt, according to the district police department.", "Ten people")).not.toBe("Russian Defence Ministry");
  });
});

describe("a council's minutes", () => {
  test("'HEARD: O. Senkevych, city mayor.' gives him the floor over his figures; 'SPOKE:' the next speaker; attendance is no figure", () => {
    const text = "Mykolaiv City Council\nMinutes of the 42nd session\n\nPRESENT: 38 deputies of 42.\n\nHEARD: O. Senkevych, city mayor. Since the start of the year, Russian strikes have damaged 312 residential buildings.\nSPOKE: I. Kovalenko, head of the housing department: 1,850 windows were replaced in August alone.";
    expect(read(text).map(([quote]) => quote)).toEqual(["312 residential buildings", "1,850 windows"]);
    expect(sourceOf(text, "312 residential buildings")).toBe("Oleksandr Senkevych");
    expect(sourceOf(text, "1,850 windows")).toBe("I. Kovalenko");
  });
  test("'SPOKE: a representative of the city military administration.' speaks for the body, and 'he' after it is the body", () => {
    const text = "Mykolaiv City Council\nMinutes of the 42nd session\n\nSPOKE: Director of the Department Viktor Oliinyk. He said 27 boiler houses had received generators.\n\nSPOKE: a representative of the city military administration. He said the city had been attacked 23 times in September.\n\nSPOKE: a representative of the Ministry of Energy. 4 substations were hit.";
    expect(sourceOf(text, "27 boiler houses")).toBe("Viktor Oliinyk");
    expect(sourceOf(text, "23 times")).toBe("Mykolaiv City Military Administration");
    expect(sourceOf(text, "4 substations")).toBe("Ministry of Energy");
  });
});

describe("a broadcast script's clip label", () => {
  test("'CLIP (Kiper, 0'15\"):' gives the recorded speaker the quotation after it", () => {
    const text = "ITEM 2\nPRESENTER: In Odesa, debris fell on a residential building.\nCLIP (Kiper, 0'15\"): \"Rescuers have already put it out. 14 flats were damaged.\"";
    expect(sourceOf(text, "14 flats")).toBe("Oleh Kiper");
    expect(sourceOf("SYNC (Serhii Bondar, 0'12\"): \"We evacuated 40 people.\"", "40 people")).toBe("Serhii Bondar");
  });

  test("a script's codes for what is on air ('PRES VO:', 'GFX FS:') name no speaker, listed before or not", () => {
    const text = "06 | FRONT | GFX FS | 1'10\"\n\nPRES VO: The Nikopol district was shelled 28 times, said Yevhen Yevtushenko, head of the district military administration.\n\nPRES VO: Two people were injured in Marhanets, Yevtushenko said.\nGFX FS: NIKOPOL, 13 MAY — 2 INJURED · 9 HOUSES DAMAGED";
    expect(sourceOf(text, "Two people")).toBe("Yevhen Yevtushenko");
    expect(sourceOf(text, "9 HOUSES")).not.toBe("GFX FS");
  });
});

describe("'Forwarded from Ministry of Defence of Russia'", () => {
  test("makes the forwarded post the ministry's", () => {
    const text = "Poddubny |Z|O|V| edition\nTelegram channel\n\n11:02\nForwarded from Ministry of Defence of Russia\nAir defence systems shot down 37 Ukrainian drones over the Belgorod region overnight.";
    expect(sourceOf(text, "37 Ukrainian drones")).toBe("Russian Defence Ministry");
  });
});

describe("a fact check of both sides' figures", () => {
  test("Ukraine's own drones are no tally of its Air Force; 'DW Fact check' heading the page is no person", () => {
    const text = " date 2025-05-20\nDW Fact check\n\nUkraine's Air Force said Russia had launched 273 drones at Ukraine on Sunday night.\n\nClaim: \"524 Ukrainian drones were destroyed over Russia.\"";
    expect(sourceOf(text, "273 drones")).toBe("Ukrainian Air Force");
    expect(sourceOf(text, "524 Ukrainian drones")).toBeNull();
  });
});

describe("a source closing the next sentence of the paragraph", () => {
  test("speaks for the figures before it that no one voiced: '... 31 settlements. 3 people were killed, the Kherson OVA reported.'", () => {
    const text = "Over the past day, the Russian army shelled 31 settlements of Kherson Oblast. 3 people were killed and 17 injured, the Kherson OVA reported.";
    expect(attributions(text)).toEqual(Array(3).fill("Kherson Regional Administration"));
    const quiet = "Debris fell in the Bucha district; 2 private houses were damaged. No one was hurt, regional head Mykola Kalashnyk said.";
    expect(attributions(quiet)).toEqual(["Mykola Kalashnyk"]);
  });
  test("not the writer's own geography, nor the outlet's own figures, nor a figure in the paragraph before", () => {
    const distance = "Orikhiv lies about 7 km from the front line. Fewer than 1,000 residents remain, Fedorov said.";
    expect(attributions(distance)).toEqual([null, "Ivan Fedorov"]);
    const own = "According to our information, Kyiv has asked Paris for at least 18 more Caesars. The battery got 40 mobilised men, the commander said.";
    expect(extractClaims(own)[0].attribution).toBeNull();
    const before = "Russia shelled 31 settlements.\n\n3 people were killed, the Kherson OVA reported.";
    expect(extractClaims(before)[0].attribution).toBeNull();
  });
});

describe("'the city military administration' in a sentence naming no city", () => {
  test("is the administration of the city the report named last", () => {
    const text = "Odesa. A drone hit a warehouse in the Peresypskyi district. One person was injured, according to the city military administration.";
    expect(claimAt(text, "One person")?.attribution).toBe("Odesa City Military Administration");
    expect(claimAt("In Odesa, a drone hit a warehouse. One person was injured, the city military administration said.", "One person")?.attribution).toBe("Odesa City Military Administration");
  });
});

describe("a liveblog entry headed by a generic label", () => {
  const blog = (headline: string) => `Odesa live: storm and attack\n\n09:00\nOdesa wakes to fallen trees.\n\n10:10\n${headline}\n\nSerhii Lysak, the head of the Odesa City Military Administration, says municipal services are clearing the streets.`;
  test("'City: 87 trees down' is the official the entry names next, in the report's city (the gold README's convention)", () => {
    expect(extractClaims(blog("City: 87 trees down, 14 cars crushed")).map((c) => [c.quote, c.attribution, c.location])).toEqual([
      ["87 trees", "Serhii Lysak", "Odesa"], ["14 cars", "Serhii Lysak", "Odesa"],
    ]);
  });
  test("not a headline led by a place ('Kharkiv: 7 injured ...'), which the writers leave unsourced", () => {
    expect(extractClaims(blog("Kharkiv: 7 injured as bombs hit Saltivskyi district"))[0].attribution).toBeNull();
  });
});

describe("'According to Reuters, ...' with no count word", () => {
  test("is an outlet's reporting, not the speaker of the sentence before", () => {
    const text = "Alexander Drozdenko said 3 drones were shot down. According to Reuters, the refinery processes about 20 million tonnes of crude a year.";
    expect(claimAt(text, "about 20 million tonnes")?.attribution).not.toBe("Alexander Drozdenko");
  });
});

describe("figures 'provided by' someone", () => {
  test("'According to the lists provided by the Russian side, 623 of the bodies ...' are Russian officials'", () => {
    expect(claimAt("According to the lists provided by the Russian side, 623 of the bodies were recovered in Donetsk Oblast.", "623 of the bodies")?.attribution).toBe("Russian officials");
    expect(claimAt("According to the figures released by the State Emergency Service, 40 people were rescued.", "40 people")?.attribution).toBe("State Emergency Service");
  });
});

describe("a body's name modifying 'figure of'", () => {
  test("'relayed the Air Force figure of 40 drones' is the Air Force's, as 'the Air Force's figure of' is", () => {
    expect(claimAt("Terekhov relayed the Air Force figure of 40 drones.", "40 drones")?.attribution).toBe("Ukrainian Air Force");
  });
});

describe("'the ministry' in a sentence of combat", () => {
  test("is the defence ministry named last, not another ministry named since", () => {
    const text = 'Air defences destroyed 121 Ukrainian drones overnight, the Russian Defence Ministry reported. The Russian Emergencies Ministry said 40 rescuers were deployed. "The enemy lost up to 180 servicemen," the ministry said.';
    expect(sourceOf(text, "40 rescuers")).toBe("Russian Emergencies Ministry");
    expect(sourceOf(text, "up to 180 servicemen")).toBe("Russian Defence Ministry");
  });
});

describe("'We reproduce it in full' after a body's summary was named", () => {
  test("the summary set out below is the body's", () => {
    const text = "The Russian Defence Ministry published its weekly summary on Saturday. We reproduce it in full.\n\nFrom 5 to 11 April, units of the Sever group of forces repelled 38 counterattacks.";
    expect(sourceOf(text, "38 counterattacks")).toBe("Russian Defence Ministry");
  });
});

describe("a liveblog entry's later paragraph naming no source", () => {
  test("goes on with the official the entry's paragraph before relayed, to the next time stamp", () => {
    const text = "LIVE | Russia-Ukraine war: latest updates\n\n21:40\nKharkiv Oblast: guided bombs hit Kupiansk district\n\nRussian forces dropped 6 guided aerial bombs on Kupiansk district in the evening, Governor Oleh Syniehubov said on Telegram.\n\nEarlier in the day, 14 settlements in Kharkiv Oblast came under artillery fire.\n\n20:15\nKherson: shelling\n\nRussian forces shelled Kherson 40 times.";
    expect(sourceOf(text, "14 settlements")).toBe("Oleh Syniehubov");
    expect(sourceOf(text, "40 times")).toBeNull();
  });
});

describe("a title's apposition after 'according to'", () => {
  test("is the name right after its comma, not a place named further on", () => {
    const text = "Oleh Syniehubov, the governor, said 2 people were killed. According to the governor, a drone attack near Zelenyi Hai wounded 3 people.";
    expect(sourceOf(text, "3 people")).not.toBe("Zelenyi Hai");
    expect(sourceOf("According to Ukraine's ground forces commander, Oleksandr Syrskyi, 40 attacks were repelled.", "40 attacks")).toBe("Oleksandr Syrskyi");
  });
});

describe("the body a speaker heads", () => {
  test("is named with him: 'the mission' later is it, not another body that spoke in between", () => {
    const text = "At least 214 civilians were killed, the head of the UN Human Rights Monitoring Mission in Ukraine, Danielle Bell, said. The World Health Organization said it had verified 2,590 attacks on health care. The mission had also verified the execution of at least 79 Ukrainian servicemen.";
    expect(sourceOf(text, "at least 79 Ukrainian servicemen")).toBe("UN Human Rights Monitoring Mission");
  });
});

describe("a body glued into an adjective ('Kremlin-installed')", () => {
  test("names no speaker: the person the appositive describes speaks", () => {
    const text = "Denis Pushilin, the Kremlin-installed head of the so-called Donetsk People's Republic, told a press conference that 1,130 apartment blocks had been restored.";
    expect(sourceOf(text, "1,130 apartment blocks")).toBe("Denis Pushilin");
  });
});

describe("'the ministry' after the sentence named a ministry by its field", () => {
  test("is that ministry, not the defence ministry the lexicon falls back on", () => {
    const text = "The Finance Ministry has transferred 18.3 bln rubles to the Kursk region, the ministry's press service said.";
    expect(sourceOf(text, "18.3 bln rubles")).toBe("Russian Finance Ministry");
  });
});

describe("a first name the list did not know before a surname that is also a first name", () => {
  test("'Ilaria Sanna' stays in its order (Sanna is a Finnish first name too)", () => {
    expect(sourceOf('"We are receiving up to 300 people a day," said Ilaria Sanna, IOM Regional Director for Europe.', "up to 300 people")).toBe("Ilaria Sanna");
  });
});

describe("a speaker's own 'What I'd say is' and 'I'm <name>'", () => {
  test("are no names: the transcript's speaker label speaks", () => {
    const text = "MAJ. GEN. PAT RYDER: Thank you.\n\nQ: How many drones?\n\nMAJ. GEN. RYDER: Well, I've seen the reporting. What I'd say is, we assess that Russia is launching more than 1,500 drones a month.";
    expect(sourceOf(text, "more than 1,500 drones")).not.toBe("What I'd");
  });
});

describe("'the department' on a page about the Pentagon", () => {
  test("is the US Department of Defense, not the Russian ministry the lexicon falls back on", () => {
    const text = "Pentagon Press Secretary Pat Ryder Holds a Press Briefing\n\nYesterday the department announced a $725 million package for Ukraine.";
    expect(sourceOf(text, "$725 million")).toBe("Pentagon");
    expect(sourceOf("Russian air defences downed 40 drones, the department said.", "40 drones")).toBe("Russian Defence Ministry");
  });
});

describe("'the OVA' before any office was named", () => {
  test("is the administration of the region the sentence names", () => {
    expect(sourceOf("According to the OVA, 1,240 people have been evacuated from Bilozerka hromada since January.", "1,240 people")).toBe("Kherson Regional Administration");
  });
});

describe("'logs' as a body's verb of counting", () => {
  test("'The General Staff logs 15 to 20 Russian attacks a day' is the General Staff's", () => {
    const text = "Gerasimov claimed last week that his troops controlled 70% of the city. The General Staff logs 15 to 20 Russian attacks a day there.";
    expect(sourceOf(text, "15 to 20 Russian attacks")).toBe("Ukrainian General Staff");
  });
});

describe("a transcript label whose bracket says the speaker is a journalist", () => {
  test("'MARIIA ZHUK (voice-over):' gives her lines no source, as the outlet's own reporting", () => {
    const text = "[21:03:55] ANCHOR: Russian forces shelled Zaporizhzhia Oblast 412 times, governor Ivan Fedorov reported. Mariia Zhuk travelled to Orikhiv.\n\n[21:04:10] REPORT — ORIKHIV\nMARIIA ZHUK (voice-over): Before the full-scale invasion Orikhiv had some 14,000 residents.";
    expect(sourceOf(text, "some 14,000 residents")).toBeNull();
  });
});

describe("'X, working with Y, has confirmed'", () => {
  test("is the subject's count, as 'together with' is", () => {
    const text = "Mediazona, working with the BBC Russian Service, has confirmed by name just over 111,000 Russian military dead since 2022.";
    expect(sourceOf(text, "just over 111,000 Russian military dead")).toBe("Mediazona");
  });
});

describe("a journalist's question quoting an official, under a transcript label in capitals", () => {
  test("the official the question names says it, not the label's journalist", () => {
    const text = "PRESS CONFERENCE TRANSCRIPT\n\nYEVHENIIA VASYLIEVA (Suspilne Kherson): Governor Vladimir Saldo says Russian forces destroyed 14 Ukrainian boats this week. Is that true?";
    expect(sourceOf(text, "14 Ukrainian boats")).toBe("Vladimir Saldo");
  });
});

describe("'What DeepState shows is ...'", () => {
  test("is the monitor's, as 'DeepState shows 29 sq km' is", () => {
    const text = "Gerasimov claimed that Kupiansk was encircled. What DeepState shows is small infiltration groups of 5 to 10 men in the north of the city.";
    expect(sourceOf(text, "5 to 10 men")).toBe("DeepState");
  });
});

describe("'the command' after a command spoke", () => {
  test("is that command; with none named, no one", () => {
    const text = "Poland's Operational Command said it scrambled jets.\n\nThe Polish Border Guard said 40 travellers were turned back. Four pairs of fighter jets took part in the operation, according to the command.";
    expect(sourceOf(text, "Four pairs of fighter jets")).toBe("Polish Operational Command");
    expect(sourceOf("The regional administration said 3 people were hurt. Four assaults were repelled, according to the command.", "Four assaults")).not.toBe("Kharkiv Regional Administration");
  });
});
