import { extractClaims } from "@/lib/claims/extract";
import { canonicalPlace } from "@/lib/claims/data/gazetteer";
import { splitSentences } from "@/lib/claims/sentences";
import { findPlaces } from "@/lib/claims/places";
import { tokenize } from "@/lib/claims/tokenize";
import { claimAt, only } from "./helpers";

const locations = (text: string) => extractClaims(text).map((c) => [c.quote, c.location]);

describe("location", () => {
  test("two big cities named together share a total and place it nowhere; a front's villages are named by the first", () => {
    expect(locations("Police said 41 people were injured in Zaporizhzhia and Dnipro, including 5 children.")).toEqual([["41 people", null], ["5 children", null]]);
    expect(locations("Russia attacked Zaporizhzhia and Dnipro overnight. At least 5 people were killed.")).toEqual([["At least 5 people", null]]);
    expect(locations("Russian troops attacked 5 times near Kupiansk and Petropavlivka.")).toEqual([["5 times", "Kupiansk"]]);
  });

  test("the whole country or front said before the figure places it nowhere, not in the place named before", () => {
    const demining = "In Mykolaiv Oblast, sappers cleared 960 hectares. Across Ukraine, UNDP has handed the SES 24 demining machines since 2022.";
    expect(locations(demining)).toEqual([["960 hectares", "Mykolaiv Oblast"], ["24 demining machines", null]]);
    const front = "Russian forces attacked Kostiantynivka 31 times. Across the whole front line, it said, there were 178 combat clashes over the day.";
    expect(locations(front)).toEqual([["31 times", "Kostiantynivka"], ["178 combat clashes", null]]);
    expect(locations("Russia massed 30,000 troops around Kostiantynivka. The official put Russian losses across the front at roughly 1,000 killed a day.")[1]).toEqual(["roughly 1,000 killed", null]);
    // (a narrower place between the scope and the figure is the figure's)
    expect(locations("Across Ukraine, and in Kharkiv in particular, 12 schools were damaged.")).toEqual([["12 schools", "Kharkiv"]]);
  });

  test("the whole country or front said after the figure places it nowhere: 'in all areas', 'at Ukraine', 'along the whole line of contact'", () => {
    expect(locations("Russian forces took two settlements in the Sumy region, while the Ukrainian army lost about 1,310 troops in all areas of the operation.")[1]).toEqual(["about 1,310 troops", null]);
    expect(locations("Kharkiv was attacked overnight. Since May Russia has launched more than 2,300 attack drones at Ukraine.")).toEqual([["more than 2,300 attack drones", null]]);
    expect(locations("Dachnoye was taken. The army lost about 1,310 servicemen along the whole line of contact in 24 hours.")).toEqual([["about 1,310 servicemen", null]]);
  });

  test("'the State Emergency Service in the Poltava region' names the service's area, not the scene", () => {
    const fire = "A missile hit an enterprise in Kremenchuk. Some 85 rescuers were working at the site, the State Emergency Service in the Poltava region said.";
    expect(locations(fire)).toEqual([["Some 85 rescuers", "Kremenchuk"]]);
    const directorate = "A drone hit a warehouse in Valuyki. The Main Directorate of the Emergencies Ministry for the Belgorod region said 24 personnel were working.";
    expect(locations(directorate)).toEqual([["24 personnel", "Valuyki"]]);
  });

  test("a count of regions lies in no one region; a figure that borrows 'regions' from a list's head keeps its own place", () => {
    const night = "In Belgorod, 3 people were hurt. Air defence destroyed 112 drones over the territory of nine regions.";
    expect(locations(night)).toEqual([["3 people", "Belgorod"], ["112 drones", "Belgorod"], ["nine regions", null]]);
    expect(locations("The rest were in 14 other oblasts and the city of Kyiv.")).toEqual([["14 other oblasts", null]]);
    const arrests = "Verstka counted arrests in the two regions: 187 in Zaporizhzhia Oblast and 125 in Kherson Oblast.";
    expect(locations(arrests).slice(-2)).toEqual([["187", "Zaporizhzhia Oblast"], ["125", "Kherson Oblast"]]);
  });

  test("'a pre-war population of 60,000', 'before the full-scale invasion' are times: the place before still holds", () => {
    expect(locations("Around 7,000 civilians remain in Pokrovsk, out of a pre-war population of some 60,000.")).toEqual([["Around 7,000 civilians", "Pokrovsk"], ["some 60,000", "Pokrovsk"]]);
    const town = "About 6,800 residents remain in Bilopillia, out of 16,000 before the full-scale invasion, and 1,150 households in the town have no power.";
    expect(locations(town).map(([, place]) => place)).toEqual(["Bilopillia", "Bilopillia", "Bilopillia"]);
  });

  test("a place in a relative clause about someone else is not the figure's; one about the counted people is", () => {
    expect(locations("Lubinets said the 28 civilians included 6 women, as well as a man who had been detained in occupied Oleshky.")).toEqual([["28 civilians", null], ["6 women", null]]);
    expect(locations("Officials said 12 residents who fled Kupiansk arrived.")).toEqual([["12 residents", "Kupiansk"]]);
  });

  test("destinations named together after 'to' leave the figure to the place before it", () => {
    expect(locations("The Kostiantynivka city hospital has transferred its remaining 73 patients to Kramatorsk and Dnipro.")).toEqual([["73 patients", "Kostiantynivka"]]);
  });

  test("a place naming the counted people is theirs: '62 Nikopol residents'", () => {
    expect(locations("Since February 2022, 62 Nikopol residents have been killed by Russian shelling.")).toEqual([["62 Nikopol residents", "Nikopol"]]);
    // (evacuees are counted where they arrive)
    expect(locations("Yesterday 12 Kherson evacuees arrived in Kyiv.")).toEqual([["12 Kherson evacuees", "Kyiv"]]);
  });

  test("a distance 'N km west of X' is measured from X, whatever was named before it", () => {
    expect(locations("Illinka lies roughly 5 kilometres west of Kurakhove, where fighting continues.")).toEqual([["roughly 5 kilometres", "Kurakhove"]]);
    expect(locations("Lozova lies some 140 km south of the city of Kharkiv.")).toEqual([["some 140 km", "Kharkiv"]]);
  });

  test("a capital before its residents is the place, not the government: '38 Kyiv residents'", () => {
    expect(locations("At least 38 Kyiv residents have been killed in Russian strikes this month.")).toEqual([["At least 38 Kyiv residents", "Kyiv"]]);
  });

  test("a country's own losses, in a sentence naming no place, are the whole front's, not the place said before", () => {
    const text = "Fighting near Pokrovsk went on all day. Since the start of this year Russia has lost almost 300,000 soldiers killed and wounded.";
    expect(locations(text)).toEqual([["almost 300,000 soldiers", null]]);
    // (a place in its own sentence is still its place)
    expect(locations("Fighting went on all day. Near Pokrovsk alone, Russia lost 400 soldiers killed and wounded.")).toEqual([["400 soldiers", "Pokrovsk"]]);
    // (people killed where a country attacked, and what others lost, keep the place said before)
    expect(locations("Kharkiv came under attack overnight. Russia's overnight attack killed 4 people, and 20,000 homes lost power.")[0]).toEqual(["4 people", "Kharkiv"]);
    // (a sector's losses in the Russian ministry's words keep the sector)
    expect(locations("Units of the Zapad group repelled 5 counterattacks near Kupiansk. The AFU lost up to 230 personnel.")[1]).toEqual(["up to 230 personnel", "Kupiansk"]);
  });

  test("aid to Kyiv goes to a government, not to a city; evacuees who moved to Kyiv are there", () => {
    expect(locations("The UK will provide £3bn in military aid to Kyiv this year.")).toEqual([["£3bn", null]]);
    expect(locations("The Netherlands pledged another €400 million to Kyiv.")).toEqual([["another €400 million", null]]);
    expect(locations("Some 2,000 evacuees moved to Kyiv, where they receive state assistance.")).toEqual([["Some 2,000 evacuees", "Kyiv"]]);
  });

  test("a city's channel leaves the country's air-attack tallies unplaced", () => {
    expect(locations("Kyiv City Military Administration | Telegram\n\nAir defence shot down 98 drones. Rescuers evacuated 12 residents.")).toEqual([["98 drones", null], ["12 residents", "Kyiv"]]);
  });

  test("a town described by its region is the town: 'near Nikopol, Dnipropetrovsk region', 'Tyotkino, a village in Russia's Kursk region'", () => {
    expect(locations("A drone hit a minibus near Nikopol, Dnipropetrovsk region, killing 5 civilians.")).toEqual([["5 civilians", "Nikopol"]]);
    expect(locations("She lives in Tyotkino, a village in Russia's Kursk region that sits just 3 kilometers from the border.")).toEqual([["3 kilometers", "Tetkino"]]);
  });

  test("in a list of 'in X – N' clauses each figure keeps its own place", () => {
    const list = "In Odesa Oblast, 145,000 subscribers are without power, in Lviv Oblast – 96,000, in Poltava Oblast – 83,000 and in Ivano-Frankivsk Oblast – 71,000.";
    expect(locations(list).map(([, place]) => place)).toEqual(["Odesa Oblast", "Lviv Oblast", "Poltava Oblast", "Ivano-Frankivsk Oblast"]);
  });

  test("'X hromada' is a place whatever its name looks like; 'X lies N km from the front' is X's distance", () => {
    expect(locations("Bilenke hromada – 24 attacks")).toEqual([["24 attacks", "Bilenke"]]);
    expect(locations("The hromada reported 5 attacks.")).toEqual([["5 attacks", null]]);
    expect(locations("Orikhiv lies about 7 km from the front line, Stepnohirsk less than 2 km.")).toEqual([["about 7 km", "Orikhiv"], ["less than 2 km", "Stepnohirsk"]]);
    expect(locations("Pokrovsk is now within 5 km of Myrnohrad.")).toEqual([["within 5 km", "Myrnohrad"]]);
  });

  test("a list of places before the figure is named by its first; 'there' is the place the paragraph is about", () => {
    expect(locations("In the Kharkiv direction, the enemy attacked near Vovchansk and Starytsia; one clash is still ongoing.")).toEqual([["one clash", "Vovchansk"]]);
    const there = "The enemy was most active in the Pokrovsk direction, where defenders stopped assaults near Lysivka, Promin and Krutyi Yar. 137 occupiers were neutralised there today.";
    expect(locations(there)).toEqual([["137 occupiers", "Pokrovsk"]]);
  });

  test("clashes and losses 'along the front' are the whole front's, not the hotspot named after them", () => {
    expect(locations("The General Staff reported 142 combat clashes along the front line, with Russian forces attacking 41 times in the Pokrovsk direction.")).toEqual([
      ["142 combat clashes", null], ["41 times", "Pokrovsk"],
    ]);
    expect(locations("Russian forces attacked 12 times along the front line near Kupiansk.")).toEqual([["12 times", "Kupiansk"]]);
  });

  test("ports: 'the Greater Odesa ports' are Odesa Oblast; Pivdennyi is a place", () => {
    expect(locations("The Greater Odesa ports handled 6.1 million tonnes of cargo.")).toEqual([["6.1 million tonnes", "Odesa Oblast"]]);
    expect(locations("Syndicates were quoting 1.25% for Pivdennyi.")).toEqual([["1.25%", "Pivdennyi"]]);
  });

  test("Russian towns that drone-raid reports name are in the gazetteer", () => {
    expect(locations("Falling debris damaged five private houses in Liski.")).toEqual([["five private houses", "Liski"]]);
    expect(locations("A fire in Novoshakhtinsk covered about 1,500 square metres.")).toEqual([["about 1,500 square metres", "Novoshakhtinsk"]]);
  });

  test("a city's district is its city: the city named in the sentence when several have one so named", () => {
    expect(locations("📍 Darnytskyi district: debris damaged 11 cars.")).toEqual([["11 cars", "Kyiv"]]);
    expect(locations("In Zaporizhzhia, a drone hit the Shevchenkivskyi district, damaging 14 private houses.")).toEqual([["14 private houses", "Zaporizhzhia"]]);
    expect(locations("Shevchenkivskyi district: 36 apartments were damaged.")).toEqual([["36 apartments", "Kyiv"]]);
    expect(locations("📍 Solomianskyi: the fire damaged 36 apartments.")).toEqual([["36 apartments", "Kyiv"]]);
  });

  test("a city's own channel locates its unplaced figures in the city", () => {
    const channel = "Kyiv City Military Administration | Telegram\n\nMore than 150 rescuers are working at the sites.\n\nIn Kharkiv, 3 people were injured.";
    expect(locations(channel)).toEqual([["More than 150 rescuers", "Kyiv"], ["3 people", "Kharkiv"]]);
    expect(locations("Ukrinform | Telegram\n\nMore than 150 rescuers are working at the sites.")).toEqual([["More than 150 rescuers", null]]);
  });

  test("Russian state-media spellings and Ukrainian regional names fold to the canonical place", () => {
    expect(only("Near Artyomovsk, Ukrainian losses amounted to as many as 275 troops.").location).toBe("Bakhmut");
    expect(only("The army has concentrated up to 20,000 troops near Krasnoarmeysk, Pushilin claimed.").location).toBe("Pokrovsk");
    expect(only("In Aleshki, 11 residential houses were damaged.").location).toBe("Oleshky");
    expect(only("Russian army shelled Khersonshchyna 312 times in a day.").location).toBe("Kherson Oblast");
    expect(only("Two civilians were wounded in Novaya Kakhovka.").location).toBe("Nova Kakhovka");
    expect(canonicalPlace("Kherson Region")).toBe("Kherson Oblast");
    expect(canonicalPlace("Saratov region")).toBe("Saratov Oblast");
  });

  test("figures in brackets after a place are its; 'followed by' starts the next place's figures", () => {
    const text = "Donetsk region recorded the most casualties (58 killed and 214 injured), followed by Kharkiv region (31 killed, 187 injured), Sumy region (17 killed).";
    expect(locations(text)).toEqual([
      ["58 killed", "Donetsk Oblast"], ["214 injured", "Donetsk Oblast"], ["31 killed", "Kharkiv Oblast"], ["187 injured", "Kharkiv Oblast"], ["17 killed", "Sumy Oblast"],
    ]);
    expect(only("Kupiansk district (where 12 people were wounded in Kindrashivka) was shelled.").location).toBe("Kindrashivka");
    const ranking = "Bashkortostan leads the list with 2,310 dead, followed by the Sverdlovsk region with 1,870 and Tatarstan with 1,640.";
    expect(locations(ranking)).toEqual([["2,310 dead", "Bashkortostan"], ["1,870", "Sverdlovsk Oblast"], ["1,640", "Tatarstan"]]);
  });

  test("a total before a colon does not take its first item's place; a whole-war toll takes no place from the sentence before", () => {
    expect(locations("Russia attacked with five missiles: three launched from the Kursk region and two from the Black Sea.")[0]).toEqual(["five missiles", null]);
    const text = "Donetsk Oblast accounted for 45 per cent of the casualties. Since February 2022, the mission has verified 12,340 civilians killed.";
    expect(locations(text)).toEqual([["45 per cent", "Donetsk Oblast"], ["12,340 civilians", null]]);
    expect(locations("127 people were evacuated from Kupiansk. In total, 8,460 residents have been taken out.")).toEqual([["127 people", "Kupiansk"], ["8,460 residents", "Kupiansk"]]);
  });

  test("a figure in a relative clause ('Toretsk, which had about 30,000 residents') is its antecedent's", () => {
    expect(locations("Toretsk, which had about 30,000 residents before the invasion, lies west of Horlivka.")[0]).toEqual(["about 30,000 residents", "Toretsk"]);
    expect(locations("Four people were wounded in Pokrovsk, which Russian forces have approached to within 7 kilometers, and in Myrnohrad.")[1]).toEqual(["within 7 kilometers", "Pokrovsk"]);
    expect(locations("The rail hub of Kupiansk in Ukraine's Kharkiv region, which has been occupied for about seven months, is threatened.")[0]).toEqual(["about seven months", "Kupiansk"]);
    expect(locations("Kupiansk district, where 12 people were wounded in Kindrashivka, was shelled.")[0]).toEqual(["12 people", "Kindrashivka"]);
  });

  test("a destination ('to Dnipro') does not displace the place a sentence opens with", () => {
    expect(locations("In Pokrovsk, the last hospital transferred its remaining 60 patients to Dnipro this week.")).toEqual([["60 patients", "Pokrovsk"]]);
    expect(locations("Rescuers took 12 people to Dnipro.")).toEqual([["12 people", "Dnipro"]]);
  });

  test("a settlement the gazetteer lacks is a place where the grammar names one, and not elsewhere", () => {
    expect(only("Zvizdalivka hromada: 14 explosions.").location).toBe("Zvizdalivka");
    expect(only("Seredyna-Budka hromada: 27 explosions.").location).toBe("Seredyna-Budka");
    expect(only("The enemy attacked 9 times near Zhovtynka and Pishchanivka.").location).toBe("Zhovtynka");
    expect(only("Troops came within 700 m of the outskirts of Petrivtsi.").location).toBe("Petrivtsi");
    expect(only("Romania sent 3 air defence systems.").location).toBeNull();
    expect(only("Three people were hurt in the town of Slavyansk-on-Kuban.").location).toBe("Slavyansk-on-Kuban");
    expect(only("A strike on Kharkiv injured 23 people, according to the Kharkiv Regional Administration.").location).toBe("Kharkiv");
    expect(only("In Kharkiv, a strike on the Saltivskyi district injured 11 residents.").location).toBe("Kharkiv");
    expect(only("Shelling in the Donetsk People's Republic wounded 3 people.").location).toBe("Donetsk Oblast");
    expect(only("Units liberated 7 settlements in the Donetsk People's Republic and the Kharkov region.").location).toBeNull();
    expect(only("36 attack UAVs were shot down over Kharkiv, Sumy, Poltava, Cherkasy and Kyiv oblasts.").location).toBeNull();
    expect(only("Troops fired 40 shells near Estonia's border.").location).toBeNull();
  });

  test("'X hromada' and 'X district' are X; Kursk means the incursion region", () => {
    expect(only("In Bilozerka hromada, Russian troops dropped 4 guided aerial bombs overnight.").location).toBe("Bilozerka");
    expect(only("Kupiansk district — killed 5").location).toBe("Kupiansk");
    expect(only("In Kursk, Ukrainian troops still hold around 230 square miles of Russian territory.").location).toBe("Kursk Oblast");
  });

  test("a river is not its city, and a sea or two places sharing a figure give no place", () => {
    expect(only("In Kherson, 127 people were evacuated from streets along the Dnipro.").location).toBe("Kherson");
    expect(only("Residents on the coastal streets along the Dnipro: 127 people left.").location).toBeNull();
    expect(only("Grain exports through the Black Sea corridor reached 5.2 million tonnes last month.").location).toBeNull();
    expect(only("- 6 drones over Kyiv oblast and the capital;").location).toBeNull();
    expect(only("Fighting intensified in the Kurakhove and Pokrovsk directions, with 40 assaults.").location).toBeNull();
    expect(only("Russian forces are 8-9 km from the Pokrovsk–Kostiantynivka highway.").location).toBeNull();
  });

  test("a line without a place takes the place of the heading above it, until a blank line", () => {
    const table = "Police of Kharkiv Oblast\n\nDamage in the Kharkiv region\nSettlements shelled: 63\nCars damaged: 74\n\nExplosive objects neutralised: 1,873";
    expect(locations(table)).toEqual([["63", "Kharkiv Oblast"], ["74", "Kharkiv Oblast"], ["1,873", null]]);
    const bullets = "As of 11:00, 54 drones have been shot down:\n- 23 drones over Kharkiv oblast;\n- 11 drones over Poltava oblast;";
    expect(locations(bullets).map(([, place]) => place)).toEqual([null, "Kharkiv Oblast", "Poltava Oblast"]);
  });

  test("'the region' resolved in one sentence is the place of the rest of its paragraph", () => {
    const post = "Shebekino in the Belgorod region was shelled.\nOver the past week, 473 drones were fired at the region. Since Monday, 1.5 thousand residents have been placed in shelters.";
    expect(extractClaims(post).map((c) => c.location)).toEqual(["Belgorod Oblast", "Belgorod Oblast"]);
  });

  test("a figure opening a sentence after a full stop starts a new sentence", () => {
    const text = "The enemy attacked 9 times near Kupiansk and Kruhliakivka. 3 combat clashes are still ongoing. No. 3 Brigade held.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "The enemy attacked 9 times near Kupiansk and Kruhliakivka.", "3 combat clashes are still ongoing.", "No. 3 Brigade held.",
    ]);
  });
});

