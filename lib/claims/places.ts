import { DISTRICT_CITIES, PLACE_FIRST_WORDS, placeByVariant, regionNameOf, startsLongerName, STREET_WORDS, type Place } from "./data/gazetteer";
import { isFirstName } from "./data/first-names";
import { SIDE_WORDS } from "./data/sides";
import { PACKAGE_WORDS } from "./data/verbs";
import { bare } from "./speaker-names";
import { DASHES, type Token } from "./tokenize";

// Place mentions in a sentence: gazetteer names (with "'s", hyphenated and two-word names), their
// region form ("Kharkiv region" -> "Kharkiv Oblast"), and unknown villages named as such ("the village of X").

/** `isOffice`: "Kharkiv mayor", "Kharkiv governor" name no place for a figure, but say which city "the city" is. */
export type PlaceMention = {
  start: number; end: number; name: string; kind: "city" | "region"; isOffice?: boolean;
  /** "Moscow said": a capital standing for its government, no place of a figure, but it says which capital "the capital" is. */
  isMetonym?: boolean;
  /** A district name several cities share: the cities it may belong to, `name` being the most reported. */
  cities?: readonly string[];
};

const GRID_WORDS = new Set(["grids", "networks"]);
const GROUPING_WORDS = new Set(["battlegroup", "grouping", "forces"]);
const FIRM_WORDS = new Set([
  "dynamics", "industries", "group", "systems", "technologies", "tech", "holding", "holdings", "energy", "defence", "defense", "arms", "motors",
  "airlines", "bank", "company", "corporation", "inc", "ltd", "llc", "labs", "robotics", "aerospace", "works", "ordnance", "engineering",
]);
/** "the Ministry of Defence in Kyiv": the ministry's seat (its name ends right before "in"), no figure's place. */
function ministrySeat(tokens: Token[], inAt: number): boolean {
  for (let k = inAt - 1; k >= Math.max(0, inAt - 4); k--) {
    if (tokens[k].lower === "ministry") return true;
    if (!tokens[k].capitalized && tokens[k].lower !== "of") return false;
  }
  return false;
}

/** Kinds of court named after their seat: "the Odesa district court", "the Kyiv appeals court". */
const COURT_KINDS = new Set(["district", "city", "regional", "oblast", "appeals", "appellate", "military", "garrison"]);
/** Where someone spoke: "at a forum in Kyiv", and "told reporters in Helsinki". */
const VENUES = new Set(["forum", "conference", "summit", "briefing", "congress", "meeting", "talks", "reporters", "journalists"]);
/** "during a visit to Kyiv", "at the end of a three-day visit to Kharkiv": where a speaker went. */
const VISITS = new Set(["visit", "trip", "visits", "trips"]);
const JURISDICTION_BODIES = new Set(["service", "directorate", "police", "office", "department", "command", "patrol", "ministry"]);
const LOCATIVE = new Set(["in", "near", "at", "around", "over", "outside", "to", "of", "from", "towards", "toward", "on", "into", "across", "inside"]);
/**
 * "£3 billion a year in military aid to Kyiv", "pledged €400 million to Kyiv": aid goes to a government, not to a city
 * (not "evacuees moved to Kyiv, where they receive state assistance").
 */
function aidTo(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === "to" && tokens.slice(Math.max(0, i - 7), i - 1).some((token) => PACKAGE_WORDS.has(token.lower));
}

/** Verbs of attack whose object is a city, not its government: "Russia pounded Kyiv", "drones struck Moscow". */
const STRUCK = new Set(["pounded", "struck", "attacked", "shelled", "bombed", "hit", "targeted", "bombarded", "pummelled", "pummeled", "strikes", "attacks", "hits", "pounds", "targets"]);
const OFFICES = new Set(["governor", "mayor", "governor's", "mayor's", "officials", "authorities", "police", "prosecutor's", "prosecutors"]);
/** A region's military administration by its acronym after the region: "the Kharkiv OVA", "Sumy ODA". */
const REGION_ACRONYMS = new Set(["ova", "oda", "oma"]);
const BORDER_AREAS = new Set(["area", "areas", "zone", "districts", "regions", "strip"]);
/** "Kyiv oblast", "Kharkiv, Sumy and Kyiv oblasts", "38 Kyiv residents": a capital named as an area is a place, not its government. */
const LIST_DASHES = new Set(["–", "—", "-", ":"]);
const AREA_AFTER = new Set([
  "oblast", "oblasts", "region", "regions", "province", "city", "suburbs", "outskirts", "residents", "inhabitants", "residents'",
  // "Kyiv death toll rises to four", "Kyiv rescuers pull 46 people from rubble": the city's, in a headline's shorthand
  "death", "rescuers", "metro", "districts", "hospitals", "blackout", "blackouts",
]);

