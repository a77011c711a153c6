import type { Candidate } from "./candidates";
import { SIDE_WORDS } from "./data/sides";
import { AREA_LOCATIVES, isRussianPlaceName, MAJOR_CITIES, placeByVariant, regionalCentreOf, REGION_COUNTS, SHARE_LOCATIVES } from "./data/gazetteer";
import { PEOPLE } from "./data/sources";
import { closesEntry, placeBeforeDash, type PlaceMention } from "./places";
import { DASHES, type Token } from "./tokenize";
import { WordSet } from "./word-set";

// Where a figure applies (gold README): a place after it in its clause, else before it, else what
// "the town" / "the region" refers back to, else the place leading the paragraph. A sentence framed
// "In the X direction, ..." is about X; two coordinated places or a country mean no single place.

/** Words a line may open with before its place: "In the Kupiansk direction, ...", "Near Vovchansk, ...". */
const PLACE_LEADS = new Set(["in", "the", "on", "near", "at", "over", "around"]);

export class PlaceMemory {
  lastCity: string | null = null;
  lastRegion: string | null = null;
  /** The first place of the current paragraph: digests and posts lead each item with it. */
  paragraph: string | null = null;
  /** The place of the heading over the current block of lines ("Damage in the region" over a table). */
  private block: string | null = null;
  /** Whether the block's heading is a direction's, in capitals, whose place holds across blank lines. */
  private section = false;
  /** A city's own channel or page (its military administration, its council): its figures are the city's. */
  home: string | null = null;

  /** A blank line ends the heading's block; an answer stays in its question's place. */
  startParagraph(isNewBlock: boolean, isAnswer = false, answersQuestion = false): void {
    if (isNewBlock && !this.section) this.block = null;
    if (!isAnswer) this.paragraph = this.block ?? this.entry;
    this.firstCity = null;
    // (a section headed "... IN THE REGION" lends its region to paragraphs that name no place of their own: "Zolochiv. ..." names one)
    this.inherited = answersQuestion ? !!this.paragraph : !isAnswer && ((!this.block && !!this.entry) || (this.section && this.referredSection));
    // (a quotation's next paragraph keeps the quotation's place unless a place opens it: "Nikopol district. ..." after
    // "Dnipro. ..." in a governor's post quoted whole, '"In the Kupiansk direction, ...' in the General Staff's)
    this.quoteLeads = isAnswer && !answersQuestion && !!this.paragraph;
  }

  /**
   * Whether the paragraph's place is its entry's or its question's, which a line naming its own place replaces
   * ("🔹Kupiansk district: ...", "— Twice, both times in Saltivka.").
   */
  private inherited = false;

  /** Whether the paragraph goes on with a quotation's place, which a place opening its first sentence replaces. */
  private quoteLeads = false;

  /** The first town the current paragraph names itself (under a region's heading, "there" is that town). */
  firstCity: string | null = null;

  /** The place of a time-stamped entry (a liveblog's, a Telegram digest's), named by its first line. */
  private entry: string | null = null;
  private entryOpen = false;

  startEntry(): void {
    this.entry = null;
    this.entryOpen = true;
  }

  /** A heading that is not an entry's own first line ("Background") ends the entry. */
  endEntry(): void {
    if (!this.entryOpen) this.entry = null;
  }

  /** A line read after a time stamp: the first one names the entry's place (or leaves it placeless). */
  entryLine(mentions: PlaceMention[]): void {
    if (!this.entryOpen) return;
    this.entryOpen = false;
    this.entry = mentions.length === 1 ? mentions[0].name : null;
  }

  /** "Kharkiv mayor Ihor Terekhov said ... in the city's Saltivskyi district": read before the sentence's figures. */
  noteOffices(offices: PlaceMention[]): void {
    for (const office of offices) {
      if (office.isMetonym) {
        this.capital = office.name;
        continue;
      }
      if (office.kind === "region") this.lastRegion = office.name;
      else this.lastCity = office.name;
    }
  }

  /** What "the region" means: the region the paragraph is about ("Bombs hit Zaporizhzhia. Across the region, ..."), else the region named last. */
  /** The region of the figure's speaker, a regional head or administration: what "the region" means in his words. */
  voiceRegion: string | null = null;

  get regionMeant(): string | null {
    const own = this.paragraph ? regionalCentreOf(this.paragraph) : undefined;
    if (own) return `${own} Oblast`;
    if (this.voiceRegion) return this.voiceRegion; // ("Police in the region have opened 48 proceedings" in Lysak's address)
    // ("... struck the Sumy and Shostka districts. Air defence destroyed 12 drones over the region": the last city's region)
    const cityRegion = !this.lastRegion && this.lastCity ? regionalCentreOf(this.lastCity) : undefined;
    return this.lastRegion ?? (cityRegion ? `${cityRegion} Oblast` : null);
  }

  /** Whether the place named last lies in Russia: "the capital" of such a report is Moscow. */
  get inRussia(): boolean {
    const place = this.capital ?? this.lastCity ?? this.lastRegion;
    return !!place && isRussianPlaceName(place);
  }

  /** Every city the report has named: a district several cities share is the one of these. */
  readonly cities = new Set<string>();

  /** The capital last named as its government ("Moscow remains the most generous payer"), until a place is named after it. */
  private capital: string | null = null;

  /** The town of the refinery or plant the report is about ("the Volgograd refinery"): what "the refinery" means later. */
  private facilityTown: string | null = null;

  /** What "the refinery" or "the plant" refers back to: the town named with it, else the last city. */
  get facilityMeant(): string | null {
    return this.facilityTown ?? this.lastCity;
  }

  /** The area last named as a hromada, a district and a starosta district ("the Pokrovske hromada", "the Synelnykove district"). */
  readonly lastUnit = new Map<string, string>();

  remember(mentions: PlaceMention[], tokens: Token[]): void {
    if (mentions.length) this.capital = null;
    for (const mention of mentions) {
      // ("the Pokrovske hromada" may be one mention, "Kindrashivka" followed by "starosta district" another)
      let k = UNIT_ANAPHORA.has(tokens[mention.end - 1].lower) ? mention.end - 1 : mention.end;
      const starosta = tokens[k]?.lower === "starosta";
      while (UNIT_QUALIFIERS.has(tokens[k]?.lower ?? "")) k++;
      const unit = UNIT_ANAPHORA.get(tokens[k]?.lower ?? "");
      if (unit) this.lastUnit.set(starosta ? "starosta" : unit, mention.name);
      // ("Bilopillia hromada ... Velyka Pysarivka ... the head of its hromada": a town named since is the story's now)
      else if (mention.kind === "city" && this.lastUnit.get("hromada") !== mention.name) this.lastUnit.delete("hromada");
    }
    this.facilityTown = facilityTownIn(tokens, mentions) ?? this.facilityTown;
    for (const mention of mentions) {
      if (mention.kind === "region") this.lastRegion = mention.name;
      else if (tokens[mention.end]?.lower === "direction" && tokens[mention.start - 2]?.lower === "from") continue; // "launched from the Belgorod direction": no city of the story
      // (nor an end of "the Krasnoarmeysk-Dnepropetrovsk highway": "the city" after it is not that road's far end)
      else if (ROADS.has(tokens[mention.end]?.lower ?? "") && DASHES.has(tokens[mention.start - 1]?.text ?? "") && !tokens[mention.start - 1].spaced) continue;
      else {
        this.lastCity = mention.name;
        this.firstCity ??= mention.name;
        this.cities.add(mention.name);
      }
      const opens = this.quoteLeads && tokens.slice(0, mention.start).every((t) => t.kind === "punct" || PLACE_LEADS.has(t.lower));
      if ((!this.paragraph || this.inherited || opens) && !isCoordinated(tokens, mention, mentions) && !isCoordinatedAfter(tokens, mention, mentions) && !isResidence(tokens, mention)) {
        this.paragraph = mention.name;
        this.inherited = false;
      }
    }
    this.quoteLeads = false; // (the paragraph's first sentence only)
    // "Donetsk region. In Kramatorsk, a guided bomb hit a house. One person died": the item's scene is the city the region's line opens with
    const scene = opensWithCity(tokens, mentions) ?? struckCityOfRegion(tokens, mentions);
    if (scene && this.paragraph?.endsWith(" Oblast") && regionalCentreOf(scene.name) === regionalCentreOf(this.paragraph)) this.paragraph = scene.name;
    this.paragraph ??= anaphora(tokens, this); // "... fired at the region. Since Monday, 1.5 thousand residents ..."
  }

