import "server-only";
import { prisma } from "@/lib/db";
import { LOCKS, withAdvisoryLock } from "@/lib/db/advisory-lock";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { ComparisonIndex } from "@/lib/claims/compare";
import type { ComparableClaim, Suggestion } from "@/lib/claims/compare";
import { resolveOptions } from "@/lib/claims/compare/types";
import type { Category } from "@/lib/claims/types";
import type { Prisma } from "@/generated/prisma/client";

const DAY_MS = 86_400_000;
const WRITE_CHUNK = 2000;

const CLAIM_FIELDS = {
  id: true, reportId: true, quote: true, start: true, end: true, value: true, unit: true,
  normalizedValue: true, normalizedUnit: true, lower: true, upper: true, lowerExclusive: true, upperExclusive: true,
  qualifier: true, rule: true, category: true, measure: true, subject: true, actor: true, location: true,
  attribution: true, periodFrom: true, periodTo: true,
  sentence: { select: { start: true, end: true } },
  report: { select: { publishedAt: true, copyOfId: true } },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_FIELDS }>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function toComparable(row: ClaimRow): ComparableClaim {
  return {
    id: row.id, reportId: row.reportId, publishedAt: day(row.report.publishedAt),
    // Near-copies share their original's id as copy group: they are never independent evidence.
    copyGroup: row.report.copyOfId ?? row.reportId,
    quote: row.quote, start: row.start, end: row.end, sentence: row.sentence,
    value: row.value, unit: row.unit, normalized: { value: row.normalizedValue, unit: row.normalizedUnit },
    lower: row.lower, upper: row.upper, lowerExclusive: row.lowerExclusive, upperExclusive: row.upperExclusive,
    qualifier: row.qualifier, rule: row.rule, category: row.category as Category, measure: row.measure,
    subject: row.subject, actor: row.actor as ComparableClaim["actor"], location: row.location, attribution: row.attribution,
    period: row.periodFrom && row.periodTo ? { from: day(row.periodFrom)!, to: day(row.periodTo)! } : null,
    isClaim: true,
  };
}

function computeChunk(index: ComparisonIndex, chunk: string[], touched: Set<string>) {
  const suggestions: Suggestion[] = chunk.map((id) => index.suggest(id));
  // Agreement and conflict are symmetric: each pair is stored once, from its smaller id when both
  // ends are being rewritten, else from the end that is.
  const relations = chunk.flatMap((id, i) => [
    ...index.relations(id).flatMap((r) => (id < r.claimId || !touched.has(r.claimId) ? [{ claimId: id, otherClaimId: r.claimId, relation: r.relation, reason: r.reason }] : [])),
    ...suggestions[i].evidence.flatMap((e) => (e.relation === "near" ? [{ claimId: id, otherClaimId: e.claimId, relation: "near" as const, reason: e.reason }] : [])),
  ]);
  return { chunk, suggestions, relations };
}

function writeChunk({ chunk, suggestions, relations }: ReturnType<typeof computeChunk>) {
  const column = <T>(pick: (s: Suggestion) => T) => suggestions.map(pick);
  return prisma.$transaction([
    bulkInsert("ClaimRelation", { claimId: "text", otherClaimId: "text", relation: '"Relation"', reason: "text" }, relations, { onConflictDoNothing: true }),
    // One statement per chunk. A reviewed claim whose suggestion changes is flagged for another look;
    // the reviewer's verdict itself is never touched.
    prisma.$executeRaw`
      update "Claim" as c set
        "needsAnotherLook" = c."needsAnotherLook" or (c."currentVerdict" is not null and c."suggestedVerdict" is distinct from v.verdict::"Verdict"),
        "suggestedVerdict" = v.verdict::"Verdict", "suggestedSubtype" = v.subtype, "suggestedReason" = v.reason,
        "confidence" = v.confidence, "evidenceCount" = v.evidence_count, "groupLower" = v.group_lower,
        "groupUpper" = v.group_upper, "conservative" = v.conservative, "suggestedAt" = now()
      from unnest(${chunk}::text[], ${column((s) => s.verdict)}::text[], ${column((s) => s.subtype)}::text[],
                  ${column((s) => s.reason)}::text[], ${column((s) => s.confidence)}::text[], ${column((s) => s.evidenceCount)}::int[],
                  ${column((s) => s.group.range.lower)}::float8[], ${column((s) => s.group.range.upper)}::float8[],
                  ${column((s) => s.group.conservative?.value ?? null)}::float8[])
        as v(id, verdict, subtype, reason, confidence, evidence_count, group_lower, group_upper, conservative)
      where c.id = v.id`,
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
    const computed = computeChunk(index, ids.slice(at, at + WRITE_CHUNK), touched);
    if (inFlight.length >= 2) await inFlight.shift();
    inFlight.push(writeChunk(computed));
  }
  await Promise.all(inFlight);
}

type Window = { from: Date; to: Date } | null;

const isUndated = (claim: ClaimRow) => !claim.periodTo && !claim.report.publishedAt;

// The widest span a changed claim can reach: its own neighbours lie up to one near-period window
// beyond the new claims' dates. An undated claim compares with its whole block, so then: no window.
function reachOf(fresh: ClaimRow[]): Window {
  if (fresh.some(isUndated)) return null;
  const { nearPeriodDays } = resolveOptions();
  // A loop, not Math.min(...spread): a large batch has more dates than the call stack takes.
  let earliest = Infinity;
  let latest = -Infinity;
  for (const claim of fresh) {
    for (const date of [claim.periodFrom ?? claim.report.publishedAt, claim.periodTo ?? claim.report.publishedAt]) {
      if (date) {
        earliest = Math.min(earliest, date.getTime());
        latest = Math.max(latest, date.getTime());
      }
    }
  }
  return { from: new Date(earliest - 2 * nearPeriodDays * DAY_MS), to: new Date(latest + 2 * nearPeriodDays * DAY_MS) };
}

function loadCandidates(fresh: ClaimRow[], reportIds: string[], window: Window) {
  return prisma.claim.findMany({
    where: {
      isCurrent: true,
      reportId: { notIn: reportIds },
      category: { in: [...new Set(fresh.map((c) => c.category))] },
      // Periods that overlap the window (a cumulative toll starts in 2022 but ends near it), or none.
      ...(window && { OR: [{ periodFrom: null }, { periodTo: { gte: window.from }, periodFrom: { lte: window.to } }] }),
    },
    select: CLAIM_FIELDS,
  });
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
    const fresh = await prisma.claim.findMany({ where: { reportId: { in: reportIds }, isCurrent: true }, select: CLAIM_FIELDS });
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
    const rows = await prisma.claim.findMany({ where: { isCurrent: true }, select: CLAIM_FIELDS });
    const index = new ComparisonIndex();
    index.load(rows.map(toComparable));
    await writeSuggestions(index, rows.map((row) => row.id));
    return { claims: rows.length };
  });
}
