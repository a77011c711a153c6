import "server-only";
import { prisma } from "@/lib/db";
import { LOCKS, withAdvisoryLock } from "@/lib/db/advisory-lock";
import { bulkInsert, jsonRecords } from "@/lib/db/bulk-insert";
import { ComparisonIndex } from "@/lib/claims/compare";
import type { ComparableClaim, PairRelation, Suggestion } from "@/lib/claims/compare";
import { resolveOptions } from "@/lib/claims/compare/types";
import type { Category } from "@/lib/claims/types";
import { Prisma } from "@/generated/prisma/client";
import { ioBreather } from "./yield-to-io";

const DAY_MS = 86_400_000;
const WRITE_CHUNK = 2000;

/** A claim with what comparison needs of its sentence and report: one row of a three-table join. */
type ClaimRow = {
  id: string; reportId: string; quote: string; start: number; end: number; value: number; unit: string;
  normalizedValue: number; normalizedUnit: string; lower: number | null; upper: number | null;
  lowerExclusive: boolean; upperExclusive: boolean; qualifier: string; rule: string; category: string;
  measure: string | null; subject: string | null; actor: string | null; location: string | null; attribution: string | null;
  periodFrom: Date | null; periodTo: Date | null; sentenceStart: number; sentenceEnd: number;
  publishedAt: Date | null; copyOfId: string | null;
};

/**
 * Current claims matching `where`, in one joined query: Prisma's nested selects of sentence and
 * report cost 6 s for the 193,000 claims of a bulk import, the join a fraction of that.
 */