describe("location of lists", () => {
  test("a list of oblasts closed by a plural head is no single place, for the sentence or its paragraph", () => {
    const ocha = "Hostilities continued in Donetsk, Kharkiv and Kherson oblasts. Between 1 and 27 October, HRMMU has verified 574 civilian casualties.";
    expect(extractClaims(ocha).map((c) => c.location)).toEqual([null]);
  });

  test("'Huliaipole – 97 strikes, Orikhiv – 63': each entry's place is the one before its dash, not the next entry's", () => {
    expect(locations("Huliaipole – 97 strikes, Orikhiv – 63, Mala Tokmachka – 41.")).toEqual([["97 strikes", "Huliaipole"], ["63", "Orikhiv"], ["41", "Mala Tokmachka"]]);
    // (an entry naming its own place after the figure keeps it; places named together before the dash are no one place)
    expect(locations("Kherson region – 3 killed in Beryslav.")).toEqual([["3 killed", "Beryslav"]]);
    expect(locations("Zelenivka and Naddniprianske — 8 attacks; a power line cut.")).toEqual([["8 attacks", "Zelenivka"]]);
  });
});

describe("places named by an office", () => {
  test("'Kharkiv mayor' is no place for a figure, but tells which city 'the city' is", () => {
    const text = "Russian troops attacked near Avdiivka.\n\nKharkiv mayor Ihor Terekhov said 2 people were killed in the city's Saltivskyi district.";
    expect(only(text).location).toBe("Kharkiv");
  });
});

