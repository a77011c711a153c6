// Units as written, with their normalized unit and factor (design.md: miles x1.609344,
// sq miles x2.58999, hectares x0.01 km2, sq m x0.000001 km2, pounds x0.45359237; currencies are not converted).

export type UnitKind = "distance" | "area" | "weight" | "percent" | "duration" | "currency" | "temperature" | "power";

export type UnitEntry = {
  /** Token sequence, lower case ("sq", "km"). */
  words: string[];
  /** The unit as stated, in a canonical spelling ("sq km", "miles", "m", "months"). */
  unit: string;
  normalizedUnit: string;
  factor: number;
  kind: UnitKind;
};

const MONTH_DAYS = 30.4375;
const YEAR_DAYS = 365.25;

function entries(kind: UnitKind, unit: string, normalizedUnit: string, factor: number, spellings: string[]): UnitEntry[] {
  return spellings.map((spelling) => ({ words: spelling.split(" "), unit, normalizedUnit, factor, kind }));
}

export const UNITS: UnitEntry[] = [
  ...entries("area", "sq km", "km2", 1, [
    "sq km", "sq . km", "sq kms", "square kilometres", "square kilometers", "square kilometre", "square kilometer",
    "square km", "km ²", "km 2", "sq . kilometres", "sq kilometres", "sq kilometers",
  ]),
  ...entries("area", "sq miles", "km2", 2.58999, ["sq miles", "sq mi", "square miles", "square mile", "sq . miles", "sq mile"]),
  ...entries("area", "sq m", "km2", 0.000001, [
    "sq m", "sq . m", "square metres", "square meters", "square metre", "square meter", "m ²", "m 2", "sq metres", "sq meters",
  ]),
  ...entries("area", "hectares", "km2", 0.01, ["hectares", "hectare", "ha"]),
  ...entries("area", "acres", "km2", 0.00404686, ["acres", "acre"]),
  ...entries("distance", "km", "km", 1, ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"]),
  ...entries("distance", "nautical miles", "km", 1.852, ["nautical miles", "nautical mile", "nmi"]),
  ...entries("distance", "miles", "km", 1.609344, ["miles", "mile", "mi"]),
  ...entries("distance", "m", "km", 0.001, ["metres", "meters", "metre", "meter", "m"]),
  ...entries("weight", "kg", "kg", 1, ["kg", "kilograms", "kilogrammes", "kilos", "kilogram"]),
  ...entries("weight", "tonnes", "kg", 1000, ["tonnes", "tonne", "tons", "ton", "metric tons", "t"]),
  ...entries("weight", "pounds", "kg", 0.45359237, ["pounds", "pound", "lbs", "lb"]),
  ...entries("percent", "percent", "percent", 1, ["%", "percent", "per cent", "pct"]),
  ...entries("duration", "hours", "day", 1 / 24, ["hours", "hour", "hrs"]),
  ...entries("duration", "days", "day", 1, ["days", "day"]),
  ...entries("duration", "weeks", "day", 7, ["weeks", "week"]),
  ...entries("duration", "months", "day", MONTH_DAYS, ["months", "month"]),
  ...entries("duration", "years", "day", YEAR_DAYS, ["years", "year"]),
  ...entries("currency", "USD", "USD", 1, ["dollars", "us dollars", "dollar"]),
  ...entries("currency", "EUR", "EUR", 1, ["euros", "euro"]),
  ...entries("currency", "UAH", "UAH", 1, ["hryvnias", "hryvnia", "hryvnas", "uah"]),
  ...entries("currency", "RUB", "RUB", 1, ["roubles", "rubles", "rouble", "ruble", "rub", "₽"]),
  // (a symbol after the amount, as Ukrainian and Russian print it: "12 million ₽", "1.2 billion ₴")
  ...entries("currency", "UAH", "UAH", 1, ["₴"]),
  ...entries("currency", "EUR", "EUR", 1, ["€"]),
  ...entries("currency", "PLN", "PLN", 1, ["zlotys", "zloty", "złoty", "złotys"]),
  ...entries("currency", "GBP", "GBP", 1, ["pounds sterling"]),
  ...entries("currency", "JPY", "JPY", 1, ["yen"]),
  ...entries("currency", "CHF", "CHF", 1, ["swiss francs"]),
  ...entries("currency", "SEK", "SEK", 1, ["swedish kronor"]),
  // ("2.5 billion kroner" alone is Denmark's unless the sentence names Norway: see unitAfter)
  ...entries("currency", "DKK", "DKK", 1, ["danish kroner", "kroner"]),
  ...entries("currency", "NOK", "NOK", 1, ["norwegian kroner"]),
  // ("7.5 billion won": after a scale only, see unitAfter; "won" is a verb too)
  ...entries("currency", "KRW", "KRW", 1, ["won", "south korean won"]),
  // the neighbours': Romania's lei unless Moldova's are named, Hungary's forints, the Czech crown
  ...entries("currency", "RON", "RON", 1, ["lei", "romanian lei"]),
  ...entries("currency", "MDL", "MDL", 1, ["moldovan lei"]),
  ...entries("currency", "HUF", "HUF", 1, ["forints", "forint"]),
  ...entries("currency", "CZK", "CZK", 1, ["czech crowns", "czech korunas", "koruna", "korunas"]),
  ...entries("temperature", "°C", "°C", 1, ["° c", "°c", "degrees celsius", "degrees"]),
  // electric power (generating capacity knocked out, imports): megawatts, not converted further
  ...entries("power", "MW", "MW", 1, ["mw", "megawatts", "megawatt"]),
  ...entries("power", "GW", "MW", 1000, ["gw", "gigawatts", "gigawatt"]),
].sort((a, b) => b.words.length - a.words.length);

/** Symbols and codes written before the amount. */
export const CURRENCY_SYMBOLS = new Map<string, string>(Object.entries({
  $: "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY",
}));
export const CURRENCY_CODES = new Map<string, string>(Object.entries({
  usd: "USD", eur: "EUR", uah: "UAH", gbp: "GBP", rub: "RUB", us$: "USD", hr: "UAH", // "Hr 9.6 billion" (hryvnias); written "Hr" only, see currencyBefore
}));

/** Prices a market widget quotes by name, as written: "Brent $73.4", "TTF €31.86/MWh", "UX 1,012.4". */
export const MARKET_BENCHMARKS: ReadonlySet<string> = new Set(["Brent", "WTI", "Urals", "TTF", "PEG", "NBP", "UX", "MOEX", "RTS"]);

/**
 * Other ISO 4217 codes the donors' and neighbours' figures come in ("NOK 1.3 billion", "CZK 2 billion"), read only as
 * written, in capitals: several are words in lower case ("try", "all").
 */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set([
  "NOK", "SEK", "DKK", "ISK", "CHF", "CAD", "AUD", "NZD", "JPY", "CNY", "KRW", "INR", "PLN", "CZK", "HUF", "RON", "BGN",
  "MDL", "GEL", "TRY", "KZT", "BYN",
]);
