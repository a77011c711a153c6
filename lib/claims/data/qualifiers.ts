// Words before a number that turn it into an interval (design.md's table). Longest match wins.

export type QualifierKey = "about" | "nearly" | "more_than" | "at_least" | "up_to" | "fewer_than" | "exact";

const table: [QualifierKey, string[]][] = [
  ["about", ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "approx", "approx .", "circa", "ca .", "an approximate", "almost exactly", "nearly about", "~"]],
  ["nearly", ["nearly", "almost", "just under", "close to", "not quite", "just shy of", "a little under", "slightly under", "slightly fewer than", "slightly less than"]],
  ["more_than", ["more than", "over", "well over", "in excess of", "upwards of", "just over", "above", "exceeding", "a little over", "slightly more than", "slightly over", "well above", "far more than", "many more than", "more then", "exceeded", "exceeds", "surpassed", "topped"]],
  ["at_least", ["at least", "no fewer than", "no less than", "a minimum of", "not less than", "not fewer than", "at the very least"]],
  ["up_to", ["up to", "as many as", "within", "no more than", "at most", "a maximum of", "not more than", "as much as", "as far as", "maximum of", "not exceed", "not to exceed", "as high as"]],
  ["fewer_than", ["fewer than", "less than", "under", "below", "well under", "well below", "far fewer than", "far less than"]],
  ["exact", ["another", "exactly", "a total of", "a further", "an additional", "precisely", "all", "total of", "some other"]],
];

export const QUALIFIERS: { words: string[]; key: QualifierKey }[] = table
  .flatMap(([key, phrases]) => phrases.map((phrase) => ({ words: phrase.split(" "), key })))
  .sort((a, b) => b.words.length - a.words.length);

/** The interval rule shown to reviewers, per qualifier. */
export const RULES: Record<string, string> = {
  exact: "exact: [X, X]",
  about: "about: [X - 10%, X + 10%]",
  nearly: "nearly: [X - 10%, X)",
  more_than: "more than: (X, unbounded)",
  at_least: "at least: [X, unbounded)",
  up_to: "up to: [0, X]",
  fewer_than: "fewer than: [0, X)",
  range: "range: [X, Y]",
  vague: "vague amount",
};