  heading(mentions: PlaceMention[], tokens: Token[]): void {
    const referred = mentions.length ? null : anaphora(tokens, this);
    this.block = mentions[0]?.name ?? referred ?? this.block;
    // "KOSTIANTYNIVKA DIRECTION", a post's heading in capitals: its place holds over the section's paragraphs, to the next heading
    // ("DONETSK OBLAST", "KHARKIV REGION": a place's name alone, set in capitals, heads its section the same way;
    // "DAMAGED CIVILIAN OBJECTS IN THE REGION": so does a heading in capitals that refers back to the report's region)
    this.referredSection = !!referred && inCapitals(tokens);
    this.section = (mentions.length === 1 && (tokens.some((t) => t.text === "DIRECTION" || t.text === "AXIS") || inCapitalsAlone(tokens, mentions[0]))) || this.referredSection;
  }

  /** Whether the section's heading named its place only by referring back ("THE REGION"). */
  private referredSection = false;
}

const RESIDING = new WordSet(["lives", "lived", "teaches", "taught", "works", "worked", "studies", "studied", "based"]);

/**
 * "Grigory Sedov, a former Central Bank official who now teaches in Riga, pointed to the deficit": where a
 * person lives or works, said in a clause about him, is not the place the paragraph's figures are about.
 */
function isResidence(tokens: Token[], mention: PlaceMention): boolean {
  if (tokens[mention.start - 1]?.lower !== "in" || !RESIDING.has(tokens[mention.start - 2]?.lower ?? "")) return false;
  for (let k = mention.start - 3; k >= 0 && k >= mention.start - 6; k--) {
    if (tokens[k].lower === "who") return true;
    if (tokens[k].text === ",") return false;
  }
  return false;
}

/** What "the refinery", "the plant" refer back to: the facility the report is about (PlaceMemory.facilityMeant). */
const FACILITY_NAMES = ["refinery", "refinery's", "plant", "plant's"];
const FACILITY_WORDS = new WordSet(FACILITY_NAMES);

/** "the Volgograd refinery", "the oil refinery in the Krasnoarmeysky district of Volgograd": the facility's town. */
function facilityTownIn(tokens: Token[], mentions: PlaceMention[]): string | null {
  if (!mentions.length) return null; // (most sentences name no place: no token need be read)
  for (let k = 0; k < tokens.length; k++) {
    if (!FACILITY_WORDS.hasToken(tokens[k])) continue;
    // ("the Volgograd oil refinery": the town before it, one word between at most)
    const before = mentions.find((m) => m.kind === "city" && !m.isOffice && m.end >= k - 2 && m.end <= k);
    if (before) return before.name;
    // ("the refinery in ... Volgograd": the first town after "in" within the phrase)
    if (tokens[k + 1]?.lower !== "in") continue;
    const after = mentions.find((m) => m.kind === "city" && !m.isOffice && m.start > k && m.start <= k + 8);
    if (after) return after.name;
  }
  return null;
}

/** A line set in capitals ("DAMAGED CIVILIAN OBJECTS IN THE REGION"). */
export function inCapitals(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === "word");
  return words.length > 1 && words.every((t) => t.text === t.text.toUpperCase());
}

/** A heading that is one place's name in capitals and nothing else ("DONETSK OBLAST", "ZAPORIZHZHIA"). */
function inCapitalsAlone(tokens: Token[], mention: PlaceMention): boolean {
  const words = tokens.filter((t) => t.kind === "word");
  return words.length > 0 && words.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase()) && mention.start === tokens.findIndex((t) => t.kind === "word") && mention.end >= tokens.length - 1;
}

/** "In Kramatorsk, a guided bomb hit a house.": a sentence framed by one city, giving no figure of its own (what follows tells them). */
function opensWithCity(tokens: Token[], mentions: PlaceMention[]): PlaceMention | null {
  const first = mentions[0];
  if (!first || first.kind !== "city" || first.start !== 1 || tokens[0].lower !== "in" || tokens[first.end]?.text !== ",") return null;
  // (a descriptor's number is no figure: "In Sumy, a drone hit the roof of a 9-storey building."; nor is a clock time's:
  // "In Kharkiv, a drone hit a building at 03:15.")
  const isClock = (k: number) => (tokens[k + 1]?.text === ":" && tokens[k + 2]?.kind === "num") || (tokens[k - 1]?.text === ":" && tokens[k - 2]?.kind === "num");
  return tokens.some((t, k) => t.kind === "num" && tokens[k + 1]?.text !== "-" && !isClock(k)) ? null : first;
}

/**
 * "In the Lviv region, Governor Maksym Kozytskyi said a missile and drones had hit ... residential areas of Lviv.": a line
 * opened by its region that names the one city struck in it, with no figure of its own, sets the scene of the lines after it.
 */
function struckCityOfRegion(tokens: Token[], mentions: PlaceMention[]): PlaceMention | null {
  if (mentions.length !== 2 || mentions[0].kind !== "region" || mentions[1].kind !== "city" || tokens[0].lower !== "in") return null;
  if (tokens.some((t) => t.kind === "num")) return null;
  const city = mentions[1];
  // (a town, not its district: "struck an energy facility in the Novhorod-Siverskyi district" leaves the region the scene)
  if (DISTRICT_WORDS.has(tokens[city.end]?.lower ?? "") || DISTRICT_WORDS.has(tokens[city.end - 1]?.lower ?? "")) return null;
  for (let k = mentions[0].end; k < city.start; k++) if (STRUCK_VERBS.has(tokens[k].lower)) return city;
  return null;
}
const STRUCK_VERBS = new Set(["hit", "struck", "attacked", "shelled", "targeted"]);

const CITY_ANAPHORA = new Set(["town", "city", "village", "settlement", "town's", "city's", "village's", "there", "area"]);
const REGION_ANAPHORA = new Set(["region", "oblast", "region's"]);
/** "the hromada", "the district", "the starosta district": the last area named with that word ("the Kindrashivka starosta district"). */
const UNIT_ANAPHORA = new Map([["hromada", "hromada"], ["community", "hromada"], ["district", "district"], ["raion", "district"]]);
/** Words between an area's name and its kind: "Kindrashivka starosta district", "Bilopillia territorial hromada". */
const UNIT_QUALIFIERS = new Set(["starosta", "territorial", "urban", "rural", "village", "settlement"]);
const ANAPHORA_WORDS = new WordSet([...CITY_ANAPHORA, ...FACILITY_NAMES, ...REGION_ANAPHORA, ...UNIT_ANAPHORA.keys(), "capital"]);
const EXISTENTIAL = new Set(["is", "are", "was", "were", "had", "has", "have", "will", "remain", "remains", "may", "might"]);
const SCOPE_BREAKERS = new WordSet(["war", "invasion", "conflict"]);
const COUNTRY = new Set(["ukraine", "russia", "russian", "ukrainian", "belarus"]);
const COUNTRY_ADJECTIVES = new Set(["russian", "ukrainian"]);
/** What "in Russian ..." may name besides land: "wounded in Russian attacks", "in Russian strikes". */
const ACTS_OF_WAR = new Set(["attacks", "attack", "strikes", "strike", "shelling", "shellings", "airstrikes", "bombardment", "bombardments"]);
const COMPASS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);