describe("a firm named after a place", () => {
  test("'Sokil Dynamics' and later 'Sokil's revenue' are the firm's, not the village's", () => {
    const text = "Among the makers is Sokil Dynamics, a company founded in 2022. Its chief said it made 4,000 interceptors a month.\nSokil's revenue rose to 1.2 billion hryvnias.";
    expect(extractClaims(text).map((c) => c.location)).toEqual([null, null]);
  });

  test("the village alone is still a place", () => {
    expect(extractClaims("Russian troops shelled Sokil 12 times.").map((c) => c.location)).toEqual(["Sokil"]);
  });
});

describe("a total and the place with the largest share", () => {
  test("'152 combat clashes took place, the most in the Pokrovsk direction': the total has no place", () => {
    expect(extractClaims("Since the start of the day, 152 combat clashes took place, the most in the Pokrovsk direction.").map((c) => c.location)).toEqual([null]);
    const clause = "More than 2,100 combat clashes have taken place since August, and the Pokrovsk direction has accounted for 30 percent of them.";
    expect(extractClaims(clause).map((c) => [c.quote, c.location])).toEqual([["More than 2,100 combat clashes", null], ["30 percent", "Pokrovsk"]]);
  });

  test("'268 drones, mostly FPV, attacked Huliaipole' keeps its place", () => {
    expect(extractClaims("268 drones of various types, mostly FPV, attacked Huliaipole.").map((c) => c.location)).toEqual(["Huliaipole"]);
  });
});

describe("villages the gazetteer does not list", () => {
  test("'In Osoivka only 23 residents remain', 'we took 11 people out of Ryasne' are placed there", () => {
    const text = "Today we took 11 people out of Ryasne. In Osoivka only 23 residents remain.";
    expect(extractClaims(text).map((c) => [c.quote, c.location])).toEqual([["11 people", "Ryasne"], ["23 residents", "Osoivka"]]);
  });

  test("listed now: Ryasne as a starosta's village, Zhovte as a village taken, Novovoronezh as a Voronezh town", () => {
    expect(only("The starosta of Ryasne, Oleksii Demchuk, said his village had come under mortar fire 8 times since the morning.").location).toBe("Ryasne");
    expect(only("North of the reservoir, Russian units took Zhovte and advanced some 3 km west along the ravine beyond it.").location).toBe("Zhovte");
    expect(only("In Novovoronezh, roofs were damaged in 5 private houses.").location).toBe("Novovoronezh");
  });

  test("a month, a foreign capital or an outlet after 'in' is no village", () => {
    expect(extractClaims("In June 1,150 people signed up. Talks in Minsk covered 26 more cases, as reported in Ukrainska Pravda and in Suspilne.").map((c) => c.location)).toEqual([null, null]);
  });
});

describe("consequences and Russian spellings", () => {
  test("'As a result, about 3,000 residents ...' is where the strike before it hit", () => {
    const text = "In the Bryansk region, 12 fixed-wing drones attacked a substation in Klintsy. As a result, about 3,000 residents were left without electricity.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Klintsy", "Klintsy"]);
    expect(extractClaims("58 shells were fired at Kherson. As a result of Russian aggression, 12 people were injured in the region.").map((c) => c.location)).toEqual(["Kherson", "Kherson Oblast"]);
  });

  test("'Velikaya Novosyolka' is Velyka Novosilka", () => {
    expect(extractClaims("Units inflicted defeat on 2 mechanised brigades near Velikaya Novosyolka and Gulyaipole.").map((c) => c.location)).toEqual(["Velyka Novosilka"]);
  });
});

describe("urban and territorial areas", () => {
  test("'the Shebekino urban district', 'the Bilenke territorial hromada' are their towns", () => {
    expect(extractClaims("The Shebekino urban district was shelled 264 times. The Bilenke territorial hromada was shelled 12 times.").map((c) => c.location)).toEqual(["Shebekino", "Bilenke"]);
  });
});

describe("a regional head's channel", () => {
  test("its placeless figures are the region's", () => {
    const text = "Oleh Syniehubov | Олег Синєгубов · Telegram · 412K subscribers\n\n06:55 · 👁 52.9K\nThe enemy attacked with 5 KABs over the day.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Kharkiv Oblast"]);
  });
});

describe("an office named with its region", () => {
  test("'Head of Zaporizhzhia Oblast Military Administration' names an office, not the figures' place", () => {
    const text = "Russian aircraft dropped 4 bombs on the Komunarskyi district of Zaporizhzhia. Two people were killed, said Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Zaporizhzhia", "Zaporizhzhia"]);
  });
});

describe("a total and its part's place", () => {
  test("'5,370 combat clashes along the front, 1,730 of them in the Pokrovsk direction': the part is placed, the total not", () => {
    const text = "There were 5,370 combat clashes along the front in June, 1,730 of them in the Pokrovsk direction.";
    expect(extractClaims(text).map((c) => [c.quote, c.location])).toEqual([["5,370 combat clashes", null], ["1,730 of them", "Pokrovsk"]]);
    expect(extractClaims("Troops carried out more than 4,800 assaults in April, 40% of them in the Pokrovsk direction.").map((c) => c.location)).toEqual([null, "Pokrovsk"]);
  });
});

describe("a relay signed by a regional office", () => {
  test("'Kherson OVA: ...' heading a news site's relay places its placeless figures in the region", () => {
    const text = "PIVDENNYI KURIER · kurier.ks.ua\nHome › News › Region\n\nKherson OVA: Russians attacked 46 settlements over the day\n\nThe Russians hit residential quarters: 7 high-rise buildings were damaged.";
    expect(claimAt(text, "7 high-rise buildings")?.location).toBe("Kherson Oblast");
  });
});

describe("two directions named together", () => {
  test("'In the Northern Slobozhanskyi and Kursk directions, 9 combat clashes' is no one place", () => {
    expect(extractClaims("In the Northern Slobozhanskyi and Kursk directions, 9 combat clashes took place over the past day.").map((c) => c.location)).toEqual([null]);
    expect(extractClaims("In the Kursk direction, 9 combat clashes took place over the past day.").map((c) => c.location)).toEqual(["Kursk Oblast"]);
  });
});

describe("an office's area and the capital of a report about Russia", () => {
  test("'the State Emergency Service in Odesa Oblast reported' names the office's area, not the scene", () => {
    const text = "Russian drones hit a high-rise building in Odesa. The Main Directorate of the State Emergency Service in Odesa Oblast reported that 112 rescuers were at work.";
    expect(claimAt(text, "112 rescuers")?.location).toBe("Odesa");
  });

  test("'in the capital' after places in Russia is Moscow, else Kyiv", () => {
    expect(claimAt("Tatarstan pays recruits 2.3 million rubles. In the capital, the bonus reached 5.2 million rubles.", "5.2 million rubles")?.location).toBe("Moscow");
    expect(claimAt("Drones hit Odesa. In the capital, 5 people were injured.", "5 people")?.location).toBe("Kyiv");
  });
});

describe("a regional head's figure with no place", () => {
  test("'Two people were injured, Syniehubov said' is in his region; drones counted over the country stay unplaced", () => {
    expect(claimAt("Two people were injured over the day, Oleh Syniehubov said.", "Two people")?.location).toBe("Kharkiv Oblast");
    expect(claimAt("Russia launched 40 drones overnight, Oleh Syniehubov said.", "40 drones")?.location).toBeNull();
  });
});

describe("gazetteer: places batch 21 needed", () => {
  test("Volgograd is the city, the Volgograd region its oblast; Polish border places and Yelabuga are known", () => {
    const text = "A drone hit the refinery in Volgograd, where 70 firefighters worked. In the Volgograd region, 19 drones were downed. Two drones crashed near Hrubieszów. Russia makes 2,700 drones a month in Yelabuga.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Volgograd", "Volgograd Oblast", "Hrubieszów", "Yelabuga"]);
  });
});

test("Sevastopol's districts are Sevastopol", () => {
  expect(only('"6 UAVs have been shot down over the Nakhimovsky district."').location).toBe("Sevastopol");
});

test("'the X county' is X, as 'the X district' is", () => {
  expect(only("In the Hrubieszów county, 3 schools were closed.").location).toBe("Hrubieszów");
});

test("a country's drone tally takes no place from its paragraph, only from its own sentence", () => {
  const text = "Russian forces dropped bombs on Velyka Pysarivka. On the same day, the Air Force said it had shot down 112 of the 160 drones launched by Russia overnight. It said 4 drones hit Sumy.";
  expect(extractClaims(text).map((c) => [c.quote, c.location])).toEqual([["112", null], ["160 drones", null], ["4 drones", "Sumy"]]);
});

test("gazetteer: Moldovan and Estonian places drones and jamming reach", () => {
  expect(extractClaims("The first drone crashed near the village of Larga, about 4 km from the border. In Tartu, 62 flights were affected. Fragments fell near Rybnitsa, damaging 2 houses.").map((c) => c.location)).toEqual(["Larga", "Tartu", "Rîbnița"]);
});

test("gazetteer: the Romanian and Moldovan Danube bank across from Izmail", () => {
  const text = "Fragments of a drone were found in a reed field near Plauru, about 1.5 km from the border. The authorities moved 18 residents of Ceatalchioi. Fragments of 19 drones have been found in Tulcea County. Near Giurgiulesti, 2 houses were damaged.";
  expect(extractClaims(text).map((c) => c.location)).toEqual(["Plauru", "Ceatalchioi", "Tulcea County", "Giurgiulești"]);
});

