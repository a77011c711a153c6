import type { Actor } from "../types";

// Who states a figure: known bodies by the phrases that name them, with the side they speak for.

/** `region`: for a regional governor, whose office ("his office") is that region's administration. */
export type Source = { name: string; side: Actor; region?: string; /** a mayor's city, where his figures are when he names no place */ city?: string };

/** Names of defence ministries and their like, whose "the ministry", "the department" later refers back to them (the Pentagon too). */
export const MINISTRY_NAME = /Ministry|MoD|^Pentagon$/;

/** Stands for "the ministry" / "the MoD" until resolved to the ministry last named. */
export const GENERIC_MINISTRY = "(the ministry)";

/** Ukraine's police, whose regional directorates speak for it ("Police of Kharkiv Oblast"). */
export const NATIONAL_POLICE: Source = { name: "National Police of Ukraine", side: "ukraine" };

/** The UN at large, as the source table names it. */
export const UNITED_NATIONS = "United Nations";

const table: [string, Actor, string[]][] = [
  ["Russian Defence Ministry", "russia", [
    "russian defence ministry", "russian defense ministry", "russia's defence ministry", "russia's defense ministry",
    "russian ministry of defence", "russian ministry of defense", "russian mod", "ministry of defence of the russian federation", "минобороны россии", "минобороны рф",
    "ministry of defense of the russian federation", "russia's ministry of defence", "russia's ministry of defense",
    "russian military", "russia's military", "top brass", "russian top brass", "ministry of defence of russia", "ministry of defense of russia",
    // Russian agencies' English for "военное ведомство"
    "the military department", "russia's military department", "russian military department",
    // its channel's own name, as a forwarded post shows it
    "министерство обороны россии", "министерство обороны российской федерации", "минобороны россии", "минобороны рф",
  ]],
  [GENERIC_MINISTRY, null, [
    "ministry", "defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "mod", "defence department",
    "ministry's", "defence ministry's", "defense ministry's", "mod's", "department",
  ]],
  ["Ukrainian Air Force", "ukraine", ["ukraine's air force", "ukrainian air force", "air force of ukraine", "air force", "air force of the armed forces of ukraine", "ukrainian air force command", "ukraine's air force command", "air force command",
    "air command east", "air command south", "air command west", "air command centre", "air command center", "air command",
    "повітряні сили", "повітряні сили зс україни", "повітряні сили збройних сил україни"]],
  ["Ukrainian General Staff", "ukraine", [
    "ukraine's general staff", "ukrainian general staff", "general staff of the armed forces of ukraine",
    "general staff of ukraine's armed forces", "general staff",
  ]],
  ["Russian General Staff", "russia", ["russian general staff", "russia's general staff"]],
  ["Ukrainian Defence Ministry", "ukraine", [
    "ukraine's defence ministry", "ukraine's defense ministry", "ukrainian defence ministry", "ukrainian defense ministry",
    "ministry of defence of ukraine", "ministry of defense of ukraine",
  ]],
  // Ukraine's military as a whole, no command of it named: the side's officials, as the gold set names "Kyiv said"
  ["Ukrainian officials", "ukraine", ["armed forces of ukraine", "ukrainian military", "ukraine's military", "ukraine's armed forces"]],
  ["ISW", null, ["isw", "institute for the study of war", "russian offensive campaign assessment"]],
  // the Belarusian monitoring channel, by its English, Belarusian-Latin and Cyrillic names
  ["Belarusian Hajun", null, ["belarusian hajun", "belaruski hajun", "hajun", "беларускі гаюн"]],
  ["USAID", null, ["usaid", "u . s . agency for international development", "us agency for international development", "united states agency for international development"]],
  ["DeepState", "ukraine", ["deepstate", "deep state", "deepstatemap", "deepstate map", "deepstateua", "deepstate ua"]],
  ["Russian milbloggers", "russia", ["russian milbloggers", "russian military bloggers", "milbloggers", "russian milblogger", "russian military blogger", "milblogger", "russian war correspondents", "russian war correspondent", "russian war bloggers", "russian war blogger", "military correspondents", "military correspondent", "war correspondents", "voenkors", "voenkory", "pro - kremlin bloggers", "pro - kremlin blogger", "pro - kremlin war bloggers", "pro - kremlin war blogger", "pro - russian bloggers", "pro - russian blogger", "pro - russian war bloggers", "pro - russian war blogger", "pro - russian milbloggers"]],
  [UNITED_NATIONS, null, ["united nations", "ohchr", "un", "u . n ."]],
  ["UN Human Rights Monitoring Mission", null, [
    "un human rights monitoring mission", "hrmmu", "human rights monitoring mission", "un monitoring mission",
    "un monitors", "u . n . monitors", "un human rights monitors", "un rights monitors",
    "un human rights monitoring mission in ukraine", "united nations human rights monitoring mission", "u . n . human rights monitoring mission", "u . n . human rights monitoring mission in ukraine",
    "united nations human rights monitoring mission in ukraine",
  ]],
  ["Commission of Inquiry on Ukraine", null, [
    "commission of inquiry on ukraine", "independent international commission of inquiry on ukraine", "un commission of inquiry on ukraine",
    "un commission of inquiry", "commission of inquiry",
  ]],
  ["Ministry of Internal Affairs", "ukraine", [
    "ministry of internal affairs", "ministry of internal affairs of ukraine", "interior ministry", "ukraine's interior ministry",
    "ukrainian interior ministry", "interior ministry of ukraine", "ministry of interior", "mvs",
  ]],
  ["Kyiv City Military Administration", "ukraine", ["kyiv city military administration", "kyiv's military administration", "kyiv military administration", "kyiv city administration"]],
  [NATIONAL_POLICE.name, "ukraine", ["national police of ukraine", "national police", "ukraine's national police", "ukrainian police", "police"]],
  ["Kiel Institute", null, ["kiel institute", "kiel institute for the world economy"]],
  // open-source counts of the war: losses seen in photographs, and conflict events
  ["Oryx", null, ["oryx"]],
  ["ACLED", null, ["acled", "armed conflict location and event data project", "armed conflict location & event data project"]],
  ["KSE Institute", "ukraine", ["kse institute", "kyiv school of economics", "kse"]],
  ["World Bank", null, ["world bank"]],
  ["Kyiv International Institute of Sociology", null, ["kyiv international institute of sociology", "kiis"]],
  ["Russian-installed officials", "russia", [
    "russian-installed officials", "russian - installed officials", "russian-installed authorities", "russian - installed authorities",
    // the occupation's own officials, as Ukrainian and independent outlets call them
    "occupation authorities", "occupation officials", "occupying authorities",
    // "Moscow-installed officials", "a Russian-appointed official", "Kremlin-backed authorities"
    ...["russian", "russia", "moscow", "kremlin"].flatMap((side) => ["installed", "appointed", "backed", "controlled"].flatMap((verb) =>
      ["official", "officials", "authorities", "administration"].map((noun) => `${side} - ${verb} ${noun}`))),
    "occupation administration",
  ]],
  ["State Emergency Service", "ukraine", ["state emergency service", "sesu", "ses", "state emergency service of ukraine", "rescuers", "emergency service", "ukraine's emergency service", "дснс", "дснс україни"]],
  ["UK Ministry of Defence", "other", [
    "british defence ministry", "uk defence ministry", "british intelligence", "uk ministry of defence", "uk mod",
    "u . k . ministry of defence", "u . k . ministry of defense", "u . k . defence ministry", "uk ministry of defense",
    "british ministry of defence", "britain's ministry of defence", "britain's defence ministry", "british military intelligence",
    "uk defence intelligence", "british defence intelligence", "defence intelligence", "defense intelligence", "uk intelligence", "u . k . intelligence",
  ]],
  // Ukraine's own military intelligence (HUR) by its official English name, longer than the UK's "Defence Intelligence".
  ["Defence Intelligence of Ukraine", "ukraine", [
    "ukraine's military intelligence", "ukrainian military intelligence", "defence intelligence of ukraine", "defense intelligence of ukraine",
    "ukraine's defence intelligence", "ukraine's defense intelligence", "hur", "gur", "main intelligence directorate",
    "main military intelligence directorate",
  ]],
  ["NATO", "other", ["nato", "north atlantic treaty organization", "north atlantic alliance"]],
  // a ministry's own nameplate in its language: "Bundesministerium der Verteidigung" over "Federal Ministry of Defence"
  ["German Defence Ministry", "other", ["bundesministerium der verteidigung", "bmvg"]],
  ["UNHCR", null, ["unhcr", "un refugee agency", "u . n . refugee agency", "united nations refugee agency", "un high commissioner for refugees"]],
  ["Kremlin", "russia", ["kremlin"]],
  ["Amnesty International", null, ["amnesty international", "amnesty"]],
  ["Human Rights Watch", null, ["human rights watch", "hrw"]],
  ["Ministry of Veterans Affairs", "ukraine", ["ministry of veterans affairs", "ministry for veterans affairs", "ministry of veterans", "veterans ministry", "veterans affairs ministry"]],
  ["Coordination Headquarters for the Treatment of Prisoners of War", "ukraine", ["coordination headquarters for the treatment of prisoners of war", "coordination headquarters for the treatment of pows", "coordination headquarters", "ukraine's coordination headquarters"]],
  ["HALO Trust", null, ["halo trust", "the halo trust", "halo"]],
  ["Prosecutor General's Office", "ukraine", [
    "prosecutor general's office", "office of the prosecutor general", "ukraine's prosecutor general's office", "prosecutor-general's office",
    "prosecutor general ' s office", "office of the prosecutor general of ukraine", "prosecutor general's office of ukraine",
  ]],
  ["National Information Bureau", "ukraine", ["national information bureau", "national information bureau for prisoners of war"]],
  ["CSIS", null, ["csis", "center for strategic and international studies", "centre for strategic and international studies"]],
  ["IISS", null, ["iiss", "international institute for strategic studies"]],
  ["Investigative Committee of Russia", "russia", ["investigative committee", "russia's investigative committee", "russian investigative committee", "investigative committee of russia"]],
  ["Bank of Russia", "russia", ["bank of russia", "russian central bank", "russia's central bank", "central bank of russia"]],
  ["National Bank of Ukraine", "ukraine", ["national bank of ukraine", "nbu", "ukraine's central bank", "ukrainian central bank"]],
  ["Rosstat", "russia", ["rosstat", "russia's statistics service", "russian statistics service", "federal statistics service"]],
  ["Kpler", null, ["kpler"]],
  ["Ukrzaliznytsia", "ukraine", ["ukrzaliznytsia", "uz", "ukrainian railways"]],
  // (its official name, as its own site heads its pages)
  ["Ministry of Reintegration", "ukraine", ["ministry of reintegration", "ministry for reintegration", "ministry for reintegration of the temporarily occupied territories", "ministry for the reintegration", "ministry for the reintegration of the temporarily occupied territories", "ministry for the reintegration of the temporarily occupied territories of ukraine", "ministry of reintegration of the temporarily occupied territories", "reintegration ministry"]],
  ["Southern Defence Forces", "ukraine", [
    "southern defence forces", "southern defense forces", "defence forces of the south", "defense forces of the south",
    "ukraine's southern defence forces", "ukraine's southern defense forces", "southern defence forces of ukraine",
  ]],
  ["Rosaviatsia", "russia", ["rosaviatsia", "rosaviatsiya", "federal air transport agency", "russia's federal air transport agency", "russian federal air transport agency", "росавиация"]],
  ["Foreign Intelligence Service of Ukraine", "ukraine", ["foreign intelligence service of ukraine", "ukraine's foreign intelligence service", "foreign intelligence service", "szru"]],
  ["Defence Procurement Agency", "ukraine", ["defence procurement agency", "defense procurement agency"]],
  // (its logo line: "IOM UN Migration | Ukraine", "IOM – UN Migration")
  ["IOM", null, ["iom", "international organization for migration", "international organisation for migration", "un migration", "un migration agency", "iom un migration"]],
  ["Danish Refugee Council", null, ["danish refugee council", "drc"]],
  ["UNDP", null, ["undp", "un development programme", "united nations development programme", "u . n . development programme"]],
  // the UN's other agencies by the acronym the gold set names its agencies with (UNHCR, UNDP)
  ["ILO", null, ["ilo", "international labour organization", "international labour organisation", "international labor organization", "un labour agency"]],
  ["WFP", null, ["wfp", "world food programme", "world food program", "un world food programme", "un food agency"]],
  ["FAO", null, ["fao", "food and agriculture organization", "un food and agriculture organization"]],
  ["UNESCO", null, ["unesco", "un cultural agency", "united nations educational, scientific and cultural organization"]],
  ["JICA", "other", ["jica", "japan international cooperation agency"]],
  ["Belarusian State Border Committee", "other", [
    "belarusian state border committee", "state border committee of belarus", "state border committee of the republic of belarus",
    "belarus's state border committee", "belarusian border committee",
    // (Belarus's body alone goes by this name: Ukraine's is the State Border Guard Service)
    "state border committee",
  ]],
  ["Ukrainian Sea Ports Authority", "ukraine", ["ukrainian sea ports authority", "uspa", "ukraine's sea ports authority", "sea ports authority", "ukrainian seaports authority"]],
  // Ukraine's infrastructure ministry under its 2022-2025 name
  ["Ministry of Infrastructure", "ukraine", ["ministry for development of communities and territories", "ministry of development of communities and territories", "ministry for communities and territories development", "ministry for the development of communities and territories"]],
  // independent Russian outlets whose counts of the dead others cite
  ["Mediazona", null, ["mediazona", "mediazona's"]],
  // the best-known channels by name: their figures are theirs, not "Russian milbloggers" at large
  ["Rybar", "russia", ["rybar", "рыбарь"]],
  ["Two Majors", "russia", ["два майора"]],
  ["WarGonzo", "russia", ["wargonzo"]],
  ["BBC Russian Service", null, ["bbc russian service", "bbc russian", "bbc's russian service", "bbc news russian"]],
  // energy companies and international bodies that publish their own counts
  ["Ukrenergo", "ukraine", ["ukrenergo", "ukraine's grid operator", "national grid operator ukrenergo"]],
  ["DTEK", "ukraine", ["dtek"]],
  ["Naftogaz", "ukraine", ["naftogaz"]],
  ["Energoatom", "ukraine", ["energoatom"]],
  ["Centrenergo", "ukraine", ["centrenergo", "pjsc centrenergo"]],
  ["Ukrhydroenergo", "ukraine", ["ukrhydroenergo"]],
  ["Ukrnafta", "ukraine", ["ukrnafta"]],
  ["IAEA", null, ["iaea", "international atomic energy agency", "u . n . nuclear watchdog", "un nuclear watchdog"]],
  ["World Health Organization", null, ["world health organization", "world health organisation"]],
  ["UNICEF", null, ["unicef", "united nations children's fund", "un children's fund"]],
  ["OCHA", null, ["ocha", "un office for the coordination of humanitarian affairs", "office for the coordination of humanitarian affairs"]],
  ["ICRC", null, ["international committee of the red cross", "icrc"]], // by its acronym, as the gold set's writers name it
  ["IMF", null, ["imf", "international monetary fund"]],
  ["State Border Guard Service", "ukraine", ["state border guard service", "border guard service", "ukraine's border guards", "state border guard service of ukraine",
    "державна прикордонна служба україни", "державна прикордонна служба", "дпсу"]],
  // "the Navy" in Ukrainian reporting is Ukraine's; Russia's is named as such or as its fleet
  ["Ukrainian Navy", "ukraine", ["ukrainian navy", "ukraine's navy", "navy of ukraine", "navy", "navy's", "naval forces of ukraine", "ukrainian naval forces",
    "navy of the armed forces of ukraine", "naval forces of the armed forces of ukraine"]],
  ["Russian Navy", "russia", ["russian navy", "russia's navy"]],
  ["Black Sea Fleet", "russia", ["black sea fleet", "russian black sea fleet", "russia's black sea fleet"]],
  ["Ministry of Health", "ukraine", [
    "ministry of health of ukraine", "ukraine's ministry of health", "ukrainian ministry of health", "ukraine's health ministry",
    "ukrainian health ministry", "ministry of health", "health ministry",
  ]],
  ["European Commission", null, ["european commission", "eu commission"]],
  ["Council of the European Union", null, ["council of the european union", "council of the eu", "eu council"]],
  ["Police and Border Guard Board", "other", ["police and border guard board", "estonia's police and border guard board", "estonian police and border guard board"]],
  ["Polish Operational Command", "other", ["operational command of the polish armed forces", "polish operational command", "poland's operational command"]],
  ["National Guard of Ukraine", "ukraine", ["national guard of ukraine", "ukraine's national guard", "national guard"]],
  ["Security Service of Ukraine", "ukraine", ["security service of ukraine", "ukraine's security service", "sbu", "ukraine's sbu", "сбу", "служба безпеки україни"]],
  ["Russian Emergencies Ministry", "russia", ["russian emergencies ministry", "russia's emergencies ministry", "emercom", "ministry of emergency situations", "russia's ministry of emergency situations", "russian ministry of emergency situations", "emergencies ministry",
    // its own abbreviation, as its regional sites head themselves ("MChS OF RUSSIA")
    "mchs", "mchs of russia", "emercom of russia", "ministry of emergency situations of russia", "мчс", "мчс россии"]],
  ["Russian Investigative Committee", "russia", ["investigative committee", "russia's investigative committee", "russian investigative committee"]],
  ["FSB", "russia", ["fsb", "federal security service"]],
  ["Pentagon", "other", ["pentagon", "department of defense", "u . s . department of defense", "us department of defense", "defense department", "u . s . defense department", "dod"]],
];