/** "20 km north of Sumy": the mention only measures from itself. */
function isMeasuredFrom(tokens: Token[], mention: PlaceMention): boolean {
  return tokens[mention.start - 1]?.lower === "of" && COMPASS.has(tokens[mention.start - 2]?.lower ?? "") && tokens[mention.start - 3]?.kind === "word" && !!tokens[mention.start - 4] && tokens[mention.start - 4].kind === "num";
}

/** "10 km south of Orikhiv": a distance measured from Orikhiv. */
function isOffset(tokens: Token[], end: number): boolean {
  return COMPASS.has(tokens[end]?.lower ?? "") && tokens[end + 1]?.lower === "of";
}
const DISTRICT_WORDS = new Set(["district", "raion", "hromada", "community"]);

/** "in the north of", "in the centre of": a part of a region. */
const PARTS = new Set(["centre", "center", "middle", "heart", "north", "south", "east", "west"]);
const ROADS = new Set(["highway", "road", "route", "railway", "motorway", "line"]);
const PLURAL_HEADS = new Set(["directions", "regions", "oblasts", "areas", "districts", "sectors", "axes"]);
const FACILITIES = new Set(["grounds", "airfields", "airports", "ports", "bases", "ranges", "refineries"]);

/** Where a list's entry ends: its next comma, semicolon, stop or "and" from `from` (an entry is short: at most MAX_ENTRY tokens). */
function entryEnd(tokens: Token[], from: number): number {
  const last = Math.min(tokens.length, from + MAX_ENTRY);
  let k = from;
  while (k < last && !closesEntry(tokens[k])) k++;
  return k;
}

const MAX_ENTRY = 12;

/**
 * `wholeWar`: the figure counts since the invasion began; it takes no place from the sentences before it.
 * `speakerCity`: the city of the figure's speaker, a mayor ("According to Terekhov, ..."), before the page's home.
 */
export function locate(tokens: Token[], c: Candidate, all: Candidate[], mentions: PlaceMention[], memory: PlaceMemory, wholeWar = false, speakerCity: string | null = null): string | null {
  // "over nine regions", "in 14 other oblasts": a count of regions lies in no one place
  if (c.noun && c.noun.head >= c.num.end && c.noun.head < c.end && REGION_COUNTS.has(tokens[c.noun.head].lower)) return null;
  // "62 Nikopol residents", "at least 38 Kyiv residents": a place naming the counted people is theirs
  // (not "12 Kherson evacuees arrived in Kyiv": evacuees are counted where they arrive)
  const own = c.noun && RESIDENTS.has(tokens[c.noun.head].lower) ? mentions.find((m) => m.start >= c.num.end && m.end <= c.noun!.head) : undefined;
  if (own) return own.name;
  const stop = forwardStop(c, all, tokens);
  // "142 combat clashes along the front line, ... 41 in the Pokrovsk direction"; not "attacked Kupiansk 20 times along the front line"
  // ("about 460 square kilometres across the whole front", "more than 30 brigades along the whole front line": any figure
  // spread over the whole front, with "whole" or "entire" saying so)
  if ((c.category === "attacks" || c.category === "casualties" || wholeFrontAfter(tokens, c.end)) && alongTheFront(tokens, c.end) && !placedBefore(tokens, c, mentions)) return null;
  // "advanced up to 2 km north of Uspenivka", "Illinka lies roughly 5 km west of Kurakhove": the place measured from
  if (c.category === "distance" && isOffset(tokens, c.end)) {
    const from = mentions.find((m) => m.start >= c.end + 2 && m.start <= c.end + 6);
    if (from) return from.name;
  }
  // "artillery can reach Kostiantynivka, some 15 kilometers to the south-west, and Kramatorsk": an appositive measuring the place before it
  // (not "In Reni, about 40 km upriver from Izmail": a place measured from is the distance's place)
  const measured = c.category === "distance" && tokens[c.start - 1]?.text === "," ? mentions.find((m) => m.end === c.start - 1) : undefined;
  if (measured && !mentionBeforeComma(tokens, mentions, c.end)) return measured.name;
  if (c.category === "distance") { // "Orikhiv lies about 7 km from the front line, Stepnohirsk less than 2 km"
    const subject = subjectPlace(tokens, c, mentions);
    if (subject) return subject;
  }
  const bracketed = placeBeforeBracket(tokens, c, mentions) ?? antecedentPlace(tokens, c, mentions);
  if (bracketed) return bracketed;
  // "followed by the Sverdlovsk region with 1,870 and Tatarstan with 1,640": X with N is X's
  if (tokens[c.start - 1]?.lower === "with") {
    const owner = mentions.find((m) => m.end === c.start - 1);
    if (owner) return owner.name;
  }
  // "Huliaipole – 97 strikes, Orikhiv – 63": a list's place, its dash and its figure (not the next entry's place; but
  // "Kherson region – 3 killed in Beryslav" names its own)
  const entry = placeBeforeDash(tokens, c.start, mentions);
  // (nor places named together before the dash: "Zelenivka and Naddniprianske — 8 attacks", "Mykolaiv, Ternopil, Odesa – more than 30")
  const together = entry && (tokens[entry.start - 1]?.lower === "and" || tokens[entry.start - 1]?.text === ",") && mentions.some((m) => m.end === entry.start - 1);
  const end = entry && !together ? entryEnd(tokens, c.end) : 0;
  if (entry && !together && !mentions.some((m) => m.start >= c.end && m.start < end)) return entry.name;
  for (const mention of mentions) {
    if (mention.start < c.end || mention.start >= stop) continue;
    // "152 clashes took place, the most in the Pokrovsk direction", "..., and the Pokrovsk direction accounted for 30%": not the total's place
    if (partOfTotal(tokens, c.end, mention.start)) break;
    // "the 28 civilians included 6 women and a man who had been detained in Oleshky": the place of someone else's clause
    if (inRelativeClause(tokens, c.end, mention.start)) break;
    // "about 113,100 sq km, or 18.7% of Ukraine, including Crimea and ...": a part of the whole, not the figure's place
    if (tokens[mention.start - 1]?.lower === "including") break;
    // "launched 472 drones at Ukraine overnight, killing 15 people in Kyiv": the country first, a consequence's place after
    if (namesCountry(tokens, c.end, mention.start)) return null;
    // "In Pokrovsk, the hospital transferred its 60 patients to Dnipro": a destination, not the scene
    const framed = tokens[mention.start - 1]?.lower === "to" ? openingPlace(tokens, mentions, c) : null;
    if (framed) return framed;
    const coordinated = isCoordinated(tokens, mention, mentions);
    // "The Kostiantynivka city hospital transferred its 73 patients to Kramatorsk and Dnipro": destinations named together
    if (coordinated && tokens[mention.start - 1]?.lower === "to") break;
    return coordinated || isCoordinatedAfter(tokens, mention, mentions) ? null : mention.name;
  }
  if (namesCountry(tokens, c.end, stop) || namesSea(tokens, c, stop) || wholeScopeBefore(tokens, c, mentions) || wholeScopeAfter(tokens, c.end, stop)) return null;
  let best: PlaceMention | null = null;
  // ("Khotin, about 20 km north of Sumy, was struck twice": Sumy only measures where Khotin is)
  for (const mention of mentions) if (mention.end <= c.start && !(isMeasuredFrom(tokens, mention) && mentions.some((m) => m.end <= mention.start && m.kind === "city"))) best = mention;
  if (best && isCoordinatedAfter(tokens, best, mentions)) return null;
  // "In the Kyiv region and the capital, supply has been restored to 84,000 consumers": two places, neither the figure's
  if (best && tokens[best.end]?.lower === "and" && tokens[best.end + 1]?.lower === "the" && tokens[best.end + 2]?.lower === "capital" && best.end + 3 <= c.start) return null;
  // "Kherson and suburbs under fire: ..., Russians attacked the region 486 times": the region said between is the figure's
  if (best && best.kind === "city" && regionSaidBetween(tokens, best.end, c.start)) return anaphora(tokens, memory) ?? headOf(tokens, best, mentions);
  if (best && !breaksScope(tokens, best.end, c.start)) return headOf(tokens, best, mentions);
  if (best) return null;
  // a city's channel relays the country's air-attack tallies too: those stay unplaced
  const home = isAirTally(c.category) ? null : memory.home;
  // "12 drones attacked a substation in Klintsy. As a result, about 3,000 residents ...": the consequence is where it happened
  // (not "As a result of Russian aggression, ...", a summary's formula)
  const consequence = tokens[0]?.lower === "as" && tokens[1]?.lower === "a" && (tokens[2]?.lower === "result" || tokens[2]?.lower === "consequence") && tokens[3]?.text === "," ? memory.lastCity : null;
  // ("Terekhov said the number of injured in the city had risen to 14": a mayor's "the city" is his own)
  const meant = speakerCity && mentionsTheCity(tokens) ? speakerCity : anaphora(tokens, memory);
  // "46 rescuers and 12 units of equipment were working, the State Emergency Service reported": the response is at the scene, the facility's town or the city named last
  const scene = isResponseAtScene(tokens, c) ? memory.facilityMeant : null;
  return meant ?? scene ?? consequence ?? (wholeWar ? null : memory.paragraph ?? speakerCity ?? home);
}