function loadClaims(where: Prisma.Sql): Promise<ClaimRow[]> {
  return prisma.$queryRaw<ClaimRow[]>`
    select c.id, c."reportId", c.quote, c.start, c."end", c.value, c.unit, c."normalizedValue", c."normalizedUnit",
           c.lower, c.upper, c."lowerExclusive", c."upperExclusive", c.qualifier, c.rule, c.category::text as category,
           c.measure, c.subject, c.actor, c.location, c.attribution, c."periodFrom", c."periodTo",
           s.start as "sentenceStart", s."end" as "sentenceEnd", r."publishedAt", r."copyOfId"
    from "Claim" c join "Sentence" s on s.id = c."sentenceId" join "Report" r on r.id = c."reportId"
    where c."isCurrent" and ${where}`;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function toComparable(row: ClaimRow): ComparableClaim {
  return {
    id: row.id, reportId: row.reportId, publishedAt: day(row.publishedAt),
    // Near-copies share their original's id as copy group: they are never independent evidence.
    copyGroup: row.copyOfId ?? row.reportId,
    quote: row.quote, start: row.start, end: row.end, sentence: { start: row.sentenceStart, end: row.sentenceEnd },
    value: row.value, unit: row.unit, normalized: { value: row.normalizedValue, unit: row.normalizedUnit },
    lower: row.lower, upper: row.upper, lowerExclusive: row.lowerExclusive, upperExclusive: row.upperExclusive,
    qualifier: row.qualifier, rule: row.rule, category: row.category as Category, measure: row.measure,
    subject: row.subject, actor: row.actor as ComparableClaim["actor"], location: row.location, attribution: row.attribution,
    period: row.periodFrom && row.periodTo ? { from: day(row.periodFrom)!, to: day(row.periodTo)! } : null,
    isClaim: true,
  };
}

async function computeChunk(index: ComparisonIndex, chunk: string[], touched: Set<string>) {
  const suggestions: Suggestion[] = [];
  const relations: { claimId: string; otherClaimId: string; relation: PairRelation["relation"] | "near"; reason: string }[] = [];
  const breathe = ioBreather();
  for (const id of chunk) {
    await breathe(); // the writes in flight send their statements meanwhile
    // Agreement and conflict are symmetric: each pair is stored once, from its smaller id when both
    // ends are being rewritten, else from the end that is.
    const { suggestion, relations: pairs } = index.assess(id, (otherId) => id < otherId || !touched.has(otherId));
    suggestions.push(suggestion);
    for (const r of pairs) relations.push({ claimId: id, otherClaimId: r.claimId, relation: r.relation, reason: r.reason });
    for (const e of suggestion.evidence) if (e.relation === "near") relations.push({ claimId: id, otherClaimId: e.claimId, relation: "near", reason: e.reason });
  }
  return { chunk, suggestions, relations };
}

const SUGGESTION_COLUMNS = {
  id: "text", verdict: "text", subtype: "text", reason: "text", confidence: "text", evidenceCount: "int4",
  groupLower: "float8", groupUpper: "float8", conservative: "float8",
} as const;

function writeChunk({ chunk, suggestions, relations }: Awaited<ReturnType<typeof computeChunk>>) {
  const rows = suggestions.map((s, i) => ({
    id: chunk[i], verdict: s.verdict, subtype: s.subtype, reason: s.reason, confidence: s.confidence, evidenceCount: s.evidenceCount,
    groupLower: s.group.range.lower, groupUpper: s.group.range.upper, conservative: s.group.conservative?.value ?? null,
  }));
  const { json, recordType } = jsonRecords(SUGGESTION_COLUMNS, rows);
  return prisma.$transaction([
    bulkInsert("ClaimRelation", { claimId: "text", otherClaimId: "text", relation: '"Relation"', reason: "text" }, relations, { onConflictDoNothing: true }),
    // One statement per chunk. A reviewed claim whose suggestion changes is flagged for another look;
    // the reviewer's verdict itself is never touched.
    prisma.$executeRawUnsafe(
      `update "Claim" as c set
        "needsAnotherLook" = c."needsAnotherLook" or (c."currentVerdict" is not null and c."suggestedVerdict" is distinct from v.verdict::"Verdict"),
        "suggestedVerdict" = v.verdict::"Verdict", "suggestedSubtype" = v.subtype, "suggestedReason" = v.reason,
        "confidence" = v.confidence, "evidenceCount" = v."evidenceCount", "groupLower" = v."groupLower",
        "groupUpper" = v."groupUpper", "conservative" = v.conservative, "suggestedAt" = now()
      from json_to_recordset($1::json) as v(${recordType})
      where c.id = v.id`,
      json,
    ),
  ]);
}

// Computing a chunk overlaps with the database writing earlier ones; two writes in flight let
// PostgreSQL use the second core. Chunks touch disjoint claims, so they never wait on each other.
async function writeSuggestions(index: ComparisonIndex, ids: string[]): Promise<void> {
  const touched = new Set(ids);
  // Old relations of every rewritten claim go first, so no chunk deletes what another wrote.
  for (let at = 0; at < ids.length; at += WRITE_CHUNK) {
    const chunk = ids.slice(at, at + WRITE_CHUNK);
    await prisma.claimRelation.deleteMany({ where: { OR: [{ claimId: { in: chunk } }, { otherClaimId: { in: chunk }, relation: { not: "near" } }] } });
  }
  const inFlight: Promise<unknown>[] = [];
  for (let at = 0; at < ids.length; at += WRITE_CHUNK) {
    const computed = await computeChunk(index, ids.slice(at, at + WRITE_CHUNK), touched);
    if (inFlight.length >= 2) await inFlight.shift();
    inFlight.push(writeChunk(computed));
  }
  await Promise.all(inFlight);
}

type Window = { from: Date; to: Date } | null;

const isUndated = (claim: ClaimRow) => !claim.periodTo && !claim.publishedAt;

// The widest span a changed claim can reach: its own neighbours lie up to one near-period window
// beyond the new claims' dates. An undated claim compares with its whole block, so then: no window.
function reachOf(fresh: ClaimRow[]): Window {
  if (fresh.some(isUndated)) return null;
  const { nearPeriodDays } = resolveOptions();
  // A loop, not Math.min(...spread): a large batch has more dates than the call stack takes.
  let earliest = Infinity;
  let latest = -Infinity;
  for (const claim of fresh) {
    for (const date of [claim.periodFrom ?? claim.publishedAt, claim.periodTo ?? claim.publishedAt]) {
      if (date) {
        earliest = Math.min(earliest, date.getTime());
        latest = Math.max(latest, date.getTime());
      }
    }
  }
  return { from: new Date(earliest - 2 * nearPeriodDays * DAY_MS), to: new Date(latest + 2 * nearPeriodDays * DAY_MS) };
}

function loadCandidates(fresh: ClaimRow[], reportIds: string[], window: Window) {
  const categories = [...new Set(fresh.map((c) => c.category))];
  // Periods that overlap the window (a cumulative toll starts in 2022 but ends near it), or none.
  const inWindow = window
    ? Prisma.sql`and (c."periodFrom" is null or (c."periodTo" >= ${window.from}::date and c."periodFrom" <= ${window.to}::date))`
    : Prisma.empty;
  return loadClaims(Prisma.sql`c.category::text = any(${categories}::text[]) and not (c."reportId" = any(${reportIds}::text[])) ${inWindow}`);
}

/**
 * After an import: suggestions for the new reports' claims and for every stored claim they can
 * change. Candidates come from the (category, location, periodFrom) index: the categories of the
 * new claims within the reach of their dates. Never an all-pairs scan. One update at a time across
 * processes, so two imports never interleave their reads and writes.
 */
export async function updateSuggestions({ reportIds }: { reportIds: string[] }): Promise<{ touched: number }> {
  if (reportIds.length === 0) return { touched: 0 };
  return withAdvisoryLock(LOCKS.suggestions, async () => {
    const fresh = await loadClaims(Prisma.sql`c."reportId" = any(${reportIds}::text[])`);
    if (fresh.length === 0) return { touched: 0 };
    let window = reachOf(fresh);
    let candidates = await loadCandidates(fresh, reportIds, window);
    for (;;) {
      const index = new ComparisonIndex();
      index.load(candidates.map(toComparable));
      // A batch at least as large as what it meets (a bulk load) recomputes all it loaded: cheaper
      // than working out which of the stored claims each new one can change.
      if (fresh.length >= candidates.length) {
        index.load(fresh.map(toComparable));
        const all = [...candidates, ...fresh].map((claim) => claim.id);
        await writeSuggestions(index, all);
        return { touched: all.length };
      }
      const touched = index.add(fresh.map(toComparable));
      const byId = new Map(candidates.map((c) => [c.id, c]));
      // A touched undated claim compares with its whole block: widen once and start again.
      if (window && [...touched].some((id) => byId.has(id) && isUndated(byId.get(id)!))) {
        window = null;
        candidates = await loadCandidates(fresh, reportIds, window);
        continue;
      }
      await writeSuggestions(index, [...touched]);
      return { touched: touched.size };
    }
  });
}

/** Every current claim's suggestion from scratch (after an extractor upgrade): `npm run claims -- recompute`. */
export async function recomputeSuggestions(): Promise<{ claims: number }> {
  return withAdvisoryLock(LOCKS.suggestions, async () => {
    const rows = await loadClaims(Prisma.sql`true`);
    const index = new ComparisonIndex();
    index.load(rows.map(toComparable));
    await writeSuggestions(index, rows.map((row) => row.id));
    return { claims: rows.length };
  });
}