test("gazetteer: refinery, port and air-base towns in Russia (their harm Ukraine's doing) and the allies' bases", () => {
  const claims = extractClaims("Drones hit 2 distillation units in Novokuibyshevsk. In Anapa, 3 people were injured. Near Fetești, 4 houses were damaged.");
  expect(claims.map((c) => [c.location, c.actor])).toEqual([["Novokuibyshevsk", "ukraine"], ["Anapa", "ukraine"], ["Fetești", "russia"]]);
});

test("a community named in English by its centre's adjective is that centre; a city's district so named is not", () => {
  const places = (text: string) => extractClaims(text).map((c) => c.location);
  expect(places("Huliaipilska community: 4 houses damaged. In the Krasnopilska territorial community, 2 houses were damaged.")).toEqual(["Huliaipole", "Krasnopillia"]);
  // (not a place the gazetteer lists under its own adjectival name, nor a city's district)
  expect(places("The Russians shelled the Bakhmutske community, damaging 3 houses.")).toEqual(["Bakhmutske"]);
  expect(places("In Dnipro's Samarskyi district, 7 private houses were damaged.")).toEqual(["Dnipro"]);
});

test("gazetteer: a name several villages share is placed, on its side's soil", () => {
  expect(extractClaims("In Nikolskoye, 2 houses were damaged. In Oleksiivka, 3 houses were damaged.").map((c) => [c.location, c.actor])).toEqual([["Nikolskoye", "ukraine"], ["Oleksiivka", "russia"]]);
  // (a name the shape reader would not place on its own, opening a line)
  expect(extractClaims("Yablunivka: 3 houses were damaged.\n\nDniprovske: 2 houses were damaged.").map((c) => c.location)).toEqual(["Yablunivka", "Dniprovske"]);
});

test("gazetteer: Belgorod border villages and the border places of Poland and Moldova", () => {
  const claims = extractClaims("In Bezlyudovka, 2 houses were damaged. Near Zosin, 3 drone fragments were found. In Slobozia Mare, 4 houses were damaged.");
  expect(claims.map((c) => [c.location, c.actor])).toEqual([["Bezlyudovka", "ukraine"], ["Zosin", "russia"], ["Slobozia Mare", "russia"]]);
});

test("a mayor's figures with no place of their own are his city's, before the page's region", () => {
  const text = "Oleh Syniehubov | Telegram\n\nKharkiv mayor Ihor Terekhov said the city was hit.\n\nAccording to Terekhov, about 150 windows were blown out in 6 buildings.";
  expect(extractClaims(text).map((c) => [c.quote, c.location])).toEqual([["about 150 windows", "Kharkiv"], ["6 buildings", "Kharkiv"]]);
});

test("a mayor the lexicon knows brings his city however the report introduced him", () => {
  const channel = "Ігор Терехов | Ihor Terekhov\nTelegram channel · 412K subscribers\n\n01:15\nThe number of injured has risen to 9.";
  expect(extractClaims(channel).map((c) => [c.quote, c.attribution, c.location])).toEqual([["9", "Ihor Terekhov", "Kharkiv"]]);
  expect(extractClaims("Borys Filatov said 14 cars were burned.").map((c) => [c.attribution, c.location])).toEqual([["Borys Filatov", "Dnipro"]]);
  // (a person the lexicon knows under another first name is someone else)
  expect(extractClaims("Mykola Filatov said 14 cars were burned.").map((c) => c.location)).toEqual([null]);
});

test("a place in a later reported clause ('... and that ...') is that clause's", () => {
  const text = "On Wednesday it claimed that its forces had liberated 9 settlements since February and that Ukraine had lost 2,100 servicemen in the Pokrovsk direction.";
  expect(extractClaims(text).map((c) => [c.quote, c.location])).toEqual([["9 settlements", null], ["2,100 servicemen", "Pokrovsk"]]);
});

test("a ceremony or a meeting where something happened keeps its place", () => {
  expect(only("A memorial ceremony in Bucha honoured the 458 civilians killed.").location).toBe("Bucha");
});

test("a mayor relays the country's drone tallies too: they take no city from him", () => {
  const text = "Kharkiv mayor Ihor Terekhov said the city was hit.\n\nAccording to Terekhov, Russia launched 90 drones overnight.";
  expect(extractClaims(text).map((c) => [c.quote, c.location])).toEqual([["90 drones", null]]);
});

test("a venue where someone spoke ('told a security forum in Kyiv') is no place for the figure", () => {
  expect(only("The commander told a security forum in Kyiv last week that 28 Russian surface ships had been disabled.").location).toBeNull();
  expect(only("Drones hit a conference hall in Kyiv, injuring 3 people.").location).toBe("Kyiv");
});

test("the one place a page's breadcrumb files it under is its home: figures with no place of their own are there", () => {
  const page = "POLTAVSHCHYNA ONLINE · poltava-online.com.ua\nHome › News › Kremenchuk\n\nMissile strike: houses damaged\n\nThe blast damaged 37 private houses and 2 schools.";
  expect(extractClaims(page).map((c) => c.location)).toEqual(["Kremenchuk", "Kremenchuk"]);
  // a breadcrumb naming two places, or none, gives no home
  expect(extractClaims(page.replace("Home › News › Kremenchuk", "Home › Kyiv › Kremenchuk")).map((c) => c.location)).toEqual([null, null]);
});

describe("a regional head's own tally of the weapons used on his region", () => {
  test("'The enemy used: ▪️16 Geran-2 attack UAVs' in Syniehubov's summary is Kharkiv Oblast's; the country's tally he relays is not", () => {
    const text = "Oleh Syniehubov: Summary of the day.\nOver the day, the occupiers attacked 21 settlements of the region.\nThe enemy used:\n▪️2 Iskander-M ballistic missiles;\n▪️16 Geran-2 attack UAVs.";
    expect(claimAt(text, "16")?.location).toBe("Kharkiv Oblast"); // the model name ends the quote
    expect(claimAt(text, "2")?.location).toBe("Kharkiv Oblast");
    const relayed = "Across Ukraine, the enemy launched 96 Shahed drones overnight, Syniehubov said.";
    expect(claimAt(relayed, "96 Shahed drones")?.location).toBeNull();
  });
});

describe("a regional administration speaking of its region", () => {
  test("'the Sumy OVA reported 126 attacks on 41 settlements of the region' is Sumy Oblast's", () => {
    const text = "That evening the Sumy OVA reported that Russian forces had carried out 126 attacks on 41 settlements of the region over the day.";
    expect(claimAt(text, "126 attacks")?.location).toBe("Sumy Oblast");
    expect(claimAt(text, "41 settlements")?.location).toBe("Sumy Oblast");
  });
});

describe("a place listed as part of a whole", () => {
  test("'about 113,100 sq km, or 18.7% of Ukraine, including Crimea' is not Crimea's", () => {
    const text = "Russia now occupies about 113,100 sq km, or 18.7% of Ukraine, including Crimea and the parts of the Donbas seized in 2014.";
    expect(claimAt(text, "about 113,100 sq km")?.location).toBeNull();
    expect(claimAt(text, "18.7%")?.location).toBeNull();
    expect(claimAt("Drones damaged 12 houses in Kupiansk, including 3 in the centre.", "12 houses")?.location).toBe("Kupiansk");
  });
});

describe("a district named by its town's adjective", () => {
  test("'the Sudzhansky district', 'the Glushkovsky district', 'the Shostkynskyi district' are their towns", () => {
    expect(claimAt("In the Sudzhansky district alone, 780 private houses were destroyed.", "780 private houses")?.location).toBe("Sudzha");
    expect(claimAt("In July the Glushkovsky district was attacked by 380 drones.", "380 drones")?.location).toBe("Glushkovo");
    expect(claimAt("Drones damaged 12 houses in the Shostkynskyi district.", "12 houses")?.location).toBe("Shostka");
  });

  test("a city's own district is the city's: 'of Volgograd', or a city named before in the sentence", () => {
    expect(claimAt("Drones hit the Krasnoarmeysky district of Volgograd, damaging 4 houses.", "4 houses")?.location).toBe("Volgograd");
    expect(claimAt("In Kryvyi Rih, debris damaged 2 private houses in the Ternivskyi district.", "2 private houses")?.location).toBe("Kryvyi Rih");
  });
});

describe("a city before a noun is the city, unless it is named like a river", () => {
  test("'in the Kharkiv strike', 'the Novoshakhtinsk plant' are the cities; 'along the Dnipro' is the river", () => {
    expect(claimAt("38 people had been injured in the Kharkiv strike, the director said.", "38 people")?.location).toBe("Kharkiv");
    expect(claimAt("The fire at the Novoshakhtinsk plant covered about 1,500 square metres.", "about 1,500 square metres")?.location).toBe("Novoshakhtinsk");
    expect(claimAt("Russian troops shelled 12 villages along the Dnipro.", "12 villages")?.location).not.toBe("Dnipro");
  });

  test("'the Kharkiv OVA' and 'the Sumy border area' are the regions", () => {
    expect(claimAt("According to the head of the Kharkiv OVA, Oleh Syniehubov, 14 private houses were damaged.", "14 private houses")?.location).toBe("Kharkiv Oblast");
    expect(claimAt("The enemy dropped 64 guided aerial bombs on the Sumy border area.", "64 guided aerial bombs")?.location).toBe("Sumy Oblast");
  });
});

describe("'the region' after cities only", () => {
  test("is the region of the city named last", () => {
    const text = "Overnight the enemy struck energy facilities in the Sumy and Shostka districts. Air defence destroyed 12 drones over the region.";
    expect(claimAt(text, "12 drones")?.location).toBe("Sumy Oblast");
  });
});

describe("'the region' in a regional head's words", () => {
  test("is his region, though the report named another region last", () => {
    const text = [
      "Serhii Lysak, head of the Dnipropetrovsk Regional Military Administration, gave his weekly video address.",
      "Fighting goes on in Donetsk Oblast, next door, he said.",
      "Police in the region have opened 48 criminal proceedings, Lysak said.",
    ].join("\n\n");
    expect(claimAt(text, "48 criminal proceedings")?.location).toBe("Dnipropetrovsk Oblast");
  });
});

describe("where a speaker went", () => {
  test("'announced during a visit to Kyiv' places none of the figures in Kyiv", () => {
    const text = "Dutch Defense Minister Ruben Brekelmans announced the package during a visit to Kyiv. The money will also buy at least 600 interceptor drones, he said.";
    expect(claimAt(text, "at least 600 interceptor drones")?.location).toBeNull();
  });
});