const RESPONDERS = new Set(["rescuers", "firefighters", "specialists"]);
const FIRE_WORDS = new Set(["fire", "fires", "blaze"]);
const RESPONSE_WORDS = new Set([...RESPONDERS, "personnel", "workers", "crews", "involved", "extinguished", "repairs", "ses", "emergency", "rescue", "fire", "fires", "debris", "rubble"]);

/** Rescuers, their units of equipment, a fire's area: figures of the response to a strike. */
export function isResponseAtScene(tokens: Token[], c: Candidate): boolean {
  // ("Since January, 9 rescuers have been killed and 41 injured": the responders' own toll is no response)
  if (c.category === "killed" || c.category === "injured") return false;
  const head = c.noun ? tokens[c.noun.head].lower : "";
  // ("160 rescuers were involved in the response in the three regions": several scenes)
  if (tokens.some((t) => PLURAL_HEADS.has(t.lower))) return false;
  if (RESPONDERS.has(head)) return true;
  // ("with at least 140 units of equipment" on trains watched in Belarus: units of equipment, but no response)
  if (head === "equipment" && tokens[c.noun!.head - 1]?.lower === "of" && tokens[c.noun!.head - 2]?.lower === "units") return tokens.some((t) => RESPONSE_WORDS.has(t.lower));
  return c.category === "area" && tokens.some((t) => FIRE_WORDS.has(t.lower));
}

/** Where an appositive closed by the comma at `comma` opens: the comma after its subject ("X, a town of ..., lies"), or -1. */
function appositiveStart(tokens: Token[], comma: number): number {
  for (let k = comma - 1; k > 0 && comma - k < 16; k--) {
    if (tokens[k].text !== ",") continue;
    return tokens[k + 1]?.lower === "a" || tokens[k + 1]?.lower === "an" || tokens[k + 1]?.lower === "the" ? k : -1;
  }
  return -1;
}

/** "the city", "in the city": the sentence refers to a city by the word. */
function mentionsTheCity(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (tokens[k].lower === "city" && tokens[k - 1].lower === "the" && tokens[k + 1]?.lower !== "of") return true;
  return false;
}

/** Drones and missiles: the country's air-attack tallies, which a city's page or a mayor relays without making them local. */
export function isAirTally(category: string | null): boolean {
  return category === "drones" || category === "missiles";
}

/**
 * A relative clause about someone else opens between the figure and the place: "..., as well as a man who
 * had been detained in Oleshky" (not "12 residents who fled Kupiansk", a clause about the counted people).
 */
function inRelativeClause(tokens: Token[], end: number, to: number): boolean {
  for (let k = end + 1; k < to; k++) {
    const word = tokens[k].lower;
    if (word === "who" || word === "whom" || word === "whose") return true;
  }
  return false;
}


/** Between a total and a later place: the place takes the largest share, or opens a clause of its own. */
function partOfTotal(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k].lower;
    // ("the most in the Pokrovsk direction", right before the place; not "mostly FPV, attacked Huliaipole")
    if ((word === "most" || word === "mostly") && SHARE_LOCATIVES.has(tokens[k + 1]?.lower ?? "") && to - k <= 4) return true;
    if (word === "," && (tokens[k + 1]?.lower === "and" || tokens[k + 1]?.lower === "while") && tokens[k + 2]?.lower === "the") return true;
    // "5,370 combat clashes along the front in June, 1,730 of them in the Pokrovsk direction": the part's place
    if (word === "of" && (tokens[k + 1]?.lower === "them" || tokens[k + 1]?.lower === "which") && k - 1 >= from && tokens[k - 1].kind !== "word") return true;
  }
  return false;
}

/** Whether a place is named after `from` within its clause (up to the next comma or semicolon). */
function mentionBeforeComma(tokens: Token[], mentions: PlaceMention[], from: number): boolean {
  let end = from;
  while (end < tokens.length && tokens[end].text !== "," && tokens[end].text !== ";") end++;
  return mentions.some((m) => m.start >= from && m.start < end);
}

/** "Orikhiv lies about 7 km from ...", "Pokrovsk is now within 5 km": the place the figure is said of. */
function subjectPlace(tokens: Token[], c: Candidate, mentions: PlaceMention[]): string | null {
  let k = c.start - 1;
  while (k >= 0 && (SITUATED_FILLERS.has(tokens[k].lower))) k--;
  if (k < 0 || !SITUATED.has(tokens[k].lower)) return null;
  // ("... remain in Orikhiv itself, which lies 6 km from the line of contact": the place the relative clause is about)
  if ((tokens[k - 1]?.lower === "which" || tokens[k - 1]?.lower === "that") && tokens[k - 2]?.text === ",") {
    const subject = tokens[k - 3]?.lower === "itself" ? k - 3 : k - 2;
    const place = mentions.find((m) => m.end === subject);
    if (place) return place.name;
  }
  // ("Kryvyi Rih, an industrial city of about 600,000 people before the war, lies some 70 km from the front": the
  // subject before its appositive)
  const appositive = tokens[k - 1]?.text === "," ? appositiveStart(tokens, k - 1) : -1;
  const place = mentions.find((m) => m.end === k || (appositive > 0 && m.end === appositive));
  if (!place) return null;
  // "Pokrovsk is within 5 km of Myrnohrad" is measured to the place after it
  let clauseEnd = c.end;
  while (clauseEnd < tokens.length && tokens[clauseEnd].text !== "," && tokens[clauseEnd].text !== ";") clauseEnd++;
  return mentions.some((m) => m.start >= c.end && m.start < clauseEnd) ? null : place.name;
}

/**
 * "The city lies about 90 km from the border", "In Vovchansk, a town three miles from the Russian border, ...": where a
 * place lies, the writer's own geography, not a figure the paragraph's last speaker gave.
 */
