import { MONTHS, PERIOD_PHRASES, WEEKDAYS, YEAR, type PeriodRule } from "./data/periods";
import { indexByFirst, longestAt } from "./phrases";
import type { Token } from "./tokenize";
import { WordSet } from "./word-set";
import type { Period } from "./types";

// The time a claim covers, from the report's date and the words of its sentence.

export type PeriodMention = { at: number; rule: PeriodRule | { kind: "weekday"; day: number } | { kind: "month"; month: number } | { kind: "since"; month: number; day: number } | { kind: "last_n"; days: number } };

const byFirst = indexByFirst(PERIOD_PHRASES);
const DURATION_DAYS: Record<string, number> = { hours: 1 / 24, days: 1, weeks: 7, months: 30, day: 1, week: 7, month: 30 };

const WEEKDAY_INDEX = new Map(WEEKDAYS.map((day, index) => [day, index]));
const RELATIVE = new Set(["past", "last", "previous"]);
/** Every word that can open a period mention; any other token is skipped with one lookup. */
const OPENERS = new WordSet([...byFirst.keys(), ...WEEKDAYS, ...MONTHS.keys(), ...RELATIVE]);

export function findPeriods(tokens: Token[]): PeriodMention[] {
  const mentions: PeriodMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!OPENERS.hasToken(token)) continue;
    const phrase = longestAt(byFirst, tokens, i);
    if (phrase) {
      mentions.push({ at: i, rule: phrase.rule });
      i += phrase.words.length - 1;
      continue;
    }
    const weekday = WEEKDAY_INDEX.get(token.lower);
    if (weekday !== undefined) mentions.push({ at: i, rule: { kind: "weekday", day: weekday } });
    const month = MONTHS.get(token.lower);
    if (month && token.text.length > 3 && /^[A-Z]/.test(token.text)) {
      const day = tokens[i + 1]?.kind === "num" ? Number(tokens[i + 1].text) : NaN;
      if (tokens[i - 1]?.lower === "since" && day >= 1 && day <= 31) mentions.push({ at: i, rule: { kind: "since", month, day } });
      else if (tokens[i - 1]?.lower === "in") mentions.push({ at: i, rule: { kind: "month", month } });
    }
    if (RELATIVE.has(token.lower) && tokens[i + 1]?.kind === "num") {
      const days = DURATION_DAYS[tokens[i + 2]?.lower ?? ""];
      if (days) mentions.push({ at: i, rule: { kind: "last_n", days: Math.max(1, Math.ceil(Number(tokens[i + 1].text) * days)) } });
    }
  }
  return mentions;
}

/** The mention nearest to token `at`, or null. */
export function nearestPeriod(mentions: PeriodMention[], at: number): PeriodMention | null {
  let best: PeriodMention | null = null;
  for (const mention of mentions) if (!best || Math.abs(mention.at - at) < Math.abs(best.at - at)) best = mention;
  return best;
}

const byRule = new Map<string, Period | null>();
let lastDefault: [string | null, Period | null] = [null, null];

/** Memoized per mention: every claim of a sentence usually shares one period. */
export function resolvePeriod(mention: PeriodMention | null, publishedAt: string | null): Period | null {
  if (!mention) {
    if (lastDefault[0] !== publishedAt) lastDefault = [publishedAt, computePeriod(null, publishedAt)];
    return lastDefault[1] && { from: lastDefault[1].from, to: lastDefault[1].to };
  }
  const key = `${publishedAt}|${ruleKey(mention.rule)}`;
  let period = byRule.get(key);
  if (period === undefined) {
    period = computePeriod(mention, publishedAt);
    if (byRule.size > 10_000) byRule.clear(); // bounded: dates and rules repeat
    byRule.set(key, period);
  }
  return period && { from: period.from, to: period.to };
}

/** Shared phrase rules are objects; the rules made per mention (weekday, month) are keyed by value. */
const ruleKeys = new WeakMap<object, string>();
let nextRuleKey = 0;
function ruleKey(rule: PeriodMention["rule"]): string {
  switch (rule.kind) {
    case "weekday":
      return `weekday:${rule.day}`;
    case "month":
      return `month:${rule.month}`;
    case "since":
      return `since:${rule.month}:${rule.day}`;
    case "last_n":
      return `last_n:${rule.days}`;
    default: {
      let key = ruleKeys.get(rule);
      if (key === undefined) ruleKeys.set(rule, (key = `rule:${nextRuleKey++}`));
      return key;
    }
  }
}

