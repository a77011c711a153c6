// Countries other than the two at war: their demonyms and capitals, as reports name their governments and armies.

/** Countries whose bodies are named with the adjective: "Estonia's intelligence service" is the Estonian one. */
export const DEMONYMS_OF: ReadonlyMap<string, string> = new Map(Object.entries({
  Estonia: "Estonian", Latvia: "Latvian", Lithuania: "Lithuanian", Finland: "Finnish", Sweden: "Swedish", Norway: "Norwegian",
  Denmark: "Danish", Poland: "Polish", Germany: "German", France: "French", Italy: "Italian", Spain: "Spanish", Japan: "Japanese",
  Canada: "Canadian", Britain: "British", Netherlands: "Dutch", Romania: "Romanian", Moldova: "Moldovan", Belarus: "Belarusian",
  Czechia: "Czech", Slovakia: "Slovak", Hungary: "Hungarian", Georgia: "Georgian", Turkey: "Turkish", Türkiye: "Turkish",
  Austria: "Austrian", Belgium: "Belgian", Portugal: "Portuguese", Greece: "Greek", Bulgaria: "Bulgarian", Croatia: "Croatian",
  Ireland: "Irish", Switzerland: "Swiss", Australia: "Australian", Slovenia: "Slovenian", Iceland: "Icelandic", Korea: "Korean",
}));

/** The demonym of a country written in the possessive: "Germany's" is "German", "Estonia’s" "Estonian". */
export function demonymOfPossessive(word: string): string | undefined {
  return /['’]s$/.test(word) ? DEMONYMS_OF.get(word.slice(0, -2)) : undefined;
}

/** Capitals an embassy or a government is named by, and their countries. */
export const CAPITAL_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries({
  Tbilisi: "Georgia", London: "United Kingdom", Washington: "United States", Warsaw: "Poland", Berlin: "Germany", Paris: "France",
  Rome: "Italy", Madrid: "Spain", Tokyo: "Japan", Ottawa: "Canada", Vilnius: "Lithuania", Riga: "Latvia", Tallinn: "Estonia",
  Helsinki: "Finland", Stockholm: "Sweden", Oslo: "Norway", Copenhagen: "Denmark", Prague: "Czech Republic", Bratislava: "Slovakia",
  Budapest: "Hungary", Bucharest: "Romania", Chisinau: "Moldova", Minsk: "Belarus", Ankara: "Turkey", Vienna: "Austria",
  Brussels: "Belgium", Kyiv: "Ukraine", Moscow: "Russia", Beijing: "China",
}));
