import { only, quotes } from "./helpers";
import { extractClaims } from "@/lib/claims/extract";

const categories = (text: string) => extractClaims(text).map((c) => [c.quote, c.category]);
const placed = (text: string) => extractClaims(text).map((c) => [c.quote, c.category, c.location]);

describe("categories from the counted noun and its verb", () => {
  test("an energy or water system's units, lines and sections, and balconies and hangars, hit or repaired are infrastructure", () => {
    expect(categories("At thermal power plants, 3 power units suffered serious damage. Two substations and 11 overhead lines were damaged.")).toEqual([
      ["3 power units", "infrastructure"], ["Two substations", "infrastructure"], ["11 overhead lines", "infrastructure"],
    ]);
    expect(categories("Chernihivoblenergo said 3 high-voltage lines were damaged.")).toEqual([["3 high-voltage lines", "infrastructure"]]);
    expect(categories("It destroyed 2 pump units; 1,186 windows were broken and 44 balconies damaged; two hangars lost their roofs.")).toEqual([
      ["2 pump units", "infrastructure"], ["1,186 windows", "infrastructure"], ["44 balconies", "infrastructure"], ["two hangars", "infrastructure"],
    ]);
  });

  test("windows, pipelines, roads, depots and storage tanks are infrastructure; civilian ships struck too, warships not", () => {
    expect(categories("The blast smashed about 400 windows and cut 2 gas pipelines; 3 field ammunition depots and 3 storage tanks burned.")).toEqual([
      ["about 400 windows", "infrastructure"], ["2 gas pipelines", "infrastructure"], ["3 field ammunition depots", "infrastructure"], ["3 storage tanks", "infrastructure"],
    ]);
    expect(categories("More than 4,100 vessels have sailed through the corridor; the Navy counted 28 Russian surface ships.")).toEqual([
      ["More than 4,100 vessels", "other"], ["28 Russian surface ships", "equipment"],
    ]);
  });

  test("', N of them ...': a share of the count just given is of that count, unless it says its own toll", () => {
    expect(categories("The strike killed 9 people. Another 61 people were injured, 11 of them children.")).toEqual([
      ["9 people", "killed"], ["Another 61 people", "injured"], ["11 of them children", "injured"],
    ]);
    expect(categories("Air defences shot down 38 Ukrainian drones over Russian regions overnight, 12 of them over the Kursk region.")).toEqual([
      ["38 Ukrainian drones", "drones"], ["12 of them", "drones"],
    ]);
    expect(categories("168 occupiers were neutralised, 97 of them irretrievably.")[1]).toEqual(["97", "killed"]);
  });

  test("districts attacked and locations hit are places counted, and criminal proceedings opened are no attacks", () => {
    expect(categories("Ukrainian drones attacked four districts of Belgorod region over the day.")).toEqual([["four districts", "other"]]);
    const police = "Investigators documented the consequences of 24 Russian attacks over the day and opened 17 criminal proceedings.";
    expect(categories(police)).toEqual([["24 Russian attacks", "attacks"], ["17 criminal proceedings", "other"]]);
    expect(categories("Hits by missiles and attack drones were recorded at 11 locations in 5 regions.")).toEqual([["11 locations", "other"], ["5 regions", "other"]]);
  });

  test("a family whose name in capitals ends in its s counts that weapon ('destroyed 11 HIMARS', 'six ATACMS')", () => {
    expect(categories("Over the week they destroyed 11 HIMARS near Kursk.")).toEqual([["11 HIMARS", "equipment"]]);
    expect(categories("Air defence shot down six ATACMS over the Bryansk region.")).toEqual([["six ATACMS", "missiles"]]);
  });

  test("captives put to death are the dead ('shot 3 unarmed Ukrainian prisoners of war', 'the executions of 273 POWs')", () => {
    expect(categories("Russian servicemen shot 3 unarmed Ukrainian prisoners of war near Pokrovsk.")).toEqual([["3 unarmed Ukrainian prisoners", "killed"]]);
    expect(categories("Prosecutors are investigating the executions of 273 Ukrainian POWs.")).toEqual([["273 Ukrainian POWs", "killed"]]);
    expect(categories("Russian servicemen took 3 Ukrainian prisoners of war near Pokrovsk.")).toEqual([["3 Ukrainian prisoners", "captured"]]);
  });

  test("people listed after a toll's colon are of the toll ('Four people were injured: two men aged 39 and 64, ...')", () => {
    expect(categories("Four people were injured in Nikopol: two men aged 39 and 64, a 47-year-old woman and a 15-year-old girl.")).toEqual([["Four people", "injured"], ["two men", "injured"]]);
    expect(categories("Four people were injured in Nikopol; two men cleared the rubble.")).toEqual([["Four people", "injured"], ["two men", "personnel"]]);
    expect(categories("Four people were injured, the mayor wrote: two men cleared the rubble.")).toEqual([["Four people", "injured"], ["two men", "personnel"]]);
  });

  test("a figure after a colon breaks down the count closing the line before it, not the line's first noun", () => {
    expect(categories("Air defense systems destroyed 81 Ukrainian unmanned aerial vehicles: 34 over the Bryansk region.")).toEqual([["81 Ukrainian unmanned aerial vehicles", "drones"], ["34", "drones"]]);
    // (not the regions the count fell over)
    expect(categories("Air defence destroyed 83 UAVs over 9 regions: 31 over the Bryansk region.")).toEqual([["83 UAVs", "drones"], ["9 regions", "other"], ["31", "drones"]]);
    // (a time word may close the count: "... aircraft-type drones overnight: 19 over ..."; not when the label has two counts)
    expect(categories("Air defences destroyed 47 Ukrainian aircraft-type drones overnight: 19 over the Belgorod Region.").map(([, category]) => category)).toEqual(["drones", "drones"]);
    expect(categories("Russia attacked Ukraine with 145 drones and 4 missiles overnight: 79 downed.").map(([, category]) => category)).toEqual(["drones", "missiles", "drones"]);
  });

  test("a headline's present 'wound 11' counts the injured, as 'kill 4' the dead", () => {
    expect(categories("Russian strikes kill 4, wound 11 in Kostiantynivka")).toEqual([["4", "killed"], ["11", "injured"]]);
  });

  test("ambulances, buses and trucks handed over or put to work are equipment; struck, they are infrastructure", () => {
    expect(categories("With partners, WHO handed over 128 ambulances to the Ministry of Health.")).toEqual([["128 ambulances", "equipment"]]);
    expect(categories("Drinking water is being delivered by 9 water trucks.")).toEqual([["9 water trucks", "equipment"]]);
    expect(categories("Volunteers have handed 5 ambulances and 2 evacuation buses to the hospital.")).toEqual([["5 ambulances", "equipment"], ["2 evacuation buses", "equipment"]]);
    expect(categories("Aid convoys delivered food; 3 ambulances were damaged by a drone.")).toEqual([["3 ambulances", "infrastructure"]]);
    // (harm in a later clause is not theirs; "given" is no giving)
    expect(categories("WHO handed over 20 ambulances to replace those destroyed in Russian strikes.")).toEqual([["20 ambulances", "equipment"]]);
    expect(categories("Given the constant shelling, only 12 buses still run.")).toEqual([["12 buses", "infrastructure"]]);
  });

  test("machinery at work is equipment; machinery a strike destroyed is infrastructure", () => {
    expect(categories("120 utility workers with 35 units of machinery are clearing debris.")).toEqual([["120 utility workers", "personnel"], ["35 units of machinery", "equipment"]]);
    expect(categories("The blast destroyed a warehouse and 3 units of agricultural machinery.")).toEqual([["3 units of agricultural machinery", "infrastructure"]]);
    // (a response after an attack, and an army's machinery destroyed, are equipment)
    expect(categories("After the Russian attack, 120 rescuers and 35 units of machinery were involved.")[1]).toEqual(["35 units of machinery", "equipment"]);
    expect(categories("Drone crews destroyed 14 units of enemy machinery.")).toEqual([["14 units of enemy machinery", "equipment"]]);
  });

  test("people on a sanctions list are other, as its vessels and firms are; people counted elsewhere stay people", () => {
    expect(categories("The Council imposed sanctions on 55 legal entities and 12 individuals.")).toEqual([["55 legal entities", "other"], ["12 individuals", "other"]]);
    expect(categories("EU restrictive measures now apply to more than 2,500 individuals and entities.")[0][1]).toBe("other");
    expect(categories("The hotline took calls from 300 individuals.")).toEqual([["300 individuals", "people"]]);
    // (a frost's freeze, a court that sanctioned an arrest, a sanctioned plant's staff are no list)
    expect(categories("With the freeze approaching, 150,000 households still have no heating.")).toEqual([["150,000 households", "people"]]);
    expect(categories("The court sanctioned the arrest of 3 suspects.")).toEqual([["3 suspects", "people"]]);
    expect(categories("The sanctioned plant employs 640 people.")).toEqual([["640 people", "personnel"]]);
  });

  test("firearms, small arms and Humvees are equipment", () => {
    expect(categories("Officers seized 14 firearms. The package includes about 80 Humvees and more than 1,000 small arms.")).toEqual([
      ["14 firearms", "equipment"], ["about 80 Humvees", "equipment"], ["more than 1,000 small arms", "equipment"],
    ]);
  });

  test("trucks are civilian infrastructure unless the sentence is about an army", () => {
    expect(categories("A port warehouse and 2 trucks burned down in the Izmail district.")).toEqual([["2 trucks", "infrastructure"]]);
    expect(categories("Ukrainian drones destroyed 5 Russian trucks near Pokrovsk.")).toEqual([["5 Russian trucks", "equipment"]]);
  });

  test("trains that run late or carry evacuees and generators handed out are other", () => {
    expect(categories("In total, 62 trains ran late during the week; UZ ran 5 evacuation trains from Sumy.")).toEqual([["62 trains", "other"], ["5 evacuation trains", "other"]]);
    expect(categories("The state has distributed 1,200 generators to hromadas since October.")).toEqual([["1,200 generators", "other"]]);
  });

  test("civilian ships counted as traffic or listed for sanctions are other; struck, they are infrastructure", () => {
    expect(categories("With this decision, the Council lists 192 additional vessels.")).toEqual([["192 additional vessels", "other"]]);
    expect(categories("Russian drones damaged 2 civilian vessels in the port of Izmail.")).toEqual([["2 civilian vessels", "infrastructure"]]);
  });

  test("killed and wounded together are casualties; attacks with drones are drones; EW stations, fire engines, airplanes are equipment", () => {
    expect(categories("Units killed and wounded 247 Russian invaders. Russia has suffered about 700,000 killed and wounded.")).toEqual([
      ["247 Russian invaders", "casualties"], ["about 700,000 killed", "casualties"],
    ]);
    expect(categories("The enemy made 347 attacks with drones and shelled the town 20 times.")).toEqual([["347 attacks", "drones"], ["20 times", "attacks"]]);
    expect(categories("They destroyed 2 electronic warfare stations, 3 fire engines and 662 airplanes.")).toEqual([
      ["2 electronic warfare stations", "equipment"], ["3 fire engines", "equipment"], ["662 airplanes", "equipment"],
    ]);
  });

  test("personnel in a list headed by 'losses' are losses; troops elsewhere stay personnel", () => {
    const list = "Total combat losses of the enemy from February 24, 2022 to December 18, 2024:\n\npersonnel – about 773,290 (+1,560) persons;\n\nSome 2,000 troops are stationed there.";
    expect(categories(list)).toEqual([["about 773,290", "casualties"], ["+1,560", "casualties"], ["Some 2,000 troops", "personnel"]]);
  });

  test("people coming out of captivity, or still held, are prisoners: 'freed', 'from captivity', an exchange", () => {
    expect(categories("Ukraine has brought home 185 of its citizens from Russian captivity: 157 servicemen and 28 civilians.")).toEqual([
      ["185 of its citizens", "captured"], ["157 servicemen", "captured"], ["28 civilians", "captured"],
    ]);
    expect(categories("With this exchange, 6,042 Ukrainians have been freed since 2022. He said 3 of the freed men were listed as missing.")).toEqual([
      ["6,042 Ukrainians", "captured"], ["3 of the freed men", "captured"],
    ]);
    // (an exchange of fire is fighting; people freed from rubble were rescued; an exchange rate is money)
    expect(categories("In an exchange of fire near the village, 12 soldiers were stationed.")).toEqual([["12 soldiers", "personnel"]]);
    expect(categories("Troops exchanged fire near Robotyne, where 40 soldiers were stationed.")).toEqual([["40 soldiers", "personnel"]]);
    expect(categories("Rescuers freed 3 people from the rubble.")).toEqual([["3 people", "people"]]);
    expect(categories("At the current exchange rate, 2,000 employees earn little.")).toEqual([["2,000 employees", "people"]]);
  });

  test("those who laid down their arms, were taken prisoner, returned from captivity or received in return are prisoners", () => {
    expect(categories("17 Ukrainian servicemen laid down their arms and surrendered near Sudzha.")).toEqual([["17 Ukrainian servicemen", "captured"]]);
    expect(categories("Up to 25 AFU servicemen were taken prisoner near Novenkoye.")).toEqual([["Up to 25 AFU servicemen", "captured"]]);
    expect(categories("It confirmed the capture of two North Korean soldiers by Ukrainian forces.")).toEqual([["two North Korean soldiers", "captured"]]);
    expect(categories('The ministry said 185 Russian servicemen had been returned "from territory controlled by the Kyiv regime".')).toEqual([["185 Russian servicemen", "captured"]]);
    expect(categories("Moscow said it received 25 servicemen in return.")).toEqual([["25 servicemen", "captured"]]);
    // (soldiers back from the front, troops sent for a capture or for something in return, troops urged to give up, are not
    // prisoners)
    expect(categories("40 soldiers returned from the front.")).toEqual([["40 soldiers", "personnel"]]);
    expect(categories("Russia has massed 50,000 troops for the capture of Pokrovsk.")).toEqual([["50,000 troops", "personnel"]]);
    expect(categories("North Korea sent 11,000 troops to Russia and got missile technology in return.")).toEqual([["11,000 troops", "personnel"]]);
    expect(categories("The command urged 3,000 encircled troops to lay down their arms.")).toEqual([["3,000 encircled troops", "personnel"]]);
  });

  test("people listed after 'including' share the toll they are part of; a list with a verb of its own does not", () => {
    expect(categories("A missile attack killed five people, including a nurse and two patients, and injured 38 others.")).toEqual([
      ["five people", "killed"], ["two patients", "killed"], ["38 others", "injured"],
    ]);
    expect(categories("She said 38 people had been injured, including 9 medical workers and 4 children.")).toEqual([
      ["38 people", "injured"], ["9 medical workers", "injured"], ["4 children", "injured"],
    ]);
    expect(categories("The strike killed 5 people, including 2 children, and evacuated 30 residents.")[2]).toEqual(["30 residents", "people"]);
  });

  test("newborns, survivors and witnesses are people; Kalibrs are missiles", () => {
    expect(categories("Staff moved 23 newborns and spoke to 11 survivors. Russia fired 6 Kalibrs.")).toEqual([["23 newborns", "people"], ["11 survivors", "people"], ["6 Kalibrs", "missiles"]]);
  });

  test("'the fallen' are the dead; locomotives and carriages are infrastructure; a calibre with a hyphen is no count", () => {
    expect(categories("Ukraine received the bodies of more than 7,000 fallen.")).toEqual([["more than 7,000 fallen", "killed"]]);
    expect(categories("Strikes damaged 17 locomotives and 40 carriages.")).toEqual([["17 locomotives", "infrastructure"], ["40 carriages", "infrastructure"]]);
    expect(categories("The plant delivered 46,000 120-mm mortar rounds.")).toEqual([["46,000", "equipment"]]);
  });

  test("men, workers and engineers are personnel unless a verb makes them casualties", () => {
    expect(categories("They attack in groups of 5 to 7 men. More than 1,500 power engineers are at work. Two workers were killed.")).toEqual([
      ["5 to 7 men", "personnel"], ["More than 1,500 power engineers", "personnel"], ["Two workers", "killed"],
    ]);
  });

  test("rescue crews are personnel unless killed or injured; power plants, transformers and buses are infrastructure", () => {
    expect(categories("More than 150 rescuers and 41 repair crews were involved. Two rescuers were killed.")).toEqual([
      ["More than 150 rescuers", "personnel"], ["41 repair crews", "personnel"], ["Two rescuers", "killed"],
    ]);
    expect(categories("The strike hit two thermal power plants and one autotransformer; about 30 buses burned.")).toEqual([
      ["two thermal power plants", "infrastructure"], ["one autotransformer", "infrastructure"], ["about 30 buses", "infrastructure"],
    ]);
  });

  test("a rising toll is a count: 'the death toll has risen to 5', 'the number of injured rises to 9', 'have now been killed'", () => {
    expect(categories("The death toll in Zaporizhzhia has risen to 5.")).toEqual([["5", "killed"]]);
    expect(categories("Dnipro strike: death toll rises to 9, over 40 injured.")).toEqual([["9", "killed"], ["over 40 injured", "injured"]]);
    expect(categories("The number of injured has risen to 9.")).toEqual([["9", "injured"]]);
    expect(categories("Updated at 08:40: 6 people have now been killed.")).toEqual([["6 people", "killed"]]);
  });

  test("a falling count is one too, through 'to' only ('has fallen to around 1,150', not 'debris fell at three more'), its side's word its own", () => {
    expect(only("The number of Russian soldiers killed or wounded has fallen to around 1,150 over the past week.")).toMatchObject({ quote: "around 1,150", category: "casualties", actor: "russia" });
    expect(categories("Debris from downed drones fell at three more.")).toEqual([]);
  });

  test("'average' as the verb links its noun to the figure: 'Russian casualties average 1,150 a day'", () => {
    expect(categories("Russian casualties average 1,150 a day, UK intelligence says")).toEqual([["1,150", "casualties"]]);
  });

  test("subscribers without power are people; a capitalised word before a number and a plural noun is no model", () => {
    expect(categories("About 12,000 subscribers were left without power.")).toEqual([["About 12,000 subscribers", "people"]]);
    expect(categories("Over Kharkiv 3 drones were shot down.")).toEqual([["3 drones", "drones"]]);
  });

  test("civilian ships are infrastructure like civilian cars; warships are equipment", () => {
    expect(categories("Drones damaged 3 civilian vessels and 2 cargo ships; a Ukrainian drone hit 2 Russian warships.")).toEqual([
      ["3 civilian vessels", "infrastructure"], ["2 cargo ships", "infrastructure"], ["2 Russian warships", "equipment"],
    ]);
  });

  test("'one of them was hospitalised' counts; a total raised 'to N' far from its verb is still the total", () => {
    expect(categories("Three residents were injured; one of them was hospitalised.")).toEqual([["Three residents", "injured"], ["one", "injured"]]);
    expect(categories("The General Staff raised total Russian losses since the start of the invasion to 857,430.")).toEqual([["857,430", "casualties"]]);
  });

  test("'N more' goes on with the count before it whatever follows ('11,000 troops ..., and that at least 3,000 more could follow')", () => {
    expect(categories("Intelligence says some 11,000 North Korean troops are in the Kursk region, and that at least 3,000 more could follow.")).toEqual([["some 11,000 North Korean troops", "personnel"], ["at least 3,000 more", "personnel"]]);
    expect(categories("He said 1,240 residents had been relocated, and that about 600 more have applied for relocation.")).toEqual([["1,240 residents", "people"], ["about 600 more", "people"]]);
  });

  test("'the injury of N' counts the injured, after a death toll too ('the deaths of 14,100 civilians ... and the injury of 36,400 more')", () => {
    expect(categories("The mission verified the injuries of 120 civilians.")).toEqual([["120 civilians", "injured"]]);
    expect(categories("The mission verified the deaths of 14,100 civilians and the injury of 36,400 more since 2022.")).toEqual([["14,100 civilians", "killed"], ["36,400 more", "injured"]]);
  });

  test("points a city runs for people are a service, points a strike hit are infrastructure ('opened 9 heating points', 'hit 9 aid distribution points')", () => {
    expect(categories("The city has opened 9 heating points and 14 transit points.")).toEqual([["9 heating points", "other"], ["14 transit points", "other"]]);
    expect(categories("Drones struck 12 buses and hit 9 humanitarian aid distribution points.")).toEqual([["12 buses", "infrastructure"], ["9 humanitarian aid distribution points", "infrastructure"]]);
    expect(categories("Blasts damaged 14 sections of gas pipelines and 2 gas distribution points.")[1]).toEqual(["2 gas distribution points", "infrastructure"]);
    // (other points are no count: "three points" of an argument)
    expect(categories("He made three points about the front.")).toEqual([]);
    // (a strike in a clause before, set off by a comma, hit something else)
    expect(categories("After Russian drones hit the substation, the city opened 12 Invincibility Points.")).toEqual([["12 Invincibility Points", "other"]]);
  });

  test("a night's span of days between a count and its share is no figure ('on the night of June 18 to 19 ... downed 61 of them')", () => {
    expect(categories("Russia launched 88 drones on the night of June 18 to 19, and air defence downed 61 of them.")).toEqual([["88 drones", "drones"], ["61 of them", "drones"]]);
    expect(categories("Russia launched 88 drones on the night of 18 to 19 June, and air defence downed 61 of them.")).toEqual([["88 drones", "drones"], ["61 of them", "drones"]]);
  });

  test("'seven of them' counts the plural the pronoun stands for, when no count came before", () => {
    expect(categories("The region was attacked with drones, and seven of them were shot down.")).toEqual([["seven of them", "drones"]]);
    expect(categories("The enemy launched missiles at the city; two of them hit a school.")).toEqual([["two of them", "missiles"]]);
  });

  test("a passive kill verb before a figure is not its verb: 'were killed, the police said - 14 officers were sent'", () => {
    expect(categories("Two people were killed, the police said - 14 officers were sent to the scene.")).toEqual([["Two people", "killed"], ["14 officers", "personnel"]]);
    expect(categories("Ukrainian forces destroyed 2 boats and 23 Russian servicemen.")[1]).toEqual(["23 Russian servicemen", "killed"]);
    // (a passive's troops with no verb of their own are still the dead it names)
    expect(categories("Over the past day, the following were destroyed: 45 occupiers and 3 tanks.")[0]).toEqual(["45 occupiers", "killed"]);
    expect(categories("The brigade said 2 tanks were destroyed along with 23 Russian servicemen.")[1]).toEqual(["23 Russian servicemen", "killed"]);
  });

  test("the toll's people listed after a dash, or by their ages after a comma, share the toll", () => {
    expect(categories("In Zaporizhzhia, 3 civilians were killed – a 64-year-old woman and two men aged 39 and 58.")).toEqual([["3 civilians", "killed"], ["two men", "killed"]]);
    expect(categories("Four people died on the spot, three women aged 34, 58 and 71 and a 66-year-old man.")).toEqual([["Four people", "killed"], ["three women", "killed"]]);
    expect(categories("Three people were injured - two women and a child.")).toEqual([["Three people", "injured"], ["two women", "injured"]]);
    // (not people with a verb of their own, before or after them)
    expect(categories("Two people were killed, and 120 residents aged over 60 were evacuated.")[1]).toEqual(["120 residents", "people"]);
    expect(categories("Three people were killed, and rescuers pulled two women aged 45 and 70 from the rubble.")[1]).toEqual(["two women", "people"]);
    expect(categories("Two civilians were killed in the strike — 15 rescuers were involved in the response.")[1]).toEqual(["15 rescuers", "personnel"]);
    // (not people after a dash past the toll's own clause)
    expect(categories("Three people were injured, the mayor said – two women came to help.")[1]).toEqual(["two women", "people"]);
  });

  test("the hurt by what befell them: a severity adverb, 'known to have been', hit by shrapnel, operated on, medical help, among those injured", () => {
    expect(categories("Two of our drivers were lightly injured by an FPV drone.")).toEqual([["Two of our drivers", "injured"]]);
    expect(categories("9 people are known to have been injured, including a girl.")).toEqual([["9 people", "injured"]]);
    expect(categories("Two more residents were hit by shrapnel near their homes.")).toEqual([["Two more residents", "injured"]]);
    expect(categories("Another 3 people received medical help on the spot.")).toEqual([["Another 3 people", "injured"]]);
    expect(categories("11 patients were operated on overnight. We operated on 9 people before midnight.")).toEqual([["11 patients", "injured"], ["9 people", "injured"]]);
    expect(categories("Among those injured in the city are two children, aged 7 and 15.")).toEqual([["two children", "injured"]]);
    // (things hit by debris are still damage, not the hurt, even things the lexicon does not know; care away from a scene is no harm)
    expect(categories("Two of our cars were hit by debris.")).toEqual([["Two of our cars", "infrastructure"]]);
    expect(categories("Three greenhouses were hit by debris in the village.")).toEqual([["Three greenhouses", "other"]]);
    expect(categories("About 2,000 evacuees received medical assistance at the humanitarian hub.")).toEqual([["About 2,000 evacuees", "people"]]);
  });

  test("a toll's verb after a long appositive, after the ages it lists, and after the noun's own phrase before it", () => {
    expect(categories("Two civilians, among them a 16-year-old girl, were wounded in Gorlovka.")).toEqual([["Two civilians", "injured"]]);
    expect(categories("Two people, a man, 63, and a woman, 58, were hospitalised.")).toEqual([["Two people", "injured"]]);
    expect(categories("Two residents of Tetkino, a man, 61, and a woman, 57, were wounded by shrapnel.")).toEqual([["Two residents", "injured"]]);
    expect(categories("Two more residents of the village, aged 38 and 70, were wounded.")).toEqual([["Two more residents", "injured"]]);
    // (the noun's own phrase runs to its verb, not past it: the appositive after the verb is no subject's)
    expect(categories("Another three residents of the village were wounded, one of them a 12-year-old girl.")[0]).toEqual(["Another three residents", "injured"]);
  });

  test("a toll's verb after people counted with the figure's own: 'N journalists and media workers have been killed'", () => {
    expect(categories("Since 2022, 31 Ukrainian and foreign journalists and media workers have been killed.")).toEqual([["31 Ukrainian and foreign journalists", "killed"]]);
    expect(categories("Nine health workers and patients were killed.")).toEqual([["Nine health workers", "killed"]]);
    expect(categories("4 soldiers and 3 civilians were killed in the strike.")).toEqual([["4 soldiers", "killed"], ["3 civilians", "killed"]]);
  });

  test("a toll's verb after one more person named with the figure's people: 'Two men and a woman were killed'", () => {
    expect(categories("Two men and a woman were killed on the spot.")).toEqual([["Two men", "killed"]]);
    expect(categories("Two men and an elderly woman were injured.")).toEqual([["Two men", "injured"]]);
    // (the figure the object of a verb before it has no share in the verb after: the people joined to it are its subject)
    expect(categories("Rescuers evacuated 40 residents and 2 civilians were injured in the shelling.")).toEqual([["40 residents", "people"], ["2 civilians", "injured"]]);
    expect(categories("Police evacuated 40 residents and a woman was injured in the shelling.")).toEqual([["40 residents", "people"]]);
  });

  test("a share too large for the last count is of the block's count that holds it; what air defence shot down, however told", () => {
    expect(categories("Russia attacked Kharkiv with 17 Shahed drones and 3 guided aerial bombs. Our mobile fire groups shot down 9 of them over Kharkiv, and two more were suppressed by electronic warfare.")).toEqual([
      ["17 Shahed drones", "drones"], ["3 guided aerial bombs", "airstrikes"], ["9", "drones"], ["two more", "drones"],
    ]);
    expect(categories('Russia launched 81 Shahed-type drones. 53 were shot down, and 24 were "locationally lost" to electronic warfare.')).toEqual([
      ["81 Shahed-type drones", "drones"], ["53", "drones"], ["24", "drones"],
    ]);
    expect(categories("Russia launched 112 drones overnight. Air defence shot down 80, and 30 were lost to electronic warfare.")).toEqual([
      ["112 drones", "drones"], ["80", "drones"], ["30", "drones"],
    ]);
  });

  test("'N of them' after a noun no figure counts: the count before it large enough to hold the share", () => {
    expect(categories("Russia fired 40 drones at the regions; 30 of them were downed.")[1]).toEqual(["30 of them", "drones"]);
    expect(categories("About 60 residents of border villages in the district have asked to be evacuated, and 12 of them have already left on a bus.")).toEqual([
      ["About 60 residents", "people"], ["12 of them", "people"],
    ]);
    // (with no count before it, the uncounted noun is still the whole)
    expect(categories("The region was attacked with drones, and seven of them were shot down.")).toEqual([["seven of them", "drones"]]);
    // (only a place the count happened in, or the counted noun's own "of" phrase: not a noun counted itself, nor a thing hit)
    expect(categories("Ukraine's army lost 300 soldiers in a week, and Russia fired 45 Shahed drones at Odesa, and 40 of them flew in from the sea.")[2]).toEqual(["40 of them", "drones"]);
    expect(categories("About 1,200 residents were evacuated after shelling damaged houses in the village, and 5 of them were destroyed.")[1]).toEqual(["5 of them", "infrastructure"]);
    expect(categories("118 residents of the damaged buildings have applied for help, and 37 of them have been housed in a dormitory.")[1]).toEqual(["37 of them", "people"]);
  });

  test("'N of them' after two counts: the count at least as large as the share, and a pair of nouns by its first", () => {
    expect(categories("Russia fired 728 drones and 13 missiles overnight; air defence shot down or jammed 718 of them.")).toEqual([
      ["728 drones", "drones"], ["13 missiles", "missiles"], ["718 of them", "drones"],
    ]);
    // (a share that fits the nearest count is still of it)
    expect(categories("Russia fired 40 drones and 13 missiles overnight; air defence shot down or jammed 10 of them.")[2]).toEqual(["10 of them", "missiles"]);
    expect(categories("Russia fired 741 drones and missiles at Ukraine overnight, and the air force said it shot down or jammed 718 of them.")).toEqual([
      ["741 drones", "drones"], ["718 of them", "drones"],
    ]);
    // (only a pair a figure counts: an uncounted pair's share is of the nearest noun)
    expect(categories("Russia attacked Odesa overnight with missiles and drones, and 25 of them were shot down.")).toEqual([["25 of them", "drones"]]);
  });

  test("mines are cleared things, deminers and teams personnel, tractors, cranes, containers and barges infrastructure, crews and seafarers people", () => {
    expect(categories("Deminers destroyed 214 anti-tank mines; 146 deminers and 20 teams were deployed.")).toEqual([
      ["214 anti-tank mines", "other"], ["146 deminers", "personnel"], ["20 teams", "personnel"],
    ]);
    expect(categories("Drones hit 3 tractors, 2 gantry cranes, more than 40 containers and 2 moored barges.").map(([, c]) => c)).toEqual(Array(4).fill("infrastructure"));
    expect(categories("9 seafarers were injured and one crew member was killed; 19 crew members were evacuated.")).toEqual([
      ["9 seafarers", "injured"], ["one crew member", "killed"], ["19 crew members", "people"],
    ]);
    expect(categories("They destroyed 3 enemy mortars after Russia fired 40 mortar rounds.")).toEqual([["3 enemy mortars", "equipment"], ["40 mortar rounds", "attacks"]]);
  });

  test("returnees, travellers and neighbours are people", () => {
    expect(categories("IOM counts 4.4 million returnees. Some 400 travellers and two neighbours waited at the checkpoint.")).toEqual([
      ["4.4 million returnees", "people"], ["Some 400 travellers", "people"], ["two neighbours", "people"],
    ]);
  });

  test("a noun inside a hyphenated compound modifies the head after it: 'first-person-view drones', 'bridge-laying vehicles'", () => {
    expect(categories("Overnight, 23 Russian first-person-view drones attacked the town.")).toEqual([["23 Russian first-person-view drones", "drones"]]);
    expect(categories("Germany sent 12 Biber bridge-laying vehicles.")).toEqual([["12 Biber bridge-laying vehicles", "equipment"]]);
    expect(categories("Russia launched 140 Shahed-type drones.")).toEqual([["140 Shahed-type drones", "drones"]]);
  });

  test("volunteers, doctors, medics and nurses at work are personnel, as rescuers and crews are; hurt, they are the toll", () => {
    expect(categories("The hospital's 58 doctors and more than 140 nurses worked through the night. Some 120 volunteers handed out blankets.")).toEqual([
      ["58 doctors", "personnel"], ["more than 140 nurses", "personnel"], ["Some 120 volunteers", "personnel"],
    ]);
    expect(categories("Two volunteers were killed when a drone hit their van.")).toEqual([["Two volunteers", "killed"]]);
  });

  test("on a page keeping a list of the war dead, its names counted are the dead; names on other lists are not", () => {
    const list = "Mediazona has confirmed the deaths of 106,745 Russian servicemen. Over the past two weeks, the list grew by 2,310 names.";
    expect(categories(list)).toEqual([["106,745 Russian servicemen", "killed"], ["2,310 names", "killed"]]);
    expect(categories("At the Wall of Memory, the mayor said 43 names had been added this year.")).toEqual([["43 names", "killed"]]);
    // ("Obituaries" in a site's menu says nothing of the page)
    expect(categories("News | Sport | Obituaries\n\nThe club has added 612 names to its mailing list.")).toEqual([["612 names", "other"]]);
    expect(categories("She passed a list of 500 names to her Ukrainian counterpart.")).toEqual([["500 names", "other"]]);
    // (on such a page too, names handed over for an exchange are no dead)
    expect(categories(`${list} Kyiv submitted a list of 1,200 names for the next exchange.`)[2]).toEqual(["1,200 names", "other"]);
  });

  test("on such a page the soldiers its list holds are the dead too; soldiers elsewhere on it are not", () => {
    const page = "Mediazona has confirmed the deaths of 106,745 Russian servicemen. The list includes 4,870 officers. " +
      "We know the names of 12,140 mobilised men. About 12,000 residents of the republic are serving in the army.";
    expect(categories(page)).toEqual([
      ["106,745 Russian servicemen", "killed"], ["4,870 officers", "killed"], ["12,140 mobilised men", "killed"], ["About 12,000 residents", "personnel"],
    ]);
  });

  test("occupiers counted are the enemy's losses unless a verb says what befell them; those the crews set out to eliminate are dead", () => {
    expect(categories("1,184 occupiers and 19 tanks – results of the 47th Brigade")).toEqual([["1,184 occupiers", "casualties"], ["19 tanks", "equipment"]]);
    expect(categories("National Guard: 247 occupiers and 312 drones hit in a day")[0]).toEqual(["247 occupiers", "casualties"]);
    expect(categories("Drone crews used them to eliminate 86 occupiers near Pokrovsk.")).toEqual([["86 occupiers", "killed"]]);
    expect(categories("Two more occupiers surrendered.")).toEqual([["Two more occupiers", "captured"]]);
    expect(categories("Up to 10,000 occupiers are concentrated near Kupiansk.")).toEqual([["Up to 10,000 occupiers", "personnel"]]);
  });

  test("surgeons, paramedics, investigators, inspectors, experts and patrols at work are personnel too", () => {
    expect(categories("Three surgeons went to the army; 412 investigators and 96 explosives experts worked the scenes with 2,450 labour inspectors.")).toEqual([
      ["Three surgeons", "personnel"], ["412 investigators", "personnel"], ["96 explosives experts", "personnel"], ["2,450 labour inspectors", "personnel"],
    ]);
    expect(categories("Two paramedics were injured.")).toEqual([["Two paramedics", "injured"]]);
  });

  test("a toll word before the noun says what befell them, whatever the verb: '34 injured people', '5 dead soldiers'", () => {
    expect(categories("Doctors treated 34 injured people overnight.")).toEqual([["34 injured people", "injured"]]);
    expect(categories("Medics evacuated 46 wounded soldiers.")).toEqual([["46 wounded soldiers", "injured"]]);
    expect(categories("They buried 5 dead soldiers.")).toEqual([["5 dead soldiers", "killed"]]);
    expect(categories("The unit reported 40 liquidated occupiers.")).toEqual([["40 liquidated occupiers", "killed"]]);
  });

  test("missile carriers are ships", () => {
    expect(categories("Russia keeps 3 missile carriers and 2 Kalibr carriers at sea.")).toEqual([["3 missile carriers", "equipment"], ["2 Kalibr carriers", "equipment"]]);
  });

  test("the verb is found past the noun's own phrase; 'sought medical help' is injured; energy workers and FPV sorties", () => {
    expect(categories("Three residents of a nearby house in Novoshakhtinsk were injured by glass.")).toEqual([["Three residents", "injured"]]);
    expect(categories("Four people sought medical help after the attack.")).toEqual([["Four people", "injured"]]);
    expect(categories("More than 1,200 energy workers fly 150 FPV sorties.")).toEqual([["More than 1,200 energy workers", "personnel"], ["150 FPV sorties", "drones"]]);
  });

  test("civilian buildings hit are infrastructure, not attacks; BMPs are equipment; IDPs are people", () => {
    const category = (noun: string) => extractClaims(`The strike hit 7 ${noun}.`)[0]?.category;
    for (const noun of ["shelters", "ambulances", "museums", "dormitories", "educational institutions", "water towers", "supermarkets", "clinics"]) {
      expect([noun, category(noun)]).toEqual([noun, "infrastructure"]);
    }
    expect(category("BMPs")).toBe("equipment");
    expect(category("IDPs")).toBe("people");
    expect(extractClaims("Editorial office: +380 (542) 61-07-33.")).toEqual([]);
  });

  test("regions counted are places, not attacks; a subset 'among them' shares the toll; flats, pupils, motorcycles, civilian objects", () => {
    expect(categories("Russia attacked five oblasts overnight.")).toEqual([["five oblasts", "other"]]);
    expect(categories("One person was killed and nine were injured, among them two children.")).toEqual([["One person", "killed"], ["nine", "injured"], ["two children", "injured"]]);
    expect(categories("Investigators documented 46 damaged civilian objects and 1,700 flats.")).toEqual([["46 damaged civilian objects", "infrastructure"], ["1,700 flats", "infrastructure"]]);
    expect(categories("She had 27 pupils. They came on dozens of motorcycles.")).toEqual([["27 pupils", "people"], ["dozens of motorcycles", "equipment"]]);
  });

  test("a generic noun after a weapon family is that weapon; 'our partners' in a story is not a cookie banner", () => {
    expect(categories("The United States and our partners have delivered five Patriot batteries and 12 NASAMS units.")).toEqual([
      ["five Patriot batteries", "equipment"], ["12 NASAMS units", "equipment"],
    ]);
  });

  test("a figure heading its line counts the noun after the colon, and is quoted alone", () => {
    expect(categories("13,341: civilians killed\n\nThe mission verified them.")).toEqual([["13,341", "killed"]]);
    expect(categories("190: villages Moscow says it has taken this year\n\nMore on that below.")).toEqual([["190", "settlements"]]);
    expect(categories("2024: a year of attrition\n\nMore on that below.")).toEqual([]);
  });

  test("a rate's noun reaches its figure across a time phrase and a hedge ('casualty rate in February 2025 likely averaged 1,200')", () => {
    const text = "Russia's casualty rate in February 2025 likely averaged 1,200 per day, down from 1,520 per day in December.";
    expect(categories(text)).toEqual([["1,200", "casualties"], ["1,520", "casualties"]]);
  });

  test.each([
    ["Two people were killed in a nearby village.", "killed"],
    ["28 others were injured.", "injured"],
    ["The ministry said it repelled 10 Ukrainian attacks.", "attacks"],
    ["There were 28 combat clashes.", "attacks"],
    ["He reported three attempted enemy assaults.", "attacks"],
    ["Ukraine's air force praised troops for neutralizing 68 of Russia's deployed drones.", "drones"],
    ["Strikes hit two crucial bridges.", "infrastructure"],
    ["Russian units are within six miles of the town.", "distance"],
    ["Officials may evacuate more than 11,000 residents.", "people"],
    ["The offensive targeted four settlements.", "settlements"],
    ["Congress approved $61bn in aid.", "money"],
    ["The enemy lost up to 95 servicemen.", "casualties"],
    ["312 occupiers were eliminated.", "killed"],
    ["The war has cost well over 100,000 lives.", "casualties"],
    ["Russia launched 3 missile strikes.", "missiles"],
    ["The enemy made 47 air strikes.", "airstrikes"],
    ["Forces destroyed 584 surface-to-air missile systems.", "equipment"],
    ["A total of 171 explosions were recorded.", "attacks"],
    ["Russian troops shelled 7 hromadas.", "settlements"],
    ["The enemy lost 48 armoured personnel carriers.", "equipment"],
    ["Two people — a man and his 15-year-old son — sustained injuries.", "injured"],
    ["Another two residents (a woman and her neighbour) were wounded.", "injured"],
    ["Three civilians suffered shrapnel wounds.", "injured"],
    ["Air defence destroyed 17 Ukrainian fixed-wing unmanned aerial vehicles.", "drones"],
    ["Forces fired 4,390 times at the positions.", "attacks"],
    ["Four children were among the wounded in Dnipro.", "injured"],
    ["By late afternoon, 23 people remained in hospital.", "injured"],
    ["Twenty-one people remained hospitalized.", "injured"],
    ["The transit centre registered 1,710 arrivals.", "people"],
    ["Another 7 residents were shot dead in the village.", "killed"],
    ["Three men were found dead in the cellar.", "killed"],
    ["The remains of 4 civilians were exhumed this week.", "killed"],
    ["Investigators examined the remains of 5 warheads.", "other"],
    ["All 64 remaining inpatients were evacuated to Sumy.", "people"],
    ["The forum brought together more than 550 delegates.", "people"],
    ["One more man came to hospital himself.", "injured"],
    ["Two more residents had gone to the doctors on their own.", "injured"],
    ["Four people received cuts from glass.", "injured"],
    ["Six patients remain in intensive care.", "injured"],
    ["Two residents are in a serious condition.", "injured"],
    ["Five patients remain on ventilators.", "injured"],
    ["Some 400 families remain in difficult living conditions.", "people"],
    ["About 3,000 residents remain in severe conditions without heat.", "people"],
    ["A missile hit the hospital, killing 2 patients in intensive care.", "killed"],
    ["Some 500 residents came to the hospital to visit relatives.", "people"],
    ["About 12,000 consumers suffered power cuts after the strike.", "people"],
    ["According to preliminary data, 137 occupiers were neutralised there today.", "casualties"],
    ["Our crews hit 312 Russian infantrymen in September.", "casualties"],
  ])("%s", (text, category) => expect(only(text).category).toBe(category));

  test("a bare 'another N', and in its sentence 'up from N', 'out of N', 'including N', count what the last count counted", () => {
    const claims = extractClaims("Air defence downed 44 of the drones over nine oblasts, while another 14 were lost.");
    expect(claims.map((c) => [c.quote, c.category])).toEqual([["44 of the drones", "drones"], ["nine oblasts", "other"], ["another 14", "drones"]]);
    const partitive = extractClaims("Troops neutralised 137 occupiers, 71 of them irretrievably; 141 of them are confirmed killed.");
    expect(partitive.map((c) => c.category)).toEqual(["casualties", "killed", "killed"]);
    const compared = extractClaims("Partners evacuated 6,420 people, up from 4,985 the previous week. Russia lost 735,420 troops, including 1,630 over the past day. 1,900 residents remain, out of nearly 11,000.");
    expect(compared.map((c) => [c.quote, c.category])).toEqual([
      ["6,420 people", "people"], ["4,985", "people"], ["735,420 troops", "casualties"], ["1,630", "casualties"], ["1,900 residents", "people"], ["nearly 11,000", "people"],
    ]);
    const pointing = extractClaims("1,436 houses have been damaged. Of these, 312 are in the Glushkovo district. Partners evacuated 6,420 people. Around 1,150 of those evacuated were children.");
    expect(pointing.map((c) => c.category)).toEqual(["infrastructure", "infrastructure", "people", "people"]);
    const verb = extractClaims("Eleven people were killed. Another 84 were injured.");
    expect(verb.map((c) => c.category)).toEqual(["killed", "injured"]);
  });

  test("the verb after a person noun decides: killed and nine injured", () => {
    const claims = extractClaims("Two people were killed and nine injured when a bomb hit Kupiansk.");
    expect(claims.map((c) => [c.quote, c.category])).toEqual([["Two people", "killed"], ["nine injured", "injured"]]);
  });

  test("measure keeps unlike figures apart", () => {
    expect(only("The advance spanned 11 kilometers along the front.").measure).toBe("frontage");
    expect(only("They pushed more than three kilometers into the defence.").measure).toBe("depth");
    expect(only("Troops are within six miles of the town.").measure).toBe("distance_to");
    expect(only("Air defences shot down 40 drones.").measure).toBe("shot_down");
    expect(only("Russia launched 72 drones.").measure).toBe("launched");
    expect(only("Authorities are considering evacuating 11,000 people.").measure).toBe("planned");
  });

  test("a count without a noun, unit or verb is not a claim", () => expect(quotes("The score was 3.")).toEqual([]));
});