/** What follows "X Regional"/"X Oblast" in the name of an office. */
const REGION_OFFICES = new Set(["administration", "military", "state", "council", "prosecutor's", "police", "governor", "head"]);
const REGION_WORDS = new Set(["region", "oblast", "province", "regional", "oblast's", "region's", "krai", "territory"]);
const SETTLEMENT_WORDS = new Set(["village", "settlement", "hamlet", "town"]);
const INTRODUCERS = new Set(["village", "town", "city", "settlement", "hamlet", "port", "area", "vicinity"]);
/** "Kupiansk district", "Bilozerka hromada": a town's area is named after the town. */
const TOWN_AREAS = new Set(["district", "raion", "hromada", "community", "municipality", "county"]);
const TOPONYM = /^[\p{Lu}][\p{Ll}']+(?:yna|enke|ivka|ivske|ove|ynka|inka|ivtsi|ivka's|ske|ne|sk|ka|yi|ino|ovo|evo|ovka|yar|ia)$/u;

/**
 * `firms`: the report's company names that are also place names ("Sokil Dynamics" makes a later
 * "Sokil's revenue" the firm's); findPlaces adds to it as it reads, sentence after sentence.
 */
export function findPlaces(tokens: Token[], firms: Set<string> = new Set()): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "word") continue;
    const code = token.text.charCodeAt(0);
    if (code >= 97 && code <= 122) continue; // gazetteer names are written capitalized (or in another script)
    const found = lookup(tokens, i);
    if (found) {
      const [place, end] = found;
      // "Our correspondent Dmytro Sokil", "CORRESPONDENT (DMYTRO SOKIL):": a surname after its first name, no place
      if (end === i + 1 && tokens[i - 1]?.capitalized && tokens[i - 1].kind === "word" && isFirstName(tokens[i - 1].lower)) continue;
      // "Battlegroup Dnepr units", "Group of Forces Dnepr": a Russian grouping named after a river or a direction, no place
      if (GROUPING_WORDS.has(tokens[i - 1]?.lower ?? "") && tokens[i - 1].capitalized) {
        i = end - 1;
        continue;
      }
      // "Sokil Dynamics, a company founded in 2022": a firm named after a place is no place
      if (FIRM_WORDS.has(tokens[end]?.lower ?? "") && tokens[end].capitalized) {
        firms.add(place.name);
        i = end;
        continue;
      }
      if (firms.has(place.name)) continue;
      // "DTEK Dnipro Grids", "DTEK Kyiv Electric Networks": a distributor's company named after its area, no place of the figure
      // (and no firm that hides the place from the rest of the report)
      if (GRID_WORDS.has(tokens[end]?.lower ?? "") && tokens[end].capitalized) {
        mentions.push({ start: i, end: end + 1, name: place.name, kind: place.kind, isOffice: true });
        i = end;
        continue;
      }
      // "Kyiv has retaken", "Moscow said": a capital standing for its government is a side, not a place.
      // ("Moscow – 2.3 million rubles": a list entry led by the city is the city)
      // ("Kyiv (city) | 366,000 | 318": a table row's label)
      const listEntry = i === 0 && (LIST_DASHES.has(tokens[end]?.text ?? "") || tokens[end]?.text === "|" || (tokens[end]?.text === "(" && tokens[end + 2]?.text === ")"));
      if (SIDE_WORDS.get(token.lower) && !listEntry && (aidTo(tokens, i) || !LOCATIVE.has(tokens[i - 1]?.lower ?? "")) && !STRUCK.has(tokens[i - 1]?.lower ?? "") && !AREA_AFTER.has(tokens[end]?.lower ?? "")) {
        if (place.kind === "city") mentions.push({ start: i, end, name: place.name, kind: "city", isOffice: true, isMetonym: true });
        continue;
      }
      const office = tokens[end]?.lower ?? "";
      // "the Kharkiv Regional Administration", "Sumy Oblast Military Administration": an office, not a place
      if (REGION_WORDS.has(office) && REGION_OFFICES.has(tokens[end + 1]?.lower ?? "")) {
        mentions.push({ start: i, end: end + 1, name: regionNameOf(place), kind: "region", isOffice: true });
        i = end;
        continue;
      }
      // "Zaporizhzhia Oblast Military Administration": a region's name read whole, then its office's words
      if (REGION_WORDS.has(tokens[end - 1].lower) && REGION_OFFICES.has(office)) {
        mentions.push({ start: i, end: end + 1, name: regionNameOf(place), kind: "region", isOffice: true });
        i = end;
        continue;
      }
      // "the Kharkiv OVA": the region's military administration, an office of the region
      if (REGION_ACRONYMS.has(office) && tokens[end].text === tokens[end].text.toUpperCase()) {
        mentions.push({ start: i, end: end + 1, name: regionNameOf(place), kind: "region", isOffice: true });
        i = end;
        continue;
      }
      // "the Odesa district court", "the Kharkiv Court of Appeal": a court is named after its seat, which places no figure
      if (office === "court" || (COURT_KINDS.has(office) && tokens[end + 1]?.lower === "court")) {
        mentions.push({ start: i, end, name: place.name, kind: place.kind, isOffice: true });
        i = end - 1;
        continue;
      }
      // "the Sumy border area", "the Kursk border districts": the region's strip along the border
      if (office === "border" && BORDER_AREAS.has(tokens[end + 1]?.lower ?? "")) {
        mentions.push({ start: i, end: end + 2, name: regionNameOf(place), kind: "region" });
        i = end + 1;
        continue;
      }
      // "DPR head Denis Pushilin said": the occupation's office by its acronym, not the place of the figure
      const acronymHead = (office === "head" || office === "leader") && /^\p{Lu}{2,}$/u.test(token.text);
      if (OFFICES.has(office) || acronymHead) { // "Kharkiv governor said": an office, not a place
        const isCity = office === "mayor" || office === "mayor's";
        mentions.push({ start: i, end, name: isCity ? place.name : regionNameOf(place), kind: isCity ? "city" : "region", isOffice: true });
        i = end - 1;
        continue;
      }
      if (isRiver(tokens, i, end, place)) continue;
      // "the Main Directorate of the State Emergency Service in Odesa Oblast reported": the office's area, not the scene
      // ("the State Emergency Service in the Poltava region", "the Emergencies Ministry's directorate for the Belgorod region")
      const article = tokens[i - 1]?.lower === "the" ? 1 : 0;
      const preposition = tokens[i - 1 - article]?.lower;
      // ("told a security forum in Kyiv", "at a press conference in Brussels": where someone spoke, not where the figure is)
      // ("announced during a visit to Kyiv": where the speaker was, not where the figure is)
      const visited = (preposition === "to" && VISITS.has(tokens[i - 2 - article]?.lower ?? "")) || (preposition === "in" && ministrySeat(tokens, i - 1));
      if (visited || ((preposition === "in" || preposition === "for") && (JURISDICTION_BODIES.has(tokens[i - 2 - article]?.lower ?? "") || (preposition === "in" && VENUES.has(tokens[i - 2 - article]?.lower ?? ""))))) {
        mentions.push({ ...withRegion(tokens, place, i, end), isOffice: true });
        i = end - 1;
        continue;
      }
      mentions.push(withRegion(tokens, place, i, end));
      i = end - 1;
      continue;
    }
    const district = cityDistrictAt(tokens, i, mentions) ?? townDistrictAt(tokens, i, mentions);
    if (district) {
      mentions.push(district);
      i = district.end - 1;
      continue;
    }
    const unknown = unlistedPlaceAt(tokens, i);
    if (unknown) {
      mentions.push(unknown);
      i = unknown.end - 1;
    }
  }
  regionsOfList(tokens, mentions);
  citiesOfList(tokens, mentions);
  return mentions;
}