export function describesWhereAPlaceLies(tokens: Token[], c: Candidate): boolean {
  if (c.category !== "distance") return false;
  let k = beforeFillers(tokens, c);
  // ("Udachne is about 3 km from ..."; not "In some places the enemy is about 3 km from Udachne", where troops stand)
  if (k >= 0 && SITUATED.has(tokens[k].lower) && tokens[k].lower !== "remains" && (!BE_SITUATED.has(tokens[k].lower) || isPlaceSubject(tokens[k - 1]) || (tokens[k - 1]?.text === "," && isPlaceSubject(tokens[0])))) return true;
  // ("Dvurechnaya lies on the Oskol River about 15 km north of Kupyansk": a place's own phrase between its verb and the distance)
  for (let j = k; j >= Math.max(1, k - PLACE_PHRASE_TOKENS); j--) {
    if (!PLACE_PHRASE_WORDS.has(tokens[j].lower) && !tokens[j].capitalized && tokens[j].text !== ",") break;
    if (LIES.has(tokens[j - 1].lower) && LOCATIVE_OPENERS.has(tokens[j].lower)) return true;
  }
  if (isDistanceAfterOpeningPlace(tokens, c)) return true;
  // (an appositive: ", a town three miles from ...", ", a village located 5 km from ...")
  if (k >= 0 && (tokens[k].lower === "located" || tokens[k].lower === "situated")) k--;
  return k >= 2 && PLACE_NOUNS.has(tokens[k].lower) && tokens[k - 1].lower === "a" && tokens[k - 2].text === ",";
}

/**
 * "In Melitopol, about 70 km from the front line, Serhiy works ...", "Shebekino, about 6 km from the border, had ...": the
 * place opening the sentence, its distance from something in the commas after it (no side's doing either: the actor too).
 */
export function isDistanceAfterOpeningPlace(tokens: Token[], c: Candidate): boolean {
  if (c.category !== "distance") return false; // (not "In Kharkiv, 5 people from the Saltivka district were injured")
  const k = beforeFillers(tokens, c);
  return k >= 1 && tokens[k].text === "," && APPOSED_FROM.has(tokens[c.end]?.lower ?? "") && opensWithPlace(tokens, k - 1);
}

/** The token before the distance and the words that hedge it ("now only about"), -1 at the sentence's start. */
function beforeFillers(tokens: Token[], c: Candidate): number {
  let k = c.start - 1;
  while (k >= 0 && SITUATED_FILLERS.has(tokens[k].lower)) k--;
  return k;
}

/** The words after a place's distance that say what it is measured from: "about 6 km from the border", "15 km north of". */
const APPOSED_FROM = new Set(["from", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upriver", "downriver", "away"]);

/** Whether the sentence opens with the place at `at`: "Shebekino", "In Melitopol", "Here in Druzhkivka". */
function opensWithPlace(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (!token?.capitalized || !placeByVariant(token.lower)) return false;
  if (at === 0) return true;
  if (tokens[at - 1].lower !== "in") return false;
  return at === 1 || (at === 2 && tokens[0].lower === "here");
}

/**
 * "Kupiansk, home to about 27,000 people before the full-scale invasion", "Before the war, the city had about 67,000
 * residents": a place's pre-war population, the writer's background as its geography is.
 */
export function describesPrewarPopulation(tokens: Token[], c: Candidate): boolean {
  // ("a population of about 5,000": the count of a population, its noun before it)
  const population = tokens[c.start - 1]?.lower === "of" && tokens[c.start - 2]?.lower === "population";
  if (!population && (!c.noun || !INHABITANTS.has(tokens[c.noun.head].lower))) return false;
  // ("its pre-war population of about 67,000", "Before the war, the city had ...", "home to 27,000 people before the invasion";
  // "Before 2022 it had around 3,200 residents"; not "1,900 residents remain ..., down from some 27,000 before the invasion":
  // the figure before it is today's)
  if (beforeTheWarAt(tokens, 0) || beforeWarYearAt(tokens, 0)) return true;
  for (let k = Math.max(0, c.start - 6); k < c.start; k++) if (isPrewarAt(tokens, k)) return true;
  return [c.end, c.end + 1].some((k) => beforeTheWarAt(tokens, k) || beforeWarYearAt(tokens, k));
}

/** "prewar", or "pre-war" (three tokens: the tokenizer splits at the hyphen), starting at `k`. */
export function isPrewarAt(tokens: Token[], k: number): boolean {
  const lower = tokens[k].lower;
  return lower === "prewar" || (lower === "pre" && tokens[k + 1]?.text === "-" && tokens[k + 2]?.lower === "war");
}

/** "before 2022", "before 2014": a year the full-scale war or the first one began, or one before. */
function beforeWarYearAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== "before" || tokens[k + 1]?.kind !== "num") return false;
  const year = Number(tokens[k + 1].text);
  return year >= 1990 && year <= 2022;
}

/** "before the war", "before the full-scale invasion" at `k`: the war word up to four tokens after "the". */
export function beforeTheWarAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "before" && tokens[k + 1]?.lower === "the" && tokens.slice(k + 2, k + 6).some((t) => PREWAR_ENDS.has(t.lower));
}

const INHABITANTS = new Set(["residents", "people", "inhabitants"]);
const PREWAR_ENDS = new Set(["war", "invasion", "incursion", "occupation"]);

const PLACE_NOUNS = new Set(["town", "city", "village", "settlement", "hamlet"]);
/** Verbs that only place a place (not "is", which also says where troops are). */
const LIES = new Set(["lies", "lay", "sits", "stands", "located", "situated"]);
const LOCATIVE_OPENERS = new Set(["on", "in", "along", "by", "at", "near"]);
/** The words of a place's phrase ("on the Oskol River", "in the Donetsk region"), besides capitalised names and commas. */
const PLACE_PHRASE_WORDS = new Set([...LOCATIVE_OPENERS, "the", "river", "region", "oblast", "district", "bank", "banks", "left", "right", "coast", "shore", "border", "of"]);
const PLACE_PHRASE_TOKENS = 8;
const SITUATED = new Set([...LIES, "is", "was", "remains"]);
const BE_SITUATED = new Set(["is", "was"]);
/** A line on the map is geography too: "The Estonian–Russian border is 338 kilometres long". */
const LINE_NOUNS = new Set(["border", "frontier", "river", "road", "highway", "bridge"]);

/**
 * The subject of "is ... km from": a place by its name ("Udachne is") or its noun ("the town is"), or "it" ("a week ago it
 * was about 8 km" of a salient's base; a speaker the sentence names still outranks the writer's geography).
 */
function isPlaceSubject(token: Token | undefined): boolean {
  return !!token && (PLACE_NOUNS.has(token.lower) || LINE_NOUNS.has(token.lower) || (token.capitalized && !!placeByVariant(token.lower)) || token.lower === "it");
}
const SITUATED_FILLERS = new Set(["now", "only", "just", "still", "already", "some", "about", "around", "roughly", "nearly", "almost", "less", "more", "than", "within", "barely", "approximately"]);

/** "across the whole front", "along the entire front line" within a few words after the figure. */
function wholeFrontAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 4); k++) if ((tokens[k].lower === "whole" || tokens[k].lower === "entire") && tokens[k + 1].lower === "front") return true;
  return false;
}

/** "along the front line", "across the entire front", "on all fronts" right after the figure: the whole front. */
function alongTheFront(tokens: Token[], from: number, to = tokens.length): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const word = tokens[k].lower;
    if (word === "along" || word === "across" || word === "on") {
      for (let j = k + 1; j < Math.min(to, k + 4); j++) {
        if (tokens[j].lower === "front" || tokens[j].lower === "fronts" || tokens[j].lower === "frontline") {
          // "along the front line near Kupiansk" is a stretch of it; "frontline positions" are somewhere
          const next = tokens[j + 1]?.lower === "line" ? j + 2 : j + 1;
          const following = tokens[next];
          return !FRONT_SECTIONS.has(following?.lower ?? "") && !(following?.kind === "word" && next === j + 1 && !FRONT_ENDS.has(following.lower));
        }
        if (!FRONT_MODIFIERS.has(tokens[j].lower)) break;
      }
    }
  }
  return false;
}