describe("category refinements", () => {
  test("shells fired are attacks, rounds delivered as aid are equipment", () => {
    expect(only("The enemy fired 47 shells at the village.").category).toBe("attacks");
    expect(only("The package includes around 4 million rounds.").category).toBe("equipment");
  });

  test("a subset of a toll shares its category", () => {
    expect(extractClaims("Twenty-one people were injured, including 4 children.").map((c) => c.category)).toEqual(["injured", "injured"]);
    expect(extractClaims("127 people were evacuated, including 23 children.").map((c) => c.category)).toEqual(["people", "people"]);
  });

  test("an age between the noun and its verb does not hide the verb", () => {
    expect(only("Two women aged 46 and 73 were injured.").category).toBe("injured");
  });

  test("'over' after a noun is a place, not a qualifier", () => {
    expect(extractClaims("Air defences shot down 47 drones over 11 regions.")[1]).toMatchObject({ quote: "11 regions", qualifier: "exact" });
  });
});

describe("categories of people not in the lexicon", () => {
  test("an unlisted plural is killed or injured when the verb says so, else other", () => {
    expect(extractClaims("Two power engineers were killed and three injured.").map((c) => c.category)).toEqual(["killed", "injured"]);
    expect(extractClaims("Three districts were left without power.").map((c) => c.category)).toEqual(["other"]);
  });
});

