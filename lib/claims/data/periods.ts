// Phrases that set the time a claim covers, relative to the report's date.
// span: days back from the report date (from = date - back, to = date - forwardGap).

export type PeriodRule =
  | { kind: "days"; back: number; endBack?: number; measure?: "daily" }
  | { kind: "week_start" }
  | { kind: "month_start" }
  | { kind: "year_start" }
  | { kind: "weekend" }
  | { kind: "war"; from: string };

const FULL_SCALE_INVASION = "2022-02-24";

const table: [PeriodRule, string[]][] = [
  [{ kind: "days", back: 1, measure: "daily" }, [
    "past day", "last day", "previous day", "past 24 hours", "last 24 hours", "previous 24 hours", "overnight",
    "last night", "past night", "since the start of the day", "since the beginning of the day", "over the day",
    "during the day", "a day earlier",
  ]],
  [{ kind: "days", back: 0, measure: "daily" }, ["today", "this morning", "this afternoon", "this evening", "tonight"]],
  [{ kind: "days", back: 1, endBack: 1, measure: "daily" }, ["yesterday"]],
  [{ kind: "days", back: 2 }, ["past two days", "last two days", "past 48 hours", "last 48 hours"]],
  [{ kind: "days", back: 3 }, ["past three days", "last three days", "past 72 hours", "last 72 hours"]],
  [{ kind: "days", back: 7 }, ["past week", "last week", "previous week", "past seven days", "last seven days", "over the week"]],
  [{ kind: "week_start" }, ["this week", "since the start of the week", "since the beginning of the week"]],
  [{ kind: "days", back: 14 }, ["past two weeks", "last two weeks", "past fortnight", "last fortnight"]],
  [{ kind: "days", back: 30 }, ["past month", "last month", "previous month", "past 30 days", "last 30 days"]],
  [{ kind: "month_start" }, ["this month", "since the start of the month", "since the beginning of the month"]],
  [{ kind: "year_start" }, ["this year", "since the start of the year", "since the beginning of the year", "since january"]],
  [{ kind: "weekend" }, ["weekend", "the weekend"]],
  [{ kind: "war", from: FULL_SCALE_INVASION }, [
    "since the start of the war", "since the beginning of the war", "since the start of the full-scale invasion",
    "since the beginning of the full-scale invasion", "since the full-scale invasion", "since the invasion",
    "since the beginning of the special military operation", "since the start of the special military operation",
    "since february 2022", "since 24 february 2022", "since february 24 , 2022", "in total", "total combat losses",
    "since the start of the invasion", "since the beginning of the invasion",
  ]],
];

export const PERIOD_PHRASES: { words: string[]; rule: PeriodRule }[] = table
  .flatMap(([rule, phrases]) => phrases.map((p) => ({ words: p.replace(/-/g, " - ").split(/\s+/), rule })))
  .sort((a, b) => b.words.length - a.words.length);

/** Periods a rate or a price runs by: "once a week", "$5 a month", "20 per day", "one every night". */
export const RATE_PERIODS = new Set(["hour", "day", "night", "week", "month", "year"]);
/** The same periods counted: "one every three weeks", "for two hours every three days". */
export const COUNTED_PERIODS = new Set([...RATE_PERIODS, ...[...RATE_PERIODS].map((period) => `${period}s`), "minute", "minutes"]);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A year as news copy writes one: "2022", "1991". */
export const YEAR = /^(?:19|20)\d\d$/;

export const MONTHS = new Map<string, number>(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
}));