/**
 * "centres in Kursk, Zheleznogorsk and Kurchatov", "the city of Kursk": a bare name the gazetteer reads as its region
 * (Kursk, since the 2024 incursion) is the city when listed with towns or called a city.
 */
function citiesOfList(tokens: Token[], mentions: PlaceMention[]): void {
  for (let n = 0; n < mentions.length; n++) {
    const mention = mentions[n];
    if (mention.kind !== "region" || mention.isOffice || mention.end - mention.start !== 1 || !mention.name.endsWith(" Oblast")) continue;
    const listed = listedTown(tokens, mentions[n - 1], mention.start) || listedTown(tokens, mentions[n + 1], mention.end);
    const called = tokens[mention.start - 1]?.lower === "of" && tokens[mention.start - 2]?.lower === "city";
    if (listed || called) mentions[n] = { ...mention, name: mention.name.slice(0, -" Oblast".length), kind: "city" };
  }
}

/** A town named right before or after `edge` across one comma or "and". */
function listedTown(tokens: Token[], other: PlaceMention | undefined, edge: number): boolean {
  if (!other || other.kind !== "city" || other.isOffice) return false;
  const joiner = other.start > edge ? (other.start === edge + 1 ? tokens[edge] : undefined) : other.end === edge - 1 ? tokens[other.end] : undefined;
  return !!joiner && (joiner.text === "," || joiner.lower === "and");
}

