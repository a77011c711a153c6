// Blocking index: claims live in blocks keyed by what they measure and where, ordered by period,
// so a claim meets only its neighbours and adding a report touches only the claims it can change.
import { buildSuggestion } from "./build-suggestion";
import { PeriodList } from "./period-list";
import { prepareEntry, type Entry } from "./prepare-entry";
import { periodGap, relatePair, type PairOutcome } from "./relate-pair";
import { summarizeGroup } from "./summarize-group";
import {
  resolveOptions,
  type ComparableClaim,
  type CompareOptions,
  type GroupSummary,
  type NearMiss,
  type PairRelation,
  type ResolvedOptions,
  type Suggestion,
} from "./types";

type Visit = (other: Entry) => void;

export class ComparisonIndex {
  readonly options: ResolvedOptions;
  private readonly entries = new Map<string, Entry>();
  private readonly blocks = new Map<string, PeriodList>();

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
    for (const entry of fresh) this.forEachRelated(entry, (other) => touched.add(other.id));
    return touched;
  }

  /** Removes claims (a report deleted or re-extracted); returns the ids whose suggestion may change. */
  remove(ids: Iterable<string>): Set<string> {
    const touched = new Set<string>();
    const gone = [...ids].flatMap((id) => this.entries.get(id) ?? []);
    for (const entry of gone) this.forEachRelated(entry, (other) => touched.add(other.id));
    for (const entry of gone) {
      for (const key of blockKeys(entry)) this.blocks.get(key)?.remove(entry);
      this.entries.delete(entry.id);
      touched.delete(entry.id);
    }
    return touched;
  }

  /** Every comparable claim of another report, uncapped: the pair relations to store. */
  relations(id: string): PairRelation[] {
    const entry = this.entry(id);
    const pairs: PairRelation[] = [];
    this.scanComparable(entry, this.options.windowDays, true, (other) => {
      const outcome = relatePair(entry, other, this.options);
      if (outcome?.kind === "pair") pairs.push(strip(outcome));
    });
    return pairs;
  }

  suggest(id: string): Suggestion {
    const entry = this.entry(id);
    const pairs = this.relations(id);
    const isDecided = pairs.some((p) => p.relation === "conflicts" || p.independence === "independent");
    const near = isDecided ? [] : this.nearMisses(entry);
    return buildSuggestion(entry, pairs, near, (other) => this.entry(other), this.options);
  }

  /** Connected components of comparable pairs, two claims or more. */
  groups(): GroupSummary[] {
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.has(root)) root = parent.get(root) as string;
      if (root !== id) parent.set(id, root);
      return root;
    };
    for (const entry of this.entries.values()) {
      for (const pair of this.relations(entry.id)) {
        const [a, b] = [find(entry.id), find(pair.claimId)];
        if (a !== b) parent.set(a, b);
      }
    }
    const members = new Map<string, Entry[]>();
    for (const entry of this.entries.values()) {
      const root = find(entry.id);
      members.set(root, [...(members.get(root) ?? []), entry]);
    }
    return [...members.values()].filter((m) => m.length > 1).map(summarizeGroup);
  }

  private insert(claim: ComparableClaim, isSorted: boolean): Entry {
    if (this.entries.has(claim.id)) throw new Error(`claim ${claim.id} is already indexed`);
    const entry = prepareEntry(claim, this.options);
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

  private nearMisses(entry: Entry): NearMiss[] {
    const near: NearMiss[] = [];
    const keep = (subtype: NearMiss["subtype"]) => (other: Entry) => {
      const outcome = relatePair(entry, other, this.options);
      if (outcome?.kind === "near" && outcome.subtype === subtype) near.push(strip(outcome));
    };
    if (entry.from !== null) {
      const byDistance: [number, Entry][] = [];
      this.scanComparable(entry, this.options.nearPeriodDays, false, (other) => {
        byDistance.push([periodGap(entry, other) as number, other]);
      });
      byDistance.sort((a, b) => a[0] - b[0] || (a[1].id < b[1].id ? -1 : 1)).forEach(([, other]) => keep("different_period")(other));
      if (entry.place) this.scan([this.blocks.get(`W${entry.measureBlock}`)], entry, this.options.windowDays, false, keep("different_place"));
    }
    this.scan([this.blocks.get(placeBlock(entry))], entry, this.options.windowDays, true, keep("different_measure"));
    return near;
  }

  /** Visits every claim that relatePair relates to this one in any way (relations are symmetric). */
  private forEachRelated(entry: Entry, visit: Visit): void {
    const related = (other: Entry) => {
      if (relatePair(entry, other, this.options)) visit(other);
    };
    this.scanComparable(entry, this.options.nearPeriodDays, true, related);
    if (entry.place && entry.from !== null) this.scan([this.blocks.get(`W${entry.measureBlock}`)], entry, this.options.windowDays, false, related);
    this.scan([this.blocks.get(placeBlock(entry))], entry, this.options.windowDays, true, related);
  }

  /** A placed claim meets its place and the unplaced; an unplaced one meets every place. */
  private scanComparable(entry: Entry, days: number, withUndated: boolean, visit: Visit): void {
    const lists = entry.place
      ? [this.blocks.get(`P${entry.measureBlock}#${entry.place}`), this.blocks.get(`P${entry.measureBlock}#`)]
      : [this.blocks.get(`W${entry.measureBlock}`)];
    this.scan(lists, entry, days, withUndated, visit);
  }

  private scan(lists: (PeriodList | undefined)[], entry: Entry, days: number, withUndated: boolean, visit: Visit): void {
    for (const list of lists) {
      if (!list) continue;
      if (entry.from === null || entry.to === null) {
        list.forEach(visit);
        continue;
      }
      list.forEachMeeting(entry.from - days, entry.to + days, visit);
      if (withUndated) list.undated.forEach(visit);
    }
  }
}

function placeBlock(entry: Entry): string {
  return `M${entry.claim.category}|${entry.claim.normalized.unit}#${entry.place}`;
}

function blockKeys(entry: Entry): string[] {
  return [`P${entry.measureBlock}#${entry.place}`, `W${entry.measureBlock}`, placeBlock(entry)];
}

function strip<T extends NonNullable<PairOutcome>>(outcome: T): Omit<T, "kind"> {
  const { kind: _kind, ...rest } = outcome;
  return rest;
}
