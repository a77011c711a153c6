import { quotes } from "./helpers";

describe("not claims", () => {
  test.each([
    ["a date", "On 12 March 2023 the town was quiet."],
    ["a year", "Russia invaded in 2022 and again in 2014."],
    ["an ISO date line", " date 2023-10-17 The town was quiet."],
    ["dotted dates", "Losses from 24.02.22 to 05.12.24 are listed."],
    ["a clock time", "The strike came at 15:40 local time."],
    ["a.m. time", "Sirens sounded at 8:00 a.m. in the city."],
    ["an age", "A 58-year-old woman was hurt."],
    ["ages with aged", "Residents aged 46 and 73 spoke."],
    ["an ordinal", "Ukraine's second-largest city and the 92nd brigade held."],
    ["a word ordinal", "The one thousand and fifty-first day has begun."],
    ["model names", "A T-72, an S-300, a Su-34, an F-16 and Kh-101 missiles were seen."],
    ["a calibre", "A 152-mm D-20 howitzer fired."],
    ["one of", "One of Ukraine's most experienced generals spoke."],
    ["read counters", "Read 29 times"],
    ["24/7 and a hotline", "The hotline works 24/7: 0 800 330 330."],
    ["an aggregator disclaimer", "The content will be deleted within 24 hours."],
    ["a time window", "Russia struck within the last 24 hours."],
    ["a time reference", "The town was retaken seven months later, 17 months after the invasion."],
    ["month and day", "Fighting continued on November 13 and 14."],
    ["a numbered hospital", "City Hospital No. 2 was hit."],
  ])("%s", (_, text) => expect(quotes(text)).toEqual([]));

  test("a video teaser and its caption are furniture", () => {
    const text = "Click to play video: 'Russian strike on Odesa kills at least 1, injures 20'\n\nRussian strike on Odesa kills at least 1, injures 20\n";
    expect(quotes(text)).toEqual([]);
  });
});