describe("specialists, crews and fighters by their trade", () => {
  test("specialists, technicians, pyrotechnicians and instructors at work are personnel; pilots, infiltrators and snipers too", () => {
    expect(categories("A total of 243 pyrotechnic groups were at work: 1,316 specialists. Danish instructors trained dozens of Ukrainian pilots and hundreds of technicians.")).toEqual([
      ["A total of 243 pyrotechnic groups", "personnel"], ["1,316 specialists", "personnel"], ["dozens of Ukrainian pilots", "personnel"], ["hundreds of technicians", "personnel"],
    ]);
    expect(categories("Up to 300 Russian infiltrators are inside the town. We added 3 mobile fire groups.")).toEqual([["Up to 300 Russian infiltrators", "personnel"], ["3 mobile fire groups", "personnel"]]);
    // (the verb still decides: specialists killed are killed)
    expect(categories("Two specialists were killed.")).toEqual([["Two specialists", "killed"]]);
  });

  test("an organisation's staff are personnel, and the General Staff counts none", () => {
    expect(categories("The charity now employs about 1,300 local staff. Of its 11,000 pre-war staff, about 2,500 still work there.")).toEqual([
      ["about 1,300 local staff", "personnel"], ["11,000 pre-war staff", "personnel"], ["about 2,500", "personnel"],
    ]);
    expect(categories("The General Staff said 12 drones were downed.")).toEqual([["12 drones", "drones"]]);
  });

  test("a worker, an employee, an electrician are counted one by one too; a city's Invincibility Points and aid points are a service, other", () => {
    expect(categories("One port worker was injured. 1 employee was hurt. One electrician, 47, was slightly injured.")).toEqual([
      ["One port worker", "injured"], ["1 employee", "injured"], ["One electrician", "injured"],
    ]);
    expect(categories("We have opened 3 Invincibility Points. Three humanitarian aid points are working.")).toEqual([["3 Invincibility Points", "other"], ["Three humanitarian aid points", "other"]]);
  });

  test("countries, nations, videos and photographs counted are other", () => {
    expect(categories("Cargo went to 47 countries, with the support of 13 partner nations. The lab analysed 26 videos and photographs.")).toEqual([
      ["47 countries", "other"], ["13 partner nations", "other"], ["26 videos", "other"],
    ]);
  });
});

describe("military units and compound nouns", () => {
  test("brigades count personnel; 'assault actions' is one noun", () => {
    expect(only("Russian forces defeated formations of two mechanised brigades.").category).toBe("personnel");
    expect(only("Defenders stopped 39 assault actions near Novohrodivka.").quote).toBe("39 assault actions");
    expect(only("In the Vremivka direction, the enemy conducted 2 offensive actions towards Novopil.")).toMatchObject({ quote: "2 offensive actions", category: "attacks" });
    // (a drone's attacks, strikes or hits are the drones' count, as "drone attacks" are, in the singular and by UAV or FPV too)
    expect(categories("Dnipro: 2 missile strikes and 1 drone attack. 9 UAV attacks were recorded. The Air Force recorded 7 drone hits.")).toEqual([
      ["2 missile strikes", "missiles"], ["1 drone attack", "drones"], ["9 UAV attacks", "drones"], ["7 drone hits", "drones"],
    ]);
    expect(only("Britain will send more than 1,600 strike and air defence missiles.").category).toBe("missiles");
  });
});

describe("a breakdown after a colon, and interceptor drones", () => {
  test("'2 people were killed and 18 injured: 6 in Kharkiv, 7 in ...': the breakdown is of the injured", () => {
    const read = categories("2 people were killed and 18 injured: 6 in Kharkiv, 7 in the Zolochiv hromada.");
    expect(read).toEqual([["2 people", "killed"], ["18 injured", "injured"], ["6", "injured"], ["7", "injured"]]);
  });

  test("interceptors are drones", () => {
    expect(extractClaims("The company makes about 4,000 interceptors a month.").map((c) => c.category)).toEqual(["drones"]);
  });
});