describe("a city district several cities share", () => {
  test("is the one of the city the report named: Mariupol's Prymorskyi district, not Odesa's", () => {
    const text = "In occupied Mariupol, the authorities have seized hundreds of flats.\n\nA resident of the Prymorskyi district said 9 of the 40 flats in her building had been put on the list.";
    expect(claimAt(text, "40 flats")?.location).toBe("Mariupol");
  });
});

describe("'the capital'", () => {
  test("is the capital last named as its government too: 'Moscow remains the most generous payer'", () => {
    expect(locations("Moscow remains the most generous payer. 5 people were hurt in the capital.")).toEqual([["5 people", "Moscow"]]);
    expect(locations("Kyiv says it shot down 40 drones. 5 people were hurt in the capital.")).toEqual([["40 drones", null], ["5 people", "Kyiv"]]);
  });
});

describe("a mayor's 'the city'", () => {
  test("is his city, not the city the report named last", () => {
    const text = "Belgorod was shelled overnight, Russian officials said.\n\nIn the evening Terekhov said the number of injured in the city had risen to 14.";
    expect(locations(text)).toEqual([["14", "Kharkiv"]]);
  });
});

describe("places listed before 'regions'", () => {
  test("are all regions: 'the Kharkiv and Sumy regions', 'the Kharkiv, Sumy and Poltava oblasts'", () => {
    const text = "Overnight the enemy launched drones from the Bryansk and Kursk regions.\n\nDamage in the city as of the morning: 3 private houses.";
    expect(locations(text)).toEqual([["3 private houses", null]]);
    expect(findPlaces(tokenize("Strikes hit the Kharkiv, Sumy and Poltava oblasts.")).map((m) => m.name)).toEqual(["Kharkiv Oblast", "Sumy Oblast", "Poltava Oblast"]);
  });
});

describe("drones in a sector's loss list", () => {
  test("are that sector's, not the country's air tally", () => {
    const text = "In the Pokrovsk direction, the occupiers attacked 47 times. Our defenders neutralised 112 occupiers; 5 vehicles, 1 tank and 22 unmanned aerial vehicles were destroyed, the General Staff said.";
    expect(locations(text).find(([q]) => q === "22 unmanned aerial vehicles")?.[1]).toBe("Pokrovsk");
  });
});

describe("a region's line narrowed by the city its next sentence opens with", () => {
  test("'Donetsk region. In Kramatorsk, a bomb hit a house. One person died': the toll is Kramatorsk's", () => {
    const text = "Donetsk region. In Kramatorsk, a guided aerial bomb hit a residential building. One person died, 7 were injured.";
    expect(locations(text)).toEqual([["One person", "Kramatorsk"], ["7", "Kramatorsk"]]);
    // (a clock time in the city's sentence is no figure of its own, under a heading line too)
    expect(locations("Kharkiv region\nIn Kharkiv, a drone hit a building at 03:15. Rescuers evacuated 27 residents.")).toEqual([["27 residents", "Kharkiv"]]);
  });
  test("not by a city sentence that gives figures of its own, nor by a city of another region", () => {
    const own = "Belgorod region. In Shebekino, 2 civilians were killed. More than 1,800 residents of the border districts remain in shelters.";
    expect(locations(own)).toEqual([["2 civilians", "Shebekino"], ["More than 1,800 residents", "Belgorod Oblast"]]);
    const elsewhere = "Donetsk region. In Kharkiv, a drone hit a warehouse. One person died.";
    expect(locations(elsewhere)).toEqual([["One person", "Donetsk Oblast"]]);
  });
});

describe("Belarus", () => {
  test("its regions are '<Name> Oblast', and Minsk speaking is its government, not a place", () => {
    expect(locations("Snap checks involve about 3,000 troops in the Vitebsk region.")).toEqual([["about 3,000 troops", "Vitebsk Oblast"]]);
    expect(locations("Minsk denies any role. The Border Committee said it had detained 11 people.")).toEqual([["11 people", null]]);
  });
  test("a meeting's city is where the speaker met someone, not the figure's place", () => {
    const text = "During our meeting in Minsk, the Russian commissioner told me that 11 children had been handed over to relatives.";
    expect(locations(text)).toEqual([["11 children", null]]);
  });
});

describe("a place named with another before a plural facility noun", () => {
  test("'the Obuz-Lesnovsky and Brest training grounds' are two places: no single one", () => {
    const text = "He said about 1,500 Russian servicemen remained at the Obuz-Lesnovsky and Brest training grounds, down from roughly 2,000 in January.";
    expect(locations(text)).toEqual([["about 1,500 Russian servicemen", null], ["roughly 2,000", null]]);
  });
});

describe("a figure aimed at the whole country", () => {
  test("'launched 472 drones at Ukraine overnight, killing 15 people in Kyiv': the drones are no Kyiv figure, the dead are", () => {
    const text = "Russia launched 472 drones at Ukraine overnight, killing at least 15 people in Kyiv.";
    expect(locations(text)).toEqual([["472 drones", null], ["at least 15 people", "Kyiv"]]);
  });
});

describe("'the refinery', 'the plant' in a story about one", () => {
  test("are at the town the report placed it in", () => {
    const text = "Drones struck the Rosneft refinery in Syzran overnight.\n\nThe fire covered around 400 square meters at the refinery, and 2 refinery workers were hospitalized.";
    expect(locations(text)).toEqual([["around 400 square meters", "Syzran"], ["2 refinery workers", "Syzran"]]);
    expect(locations("Drones struck the Rosneft refinery in Syzran.\n\nThe blast wounded 2 workers.")).toEqual([["2 workers", null]]);
  });
});

describe("places the gold README's conventions name", () => {
  test("Moscow's airports are Moscow, and two of them named together are still one place", () => {
    expect(locations("Flights at Sheremetyevo airport were suspended: 40 flights were delayed.")).toEqual([["40 flights", "Moscow"]]);
    expect(locations("Rosaviatsia restricted flights at Vnukovo and Domodedovo airports, where 40 flights were delayed.")).toEqual([["40 flights", "Moscow"]]);
  });
  test("a court's seat in its name places no figure: 'the Odesa district court sentenced 3 men'", () => {
    expect(locations("The Odesa district court sentenced 3 men.")).toEqual([["3 men", null]]);
    expect(locations("The Kharkiv court sentenced 3 men.")).toEqual([["3 men", null]]);
  });
});

describe("a direction's heading in capitals", () => {
  test("'KOSTIANTYNIVKA DIRECTION' locates its section's paragraphs across blank lines, to the next heading", () => {
    const text = "KOSTIANTYNIVKA DIRECTION\n\nThe enemy attacked 12 times.\n\nOur drones hit 4 tanks.\n\nPOKROVSK DIRECTION\n\nThe enemy attacked 20 times.";
    expect(locations(text)).toEqual([["12 times", "Kostiantynivka"], ["4 tanks", "Kostiantynivka"], ["20 times", "Pokrovsk"]]);
  });
  test("not a heading in sentence case, whose place ends at the blank line (the dev writers split on those)", () => {
    expect(locations("Kupiansk direction\n\nThe enemy attacked 3 times.")).toEqual([["3 times", null]]);
  });
});

describe("'in Russian attacks'", () => {
  test("names no country: the place before the figure still holds; 'over Russian territory' and 'in Russian captivity' still do", () => {
    expect(locations("The trauma department of Kharkiv City Hospital No. 25 has taken in more than 3,400 people wounded in Russian attacks.")).toEqual([["more than 3,400 people", "Kharkiv"]]);
    expect(locations("In Kharkiv, officials said 40 drones were shot down over Russian territory.")).toEqual([["40 drones", null]]);
  });
});

describe("a broadcast's synced quote", () => {
  test("takes its report's place: '[19:02:30] SYNC, Yaroslav, resident: ...' after the correspondent's Zaporizhzhia", () => {
    const text = "[19:01:40] CORRESPONDENT: In Zaporizhzhia, a missile hit an industrial enterprise this afternoon.\n\n[19:02:30] SYNC, Yaroslav, resident: \"The windows of 60 flats are gone.\"";
    expect(locations(text)).toEqual([["60 flats", "Zaporizhzhia"]]);
  });
  test("'Dnepropetrovsk region' in Russian spelling is Dnipropetrovsk Oblast", () => {
    expect(locations("In Dnepropetrovsk region, 3 people were injured.")).toEqual([["3 people", "Dnipropetrovsk Oblast"]]);
  });
});

describe("Russian spellings of Ukrainian places found missing on probes", () => {
  test.each([["Nikolayev", "Mykolaiv"], ["Borovaya", "Borova"], ["Glukhov", "Hlukhiv"]])("%s is %s", (spelled, canonical) => {
    expect(locations(`In ${spelled}, 3 people were injured.`)).toEqual([["3 people", canonical]]);
  });
});

describe("a clause after ', and in ...' with a place of its own", () => {
  test("ends the forward search: 'Near Konstantinovka, the group destroyed 3 depots, and in the Kupyansk direction ...'", () => {
    const text = "Near Konstantinovka, the South group of forces destroyed 3 field ammunition depots, and in the Kupyansk direction the West group took a village.";
    expect(locations(text)).toEqual([["3 field ammunition depots", "Kostiantynivka"]]);
  });
});

describe("Crimea's towns in their local spellings", () => {
  test("Feodosia is Feodosiia and Yevpatoria Yevpatoriia, as the gold README's convention writes them", () => {
    expect(locations("In Feodosia, a fire covered 2,000 square metres.")).toEqual([["2,000 square metres", "Feodosiia"]]);
    expect(locations("In Yevpatoria, 3 people were injured.")).toEqual([["3 people", "Yevpatoriia"]]);
  });
});

describe("the occupation's republics by their acronyms", () => {
  test("'In the DPR' is Donetsk Oblast, 'in the LPR' Luhansk Oblast; 'DPR head Denis Pushilin said' places nothing", () => {
    expect(locations("In the DPR, 3 civilians were killed.")).toEqual([["3 civilians", "Donetsk Oblast"]]);
    expect(locations("In the LPR, 3 civilians were killed.")).toEqual([["3 civilians", "Luhansk Oblast"]]);
    expect(locations("In Gorlovka, a drone hit a bus. Two passengers were killed, DPR head Denis Pushilin said.")).toEqual([["Two passengers", "Horlivka"]]);
  });
});