const FRONT_MODIFIERS = new Set(["the", "entire", "whole", "all", "of"]);
/** Words that may follow "the front" when it is the whole front: "along the front over the past day". */
const FRONT_ENDS = new Set(["over", "during", "in", "and", "on", "since", "yesterday", "today", "overnight", "this", "last", "with", "where", "while", "but", "as", "per"]);

/** Words after "the front (line)" that make it a stretch of the front: "along the front line near Kupiansk". */
const FRONT_SECTIONS = new Set(["near", "in", "at", "around", "of", "outside", "towards", "toward", "west", "east", "north", "south"]);

/** A place named in the figure's clause before it: "attacked Kupiansk 20 times". */
function placedBefore(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  let from = c.start;
  while (from > 0 && tokens[from - 1].text !== "," && tokens[from - 1].text !== ";") from--;
  return mentions.some((m) => m.start >= from && m.end <= c.start);
}

/**
 * "Donetsk region (58 killed and 214 injured), followed by Kharkiv region (31 killed, ...)": figures
 * in brackets right after a place are that place's, unless the brackets name a place of their own.
 */
function placeBeforeBracket(tokens: Token[], c: Candidate, mentions: PlaceMention[]): string | null {
  let open = -1;
  for (let k = c.start - 1; k >= 0 && open < 0; k--) {
    if (tokens[k].text === ")") return null;
    if (tokens[k].text === "(") open = k;
  }
  const place = open > 0 ? mentions.find((m) => m.end === open) : undefined;
  if (!place) return null;
  const close = tokens.findIndex((t, k) => k >= c.end && t.text === ")");
  const inside = mentions.some((m) => m.start > open && (close < 0 || m.start < close));
  return inside ? null : place.name;
}

/** The place a sentence opens with ("In Pokrovsk, ..."), when it comes before the figure. */
function openingPlace(tokens: Token[], mentions: PlaceMention[], c: Candidate): string | null {
  const first = mentions[0];
  if (!first || first.end > c.start || !["in", "near", "at"].includes(tokens[0]?.lower ?? "") || first.start > 2) return null;
  return tokens[first.end]?.text === "," ? first.name : null;
}

const RELATIVE_PRONOUNS = new WordSet(["which", "where", "whose"]);

/**
 * "Toretsk, which had about 30,000 residents before the invasion, lies ...", "Pokrovsk, which Russian
 * forces have approached to within 7 kilometers": a figure in a relative clause is its antecedent's,
 * unless the clause names a place of its own.
 */
function antecedentPlace(tokens: Token[], c: Candidate, mentions: PlaceMention[]): string | null {
  if (!hasRelativeClause(tokens)) return null;
  for (let k = c.start - 1; k > 1; k--) {
    const word = tokens[k].lower;
    if (word === "." || word === ";" || word === ")" || word === "(") return null;
    if (!RELATIVE_PRONOUNS.hasToken(tokens[k])) continue;
    if (tokens[k - 1].text !== ",") return null;
    let antecedent = mentions.find((m) => m.end === k - 1);
    // "Kupyansk in Ukraine's Kharkiv region, which ...": the town, not the region it lies in
    for (let j = (antecedent?.start ?? 0) - 1; antecedent && j >= antecedent.start - 2 && j > 0; j--) {
      if (tokens[j].lower === "in") antecedent = mentions.find((m) => m.end === j) ?? antecedent;
    }
    let clauseEnd = c.end;
    while (clauseEnd < tokens.length && tokens[clauseEnd].text !== "," && tokens[clauseEnd].text !== ".") clauseEnd++;
    const own = mentions.some((m) => m.start > k && m.start < clauseEnd && (m.start < c.start || m.start >= c.end));
    // ("the village of Pishchane, Kremenchuk district, where ...": the village, not its district's town)
    return antecedent && !own ? headOf(tokens, antecedent, mentions) : null;
  }
  return null;
}

// The last sentence's answers: a sentence's figures are located one after another, so one entry
// is all a cache needs (a WeakMap per sentence cost more than the scans it saved).
const relative = { tokens: null as Token[] | null, known: false };

/** Whether the sentence has ", which/where/whose" at all; asked once per sentence. */
function hasRelativeClause(tokens: Token[]): boolean {
  if (relative.tokens !== tokens) {
    let known = false;
    for (let k = 1; k < tokens.length && !known; k++) known = RELATIVE_PRONOUNS.hasToken(tokens[k]) && tokens[k - 1].text === ",";
    relative.tokens = tokens;
    relative.known = known;
  }
  return relative.known;
}

const CAPITALS_OF = new Map([["ukrainian", "Kyiv"], ["russian", "Moscow"], ["belarusian", "Minsk"]]);

const referredTo = { tokens: null as Token[] | null, found: null as string | null };

/** `town` when `region` is the oblast it lies in ("Snihurivka" in "Mykolaiv Oblast"), else null. */
function townOfRegion(town: string | null, region: string): string | null {
  if (!town || !region.endsWith(" Oblast")) return null;
  const centre = regionalCentreOf(town);
  return centre && regionalCentreOf(region) === centre ? town : null;
}