describe("recruits", () => {
  test("people who signed contracts or joined the army are personnel; people who left are people", () => {
    expect(categories("More than 224,000 people have signed contracts to serve in the army. 3,100 local residents had joined the army. 640 people left the town.")).toEqual([
      ["More than 224,000 people", "personnel"], ["3,100 local residents", "personnel"], ["640 people", "people"],
    ]);
  });

  test("past the people's own 'of the republic', and serving or gone to the front: personnel", () => {
    expect(categories("Khabirov said 4,300 residents of the republic had signed contracts in January.")).toEqual([["4,300 residents", "personnel"]]);
    expect(categories("More than 42,000 residents of the republic had gone to the front since 2022.")).toEqual([["More than 42,000 residents", "personnel"]]);
    expect(categories("About 880,000 people were serving in the military.")).toEqual([["About 880,000 people", "personnel"]]);
    expect(categories("About 1,200 residents of the town were taking shelter.")).toEqual([["About 1,200 residents", "people"]]);
    // (the object a few words on)
    expect(categories("More than 500 young people have already signed the 18–24 contract.")).toEqual([["More than 500 young people", "personnel"]]);
    expect(categories("Some 60 Lithuanian citizens are serving in the Ukrainian army.")).toEqual([["Some 60 Lithuanian citizens", "personnel"]]);
    // (a visit to the front line, and children sent to schools, are no recruitment)
    expect(categories("Twelve journalists went to the front line with the brigade.")).toEqual([["Twelve journalists", "people"]]);
    expect(categories("Some 200 children were sent to military schools in Russia.")).toEqual([["Some 200 children", "people"]]);
  });
});

describe("members", () => {
  test("people a body employs, a garrison numbers or a crew is made of are personnel; a group of saboteurs stays people", () => {
    expect(categories("It now employs 640 people. The AFU garrison numbers around 1,500 people. Repair crews of 67 people restored supply.")).toEqual([
      ["640 people", "personnel"], ["around 1,500 people", "personnel"], ["67 people", "personnel"],
    ]);
    expect(categories("Andrii's team is eight people.")).toEqual([["eight people", "personnel"]]);
    expect(categories("They detained a group of 3 saboteurs.")).toEqual([["3 saboteurs", "people"]]);
    expect(categories("Pokrovsk, whose population once numbered 70,000 people, is nearly empty.")).toEqual([["70,000 people", "people"]]);
  });
});

describe("deaths named before the count", () => {
  test("'the deaths of 3,412 civilians', 'the execution of at least 56 servicemen', 'the bodies of 21 people' are killed", () => {
    expect(categories("Police documented the deaths of 3,412 civilians, including 97 children. HRMMU recorded the execution of at least 56 servicemen. Rescuers recovered the bodies of 21 people.")).toEqual([
      ["3,412 civilians", "killed"], ["97 children", "killed"], ["at least 56 servicemen", "killed"], ["21 people", "killed"],
    ]);
  });
});

describe("lengths of things built", () => {
  test("'41 kilometres of roads', 'a 1.5-kilometre section of an overhead power line' are other; distances stay distances", () => {
    expect(categories("Crews repaired 41 kilometres of roads and a 1.5-kilometre section of an overhead power line. Troops are within 3 km of the town and hold a 6-km section of the front.")).toEqual([
      ["41 kilometres", "other"], ["1.5-kilometre", "other"], ["within 3 km", "distance"], ["6-km", "distance"],
    ]);
  });

  test("a utility's and a defence line's lengths: '4 km of contact network', '38 km of overhead lines', '40 km of trench'", () => {
    expect(categories("Crews restored 4 km of contact network, replaced about 180 metres of heating main and laid 2 km of water pipes.")).toEqual([
      ["4 km", "other"], ["about 180 metres", "other"], ["2 km", "other"],
    ]);
    expect(categories("Crews restored 38 km of overhead lines. The army laid 4 km of razor wire and dug 40 km of trench.")).toEqual([
      ["38 km", "other"], ["4 km", "other"], ["40 km", "other"],
    ]);
  });
});

describe("detentions and subsets spread over regions", () => {
  test("people detained by border guards or occupiers are people, not prisoners of war", () => {
    expect(categories("Border guards detained 138 men who tried to leave Ukraine illegally. At least 1,300 residents have been detained by the occupiers.")).toEqual([
      ["138 men", "people"],
      ["At least 1,300 residents", "people"],
    ]);
  });

  test("'38 of them over the Bryansk region' after 'drones over 11 regions' counts drones", () => {
    const claims = extractClaims("Air defences destroyed 112 Ukrainian drones overnight over 11 regions, 38 of them over the Bryansk region and 17 over the Moscow region.");
    expect(claims.filter((c) => c.quote === "38 of them" || c.quote === "17").map((c) => c.category)).toEqual(["drones", "drones"]);
  });
});

test("bare figures listing each place's share continue the count before them", () => {
  const text = "Of these, 19 were shot down over the Volgograd region, 14 over the Rostov region, 5 over Crimea and 7 over the Kursk region, the ministry said.";
  expect(placed(`Air defences destroyed 64 Ukrainian drones. ${text}`)).toEqual([
    ["64 Ukrainian drones", "drones", null],
    ["19", "drones", "Volgograd Oblast"],
    ["14", "drones", "Rostov Oblast"],
    ["5", "drones", "Crimea"],
    ["7", "drones", "Kursk Oblast"],
  ]);
});

test("a list of places' shares opened by a colon or 'including' continues the count, or the plural the sentence names", () => {
  expect(placed("Air defences shot down 83 Ukrainian UAVs over 9 regions, the MoD reports: 31 over the Bryansk region, 19 over the Kursk region.")).toEqual([
    ["83 Ukrainian UAVs", "drones", null],
    ["9 regions", "other", null],
    ["31", "drones", "Bryansk Oblast"],
    ["19", "drones", "Kursk Oblast"],
  ]);
  const sentence = "It said the drones were downed between 20:00 and 07:00 Moscow time (1700-0400GMT), including 34 over the Bryansk region, 21 over the Kursk region.";
  expect(placed(`The ministry said 118 drones were destroyed. ${sentence}`)).toEqual([
    ["118 drones", "drones", null],
    ["34", "drones", "Bryansk Oblast"],
    ["21", "drones", "Kursk Oblast"],
  ]);
});

test("a list's lines '- 61 over the Bryansk region;' under a heading alone in the block before count what the heading names", () => {
  const text = "Bogomaz said one civilian had been killed in Bryansk.\n\nThe ministry gave the following breakdown of drones destroyed overnight:\n\n- 61 over the Bryansk region;\n- 38 over the Kursk region;";
  expect(placed(text)).toEqual([
    ["one civilian", "killed", "Bryansk"],
    ["61", "drones", "Bryansk Oblast"],
    ["38", "drones", "Kursk Oblast"],
  ]);
});

test("a breakdown 'By group of forces:' of a loss count: its labelled lines are shares of the losses, bare figures too", () => {
  const text = "The army had lost about 1,310 servicemen in 24 hours. By group of forces, as shown on screen:\n– Sever: up to 195 servicemen near Yunakovka;\n– Zapad: up to 230 near Kupyansk;";
  expect(placed(text)).toEqual([
    ["about 1,310 servicemen", "casualties", null],
    ["up to 195 servicemen", "casualties", "Yunakivka"],
    ["up to 230", "casualties", "Kupiansk"],
  ]);
  // (a labelled line under a heading that breaks nothing down stays unread)
  expect(extractClaims("The army had lost about 1,310 servicemen in 24 hours. As shown on screen:\n– Zapad: up to 230 near Kupyansk;").map((c) => c.quote)).toEqual(["about 1,310 servicemen"]);
  // (a count "including:" breaks itself down too)
  const including = "Ukrainian losses amounted to up to 1,310 servicemen, including:\n— Battlegroup Tsentr: up to 470 servicemen;\n— Battlegroup Zapad: up to 230 near Kupyansk;";
  expect(placed(including).map(([quote, category]) => [quote, category])).toEqual([
    ["up to 1,310 servicemen", "casualties"],
    ["up to 470 servicemen", "casualties"],
    ["up to 230", "casualties"],
  ]);
});

test("a bare figure's predicate names what it counts ('Of these, 7 were air strikes'), unless it names people of a toll or a place", () => {
  expect(categories("Russian troops carried out 412 strikes on 13 settlements. Of these, 7 were air strikes on Huliaipole. A further 286 were attacks with kamikaze drones.")).toEqual([
    ["412 strikes", "attacks"],
    ["13 settlements", "settlements"],
    ["7", "airstrikes"],
    ["A further 286", "attacks"],
  ]);
  expect(categories("Of the 40 injured, 9 were children. Of the 3,000 people evacuated, 2,130 were in Kharkiv city.")).toEqual([
    ["40 injured", "injured"],
    ["9", "injured"],
    ["3,000 people", "people"],
    ["2,130", "people"],
  ]);
});

describe("agents, rounds in stock, the wounded in hospital", () => {
  test("agents, saboteurs and accomplices are people", () => {
    expect(categories("The SBU exposed more than 2,400 Russian agents and a group of 3 saboteurs; a court sentenced 2 accomplices.")).toEqual([
      ["more than 2,400 Russian agents", "people"],
      ["3 saboteurs", "people"],
      ["2 accomplices", "people"],
    ]);
  });

  test("rounds seized, received or needed are equipment; rounds fired stay attacks", () => {
    expect(categories("Police seized more than 300 rounds of ammunition. Ukraine received 240,000 rounds and needs 250,000 rounds a month. The enemy fired 2,117 rounds.")).toEqual([
      ["more than 300 rounds", "equipment"],
      ["240,000 rounds", "equipment"],
      ["250,000 rounds", "equipment"],
      ["2,117 rounds", "attacks"],
    ]);
  });

  test("'found' or 'reached' say nothing of stock: shells fired stay attacks; 'toxic agents' are no people", () => {
    expect(categories("Investigators found that Russian forces fired more than 3,000 shells. Daily Russian shelling reached 20,000 shells.")).toEqual([
      ["more than 3,000 shells", "attacks"],
      ["20,000 shells", "attacks"],
    ]);
    expect(categories("The OPCW found 3 toxic agents.")).toEqual([["3 toxic agents", "other"]]);
  });

  test("a wound in another clause is not the counted people's", () => {
    expect(categories("Police evacuated 12 people, and a woman with burns was taken to hospital.")).toEqual([["12 people", "people"]]);
  });

  test("people counted 'with ... injuries' are the wounded", () => {
    expect(categories("As of 1 June, the department took in 3,412 patients with blast and shrapnel injuries, and 60 patients with chronic illnesses.")).toEqual([
      ["3,412 patients", "injured"],
      ["60 patients", "people"],
    ]);
  });
});

test("people brought home in an exchange or held in Russia are captives; roofs, basements and cables are infrastructure", () => {
  expect(categories("The most recent exchange brought home 84 people. At least 16,000 civilians may be held in Russia.")).toEqual([
    ["84 people", "captured"],
    ["At least 16,000 civilians", "captured"],
  ]);
  expect(categories("The wind tore off 3 roofs; rescuers pumped water out of 16 flooded basements; a tanker damaged four cables.")).toEqual([
    ["3 roofs", "infrastructure"],
    ["16 flooded basements", "infrastructure"],
    ["four cables", "infrastructure"],
  ]);
  // civilians detained by the occupiers stay people
  expect(categories("HRMMU documented the arbitrary detention of 96 civilians.")).toEqual([["96 civilians", "people"]]);
});

describe("'came under fire N times'", () => {
  test("counts attacks, as 'was shelled N times' does", () => {
    expect(categories("The village came under fire 17 times overnight.")).toEqual([["17 times", "attacks"]]);
  });

  test("counterattacking, storming, shelling in the present tense and raiding N times count attacks too", () => {
    expect(categories("The enemy counterattacked three times overnight.")).toEqual([["three times", "attacks"]]);
    expect(categories("Russians storm Ukrainian positions near Pokrovsk up to 60 times a day.")).toEqual([["up to 60 times", "attacks"]]);
    expect(categories("Ukrainian troops shell Energodar 6 times in 24 hours.")).toEqual([["6 times", "attacks"]]);
    // (not a modifier that looks like a verb: "firing positions")
    expect(categories("They are firing at a pace three times that of Europe.")).toEqual([]);
    // (only before a number of times: "raided 15 offices" counts offices, no attacks)
    expect(categories("The SBU raided 15 offices of the company.")).toEqual([["15 offices", "other"]]);
  });

  test("'firing N times' and a verb before an apposition count attacks: 'shelled Energodar, the satellite town of ..., six times'", () => {
    expect(categories("Russian troops shelled 11 communities in the Sumy region over the past day, firing 87 times.")).toEqual([["11 communities", "settlements"], ["87 times", "attacks"]]);
    expect(categories("Ukrainian forces shelled Energodar, the satellite town of the Zaporozhye nuclear power plant, six times over the past day.")).toEqual([["six times", "attacks"]]);
    // (the apposition is skipped only when it closes right before the figure: a verb further back stays out of reach)
    expect(categories("Ukrainian forces shelled the outskirts of the city and the villages around it near the river, and later the town, 6 times.")).toEqual([]);
  });

  test("a dot leader between a row's label and its figure marks the label, as a colon does: 'Deaths ........ 210'", () => {
    const table = "Attacks on health care, 2025\n\nDeaths ........ 210\nInjuries ........ 627\nAttacks in the last 30 days ........ 58\nAnti-personnel mines ........ 406";
    expect(categories(table)).toEqual([["210", "killed"], ["627", "injured"], ["58", "attacks"], ["406", "other"]]);
    // (a caption naming a period, not a unit of time, keeps its table: "Losses over the past 24 hours:")
    expect(categories("Losses over the past 24 hours:\nDeaths ........ 21\nInjuries ........ 62\nAttacks ........ 5").map(([, category]) => category)).toEqual(["killed", "injured", "attacks"]);
  });

  test("'Russian drones flew in from Belarus 46 times' counts the drones' incursions", () => {
    expect(categories("Russian drones flew in from Belarus 46 times in a week.")).toEqual([["46 times", "drones"]]);
    expect(categories("He has been to Kyiv 3 times this year.")).toEqual([]);
  });

  test("'N times more' is a multiple, not a count of times", () => {
    expect(categories("Drones are now ten times more common than in 2023, the analyst said.")).toEqual([]);
    expect(categories("Russian drones now fly about 100 times as often.")).toEqual([]);
    expect(categories("Russian troops shelled the village 12 times as their assault groups advanced.")).toEqual([["12 times", "attacks"]]);
    expect(categories("Russian drones are now three times as cheap as Ukrainian ones.")).toEqual([]);
    expect(categories("Russian drones flew in from Belarus 46 times in a week.")).toEqual([["46 times", "drones"]]);
  });
});

describe("a loss list written with figure dashes", () => {
  test("'tanks ‒ 10,920 (+3)' reads as 'tanks – 10,920 (+3)' does", () => {
    const text = "The total combat losses of the enemy are approximately:\npersonnel ‒ about 1,000,340 (+1,110) persons\ntanks ‒ 10,920 (+3)\nhelicopters ‒ 337";
    expect(categories(text)).toEqual([
      ["about 1,000,340", "casualties"], ["+1,110", "casualties"], ["10,920", "equipment"], ["+3", "equipment"], ["337", "equipment"],
    ]);
  });
});

describe("'one in a serious condition' after a count of the wounded", () => {
  test("'4 of them are in hospital, one in a serious condition', '..., one of them in a serious condition' count one of the injured", () => {
    expect(categories("9 people were injured. 4 of them are in hospital, one in a serious condition.")).toEqual([["9 people", "injured"], ["4", "injured"], ["one", "injured"]]);
    expect(categories("Six of the injured were taken to hospital, one of them in a serious condition.")).toEqual([["Six of the injured", "injured"], ["one", "injured"]]);
    expect(categories("It is one of the largest hospitals in the region.")).toEqual([]);
  });
});