const PLURAL_REGION_WORDS = new Set(["regions", "oblasts", "provinces"]);

/** "from the Bryansk and Kursk regions", "the Kharkiv, Sumy and Poltava oblasts": every place of the list is a region. */
function regionsOfList(tokens: Token[], mentions: PlaceMention[]): void {
  for (let n = mentions.length - 1; n >= 0; n--) {
    if (!PLURAL_REGION_WORDS.has(tokens[mentions[n].end]?.lower ?? "")) continue;
    const last = mentions[n].kind === "city" && !mentions[n].isOffice ? placeByVariant(mentions[n].name.toLowerCase()) : undefined;
    if (last && n > 0 && mentions[n - 1].end >= mentions[n].start - 2) mentions[n] = { ...mentions[n], name: regionNameOf(last), kind: "region" };
    for (let p = n - 1; p >= 0; p--) {
      const [earlier, later] = [mentions[p], mentions[p + 1]];
      const gap = tokens.slice(earlier.end, later.start);
      if (!gap.length || gap.length > 2 || !gap.every((t) => t.text === "," || t.lower === "and" || t.lower === "or")) break;
      const place = earlier.kind === "city" && !earlier.isOffice ? placeByVariant(earlier.name.toLowerCase()) : undefined;
      if (place) mentions[p] = { ...earlier, name: regionNameOf(place), kind: "region" };
    }
  }
}

/**
 * "the Shevchenkivskyi district", "Darnytskyi district:": a city's district locates a figure at its
 * city, the one named earlier in the sentence when several cities have a district so named.
 */
function cityDistrictAt(tokens: Token[], i: number, before: PlaceMention[]): PlaceMention | null {
  const token = tokens[i];
  if (!token.capitalized) return null;
  // "Darnytskyi district", or a list entry led by the district alone ("📍 Shevchenkivskyi: ...")
  const labelled = tokens[i + 1]?.text === ":" && i < 3 && tokens.slice(0, i).every((t) => t.kind === "punct");
  if (!labelled && !DISTRICT_WORDS.has(tokens[i + 1]?.lower ?? "")) return null;
  const cities = DISTRICT_CITIES.get(bare(token.lower));
  if (!cities) return null;
  const named = before.find((mention) => mention.kind === "city" && cities.includes(mention.name));
  const end = labelled ? i + 1 : i + 2;
  if (named || cities.length === 1) return { start: i, end, name: named?.name ?? cities[0], kind: "city" };
  return { start: i, end, name: cities[0], kind: "city", cities }; // the report's city decides (extract.ts)
}

