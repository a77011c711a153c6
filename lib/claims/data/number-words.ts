// Number words, scales and vague amounts. Values follow design.md's interval table.

export const SMALL = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));

export const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Multipliers inside a word number ("two hundred", "a dozen"). */
export const MULTIPLIERS = new Map<string, number>(Object.entries({ hundred: 100, dozen: 12 }));

/** Scale words after a number: "12.4 million", "1.2 thousand", "$61bn". */
export const SCALES = new Map<string, number>(Object.entries({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, trln: 1e12, k: 1e3,
}));

/** One-letter scales that only count after a currency ("$5m"); otherwise "500m" is metres. */
export const CURRENCY_SCALES = new Map<string, number>(Object.entries({ m: 1e6, b: 1e9 }));

/** Repetition words counted as attacks when an attack verb governs them ("attacked twice"). */
export const REPEATS = new Map<string, number>(Object.entries({ once: 1, twice: 2, thrice: 3 }));

/** Word ordinals: a number word fused with one of these ("fifty-first") is an ordinal, not a count. */
export const ORDINAL_WORDS = new Set([
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "thousandth",
]);

export type Vague = {
  /** Token sequence, lower case. */
  words: string[];
  /** The number as stated ("dozen" is 12) with the interval it stands for. */
  value: number;
  lower: number;
  upper: number;
  upperExclusive: boolean;
};

// Longest first so "a few dozen" wins over "a few".
export const VAGUE: Vague[] = [
  { words: ["hundreds", "of", "thousands"], value: 100000, lower: 200000, upper: 1000000, upperExclusive: true },
  { words: ["tens", "of", "thousands"], value: 10000, lower: 20000, upper: 100000, upperExclusive: true },
  { words: ["a", "few", "dozen"], value: 12, lower: 24, upper: 96, upperExclusive: false },
  { words: ["several", "dozen"], value: 12, lower: 24, upper: 120, upperExclusive: false },
  { words: ["a", "few", "hundred"], value: 100, lower: 200, upper: 500, upperExclusive: false },
  { words: ["several", "hundred"], value: 100, lower: 200, upper: 900, upperExclusive: false },
  { words: ["a", "few", "thousand"], value: 1000, lower: 2000, upper: 5000, upperExclusive: false },
  { words: ["several", "thousand"], value: 1000, lower: 2000, upper: 9000, upperExclusive: false },
  { words: ["a", "handful", "of"], value: 5, lower: 2, upper: 5, upperExclusive: false },
  { words: ["a", "couple", "of"], value: 2, lower: 2, upper: 3, upperExclusive: false },
  { words: ["dozens"], value: 12, lower: 24, upper: 200, upperExclusive: true },
  { words: ["scores"], value: 20, lower: 40, upper: 200, upperExclusive: true },
  { words: ["hundreds"], value: 100, lower: 200, upper: 1000, upperExclusive: true },
  { words: ["thousands"], value: 1000, lower: 2000, upper: 10000, upperExclusive: true },
  { words: ["millions"], value: 1000000, lower: 2000000, upper: 10000000, upperExclusive: true },
  { words: ["several"], value: 3, lower: 3, upper: 9, upperExclusive: false },
  { words: ["a", "few"], value: 3, lower: 2, upper: 5, upperExclusive: false },
];