describe("a population", () => {
  test("a bare figure evacuated, reconnected or without power counts people ('more than 121,000 evacuated', '4,200 without power')", () => {
    expect(categories("Kursk governor: more than 121,000 evacuated")).toEqual([["more than 121,000", "people"]]);
    expect(categories("Kyiv region – 4,200 without power; 46,500 reconnected.")).toEqual([["4,200", "people"], ["46,500", "people"]]);
    expect(categories("The strike left the plant without power for 6 hours.")).toEqual([["6 hours", "other"]]);
  });

  test("'N+' before a counted noun is at least N ('4,300+ people evacuated'); an app's '5M+ downloads' is not", () => {
    expect(extractClaims("4,300+ people evacuated").map((c) => [c.quote, c.category, c.qualifier, c.lower, c.upper])).toEqual([["4,300+ people", "people", "at_least", 4300, null]]);
    expect(quotes("The app has 5M+ downloads.")).toEqual([]);
  });

  test("a patient and a body are counted one by one too ('1 patient died', 'recovered one more body'); 'one patient at a time' is no count", () => {
    expect(categories("Sadly, 1 patient died in the operating theatre. Rescuers recovered one more body from the rubble.")).toEqual([["1 patient", "killed"], ["one more body", "killed"]]);
    expect(categories("You learn to work one patient at a time.")).toEqual([]);
    expect(categories("The strike killed one woman at a time when the market was crowded.")).toEqual([["one woman", "killed"]]);
    expect(categories("Volunteers delivered 1,000 body bags.")).toEqual([["1,000 body bags", "other"]]);
  });

  test("explosives dropped or fired are attacks, found or cleared they are other ('dropped 2 explosive devices', '42 mines were fired')", () => {
    expect(categories("A drone dropped 2 explosive devices on a car; 42 mines were fired. Deminers found 97 mortar mines.")).toEqual([["2 explosive devices", "attacks"], ["42 mines", "attacks"], ["97 mortar mines", "other"]]);
    expect(categories("A drone operator dropped 4 explosive charges. Prosecutors dropped 2 charges against him.")).toEqual([["4 explosive charges", "attacks"], ["2 charges", "other"]]);
  });

  test("a share 'of them' after a place counts the people counted before it, a plural without an s ('112,000 people left the border districts ..., and some 41,000 of them')", () => {
    expect(categories("About 112,000 people left the border districts last August, and some 41,000 of them have returned home.")).toEqual([["About 112,000 people", "people"], ["some 41,000 of them", "people"]]);
  });

  test("units of armour are equipment, as units of equipment are ('31 units of armour')", () => {
    expect(categories("The train carried 31 units of armour and 5 units of armor.")).toEqual([["31 units of armour", "equipment"], ["5 units of armor", "equipment"]]);
  });

  test("items are counted when cleared, of something, or a side's ('removed some 300 items of unexploded ordnance'), not a list's ('12 items')", () => {
    expect(categories("The team removed some 300 items of unexploded ordnance.")).toEqual([["some 300 items", "other"]]);
    expect(categories("Its pyrotechnicians destroyed 1,046 items, most of them shells.")).toEqual([["1,046 items", "other"]]);
    expect(quotes("We have added 418 Ukrainian items to the lists.")).toEqual(["418 Ukrainian items"]);
    expect(quotes("The feed has 12 items today.")).toEqual([]);
    expect(quotes("The Rada considered 12 items of the agenda. You have added 3 items to your cart.")).toEqual([]);
  });

  test("every sentence of an answer led by a bare figure answers the question ('How many drones ...?' over 'On a quiet day, 150 to 200. On a bad day, up to 300.')", () => {
    const qa = "How many drones does the enemy launch on an ordinary day?\n\nProkudin: On a quiet day, 150 to 200. On a bad day, up to 300.\n\nWe spoke in March. Up to 300 came.";
    expect(categories(qa)).toEqual([["150 to 200", "drones"], ["up to 300", "drones"]]);
    // (a count of its own ends the answer)
    const counted = "How many drones did Russia launch?\n\nAbout 150. The Air Force counted 40 strikes on Kharkiv. In Odesa, 12.";
    expect(categories(counted)).toEqual([["About 150", "drones"], ["40 strikes", "attacks"], ["12", "attacks"]]);
  });

  test("'How many does ...' asks about the noun before it ('Let's start with the drones. How many does the enemy launch ...?')", () => {
    const qa = "Q: Let's start with the drones. How many does the enemy launch on an ordinary day?\n\nProkudin: On a quiet day, 150 to 200.";
    expect(extractClaims(qa).map((c) => [c.quote, c.category, c.subject])).toEqual([["150 to 200", "drones", "drones"]]);
  });

  test("a toll's figure after its noun and 'of' counts the toll, a rate too ('continues to accept casualties of over 1,000 a day')", () => {
    expect(categories("Russia almost certainly continues to accept casualties of over 1,000 a day.")).toEqual([["over 1,000", "casualties"]]);
    expect(categories("The unit suffered deaths of 12 people.")).toEqual([["12 people", "killed"]]);
  });

  test("a figure, a number or a total given again counts what was last counted ('... which would put the total at 142,000 to 205,000')", () => {
    expect(categories("The list holds 96,000 dead soldiers, which would put the total at 142,000 to 205,000.")).toEqual([["96,000 dead soldiers", "killed"], ["142,000 to 205,000", "killed"]]);
    expect(categories("The ministry counted 1,240 evacuees. By Friday the number had risen to more than 1,500.")).toEqual([["1,240 evacuees", "people"], ["more than 1,500", "people"]]);
    // (not a figure in words, nor one with nothing counted before it)
    expect(categories("The ministry counted 1,240 evacuees and rounded the figures to one decimal place.")).toEqual([["1,240 evacuees", "people"]]);
    expect(categories("The figure rose to 300.")).toEqual([]);
    expect(categories("Two people were killed. Victims can call the hotline; the number is 102.")).toEqual([["Two people", "killed"]]);
  });

  test("a verb of checking gives the count checked ('claimed the capture of 27 settlements ... I can confirm only 19'), a count's rise by N the count", () => {
    expect(categories("The ministry claimed the capture of 27 settlements. I can confirm only 19 from footage.")).toEqual([["27 settlements", "settlements"], ["19", "settlements"]]);
    expect(categories("The General Staff put Russian losses at 810,340. Over the week its count rose by 9,830.")).toEqual([["810,340", "casualties"], ["9,830", "casualties"]]);
    // (not an average age)
    expect(categories("Police identified 40 dead soldiers. The average age was 34.")).toEqual([["40 dead soldiers", "killed"]]);
  });

  test("a count's verb reaches its noun past a relative and an aside in dashes ('Russian losses - killed, wounded and captured together - which on Monday stood at 863,570')", () => {
    expect(categories("Russian losses - killed, wounded and captured together - which on Monday stood at 863,570.")).toEqual([["863,570", "casualties"]]);
    expect(categories("Russian casualties - killed and wounded - now number more than 860,000.")).toEqual([["more than 860,000", "casualties"]]);
  });

  test("what a place or its people 'had' before the war is its people ('Before the full-scale invasion Kupiansk had some 27,000')", () => {
    expect(categories("Before the full-scale invasion Kupiansk had some 27,000. Before the war we had more than 1,300.")).toEqual([["some 27,000", "people"], ["more than 1,300", "people"]]);
    expect(categories("Before the war the brigade had 40 tanks. In 2021 the company had 300.")).toEqual([["40 tanks", "equipment"]]);
    expect(categories("Before the war the brigade had 120.")).toEqual([]);
  });

  test("'That is N a day' after a count restates it as a rate ('126 Russian attacks on the axis over the week. That is roughly 18 a day.')", () => {
    expect(categories("The General Staff reported 126 Russian attacks on the axis over the week. That is roughly 18 a day.")).toEqual([["126 Russian attacks", "attacks"], ["roughly 18", "attacks"]]);
    expect(categories("The General Staff reported 126 Russian attacks. That is 50 km a day.")).toEqual([["126 Russian attacks", "attacks"], ["50 km", "distance"]]);
    expect(categories("The General Staff reported 126 Russian attacks. That is roughly 18.")).toEqual([["126 Russian attacks", "attacks"]]);
  });

  test("a share set off by commas or dashes after 'of them' is of the count before ('909 people. Most of them - 713 - were returned')", () => {
    expect(categories("Ukraine received the bodies of 909 people. Most of them - 713 - were returned from the Donetsk region.")).toEqual([["909 people", "killed"], ["713", "killed"]]);
    expect(categories("Ukraine received the bodies of 909 people. Most of them, 713, were returned.")).toEqual([["909 people", "killed"], ["713", "killed"]]);
    expect(categories("Most of them - 713 - were returned.")).toEqual([]);
  });

  test("a list's next place and its figure, verb and noun left out, share the count ('Bashkortostan has lost 4,615 men, Tatarstan 3,702')", () => {
    expect(categories("Bashkortostan has lost 4,615 men, Tatarstan 3,702 and the Sverdlovsk region 3,590.")).toEqual([["4,615 men", "casualties"], ["3,702", "casualties"], ["3,590", "casualties"]]);
    // (a measure's too, in its unit)
    expect(extractClaims("In Kharkiv Oblast the figure is 470,000 hectares and in Mykolaiv Oblast 128,000.").map((c) => [c.quote, c.category, c.unit])).toEqual([["470,000 hectares", "area", "hectares"], ["128,000", "area", "hectares"]]);
    // (not a rate's decimal after a count)
    expect(categories("The list holds 1,104 names; in Tuva the rate is 13.9, in Moscow 0.2.").map(([quote]) => quote)).not.toContain("0.2");
  });

  test("a list's next place, a dash and its figure share the count too ('Malokaterynivka – 28, Komyshuvakha – 17')", () => {
    const post = "📍 Polohy district: Huliaipole – 97 strikes, Orikhiv – 63.\n📍 Zaporizhzhia district: Malokaterynivka – 28, Komyshuvakha – 17, Ternuvate – 13.";
    expect(categories(post)).toEqual([["97 strikes", "attacks"], ["63", "attacks"], ["28", "attacks"], ["17", "attacks"], ["13", "attacks"]]);
  });

  test("', of which N' after a count with a unit of its own is no share of the count: ', of which 3 km'", () => {
    expect(categories("Russian forces captured 4 villages, of which 3 km lie on the river.").map(([quote]) => quote)).toEqual(["4 villages", "3 km"]);
    expect(categories("Russian forces captured 4 villages, of which 3 km lie on the river.")[1][1]).toBe("distance");
  });

  test("'The most were in Odesa Oblast – 64, then Zakarpattia Oblast – 52': a place's dashed entry shares the count before", () => {
    const text = "Over the week, border guards detained 187 men.\n\nThe most were in Odesa Oblast – 64, then Zakarpattia Oblast – 52 and Chernivtsi Oblast – 31.";
    expect(placed(text)).toEqual([["187 men", "people", null], ["64", "people", "Odesa Oblast"], ["52", "people", "Zakarpattia Oblast"], ["31", "people", "Chernivtsi Oblast"]]);
    // (not after a count of the sentence's own, even of other things)
    const own = "Rescuers saved 12 residents.\n\nOf the 486 explosive objects neutralised, the largest number was found in Kharkiv region — 203.";
    expect(categories(own)).toEqual([["12 residents", "people"], ["486 explosive objects", "other"], ["203", "other"]]);
  });

  test("', of whom N' and ', of which only N' after a count share it, whatever the clause's verb", () => {
    expect(categories("Russia has deported 19,546 Ukrainian children, of whom 1,012 have been returned home.")).toEqual([["19,546 Ukrainian children", "people"], ["1,012", "people"]]);
    expect(categories("The army has about 105 howitzers of this type, of which only 60 are ready for use.")).toEqual([["about 105 howitzers", "equipment"], ["60", "equipment"]]);
  });

  test("'Of these' opening a quotation still shares out the count before it", () => {
    expect(categories('Commissions inspected 2,500 damaged houses. "Of these, 1,140 are in the Sudzha district, 290 in the Korenevo district."')).toEqual([["2,500 damaged houses", "infrastructure"], ["1,140", "infrastructure"], ["290", "infrastructure"]]);
    // (opening the paragraph after the count's)
    expect(categories('Commissions inspected 2,500 damaged houses.\n\n"Of these, 1,140 are in the Sudzha district, 290 in the Korenevo district."')).toEqual([["2,500 damaged houses", "infrastructure"], ["1,140", "infrastructure"], ["290", "infrastructure"]]);
  });

  test("a share of a population is people ('Fewer than 11,000 of the city's prewar population of about 60,000 remain')", () => {
    expect(categories("Fewer than 11,000 of the city's prewar population of about 60,000 remain.")).toEqual([["Fewer than 11,000", "people"], ["about 60,000", "people"]]);
    expect(categories("Fewer than 9,000 of Kostiantynivka's pre-war population remain.")).toEqual([["Fewer than 9,000", "people"]]);
    expect(categories("12 of the local population were killed.")).toEqual([["12", "killed"]]);
  });

  test("a bare figure compared with a count by 'against' or ', from' goes on with it ('1,287 combat clashes over the week, against 1,140 a week earlier')", () => {
    expect(categories("The General Staff recorded 1,287 combat clashes over the week, against 1,140 a week earlier.")).toEqual([["1,287 combat clashes", "attacks"], ["1,140", "attacks"]]);
    expect(categories("About 1,250 residents remain, from some 60,000 before the full-scale invasion.")).toEqual([["About 1,250 residents", "people"], ["some 60,000", "people"]]);
  });

  test("'a town of N' counts its people ('Huliaipole, a town of 13,000 before the full-scale invasion'), not 'a city of 40 churches'", () => {
    expect(categories("Huliaipole, a town of 13,000 before the full-scale invasion, is empty.")).toEqual([["13,000", "people"]]);
    expect(categories("It is a city of 40 churches.")).toEqual([["40 churches", "infrastructure"]]);
  });

  test("a population's verb gives it its figure ('the city's population has recovered to about 300,000'), not a figure after other words", () => {
    expect(categories("The city's population has recovered to about 300,000, Pushilin said.")).toEqual([["about 300,000", "people"]]);
    expect(categories("Ukraine's population was estimated at about 41 million.")).toEqual([["about 41 million", "people"]]);
    expect(categories("The population fled in 2022 and 300 returned.")).toEqual([]);
    expect(categories("Dnipro's population has grown 1.5 times since 2022.")).toEqual([]);
  });

  test("'which had a prewar population of about 256,000' counts people", () => {
    expect(categories("Sumy, which had a prewar population of about 256,000, lies 30 km from the border.")).toEqual([["about 256,000", "people"], ["30 km", "distance"]]);
  });
});

describe("how long a job took is no career", () => {
  test("'rescuers worked for 6 hours' is a claim; 'has covered the war for 10 years' is not", () => {
    expect(categories("Rescuers worked for 6 hours to put out the fire.")).toEqual([["6 hours", "other"]]);
    expect(categories("Anna Petrenko has covered the war for 10 years.")).toEqual([]);
  });

  test("'outages will last up to 8 hours', 'delays reached 7 hours on some routes' say how long; 'in the last 24 hours' is a window", () => {
    expect(categories("In most regions outages will last up to 8 hours a day.")).toEqual([["up to 8 hours", "other"]]);
    expect(categories("Delays reached up to 7 hours on some routes.")).toEqual([["up to 7 hours", "other"]]);
    expect(categories("In the last 24 hours, 12 attacks were repelled. Two days on, 3 people remain missing.")).toEqual([["12 attacks", "attacks"], ["3 people", "people"]]);
    expect(categories("The sky over the north has been closed for more than 20 hours since 1 March.")).toEqual([["more than 20 hours", "other"]]);
  });
});

describe("a place's line under a count", () => {
  test("'By oblast: • Lviv Oblast – 523,000;' gives that oblast's share of the count before", () => {
    const text = "About 1.3 million households remained without electricity. By oblast, as published by the ministry:\n• Lviv Oblast – 523,000;\n• Volyn Oblast – 280,000.";
    expect(categories(text)).toEqual([["About 1.3 million households", "people"], ["523,000", "people"], ["280,000", "people"]]);
  });
});

describe("'Of the children, nine ...'", () => {
  test("a figure after a sentence's opening 'Of the <noun>,' counts that noun", () => {
    expect(categories("Of the damaged locomotives, 9 are electric.")).toEqual([["9", "infrastructure"]]);
    expect(categories("The group evacuated 412 people. Of the children, nine were under a year old.")).toEqual([["412 people", "people"], ["nine", "people"]]);
  });
});

describe("parts of buildings and works", () => {
  test("entrances, classrooms, wells and galleries counted are infrastructure", () => {
    expect(categories("The missile destroyed 2 entrances of the building and two conveyor galleries.")).toEqual([["2 entrances", "infrastructure"], ["two conveyor galleries", "infrastructure"]]);
  });
});

describe("weapons named by family or kind", () => {
  test("'52 Gepards', '18 more Caesars', 'three batteries', '2 hunting rifles' are equipment", () => {
    expect(categories("Germany sent 52 Gepards; Kyiv asked Paris for 18 more Caesars.")).toEqual([["52 Gepards", "equipment"], ["18 more Caesars", "equipment"]]);
    expect(categories("Germany had delivered three batteries of its own; police seized 2 hunting rifles.")).toEqual([["three batteries", "equipment"], ["2 hunting rifles", "equipment"]]);
  });
});

describe("the dead by any name", () => {
  test("'the deaths of 14 media professionals' and '56 executions' count the killed", () => {
    expect(categories("This year the union has recorded the deaths of 14 media professionals.")).toEqual([["14 media professionals", "killed"]]);
    expect(categories("UN monitors document 56 executions of prisoners of war.")).toEqual([["56 executions", "killed"]]);
  });
});

describe("'Forty-one of them ...' opening the paragraph after a count", () => {
  test("is a share of that count; 'One of them was tracked' is not", () => {
    const text = 'The border guards detained 138 men outside checkpoints, the spokesman said.\n\n"Forty-one of them were stopped on the border with Moldova."';
    expect(categories(text)).toEqual([["138 men", "people"], ["Forty-one", "people"]]);
    const one = "Air defence tracked 2 drones over the border.\n\nOne of them was tracked for half an hour.";
    expect(categories(one).map(([quote]) => quote)).not.toContain("One");
  });
});

