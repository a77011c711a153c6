import type { Category } from "../types";

// Counted nouns (lower case, singular and plural) and the category they give a claim.
// "person" nouns are re-categorized by the verb around them ("two people were killed" -> killed).

export type NounClass = "person" | "military" | "thing" | "mutual" | "generic" | "ammo";

export type NounEntry = { category: Category; cls: NounClass };

const table: [Category, NounClass, string][] = [
  ["people", "person", "people person persons residents resident civilians civilian evacuees evacuee passengers passenger children child kids women woman man individuals inhabitants citizens refugees families pensioners teenagers minors villagers locals journalists girls boys babies infants elderly households subscribers consumers customers patients employees employee seafarers seafarer sailors sailor idps orphans policemen miners students teachers drivers farmers fishermen pedestrians shoppers pupils schoolchildren ukrainians russians newborns survivors witnesses returnees arrivals inpatients patient parents delegates travellers travelers neighbours neighbors saboteurs accomplices informants collaborators suspects convicts spies displaced"],
  ["people", "generic", "others"],
  // Emergency crews are personnel deployed, unless a verb says they were killed or injured.
  ["personnel", "person", "rescuers rescuer firefighters firefighter crews crew deminers deminer sappers sapper teams team workers engineers men specialists specialist technicians technician pyrotechnicians pyrotechnician instructors instructor staff staffers worker electricians electrician volunteers doctors medics nurses surgeons surgeon paramedics paramedic investigators investigator inspectors inspector experts"],
  ["people", "person", "missing"],
  ["personnel", "military", "troops soldiers soldier servicemen serviceman servicemembers personnel fighters militants mercenaries conscripts reservists recruits paratroopers marines officers generals occupiers invaders combatants defenders infantrymen stormtroopers pilots pilot infiltrators gunners snipers brigades brigade battalions battalion regiments regiment divisions formations"],
  ["killed", "person", "dead deaths fatalities bodies body killed toll fallen executions"],
  ["injured", "person", "injured wounded injuries"],
  ["casualties", "person", "casualties lives losses"],
  ["captured", "person", "prisoners prisoner pows captives detainees hostages"],
  ["attacks", "thing", "attacks attack assaults assault counterattacks counterattack counter-attacks counteroffensives offensives raids raid shellings shelling bombardments strikes strike attempts sorties storming launches hits waves"],
  ["attacks", "ammo", "shells shell rounds munitions projectiles grenades"],
  // mines are mostly found, cleared and destroyed: counted as other things (fired or dropped, categories.ts makes them attacks)
  ["other", "thing", "mines mine submunitions"],
  ["attacks", "thing", "explosions explosion blasts"],
  ["attacks", "mutual", "clashes clash engagements firefights battles skirmishes"],
  ["airstrikes", "thing", "airstrikes airstrike air-strikes bombs bomb kabs"],
  ["drones", "thing", "drones drone uavs uav shaheds shahed quadcopters lancets interceptors interceptor decoys decoy fpvs imitators"],
  ["missiles", "thing", "missiles missile rockets rocket iskanders kinzhals kalibrs"],
  ["equipment", "thing", "tanks tank vehicles vehicle apcs ifvs howitzers howitzer guns gun launchers launcher mlrs helicopters helicopter aircraft airplanes airplane planes plane jets jet warplanes bombers bomber ships ship vessels boats boat systems system radars radar trucks truck pickups equipment artillery motorcycles motorcycle motorbikes buggies machines machine detectors detector machinery mortars bmps bmp btrs btr warships warship carriers carrier frigates frigate corvettes corvette submarines submarine batteries battery minehunters minehunter rifles rifle firearms humvees armour armor"],
  ["infrastructure", "thing", "buildings building houses house homes home bridges bridge apartments apartment blocks substations substation facilities facility schools school hospitals hospital warehouses warehouse cars car garages churches shops kindergartens dwellings enterprises stations station structures flats plants plant tpps tpp chps autotransformers autotransformer transformers transformer buses bus trams tram trolleybuses minibuses locomotives tractors tractor cranes crane containers container barges barge terminals terminal shelters shelter ambulances ambulance silos silo dams dam universities university colleges college libraries library museums museum monuments monument theatres theaters theatre theater stadiums stadium markets market supermarkets supermarket cafes cafe restaurants restaurant hotels hotel high-rises high-rise cottages cottage outbuildings outbuilding barns barn sheds shed pharmacies pharmacy clinics clinic dormitories dormitory institutions institution towers tower depots depot windows window pipelines pipeline roads road stalls stall reactors reactor locomotive carriages wagons railcars highrises roofs roof basements basement cables cable entrances entrance classrooms classroom wells galleries refineries refinery balconies balcony hangars hangar"],
  // trains run, run late or carry evacuees and generators are handed out: services and aid counted, not structures hit
  ["other", "thing", "trains train generators generator"],
  // Places counted are not attacks: "attacked five oblasts", "hits were recorded at 11 locations", "7 of the attack sites"
  ["other", "thing", "regions oblasts provinces districts raions municipalities locations sites fires blazes"],
  // what a report counts of the world around the war: "47 countries", "13 partner nations", "26 videos and photographs"
  ["other", "thing", "countries nations videos photographs"],
  // criminal proceedings opened, as prosecutors and police count them
  ["other", "thing", "proceedings"],
  ["settlements", "thing", "settlements settlement villages village towns town cities city localities locality communities hamlets hromadas"],
];