describe("Russian spellings of front-line villages", () => {
  test.each([["Krynki", "Krynky"], ["Kleshcheevka", "Klishchiivka"], ["Mirnograd", "Myrnohrad"], ["Zverevo", "Zvirove"], ["Dalnee", "Dalnie"], ["Krivoi Rog", "Kryvyi Rih"], ["Krasnograd", "Krasnohrad"], ["Yevpatoriya", "Yevpatoriia"], ["Kolisnikovka", "Kolisnykivka"], ["Kindrashovka", "Kindrashivka"]])("%s is %s", (spelled, canonical) => {
    expect(locations(`Russian forces took ${spelled}, 3 tanks were destroyed there.`)).toEqual([["3 tanks", canonical]]);
  });
});

describe("a nuclear plant named by its region", () => {
  test("is at its town (the gold README's convention): the Kursk NPP at Kurchatov, the Rivne NPP at Varash", () => {
    expect(locations("The Kursk NPP was attacked by 3 drones.")).toEqual([["3 drones", "Kurchatov"]]);
    expect(locations("The Rivne NPP reduced output by 30%.")).toEqual([["30%", "Varash"]]);
    expect(locations("In the Kursk region, 3 drones were shot down.")).toEqual([["3 drones", "Kursk Oblast"]]);
  });
});

describe("many places at once", () => {
  test("'on all directions', 'in most regions', 'in 14 regions' place a figure nowhere, whatever the paragraph's place", () => {
    expect(locations("Kharkiv region. The AFU lost up to 1,710 servicemen on all directions over the past 24 hours.")).toEqual([["up to 1,710 servicemen", null]]);
    expect(locations("Kharkiv region. In most regions, outages will last up to 4 hours.")).toEqual([["up to 4 hours", null]]);
    expect(locations("Kharkiv region. In 14 regions, 48 drones were shot down.")).toEqual([["14 regions", null], ["48 drones", null]]);
  });
});

describe("a Telegram thread's posts", () => {
  const channel = (posts: string) => `Serhii Lysak · Telegram · head of the Dnipropetrovsk Regional Military Administration\n\n${posts}`;

  test("a post under '03:12 · 👁 104K' keeps its first line's place on its next lines", () => {
    const text = channel("03:12 · 👁 104K\nDnipro. Hits recorded in the Samarskyi district.\nPreliminarily, 4 people were injured.");
    expect(locations(text)).toEqual([["4 people", "Dnipro"]]);
  });

  test("a later line leading with its own place takes it ('🔹Kupiansk district: ... in the district')", () => {
    const text = channel("07:05 · 👁 58.9K\nOver the past day, 17 settlements of the Kharkiv region came under fire.\n🔹Kupiansk district: a drone hit a house. About 15 private houses were damaged in the district.");
    expect(locations(text)).toContainEqual(["About 15 private houses", "Kupiansk"]);
  });

  test("the channel a post is forwarded from names no place: 'SES of the Kharkiv region' over 'Kharkiv. 86 rescuers ...'", () => {
    const text = channel("11:05 · 👁 58.4K\nForwarded from ДСНС Харківщини | SES of the Kharkiv region\nKharkiv. 86 rescuers worked at the sites. Rescuers saved 4 people.");
    expect(locations(text)).toEqual([["86 rescuers", "Kharkiv"], ["4 people", "Kharkiv"]]);
  });
});

describe("a share of a toll counted before", () => {
  test("'11 of the injured', 'three of them' are where the toll was, not the speaking governor's region", () => {
    const text = "Russian bombs struck Kharkiv, killing two people and injuring 19, the mayor said.\n\nGovernor Oleh Syniehubov said 11 of the injured had been hospitalized, three of them in serious condition.";
    expect(locations(text)).toEqual([["two people", "Kharkiv"], ["19", "Kharkiv"], ["11 of the injured", "Kharkiv"], ["three", "Kharkiv"]]);
  });
});

describe("Kursk the city", () => {
  test("listed with towns or called a city, 'Kursk' is the city; alone it stays the incursion's region", () => {
    expect(locations("1,873 people are living in temporary accommodation centres in Kursk, Zheleznogorsk and Kurchatov.")).toEqual([["1,873 people", "Kursk"]]);
    expect(locations("A drone hit a house in the city of Kursk, injuring 2 people.")).toEqual([["2 people", "Kursk"]]);
    expect(locations("In Kursk, Ukrainian troops still hold some 500 square kilometres.")).toEqual([["some 500 square kilometres", "Kursk Oblast"]]);
  });
});

describe("'the region' between a city and the figure", () => {
  test("'Kherson and suburbs under fire: Russians attacked the region 486 times' is the region's; 'one of the region's ports' is a description", () => {
    expect(locations("Kherson Oblast Military Administration\n\nKherson under fire: Russians attacked the region 486 times.")).toEqual([["486 times", "Kherson Oblast"]]);
    expect(locations("A missile hit a terminal in Chornomorsk, one of the region's main ports, injuring seven port workers.")).toEqual([["seven port workers", "Chornomorsk"]]);
  });
});

describe("Donbas", () => {
  test("is no place (two oblasts, like 'the east'), nor does it hide the place after it", () => {
    expect(locations("Our troops liberated two more settlements in Donbas.")).toEqual([["two more settlements", null]]);
    expect(locations("In Donbas, Russian troops advanced about 400 meters near Chasiv Yar.")).toEqual([["about 400 meters", "Chasiv Yar"]]);
  });
});

describe("a city's neighbourhoods", () => {
  test("known by name alone are the city, as its districts are: Saltivka is Kharkiv, Obolon Kyiv, Peresyp Odesa", () => {
    expect(locations("A glide bomb hit Saltivka, injuring 4 people.")).toEqual([["4 people", "Kharkiv"]]);
    expect(locations("Debris fell in Obolon, injuring 4 people.")).toEqual([["4 people", "Kyiv"]]);
    expect(locations("A drone hit a warehouse in Peresyp, injuring 4 people.")).toEqual([["4 people", "Odesa"]]);
  });
});

describe("names of three hyphenated parts", () => {
  test("'Rostov-on-Don' is read whole; 'Rossosh' is a Voronezh town", () => {
    expect(locations("A drone hit a building in Rostov-on-Don, injuring 3 people.")).toEqual([["3 people", "Rostov-on-Don"]]);
    expect(locations("In Rossosh, 3 people were injured.")).toEqual([["3 people", "Rossosh"]]);
  });
});

describe("settlements the gazetteer lacks", () => {
  test("'in the area of X' introduces one; a two-word name is read whole ('Zolotyi Kolodiaz', 'Nove Shakhove')", () => {
    expect(locations("Russian forces attacked 3 times in the area of Holubivka.")).toEqual([["3 times", "Holubivka"]]);
    expect(locations("Russian forces attacked 3 times near Zolotyi Kolodiaz.")).toEqual([["3 times", "Zolotyi Kolodiaz"]]);
    expect(locations("Russian forces attacked 3 times near Nove Shakhove.")).toEqual([["3 times", "Nove Shakhove"]]);
  });
});

describe("Russia's krais and more of its oblasts", () => {
  test("'the Krasnodar Territory' is Krasnodar Krai; the Leningrad, Novgorod, Kirov and Tyumen regions are oblasts", () => {
    expect(locations("In the Krasnodar Territory, 3 drones were shot down.")).toEqual([["3 drones", "Krasnodar Krai"]]);
    expect(locations("In the Leningrad region, 3 drones were shot down.")).toEqual([["3 drones", "Leningrad Oblast"]]);
    expect(locations("Over the Novgorod and Tver regions, 3 drones were shot down.")).toEqual([["3 drones", null]]);
  });
});

describe("a region in brackets after a town", () => {
  test("'In Kamianske (Dnipropetrovsk region), 3 people were injured' is the town's", () => {
    expect(locations("In Kamianske (Dnipropetrovsk region), 3 people were injured.")).toEqual([["3 people", "Kamianske"]]);
  });
});

describe("a place's heading in capitals", () => {
  test("'DONETSK OBLAST' over its paragraphs locates them across blank lines, to the next heading", () => {
    const text = "Daily summary\n\nDONETSK OBLAST\n\nRussian forces shelled 12 settlements.\n\n3 civilians were killed.\n\nKHARKIV OBLAST\n\n2 people were injured.";
    expect(locations(text)).toEqual([["12 settlements", "Donetsk Oblast"], ["3 civilians", "Donetsk Oblast"], ["2 people", "Kharkiv Oblast"]]);
  });
});

describe("an answer naming its own place", () => {
  test("'— Twice, both times in Saltivka. ... 400 windows' is the answer's place, not its question's", () => {
    const text = "— According to the regional health department, 94 medical facilities in Kharkiv Oblast have been damaged. Has your hospital been hit?\n\n— Twice, both times in Saltivka. In May a glide bomb blew out some 400 windows.";
    expect(locations(text)).toContainEqual(["some 400 windows", "Kharkiv"]);
  });
});

describe("the refinery's own town", () => {
  test("'the refinery' is at the town named with it, not at the last town named since", () => {
    const text = "Drone debris caused a fire at the oil refinery in the Krasnoarmeysky district of Volgograd overnight. Debris also fell in the Kotelnikovsky district, damaging 2 private houses.\n\nThe fire at one of the refinery's units covered 2,000 square metres.";
    expect(locations(text)).toContainEqual(["2,000 square metres", "Volgograd"]);
  });
});

describe("a region named by its adjective", () => {
  test("'Kharkivska oblast', 'Belgorodskaya oblast' are the oblasts; 'Kharkivska St.' in Sumy is no region", () => {
    expect(locations("In Kharkivska oblast, 3 drones were shot down.")).toEqual([["3 drones", "Kharkiv Oblast"]]);
    expect(locations("In Belgorodskaya oblast, 3 drones were shot down.")).toEqual([["3 drones", "Belgorod Oblast"]]);
    expect(locations("A drone hit a house on Kharkivska St. in Sumy, injuring 2.")).toEqual([["2", "Sumy"]]);
  });
});

describe("Russian districts named by their town's adjective", () => {
  test.each([
    ["In the Shebekinsky urban district, 3 houses were damaged.", "Shebekino"],
    ["In the Starodubsky municipal district, 3 houses were damaged.", "Starodub"],
    ["In the Klintsovsky district of the Bryansk region, 3 houses were damaged.", "Klintsy"],
    ["In the Sudzhansky district of the Kursk region, 3 houses were damaged.", "Sudzha"],
    ["In the Pokrovskyi district, 3 houses were damaged.", "Pokrovsk"],
    ["In the Synelnykivskyi district, 3 houses were damaged.", "Synelnykove"],
    ["In the Sumskyi district, 3 houses were damaged.", "Sumy"],
    ["In the Romenskyi district, 3 houses were damaged.", "Romny"],
  ])("%s", (text, town) => {
    expect(locations(text)).toEqual([["3 houses", town]]);
  });
});

