// Where a report says which outlet published it. Checked in order against the raw file text
// (boilerplate included: a newsletter box often names the site). `outlet` null means the
// pattern's first capture group is the outlet's name.

export type OutletPattern = { name: string; pattern: RegExp; outlet: string | null };

/** Outlets recognised at the end of a headline ("Title – Reuters") when no "|" marks the suffix. */
export const KNOWN_OUTLETS = [
  "Reuters",
  "Associated Press",
  "AP News",
  "AFP",
  "BBC News",
  "CNN",
  "Al Jazeera",
  "The Guardian",
  "The Independent",
  "The Telegraph",
  "The New York Times",
  "The Washington Post",
  "The Kyiv Independent",
  "Kyiv Independent",
  "Kyiv Post",
  "Ukrainska Pravda",
  "Ukrinform",
  "Euronews",
  "France 24",
  "DW",
  "Politico",
  "Newsweek",
  "NPR",
  "CBC News",
  "Globalnews.ca",
  "Global News",
  "TASS",
  "Meduza",
  "RIA Novosti",
  // Russian agencies' nameplates as they print them
  "РИА Новости",
  "ТАСС",
  "Интерфакс",
  "Interfax",
  "Interfax-Ukraine",
  "Suspilne",
  "Mediazona",
  "Novaya Gazeta",
  "Kommersant",
  "RBC",
  "RBC-Ukraine",
  "Vedomosti",
  "Hromadske",
  "Radio Svoboda",
  "RFE/RL",
  "Radio Free Europe/Radio Liberty",
  "Novaya Gazeta Europe",
  "Verstka",
  "iStories",
  "Ridus",
  "Izvestia",
  // more wire services and papers that publish war reports under their own nameplate
  "AA",
  "Anadolu Agency",
  "Anadolu Ajansı",
  "Xinhua",
  "Kyodo News",
  "NHK",
  "Yonhap",
  "Yonhap News Agency",
  "Bloomberg",
  "Financial Times",
  "The Economist",
  "The Wall Street Journal",
  "Wall Street Journal",
  "WP Wiadomości",
  "Wirtualna Polska",
  "The Times",
  "Sky News",
  "ABC News",
  "CBS News",
  "NBC News",
  "Le Monde",
  "Der Spiegel",
  "Yle",
  "ERR News",
  "LRT",
  "Delfi",
  "UNIAN",
  "LIGA.net",
  "NV",
  "Babel",
  "Militarnyi",
  "Defense Express",
  "The Moscow Times",
  "The Insider",
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const OUTLET_PATTERNS: OutletPattern[] = [
  {
    name: "newsletter-offers-from",
    pattern: /emailed about offers, events and updates from ((?:The[^\S\n]+)?[A-Z][\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*){0,3})/,
    outlet: null,
  },
  { name: "reuters-dateline", pattern: /\(Reuters\)[^\S\n]*[-–—]/, outlet: "Reuters" },
  { name: "ap-dateline", pattern: /\(AP\)[^\S\n]*[-–—]/, outlet: "Associated Press" },
  { name: "afp-dateline", pattern: /\(AFP\)[^\S\n]*[-–—]/, outlet: "AFP" },
  { name: "ukrinform-dateline", pattern: /\(Ukrinform\)[^\S\n]*[-–—]/, outlet: "Ukrinform" },
  {
    // "Ukrinform · War", "Reuters | World": a known outlet's nameplate opening the page
    name: "nameplate",
    // ("RIDUS · ridus.ru", "INTERFAX-UKRAINE": a nameplate set in capitals)
    pattern: new RegExp(`^(?:[^\\S\\n]*date:?[^\\S\\n]+\\d{4}-\\d{2}-\\d{2}[^\\S\\n]*\\n)?\\s*(${KNOWN_OUTLETS.map(escapeRegExp).join("|")})(?:[^\\S\\n]*[·|]|\\.?[^\\S\\n]*\\n)`, "i"),
    outlet: null,
  },
  {
    // "ZN.UA · English edition", "FRONTLINE.UA | War": a site named by its domain opening the page
    name: "domain-nameplate",
    pattern: /^(?:[^\S\n]*date:?[^\S\n]+\d{4}-\d{2}-\d{2}[^\S\n]*\n)?\s*([A-Z0-9][A-Za-z0-9-]*\.[A-Za-z]{2,})[^\S\n]*[·|]/,
    outlet: null,
  },
  {
    name: "copyright-line",
    // (a dot only inside a name, "ZN.UA": "© 2025 Ridus. All rights reserved" is Ridus; a photo's credit, "Photo: © WFP/Olena
    // Shvets", names the picture's owner, not the page's)
    pattern: /(?<!(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit|[Ii]llustration)s?:?[^\S\n]{0,3})(?:©|\(c\)|Copyright)[^\S\n]*(?:\d{4}(?:[–-]\d{4})?[^\S\n]+)?((?:The[^\S\n]+)?[A-Z][\w&'’-]*(?:\.[\w-]+)*(?:[^\S\n]+[A-Z][\w&'’-]*){0,3})/,
    outlet: null,
  },
];

/** Outlets by their name in lower case: a news agency named in full is not a person ("told RIA Novosti"). */
export const OUTLET_NAMES = new Set(KNOWN_OUTLETS.map((outlet) => outlet.toLowerCase()));
