// Canonical places with transliterations and inflections. Extend freely: one line per place.
// `region`: the canonical name used when the place is followed by "region"/"oblast"/"regional".

export type PlaceKind = "city" | "region";
export type Place = { name: string; kind: PlaceKind; region?: string; variants: string[] };

const city = (name: string, variants: string[], region?: string): Place => ({ name, kind: "city", region, variants });
const area = (name: string, variants: string[]): Place => ({ name, kind: "region", variants });

export const PLACES: Place[] = [
  city("Kupiansk", ["kupiansk", "kupyansk", "kupjansk", "kupiansk", "kupians'k", "kupyanska", "купянськ", "купянська", "купянську", "купянск", "купянска"]),
  city("Kupiansk-Vuzlovyi", ["kupiansk-vuzlovyi", "kupyansk-vuzlovyi", "kupiansk-vuzlovyy", "kupyansk-uzlovoy", "kupyansk-uzlovoi", "kupiansk-uzlovyi", "купянськ-вузловий", "купянск-узловой"]),
  city("Izium", ["izium", "izyum", "izjum", "ізюм", "изюм"]),
  city("Odesa", ["odesa", "odessa", "одеса", "одесса"], "Odesa Oblast"),
  city("Kharkiv", ["kharkiv", "kharkov", "харків", "харкові", "харьков"], "Kharkiv Oblast"),
  city("Avdiivka", ["avdiivka", "avdiyivka", "avdeevka", "avdeyevka", "авдіївка", "авдеевка"]),
  city("Bakhmut", ["bakhmut", "artemivsk", "artemovsk", "artyomovsk", "artjomovsk", "бахмут", "артёмовск", "артемовск"]),
  city("Lyman", ["lyman", "liman", "krasny liman", "лиман"]),
  city("Donetsk", ["donetsk", "донецьк", "донецк"], "Donetsk Oblast"),
  city("Luhansk", ["luhansk", "lugansk", "луганськ", "луганск"], "Luhansk Oblast"),
  city("Kherson", ["kherson", "херсон"], "Kherson Oblast"),
  area("Kherson Oblast", ["khersonshchyna", "kherson oblast", "херсонщина"]),
  city("Zaporizhzhia", ["zaporizhzhia", "zaporizhia", "zaporizhzhya", "zaporozhye", "zaporozhzhia", "запоріжжя"], "Zaporizhzhia Oblast"),
  city("Pokrovsk", ["pokrovsk", "krasnoarmeysk", "krasnoarmiisk", "krasnoarmeisk", "покровськ", "красноармейск"]),
  city("Vovchansk", ["vovchansk", "volchansk", "вовчанськ"]),
  city("Chasiv Yar", ["chasiv yar", "chasov yar", "часів яр"]),
  city("Kyiv", ["kyiv", "kiev", "київ", "киев"], "Kyiv Oblast"),
  city("Belgorod", ["belgorod", "bilhorod", "белгород"], "Belgorod Oblast"),
  // Since August 2024 "Kursk" in war reporting means the region of the incursion, not the city.
  area("Kursk Oblast", ["kursk", "курск", "kursk oblast", "kurshchyna"]),
  city("Bryansk", ["bryansk"], "Bryansk Oblast"),
  city("Sumy", ["sumy", "суми"], "Sumy Oblast"),
  city("Dnipro", ["dnipro", "dnepr", "dnipropetrovsk"], "Dnipropetrovsk Oblast"),
  city("Mykolaiv", ["mykolaiv", "nikolaev", "mykolayiv"], "Mykolaiv Oblast"),
  city("Lviv", ["lviv", "lvov"], "Lviv Oblast"),
  city("Staromayorske", ["staromayorske", "staromaiorske", "staromayorskoye", "staromaiorske"]),
  city("Andriivka", ["andriivka", "andriyivka", "andreyevka", "andreevka"]),
  city("Henichesk", ["henichesk", "genichesk"]),
  city("Chonhar", ["chonhar", "chongar"]),
  city("Bohodukhiv", ["bohodukhiv", "bogodukhov"]),
  city("Chuhuiv", ["chuhuiv", "chuguev", "chuguyev"]),
  city("Kivsharivka", ["kivsharivka", "kivsharovka"]),
  city("Kolisnykivka", ["kolisnykivka", "kolesnikovka"]),
  city("Kruhliakivka", ["kruhliakivka", "kruglyakovka", "kruhlyakivka"]),
  city("Petropavlivka", ["petropavlivka", "petropavlovka"]),
  city("Synkivka", ["synkivka", "sinkovka"]),
  city("Shebekino", ["shebekino"]),
  city("Novoselivka", ["novoselivka", "novoselovka"]),
  city("Kurakhove", ["kurakhove", "kurakhovo"]),
  city("Kamianka", ["kamianka", "kamyanka", "kamenka"]),
  city("Borova", ["borova"]),
  city("Dvorichna", ["dvorichna", "dvurechnaya"]),
  city("Kreminna", ["kreminna", "kremennaya"]),
  city("Siversk", ["siversk", "seversk"]),
  city("Toretsk", ["toretsk", "dzerzhinsk"]),
  city("Vuhledar", ["vuhledar", "ugledar"]),
  city("Marinka", ["marinka", "maryinka"]),
  city("Robotyne", ["robotyne", "rabotino"]),
  city("Tokmak", ["tokmak"]),
  city("Melitopol", ["melitopol"]),
  city("Mariupol", ["mariupol"]),
  city("Berdiansk", ["berdiansk", "berdyansk"]),
  city("Kramatorsk", ["kramatorsk"]),
  city("Sloviansk", ["sloviansk", "slovyansk", "slavyansk"]),
  city("Kostiantynivka", ["kostiantynivka", "konstantinovka", "kostyantynivka"]),
  city("Selydove", ["selydove", "selidovo"]),
  city("Myrnohrad", ["myrnohrad", "dimitrov"]),
  city("Huliaipole", ["huliaipole", "gulyaipole"]),
  city("Orikhiv", ["orikhiv", "orekhov"]),
  city("Nikopol", ["nikopol"]),
  city("Lysychansk", ["lysychansk", "lisichansk"]),
  city("Sievierodonetsk", ["sievierodonetsk", "severodonetsk"]),
  city("Svatove", ["svatove", "svatovo"]),
  city("Sevastopol", ["sevastopol"]),
  city("Kerch", ["kerch"]),
  city("Novorossiysk", ["novorossiysk"]),
  city("Velyka Novosilka", ["velyka novosilka", "velikaya novoselka"]),
  city("Hlushkivka", ["hlushkivka"]),
  city("Graivoron", ["graivoron", "graivoronsky", "hraivoron", "grayvoron"]),
  city("Kozinka", ["kozinka"]),
  city("Chornomorsk", ["chornomorsk", "chernomorsk", "illichivsk"]),
  city("Balakliia", ["balakliia", "balakleya", "balakliya"]),
  city("Zolochiv", ["zolochiv", "zolochev"]),
  city("Krynky", ["krynky", "krinki"]),
  area("Crimea", ["crimea", "krym", "крим", "крым"]),
  area("Donbas", ["donbas", "donbass"]),
  area("Kharkiv Oblast", ["kharkivshchyna", "kharkiv oblast", "харківщина"]),
  area("Donetsk Oblast", ["donechchyna", "donetsk oblast"]),
  area("Luhansk Oblast", ["luhanshchyna", "luhansk oblast"]),
  area("Zaporizhzhia Oblast", ["zaporizhzhia oblast", "zaporizhzhya oblast"]),
  area("Sumy Oblast", ["sumshchyna", "sumy oblast"]),
  area("Odesa Oblast", ["odeshchyna", "odesa oblast"]),
  area("Dnipropetrovsk Oblast", ["dnipropetrovshchyna", "dnipropetrovsk oblast"]),
  area("Chernihiv Oblast", ["chernihivshchyna", "chernihiv oblast"]),
  area("Mykolaiv Oblast", ["mykolaivshchyna", "mykolaiv oblast"]),
  area("Poltava Oblast", ["poltavshchyna", "poltava oblast"]),
  area("Kyiv Oblast", ["kyivshchyna", "kyiv oblast"]),
  // Regional centres and towns that war reports name, with Russian-language spellings.
  city("Poltava", ["poltava", "полтава"], "Poltava Oblast"),
  city("Chernihiv", ["chernihiv", "chernigov"], "Chernihiv Oblast"),
  city("Vinnytsia", ["vinnytsia", "vinnitsa", "vinnytsya"], "Vinnytsia Oblast"),
  city("Zhytomyr", ["zhytomyr", "zhitomir"], "Zhytomyr Oblast"),
  city("Cherkasy", ["cherkasy", "cherkassy"], "Cherkasy Oblast"),
  city("Kropyvnytskyi", ["kropyvnytskyi", "kirovohrad", "kirovograd"], "Kirovohrad Oblast"),
  city("Khmelnytskyi", ["khmelnytskyi", "khmelnitsky", "khmelnytskyy"], "Khmelnytskyi Oblast"),
  city("Rivne", ["rivne", "rovno"], "Rivne Oblast"),
  city("Lutsk", ["lutsk"], "Volyn Oblast"),
  city("Ternopil", ["ternopil", "ternopol"], "Ternopil Oblast"),
  city("Ivano-Frankivsk", ["ivano-frankivsk", "ivano-frankovsk"], "Ivano-Frankivsk Oblast"),
  city("Uzhhorod", ["uzhhorod", "uzhgorod"], "Zakarpattia Oblast"),
  city("Chernivtsi", ["chernivtsi", "chernovtsy"], "Chernivtsi Oblast"),
  city("Kryvyi Rih", ["kryvyi rih", "krivoy rog", "kryvyy rih"]),
  city("Kamianske", ["kamianske", "kamenskoye"]),
  city("Pavlohrad", ["pavlohrad", "pavlograd"]),
  city("Kremenchuk", ["kremenchuk", "kremenchug"]),
  city("Marhanets", ["marhanets", "marganets"]),
  city("Okhtyrka", ["okhtyrka", "akhtyrka"]),
  city("Shostka", ["shostka"]),
  city("Konotop", ["konotop"]),
  city("Bilopillia", ["bilopillia", "belopolye"]),
  city("Velyka Pysarivka", ["velyka pysarivka"]),
  city("Lozova", ["lozova", "lozovaya"]),
  city("Krasnohrad", ["krasnohrad", "berestyn"]),
  city("Derhachi", ["derhachi", "dergachi"]),
  city("Lyptsi", ["lyptsi", "liptsy"]),
  city("Velykyi Burluk", ["velykyi burluk", "veliky burluk"]),
  city("Kurylivka", ["kurylivka", "kurilovka"]),
  city("Tabaivka", ["tabaivka", "tabayevka"]),
  city("Berestove", ["berestove", "berestovoye"]),
  city("Stelmakhivka", ["stelmakhivka", "stelmakhovka"]),
  city("Makiivka", ["makiivka", "makeyevka", "makeevka"]),
  city("Horlivka", ["horlivka", "gorlovka"]),
  city("Yasynuvata", ["yasynuvata", "yasinovataya"]),
  city("Krasnohorivka", ["krasnohorivka", "krasnogorovka"]),
  city("Novohrodivka", ["novohrodivka", "novogrodovka"]),
  city("Ocheretyne", ["ocheretyne", "ocheretino"]),
  city("Hirnyk", ["hirnyk", "gornyak"]),
  city("Ukrainsk", ["ukrainsk"]),
  city("Druzhkivka", ["druzhkivka", "druzhkovka"]),
  city("Klishchiivka", ["klishchiivka", "kleshcheyevka"]),
  city("Niu-York", ["niu-york", "new york", "novgorodskoye"]),
  city("Volnovakha", ["volnovakha"]),
  city("Rubizhne", ["rubizhne", "rubezhnoye"]),
  city("Bilohorivka", ["bilohorivka", "belogorovka"]),
  city("Stepnohirsk", ["stepnohirsk", "stepnogorsk"]),
  city("Vasylivka", ["vasylivka", "vasilyevka"]),
  city("Polohy", ["polohy", "pologi"]),
  city("Enerhodar", ["enerhodar", "energodar"]),
  city("Nova Kakhovka", ["nova kakhovka", "novaya kakhovka", "нова каховка"]),
  city("Kakhovka", ["kakhovka"]),
  city("Oleshky", ["oleshky", "aleshki", "олешки"]),
  city("Hola Prystan", ["hola prystan", "golaya pristan"]),
  city("Skadovsk", ["skadovsk"]),
  city("Beryslav", ["beryslav", "berislav"]),
  city("Bilozerka", ["bilozerka", "belozerka"]),
  city("Antonivka", ["antonivka", "antonovka"]),
  city("Dnipriany", ["dnipriany", "dnepryany"]),
  city("Ochakiv", ["ochakiv", "ochakov"]),
  city("Izmail", ["izmail", "izmayil"]),
  city("Bilhorod-Dnistrovskyi", ["bilhorod-dnistrovskyi", "belgorod-dnestrovsky"]),
  city("Simferopol", ["simferopol"]),
  city("Feodosia", ["feodosia", "feodosiya"]),
  city("Dzhankoi", ["dzhankoi", "dzhankoy"]),
  city("Yevpatoria", ["yevpatoria", "evpatoria"]),
  city("Sudzha", ["sudzha"]),
  city("Korenevo", ["korenevo"]),
  city("Rylsk", ["rylsk"]),
  city("Lgov", ["lgov"]),
  city("Valuyki", ["valuyki"]),
  city("Voronezh", ["voronezh"], "Voronezh Oblast"),
  city("Rostov-on-Don", ["rostov-on-don", "rostov"], "Rostov Oblast"),
  city("Taganrog", ["taganrog"]),
  city("Krasnodar", ["krasnodar"], "Krasnodar Krai"),
  city("Saratov", ["saratov"], "Saratov Oblast"),
  city("Engels", ["engels"]),
  city("Moscow", ["moscow", "москва"], "Moscow Oblast"),
];