describe("'The remaining N'", () => {
  test("is the rest of the count before it", () => {
    expect(categories("DTEK reconnected 143,000 households overnight. The remaining 48,000 should get power back by Sunday.")).toEqual([["143,000 households", "people"], ["48,000", "people"]]);
  });
});

describe("'fewer than 700 remain'", () => {
  test("a bare figure whose verb is 'remain' counts the residents who stayed", () => {
    expect(categories("The city military administration there says fewer than 700 remain.")).toEqual([["fewer than 700", "people"]]);
  });
});

describe("'areas of concentration of personnel'", () => {
  test("counts the areas struck, not the personnel in them; 'places of internment' are places", () => {
    expect(categories("Our aviation and artillery struck 3 areas of concentration of personnel and 2 command posts.")).toEqual([["3 areas", "attacks"], ["2 command posts", "attacks"]]);
    expect(categories("During the period the Mission visited 5 places of internment of prisoners of war.")).toEqual([["5 places", "other"]]);
  });
});

describe("kin and members killed or wounded", () => {
  test("are counted once a casualty verb says so, and not otherwise", () => {
    expect(categories("Four members of one family were killed in the village.")).toEqual([["Four members", "killed"]]);
    expect(categories("His two sons were wounded.")).toEqual([["two sons", "injured"]]);
    expect(categories("All 27 members agreed. The 12 members of the board met.")).toEqual([]);
  });
});

describe("records of damage and aerial targets", () => {
  test("'36 reports of damage', '37 cases of destruction' count damaged property", () => {
    expect(categories("Residents filed 36 reports of damage; investigators documented 37 cases of destruction.")).toEqual([["36 reports", "infrastructure"], ["37 cases", "infrastructure"]]);
  });

  test("targets and objects in an air-defence sentence are drones, elsewhere not", () => {
    expect(categories("Air defence neutralised 428 targets over Kyiv.")).toEqual([["428 targets", "drones"]]);
    expect(categories("Polish radars tracked 26 objects flying close to the border.")).toEqual([["26 objects", "drones"]]);
    expect(categories("The plan lists 12 targets for next year.")).toEqual([["12 targets", "other"]]);
  });

  test("'One of them' opening a sentence about one drone is no claim; one of the wounded in hospital is", () => {
    expect(categories("At least 2 objects entered Polish airspace. One of them was tracked by our radars.")).toEqual([["At least 2 objects", "drones"]]);
    expect(categories("Four people were injured. One of them died in hospital.").map(([q]) => q)).toEqual(["Four people", "One"]);
  });
});

describe("sorties flown", () => {
  test("by a drone crew are drones, by an aircraft airstrikes, and missions nobody flies stay other", () => {
    expect(categories("Our drone operators flew 9,870 combat sorties.")).toEqual([["9,870 combat sorties", "drones"]]);
    expect(categories("His crew, from the 93rd Brigade, flies up to 40 sorties a day.")).toEqual([["up to 40 sorties", "drones"]]);
    expect(categories("This Su-34 crew has flown 4 sorties today.")).toEqual([["4 sorties", "airstrikes"]]);
    expect(categories("Its members have conducted 23 missions to Ukraine.")).toEqual([["23 missions", "other"]]);
  });
});

describe("people held by Russia or coming home from it", () => {
  test("are counted as captives", () => {
    expect(categories("As of 31 August, 7,930 Ukrainian servicemen and 1,880 civilians were registered as held by the Russian Federation.")).toEqual([["7,930 Ukrainian servicemen", "captured"], ["1,880 civilians", "captured"]]);
    expect(categories("According to Lubinets, Russia is still holding at least 1,800 Ukrainian civilians.")).toEqual([["at least 1,800 Ukrainian civilians", "captured"]]);
    expect(categories("It said another 8 civilians had also come home.")).toEqual([["another 8 civilians", "captured"]]);
    expect(categories("The company is holding 12 workshops for 40 teachers.").map(([, c]) => c)).not.toContain("captured");
  });
});

describe("a relative clause saying what befell the people counted", () => {
  test("'N servicemen who were killed', 'N people who were injured'; an execution stays a killing", () => {
    expect(categories("We have established the names of 34,812 Russian servicemen who were killed in the war.")).toEqual([["34,812 Russian servicemen", "killed"]]);
    expect(categories("Police found 3 men who had been wounded.")).toEqual([["3 men", "injured"]]);
    expect(categories("The report documents the execution of at least 56 Ukrainian servicemen who had surrendered.")).toEqual([["at least 56 Ukrainian servicemen", "killed"]]);
  });
});

describe("ammunition depots", () => {
  test("among an army's losses are its materiel; one burning in a town is infrastructure", () => {
    expect(categories("Enemy losses amounted to up to 1,610 troops, 4 tanks and 11 ammunition depots.")).toEqual([["up to 1,610 troops", "casualties"], ["4 tanks", "equipment"], ["11 ammunition depots", "equipment"]]);
    expect(categories("In the town, 3 ammunition depots and 3 storage tanks burned.")).toEqual([["3 ammunition depots", "infrastructure"], ["3 storage tanks", "infrastructure"]]);
  });
});

describe("the length of something built", () => {
  test("as its adjective or after 'of ... ' is no distance; a border's or a front's length is", () => {
    expect(categories("A new 43-kilometre pipeline brings water to Nikopol.")).toEqual([["43-kilometre", "other"]]);
    expect(categories("The PPA has completed about 70 kilometres of the planned 135-kilometre fence.")).toEqual([["about 70 kilometres", "other"], ["135-kilometre", "other"]]);
    expect(categories("More than 400 kilometres of anti-tank ditches have been dug.")).toEqual([["More than 400 kilometres", "other"]]);
    expect(categories("Belgorod borders the Kharkiv region along a 540-km stretch.").map(([, c]) => c)).toEqual(["distance"]);
  });
});

describe("the size of an assault group", () => {
  test("'in small groups of 2–3 people' is troops; a group eliminated is killed", () => {
    expect(categories("Infiltrators hide in basements in small groups of 2–3 people.")).toEqual([["2–3 people", "personnel"]]);
    expect(categories("A sabotage group of up to 15 people had been eliminated.")).toEqual([["up to 15 people", "killed"]]);
  });
});

describe("hits, waves and a unit's results", () => {
  test("'23 hits were recorded', 'three such waves' are attacks", () => {
    expect(categories("In total, 23 hits were recorded in 4 districts of the city.")).toEqual([["23 hits", "attacks"], ["4 districts", "other"]]);
    expect(categories("Kharkiv had three such waves tonight.")).toEqual([["three such waves", "attacks"]]);
  });

  test("personnel in a list headed 'destroyed and damaged:' are losses", () => {
    const text = "In November the units of the brigade destroyed and damaged:\n🔻 personnel – 1,347 occupiers\n🔻 tanks – 14";
    expect(categories(text)).toEqual([["1,347 occupiers", "casualties"], ["14", "equipment"]]);
  });
});

describe("the wounded by what happened to them", () => {
  test("taken to hospital, admitted to one, a concussion, a list after 'wounding', an age inside the appositive", () => {
    expect(categories("Two women, aged 34 and 61, have been taken to City Hospital No. 2.")).toEqual([["Two women", "injured"]]);
    expect(categories("The hospital admitted 11 children in a single afternoon.")).toEqual([["11 children", "injured"]]);
    expect(categories("1 man got a concussion.")).toEqual([["1 man", "injured"]]);
    expect(categories("A drone hit a bus, wounding the 58-year-old driver and two passengers.")).toEqual([["two passengers", "injured"]]);
    expect(categories("Two residents, a woman, 63, and her grandson, suffered minor injuries.")).toEqual([["Two residents", "injured"]]);
  });

  test("not a verb of another clause across 'and'", () => {
    expect(categories("At least 22,000 civilians were killed during the siege and no more than 120,000 people live there now.")).toEqual([["At least 22,000 civilians", "killed"], ["no more than 120,000 people", "people"]]);
  });
});

describe("a loss tally's states", () => {
  test("'of which destroyed: N, damaged: N, abandoned: N, captured: N' count the materiel, not captives", () => {
    expect(categories("Tanks (3,790, of which destroyed: 2,701, damaged: 158, abandoned: 337, captured: 594)")).toEqual([
      ["3,790", "equipment"], ["2,701", "equipment"], ["158", "equipment"], ["337", "equipment"], ["594", "equipment"],
    ]);
  });
});

describe("'3.7 million internally displaced'", () => {
  test("counts displaced people, the noun left out", () => {
    expect(categories("• 3.7 million internally displaced")).toEqual([["3.7 million internally displaced", "people"]]);
  });
});

describe("missiles by another name", () => {
  test("strikes of bombs from the air are airstrikes; a total of strikes including bombs is attacks", () => {
    expect(categories("Aviation of the Sever group carried out 9 strikes with FAB-500 bombs near Sudzha.")).toEqual([["9 strikes", "airstrikes"]]);
    expect(categories("The city recorded 41 glide-bomb strikes in May.")).toEqual([["41 glide-bomb strikes", "airstrikes"]]);
    expect(categories("We documented three strikes with KAB-250 bombs on residential neighbourhoods.")).toEqual([["three strikes", "airstrikes"]]);
    expect(categories("Investigators registered 46 enemy strikes in the district, including 9 guided aerial bombs.")[0]).toEqual(["46 enemy strikes", "attacks"]);
    expect(categories("Su-34 bombers and drones carried out 30 strikes on the town.")).toEqual([["30 strikes", "attacks"]]);
    // (a bomb shelter is no bomb; mortars and tanks strike too; "FPV strikes" are a drone's)
    expect(categories("Residents spent the night in bomb shelters as 14 strikes hit the city.")).toEqual([["14 strikes", "attacks"]]);
    expect(categories("Russian troops dropped 5 guided bombs and carried out 160 strikes with mortars and tanks.")[1]).toEqual(["160 strikes", "attacks"]);
    expect(categories("They dropped 4 KABs, and 40 FPV strikes were recorded.")[1]).toEqual(["40 FPV strikes", "drones"]);
  });

  test("a rocket system's projectiles, strikes 'with high-precision long-range weapons'", () => {
    expect(categories("Air defence shot down 3 HIMARS MLRS projectiles. The AFU fired 19 HIMARS projectiles.")).toEqual([["3 HIMARS MLRS projectiles", "missiles"], ["19 HIMARS projectiles", "missiles"]]);
    expect(categories("The Armed Forces delivered one massive strike and 5 group strikes with high-precision long-range weapons.")).toEqual([["one massive strike", "missiles"], ["5 group strikes", "missiles"]]);
    expect(categories("Artillery fired 40 projectiles at the town.")).toEqual([["40 projectiles", "attacks"]]);
  });
});

describe("both tolls and a verb past 'an average of'", () => {
  test("'290,000 killed and seriously wounded' are casualties; 'lost an average of 1,240 men a day' too", () => {
    expect(categories("Russian losses have exceeded 290,000 killed and seriously wounded.")).toEqual([["exceeded 290,000 killed", "casualties"]]);
    expect(categories("Russia lost an average of 1,240 men a day last month.")).toEqual([["1,240 men", "casualties"]]);
  });
});

describe("exchanges and fire units", () => {
  test("people returned in 'six exchanges' or brought home are captives; 'IRIS-T SLM fire units' are equipment", () => {
    expect(categories("The parties carried out six exchanges, in which 1,214 Ukrainians, including 117 civilians, were returned to Ukraine.").filter(([, c]) => c === "captured").map(([q]) => q)).toEqual(["1,214 Ukrainians", "117 civilians"]);
    expect(categories("Ukraine brings home 157 defenders and 28 civilians.")).toEqual([["157 defenders", "captured"], ["28 civilians", "captured"]]);
    expect(categories("Germany has sent six IRIS-T SLM fire units.")).toEqual([["six", "equipment"]]);
  });
});

describe("'in N areas' at the end of a long strike sentence", () => {
  test("counts the strikes, however long the object before it", () => {
    expect(categories("Operational-tactical aviation, attack unmanned aerial vehicles, missile troops and artillery hit concentrations of manpower and equipment of the 24th mechanised brigade, as well as temporary deployment sites of Ukrainian units and foreign mercenaries in 142 areas.").at(-1)).toEqual(["142 areas", "attacks"]);
    expect(categories("Evacuation buses run in 12 areas of the city.")).toEqual([["12 areas", "other"]]);
  });
});

describe("a proportion after a count", () => {
  test("'Nearly one in three schools', 'One in 10 drones' borrow no count: they are no claims", () => {
    expect(categories("The city had 40,000 residents. Nearly one in three schools was damaged. One in 10 drones reaches its target.")).toEqual([["40,000 residents", "people"]]);
  });
});

describe("'to a' after a count", () => {
  test("ends a proportion ('two men to a bike') but not a move ('40,000 employees to a four-day week')", () => {
    expect(categories("AvtoVAZ moved about 40,000 employees to a four-day week this spring.")).toEqual([["about 40,000 employees", "people"]]);
  });
});

describe("a post's counters on lines of their own", () => {
  test("'👁️ 58.4K', '❤️ 312' under a count are page furniture, not more of it", () => {
    expect(categories("Kupyansk direction. The enemy lost 40 fighters.\n👁️ 58.4K\n❤️ 312\n👍 1.1K")).toEqual([["40 fighters", "casualties"]]);
  });
});

describe("the counted noun stops at its verb", () => {
  test("'two researchers checked each strike' counts researchers, not strikes", () => {
    expect(categories("Two researchers checked each strike independently.").map(([q]) => q)).toEqual(["Two researchers"]);
  });
});

describe("a total with its irretrievable share", () => {
  test("'eliminated 118 occupiers there, 71 of them irretrievably' counts killed and wounded, then the dead", () => {
    expect(categories("Our defenders eliminated 118 occupiers there, 71 of them irretrievably.")).toEqual([["118 occupiers", "casualties"], ["71", "killed"]]);
    expect(categories("Our defenders eliminated 118 occupiers there.")).toEqual([["118 occupiers", "killed"]]);
  });
});

describe("ordnance listed under a count of explosive objects cleared", () => {
  test("'neutralised 214 explosive objects, including 9 aerial bombs' and '..., among them 312 artillery shells' are ordnance cleared, not strikes", () => {
    expect(categories("Pyrotechnic units neutralised 214 explosive objects, including 9 aerial bombs.")).toEqual([["214 explosive objects", "other"], ["9 aerial bombs", "other"]]);
    expect(categories("Pyrotechnicians neutralised 1,488 explosive objects over the week, among them 312 artillery shells and 97 mortar mines.")).toEqual([
      ["1,488 explosive objects", "other"], ["312 artillery shells", "other"], ["97 mortar mines", "other"],
    ]);
    expect(categories("They have neutralised 287,450 explosive items in the region, including 3,118 aerial bombs.")).toEqual([["287,450 explosive items", "other"], ["3,118 aerial bombs", "other"]]);
  });
  test("not a strike's list: 'The enemy dropped 40 bombs, including 3 guided aerial bombs'", () => {
    expect(extractClaims("The enemy dropped 40 bombs on the town, including 3 guided aerial bombs.").map((c) => c.category)).toEqual(["airstrikes", "airstrikes"]);
  });
});

describe("Russia's servicemen held by Ukraine", () => {
  test("'still being held in Ukraine', 'held by Ukraine' are captives, as Ukrainians held in Russia are", () => {
    expect(only("Moskalkova said that about 1,200 Russian servicemen are still being held in Ukraine.").category).toBe("captured");
    expect(only("About 1,200 Russian servicemen are held by Ukraine, the ombudsman said.").category).toBe("captured");
  });
});

describe("two participles joined before the counted noun", () => {
  test("'412 destroyed and damaged civilian objects' counts the objects; 'lost 40 killed and wounded' stays a toll", () => {
    expect(only("Police recorded 412 destroyed and damaged civilian objects.")).toMatchObject({ quote: "412 destroyed and damaged civilian objects", category: "infrastructure" });
    expect(only("Russia lost 40 killed and wounded.")).toMatchObject({ quote: "40 killed", category: "casualties" });
  });
});

describe("'N more' with a verb of its own", () => {
  test("'Two civilians were killed and 7 more were injured': the verb after 'more' decides, not the count before", () => {
    expect(categories("Two civilians were killed and 7 more were injured in drone attacks.")).toEqual([["Two civilians", "killed"], ["7 more", "injured"]]);
    expect(categories("7 more were injured.")).toEqual([["7 more", "injured"]]);
  });
});

describe("a death toll that rose, however long its phrase", () => {
  test("'The death toll from a Russian strike on the town of Dobropillia has risen to 11' counts the killed", () => {
    expect(only("The death toll from the strike on Dobropillia has risen to 11.").category).toBe("killed");
    expect(only("The death toll from a Russian missile and drone strike on the town of Dobropillia in Donetsk region has risen to 11.").category).toBe("killed");
  });
});