export const NOUNS = new Map<string, NounEntry>();
for (const [category, cls, words] of table) {
  for (const word of words.split(" ")) NOUNS.set(word, { category, cls });
}

/** Two-word heads that mean something else than their last word: "air strikes", "missile systems". */
export const COMPOUNDS = new Map<string, NounEntry>(Object.entries({
  "air strikes": { category: "airstrikes", cls: "thing" },
  "air strike": { category: "airstrikes", cls: "thing" },
  "air raids": { category: "airstrikes", cls: "thing" },
  "missile strikes": { category: "missiles", cls: "thing" },
  "missile strike": { category: "missiles", cls: "thing" },
  "missile launches": { category: "missiles", cls: "thing" },
  "rocket strikes": { category: "missiles", cls: "thing" },
  "drone strikes": { category: "drones", cls: "thing" },
  "drone attacks": { category: "drones", cls: "thing" },
  "drone strike": { category: "drones", cls: "thing" },
  "drone attack": { category: "drones", cls: "thing" },
  "uav attacks": { category: "drones", cls: "thing" },
  "uav strikes": { category: "drones", cls: "thing" },
  "fpv strikes": { category: "drones", cls: "thing" },
  "fpv attacks": { category: "drones", cls: "thing" },
  "drone hits": { category: "drones", cls: "thing" },
  "aerial vehicles": { category: "drones", cls: "thing" },
  "aerial bombs": { category: "airstrikes", cls: "thing" },
  "guided bombs": { category: "airstrikes", cls: "thing" },
  "glide bombs": { category: "airstrikes", cls: "thing" },
  "combat engagements": { category: "attacks", cls: "mutual" },
  "assault actions": { category: "attacks", cls: "thing" },
  "offensive actions": { category: "attacks", cls: "thing" },
  "civilian vehicles": { category: "infrastructure", cls: "thing" },
  "civilian cars": { category: "infrastructure", cls: "thing" },
  "private cars": { category: "infrastructure", cls: "thing" },
  "explosive objects": { category: "other", cls: "thing" },
  "explosive items": { category: "other", cls: "thing" },
  "explosive devices": { category: "other", cls: "thing" },
  "power lines": { category: "infrastructure", cls: "thing" },
  "small arms": { category: "equipment", cls: "thing" },
  // an energy or water system's parts hit or repaired: "Two power units", "6 pump units", "11 overhead lines", "46 damaged sections"
  "power units": { category: "infrastructure", cls: "thing" },
  "pump units": { category: "infrastructure", cls: "thing" },
  "overhead lines": { category: "infrastructure", cls: "thing" },
  "voltage lines": { category: "infrastructure", cls: "thing" }, // "high-voltage lines": the word before the head is "voltage"
  "transmission lines": { category: "infrastructure", cls: "thing" },
  "damaged sections": { category: "infrastructure", cls: "thing" },
  "personnel carriers": { category: "equipment", cls: "thing" },
  "air targets": { category: "drones", cls: "thing" },
  "aerial targets": { category: "drones", cls: "thing" },
  // "117 air attack assets": missiles and drones together, counted as drones (like aerial targets)
  "attack assets": { category: "drones", cls: "thing" },
  "attack means": { category: "drones", cls: "thing" },
  "fighter jets": { category: "equipment", cls: "thing" },
  "civilian objects": { category: "infrastructure", cls: "thing" },
  // agents of a side's services are people ("9 more Russian agents"); "toxic agents" are not
  "russian agents": { category: "people", cls: "person" },
  "enemy agents": { category: "people", cls: "person" },
  "fsb agents": { category: "people", cls: "person" },
  // civilian ships are civilian vehicles (infrastructure), as civilian cars are; warships stay equipment
  // ships that carry missiles are ships: "3 missile carriers", "2 Kalibr carriers"
  "missile carriers": { category: "equipment", cls: "thing" },
  "kalibr carriers": { category: "equipment", cls: "thing" },
  "crew members": { category: "people", cls: "person" },
  "energy workers": { category: "personnel", cls: "person" },
  // heated shelters a city opens after a strike ("6 Invincibility Points were operating"), aid points: a service, not damage
  "invincibility points": { category: "other", cls: "thing" },
  "invincibility point": { category: "other", cls: "thing" },
  "aid points": { category: "other", cls: "thing" },
  // ... and the other points a city runs for people in need: "opened 9 heating points", "120 water distribution points"
  "heating points": { category: "other", cls: "thing" },
  "warming points": { category: "other", cls: "thing" },
  "distribution points": { category: "other", cls: "thing" },
  "transit points": { category: "other", cls: "thing" },
  "reception points": { category: "other", cls: "thing" },
  "pyrotechnic groups": { category: "personnel", cls: "person" },
  "fire groups": { category: "personnel", cls: "military" },
  "fpv sorties": { category: "drones", cls: "thing" },
  "drone sorties": { category: "drones", cls: "thing" },
  "crew member": { category: "people", cls: "person" },
  "civilian vessels": { category: "infrastructure", cls: "thing" },
  "civilian ships": { category: "infrastructure", cls: "thing" },
  "cargo ships": { category: "infrastructure", cls: "thing" },
  "cargo vessels": { category: "infrastructure", cls: "thing" },
  "merchant vessels": { category: "infrastructure", cls: "thing" },
  "merchant ships": { category: "infrastructure", cls: "thing" },
  "grain ships": { category: "infrastructure", cls: "thing" },
  "bulk carriers": { category: "infrastructure", cls: "thing" },
  "warfare stations": { category: "equipment", cls: "thing" },
  "ew stations": { category: "equipment", cls: "thing" },
  "radar stations": { category: "equipment", cls: "thing" },
  "fire engines": { category: "equipment", cls: "thing" },
  "water tanks": { category: "infrastructure", cls: "thing" },
  "storage tanks": { category: "infrastructure", cls: "thing" },
  "oil tanks": { category: "infrastructure", cls: "thing" },
  "fire units": { category: "equipment", cls: "thing" },
  // "body" counts the dead ("recovered one more body"), but not as a modifier: "1,000 body bags", "500 sets of body armour"
  "body bags": { category: "other", cls: "thing" },
  "body armour": { category: "equipment", cls: "thing" },
  "body armor": { category: "equipment", cls: "thing" },
  "casualty rate": { category: "casualties", cls: "person" },
  "casualty rates": { category: "casualties", cls: "person" },
}));