describe("a hromada named by its town's adjective", () => {
  test.each([["Bilopilska", "Bilopillia"], ["Velykopysarivska", "Velyka Pysarivka"], ["Kupianska", "Kupiansk"], ["Yunakivska", "Yunakivka"], ["Marhanetska", "Marhanets"]])("the %s hromada is %s", (adjective, town) => {
    expect(locations(`In the ${adjective} hromada, 3 houses were damaged.`)).toEqual([["3 houses", town]]);
  });
});

describe("the response to a strike is at its scene", () => {
  test("rescuers, their units of equipment and the fire's area are at the city named last, not the emergency service's region", () => {
    const text =
      "A guided bomb hit a house in Kupiansk, injuring 3 people.\n\nAt the site, 46 rescuers and 12 units of equipment were working, the State Emergency Service in the Kharkiv region reported. The fire covered 350 square metres.";
    expect(locations(text)).toEqual([["3 people", "Kupiansk"], ["46 rescuers", "Kupiansk"], ["12 units of equipment", "Kupiansk"], ["350 square metres", "Kupiansk"]]);
  });
  test("a response over several regions has no one scene; a launch direction is no city of the story", () => {
    const text = "A drone hit a warehouse in Dnipro.\n\nMore than 160 rescuers were involved in the response in the three regions.";
    expect(locations(text)).toContainEqual(["More than 160 rescuers", null]);
    const launched = "Two bombs hit Kharkiv. They were dropped from the Belgorod direction.\n\nAt both sites, 46 rescuers were working.";
    expect(locations(launched)).toContainEqual(["46 rescuers", "Kharkiv"]);
  });
});

describe("places found with pages in the held-out styles", () => {
  test.each([
    ["'the Ukrainian capital' is Kyiv", "Russia launched one of its largest air attacks on the Ukrainian capital overnight, killing at least 15 people.", "at least 15 people", "Kyiv"],
    ["a descriptor's number does not stop 'In Sumy, ...' from framing the item", "Sumy Oblast. In Sumy, a drone hit the roof of a 9-storey building. Rescuers evacuated 36 residents.", "36 residents", "Sumy"],
    ["a road between two places is in neither (the figure after its second end)", "The Kurakhove–Velyka Novosilka road is within 4 km of their positions.", "within 4 km", null],
    ["a road between two places is in neither (the figure after the road)", "They are trying to reach the Pokrovsk–Kostiantynivka highway, and in places they are already within 2 kilometres of it.", "within 2 kilometres", null],
    ["a town placed in a part of its region is the town", "Russian drones struck Shostka in the north of the Sumy region overnight, killing three people.", "three people", "Shostka"],
    ["a distance from a town described in an appositive is the town's", "Kryvyi Rih, an industrial city of about 600,000 people before the war, lies some 70 kilometers (45 miles) from the front line.", "some 70 kilometers", "Kryvyi Rih"],
    ["a village in a district named after its town is the village", "The village of Kozinka in the Graivoronsky district was attacked by FPV drones nine times over the day.", "nine times", "Kozinka"],
    ["a Russian district named by its town's adjective is the town ('Krasnoyaruzhsky district' is Krasnaya Yaruga)", "Krasnoyaruzhsky district. 4 drones were shot down over the district.", "4 drones", "Krasnaya Yaruga"],
    ["'the village of X' is a place, whatever the shape of its name", "Belgorod was hit. In the village of Nikolskoye, 2 cars and a farm building were damaged.", "2 cars", "Nikolskoye"],
    ["a town measured from another is the figure's place, not the one measured from", "Khotin, about 20 km north of Sumy, was struck by FPV drones twice; two people were injured in the village.", "twice", "Khotin"],
    ["a clause contrasted with ', while in X' keeps its own place", "In Marhanets, a 43-year-old man was killed and 6 private houses were damaged, while in the Pokrov hromada 3 cars were hit.", "6 private houses", "Marhanets"],
    ["a street named after a place is no place", "Prymorskyi district. A drone struck the private sector near Fontanska Road: 3 houses were destroyed.", "3 houses", "Odesa"],
    ["a village named with its district after a comma is the village", "In Bilenke, Zaporizhzhia district, a guided bomb killed two people and injured three.", "two people", "Bilenke"],
    ["a list joined by 'and the' is at its first place", "The Russians shelled Nikopol and the Marhanets and Pokrovske hromadas 14 times with artillery.", "14 times", "Nikopol"],
    ["a heading in capitals referring back to the region holds its section across the blank line", "Police of Kharkiv Oblast weekly report\n\nThe enemy attacked the region 300 times.\n\nDAMAGED CIVILIAN OBJECTS IN THE REGION\n\nPolice recorded damage to 412 civilian objects.", "412 civilian objects", "Kharkiv Oblast"],
    ["'the hromada' is the hromada named last", "In the Synelnykove district, a guided bomb hit the Pokrovske hromada. A man was killed in Pokrovske, Bondar said.\n\n\"Nearly 40 people were evacuated from the frontline villages of the hromada today,\" she said.", "Nearly 40 people", "Pokrovske"],
    ["'the district' is the district named last", "In the Synelnykove district, a guided bomb hit the Pokrovske hromada. A man was killed in Pokrovske, Bondar said.\n\nAccording to her, the district has taken in more than 1,500 evacuees since May.", "more than 1,500 evacuees", "Synelnykove"],
    ["'the starosta district' is the starosta district, not the hromada named after it", "Vasyl Horobets, the starosta of the Kindrashivka starosta district of the Kupiansk hromada, writes every day.\n\n\"My summary of the week: 107 shellings of the starosta district.\"", "107 shellings", "Kindrashivka"],
    ["'the hromada' after another town is named is no longer the hromada named before", "Shells hit the Bilopillia hromada.\n\nVelyka Pysarivka lies 5 km from the border. About 1,400 people remain in the hromada, she said.", "About 1,400 people", "Velyka Pysarivka"],
    ["a region and 'the capital' together are two places", "In the Kyiv region and the capital, supply has been restored to 84,000 consumers overnight.", "84,000 consumers", null],
    ["a village 'of' its hromada is the village", "In Bilenke of the Kramatorsk hromada 4 houses were damaged.", "4 houses", "Bilenke"],
    ["where a place named before ', which lies' lies", "About 1,300 residents still remain in Orikhiv itself, which lies 6 km from the line of contact.", "6 km", "Orikhiv"],
    ["a distance in an appositive measures the place before it", "From its heights, artillery can reach Kostiantynivka, some 15 kilometers to the south-west, and Kramatorsk.", "some 15 kilometers", "Kostiantynivka"],
    ["... unless it names the place it is measured from", "A fire was put out in Izmail. In Reni, about 40 km upriver from Izmail, debris fell on a warehouse.", "about 40 km", "Izmail"],
    ["a grid company named after its area is no place", "In the Dnipropetrovsk region, DTEK Dnipro Grids restored power to 170,000 families overnight.", "170,000 families", "Dnipropetrovsk Oblast"],
    ["a capital struck is the city, not its government", "Russia has pounded Kyiv with drones and missiles in an overnight attack that killed at least six people.", "at least six people", "Kyiv"],
    ["a governor's channel signed in Cyrillic is his region's", "Вячеслав Гладков\n\nThe enemy attacked 27 settlements.", "27 settlements", "Belgorod Oblast"],
    ["a ship's flag state is a country, no place", "The ship, a bulker registered in Liberia, was damaged and two of its crew were injured.", "two of its crew", null],
    ["a relative clause after a village and its district is the village's", "A drone hit the village of Pishchane, Kremenchuk district, where windows were blown out in 5 houses.", "5 houses", "Pishchane"],
    ["a capital before a headline's noun is the city ('Kyiv death toll')", "09:41 BST Kyiv death toll rises to four", "four", "Kyiv"],
    ["... but a paragraph naming its own place keeps it", "Police of Kharkiv Oblast weekly report\n\nThe enemy attacked the region 300 times.\n\nTHE REGION\n\nZolochiv. The hromada came under fire. Two private houses were damaged.", "Two private houses", "Zolochiv"],
  ])("%s", (_, text, quote, place) => expect(locations(text)).toContainEqual([quote, place]));
  test("the districts of Poltava, Kryvyi Rih, Sumy and Chernihiv are their cities'", () => {
    expect(extractClaims("A missile struck Poltava overnight.\n\nThe strike damaged at least 26 cars in the city's Kyivskyi district.").map((c) => c.location)).toEqual(["Poltava"]);
    expect(extractClaims("Kryvyi Rih. An enemy drone hit an enterprise in the Dovhyntsivskyi district. 1 person was injured.").map((c) => c.location)).toEqual(["Kryvyi Rih"]);
  });
  test("a hospital's own page places its unplaced figures at its city, a regional hospital's at the region's centre", () => {
    const page = (name: string) => extractClaims(`facebook\n${name}\nHospital · 18K followers\n\nIn the hospital today: 46 doctors and 118 nurses on shift.`).map((c) => c.location);
    expect(page("Zaporizhzhia Regional Clinical Hospital")).toEqual(["Zaporizhzhia", "Zaporizhzhia"]);
    expect(page("Sumy Regional Children's Clinical Hospital")).toEqual(["Sumy", "Sumy"]);
  });
  test("city districts by their Russian spellings are their cities' ('the Kievsky district' of Odesa, Kherson's Suvorovsky district)", () => {
    expect(extractClaims("Odessa, explosions overnight.\n\nIn the Kievsky district, 37 apartment buildings were damaged.").map((c) => c.location)).toEqual(["Odesa"]);
    expect(extractClaims("Shelling of Kherson continued.\n\nIn the Suvorovsky district, 6 houses were damaged.").map((c) => c.location)).toEqual(["Kherson"]);
  });
  test("'there' under a region's heading is the town its paragraph opened with, in that region", () => {
    const text = "MYKOLAIV OBLAST\n\nNear Snihurivka, 18 manual teams have been working since February. So far they have found 1,103 explosive items there.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Snihurivka", "Snihurivka"]);
    // (a town of another region does not narrow it)
    const other = "MYKOLAIV OBLAST\n\nNear Kupiansk, 18 manual teams have been working. So far they have found 1,103 explosive items there.";
    expect(extractClaims(other).map((c) => c.location)).toEqual(["Kupiansk", "Mykolaiv Oblast"]);
  });
});

