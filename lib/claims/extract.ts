import { findAgents, mentionsWeapon, resolveActor } from "./actor";
import { NAME_VARIANTS, type Source } from "./data/sources";
import { findSources, pickSource, rememberNames, type SpeakerMemory } from "./attribution";
import { BoilerplateFilter } from "./boilerplate";
import { findCandidates, type Candidate } from "./candidates";
import { locate, PlaceMemory } from "./location";
import { measureOf } from "./measure";
import { findPeriods, nearestPeriod, periodMeasure, resolvePeriod, type PeriodMention } from "./periods";
import { findPlaces } from "./places";
import { intervalFor, round } from "./qualifiers";
import { reportSource } from "./report-source";
import { splitSentences } from "./sentences";
import { tokenize, type Token } from "./tokenize";
import type { ExtractedClaim, ExtractOptions, Sentence } from "./types";

export const EXTRACTOR_VERSION = "1.0.0";

/** Sentence openers that continue the previous sentence's account ("Among the wounded are ..."). */
const CONTINUATIONS = new Set(["among", "including", "of", "additionally", "also", "moreover", "furthermore"]);

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})/;

/** Every numeric claim in `text`, offsets into `text`. One pass over sentences; context stays local. */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  const publishedAt = options.publishedAt !== undefined ? options.publishedAt : DATE_LINE.exec(text.slice(0, 40))?.[1] ?? null;
  const claims: ExtractedClaim[] = [];
  const speakers: SpeakerMemory = { surnames: new Map(), lastPerson: null };
  const places = new PlaceMemory();
  const boilerplate = new BoilerplateFilter(text);
  const defaultSource = reportSource(text, speakers);
  let paragraphWeapon = false;
  let carried: Source | null = null; // a speaker who frames the rest of the paragraph
  let paragraphPeriod: PeriodMention | null = null;
  let previous: Sentence | null = null;
  let lastSource: Source | null = null;
  for (const sentence of splitSentences(text)) {
    if (!previous || text.slice(previous.end, sentence.start).includes("\n")) {
      places.paragraph = null;
      carried = null;
      paragraphWeapon = false;
      paragraphPeriod = null;
    }
    previous = sentence;
    if (boilerplate.isBoilerplate(sentence)) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    rememberNames(tokens, speakers);
    const mentions = findPlaces(tokens);
    const weapon = mentionsWeapon(tokens);
    const candidates = hasNumberish(tokens) ? findCandidates(tokens) : [];
    const periods = findPeriods(tokens);
    const sources = findSources(tokens, speakers); // every sentence: "it said" later refers back to these
    const continues = CONTINUATIONS.has(tokens[0]?.lower ?? "");
    const fallback = (sources.length === 0 && (carried || continues ? carried ?? lastSource : null)) || defaultSource;
    if (candidates.length) {
      const excluded = new Set<number>();
      for (const m of sources) for (let k = m.start; k < m.end; k++) excluded.add(k);
      for (const m of mentions) for (let k = m.start; k < m.end; k++) excluded.add(k);
      const agents = findAgents(tokens, excluded, candidates[candidates.length - 1].start);
      for (const c of candidates) {
        if (!c.category && !options.includeNonClaims) continue;
        const source = pickSource(sources, c.start)?.source ?? fallback;
        const period = nearestPeriod(periods, c.start) ?? paragraphPeriod;
        const category = c.category ?? "other";
        claims.push(claimOf(text, tokens, sentence, c, {
          category,
          measure: c.category ? measureOf(tokens, c, periodMeasure(period)) : null,
          subject: c.noun?.subject ?? (c.category === "attacks" && !c.noun ? "attacks" : null),
          actor: c.category
            ? resolveActor({ tokens, start: c.start, end: c.num.end, noun: c.noun, category, isDuration: c.unit?.entry.kind === "duration", agents, sourceSide: source?.side ?? null, weaponNearby: weapon || paragraphWeapon })
            : null,
          location: c.category ? locate(tokens, c, candidates, mentions, places) : null,
          attribution: c.category && source ? NAME_VARIANTS.get(source.name) ?? source.name : null,
          period: resolvePeriod(period, publishedAt),
          isClaim: !!c.category,
        }));
      }
    }
    places.remember(mentions);
    // "According to X, ..." opening a sentence frames what follows in the paragraph.
    const opening = sources.find((s) => s.at === 0 && tokens[0].lower === "according");
    if (opening) carried = opening.source;
    lastSource = sources.length ? sources[sources.length - 1].source : continues ? lastSource : null;
    paragraphWeapon ||= weapon;
    if (periods.length) paragraphPeriod = periods[periods.length - 1];
  }
  return claims;
}

type Context = Pick<ExtractedClaim, "category" | "measure" | "subject" | "actor" | "location" | "attribution" | "period" | "isClaim">;

/** One flat literal (no spreads): a dense report makes tens of thousands of these. */
function claimOf(text: string, tokens: Token[], sentence: Sentence, c: Candidate, context: Context): ExtractedClaim {
  const start = tokens[c.start].start;
  const end = tokens[c.end - 1].end;
  const unit = c.unit?.entry.unit ?? c.currency?.code ?? "count";
  const normalizedUnit = c.unit?.entry.normalizedUnit ?? c.currency?.code ?? "count";
  const factor = c.unit?.entry.factor ?? 1;
  const value = round(c.num.value * factor);
  const interval = intervalFor(c.qualifier, value, c.num.high === undefined ? undefined : round(c.num.high * factor), c.num.vague, factor);
  return {
    quote: text.slice(start, end),
    start,
    end,
    sentence: { start: sentence.start, end: sentence.end },
    value: c.num.value,
    unit,
    normalized: { value, unit: normalizedUnit },
    qualifier: interval.qualifier,
    rule: interval.rule,
    lowerExclusive: interval.lowerExclusive,
    upperExclusive: interval.upperExclusive,
    lower: interval.lower,
    upper: interval.upper,
    category: context.category,
    measure: context.measure,
    subject: context.subject,
    actor: context.actor,
    location: context.location,
    attribution: context.attribution,
    period: context.period,
    isClaim: context.isClaim,
  };
}

const NUMBERISH = new Set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozen dozens hundreds thousands millions several few twice thrice once tens scores".split(" "));

function hasNumberish(tokens: Token[]): boolean {
  for (const token of tokens) if (token.kind === "num" || (token.kind === "word" && NUMBERISH.has(token.lower))) return true;
  return false;
}