/** Plural nouns that never make a count a claim ("two sides", "three reasons"). */
export const NOT_COUNTED = new Set([
  "sides", "side", "reasons", "ways", "things", "thanks", "points", "questions", "options", "words", "steps", "parts",
  "times", "occasions", "percent", "goals", "scenarios", "stages", "phases", "levels", "aspects",
  "brothers", "sisters", "sons", "daughters", "pages", "photos", "images", "videos", "comments", "views",
  "shares", "seconds", "minutes", "stories", "articles", "headlines", "tips", "facts", "decades", "centuries", "countries", "nations", "leaders", "members",
  "partners", "vendors", "advertisers", "readers", "visitors", "cookies", "purposes", "items", "results", "episodes", "issues",
  // a scene's household things and a writer's own tallies ("three screens propped on crates", "15 buckets in the corridor",
  // "filled 3 exercise books", "we got 38 emails", "those two numbers", "Three conclusions follow")
  "screens", "buckets", "pots", "notebooks", "books", "suitcases", "kettles", "chairs", "cups", "mugs", "emails", "numbers", "conclusions",
]);

/** Assault groups by their size, with or without a noun: "in small groups of 2–3 people", "in groups of five or six". */
export const GROUPS: ReadonlySet<string> = new Set(["groups", "group", "squads", "squad", "teams", "units"]);
/**
 * Bodies counted by their members, with the members named: "Repair crews of 67 people", "a company of 850 people", "the AFU
 * garrison numbers around 1,500 people", "Andrii's team is eight people" (not "a crew of three or four", a drone's).
 */
export const MEMBER_BODIES: ReadonlySet<string> = new Set([...GROUPS, "team", "crews", "crew", "company", "garrison", "grouping"]);
/** The members such a body is counted in. */
export const GROUP_MEMBERS: ReadonlySet<string> = new Set(["people", "men", "persons", "fighters", "soldiers", "infantrymen"]);

/** A population's words ("a population of 12,000", "a population of some 31m"; extract.ts reads them for shares of a population). */
export const POPULATION: ReadonlySet<string> = new Set(["population", "populations"]);