function computePeriod(mention: PeriodMention | null, publishedAt: string | null): Period | null {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return null;
  const date = new Date(`${publishedAt}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const rule = mention?.rule;
  if (!rule) return { from: publishedAt, to: publishedAt };
  switch (rule.kind) {
    case "days":
      return { from: iso(addDays(date, -rule.back)), to: iso(addDays(date, -(rule.endBack ?? 0))) };
    case "last_n":
      return { from: iso(addDays(date, -rule.days)), to: publishedAt };
    case "week_start":
      return { from: iso(addDays(date, -((date.getUTCDay() + 6) % 7))), to: publishedAt };
    case "month_start":
      return { from: `${publishedAt.slice(0, 8)}01`, to: publishedAt };
    case "year_start":
      return { from: `${publishedAt.slice(0, 4)}-01-01`, to: publishedAt };
    case "weekend": {
      const sunday = addDays(date, -date.getUTCDay());
      return { from: iso(addDays(sunday, -1)), to: iso(sunday) };
    }
    case "weekday": {
      const day = addDays(date, -((date.getUTCDay() - rule.day + 7) % 7));
      return { from: iso(day), to: iso(day) };
    }
    case "war":
      return { from: rule.from, to: publishedAt };
    case "since": {
      const year = yearOfMonth(rule.month, date);
      return { from: `${year}-${pad(rule.month)}-${pad(rule.day)}`, to: publishedAt };
    }
    case "month": {
      const year = yearOfMonth(rule.month, date);
      const last = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
      const to = `${year}-${pad(rule.month)}-${pad(last)}`;
      return { from: `${year}-${pad(rule.month)}-01`, to: to < publishedAt ? to : publishedAt };
    }
  }
}

/** daily / cumulative, for comparing tolls. */
export function periodMeasure(mention: PeriodMention | null): string | null {
  if (!mention) return null;
  if (mention.rule.kind === "war") return "cumulative";
  if (mention.rule.kind === "days" && mention.rule.measure === "daily") return "daily";
  return null;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86400000);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The year of the latest month `month` (1-12) up to `date`: this year's, or last year's when it is yet to come. */
function yearOfMonth(month: number, date: Date): number {
  return date.getUTCFullYear() - (month > date.getUTCMonth() + 1 ? 1 : 0);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Days a dated figure may lie before the report's date and still be the report's news ("on the night of 9 June"). */
const NEWS_DAYS = 3;

/**
 * Whether the sentence sets its figures at an earlier time than the report's news: a past month ("in September",
 * "on 15 January", "January ran at about 110 drones a night"), a year before the report's, or "since" one.
 * Such figures are background, no tally of the day an authority cited for the day's figures stands behind. A record's
 * "since" is no such time: "112 drones overnight, the most since September" is the night's figure.
 */
export function namesEarlierTime(tokens: Token[], publishedAt: string | null): boolean {
  const published = publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (tokens[i - 1]?.lower === "since" && RECORD_WORDS.has(tokens[i - 2]?.lower ?? "")) continue;
    const since = tokens[i - 1]?.lower === "since";
    if (token.kind === "num" && YEAR.test(token.text)) {
      if (since || (published && Number(token.text) < published.getUTCFullYear() && YEAR_PREPOSITIONS.has(tokens[i - 1]?.lower ?? ""))) return true;
      continue;
    }
    const month = MONTHS.get(token.lower);
    // (a month's name as written: capitalised, in full; "May" only where it can be no verb: "in May", "since May", "May 9")
    if (!month || !/^[A-Z]/.test(token.text) || (token.text.length <= 3 && !(token.lower === "may" && (YEAR_PREPOSITIONS.has(tokens[i - 1]?.lower ?? "") || tokens[i + 1]?.kind === "num")))) continue;
    if (since) return true;
    if (!published) continue;
    const dayAfter = tokens[i + 1]?.kind === "num" ? Number(tokens[i + 1].text) : NaN;
    const day = dayAfter >= 1 && dayAfter <= 31 ? dayAfter : tokens[i - 1]?.kind === "num" && Number(tokens[i - 1].text) <= 31 ? Number(tokens[i - 1].text) : NaN;
    const date = Date.UTC(yearOfMonth(month, published), month - 1, Number.isNaN(day) ? 28 : day);
    if (published.getTime() - date > NEWS_DAYS * 86_400_000) return true;
  }
  return false;
}

/** Words before a year that set a figure in it: "in 2023", "of 2023", "since 2023". */
const YEAR_PREPOSITIONS = new Set(["in", "of", "since", "on"]);
/** A record's words before "since": "the most since September", "the largest since 2022". */
const RECORD_WORDS = new Set(["most", "largest", "biggest", "highest", "heaviest", "deadliest", "worst", "first", "lowest", "fewest"]);