/** What "the town", "there", "the region" or "the capital" refer back to; computed once per sentence. */
function anaphora(tokens: Token[], memory: PlaceMemory): string | null {
  if (referredTo.tokens === tokens) return referredTo.found;
  let found: string | null = null;
  for (let k = 0; k < tokens.length && !found; k++) {
    if (!ANAPHORA_WORDS.hasToken(tokens[k])) continue;
    const word = tokens[k].lower;
    // "the Ukrainian capital", "the Russian capital": the country says which
    const country = word === "capital" && tokens[k - 2]?.lower === "the" ? CAPITALS_OF.get(tokens[k - 1].lower) : undefined;
    if (country) {
      found = country;
      break;
    }
    const unit = UNIT_ANAPHORA.get(word);
    // ("the starosta district": its kind may come between)
    const article = unit && UNIT_QUALIFIERS.has(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1;
    const isDefinite = word === "there" ? !EXISTENTIAL.has(tokens[k + 1]?.lower ?? "") : ["the", "this"].includes(tokens[article]?.lower ?? "");
    if (!isDefinite) continue;
    if (unit) {
      found = memory.lastUnit.get(tokens[k - 1].lower === "starosta" ? "starosta" : unit) ?? null;
      continue;
    }
    if (REGION_ANAPHORA.has(word)) found = memory.regionMeant ?? regionOfHeadNamed(tokens); // "Fedorov's summary: Russians hit the region 483 times"
    // the place the paragraph is about, not the last village listed (under "MYKOLAIV OBLAST", the town the paragraph opened with)
    else if (word === "there" && memory.paragraph) found = townOfRegion(memory.firstCity, memory.paragraph) ?? memory.paragraph;
    else if (FACILITY_WORDS.hasToken(tokens[k]) && memory.facilityMeant) found = memory.facilityMeant;
    else if (CITY_ANAPHORA.has(word) && memory.lastCity) found = memory.lastCity;
    else if (word === "capital") found = memory.inRussia ? "Moscow" : "Kyiv"; // "in the capital" of a report about Russia
  }
  referredTo.tokens = tokens;
  referredTo.found = found;
  return found;
}

/** The region of a regional head the sentence names ("Fedorov's evening summary"), as "<centre> Oblast". */
function regionOfHeadNamed(tokens: Token[]): string | null {
  for (const token of tokens) {
    const head = token.capitalized ? PEOPLE.get(token.lower.replace(/'s$/, "")) : undefined;
    if (head?.region) return `${head.region} Oblast`;
  }
  return null;
}

/** "near Vovchansk and Starytsia; one clash is still ongoing": a list is named by its first place. */
/** A settlement's word before its name inside a list: "the settlement of Krasnaya Yaruga and the village of Ilek-Penkovka". */
const LISTED_SETTLEMENTS = new Set(["village", "town", "city", "settlement", "hamlet"]);

function listHead(tokens: Token[], mentions: PlaceMention[], index: number): PlaceMention {
  let head = mentions[index];
  for (let n = index - 1; n >= 0; n--) {
    const previous = mentions[n];
    if (previous.kind !== head.kind) break;
    let joined = previous.end < head.start;
    // ("Nikopol and the Marhanets and Pokrovske hromadas": an article may follow the joiner)
    // ("Shebekino, Belyanka and Murom", "the settlement of Krasnaya Yaruga and the village of Ilek-Penkovka": a name the
    // gazetteer lacks, or a settlement's word, inside the list)
    // (a settlement's word only between settlements introduced alike: not "the Graivoronsky district, the village of Kozinka")
    const introduced = tokens[previous.start - 1]?.lower === "of" && LISTED_SETTLEMENTS.has(tokens[previous.start - 2]?.lower ?? "");
    for (let k = previous.end; k < head.start && joined; k++) {
      const token = tokens[k];
      joined = token.text === "," || token.lower === "and" || token.lower === "or" || (token.lower === "the" && k > previous.end) ||
        (k > previous.end && token.kind === "word" && token.capitalized && !SIDE_WORDS.has(token.lower)) ||
        (introduced && LISTED_SETTLEMENTS.has(token.lower) && tokens[k + 1]?.lower === "of") || (introduced && token.lower === "of" && LISTED_SETTLEMENTS.has(tokens[k - 1]?.lower ?? ""));
    }
    if (!joined) break;
    head = previous;
  }
  return head;
}

/** A later figure that borrows this one's noun owns the places after it ("10 attacks in X and two more in Y"). */
function forwardStop(c: Candidate, all: Candidate[], tokens: Token[]): number {
  const index = all.indexOf(c);
  let stop = tokens.length;
  for (let n = index + 1; n < all.length; n++) {
    if (all[n].borrowed === "previous") {
      stop = all[n].start;
      // "In Odesa Oblast, 145,000 ..., in Lviv Oblast – 96,000": the later figure's clause, place and all, is its own
      let clause = stop;
      while (clause > c.end && tokens[clause - 1].text !== "," && tokens[clause - 1].lower !== "and") clause--;
      if (clause > c.end && mentionStartsIn(tokens, clause, stop)) stop = clause - 1;
      break;
    }
  }
  for (let k = c.end; k < stop; k++) {
    if (tokens[k].text === ";" || tokens[k].text === ":") return k; // a new clause, or a list whose items have places of their own
    if (tokens[k].lower === "followed" && tokens[k + 1]?.lower === "by") return k; // "X leads with 58, followed by Y with 31"
    // "had 'liberated' 9 settlements ... and that Ukraine had lost 2,100 servicemen in the Pokrovsk direction": another reported clause
    if (tokens[k].lower === "and" && tokens[k + 1]?.lower === "that") return k;
    // "Near Konstantinovka, the group destroyed 3 depots, and in the Kupyansk direction ...": a clause with a place of its own
    if (tokens[k].text === "," && tokens[k + 1]?.lower === "and" && LOCATIVE_OPENING.has(tokens[k + 2]?.lower ?? "")) return k;
    // "In Marhanets, 6 houses were damaged, while in the Pokrov hromada 3 cars were hit": a contrasted clause, its own place
    // ("Kozinka was hit by 16 munitions, while Glotovo and Gora-Podol were attacked by 9 drones": or the contrast's own subject)
    if (tokens[k].text === "," && CONTRASTS.has(tokens[k + 1]?.lower ?? "") && (LOCATIVE_OPENING.has(tokens[k + 2]?.lower ?? "") || tokens[k + 2]?.capitalized)) return k;
    // ("... killing four people, the regional governor said, as Russia's Defense Ministry claimed another village in the Donetsk
    // region": a clause of another event, its subject named after "as")
    if (tokens[k].text === "," && tokens[k + 1]?.lower === "as" && tokens[k + 2]?.capitalized && tokens[k + 2].kind === "word") return k;
  }
  return stop;
}

/** Whether the clause from `from` to `to` opens with a locative ("in Lviv Oblast – 96,000"). */
function mentionStartsIn(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 2 && LOCATIVE_OPENING.has(tokens[from].lower);
}

const LOCATIVE_OPENING = new Set(["in", "near", "at", "around", "on"]);
const CONTRASTS = new Set(["while", "whereas", "but"]);

/** "the Kurakhove and Pokrovsk directions", "Kyiv oblast and the capital": two places share the claim, so neither is its place. */
function isCoordinated(tokens: Token[], mention: PlaceMention, mentions: PlaceMention[]): boolean {
  const joiner = tokens[mention.end]?.lower;
  if (joiner === "–" || joiner === "-" || joiner === "—") { // "the Pokrovsk–Kostiantynivka highway"
    const other = mentions.find((m) => m.start === mention.end + 1);
    return !!other && ROADS.has(tokens[other.end]?.lower ?? "");
  }
  if (joiner !== "and" && joiner !== ",") return false;
  if (joiner === "and" && tokens[mention.end + 1]?.lower === "the" && tokens[mention.end + 2]?.lower === "capital") return true;
  // "injured in Zaporizhzhia and Dnipro": two cities struck apart share a total, unlike a front's villages
  const other = mentions.find((m) => m.start === mention.end + 1);
  if (other?.name === mention.name) return false; // "at Vnukovo and Domodedovo airports": two names of one place
  if (joiner === "and" && other && isBigCity(mention) && isBigCity(other)) return true;
  // "in the Donetsk People's Republic and the Kharkov region": two regions share the figure
  if (joiner === "and" && mention.kind === "region" && mentions.some((m) => m.kind === "region" && !m.isOffice && (m.start === mention.end + 1 || (m.start === mention.end + 2 && tokens[mention.end + 1].lower === "the")))) return true;
  // "Donetsk, Kharkiv and Kherson oblasts": a list closed by a plural head
  let last = mention;
  for (;;) {
    const next = mentions.find((m) => m.start === last.end + 1);
    if (!next || (tokens[last.end].lower !== "and" && tokens[last.end].text !== ",")) return false;
    if (PLURAL_HEADS.has(tokens[next.end]?.lower ?? "")) return true;
    last = next;
  }
}

/** A regional capital or one of the largest cities (the gazetteer's MAJOR_CITIES). */
function isBigCity(mention: PlaceMention): boolean {
  return mention.kind === "city" && MAJOR_CITIES.has(mention.name);
}

/** The second of "the Kurakhove and Pokrovsk directions". */
function isCoordinatedAfter(tokens: Token[], mention: PlaceMention, mentions: PlaceMention[]): boolean {
  // the second end of "the Pokrovsk–Kostiantynivka highway": a road between two places is in neither
  if (DASHES.has(tokens[mention.start - 1]?.text ?? "") && !tokens[mention.start - 1].spaced) {
    // (the first end a name the gazetteer keeps whole only with its own hyphen: "the Krasnoarmeysk-Dnepropetrovsk highway")
    const first = mentions.some((m) => m.end === mention.start - 1) || (!!tokens[mention.start - 2]?.capitalized && tokens[mention.start - 2].kind === "word");
    return first && ROADS.has(tokens[mention.end]?.lower ?? "");
  }
  if (tokens[mention.start - 1]?.lower !== "and") return false;
  const previous = mentions.find((m) => m.end === mention.start - 1);
  if (previous?.name === mention.name) return false; // "Vnukovo and Domodedovo airports": one place
  if (previous && isBigCity(previous) && isBigCity(mention)) return true; // the second of "Zaporizhzhia and Dnipro"
  // "the Northern Slobozhanskyi and Kursk directions": a plural head says several places, known or not
  // ("the Obuz-Lesnovsky and Brest training grounds": so does a plural of the places' facilities)
  return PLURAL_HEADS.has(tokens[mention.end]?.lower ?? "") || FACILITIES.has(tokens[mention.end]?.lower ?? "") || FACILITIES.has(tokens[mention.end + 1]?.lower ?? "");
}

/** "over Russian territory", "across Ukraine": a country is no place for comparison. */
function namesCountry(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    // ("over Russian territory", not "wounded in Russian attacks": an adjective names the country only before its land)
    if (AREA_LOCATIVES.has(tokens[k].lower) && COUNTRY.has(tokens[k + 1]?.lower ?? "") && (!COUNTRY_ADJECTIVES.has(tokens[k + 1].lower) || !ACTS_OF_WAR.has(tokens[k + 2]?.lower ?? ""))) return true;
    // "launched 2,300 drones at Ukraine" (not "at Ukrainian positions", somewhere on the front)
    if (tokens[k].lower === "at" && (tokens[k + 1]?.lower === "ukraine" || tokens[k + 1]?.lower === "russia")) return true;
    if (tokens[k].text === "," || tokens[k].text === ";") break;
  }
  return false;
}

/**
 * "Across Ukraine, UNDP has handed the SES 24 demining machines", "Across the whole front line, it said,
 * there were 178 combat clashes", "put Russian losses across the front at roughly 1,000": the whole
 * country or front, said before the figure with no narrower place between them.
 */
function wholeScopeBefore(tokens: Token[], c: Candidate, mentions: PlaceMention[]): boolean {
  let nearest = -1; // the place named last before the figure: the scope must come after it
  for (const m of mentions) if (m.start < c.start && m.start > nearest) nearest = m.start;
  for (let k = c.start - 1; k > nearest; k--) {
    const word = tokens[k].lower;
    if (word === ";") return false;
    if (word === "nationwide" || word === "countrywide") return true;
    if (!AREA_LOCATIVES.has(word) && word !== "along" && word !== "on") continue;
    if (alongTheFront(tokens, k, c.start) || overMany(tokens, k)) return true;
    let next = k + 1;
    while (FRONT_MODIFIERS.has(tokens[next]?.lower ?? "")) next++;
    const scope = tokens[next]?.lower ?? "";
    if ((word === "across" || word === "throughout") && (COUNTRY.has(scope) || scope === "country")) return true;
    // "put Russian losses across the front at roughly 1,000"
    if (scope === "front" && tokens[next + 1]?.lower === "at" && next + 2 === c.start) return true;
  }
  return false;
}

/**
 * "lost about 1,310 troops in all areas of the special military operation", "along the (whole) line of
 * contact", "... nationwide": the whole front or country, said in the figure's clause after it.
 */
function wholeScopeAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const word = tokens[k].lower;
    if (word === "," || word === ";") return false;
    if (word === "nationwide" || word === "countrywide") return true;
    const next = tokens[k + 1]?.lower;
    if (overMany(tokens, k)) return true;
    if (word === "line" && next === "of" && tokens[k + 2]?.lower === "contact" && FRONT_MODIFIERS.has(tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/** "in all areas", "on all directions", "in most regions", "in 14 regions": many places at once, none of them. */
function overMany(tokens: Token[], k: number): boolean {
  if (!AREA_LOCATIVES.has(tokens[k].lower) && tokens[k].lower !== "on") return false;
  const amount = tokens[k + 1];
  const many = amount?.kind === "num" || MANY.has(amount?.lower ?? "");
  return many && MANY_SCOPES.has(tokens[k + 2]?.lower ?? "");
}
const MANY = new Set(["all", "most", "many", "several"]);
const MANY_SCOPES = new Set(["areas", "directions", "regions", "oblasts", "axes", "sectors", "fronts"]);

/** People counted by the place they live in: "62 Nikopol residents". */
const RESIDENTS = new Set(["residents", "inhabitants", "citizens", "people", "civilians", "children", "families", "households", "pensioners", "locals", "villagers"]);

/** "through the Black Sea corridor", "over the Sea of Azov": a sea in the claim's clause is no place. */
function namesSea(tokens: Token[], c: Candidate, stop: number): boolean {
  let from = c.start;
  while (from > 0 && tokens[from - 1].text !== ";") from--;
  for (let k = from; k < stop - 1; k++) {
    const word = tokens[k].lower;
    if (word === "sea" && (tokens[k - 1]?.lower === "black" || tokens[k + 1]?.lower === "of")) return true;
    if (word === "azov" && tokens[k + 1]?.lower === "sea") return true;
  }
  return false;
}

/** "in a war that has already cost 100,000 lives": the place before belongs to another clause. */
function breaksScope(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SCOPE_BREAKERS.hasToken(tokens[k]) && !isTimeOfWar(tokens, k)) return true;
  return false;
}

/** "a pre-war population of 60,000", "before the full-scale invasion": a time, not another clause's war. */
function isTimeOfWar(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower;
  return (before === "-" && (tokens[k - 2]?.lower === "pre" || tokens[k - 2]?.lower === "post")) || before === "full-scale" || (before === "scale" && tokens[k - 3]?.lower === "full");
}

/** "the region", "the oblast" between two tokens (not "one of the region's main ports", a description). */
function regionSaidBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if ((tokens[k].lower === "region" || tokens[k].lower === "oblast") && tokens[k - 1].lower === "the") return true;
  return false;
}

/** "Kupyansk in Ukraine's Kharkiv region, which ...": the city is the head, the region qualifies it. */
function headOf(tokens: Token[], best: PlaceMention, mentions: PlaceMention[]): string {
  const index = mentions.indexOf(best);
  // "The village of Kozinka in the Graivoronsky district was attacked nine times": the village, not its district's town
  const village = mentions[index - 1];
  // ("In Bilenke, Zaporizhzhia district, a guided bomb killed two people": the same, after a comma)
  // ("In Bilenke of the Kramatorsk hromada 4 houses were damaged": or "of" it)
  const inDistrict = ((tokens[village?.end ?? -1]?.lower === "in" || tokens[village?.end ?? -1]?.lower === "of") && best.start - village!.end <= 2) || (tokens[village?.end ?? -1]?.text === "," && best.start === village!.end + 1);
  if (best.kind === "city" && DISTRICT_WORDS.has(tokens[best.end - 1]?.lower ?? "") && village?.kind === "city" && inDistrict) return village.name;
  if (best.kind !== "region") return listHead(tokens, mentions, index).name;
  const city = mentions[index - 1];
  if (!city || city.kind !== "city") return best.name;
  // "Vovchansk in Kharkiv region", "near Nikopol, Dnipropetrovsk region", "Tyotkino, a village in Russia's Kursk region"
  const joiner = tokens[city.end]?.lower;
  // ("Kamianske (Dnipropetrovsk region)": the region in brackets qualifies the town)
  // ("the Sudzhansky district of the Kursk region": of the region it lies in)
  if (best.start - city.end <= 3 && (joiner === "in" || joiner === "," || joiner === "(" || joiner === "of")) return city.name;
  if (best.start - city.end <= 6 && joiner === "," && tokens.slice(city.end, best.start).some((t) => t.lower === "in")) return city.name;
  // ("Shostka in the north of the Sumy region", "Huliaipole, in the east of Zaporizhzhia Oblast": where in the region the town lies)
  if (best.start - city.end <= 7 && (joiner === "in" || joiner === ",") && tokens.slice(city.end, best.start).some((t) => COMPASS.has(t.lower) || PARTS.has(t.lower))) return city.name;
  return best.name;
}