/**
 * "the Sudzhansky district", "the Glushkovsky district", "Shostkynskyi raion": a district named by the adjective of its
 * town, read as that town when the gazetteer knows it under one of the usual stems (Sudzha, Glushkovo, Rylsk, Shostka).
 */
function townDistrictAt(tokens: Token[], i: number, before: PlaceMention[]): PlaceMention | null {
  const token = tokens[i];
  // ("the Shebekinsky urban district", "the Starodubsky municipal district")
  const word = AREA_ADJECTIVES.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
  if (!token.capitalized || !DISTRICT_WORDS.has(tokens[word]?.lower ?? "")) return null;
  // a city's own district: "the Krasnoarmeysky district of Volgograd", "In Kryvyi Rih, ... in the Ternivskyi district"
  if ((tokens[word + 1]?.lower === "of" && tokens[word + 2]?.capitalized) || before.some((mention) => mention.kind === "city")) return null;
  const stem = DISTRICT_ADJECTIVE.exec(token.lower)?.[1];
  if (!stem || stem.length < 3) return null;
  // ("Pokrovskyi": Pokrovsk before Pokrov; "Klintsovsky": Klintsy; "Sumskyi": Sumy; "Polohivskyi": Polohy;
  // "Synelnykivskyi": Synelnykove; "Romenskyi": Romny)
  for (const name of [`${stem}sk`, stem, `${stem}o`, `${stem}a`, `${stem}ka`, `${stem}ki`, `${stem}y`, stem.replace(/n$/, ""), stem.replace(/yn$/, "a"), stem.replace(/iv$/, "ova"), stem.replace(/iv$/, "ove"), stem.replace(/iv$/, "y"), stem.replace(/ov$/, "y"), stem.replace(/en$/, "ny")]) {
    const place = placeByVariant(name);
    if (place?.kind === "city") return { start: i, end: word + 1, name: place.name, kind: "city" };
  }
  return null;
}

/** A district's adjective and its stem: "sudzhansky" (sudzhan), "shostkynskyi" (shostkyn), "rylsky" (ryl). */
const DISTRICT_ADJECTIVE = /^(\p{L}+?)(?:skyi|skyy|skiy|sky|ski)$/u;

/**
 * A settlement the gazetteer lacks, named where the grammar says it is one: "the village of X", "X hromada",
 * "near X", "towards X", "the outskirts of X", "Novoselivka Persha" — and shaped like a Ukrainian or
 * Russian place name (Lysivka, Krasnopillia, Pishchane), with hyphenated names whole (Seredyna-Buda).
 */
