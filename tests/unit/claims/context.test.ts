import { extractClaims } from "@/lib/claims/extract";
import { canonicalPlace } from "@/lib/claims/data/gazetteer";
import { claimAt, only } from "./helpers";

describe("context: subject, actor, location, attribution, period", () => {
  test("subject is the counted noun phrase", () => expect(only("Russia launched 559 attacks.").subject).toBe("attacks"));
  test("a subject keeps a hyphenated compound whole", () => {
    expect(only("More than 40 high-rise buildings were damaged.").subject).toBe("high-rise buildings");
    expect(only("Air defences destroyed 47 aircraft-type drones.").subject).toBe("aircraft-type drones");
  });

  test("actor from an explicit side word, then from the clause's agent", () => {
    expect(only("The ministry repelled 14 Ukrainian counterattacks.").actor).toBe("ukraine");
    expect(only("Russia launched 72 drones at Ukraine.").actor).toBe("russia");
    expect(only("Ukraine's General Staff said the enemy carried out 4,820 shellings.").actor).toBe("russia");
  });

  test("a side's possessive before what was struck names the target, not the agent", () => {
    expect(only("Russia struck Ukraine's energy facilities with 94 missiles.").actor).toBe("russia");
    expect(claimAt("The Kyiv regime has made 96 attempts to strike Russian energy facilities, using 412 drones.", "412 drones")?.actor).toBe("ukraine");
    expect(only("Ukraine's forces destroyed 12 tanks.").actor).toBe("russia");
  });

  test("a source that is its own clause's subject defeats the other side's things, whoever acted before it", () => {
    const headline = "Russian bombs kill 6 in Zaporizhzhia as Ukraine says it downed 84 of 133 drones overnight";
    expect(claimAt(headline, "133 drones")?.actor).toBe("russia");
    expect(claimAt("Russian bombs hit Sumy as Moscow says it destroyed 38 armoured vehicles near Pokrovsk.", "38 armoured vehicles")?.actor).toBe("ukraine");
  });

  test("harm no side is named with is the other side's of where it happened; unplaced harm is Russia's", () => {
    expect(only("Three people were injured in Kharkiv on Sunday.").actor).toBe("russia");
    expect(only("Three people were injured in Belgorod on Sunday.").actor).toBe("ukraine");
    expect(only("Twelve private houses were damaged in Nikopol.").actor).toBe("russia");
    expect(only("Two people were injured.").actor).toBe("russia");
    expect(only("About 1,200 residents were evacuated from Kupiansk.").actor).toBeNull();
    // the UN's monitors ascribe the harm they count to no one
    expect(only("The UN Human Rights Monitoring Mission recorded 2,088 civilians killed in Kharkiv.").actor).toBeNull();
    expect(only("The police said 12 civilians were killed in Kharkiv.").actor).toBe("russia");
  });

  test("money no side is named with: roubles Russia's, hryvnias Ukraine's, other currencies third parties'", () => {
    expect(only("The families will receive 1 million rubles each.").actor).toBe("russia");
    expect(only("Each family received UAH 10,800.").actor).toBe("ukraine");
    expect(only("Norway will allocate NOK 1.3 billion.").actor).toBe("other");
    expect(only("Britain pledged £500 million in military aid.").actor).toBe("other");
  });

  test("rescuers and their machinery are the side's that holds the scene", () => {
    const kharkiv = extractClaims("The SES said 48 rescuers and 14 units of equipment were involved in Kharkiv.");
    expect(kharkiv.map((c) => c.actor)).toEqual(["ukraine", "ukraine"]);
    const belgorod = extractClaims("MChS said 40 rescuers and 12 units of equipment worked in Belgorod.");
    expect(belgorod.map((c) => c.actor)).toEqual(["russia", "russia"]);
  });

  test("what one side repels or destroys is the other side's", () => {
    expect(only("Ukrainian defenders repelled 14 attacks near Pokrovsk.").actor).toBe("russia");
    expect(only("The Russian Armed Forces have destroyed 663 aircraft.").actor).toBe("ukraine");
    expect(only("Russian forces carried out 14 attacks near Pokrovsk.").actor).toBe("russia");
  });

  test("an agent's weapons shot down in a clause with its own subject stay the agent's", () => {
    const claims = extractClaims("Russia launched 47 missiles at Ukraine overnight, and air defence forces shot down 351 aerial targets, the air force said.");
    expect(claims.map((c) => [c.quote, c.actor])).toEqual([["47 missiles", "russia"], ["351 aerial targets", "russia"]]);
    // (a verb right after the joiner, or past an adverb, shares the agent: what it destroyed is the other side's)
    expect(only("Ukrainian troops held the line, and destroyed 10 tanks near Pokrovsk.").actor).toBe("russia");
    expect(only("Ukrainian troops held the line, and overnight destroyed 12 tanks near Pokrovsk.").actor).toBe("russia");
  });

  test("drones a side loses, interceptors, and what 'the Kyiv regime' uses are the speaker's own side's or Ukraine's", () => {
    expect(claimAt("Ostapchuk: We lose around 40 drones daily, mostly to electronic warfare.", "around 40 drones")?.actor).toBe("ukraine");
    expect(claimAt("Its chief executive told Reuters the company was making about 4,000 interceptors a month.", "about 4,000 interceptors")?.actor).toBe("ukraine");
    expect(claimAt("Acting Governor Yuri Slyusar said the Kyiv regime had attacked the region with drones, and seven of them were shot down.", "seven of them")?.actor).toBe("ukraine");
    // (a loss elsewhere in the sentence says nothing of the figure: the Shaheds downed are Russia's)
    expect(claimAt("The commander said his crews had downed 146 Shaheds since April, losing 2 interceptors for every kill.", "146 Shaheds")?.actor).toBe("russia");
  });

  test("a channel headed by its owner's name in Cyrillic is the lexicon's person, of his side: the enemy it counts is Ukraine", () => {
    const page = " date 2025-06-18\nЕвгений Балицкий\nt.me/Balitskiy_Z · 187,412 subscribers\n\nSince the start of the year the enemy has fired more than 9,800 shells at the region's settlements.";
    expect(extractClaims(page).map((c) => [c.attribution, c.actor])).toEqual([["Yevgeny Balitsky", "ukraine"]]);
  });

  test("on a third country's site, a speaker no word gives a side is that country's: his troops and police are 'other'", () => {
    const page = " date 2025-09-12\nPolskie Radio · Poland\n\nInterior Minister Marcin Kierwiński said 1,100 police officers had been sent to the border counties.";
    expect(extractClaims(page).map((c) => [c.quote, c.actor])).toEqual([["1,100 police officers", "other"]]);
    // (not on a page of no host country, where such troops stay the default side's)
    expect(extractClaims(page.replace("Polskie Radio · Poland", "Radio News")).map((c) => c.actor)).toEqual(["ukraine"]);
  });

  test("the enemy a verb acts on is no agent: the ground gained is the speaker's side's", () => {
    const rybar = " date 2025-12-07\nРыбарь\n@rybar · 1.3M subscribers\n\nAssault groups of the 6th Army have pushed the enemy back 400-500 metres from the eastern bank of the Oskol.";
    expect(extractClaims(rybar).map((c) => [c.quote, c.actor])).toEqual([["400-500 metres", "russia"]]);
    // (not the subject of a speech verb's clause)
    expect(only("Ukrainian air defence reported the enemy launched 45 drones.").actor).toBe("russia");
  });

  test("a side the weapons were aimed at, or a part of a country, is no agent", () => {
    expect(extractClaims("Russia had launched more than 1,900 attack drones and almost 120 missiles of various types against Ukraine.").map((c) => c.actor)).toEqual(["russia", "russia"]);
    expect(claimAt("Its forces captured two villages in eastern Ukraine's Donetsk region, while the army said its troops had repelled dozens of assaults.", "dozens of assaults")?.actor).toBe("russia");
  });

  test("drones made, bought or received are the speaker's own side's; a country is the agent before a modal", () => {
    expect(only("His brigade received about 3,200 FPV drones in May.").actor).toBe("ukraine");
    expect(only("Korshun made 23,000 FPV drones in April.").actor).toBe("ukraine");
    expect(only("Since 1 January, the ministry has delivered 2.4 million drones of all types to the troops.").actor).toBe("ukraine");
    expect(only("His crew flies up to 30 missions a night, he said.").actor).toBe("ukraine");
    expect(only("Russia can now produce 2,700 Shahed-type drones a month.").actor).toBe("russia");
    expect(only("Overnight, 60 drones attacked Kharkiv.").actor).toBe("russia");
  });

  test("prisoners taken, held, freed or exchanged are no side's doing, as the gold set keeps them", () => {
    expect(only("Another 95 Ukrainian defenders returned home from Russian captivity.").actor).toBeNull();
    expect(only("Russian forces captured 12 Ukrainian soldiers near Pokrovsk.").actor).toBeNull();
    expect(only("On March 19, 175 Russian servicemen were returned from territory controlled by the Kyiv regime.").actor).toBeNull();
  });

  test("those who surrendered or were taken prisoner are their own side's loss", () => {
    expect(only("During the week, 53 Ukrainian servicemen laid down their arms and surrendered.").actor).toBe("ukraine");
    expect(only("Two more Russian soldiers surrendered to the brigade's assault battalion.").actor).toBe("russia");
    expect(only("Up to 25 Ukrainian servicemen were taken prisoner near Novenkoye.").actor).toBe("ukraine");
    // (those freed in an exchange stay no one's, whoever in the sentence surrendered once)
    expect(only("The exchange freed 95 Ukrainian defenders, among them fighters who surrendered in 2022.").actor).toBeNull();
  });

  test("people deported or abducted are Russia's doing; other people counted are no one's", () => {
    expect(only("At least 19,546 children have been deported or forcibly displaced.").actor).toBe("russia");
    expect(only("About 1,200 residents remain in the town.").actor).toBeNull();
  });

  test("the land a figure is of is no side of it ('480 square kilometres of Ukrainian territory')", () => {
    expect(only("Russian forces have likely gained approximately 480 square kilometres of Ukrainian territory.").actor).toBe("russia");
  });

  test("what a third country or its allies send, pay or pledge is theirs: actor other", () => {
    expect(only("Germany has delivered three Patriot systems to Ukraine.").actor).toBe("other");
    expect(only("Britain has already sent 14 tanks.").actor).toBe("other");
    expect(only("The package includes 20 Bradley Infantry Fighting Vehicles.").actor).toBe("other");
    expect(only("The package also includes 60 Vector reconnaissance drones.").actor).toBe("other");
    expect(only("Overnight, 60 drones were sent against Kyiv.").actor).toBe("russia");
    // a third country's dead are no third party's doing, nor its made-in label the owner
    expect(only("Two Polish farm workers were killed in Przewodów.").actor).toBe("russia");
    expect(only("Germany has delivered 40 German-made Leopard tanks to Ukraine.").actor).toBe("other");
    expect(only("Russian forces destroyed 12 German-made Leopard tanks.").actor).toBe("ukraine");
  });

  test("harm in a Russian region named by its canonical name ('Bryansk Oblast') is Ukraine's doing", () => {
    expect(only("In the Bryansk region, 14 private houses were damaged overnight.").actor).toBe("ukraine");
    expect(only("In the Belgorod region, 3 civilians were killed over the week.").actor).toBe("ukraine");
    expect(only("In the Kherson region, 3 civilians were killed over the week.").actor).toBe("russia");
  });

  test("equipment a third country's source counts is that side's, not the enemy's of it", () => {
    expect(only("Germany's defence ministry said the army currently has about 105 howitzers of this type.").actor).toBe("other");
  });

  test("troops no word gives a side, raised in a Russian region, are Russia's", () => {
    expect(only("The head of Bashkortostan said that more than 23,000 contract soldiers from Bashkortostan were serving.").actor).toBe("russia");
    expect(only("The head of the region said that more than 23,000 contract soldiers were serving.").actor).toBeNull();
  });

  test("the front's distances and the ground taken are the invader's, where a place lies no one's", () => {
    expect(only("The front line is now 4–5 kilometres from the edge of Kostiantynivka, the coordinator said.").actor).toBe("russia");
    expect(only("Assault units advanced 600-700 m along the railway north of Dimitrov.").actor).toBe("russia");
    expect(only("Orikhiv lies about 7 km from the front line.").actor).toBeNull();
    expect(only("The hospital is 3 km from the railway station.").actor).toBeNull();
    expect(only("DeepState recorded 176 sq km of gains in April.").actor).toBe("russia");
    expect(only("The reservoir covers about 2,150 sq km.").actor).toBeNull();
  });

  test("an area set out as a label's value goes on with the side of the area the page gave before it", () => {
    const actors = (text: string) => extractClaims(text).map((c) => [c.quote, c.actor]);
    const gains = "Over the month, the enemy occupied 556 km² of Ukrainian land.\n\n▪️ Pokrovsk direction — 141 km².\n\nSince the start of 2024: more than 2,300 km²";
    expect(actors(gains)).toEqual([["556 km²", "russia"], ["141 km²", "russia"], ["more than 2,300 km²", "russia"]]);
    // (after a copula, only in the same paragraph: "DeepState's figure for the same axis is 44 sq km")
    expect(actors("The enemy occupied 56 km² near Pokrovsk. DeepState's figure for the same axis is 44 sq km.")).toEqual([["56 km²", "russia"], ["44 sq km", "russia"]]);
    expect(actors("The enemy occupied 556 km² in June.\n\nThe Kakhovka reservoir's area was 2,155 km².")).toEqual([["556 km²", "russia"], ["2,155 km²", null]]);
    expect(actors("The enemy occupied 56 km² near Pokrovsk. The total area of the Donetsk region is 26,517 km².")).toEqual([["56 km²", "russia"], ["26,517 km²", null]]);
    // (not an area with words of its own, nor the rows under a heading of their own)
    expect(actors("The enemy occupied 556 km² in June.\n\nThe reservoir covers about 2,150 sq km.")).toEqual([["556 km²", "russia"], ["about 2,150 sq km", null]]);
    expect(actors("The enemy occupied 556 km² in June.\n\nCleared land since January, by region (ha):\nKharkiv Oblast – 19,550 hectares")).toEqual([["556 km²", "russia"], ["19,550 hectares", null]]);
  });

  test("a week's gains compared with the week before, then set out by direction, stay the same side's", () => {
    const actors = (text: string) => extractClaims(text).map((c) => [c.quote, c.actor]);
    const summary = "Over the week the enemy occupied 112.6 sq km of Ukrainian territory. That is 19.3 sq km less than a week earlier. Since 1 June the total stands at 357 sq km.\n\nPOKROVSK DIRECTION\nThe busiest direction for the fifth week in a row: 38.9 sq km.";
    expect(actors(summary)).toEqual([["112.6 sq km", "russia"], ["19.3 sq km", "russia"], ["357 sq km", null], ["38.9 sq km", "russia"]]);
    // (a figure alone on its line under a heading: "NOVOPAVLIVKA DIRECTION" over "24.1 sq km.")
    const headed = "Over the week the enemy occupied 112.6 sq km of Ukrainian territory.\n\nNOVOPAVLIVKA DIRECTION\n24.1 sq km. The fighting went on near Perebudova.";
    expect(actors(headed)).toEqual([["112.6 sq km", "russia"], ["24.1 sq km", "russia"]]);
    // (a difference in another paragraph has words of its own to read)
    expect(actors("The enemy occupied 112.6 sq km.\n\nThe lake is 19.3 sq km less than it was.")).toEqual([["112.6 sq km", "russia"], ["19.3 sq km", null]]);
  });

  test("a channel of no known side that speaks as Russia's side does counts the enemy's losses as Ukraine's", () => {
    const page = (opening: string) => `${opening}\n\nBy our data, the enemy lost at least 60 killed here over the past day and abandoned 3 armoured vehicles.`;
    const actors = (text: string) => extractClaims(text).map((c) => [c.quote, c.actor]);
    expect(actors(page("CHRONICLE OF THE SPECIAL MILITARY OPERATION. The AFU keeps throwing in reserves."))).toEqual([["at least 60 killed", "ukraine"], ["3 armoured vehicles", "ukraine"]]);
    expect(actors(page("Evening summary. The occupiers keep throwing in reserves near the special military operation's so-called AFU targets."))).toEqual([["at least 60 killed", "russia"], ["3 armoured vehicles", "russia"]]);
    // (another's words are not the page's: "the so-called special military operation", quoted)
    expect(actors(page("Evening summary on the so-called special military operation and the \"AFU\" it fights."))).toEqual([["at least 60 killed", "russia"], ["3 armoured vehicles", "russia"]]);
  });

  test("systems only Ukraine and its donors field are never Russia's: the donors' when sent, else Ukraine's", () => {
    expect(only("The government's list of deliveries now runs to 14 pages and includes 52 Gepard anti-aircraft guns.").actor).toBe("other");
    expect(only("Iskander-M strikes had destroyed three HIMARS launchers near Kharkov over the past week.").actor).toBe("ukraine");
    expect(only("Air defence systems shot down 3 Neptune missiles over Crimea.").actor).toBe("ukraine");
    // (a designation written in parts, "F-16s"; a launch is no donor's, "sent" though it says)
    expect(only("Russian air defence claimed two F-16s over the Zaporizhzhia region.").actor).toBe("ukraine");
    expect(only("Ukraine sent 12 Storm Shadow missiles at Crimea overnight.").actor).toBe("ukraine");
  });

  test("a losses list's personnel are the enemy's losses, as its tanks are, on a page speaking from Russia's side too", () => {
    const channel = "CHRONICLE OF THE SPECIAL MILITARY OPERATION. The AFU keeps throwing in reserves.\n\nTotal combat losses of the enemy over the day:\n\npersonnel — up to 1,150\ntanks — 6";
    expect(extractClaims(channel).map((c) => [c.quote, c.actor])).toEqual([["up to 1,150", "ukraine"], ["6", "ukraine"]]);
  });

  test("a losses list's personnel are the enemy's losses, as its tanks are", () => {
    const text = "The General Staff of the Armed Forces of Ukraine reported:\n\nTotal combat losses of the enemy as of 14.02.2025:\n\npersonnel — about 855,740 (+1,150)\ntanks — 10,094 (+6)";
    expect(extractClaims(text).map((c) => [c.quote, c.category, c.actor])).toEqual([
      ["about 855,740", "casualties", "russia"], ["+1,150", "casualties", "russia"], ["10,094", "equipment", "russia"], ["+6", "equipment", "russia"],
    ]);
  });

  test("the dead handed back are no side's doing, the dead recovered after a strike the attacker's", () => {
    expect(only("On the same day, Ukraine received the bodies of 1,000 people killed in the Donetsk direction.").actor).toBeNull();
    expect(only("Russian drones struck the building; rescuers recovered the bodies of 2 dead men.").actor).toBe("russia");
    expect(only("Russian drones struck the building; rescuers brought out the bodies of 2 dead men.").actor).toBe("russia");
  });

  test("what repairs covered is no one's doing, whatever harm the sentence says before", () => {
    expect(extractClaims("About 340 windows were blown out in Dnipro, and municipal services have already boarded up 120 of them.").map((c) => [c.quote, c.actor])).toEqual([["About 340 windows", "russia"], ["120 of them", null]]);
  });

  test("the whole a share of it was hit out of is no one's doing ('11 of our 37 municipal buses')", () => {
    expect(extractClaims("Drones have hit 11 of our 37 municipal buses in Nikopol.").map((c) => [c.quote, c.actor])).toEqual([["11", "russia"], ["37 municipal buses", null]]);
  });

  test("settlements evacuated or cut off from power, with no harm said, are no side's doing", () => {
    expect(only("Mandatory evacuation covers 35 settlements along the Dnipro.").actor).toBeNull();
    expect(only("In the Kharkiv region, 340 settlements had been partly or fully without power on Friday.").actor).toBeNull();
    expect(only("Russian forces shelled 35 settlements along the Dnipro.").actor).toBe("russia");
  });

  test("an origin ('French-made', 'U.S.-made') is no verb of making: drones shot down in the same list stay the enemy's", () => {
    const text = "Air defence means have shot down 46 French-made Hammer guided aerial bombs and 1,611 fixed-wing unmanned aerial vehicles, the Russian Defence Ministry said.";
    expect(extractClaims(text).map((c) => c.actor)).toEqual(["ukraine", "ukraine"]);
    expect(only("Korshun made 23,000 FPV drones in April, the Ukrainian Defence Ministry said.").actor).toBe("ukraine");
  });

  test("a damage estimate in a side's currency is the other side's doing; what is paid for damage stays the payer's", () => {
    expect(only("Investigators put the material damage at UAH 186 million.").actor).toBe("russia");
    expect(only("Preliminary damage in the Voronezh region is estimated at about 140 million rubles, Gusev said.").actor).toBe("ukraine");
    expect(only("The city will pay UAH 20,000 to each family whose flat was damaged.").actor).toBe("ukraine");
    expect(only("The region has paid out 94 million rubles in compensation to residents whose homes were damaged.").actor).toBe("russia");
    expect(only("Floods caused UAH 1.2 billion in damage in Zakarpattia.").actor).toBe("ukraine");
    expect(only("The city earmarked UAH 20 million for damage repairs.").actor).toBe("ukraine");
  });

  test("deminers killed at their work and victims of explosive objects are no side's doing; deminers a weapon struck are", () => {
    expect(only("In the line of duty, 14 pyrotechnicians have been killed since 2022.").actor).toBeNull();
    expect(only("According to the National Police, 4 civilians were killed by explosive objects during the week.").actor).toBeNull();
    expect(only("On 5 March a Russian drone attacked a pyrotechnic crew near Vysokopillia, injuring 2 pyrotechnicians.").actor).toBe("russia");
    expect(only("4 civilians were injured when Russian drones dropped explosive objects on the village.").actor).toBe("russia");
  });

  test("victims of mines and leftover explosives are no side's doing", () => {
    expect(only("Since the de-occupation, 318 civilians have been killed by mines and explosive remnants in Kharkiv Oblast.").actor).toBeNull();
    expect(only("Since the de-occupation, 318 civilians have been killed by shelling in Kharkiv Oblast.").actor).toBe("russia");
  });

  test("a side counted with its things is what a defeat verb after it acted on, not the victor", () => {
    const text = "Since 1 September I have logged 214 Russian vehicles destroyed or damaged on the Pokrovsk axis: 31 tanks, 58 IFVs and 28 trucks.";
    expect(extractClaims(text).map((c) => [c.quote, c.actor])).toEqual([["214 Russian vehicles", "russia"], ["31 tanks", "russia"], ["58 IFVs", "russia"], ["28 trucks", "russia"]]);
    // (the side as the clause's agent still defeats the other's)
    expect(only("Ukrainian drone units destroyed 31 tanks on the Pokrovsk axis.").actor).toBe("russia");
    // (a year before the side is no count of it: "In 2024 Russian air defence shot down ..." defeats Ukraine's drones)
    expect(only("In 2024 Russian air defence shot down 3,000 drones.").actor).toBe("ukraine");
  });

  test("a share of ground is its holder's; other shares and counts of no category stay no one's", () => {
    expect(only("ISW assesses that Russian forces now control roughly 85 percent of Toretsk.").actor).toBe("russia");
    expect(only("19%: the share of Ukraine Russia occupies").actor).toBe("russia");
    expect(only("In Kursk, the Ukrainians still hold about 45 percent of the ground they took in August.").actor).toBe("ukraine");
    expect(only("In reality, by our data, our troops control up to 60% of the village, the Russian Defence Ministry said.").actor).toBe("russia");
    expect(only("In our estimate, about 90% of Dzerzhinsk is now under our control, the Russian Defence Ministry said.").actor).toBe("russia");
    expect(only("Turnout in the region was 61% in 2024.").actor).toBeNull();
    // ("strength" far from the figure is no unit's manning)
    expect(only("The rouble gained strength against the dollar this month, rising 5%.").actor).toBeNull();
    expect(only("Damage was recorded in 6 districts of the capital.").actor).toBeNull();
  });

  test("a unit's manning is its side's: the side named before it, else the speaker's, else Ukraine's", () => {
    expect(only("His battalion was at about 60% of its authorised strength, he said.").actor).toBe("ukraine");
    expect(only("The Russian units there are at about 70% of their strength, the analyst said.").actor).toBe("russia");
    expect(only("Our battalion is at 80 percent of its strength, the Russian Defence Ministry said.").actor).toBe("russia");
  });

  test("Russia's economy in figures is Russia's; Ukraine's economy and counts of things on a list stay no one's", () => {
    expect(only("On June 6, the Bank of Russia cut its key rate to 20%.").actor).toBe("russia");
    expect(extractClaims("The deficit reached 2.2 trillion rubles, or 1% of GDP, the Finance Ministry said.").find((c) => c.quote === "1%")?.actor).toBe("russia");
    expect(only("The IMF expects Ukraine's economy to grow by 3 percent this year, as Russian attacks weigh on industry.").actor).toBeNull();
    expect(only("The 342 vessels on the list carried Russian crude worth billions in export revenue.").actor).toBeNull();
    expect(only("Ukrainian GDP fell 29% in 2022 after the Russian invasion.").actor).toBeNull();
    expect(only("The interception rate of Russian drones was 87% this month.").actor).toBeNull();
  });

  test("a third country's own things of no category are that country's ('11 Japanese companies')", () => {
    expect(only("He said 11 Japanese companies are now taking part in reconstruction projects.").actor).toBe("other");
    expect(only("He said 11 Ukrainian companies are now taking part in reconstruction projects.").actor).toBeNull();
  });

  test("war crimes registered are Russia's, unless a side is named with them", () => {
    expect(only("More than 185,000 war crimes have been registered in Ukraine since 24 February 2022, the Prosecutor General's Office said.").actor).toBe("russia");
    expect(only("Prosecutors have registered 14 crimes by Ukrainian soldiers.").actor).toBe("ukraine");
    expect(only("Police registered 12,000 crimes in the region this year.").actor).toBeNull();
  });

  test("a list line's things and the parts of their count are the side its label names", () => {
    const text = "The brigade's results for March:\n▪️ enemy UAVs shot down – 1,020, of which 214 were Orlan-10 reconnaissance drones\n🔻 enemy UAVs downed – 2,416, including 12 Orlan-10, 19 Zala 421-16E and 7 Lancet";
    expect(extractClaims(text).map((c) => [c.quote, c.actor])).toEqual([["1,020", "russia"], ["214", "russia"], ["2,416", "russia"], ["12", "russia"], ["19", "russia"], ["7", "russia"]]);
    // (a part that names its own side keeps it)
    expect(extractClaims("Ukrainian air defence shot down 40 drones over the region, including 3 Belarusian drones.").map((c) => c.actor)).toEqual(["russia", "other"]);
    // (a later clause with its own subject is no item of the list)
    expect(extractClaims("Russia lost 12 tanks, including 3 T-90s, and Ukraine lost 5 tanks.").map((c) => c.actor)).toEqual(["russia", "russia", "ukraine"]);
    // (nor a line whose label counts other things than the figure: "destroyed the following: 12 tanks")
    expect(only("Ukrainian UAVs destroyed the following: 12 tanks.").actor).toBe("russia");
  });

  test("a breakdown's entries are the losses of the total they break down, whoever tells them", () => {
    const text = "The anchor said the Ukrainian army had lost about 1,310 servicemen in 24 hours. By group of forces, as shown on screen:\n– Sever: up to 195 servicemen near Yunakovka;\n– Zapad: up to 230 near Kupyansk.";
    expect(extractClaims(text).map((c) => [c.quote, c.actor])).toEqual([["about 1,310 servicemen", "ukraine"], ["up to 195 servicemen", "ukraine"], ["up to 230", "ukraine"]]);
    // (an entry naming its own side keeps it)
    const own = "The anchor said the Ukrainian army had lost about 1,310 servicemen in 24 hours. By group of forces:\n– Sever: up to 195 servicemen;\n– Russian losses: 40 servicemen.";
    expect(extractClaims(own).map((c) => c.actor)).toEqual(["ukraine", "ukraine", "russia"]);
  });

  test("a side word on civilians killed or injured names the victims, not whose doing it was", () => {
    expect(only("At least 38 Kyiv residents have been killed in Russian strikes this month.").actor).toBe("russia");
    expect(only("Overnight shelling injured 17 of our residents in the village, the head of the hromada said.").actor).toBe("russia");
    // (sailors and saboteurs are of the fighting: their side word is their own)
    expect(only("Ukrainian drones killed 3 Russian sailors in Sevastopol, the Russian Defence Ministry said.").actor).toBe("russia");
    // (troops are counted by the side that lost them)
    expect(only("Ukrainian drone operators killed 23 Russian soldiers near Kupiansk.").actor).toBe("russia");
  });

  test("drones and blasts a source of no side counts go by where they were", () => {
    expect(only("According to the governor, 11 UAVs were shot down over the Volgograd region.").actor).toBe("ukraine");
    expect(only("According to the governor, 11 UAVs were shot down over the Kharkiv region.").actor).toBe("russia");
    expect(only("According to the governor, at least five explosions were heard in Voronezh.").actor).toBe("ukraine");
  });

  test("on a page keeping a list of the war dead, the dead of a place in Russia are Russia's own, not its civilians", () => {
    const actors = (text: string) => extractClaims(text).map((c) => [c.quote, c.actor]);
    const list = "Mediazona has confirmed the names of 5,000 Russian soldiers.\n\nBy region, the list is led by Bashkortostan with 802 confirmed deaths, followed by Tatarstan (407).";
    // (BBC News Russian keeps the list too; the list's dead may have been drone operators)
    expect(actors("BBC News Russian has confirmed the names of 5,000 soldiers.\n\nBy region, the list is led by Bashkortostan with 802 confirmed deaths, many of them drone operators.").at(-1)).toEqual(["802 confirmed deaths", "russia"]);
    expect(actors(list).slice(1)).toEqual([["802 confirmed deaths", "russia"], ["407", "russia"]]);
    expect(actors(`${list} In the Belgorod region, 243 civilians have been killed since 2022.`).at(-1)).toEqual(["243 civilians", "ukraine"]);
    // (nor the dead of a strike there, on a page that only cites the list)
    expect(actors("Mediazona counts Russia's dead by name.\n\nIn Belgorod, 5 were killed when a drone hit a bus.").at(-1)).toEqual(["5", "ukraine"]);
    // (a page with no such list: the dead of a place in Russia are the other side's doing there)
    expect(actors("By region, the toll is led by the Belgorod region with 80 confirmed deaths.")).toEqual([["80 confirmed deaths", "ukraine"]]);
  });

  test("on a page keeping a list of Russia's war dead, its shares are of Russia's dead, not of a population", () => {
    const actors = (text: string) => extractClaims(text).filter((c) => c.unit === "percent").map((c) => [c.quote, c.actor]);
    const page = "Mediazona has confirmed the names of 124,380 Russian servicemen killed in Ukraine.";
    expect(actors(`${page} Volunteers account for about 28 percent of the confirmed dead.`)).toEqual([["about 28 percent", "russia"]]);
    expect(actors(`${page} Moscow lost 274 men, or 0.8% of the total. About 12% of Russia's population live there.`)).toEqual([["0.8%", "russia"], ["About 12%", null]]);
    // (a page with no list of the dead, or a list of whose dead the page does not say)
    expect(actors("Volunteers account for about 28 percent of the recruits.")).toEqual([["about 28 percent", null]]);
    expect(actors("The city's Wall of Memory holds 3,100 names. Volunteers account for about 28 percent of them.")).toEqual([["about 28 percent", null]]);
    expect(actors("Kyiv's Wall of Remembrance holds the names of defenders killed by Russian troops. About 12 percent were women.")).toEqual([["About 12 percent", null]]);
  });

  test("what a drone costs in a currency of no side is its flier's: Ukraine's crews', or Russia's named", () => {
    expect(only("Every drone costs us about $310 to make.").actor).toBe("ukraine");
    expect(only("A Shahed-136 costs Russia between $35,000 and $50,000 to build.").actor).toBe("russia");
    // (not a cost of anything else, nor a Russian word that is not the drone's owner, nor a drone in another clause)
    expect(only("A bucket costs $3 at the market.").actor).toBe("other");
    expect(only("An FPV drone costing $400 can destroy a Russian tank.").actor).toBe("ukraine");
    expect(extractClaims("A Shahed costs about $50,000, while each Patriot interceptor fired at it costs $4 million.").map((c) => c.actor)).toEqual(["russia", "ukraine"]);
    // (a damage estimate first: "damage costing $40 million" in Odesa is Russia's doing)
    expect(only("The drone attack on the Odesa port caused damage costing $40 million.").actor).toBe("russia");
  });

  test("a damage estimate in another currency is the doing of the side the damaged place is not", () => {
    expect(only("The World Bank put direct damage to the energy sector at $20.5 billion.").actor).toBe("russia");
    expect(only("Damage to the Novoshakhtinsk refinery was estimated at $40 million.").actor).toBe("ukraine");
    // (a sum no damage is said of stays a third party's)
    expect(only("The World Bank lent Ukraine $20.5 billion.").actor).toBe("other");
  });

  test("buildings beyond repair or left without windows are harm, the other side's doing", () => {
    expect(only("In Kharkiv, 112 houses are beyond repair.").actor).toBe("russia");
    expect(only("In Kharkiv, about 60 flats have no windows.").actor).toBe("russia");
    // (not repairs nor flats counted without harm, nor a storm's)
    expect(only("In Kharkiv, about 60 flats have new windows.").actor).toBeNull();
    expect(only("In Kharkiv, 40 houses were left with no windows after the storm.").actor).toBeNull();
  });

  test("prisoners and the executed are killed by the side holding them", () => {
    expect(only("HRMMU documented cases in which Russian forces executed at least 56 Ukrainian servicemen hors de combat.").actor).toBe("russia");
    expect(only("The mission verified the execution of 79 Ukrainian servicemen after capture.").actor).toBe("russia");
    expect(only("HRMMU documented a case in which Ukrainian soldiers executed 2 Russian servicemen.").actor).toBe("ukraine");
    expect(only("He was convicted of shooting dead three Ukrainian prisoners of war near Robotyne.").actor).toBe("russia");
    // (troops killed in battle are still their own side's loss, whatever else the sentence executes or takes)
    expect(only("Ukrainian drone operators killed 23 Russian soldiers near Kupiansk.").actor).toBe("russia");
    expect(only("Russian forces executed a massive strike, killing 14 Ukrainian soldiers.").actor).toBe("ukraine");
    expect(only("Ukrainian forces killed 40 Russian soldiers and took prisoners.").actor).toBe("russia");
  });

  test("a person titled as the governor or mayor of a place in Russia speaks for Russia's side", () => {
    // (people the lexicon does not know, over a town no gazetteer lists, which cannot tell)
    expect(only("Penza Governor Oleg Melnikov said 9 drones were shot down near Zarechny.").actor).toBe("ukraine");
    expect(only("Kursk mayor Igor Kutsak said 4 drones were shot down near Zarechny.").actor).toBe("ukraine");
    // (a title of a place not in Russia gives no side: the drones go by their place, and an unlisted one is Russia's side's)
    expect(only("Sumy Governor Ivan Petrenko said 9 drones were shot down near Zarechny.").actor).toBe("russia");
  });

  test("harm near a weapon that a source of no side reports is the doing of the side the place is not", () => {
    expect(only("Five civilians were injured in a drone attack in Rylsk.").actor).toBe("ukraine");
    expect(only("Five civilians were injured in a drone attack in Sumy.").actor).toBe("russia");
  });

  test("buildings counted with no harm said are no one's doing", () => {
    expect(only("Municipal services have glazed 140 windows in Kharkiv.").actor).toBeNull();
    expect(only("In Kharkiv, 17 boiler houses were running on generators.").actor).toBeNull();
    expect(only("In Kharkiv, 150 windows were blown out.").actor).toBe("russia");
  });

  test("buildings listed under a heading that says they were damaged are harm", () => {
    const actors = (heading: string) => extractClaims(`${heading}\n\n– 231 private houses;\n– 83 cars.`).map((c) => c.actor);
    expect(actors("Over the week, the following were damaged in Kharkiv Oblast:")).toEqual(["russia", "russia"]);
    expect(actors("Over the week, the following were repaired in Kharkiv Oblast:")).toEqual([null, null]);
  });

  test("crews and workers at work, and personnel counted with their units of equipment, are the side's holding the place", () => {
    expect(only("More than 1,600 energy workers were repairing the damage in Kharkiv.").actor).toBe("ukraine");
    expect(extractClaims("In Belgorod, 42 personnel and 12 units of equipment were involved.").map((c) => c.actor)).toEqual(["russia", "russia"]);
    expect(only("The Moldovan Border Police said twelve border police officers were sent to the site.").actor).toBe("other");
    expect(extractClaims("Syniehubov said that 47 rescuers and 12 fire engines had worked at the site in Kharkiv.").map((c) => c.actor)).toEqual(["ukraine", "ukraine"]);
  });

  test("a country is the agent across an adverb before its verb ('Russia now has ...'), or before a present verb", () => {
    expect(only("Russia now has nearly 600,000 troops in and around Ukraine.").actor).toBe("russia");
    expect(only("Ukraine needs at least 10 more Patriot systems.").actor).toBe("ukraine");
  });

  test("a country is the agent before an irregular past ('Russia lost ...'), not before a headline's passive ('Kyiv hit by')", () => {
    expect(only("Russia lost an average of 1,240 men a day last month, it says.").actor).toBe("russia");
    expect(only("Russia lost 60 armoured vehicles near Kupiansk in May, Rybar writes.").actor).toBe("russia");
    expect(extractClaims("Kyiv hit by massive attack: 23 dead, including 4 children").map((c) => c.actor)).toEqual(["russia", "russia"]);
  });

  test("a side after the counted noun is read in its own phrase only, not past another preposition", () => {
    expect(only("The enemy lost up to 180 servicemen in the zones of responsibility of Russian battlegroups, the Russian Defence Ministry said.").actor).toBe("ukraine");
    expect(only("Over the past day, the enemy carried out 2,964 attacks on the positions of Ukrainian troops and settlements.").actor).toBe("russia");
    expect(only("They repelled 14 attacks by enemy assault groups.").actor).toBe("russia");
  });

  test("troops no word gives a side: small groups attacking are the speaker's enemy's, others the speaker's own or the side named", () => {
    expect(only("They attack in groups of five to seven men, the governor said.").actor).toBe("russia");
    expect(only('"They keep coming back in groups of 10-15 people," the Russian Defence Ministry said.').actor).toBe("ukraine");
    expect(only("Since January, 81,600 men had been mobilised, Ukraine's General Staff said.").actor).toBe("ukraine");
    expect(only("More than 52,000 people signed military contracts with the Russian MoD this year.").actor).toBe("russia");
  });

  test("location: the place after the figure, else before it, else what the paragraph is about", () => {
    const claims = extractClaims("Russia repelled 10 Ukrainian attacks in the Kupiansk area and two more in adjacent Lyman.");
    expect(claims.map((c) => c.location)).toEqual(["Kupiansk", "Lyman"]);
    expect(only("The offensive targeted four settlements in the Kharkiv region.").location).toBe("Kharkiv Oblast");
    const para = extractClaims("Kupyansk was ordered evacuated. The order affects around 12,000 people.");
    expect(para[0].location).toBe("Kupiansk");
  });

  test("the gazetteer folds transliterations and keeps Kupiansk-Vuzlovyi apart", () => {
    expect(["Kupiansk", "Kupyansk", "Kupjansk", "Купянськ"].map(canonicalPlace)).toEqual(Array(4).fill("Kupiansk"));
    expect(canonicalPlace("Kupyansk-Uzlovoy")).toBe("Kupiansk-Vuzlovyi");
    expect(canonicalPlace("Izyum")).toBe("Izium");
    expect(canonicalPlace("Odessa")).toBe("Odesa");
    expect(canonicalPlace("Kharkov region")).toBe("Kharkiv Oblast");
    expect(canonicalPlace("Atlantis")).toBeNull();
  });

  test("attribution: said, according to, a surname seen before, a report header", () => {
    expect(only("The Russian defence ministry said it repelled 10 attacks.").attribution).toBe("Russian Defence Ministry");
    expect(only("Governor Oleh Syniehubov said two people were killed.").attribution).toBe("Oleh Syniehubov");
    const two = extractClaims("Serhii Cherevatyi spoke on TV. Cherevatyi also reports three enemy assaults.");
    expect(two[0].attribution).toBe("Serhii Cherevatyi");
    expect(only("Over the past day, 176 combat clashes were recorded.").attribution).toBeNull();
    const header = extractClaims("General Staff of the Armed Forces of Ukraine\nOver the past day, 176 combat clashes were recorded.");
    expect(header[0].attribution).toBe("Ukrainian General Staff");
  });

  test("period from the report date and the sentence's words", () => {
    expect(only("Over the past day, 176 combat clashes were recorded.", "2024-12-05").period).toEqual({ from: "2024-12-04", to: "2024-12-05" });
    expect(only("Russia launched 70 drones on Sunday.", "2023-11-17").period).toEqual({ from: "2023-11-12", to: "2023-11-12" });
    expect(only("Russia launched 178 drones last week.", "2023-11-17").period).toEqual({ from: "2023-11-10", to: "2023-11-17" });
    expect(only("Russia launched 30 drones since the start of the week.", "2023-11-17").period).toEqual({ from: "2023-11-13", to: "2023-11-17" });
    expect(only("Russia launched 30 drones.", null).period).toBeNull();
  });
});