/** The regional centre each place belongs to, for offices named after the region ("the regional administration"). */
export const REGIONAL_CENTRE: Record<string, string> = {
  Kupiansk: "Kharkiv", "Kupiansk-Vuzlovyi": "Kharkiv", Izium: "Kharkiv", Vovchansk: "Kharkiv", Chuhuiv: "Kharkiv",
  Balakliia: "Kharkiv", Zolochiv: "Kharkiv", Bohodukhiv: "Kharkiv", Kivsharivka: "Kharkiv", Borova: "Kharkiv",
  Synkivka: "Kharkiv", Kharkiv: "Kharkiv", "Kharkiv Oblast": "Kharkiv", Kherson: "Kherson", Krynky: "Kherson",
  Odesa: "Odesa", Chornomorsk: "Odesa", Zaporizhzhia: "Zaporizhzhia", Robotyne: "Zaporizhzhia", Orikhiv: "Zaporizhzhia",
  Belgorod: "Belgorod", Shebekino: "Belgorod", Graivoron: "Belgorod", Kozinka: "Belgorod", Donetsk: "Donetsk",
  Pokrovsk: "Donetsk", Avdiivka: "Donetsk", Bakhmut: "Donetsk", "Chasiv Yar": "Donetsk", Lyman: "Donetsk",
  Kramatorsk: "Donetsk", Sloviansk: "Donetsk", Mykolaiv: "Mykolaiv", Sumy: "Sumy", Dnipro: "Dnipropetrovsk",
  "Kherson Oblast": "Kherson", Beryslav: "Kherson", Bilozerka: "Kherson", Antonivka: "Kherson", "Zaporizhzhia Oblast": "Zaporizhzhia",
  "Sumy Oblast": "Sumy", Okhtyrka: "Sumy", Shostka: "Sumy", Konotop: "Sumy", Bilopillia: "Sumy", Poltava: "Poltava",
  "Poltava Oblast": "Poltava", "Odesa Oblast": "Odesa", Izmail: "Odesa", "Donetsk Oblast": "Donetsk", Kostiantynivka: "Donetsk",
  Myrnohrad: "Donetsk", Selydove: "Donetsk", Kurakhove: "Donetsk", Toretsk: "Donetsk", Lozova: "Kharkiv", Derhachi: "Kharkiv",
  Lyptsi: "Kharkiv", Kurylivka: "Kharkiv", "Kryvyi Rih": "Dnipropetrovsk", Nikopol: "Dnipropetrovsk", Pavlohrad: "Dnipropetrovsk",
  "Dnipropetrovsk Oblast": "Dnipropetrovsk", Chernihiv: "Chernihiv", "Chernihiv Oblast": "Chernihiv", "Mykolaiv Oblast": "Mykolaiv",
};