/**
 * Bodies that are the standing authority on a kind of figure. Once a report cites one, a figure of
 * that kind which names no source of its own ("As of 09:00, air defence forces had shot down 74
 * drones") is that body's: Ukraine's air-attack tallies all come from its Air Force.
 */
export const AUTHORITIES: { name: string; categories: string[] }[] = [
  { name: "Ukrainian Air Force", categories: ["drones", "missiles"] },
];

/** Standing titles of a genre that name no issuer, by their opening words (lower case). */
export const TITLE_VOICES: { opening: string; name: string; side: Actor }[] = [
  { opening: "operational information as of", name: "Ukrainian General Staff", side: "ukraine" },
  { opening: "operational update as of", name: "Ukrainian General Staff", side: "ukraine" },
];

/** The regional power companies ("oblenergos"), one word each as they write themselves: "Kharkivoblenergo". */
const OBLENERGO_REGIONS = [
  "kharkiv", "sumy", "chernihiv", "kyiv", "zhytomyr", "poltava", "dnipro", "zaporizhzhia", "mykolaiv", "kherson", "odesa", "lviv",
  "volyn", "rivne", "ternopil", "khmelnytskyi", "vinnytsia", "cherkasy", "kirovohrad", "zakarpattia", "chernivtsi", "prykarpattia",
  "donetsk", "luhansk",
];
for (const region of OBLENERGO_REGIONS) table.push([`${region.charAt(0).toUpperCase()}${region.slice(1)}oblenergo`, "ukraine", [`${region}oblenergo`]]);