function unlistedPlaceAt(tokens: Token[], i: number): PlaceMention | null {
  const token = tokens[i];
  if (!token.capitalized) return null;
  // "the Bilopilska hromada", "Kupianska hromada": a hromada named by its town's adjective, as Ukrainian writes it
  // ("Huliaipilska community", "the Krasnopilska territorial community": in English too, for a town the gazetteer knows)
  const community = AREA_ADJECTIVES.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1;
  const hromada = HROMADA.has(tokens[community]?.lower ?? "");
  const adjectival = (hromada || COMMUNITY.has(tokens[community]?.lower ?? "")) && token.lower.endsWith("ska") ? townOfAdjective(token.lower, !hromada) : null;
  if (adjectival) return { start: i, end: community + 1, name: adjectival, kind: "city" };
  // the grammar first (cheap), the shape of the name only then: this runs for every capitalized word
  const before = tokens[i - 1]?.lower ?? ""; // none opening a line: "Krasnopillia hromada: 14 explosions"
  // ("In Osoivka only 23 residents remain", "we took 11 people out of Ryasne": a name shaped like a settlement's)
  const introduced = PLACE_PREPOSITIONS.has(before) || (before === "of" && (INTRODUCERS.has(tokens[i - 2]?.lower ?? "") || tokens[i - 2]?.lower === "outskirts" || tokens[i - 2]?.lower === "out")) || before === "in";
  const end = hyphenatedEnd(tokens, i);
  // "the Shebekino urban district", "the Bilopillia territorial hromada"
  const area = AREA_ADJECTIVES.has(tokens[end]?.lower ?? "") ? end + 1 : end;
  if (!introduced && !TOWN_AREAS.has(tokens[area]?.lower ?? "")) return null;
  // ("near Fontanska Road", "on Bakhmutska Street": a street named after a place is no place)
  if (STREET_WORDS.has(tokens[end]?.lower ?? "")) return null;
  if (/['’]s$/.test(before)) return null; // "the city's Saltivskyi district" is part of a city named before
  // "Saltivskyi district", "Dniprovskyi district": an adjective names a city's district, not a settlement
  if (!introduced && /(?:kyi|yi|iy|sky)$/.test(token.lower) && DISTRICT_WORDS.has(tokens[end]?.lower ?? "")) return null;
  // "Bilenke hromada": a hromada is always a place, whatever its name looks like
  if (!introduced && HROMADA.has(tokens[area]?.lower ?? "") && !NOT_PLACE_NAMES.has(token.lower)) return { start: i, end: area + 1, name: tokens.slice(i, end).map((t) => t.text).join(""), kind: "city" };
  // "In the village of Nikolskoye", "the settlement of Urazovo": named a settlement, whatever the shape of its name
  const settlement = before === "of" && SETTLEMENT_WORDS.has(tokens[i - 2]?.lower ?? "") && end === i + 1 && token.kind === "word" && !NOT_PLACES.has(token.lower) && !SIDE_WORDS.get(token.lower);
  if (settlement) return { start: i, end, name: token.text.replace(/['’]s$/, ""), kind: "city" };
  return shapedLikePlace(tokens, i, end);
}

const AREA_ADJECTIVES = new Set(["urban", "municipal", "rural", "territorial", "settlement"]);

/** Endings of a hromada's adjective and of its town's name: "Bilopilska" Bilopillia, "Yunakivska" Yunakivka. */
const ADJECTIVE_ENDINGS: [string, string][] = [["pilska", "pillia"], ["pilska", "pole"], ["ivska", "ivka"], ["ivska", "iv"], ["etska", "ets"], ["anska", "ansk"], ["erska", "erka"], ["olska", "ol"], ["avska", "av"], ["inska", "ino"], ["ska", "sk"], ["ska", ""]];

/**
 * The town a hromada's adjective names: the gazetteer's, else (unless `knownOnly`) the usual form ("Velykopysarivska":
 * Velyka Pysarivka).
 */
function townOfAdjective(adjective: string, knownOnly = false): string | null {
  // ("Velykopysarivska": Velyka Pysarivka, a two-word name written as one; the guess is made from that spelling)
  const prefix = COMPOUND_PREFIX.exec(adjective);
  const spelled = prefix ? `${COMPOUND_FIRST_WORDS.get(prefix[1])} ${adjective.slice(prefix[1].length)}` : adjective;
  let guess: string | null = null;
  for (const stem of prefix ? [adjective, spelled] : [adjective]) {
    for (const [from, to] of ADJECTIVE_ENDINGS) {
      if (!stem.endsWith(from)) continue;
      const name = stem.slice(0, -from.length) + to;
      const place = placeByVariant(name);
      if (place?.kind === "city") return place.name;
      if (stem === spelled && name.length > 3) guess ??= name;
    }
  }
  return guess && !knownOnly ? guess.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : null;
}

/** First words of two-word names a hromada's adjective joins into one: "Velyko-" Velyka, "Novo-" Nova. */
const COMPOUND_FIRST_WORDS = new Map([["velyko", "velyka"], ["mal", "mala"], ["novo", "nova"], ["staro", "stara"]]);
const COMPOUND_PREFIX = new RegExp(`^(${[...COMPOUND_FIRST_WORDS.keys()].join("|")})(?=\\p{L})`, "u");
const HROMADA = new Set(["hromada", "hromadas"]);
/** The English for a hromada, used for towns the gazetteer knows: "Huliaipilska community". */
const COMMUNITY = new Set(["community", "communities"]);
/** Capitalised words before "hromada" that are not its name ("Each hromada", "The hromada"). */
const NOT_PLACE_NAMES = new Set(["the", "each", "every", "this", "that", "a", "our", "their", "its", "local", "territorial"]);

/** The end of "Seredyna-Buda", "Slavyansk-on-Kuban": word parts glued by hyphens, no spaces. */
function hyphenatedEnd(tokens: Token[], start: number): number {
  let end = start + 1;
  while (tokens[end]?.text === "-" && !tokens[end].spaced && tokens[end + 1]?.kind === "word" && !tokens[end + 1].spaced && end - start < 7) end += 2;
  return end;
}

function shapedLikePlace(tokens: Token[], start: number, end: number): PlaceMention | null {
  // "Zolotyi Kolodiaz", "Nove Shakhove", "Kucheriv Yar": an adjective and a noun, the settlement's two-word name
  const second = tokens[end];
  if (end === start + 1 && PLACE_ADJECTIVES.has(tokens[start].text) && second?.kind === "word" && second.capitalized && second.spaced) {
    return { start, end: end + 1, name: `${tokens[start].text} ${second.text.replace(/['’]s$/, "")}`, kind: "city" };
  }
  const name = tokens.slice(start, end).map((t) => t.text).join("").replace(/['’]s$/, "");
  if (!TOPONYM.test(name.split("-")[0]) || NOT_PLACES.has(name.toLowerCase()) || SIDE_WORDS.get(tokens[start].lower)) return null;
  return { start, end, name, kind: "city" };
}

const DISTRICT_WORDS = new Set(["district", "raion"]);

/** First words of two-word settlement names: "Velyka Novosilka", "Nove Shakhove", "Zolotyi Kolodiaz", "Kucheriv Yar". */
const PLACE_ADJECTIVES = new Set([
  "Velyka", "Velykyi", "Velyke", "Mala", "Malyi", "Male", "Mali", "Nova", "Novyi", "Nove", "Novi", "Stara", "Staryi", "Stare",
  "Zolotyi", "Zolota", "Zolote", "Zelenyi", "Zelena", "Zelene", "Sukhyi", "Sukha", "Sukhi", "Bila", "Bilyi", "Bile", "Chervonyi",
  "Chervona", "Chervone", "Verkhnia", "Nyzhnia", "Kruta", "Krutyi", "Chorna", "Chornyi", "Kucheriv", "Vesele", "Vesela", "Tykha",
]);

/** Prepositions that, before a capitalized place-shaped word, make it a place ("near Lysivka"); "in" too, minus NOT_PLACES. */
const PLACE_PREPOSITIONS = new Set(["near", "towards", "toward", "outside", "around"]);
/** Place-shaped words that are countries, peoples or other things. */
const NOT_PLACES = new Set([
  "ukraine", "russia", "georgia", "estonia", "latvia", "lithuania", "slovakia", "romania", "moldova", "bulgaria", "serbia",
  "croatia", "slovenia", "austria", "australia", "india", "syria", "libya", "nigeria", "algeria", "armenia", "albania",
  "indonesia", "malaysia", "tunisia", "mongolia", "colombia", "bolivia", "czechia", "asia", "scandinavia", "media",
  "liberia", "panama", "malta", "cyprus", "eritrea", "somalia", "kenya", "tanzania", "zambia", "angola", "ghana", "guinea",
  "macedonia", "bosnia", "tajikistan", "kyrgyzstan", "kazakhstan", "uzbekistan", "turkmenistan", "belarus",
  "arabia", "jordan", "korea", "china", "japan", "canada", "israel", "iran", "iraq", "lebanon", "egypt", "sudan",
  "crimea", "transnistria", "wagner", "akhmat", "shahed", "june", "minsk",
  "ukrainska", "suspilne", "hromadske", "novaya", // outlets: "in Ukrainska Pravda", "told Suspilne"
]);

/** Words after a place name that keep "the X" a place ("the Kupiansk direction", "the Kharkiv region"). */
const AFTER_THE = new Set([
  "region", "oblast", "regional", "province", "direction", "district", "raion", "area", "axis", "sector", "front", "hromada", "county",
  "community", "outskirts", "suburbs", "sector", "bridgehead", "salient", "pocket", "city", "port", "oblast's", "region's",
  "and", "or", "-", "–", "/", "people's", "urban", "municipal", "rural", "territorial",
]);

/**
 * "along the Dnipro", "the Dnipro's left bank": a city named like a river, with an article and nothing after, is
 * the river ("the Kharkiv strike", "the Novoshakhtinsk plant" are the cities).
 */
function isRiver(tokens: Token[], start: number, end: number, place: Place): boolean {
  if (place.kind !== "city" || tokens[start - 1]?.lower !== "the" || !RIVER_NAMES.has(bare(tokens[start].lower))) return false;
  if (end - start > 1 || /^\p{Lu}{2,}$/u.test(tokens[start].text)) return false; // "the Zaporizhzhia NPP", "the ZNPP"
  const next = tokens[end]?.lower ?? "";
  return !AFTER_THE.has(next);
}

/** Rivers that share a name with a settlement of the gazetteer, in the spellings reports use. */
const RIVER_NAMES = new Set([
  "dnipro", "dnieper", "dnepr", "desna", "oskil", "oskol", "inhulets", "ingulets", "dniester", "dnister", "psel", "vorskla",
  "sula", "seym", "seim", "kalmius", "don", "volga", "bug", "donets", "siverskyi", "udy", "vovcha", "sluch", "sejm",
]);

/** Longest gazetteer name at i: three tokens ("kupiansk - vuzlovyi"), two ("chasiv yar"), one. */
function lookup(tokens: Token[], i: number): [Place, number] | null {
  if (!PLACE_FIRST_WORDS.hasToken(tokens[i])) return null;
  const a = bare(tokens[i].lower);
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  // "Slavyansk-on-Kuban", "Kharkiv-based": a known name glued to more by a hyphen is another name or no place
  const glued = b?.text === "-" && !b.spaced && !!c && !c.spaced && c.kind === "word";
  if (!startsLongerName(a)) {
    const place = glued ? undefined : placeByVariant(a);
    return place ? [place, i + 1] : null;
  }
  if (b?.kind === "punct" && b.text === "-" && !b.spaced && c && !c.spaced) {
    // "Rostov-on-Don", "Slavyansk-on-Kuban": three parts glued by hyphens
    const d = tokens[i + 3];
    const e = tokens[i + 4];
    const three = d?.text === "-" && !d.spaced && e?.kind === "word" && !e.spaced ? placeByVariant(`${a}-${bare(c.lower)}-${bare(e.lower)}`) : undefined;
    if (three) return [three, i + 5];
    const place = placeByVariant(`${a}-${bare(c.lower)}`);
    if (place) return [place, i + 3];
  }
  if (b?.kind === "word") {
    const place = placeByVariant(`${a} ${bare(b.lower)}`);
    if (place) return [place, i + 2];
  }
  const place = glued ? undefined : placeByVariant(a);
  return place ? [place, i + 1] : null;
}

function withRegion(tokens: Token[], place: Place, start: number, end: number): PlaceMention {
  const next = tokens[end];
  // "the Donetsk People's Republic", "LPR": the occupied region under its Russian name
  if (next?.lower === "people's" && tokens[end + 1]?.lower === "republic") {
    return { start, end: end + 2, name: regionNameOf(place), kind: "region" };
  }
  // ("Donetsk obl.": the region abbreviated, as dashboards write it)
  if (next && (REGION_WORDS.has(next.lower) || (next.lower === "obl" && tokens[end + 1]?.text === "."))) {
    const name = regionNameOf(place);
    return { start, end: end + 1, name, kind: "region" };
  }
  if (next && TOWN_AREAS.has(next.lower)) return { start, end: end + 1, name: place.name, kind: "city" };
  return { start, end, name: place.name, kind: place.kind };
}

/** "Huliaipole – 97": the place named right before a spaced dash that stands before the figure at `start`. */
export function placeBeforeDash(tokens: Token[], start: number, mentions: PlaceMention[]): PlaceMention | undefined {
  const dash = tokens[start - 1];
  return dash && DASHES.has(dash.text) && dash.spaced ? mentions.find((m) => m.end === start - 1) : undefined;
}

/** Whether a list's entry closes at `token`: a comma, a stop, a semicolon, "and" or the sentence's end. */
export function closesEntry(token: Token | undefined): boolean {
  return !token || token.text === "," || token.text === "." || token.text === ";" || token.lower === "and";
}