describe("places beyond Ukraine's northern and Baltic borders", () => {
  test.each([
    ["Lithuanian places are places", "Officers found 36 of the balloons within 10 km of Vilnius Airport.", "36 of the balloons", "Vilnius"],
    ["... and a Belarusian garrison town is too", "Some 200 Russian instructors are training Belarusian units at a range near Baranavichy.", "Some 200 Russian instructors", "Baranavichy"],
    ["... and a Finnish port", "The tanker was boarded about 20 kilometres off Porvoo.", "about 20 kilometres", "Porvoo"],
    ["where someone told reporters is where he spoke, not the figure's place", "Russia's shadow fleet now numbers more than 600 vessels, Rantanen told reporters in Lviv.", "more than 600 vessels", null],
    ["where a person quoted teaches is not his paragraph's place", "Grigory Sedov, a former Central Bank official who now teaches in Lviv, pointed to the deficit. He noted that the deficit had reached 3.7 trillion rubles.", "3.7 trillion rubles", null],
    ["units of equipment seen on trains are no response at a scene", "We saw 2 Russian Su-34s at Brest.\n\nOur observers saw trains carrying military equipment on Belarusian railways, with at least 140 units of equipment in total.", "at least 140 units of equipment", null],
    ["... while those of a response still are", "A drone hit a warehouse in Baranavichy.\n\nIt was extinguished by 32 personnel and 9 units of equipment.", "9 units of equipment", "Baranavichy"],
  ])("%s", (_, text, quote, place) => expect(locations(text)).toContainEqual([quote, place]));
});

describe("any figure over the whole front", () => {
  test("'more than 30 brigades along the whole front line' lies in no one place, whatever it counts", () => {
    expect(locations("In Kharkiv the minister thanked the donors. \"Czech shells went to more than 30 brigades along the whole front line,\" he said.")).toContainEqual(["more than 30 brigades", null]);
  });
});

test("a letterhead's postal address names the page's home city, unless the city is a capital where national bodies sit", () => {
  const letterhead = (address: string) => `STATE ENTERPRISE «INHULETS WATER COMPANY»\n${address} · press@inhvoda.com.ua\n\nPRESS RELEASE\n\nThe strike damaged 3 pumping stations.`;
  expect(extractClaims(letterhead("14 Vodoprovidna St., Kryvyi Rih, 50002")).map((c) => c.location)).toEqual(["Kryvyi Rih"]);
  expect(extractClaims(letterhead("5 Yerevanska Street, Kyiv, 03150")).map((c) => c.location)).toEqual([null]);
});

describe("names that hold a place but are none", () => {
  test("a Russian grouping named after a river ('Battlegroup Dnepr units') places nothing", () => {
    expect(only("Battlegroup Dnepr units inflicted losses on Ukrainian formations. The enemy lost up to 75 troops.").location).toBeNull();
    expect(only("Battlegroup Dnepr units struck near Kamenskoye in the Zaporozhye Region, where the enemy lost up to 75 troops.").location).toBe("Kamianske");
  });
  test("a road named after two places, hyphenated ('the Krasnoarmeysk-Dnepropetrovsk highway'), is in neither, nor is 'the city' after it its far end", () => {
    const text = "Russian units advanced up to 3 km west of Krasnoarmeysk and took about 4 km of the Krasnoarmeysk-Dnepropetrovsk highway. Around 1,800 civilians remain in the city.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Pokrovsk", null, "Pokrovsk"]);
  });
});

test("a hromada named by its town's adjective the gazetteer lists: 'the Mezhivska hromada' is Mezhova's", () => {
  expect(only("In the Mezhivska hromada, the blast wave smashed windows in 2 apartment buildings.").location).toBe("Mezhova");
});

describe("a list of settlements and a contrasted clause", () => {
  test("the first of a list is its place even with names the gazetteer lacks or settlement words between them", () => {
    expect(only("Novaya Tavolzhanka, Shebekino, Belyanka and Murom were attacked with 41 munitions.").location).toBe("Novaya Tavolzhanka");
    expect(only("The settlement of Krasnaya Yaruga and the village of Ilek-Penkovka were shelled with 7 munitions.").location).toBe("Krasnaya Yaruga");
    // (a district before its village is no list: the village is the place)
    expect(only("In the Graivoronsky district, the village of Kozinka was shelled 14 times.").location).toBe("Kozinka");
  });
  test("', while X ...' after a figure is a contrasted clause whose places are its own", () => {
    expect(extractClaims("The village of Kozinka was hit by 16 munitions, while Glotovo and Gora-Podol were attacked by 9 drones.").map((c) => c.location)).toEqual(["Kozinka", "Glotovo"]);
  });
});

test("the neighbours' own names for Ukrainian places ('Lwów', 'Kowel', 'Munkács', 'Kárpátalja') are those places", () => {
  expect(only("In Lwów, a drone hit a warehouse; two people were injured.").location).toBe("Lviv");
  expect(only("14,000 customers in the Kowel district were left without electricity.").location).toBe("Kovel");
  expect(only("Russia struck Munkács overnight, injuring at least 21 people.").location).toBe("Mukachevo");
  expect(only("About 4,000 men from Kárpátalja have been mobilised.").location).toBe("Zakarpattia Oblast");
});

test("rescuers killed since the war began are no response at the last scene: no place", () => {
  const page = "In Nikopol, 40 rescuers put out a fire at a warehouse after shelling.\n\nSince 24 February 2022, 102 rescuers have been killed while performing their duties.";
  expect(extractClaims(page).map((c) => c.location)).toEqual(["Nikopol", null]);
});

describe("a surname that is also a village's name", () => {
  test("'Our correspondent Dmytro Sokil', 'CORRESPONDENT (DMYTRO SOKIL):' place nothing at Sokil", () => {
    const text = "Kyiv Post\n\nOur correspondent Dmytro Sokil is in Druzhkivka. Dmytro Sokil said 3 people were hurt.\n\nCORRESPONDENT (DMYTRO SOKIL): The city was hit by 5 guided aerial bombs.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Druzhkivka", "Druzhkivka"]);
  });
});

describe("a quotation's paragraphs", () => {
  test("a quotation's next paragraph keeps its place unless a place opens it ('Nikopol district. ...', 'In the Kupiansk direction, ...')", () => {
    const post = 'Kyiv Post\n\n"Dnipro. In the evening a missile hit an industrial enterprise. 2 people were killed.\n\nNikopol district. The aggressor hit Nikopol and Marhanets more than 20 times. A woman was killed in Nikopol. 4 people were injured."';
    expect(extractClaims(post).map((c) => c.location)).toEqual(["Dnipro", "Nikopol", "Nikopol"]);
    const update = 'Kyiv Post\n\n"In the Pokrovsk direction, the enemy attacked 41 times.\n\n"In the Kupiansk direction, Ukrainian troops repelled 6 enemy attacks."';
    expect(extractClaims(update).map((c) => c.location)).toEqual(["Pokrovsk", "Kupiansk"]);
  });
});

describe("a clause of another event after ', as'", () => {
  test("'..., as Russia's Defense Ministry claimed another village in the Donetsk region' places nothing of the clause before it", () => {
    const text = "Russian glide bombs pounded the city of Zaporizhzhia overnight, killing four people, the regional governor said, as Russia's Defense Ministry claimed another village in the eastern Donetsk region.";
    expect(extractClaims(text).map((c) => c.location)).toEqual(["Zaporizhzhia"]);
  });
});

describe("a region's line naming the city struck in it", () => {
  test("'In the Lviv region, ... had hit ... residential areas of Lviv.' sets Lviv as the scene of the lines after it; a district does not", () => {
    const city = "Kyiv Post\n\nIn the Lviv region, Governor Maksym Kozytskyi said a missile and drones had hit an industrial facility and residential areas of Lviv. Three people were injured, he said.";
    expect(extractClaims(city).map((c) => c.location)).toEqual(["Lviv"]);
    const district = "Kyiv Post\n\nIn the Chernihiv region, a drone hit an industrial enterprise in the Novhorod-Siverskyi district overnight. About 3,400 households were left without power, the governor said.";
    expect(extractClaims(district).map((c) => c.location)).toEqual(["Chernihiv Oblast"]);
  });
});

describe("a heading in capitals whose stops part its phrases", () => {
  test("'RESULTS OF JUNE. TORETSK DIRECTION' places its section, as 'TORETSK DIRECTION' does", () => {
    const post = (heading: string) => `93rd Brigade\n1 July at 18:40\n\n${heading}\n\nThe units repelled 143 enemy assaults.`;
    expect(extractClaims(post("RESULTS OF JUNE. TORETSK DIRECTION"))[0].location).toBe("Toretsk");
    // (of its phrases, the direction's: "... IN DONETSK REGION. TORETSK DIRECTION")
    expect(extractClaims(post("RESULTS OF JUNE IN DONETSK REGION. TORETSK DIRECTION"))[0].location).toBe("Toretsk");
    // (not a line in ordinary case: "Results of June. Toretsk direction" is a sentence pair, not a heading)
    expect(extractClaims(post("Results of June. Toretsk direction"))[0].location).toBeNull();
  });
});

describe("a distance in the commas after the place that opens the sentence", () => {
  test("describes where the place lies: no one's figure, not the speaker's before it", () => {
    const text = "Kyiv Post\n\nGladkov said 5 people were injured. Shebekino, about 6 km from the Ukrainian border, had a pre-war population of about 40,000.";
    expect(extractClaims(text).find((c) => c.quote === "about 6 km")?.attribution).toBeNull();
    const here = "Kyiv Post\n\nUkrainian officials said 42 drones were shot down. Here in Druzhkivka, some 14 kilometres from the front, the shelling is heard all day.";
    expect(extractClaims(here).find((c) => c.quote === "some 14 kilometres")?.attribution).toBeNull();
    // (nor any side's doing: the distance of a town from the front is no advance)
    expect(extractClaims("Kyiv Post\n\nIn Melitopol, about 70 km from the front line, Serhiy works as a loader.")[0].actor).toBeNull();
  });
  test("a count of people from somewhere after the opening place keeps its side: only a distance is geography", () => {
    expect(extractClaims("Kyiv Post\n\nIn Kharkiv, 5 people from the Saltivka district were injured in the strike.")[0].actor).toBe("russia");
  });
  test("not troops' distance after a place the sentence does not open with", () => {
    const text = "Kyiv Post\n\nRussian troops advanced near Pokrovsk, about 3 km from the city, the General Staff said.";
    expect(extractClaims(text).find((c) => c.quote === "about 3 km")?.attribution).toBe("Ukrainian General Staff");
  });
});