describe("attribution refinements", () => {
  test("according to reaches past a title to the name or body", () => {
    expect(only("According to Ukraine's ground forces commander, Oleksandr Syrskyi, Russia has concentrated more than 100,000 troops.").attribution).toBe("Oleksandr Syrskyi");
    expect(only("About 78% agree, according to a recent poll by the Kyiv International Institute of Sociology.").attribution).toBe("Kyiv International Institute of Sociology");
    expect(only("According to the General Staff, defenders repelled 11 enemy attacks.").attribution).toBe("Ukrainian General Staff");
  });

  test("'it said' refers back to the body last quoted", () => {
    const claims = extractClaims("Ukraine's air force said Russia attacked overnight. Air defences downed 78 drones, it said.");
    expect(claims[0].attribution).toBe("Ukrainian Air Force");
  });

  test("a qualifier before a currency symbol bounds the amount", () => {
    expect(only("The bill adds nearly $14 billion in aid.")).toMatchObject({ qualifier: "nearly", lower: 12.6e9, upper: 14e9 });
  });
});

test("'the regional administration' is named after the region the sentence is about", () => {
  expect(extractClaims("Russian forces shelled Kherson more than 90 times, the regional administration said.")[0].attribution).toBe("Kherson Regional Administration");
  expect(only("The enemy shelled Vovchansk 37 times, according to the regional prosecutor's office.").attribution).toBe("Kharkiv Regional Prosecutor's Office");
});