const byVariant = new Map<string, Place>();
for (const place of PLACES) for (const variant of place.variants) byVariant.set(variant, place);
const longerNameStarts = new Set(PLACES.flatMap((place) => place.variants).filter((v) => /[ -]/.test(v)).map((v) => v.split(/[ -]/)[0]));

/** True when some two-part name ("chasiv yar", "kupiansk-vuzlovyi") begins with this word. */
export function startsLongerName(word: string): boolean {
  return longerNameStarts.has(word);
}

/** Looks up one variant (lower case, no possessive). */
export function placeByVariant(variant: string): Place | undefined {
  return byVariant.get(variant);
}

const REGION_SUFFIX = /\s+(region|oblast|province|regional)$/;

/** Canonical name for any spelling ("Kupyansk" -> "Kupiansk", "Kharkiv region" -> "Kharkiv Oblast"), or null. */
export function canonicalPlace(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/[’']s$/, "").replace(/\s*-\s*/g, "-").replace(/\s+/g, " ");
  const direct = byVariant.get(key);
  if (direct) return direct.name;
  const suffix = REGION_SUFFIX.exec(key);
  if (!suffix) return null;
  const place = byVariant.get(key.slice(0, suffix.index));
  if (!place) return null;
  return place.region ?? (place.kind === "region" ? place.name : `${place.name} Oblast`);
}