describe("bare figures of an interview about drones", () => {
  const interview = "NV: How many drones did Russia launch in March?\n\nIhnat: More than 4,000.\n\nNV: The General Staff says 2,100 were shot down. Is that right?\n\nIhnat: Our figure is higher: 2,450 shot down and about 1,300 lost to electronic warfare.";

  test("a bare figure shot down after a count of drones counts drones; the figure joined to it by 'and' too", () => {
    const byQuote = Object.fromEntries(categories(interview));
    expect(byQuote).toMatchObject({ "More than 4,000": "drones", "2,100": "drones", "2,450": "drones", "about 1,300": "drones" });
  });

  test("not a bare figure after a count of people", () => {
    expect(extractClaims("Rescuers evacuated 40 residents. Later 12 were shot down.").map((c) => c.category)).toEqual(["people"]);
  });
});

describe("a bare figure shot down after the weapon was named uncounted", () => {
  test("'Ukrainian drones attacked ...; the ministry said 30 were downed' counts drones", () => {
    expect(only("Ukrainian drones attacked the Bryansk and Kursk regions overnight; the Russian Defence Ministry said 30 were downed.").category).toBe("drones");
  });
});

describe("bare figures lost or destroyed after a count of drones", () => {
  test("'It added that 12 were lost to electronic warfare' counts drones", () => {
    const claims = extractClaims("The Air Force said 40 drones were shot down. It added that 12 were lost to electronic warfare.");
    expect(claims.map((c) => [c.quote, c.category])).toEqual([["40 drones", "drones"], ["12", "drones"]]);
  });
});

describe("a share set off by commas after a partitive", () => {
  test("'Most of them, 9, died in Donetsk Oblast' counts the killed; 'an electrician of the grid company, 41, was injured' is an age", () => {
    expect(categories("The UN said 12 civilians were killed in June. Most of them, 9, died in Donetsk Oblast.")).toEqual([["12 civilians", "killed"], ["9", "killed"]]);
    expect(extractClaims("An electrician of the regional grid company, 41, was injured near Pogar.").map((c) => c.quote)).toEqual([]);
  });
});

describe("air attack assets and neutralised drones", () => {
  test("'117 air attack assets' counts drones and missiles together as drones; '70 were neutralised' after drones counts drones", () => {
    expect(only("Russia used 117 air attack assets overnight.").category).toBe("drones");
    expect(extractClaims("The enemy attacked with 90 Shahed-type UAVs. 70 were neutralised in the north.").map((c) => c.category)).toEqual(["drones", "drones"]);
    expect(extractClaims("The enemy lost 1,200 troops. 300 were neutralised near Pokrovsk.").map((c) => c.category)).toEqual(["casualties", "casualties"]);
  });
});

describe("an air defence label over a bare figure", () => {
  test("'Launched: 90 drones. Shot down: 70. Lost: 12.' counts drones three times", () => {
    expect(categories("Launched: 90 drones. Shot down: 70. Lost: 12.")).toEqual([["90 drones", "drones"], ["70", "drones"], ["12", "drones"]]);
  });
});

describe("schools counted by how they teach", () => {
  test("schools with classes cancelled or without a shelter are other; damaged schools stay infrastructure", () => {
    expect(only("Classes in 4 schools of the district are cancelled today.").category).toBe("other");
    expect(only("In the border districts of the region, 43 schools are still teaching remotely.").category).toBe("other");
    expect(only("From 1 September, 11 schools will return to distance learning.").category).toBe("other");
    expect(only("Russian shelling has left 12 schools in ruins, and their pupils now learn remotely.").category).toBe("infrastructure");
    expect(only("More than 1,000 schools lack a shelter and cannot hold classes in person.").category).toBe("other");
    expect(only("The blast damaged 2 schools where classes were held.").category).toBe("infrastructure");
  });
});

describe("people hurt though no casualty verb says so", () => {
  test.each([
    ["cut by glass", "One man was cut by broken glass, the mayor said.", "One man"],
    ["treated and released", "Another 19 people were treated and released.", "Another 19 people"],
  ])("%s", (_, text, quote) => expect(extractClaims(text).find((c) => c.quote === quote)?.category).toBe("injured"));
  test("... but people treated to aid or counted as cut off are not", () => {
    expect(extractClaims("Volunteers brought food to 40 people cut off by the floods.").find((c) => c.quote === "40 people")?.category).not.toBe("injured");
  });
});

describe("a response's crews counted with their machines", () => {
  test("'78 people and 24 units of equipment' are personnel; people evacuated stay people", () => {
    const text = "In total, 78 people and 24 units of equipment were involved. Rescuers evacuated 40 people.";
    expect(categories(text)).toEqual([["78 people", "personnel"], ["24 units of equipment", "equipment"], ["40 people", "people"]]);
  });
});

describe("drones by another name", () => {
  test.each([
    ["uncrewed boats", "Black Sea Fleet forces destroyed 9 uncrewed boats.", "9 uncrewed boats"],
    ["uncrewed surface vessels", "They destroyed 9 Ukrainian uncrewed surface vessels.", "9 Ukrainian uncrewed surface vessels"],
    ["loitering munitions", "The brigade downed 11 UAVs, including 3 Lancet loitering munitions.", "3 Lancet loitering munitions"],
    ["'aircraft-type' drones, quoted through the noun", "Air defence shot down 4 aircraft-type drones over Belgorod.", "4 aircraft-type drones"],
    ["'Shahed-type attack drones', quoted through the noun", "Russia launched 112 Shahed-type attack drones.", "112 Shahed-type attack drones"],
  ])("%s", (_, text, quote) => expect(extractClaims(text).find((c) => c.quote === quote)?.category).toBe("drones"));
  test("... but crewed boats stay equipment", () => {
    expect(extractClaims("A drone hit 2 patrol boats.").map((c) => c.category)).toEqual(["equipment"]);
  });
});

describe("a list's lines of shot-down drones", () => {
  test("'🔹 71 – shot down by fire; 🔹 47 – locationally lost' count the drones of the line above", () => {
    const text = "As of 08:30, air defence shot down/suppressed 118 enemy UAVs across the country:\n🔹 71 – shot down by fire;\n🔹 47 – locationally lost (imitator drones).";
    expect(categories(text)).toEqual([["118 enemy UAVs", "drones"], ["71", "drones"], ["47", "drones"]]);
  });
  test("shells fired 'including 6 from MLRS' are attacks; 'the package includes' shells, equipment", () => {
    expect(extractClaims("The enemy fired 251 shells, including 6 from multiple rocket launchers.").map((c) => c.category)).toEqual(["attacks", "attacks"]);
    expect(extractClaims("The package includes 300,000 shells.").map((c) => c.category)).toEqual(["equipment"]);
  });
  test("'the number of injured in the city has risen to 19' counts the injured, not the city", () => {
    const claim = extractClaims("The number of injured in the city has risen to 19.")[0];
    expect([claim.category, claim.subject]).toEqual(["injured", "injured"]);
    expect(extractClaims("The number of people killed in the capital has risen to four.").map((c) => [c.category, c.subject])).toEqual([["killed", "people killed"]]);
  });
  test("ordnance listed with cleared ordnance ('destroyed 67 cluster submunitions and 140 mortar rounds') is cleared, not fired", () => {
    expect(extractClaims("Deminers destroyed 67 cluster submunitions and 140 mortar rounds.").map((c) => c.category)).toEqual(["other", "other"]);
    expect(extractClaims("The enemy fired 40 shells and 12 rockets.").map((c) => c.category)).toEqual(["attacks", "missiles"]);
  });
  test("hyphenated nouns the lexicon lists whole ('two high-rises') and refineries struck are infrastructure", () => {
    expect(extractClaims("The bomb damaged two high-rises.").map((c) => c.category)).toEqual(["infrastructure"]);
    expect(extractClaims("At least 4 Russian refineries were hit during the week.").map((c) => c.category)).toEqual(["infrastructure"]);
  });
  test("a place's line under a 'By region:' heading counts what the block before counted; under a heading naming its own count, that", () => {
    const drones = "As of 08:30, air defence shot down 118 enemy UAVs.\n\nBy region:\n🔹 Kharkiv region – 26;\n🔹 Sumy region – 19;";
    expect(categories(drones)).toEqual([["118 enemy UAVs", "drones"], ["26", "drones"], ["19", "drones"]]);
    const cleared = "A total of 243 groups worked: 1,316 specialists and 184 units of equipment.\n\nExplosive objects neutralised, by region:\n• Kharkiv Oblast – 2,118\n• Kherson Oblast – 1,376";
    expect(extractClaims(cleared).slice(-2).map((c) => c.category)).toEqual(["other", "other"]);
  });
  test("a list line labelled by joined places ('Kyiv region and the city of Kyiv – 14') is a place's share, not a count of cities", () => {
    const text = "As of 08:30, air defence shot down 118 enemy UAVs.\n\nBy region:\n🔹 Kharkiv region – 26;\n🔹 Kyiv region and the city of Kyiv – 14;\n🔹 Odesa region – 11;";
    expect(extractClaims(text).map((c) => c.category)).toEqual(["drones", "drones", "drones", "drones"]);
  });
});

describe("a place's figure in brackets after 'the number of ...'", () => {
  test("counts what the number named, at that place", () => {
    const text = "The largest number of confirmed dead come from Bashkortostan (4,102), Tatarstan (3,377) and the Sverdlovsk region (3,290).";
    expect(placed(text)).toEqual([
      ["4,102", "killed", "Bashkortostan"],
      ["3,377", "killed", "Tatarstan"],
      ["3,290", "killed", "Sverdlovsk Oblast"],
    ]);
  });

  test("a noun the lexicon lists after 'the number of' wins over an adjective in -s before it: 'the number of previous attacks'", () => {
    expect(placed("The largest number of previous attacks was recorded in Kharkiv Oblast (318).")).toEqual([["318", "attacks", "Kharkiv Oblast"]]);
  });

  test("a plural the lexicon does not list counts as other: 'the largest number of war crimes ... Kharkiv Oblast (318)'", () => {
    const text = "The largest number of war crimes this week was registered in Kharkiv Oblast (318) and Sumy Oblast (121).";
    expect(placed(text)).toEqual([
      ["318", "other", "Kharkiv Oblast"],
      ["121", "other", "Sumy Oblast"],
    ]);
  });
});

describe("a figure in brackets right after the noun it counts", () => {
  test("'Tanks (3,790, of which destroyed: 2,701)' counts tanks", () => {
    expect(categories("RUSSIA: SELECTED CATEGORIES\n\nTanks (3,790, of which destroyed: 2,701)")[0]).toEqual(["3,790", "equipment"]);
    // (a person noun before the bracket is no such label: "the governor (2)" is nobody's count)
    expect(extractClaims("Reported by the governor (2).").map((c) => c.quote)).toEqual([]);
  });
});

describe("place lines under a heading that measures", () => {
  test("'Cleared land since January, by region (ha):' over 'Kharkiv Oblast – 19,550' is an area in hectares", () => {
    expect(extractClaims("Cleared land since January, by region (ha):\nKharkiv Oblast – 19,550").map((c) => [c.quote, c.category, c.normalized.unit, c.location])).toEqual([["19,550", "area", "km2", "Kharkiv Oblast"]]);
  });
});

describe("'suffered' as killed and injured together", () => {
  test("'more than 2,470 children have suffered' and 'had suffered more than 950,000' are casualties", () => {
    expect(only("More than 2,470 children have suffered as a result of the aggression.").category).toBe("casualties");
    expect(only("Defence Intelligence assessed that Russia had almost certainly suffered more than 950,000.").category).toBe("casualties");
  });
});

test("a running total a count brings the total to ('bringing the total since 2022 to more than 51,000') counts what the count before it counts", () => {
  const claims = extractClaims("The ministry said 2,500 Ukrainian recruits had completed training in Britain in October under Operation Interflex, bringing the total since 2022 to more than 51,000.");
  expect(claims.map((c) => [c.quote, c.category])).toEqual([["2,500 Ukrainian recruits", "personnel"], ["more than 51,000", "personnel"]]);
  // (a total brought to a figure with nothing counted before it counts nothing)
  expect(quotes("The rise, bringing the total to 51,000, surprised observers.")).toEqual([]);
});


test("a bare output or goal after a verb of making or reaching ('could make 15,000 a month', 'aims to reach 3,500', 'raised to 2,000') counts what the sentence's count of weapons counts", () => {
  const claims = extractClaims("Russia now produces about 2,700 Shahed drones a month and aims to reach 3,500 by the end of the year. Bastion delivered 46,000 mortar rounds and could make 15,000 a month. Lockheed builds about 600 PAC-3 missiles a year, and the Pentagon wants that raised to 2,000.");
  expect(claims.map((c) => [c.quote, c.category])).toEqual([
    ["about 2,700 Shahed drones", "drones"], ["3,500", "drones"], ["46,000 mortar rounds", "equipment"], ["15,000", "equipment"], ["about 600", "missiles"], ["2,000", "missiles"],
  ]);
  // (and staff an employer plans to reach)
  expect(categories("The charity now employs about 1,300 local staff and plans to reach 2,000 by the end of 2026.")).toEqual([["about 1,300 local staff", "personnel"], ["2,000", "personnel"]]);
});

test("a noun joined to its figure by 'number' ('Russian casualties now number more than 860,000') counts it", () => {
  expect(categories("Russian casualties now number more than 860,000. Russian troops in the area number about 50,000.")).toEqual([
    ["more than 860,000", "casualties"],
    ["about 50,000", "personnel"],
  ]);
  expect(quotes("The number 5 bus was hit.")).toEqual([]);
});

test("a share of them past a clock time counts what the count before the time counted", () => {
  expect(categories("The enemy launched 19 Shahed-type drones at the city between 01:40 and 04:15; air defence shot down 13 of them.")).toEqual([
    ["19 Shahed-type drones", "drones"],
    ["13 of them", "drones"],
  ]);
});

test("a bare figure telling what else became of the drones counted before ('two hit an energy facility', 'at least 3 crashed', '24 were \"lost\"') counts them", () => {
  expect(categories("Kozytskyi said 12 of the 14 drones that entered the Lviv region were destroyed; two hit an energy facility.")).toEqual([["12", "drones"], ["14 drones", "drones"], ["two", "drones"]]);
  expect(categories("Of the 46 drones, at least 12 flew back into Ukraine, and at least 3 crashed on Belarusian territory.")).toEqual([["46 drones", "drones"], ["at least 12", "drones"], ["at least 3", "drones"]]);
  expect(categories('Russia launched 88 drones. Air defenses shot down 55 of them, while 24 were "lost", most likely to jamming.')).toEqual([["88 drones", "drones"], ["55", "drones"], ["24", "drones"]]);
  // ("The third one crashed": which one, not how many)
  expect(categories("Russia launched 3 drones. The third one crashed near Cahul.")).toEqual([["3 drones", "drones"]]);
});

test("a share of them after 'to' ('supply has already been restored to 2,150 of them') counts what the sentence counted", () => {
  expect(categories("3,400 families in the city were left without electricity after the strike; supply has already been restored to 2,150 of them.")).toEqual([
    ["3,400 families", "people"],
    ["2,150", "people"],
  ]);
});

test("a line led by its figure, a spaced dash or a colon, then what it counts ('44 — Russian assaults on the Pokrovsk axis') counts that", () => {
  expect(categories("44 — Russian assaults on the Pokrovsk axis on Monday\n472 – drones and decoys Russia launched overnight\n• 214: Russian assaults on the Lyman sector")).toEqual([["44", "attacks"], ["472", "drones"], ["214", "attacks"]]);
  // (a number word before a colon enumerates; a year before a dash is no count)
  expect(categories("One: the residents have left.\n\n2025 — a year of trials")).toEqual([]);
});

test("'Of those downed, 31 were over the Odesa region': a share opened by 'Of those' and a participle counts what was counted before", () => {
  expect(categories("The air force said it had shot down 49 of the 73 drones launched overnight. Of those downed, 31 were over the Odesa region.")).toEqual([
    ["49", "drones"], ["73 drones", "drones"], ["31", "drones"],
  ]);
});

test("two modifiers of one noun joined by 'and' ('over 70 oil and gas facilities', 'at least 14 ballistic and cruise missiles') are one counted phrase", () => {
  expect(categories("Drones have struck over 70 oil and gas facilities. Russia fired at least 14 ballistic and cruise missiles. More than 450 fire and rescue stations were damaged.")).toEqual([
    ["over 70 oil and gas facilities", "infrastructure"],
    ["at least 14 ballistic and cruise missiles", "missiles"],
    ["More than 450 fire and rescue stations", "infrastructure"],
  ]);
  // (two nouns stay the first one's count)
  expect(quotes("Russia lost 5 tanks and armoured vehicles.")).toEqual(["5 tanks"]);
});

