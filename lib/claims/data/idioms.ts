// Set phrases whose number counts nothing: "one step ahead", "a hundred per cent sure", "not for a million hryvnias".
// Extend freely: one phrase per line, in lower case, words as the tokenizer splits them.
// (Older idioms with conditions of their own, "one by one", "on the one hand", are read in traps.ts.)

export const IDIOM_PHRASES: readonly string[] = [
  "one step ahead",
  "one step at a time",
  "one step closer",
  "one way or another",
  "one of a kind",
  "in one piece",
  "one on one",
  // (sure, as a manner of speaking: "One hundred percent of the grid" is a share)
  "a hundred per cent sure",
  "a hundred percent sure",
  "one hundred per cent sure",
  "one hundred percent sure",
  "a thousand times",
  "a million times",
  "not for a million",
  "my two cents",
  "one and only",
  // (vague lives saved or lost, rhetoric: "the shells will save thousands of lives"; "well over 100,000 lives" is a count)
  // (a frequency, as a manner of speaking: "they lose it nine times out of ten")
  "nine times out of ten",
  "nine out of ten times",
  "hundreds of lives",
  "thousands of lives",
  "millions of lives",
];

/** The number words the phrases count with. */
const NUMBER_WORDS = new Set(["one", "two", "nine", "ten", "hundred", "thousand", "million", "hundreds", "thousands", "millions"]);

/** The idioms as word lists, by each number word they hold, with that word's place in the phrase. */
export const IDIOMS_BY_WORD: ReadonlyMap<string, { words: string[]; at: number }[]> = (() => {
  const byWord = new Map<string, { words: string[]; at: number }[]>();
  for (const phrase of IDIOM_PHRASES) {
    const words = phrase.split(" ");
    words.forEach((word, at) => {
      if (!NUMBER_WORDS.has(word)) return;
      byWord.set(word, [...(byWord.get(word) ?? []), { words, at }]);
    });
  }
  return byWord;
})();
