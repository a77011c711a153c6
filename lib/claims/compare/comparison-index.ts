// Blocking index: claims live in blocks keyed by what they measure and where, ordered by period,
// so a claim meets only its neighbours and adding a report touches only the claims it can change.
import { buildSuggestion, type Found } from "./build-suggestion";
import { PeriodList } from "./period-list";
import { Interner, prepareEntry, type Entry } from "./prepare-entry";
import { AGREES, CONFLICTS, NEAR_MEASURE, NEAR_PERIOD, NEAR_PLACE, NONE, classifyPair, describePair, independence } from "./relate-pair";
import { summarizeGroup } from "./summarize-group";
import {
  resolveOptions,
  type ComparableClaim,
  type CompareOptions,
  type Group,
  type PairRelation,
  type ResolvedOptions,
  type Suggestion,
} from "./types";

type Visit = (other: Entry) => void;

export class ComparisonIndex {
  readonly options: ResolvedOptions;
  private readonly entries = new Map<string, Entry>();
  private readonly blocks = new Map<string, PeriodList>();
  private readonly keys = new Interner();

  constructor(options: CompareOptions = {}) {
    this.options = resolveOptions(options);
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Bulk load without working out what changed: for a full recompute. */
  load(claims: ComparableClaim[]): void {
    for (const claim of claims) this.insert(claim, false);
  }

  /** Adds claims; returns their ids and the ids of every claim whose suggestion may change. */
  add(claims: ComparableClaim[]): Set<string> {
    const fresh = claims.map((claim) => this.insert(claim, true));
    const touched = new Set(fresh.map((e) => e.id));
    const decided = new Map<Entry, boolean>();
    for (const entry of fresh) this.forEachRelated(entry, (other) => touched.add(other.id), decided);
    return touched;
  }

  /** Removes claims (a report deleted or re-extracted); returns the ids whose suggestion may change. */
  remove(ids: Iterable<string>): Set<string> {
    const touched = new Set<string>();
    const gone = [...ids].flatMap((id) => this.entries.get(id) ?? []);
    const decided = new Map<Entry, boolean>();
    for (const entry of gone) this.forEachRelated(entry, (other) => touched.add(other.id), decided);
    for (const entry of gone) {
      for (const key of blockKeys(entry)) this.blocks.get(key)?.remove(entry);
      this.entries.delete(entry.id);
      touched.delete(entry.id);
    }
    return touched;
  }

  suggest(id: string): Suggestion {
    return this.assess(id, () => false).suggestion;
  }

  /**
   * A claim's suggestion and its pair relations, from one scan of its block: every comparable
   * claim of another report, uncapped, with reasons, for the others `withRelationTo` accepts
   * (each pair is stored once, from one end).
   */
  assess(id: string, withRelationTo: (otherId: string) => boolean): { suggestion: Suggestion; relations: PairRelation[] } {
    const entry = this.entry(id);
    const { agrees, conflicts } = this.comparable(entry);
    const relations: PairRelation[] = [];
    for (const other of conflicts) if (withRelationTo(other.id)) relations.push(describePair(entry, other, "conflicts"));
    for (const other of agrees) if (withRelationTo(other.id)) relations.push(describePair(entry, other, "agrees"));
    const found: Found = { agrees, conflicts, near: [] };
    if (!isDecisive(entry, found)) this.nearMisses(entry, found);
    return { suggestion: buildSuggestion(entry, found, this.options), relations };
  }

  /** Every claim's suggestion: each comparable pair is classified once, from one side. */
  suggestAll(): Map<string, Suggestion> {
    const found = new Map<Entry, Found>();
    for (const entry of this.entries.values()) found.set(entry, { conflicts: [], agrees: [], near: [] });
    for (const [key, list] of this.blocks) {
      if (!key.startsWith("P")) continue;
      list.forEachPair(this.options.windowDays, (a, b) => {
        const kind = classifyPair(a, b, this.options);
        if (kind !== AGREES && kind !== CONFLICTS) return;
        const [fa, fb] = [found.get(a) as Found, found.get(b) as Found];
        (kind === AGREES ? fa.agrees : fa.conflicts).push(b);
        (kind === AGREES ? fb.agrees : fb.conflicts).push(a);
      });
    }
    const suggestions = new Map<string, Suggestion>();
    for (const [entry, f] of found) {
      if (!isDecisive(entry, f)) this.nearMisses(entry, f);
      suggestions.set(entry.id, buildSuggestion(entry, f, this.options));
    }
    return suggestions;
  }

  /** Connected components of comparable pairs, two claims or more. */
  groups(): Group[] {
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.has(root)) root = parent.get(root) as string;
      if (root !== id) parent.set(id, root);
      return root;
    };
    for (const entry of this.entries.values()) {
      const { agrees, conflicts } = this.comparable(entry);
      for (const other of [...agrees, ...conflicts]) {
        const [a, b] = [find(entry.id), find(other.id)];
        if (a !== b) parent.set(a, b);
      }
    }
    const members = new Map<string, Entry[]>();
    for (const entry of this.entries.values()) {
      const root = find(entry.id);
      const list = members.get(root);
      if (list) list.push(entry);
      else members.set(root, [entry]);
    }
    return [...members.values()]
      .filter((m) => m.length > 1)
      .map((m) => ({ claimIds: m.map((e) => e.id), ...summarizeGroup(m) }));
  }

  private insert(claim: ComparableClaim, isSorted: boolean): Entry {
    if (this.entries.has(claim.id)) throw new Error(`claim ${claim.id} is already indexed`);
    const entry = prepareEntry(claim, this.options, this.keys);
    this.entries.set(entry.id, entry);
    if (claim.isClaim === false) return entry;
    for (const key of blockKeys(entry)) {
      let list = this.blocks.get(key);
      if (!list) this.blocks.set(key, (list = new PeriodList()));
      if (isSorted) list.insert(entry);
      else list.push(entry);
    }
    return entry;
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new Error(`claim ${id} is not indexed`);
    return entry;
  }

  private comparable(entry: Entry): { agrees: Entry[]; conflicts: Entry[] } {
    const agrees: Entry[] = [];
    const conflicts: Entry[] = [];
    if (entry.claim.isClaim === false) return { agrees, conflicts };
    this.scan(this.blocks.get(sameBlock(entry)), entry, this.options.windowDays, true, (other) => {
      const kind = classifyPair(entry, other, this.options);
      if (kind === AGREES) agrees.push(other);
      else if (kind === CONFLICTS) conflicts.push(other);
    });
    return { agrees, conflicts };
  }

  private isDecided(entry: Entry): boolean {
    return isDecisive(entry, { ...this.comparable(entry), near: [] });
  }

  private nearMisses(entry: Entry, found: Found): void {
    const keep = (wanted: number) => (other: Entry) => {
      const kind = classifyPair(entry, other, this.options);
      if (kind === wanted) found.near.push({ other, kind });
    };
    const { nearPeriodDays, windowDays } = this.options;
    if (entry.from !== null) {
      this.scan(this.blocks.get(sameBlock(entry)), entry, nearPeriodDays, false, keep(NEAR_PERIOD));
      this.scan(this.blocks.get(`W${entry.measureBlock}`), entry, windowDays, false, keep(NEAR_PLACE));
    }
    this.scan(this.blocks.get(placeBlock(entry)), entry, windowDays, true, keep(NEAR_MEASURE));
  }

  /**
   * Visits every claim whose suggestion this one can change: each comparable claim, and each near
   * miss that has nothing better (near misses are shown only on claims without decisive evidence).
   */
  private forEachRelated(entry: Entry, visit: Visit, decided: Map<Entry, boolean>): void {
    if (entry.claim.isClaim === false) return;
    const isDecided = (other: Entry) => {
      let known = decided.get(other);
      if (known === undefined) decided.set(other, (known = this.isDecided(other)));
      return known;
    };
    const related = (other: Entry) => {
      const kind = classifyPair(entry, other, this.options);
      if (kind === AGREES || kind === CONFLICTS || (kind !== NONE && !isDecided(other))) visit(other);
    };
    this.scan(this.blocks.get(sameBlock(entry)), entry, this.options.nearPeriodDays, true, related);
    if (entry.from !== null) this.scan(this.blocks.get(`W${entry.measureBlock}`), entry, this.options.windowDays, false, related);
    this.scan(this.blocks.get(placeBlock(entry)), entry, this.options.windowDays, true, related);
  }

  private scan(list: PeriodList | undefined, entry: Entry, days: number, withUndated: boolean, visit: Visit): void {
    if (!list) return;
    if (entry.from === null || entry.to === null) return list.forEach(visit);
    list.forEachMeeting(entry.from - days, entry.to + days, visit);
    if (withUndated) list.undated.forEach(visit);
  }
}

/** A conflict or an independent agreement: the verdict is settled and near misses are not needed. */
function isDecisive(entry: Entry, found: Found): boolean {
  return found.conflicts.length > 0 || found.agrees.some((o) => independence(entry, o) === "independent");
}

/** The keys of block-keys.ts: same measure and place; same category and place. */
const sameBlock = (entry: Entry) => `P${entry.measureBlock}#${entry.place}`;
const placeBlock = (entry: Entry) => `M${entry.claim.category}|${entry.claim.normalized.unit}#${entry.place}`;

function blockKeys(entry: Entry): string[] {
  return [sameBlock(entry), `W${entry.measureBlock}`, placeBlock(entry)];
}