test("the first side's figure shares the noun the second side's names: '3,741 Russian and 1,100 Ukrainian tanks'", () => {
  expect(extractClaims("Oryx lists 3,741 Russian and 1,100 Ukrainian tanks.").map((c) => [c.quote, c.category, c.actor])).toEqual([
    ["3,741", "equipment", "russia"],
    ["1,100 Ukrainian tanks", "equipment", "ukraine"],
  ]);
});

test("a count restated as a rate ('or about 1,565 a day', 'an average of more than 1,550 a day') counts the same thing, as the writer's arithmetic", () => {
  const read = (text: string) => extractClaims(text).map((c) => [c.quote, c.category, c.attribution]);
  expect(read("The General Staff said Russia lost 48,530 personnel in January, or about 1,565 a day.")).toEqual([
    ["48,530 personnel", "casualties", "Ukrainian General Staff"],
    ["about 1,565", "casualties", null],
  ]);
  expect(read("Kyiv reported 48,240 Russian soldiers killed and wounded in January – an average of more than 1,550 a day.")).toEqual([
    ["48,240 Russian soldiers", "casualties", "Ukrainian officials"],
    ["more than 1,550", "casualties", null],
  ]);
});

test("how long something went on, 'for' a span 'after' an event, is a claim; a span after an event without 'for' is when", () => {
  expect(quotes("3,400 subscribers had been without gas for 11 days after a drone hit a distribution station.")).toEqual(["3,400 subscribers", "11 days"]);
  expect(quotes("Two days after the strike, rescuers were still searching.")).toEqual([]);
});

test("a copula links a figure to the number or toll its clause opened with ('the number of Russian casualties was likely around 1,170'), not a multiple", () => {
  expect(categories("The average daily number of Russian casualties in February was likely around 1,170.")).toEqual([["around 1,170", "casualties"]]);
  expect(categories("The number of enemy UAVs shot down over the region is 22, not 19 as reported earlier.")).toEqual([["22", "drones"]]);
  expect(quotes("Their model suggests that the real number of dead is one and a half to two times higher.")).toEqual([]);
});

test("a bare figure after 'Now' ('Now there are three.', 'Now about 20') counts what the count before it counted", () => {
  expect(categories("Before the war there were 16 doctors in the department. Now there are 11, plus 24 nurses.")).toEqual([["16 doctors", "personnel"], ["11", "personnel"], ["24 nurses", "personnel"]]);
  expect(categories('"There were 200 people on our side of the ravine. Now about 20," she said.')).toEqual([["200 people", "people"], ["about 20", "people"]]);
  // (and "Only" with a verb of what is left)
  expect(categories('"There were 30 houses on our street. Only 9 are still whole," she said.')).toEqual([["30 houses", "infrastructure"], ["9", "infrastructure"]]);
  // (not a figure later in a sentence opened by "Now")
  expect(categories("There were 200 people here. Now the town has 3 shops.")).toEqual([["200 people", "people"], ["3 shops", "infrastructure"]]);
});

test("a figure set off by commas right after the plural it counts ('Most of the evacuees, 263, came from ...') counts it", () => {
  expect(categories("Most of the evacuees, 263, came from the Kostiantynivka hromada.")).toEqual([["263", "people"]]);
  // (not after a word the lexicon does not count)
  expect(quotes("In its reports, 263, the mission listed cases.")).toEqual([]);
});

test("a quoted figure counts the noun after its closing mark ('holding \"no more than 1,000\" Ukrainian civilians'); a quoted exchange rate does not", () => {
  expect(categories('Moskalkova said Russia was holding "no more than 1,000" Ukrainian civilians.')).toEqual([["no more than 1,000", "captured"]]);
  expect(categories('Partners had promised "at least two more" Patriot systems and "20-30" drones.')).toEqual([["at least two", "equipment"], ["20-30", "drones"]]);
  expect(quotes('Zelenskyy said Kyiv was ready for a "1,000 for 1,000" prisoner swap.')).toEqual([]);
});

test("a noun before a quoted figure counts it ('The death toll has risen to \"more than 40\"')", () => {
  expect(categories('The death toll has risen to "more than 40". Russian losses stood at "about 1,200" a day.')).toEqual([
    ["more than 40", "killed"],
    ["about 1,200", "casualties"],
  ]);
});

test("a share of them after a semicolon is a share of the sentence's count ('the 24 crew members were questioned; 15 of them are Indian nationals')", () => {
  expect(categories("Police said the 24 crew members were being questioned on board; 15 of them are Indian nationals.")).toEqual([
    ["24 crew members", "people"],
    ["15", "people"],
  ]);
});

test("a hedge between the auxiliaries and the toll's verb ('of whom around 250,000 have likely been killed') keeps the toll", () => {
  expect(categories("Russia has likely suffered almost 990,000 casualties, of whom around 250,000 have likely been killed.")).toEqual([
    ["almost 990,000 casualties", "casualties"],
    ["around 250,000", "killed"],
  ]);
});

test("a share of them past a date counts what the count before the date counted", () => {
  expect(categories("Russia launched 40 drones at Kyiv on the night of July 9, and air defence shot down 30 of them.")).toEqual([
    ["40 drones", "drones"],
    ["30 of them", "drones"],
  ]);
});

test("a fight still under way after attacks counted ('repelled five of the attacks; one is still ongoing', 'One battle is still going on') is one of them", () => {
  expect(categories("The occupiers attacked 6 times near Kupiansk. Ukrainian defenders repelled five of the attacks; one is still ongoing.")).toEqual([["6 times", "attacks"], ["five of the attacks", "attacks"], ["one", "attacks"]]);
  expect(categories("The enemy attacked twice near Vovchansk. One battle is still going on.")).toEqual([["twice", "attacks"], ["One", "attacks"]]);
  // (not after a count of something else)
  expect(categories("Rescuers saved 5 people. One is still ongoing.")).toEqual([["5 people", "people"]]);
});

test("a sentence of only a place and a figure ('In Kyiv alone, 430,000.') is that place's share of the count before", () => {
  expect(extractClaims("About 1.2 million households were without power nationwide. In Kyiv alone, 430,000.").map((c) => [c.quote, c.category, c.location])).toEqual([
    ["About 1.2 million households", "people", null],
    ["430,000", "people", "Kyiv"],
  ]);
  // (not a figure the sentence says more of)
  expect(quotes("About 1.2 million households were without power. In Kyiv, 430,000 dollars went missing.")).toEqual(["About 1.2 million households", "430,000 dollars"]);
});

test("a linked figure's noun may end five words back, past a place's phrase ('Russian attacks in the Pokrovsk sector had fallen to about 50')", () => {
  expect(categories("Russian attacks in the Pokrovsk sector had fallen to about 50 a day. Russian casualties in the Pokrovsk direction likely averaged 400 a day.")).toEqual([
    ["about 50", "attacks"],
    ["400", "casualties"],
  ]);
});

test("a caption's series set apart by middle dots ('\"AFU losses over the day\": Sever up to 170 · Zapad up to 230') counts what the caption counts", () => {
  expect(categories('[GRAPHIC: "AFU losses over the day": Sever up to 170 · Zapad up to 230 · Yug up to 150]')).toEqual([
    ["up to 170", "casualties"], ["up to 230", "casualties"], ["up to 150", "casualties"],
  ]);
  // (not figures a caption names nothing of)
  expect(quotes("Weather: Kyiv 12 · Lviv 9 · Odesa 15")).toEqual([]);
});

test("a family's name before its designation ('8 Dana M2 self-propelled howitzers') is passed over to the noun; a country's adjective is not a family", () => {
  expect(categories("The government approved the sale of 8 Dana M2 self-propelled howitzers to Ukraine.")).toEqual([["8", "equipment"]]);
  expect(extractClaims("Jets were scrambled, with four Dutch F-35 fighters on patrol.").map((c) => c.category)).not.toContain("personnel");
});

test("things a strike damaged are infrastructure whatever the lexicon calls them: '3 switchgear cells were damaged', '9 damaged doors'", () => {
  expect(categories("A power transformer and 3 switchgear cells were damaged.")).toEqual([["3 switchgear cells", "infrastructure"]]);
  expect(categories("We counted 9 damaged doors and 6 cracked interior walls.")[0]).toEqual(["9 damaged doors", "infrastructure"]);
  expect(categories("Near Lozova a traction substation and 2 sections of the overhead contact line were damaged.")[0][1]).toBe("infrastructure");
  // (destroyed, an army's things stay other: damage is what a strike does to them)
  expect(categories("Three observation posts were destroyed near Kupiansk.")).toEqual([["Three observation posts", "other"]]);
  expect(categories("A drone hit the substation. A transformer and 2 switching cells were destroyed.")).toEqual([["2 switching cells", "infrastructure"]]);
  // (unknown things no damage is said of stay other)
  expect(categories("The charity handed out 300 blankets.")).toEqual([["300 blankets", "other"]]);
});

test("a share of a count after it takes that count's noun, not a label's before it; a label's own share keeps the label", () => {
  expect(categories("The Air Force reports: 12 of 19 attack drones launched at Sumy Oblast were shot down overnight.")).toEqual([["12", "drones"], ["19 attack drones", "drones"]]);
  expect(categories("Shot down:\n– Kh-101 cruise missiles: 8 of 9;")).toEqual([["8", "missiles"], ["9", "missiles"]]);
});

test("targets air defenders brought down are drones", () => {
  expect(categories("The Air Force reported 120 missiles and 90 drones, and said air defenders brought down 144 targets.")[2]).toEqual(["144 targets", "drones"]);
});

test("a toll raised to a count of people is the toll's, and 'grown to' raises it as 'risen to' does; a ratio 'to 1' is none", () => {
  expect(categories("The death toll has risen to three people: rescuers pulled a body from the rubble.")).toEqual([["three people", "killed"]]);
  expect(categories("The number of injured has grown to 12 people, Kiper added. The number of injured has grown to 16.")).toEqual([["12 people", "injured"], ["16", "injured"]]);
  expect(categories("Evacuations rose to 300 people a day.")).toEqual([["300 people", "people"]]);
  // (only after a verb of rising: a carrying verb before "to" raises no toll)
  expect(categories("Medics took the injured to hospital, and psychologists provided assistance to 40 people.")).toEqual([["40 people", "people"]]);
  expect(categories("The ratio of drones to missiles in Russian attacks has grown to about 50 to 1.")).toEqual([]);
});

test("generals are troops, and troops among a toll's dead share the toll", () => {
  expect(categories("At least 5,270 officers have been killed, among them 7 generals.")).toEqual([["At least 5,270 officers", "killed"], ["7 generals", "killed"]]);
  expect(categories("Twenty-one people were injured, including 4 soldiers.")).toEqual([["Twenty-one people", "injured"], ["4 soldiers", "injured"]]);
  // (troops only right after the toll's comma)
  expect(categories("Six people were injured; a response force including 300 soldiers was deployed to the area.")[1]).toEqual(["300 soldiers", "personnel"]);
});

test("troops prosecuted are people, suspects and convicts: 'notified 5 Russian servicemen of suspicion'", () => {
  expect(categories("Prosecutors notified 5 Russian servicemen of suspicion of cruel treatment of civilians.")).toEqual([["5 Russian servicemen", "people"]]);
  expect(categories("Courts have already delivered verdicts to 142 Russian servicemen, 119 of them in absentia.")).toEqual([["142 Russian servicemen", "people"], ["119", "people"]]);
  // (troops lost stay the losses)
  expect(categories("Russia lost 1,200 servicemen over the day, the General Staff said.")).toEqual([["1,200 servicemen", "casualties"]]);
  // (only their own clause's prosecution: not a word of it elsewhere, nor "charged" as attacked)
  expect(categories("Prosecutors said in the indictment that Russia had concentrated 50,000 troops near Pokrovsk.")).toEqual([["50,000 troops", "personnel"]]);
  expect(categories("About 150 Russian soldiers charged Ukrainian positions near Pokrovsk on Tuesday.")).toEqual([["About 150 Russian soldiers", "personnel"]]);
  expect(categories("It has sent indictments against 94 Russian servicemen to court.")).toEqual([["94 Russian servicemen", "people"]]);
});

test("people counted as crews are personnel: 'N people from repair crews', 'crews totalling N people'", () => {
  expect(categories("More than 600 people from repair crews are already at the sites.")).toEqual([["More than 600 people", "personnel"]]);
  expect(categories("Repair crews totalling 140 people are already working at both plants.")).toEqual([["140 people", "personnel"]]);
  // (not people the crews bring, nor people from a place)
  expect(categories("The transit point received 1,050 evacuees from all crews. About 300 people from the village were evacuated.")).toEqual([["1,050 evacuees", "people"], ["About 300 people", "people"]]);
  // (the crews the head after "from", no captives, no settlements named after workers)
  expect(categories("Ukraine brought home 95 people from National Guard units who had been held in Russian captivity.")).toEqual([["95 people", "captured"]]);
  expect(categories("Humanitarian aid reached 500 people from workers' settlements in Donetsk region.")).toEqual([["500 people", "people"]]);
});

test("decoys, FPVs and imitators are drones", () => {
  expect(categories('Air defences shot down 55 drones, and 24 decoys were "locationally lost".')[1]).toEqual(["24 decoys", "drones"]);
  expect(categories("Our workshop assembles about 1,500 FPVs a month.")).toEqual([["about 1,500 FPVs", "drones"]]);
});

test("fires a strike caused and municipalities attacked are counted things, not attacks", () => {
  expect(categories("In Kherson, artillery shelling of the Dniprovskyi district caused 4 fires in residential buildings.")).toEqual([["4 fires", "other"]]);
  expect(categories("Over the past day, Ukrainian forces attacked 11 municipalities of the Belgorod region.")).toEqual([["11 municipalities", "other"]]);
});

test("warnings of an attack and rounds of talks are no attacks: 'air-raid alerts', 'three rounds of direct talks'", () => {
  expect(categories("Since the beginning of the year, Konotop has lived through 213 air-raid alerts.")).toEqual([["213 air-raid alerts", "other"]]);
  expect(categories("Istanbul hosted three rounds of direct talks between the two sides this year.")).toEqual([["three rounds", "other"]]);
  // (air raids themselves, and rounds fired, still are)
  expect(categories("Russia carried out 3 air raids on the city. The howitzer fired 40 rounds of ammunition.")).toEqual([["3 air raids", "airstrikes"], ["40 rounds", "attacks"]]);
});

test("cars counted with an army's kit in a list of losses are its vehicles; cars a strike damaged stay what it hit", () => {
  expect(categories("The enemy lost up to 155 servicemen, 2 tanks and 5 cars.")[2]).toEqual(["5 cars", "equipment"]);
  expect(categories("1 tank, 3 armoured combat vehicles and 2 cars were destroyed.")[2]).toEqual(["2 cars", "equipment"]);
  expect(categories("A drone hit a tank repair yard and damaged 11 cars.")).toEqual([["11 cars", "infrastructure"]]);
  // (an army's kit counted, not merely named: artillery that shelled a town does not make its cars an army's)
  expect(categories("The enemy shelled Nikopol with heavy artillery; 2 private houses and 3 cars were damaged.")[1]).toEqual(["3 cars", "infrastructure"]);
  expect(categories("Russian artillery destroyed 4 cars and a shop in Kherson.")).toEqual([["4 cars", "infrastructure"]]);
});

test("missile carriers are ships, one or many", () => {
  expect(categories("The enemy has raised 1 Kalibr carrier in the Black Sea with up to 4 missiles.")).toEqual([["1 Kalibr carrier", "equipment"], ["up to 4 missiles", "missiles"]]);
  expect(categories("One carrier is at the pier in Novorossiysk right now.")).toEqual([["One carrier", "equipment"]]);
});

test("where a thing was made, before its designation, is passed over to the noun: '2 US-made M113 armored personnel carriers'", () => {
  expect(categories("The Ukrainian army lost up to 430 personnel, a tank, 2 US-made M113 armored personnel carriers and 4 motor vehicles.")[1]).toEqual(["2", "equipment"]);
  expect(categories("Russia fired 3 Iranian-made Shahed drones.")).toEqual([["3 Iranian-made Shahed drones", "drones"]]);
  // (a calibre before a designation too)
  expect(categories("The enemy lost up to 195 servicemen and three 122mm D-30 guns.")[1]).toEqual(["three", "equipment"]);
});

test("a third country's adjective before a designation is passed over too, and fighters after a designation are jets", () => {
  expect(categories("Jets were scrambled, with four Dutch F-35 fighters on patrol.")).toEqual([["four", "equipment"]]);
  expect(categories("Poland scrambled two F-16 fighters.")).toEqual([["two", "equipment"]]);
  // (an aircraft's designation only: a unit's name before fighters leaves them men)
  expect(categories("12 Storm-Z fighters were killed near Bakhmut. Kyiv said 20 Akhmat-1 fighters were killed.")).toEqual([["12", "killed"], ["20", "killed"]]);
  // (fighters with no designation are still combatants)
  expect(categories("Eight foreign fighters were captured.")).toEqual([["Eight foreign fighters", "captured"]]);
});