/** Official sites by domain, for a page copied with only its address on top ("https://dsns.gov.ua/en/news/..."). */
export const OFFICIAL_SITES: ReadonlyMap<string, string> = new Map([
  ["dsns.gov.ua", "State Emergency Service"],
  ["npu.gov.ua", "National Police of Ukraine"],
  ["gp.gov.ua", "Prosecutor General's Office"],
  ["mod.gov.ua", "Ukrainian Defence Ministry"],
  ["zsu.gov.ua", "Ukrainian General Staff"],
  ["minre.gov.ua", "Ministry of Reintegration"],
  ["dpsu.gov.ua", "State Border Guard Service"],
  ["ssu.gov.ua", "Security Service of Ukraine"],
  ["mil.ru", "Russian Defence Ministry"],
  ["function.mil.ru", "Russian Defence Ministry"],
  ["mchs.gov.ru", "Russian Emergencies Ministry"],
]);

export const SOURCES: { words: string[]; source: Source }[] = table
  .flatMap(([name, side, phrases]) => phrases.map((p) => ({ words: p.split(" "), source: { name, side } })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The United Nations' own bodies: on a page whose voice is the UN at large (UN News), the one its story
 * first names as speaking is the page's voice.
 */
export const UN_BODIES: ReadonlySet<string> = new Set([
  "UN Human Rights Monitoring Mission", "Commission of Inquiry on Ukraine", "UNHCR", "UNICEF", "OCHA", "IAEA",
  "World Health Organization", "IOM", "UNDP", "ILO", "WFP", "FAO", "UNESCO",
]);

/** Acronyms written in capitals whose lower case is a common word, so the source table cannot list them. */
export const ACRONYM_NAMES = new Map<string, Source>([["WHO", { name: "World Health Organization", side: null }]]);

/** The known bodies with a one-word name ("ocha", "unicef"), by that word. */
export const ONE_WORD_SOURCES = new Map(SOURCES.filter((s) => s.words.length === 1).map((s) => [s.words[0], s.source]));

/** Public figures by surname, for reports that name them only once or not in full. */
export const PEOPLE = new Map<string, Source>(Object.entries({
  syniehubov: { name: "Oleh Syniehubov", side: "ukraine", region: "Kharkiv" },
  prokudin: { name: "Oleksandr Prokudin", side: "ukraine", region: "Kherson" },
  fedorov: { name: "Ivan Fedorov", side: "ukraine", region: "Zaporizhzhia" },
  filashkin: { name: "Vadym Filashkin", side: "ukraine", region: "Donetsk" },
  kiper: { name: "Oleh Kiper", side: "ukraine", region: "Odesa" },
  lysak: { name: "Serhii Lysak", side: "ukraine", region: "Dnipropetrovsk" },
  hryhorov: { name: "Oleh Hryhorov", side: "ukraine", region: "Sumy" }, // since 2025; Volodymyr Artiukh before
  artiukh: { name: "Volodymyr Artiukh", side: "ukraine" },
  chaus: { name: "Viacheslav Chaus", side: "ukraine", region: "Chernihiv" },
  kohut: { name: "Volodymyr Kohut", side: "ukraine", region: "Poltava" },
  zelensky: { name: "Volodymyr Zelensky", side: "ukraine" },
  syrskyi: { name: "Oleksandr Syrskyi", side: "ukraine" },
  maliar: { name: "Hanna Maliar", side: "ukraine" },
  cherevatyi: { name: "Serhii Cherevatyi", side: "ukraine" },
  voloshyn: { name: "Nazar Voloshyn", side: "ukraine" },
  ihnat: { name: "Yurii Ihnat", side: "ukraine" },
  klymenko: { name: "Ihor Klymenko", side: "ukraine" },
  // mayors and heads of city administrations: their figures are their city's when they name no place
  terekhov: { name: "Ihor Terekhov", side: "ukraine", city: "Kharkiv" },
  dobryak: { name: "Serhii Dobryak", side: "ukraine", city: "Pokrovsk" },
  klitschko: { name: "Vitali Klitschko", side: "ukraine", city: "Kyiv" },
  filatov: { name: "Borys Filatov", side: "ukraine", city: "Dnipro" },
  sadovyi: { name: "Andriy Sadovyi", side: "ukraine", city: "Lviv" },
  senkevych: { name: "Oleksandr Senkevych", side: "ukraine", city: "Mykolaiv" },
  trukhanov: { name: "Hennadii Trukhanov", side: "ukraine", city: "Odesa" },
  vilkul: { name: "Oleksandr Vilkul", side: "ukraine", city: "Kryvyi Rih" },
  demidov: { name: "Valentin Demidov", side: "russia", city: "Belgorod" },
  sobyanin: { name: "Sergei Sobyanin", side: "russia", city: "Moscow" },
  razvozhayev: { name: "Mikhail Razvozhayev", side: "russia", city: "Sevastopol" }, // governor of the city
  aksyonov: { name: "Sergei Aksyonov", side: "russia" },
  budanov: { name: "Kyrylo Budanov", side: "ukraine" },
  umerov: { name: "Rustem Umerov", side: "ukraine" },
  shmyhal: { name: "Denys Shmyhal", side: "ukraine" },
  kuleba: { name: "Dmytro Kuleba", side: "ukraine" },
  lubinets: { name: "Dmytro Lubinets", side: "ukraine" },
  // Russian border governors: "the governor" after one of them is that one
  gladkov: { name: "Vyacheslav Gladkov", side: "russia", region: "Belgorod" },
  smirnov: { name: "Alexei Smirnov", side: "russia", region: "Kursk" },
  khinshtein: { name: "Alexander Khinshtein", side: "russia", region: "Kursk" },
  bogomaz: { name: "Alexander Bogomaz", side: "russia", region: "Bryansk" },
  gusev: { name: "Alexander Gusev", side: "russia", region: "Voronezh" },
  // (the heads of regions further in that the drones reach: "the regional governor said" of a refinery in the Samara region)
  slyusar: { name: "Yuri Slyusar", side: "russia", region: "Rostov" }, // since May 2024
  kondratyev: { name: "Veniamin Kondratyev", side: "russia", region: "Krasnodar" },
  vorobyov: { name: "Andrei Vorobyov", side: "russia", region: "Moscow" }, // Moscow Oblast's; the city's mayor is Sobyanin
  busargin: { name: "Roman Busargin", side: "russia", region: "Saratov" },
  artamonov: { name: "Igor Artamonov", side: "russia", region: "Lipetsk" },
  klychkov: { name: "Andrei Klychkov", side: "russia", region: "Oryol" },
  milyaev: { name: "Dmitry Milyaev", side: "russia", region: "Tula" },
  shapsha: { name: "Vladislav Shapsha", side: "russia", region: "Kaluga" },
  anokhin: { name: "Vasily Anokhin", side: "russia", region: "Smolensk" },
  pervyshov: { name: "Yevgeny Pervyshov", side: "russia", region: "Tambov" },
  malkov: { name: "Pavel Malkov", side: "russia", region: "Ryazan" },
  minnikhanov: { name: "Rustam Minnikhanov", side: "russia", region: "Tatarstan" },
  khabirov: { name: "Radiy Khabirov", side: "russia", region: "Bashkortostan" },
  tsydenov: { name: "Alexei Tsydenov", side: "russia", region: "Buryatia" },
  drozdenko: { name: "Alexander Drozdenko", side: "russia", region: "Leningrad" },
  bocharov: { name: "Andrei Bocharov", side: "russia", region: "Volgograd" },
  fedorishchev: { name: "Vyacheslav Fedorishchev", side: "russia", region: "Samara" },
  rudenya: { name: "Igor Rudenya", side: "russia", region: "Tver" },
  yevrayev: { name: "Mikhail Yevrayev", side: "russia", region: "Yaroslavl" },
  shoigu: { name: "Sergei Shoigu", side: "russia" },
  belousov: { name: "Andrei Belousov", side: "russia" },
  gerasimov: { name: "Valery Gerasimov", side: "russia" },
  konashenkov: { name: "Igor Konashenkov", side: "russia" },
  peskov: { name: "Dmitry Peskov", side: "russia" },
  medvedev: { name: "Dmitry Medvedev", side: "russia" },
  zakharova: { name: "Maria Zakharova", side: "russia" },
  putin: { name: "Vladimir Putin", side: "russia" },
  pushilin: { name: "Denis Pushilin", side: "russia" },
  pasechnik: { name: "Leonid Pasechnik", side: "russia" },
  balitsky: { name: "Yevgeny Balitsky", side: "russia" },
  saldo: { name: "Vladimir Saldo", side: "russia" },
  marochko: { name: "Andrei Marochko", side: "russia" },
  poddubny: { name: "Yevgeny Poddubny", side: "russia" },
  rogov: { name: "Vladimir Rogov", side: "russia" },
  moskalkova: { name: "Tatyana Moskalkova", side: "russia" },
  healey: { name: "John Healey", side: "other" },
}));

/** Other spellings of the same officials' surnames (transliterations, their channels' Cyrillic): the same entry. */
const SURNAME_VARIANTS: Record<string, string> = {
  "гладков": "gladkov", synehubov: "syniehubov", sinegubov: "syniehubov", "синєгубов": "syniehubov", "синегубов": "syniehubov",
  "прокудін": "prokudin", "прокудин": "prokudin", "федоров": "fedorov", "філашкін": "filashkin", "филашкин": "filashkin",
  "кіпер": "kiper", lisak: "lysak", "лисак": "lysak", zelenskyy: "zelensky", zelenskiy: "zelensky", "зеленський": "zelensky",
  "зеленский": "zelensky", syrsky: "syrskyi", "терехов": "terekhov", "кличко": "klitschko",
};
for (const [variant, surname] of Object.entries(SURNAME_VARIANTS)) PEOPLE.set(variant, PEOPLE.get(surname)!);

/** The head of each Ukrainian region's military administration the lexicon knows, by regional centre. */
export const REGIONAL_HEADS = new Map<string, Source>();
for (const person of PEOPLE.values()) if (person.region && person.side === "ukraine" && !REGIONAL_HEADS.has(person.region)) REGIONAL_HEADS.set(person.region, person);

/** The governor of each region, Russia's too (the one listed last, the current one: Khinshtein after Smirnov in Kursk). */
export const GOVERNORS = new Map<string, Source>(REGIONAL_HEADS);
for (const person of PEOPLE.values()) if (person.region && person.side === "russia") GOVERNORS.set(person.region, person);

/** The heads of the occupation's "republics", by their acronyms: "the DPR head", "the head of the LPR". */
export const OCCUPATION_HEADS: ReadonlyMap<string, Source> = new Map([
  ["dpr", PEOPLE.get("pushilin")!], ["dnr", PEOPLE.get("pushilin")!], ["lpr", PEOPLE.get("pasechnik")!], ["lnr", PEOPLE.get("pasechnik")!],
]);

/** The mayors the lexicon knows, by their city's canonical name ("the Lviv mayor" is Andriy Sadovyi). */
export const MAYORS = new Map<string, Source>([...PEOPLE.values()].flatMap((person) => (person.city ? [[person.city, person] as const] : [])));

/** A regional or district office by its acronym after its place: "Kharkiv OVA", "the Kupiansk RVA", "Kherson RMA". */
export const REGIONAL_OFFICE_ACRONYMS = new Set(["ova", "oda", "rva", "oma", "rma"]);

/** A city's military administration by its acronym ("the CMA", "the MVA"): the one the report named last. */
export const CITY_OFFICE_ACRONYMS = new Set(["cma", "mva", "gva"]);

/** Verbs that introduce what someone states. */
export const SPEECH_VERBS = new Set([
  "said", "says", "say", "told", "tells", "reported", "reports", "report", "stated", "states", "claimed", "claims",
  "claim", "announced", "announces", "added", "adding", "noted", "noting", "acknowledged", "acknowledges",
  "confirmed", "confirms", "assesses", "assessed", "assess", "cited", "cites", "wrote", "writes", "write", "posted",
  "estimated", "estimates", "estimate", "commended", "highlighted", "emphasized", "emphasised", "warned", "insisted",
  "declared", "asserted", "assert", "asserts", "alleged", "alleges", "recorded", "indicated", "indicates",
  "informed", "explained", "specified", "counted", "tallied", "revealed", "disclosed", "published",
  "reporting", "claiming", "saying", "stating", "announcing", "estimating", "quoted", "quoting", "citing", "briefed",
  "tallies", "stressed", "clarified", "documented", "verified", "projects", "projected", "predicts", "predicted", "forecasts", "expects", "reminds", "reminded", "recalled", "recalls", "informs", "urged", "urges",
  // an answer, an admission, an argument, an assessment: "Stasiuk replied that ...", "Analysts at the ISW believe ..."
  "replied", "replies", "responded", "responds", "admitted", "admits", "conceded", "concedes", "argued", "argues", "calculated", "calculates", "believe", "believes",
  // a document quoted: '"... 261 means of air attack ...," the statement reads'
  "reads",
  "listed", "lists", // "The ministry's weekly summary listed 5 settlements"
  "mentioned", "mentions", // "Gladkov only mentioned two people injured"
  "logs", "logged", // "The General Staff logs 15 to 20 Russian attacks a day"
  "reckons", "reckoned", // "Britain's Ministry of Defence reckons that ..." (not "counts", a noun as often as a verb)
  "observed", "observes", // "ISW has observed that Russia launched more than 6,000 drones"
  "updated", "revised", // "Lysak later updated the toll to 16 injured", "the administration revised the toll to 9"
  "summed", "summarised", "summarized", "summarises", "summarizes", // "Lysak summed up the day: ..."
  "adds", "explains", "warns", "stresses", "insists", "notes", // a liveblog's present tense: "..., and 12 of them are in hospital, he adds"
]);

/**
 * An investigator's own findings: "the Mission interviewed 218 prisoners of war", "The Commission examined 3 incidents";
 * the subject's, unless a speaker before them reports them ("She added that the Mission had interviewed 57 ...").
 */
export const FINDING_VERBS = new Set(["interviewed", "examined"]);

/** The words for a spokesperson: "a police spokeswoman", "Spokesperson for the UN High Commissioner ...". */
export const SPOKESPERSON_WORDS: ReadonlySet<string> = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Speech verbs whose object is the listener, never the speaker: "told UA Pulse", "informed journalists". */
export const LISTENER_VERBS = new Set(["told", "tells", "tell", "telling", "informed", "briefed"]);

/** Verbs whose source follows them: "TASS quoted the defence ministry", "citing the same ministry". */
export const QUOTE_VERBS = new Set(["quoted", "quoting", "citing", "cited", "cites"]);

/** Words before a name that are titles, not part of it. */
export const TITLES = new Set([
  "governor", "president", "spokesperson", "spokesman", "spokeswoman", "mayor", "minister", "general", "gen",
  "commander", "head", "chief", "colonel", "col", "deputy", "lieutenant", "lt", "major", "captain", "sergeant",
  "prime", "secretary", "adviser", "advisor", "official", "mr", "mrs", "ms", "dr", "senator", "ambassador",
  "director", "chairman", "chairwoman", "chairperson", "ceo", "ombudsman", "commissioner", "coordinator", "lawmaker", "defence", "defense", "foreign", "interior", "regional", "military",
  // naval ranks: "Captain 3rd Rank Dmytro Pletenchuk", "Vice Admiral Oleksii Neizhpapa"
  "rank", "admiral", "vice", "rear", "correspondent", "representative", "envoy",
  // police ranks: "Detective Superintendent Kari Saarela", "Police Inspector ..."
  "detective", "superintendent", "inspector", "constable",
  // heads of government and state, parliaments and churches: "German Chancellor Friedrich Merz", "Speaker Ruslan Stefanchuk"
  "chancellor", "premier", "speaker", "king", "queen", "pope", "patriarch", "marshal", "brigadier", "corporal",
  // commentators: "Military expert Andrei Marochko told TASS ..." and "the expert said" later
  "expert", "analyst",
]);

/**
 * Who held an office a report names by its title alone ("the Ukrainian president", "Russia's defence minister", "the Kremlin
 * spokesman"), by side and title, with the dates the holder took and left it (ISO dates; null: open). The report's date picks
 * the holder; a report with no date takes the latest.
 */
export const OFFICE_HOLDERS: { side: "ukraine" | "russia"; title: string; name: string; from: string | null; to: string | null }[] = [
  { side: "ukraine", title: "president", name: "Volodymyr Zelensky", from: "2019-05-20", to: null },
  { side: "ukraine", title: "commander-in-chief", name: "Oleksandr Syrskyi", from: "2024-02-08", to: null },
  { side: "ukraine", title: "commander-in-chief", name: "Valerii Zaluzhnyi", from: "2021-07-27", to: "2024-02-08" },
  { side: "ukraine", title: "ombudsman", name: "Dmytro Lubinets", from: "2022-07-01", to: null },
  { side: "ukraine", title: "defence minister", name: "Denys Shmyhal", from: "2025-07-17", to: null },
  { side: "ukraine", title: "defence minister", name: "Rustem Umerov", from: "2023-09-06", to: "2025-07-17" },
  { side: "ukraine", title: "foreign minister", name: "Andrii Sybiha", from: "2024-09-05", to: null },
  { side: "ukraine", title: "foreign minister", name: "Dmytro Kuleba", from: "2020-03-04", to: "2024-09-05" },
  { side: "ukraine", title: "prime minister", name: "Yulia Svyrydenko", from: "2025-07-17", to: null },
  { side: "ukraine", title: "prime minister", name: "Denys Shmyhal", from: "2020-03-04", to: "2025-07-17" },
  { side: "russia", title: "president", name: "Vladimir Putin", from: "2012-05-07", to: null },
  { side: "russia", title: "ombudsman", name: "Tatyana Moskalkova", from: "2016-04-22", to: null },
  { side: "russia", title: "spokesman", name: "Dmitry Peskov", from: "2012-05-22", to: null },
  { side: "russia", title: "defence minister", name: "Andrei Belousov", from: "2024-05-14", to: null },
  { side: "russia", title: "defence minister", name: "Sergei Shoigu", from: "2012-11-06", to: "2024-05-14" },
  { side: "russia", title: "foreign minister", name: "Sergei Lavrov", from: "2004-03-09", to: null },
];

/** Unnamed speakers: "a senior defence official" becomes "<Side> officials". */
export const OFFICIAL_WORDS = new Set([
  "official", "officials", "authorities", "officer", "officers", "sources", "source", "soldier", "serviceman", "servicemember", "governors", "mayors", "rescuers", "brigade", "battalion", "regiment",
  "operator", "commander", "spokesman", "spokeswoman", "spokesperson", "side", "allies",
]);

/** Heads of organisation names read as written: "the Ministry of Reintegration", "the Southern Defence Forces". */
export const ORG_HEADS = new Set([
  "ministry", "forces", "command", "service", "agency", "directorate", "administration", "council", "committee", "institute",
  "police", "guard", "army", "navy", "mission", "bureau", "department", "office", "prosecutor's", "inspectorate", "centre",
  "center", "commission", "operator", "company", "fund", "corporation", "authority", "trust", "foundation", "organization",
  "organisation", "association", "federation", "charity", "society", "network", "initiative", "programme", "group", "union", "lab", "laboratory", "alliance",
  "embassy", "hospital", "court", "tribunal", "brigade",
  // mine-action operators: "Clearway Mine Action", "Norwegian People's Aid"
  "action",
  // firms: "managed by Aldermary Underwriting", "Black Sea Shipping", "South Eastern Railway said"
  "underwriting", "shipping", "holdings", "insurance", "logistics", "ltd", "llc", "inc", "plc", "railway", "railways", "airlines",
]);

/** Military units: a unit or one of its soldiers speaking is that side's officials. */
export const UNIT_WORDS = new Set(["brigade", "battalion", "regiment", "division", "corps", "battlegroup", "unit", "detachment"]);

/** One person, one canonical spelling ("Zelenskyy" and "Zelensky" are the same speaker). */
export const NAME_VARIANTS = new Map<string, string>(Object.entries({
  "Volodymyr Zelenskyy": "Volodymyr Zelensky",
  "Volodymyr Zelenskiy": "Volodymyr Zelensky",
  "Oleksandr Syrsky": "Oleksandr Syrskyi",
  "Oleksandr Sirskiy": "Oleksandr Syrskyi",
}));