test("a sentence opening 'According to X' frames the rest of its paragraph; 'Among ...' continues the last speaker", () => {
  const framed = extractClaims("According to Syniehubov, the enemy launched 12 drones. Air defences shot down eight of the drones.\n\nThe fire spread over 2 hectares.");
  expect(framed.map((c) => c.attribution)).toEqual(["Oleh Syniehubov", "Oleh Syniehubov", null]);
  const among = extractClaims("Twenty-six people were injured, Oleh Syniehubov said. Among the wounded are two women.\n\nThe fire destroyed 3 cars.");
  expect(among.map((c) => c.attribution)).toEqual(["Oleh Syniehubov", "Oleh Syniehubov", null]);
});

test("newsletter furniture: 'Top 5' and '5 most important stories' are not claims", () => {
  expect(extractClaims("Top 5 weapons Ukraine needs. Read the 5 most important stories of the day.")).toEqual([]);
});

describe("a place's share in brackets", () => {
  test("'from Donetsk Oblast (5,312), Kherson Oblast (3,947)' counts what the sentence before counted, at each place", () => {
    const text = "Russia has deported 19,546 Ukrainian children. Most of them were taken from Donetsk Oblast (5,312) and Kherson Oblast (3,947).";
    expect(extractClaims(text).map((c) => [c.quote, c.category, c.location])).toEqual([
      ["19,546 Ukrainian children", "people", null], ["5,312", "people", "Donetsk Oblast"], ["3,947", "people", "Kherson Oblast"],
    ]);
  });

  test("a year or a page number in brackets after a name stays no claim", () => {
    expect(extractClaims("Russia has deported 19,546 children. The Geneva Convention (1949) and the report (14) say so. Comments (12)").map((c) => c.quote)).toEqual(["19,546 children"]);
  });
});
