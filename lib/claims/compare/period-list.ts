// The claims of one block ordered by the start of their period, so a query reads only the
// neighbourhood of a date instead of the whole block.
import type { Entry } from "./prepare-entry";

/** Periods longer than this are few (a month, a year); they are scanned apart from the rest. */
const SHORT_SPAN_DAYS = 31;

export class PeriodList {
  private dated: Entry[] = [];
  private isSorted = true;
  private long: Entry[] = [];
  readonly undated: Entry[] = [];

  get size(): number {
    return this.dated.length + this.long.length + this.undated.length;
  }

  /** Appends; the first query sorts. For single inserts into a sorted list use insert. */
  push(entry: Entry): void {
    if (entry.from === null || entry.to === null) this.undated.push(entry);
    else if (entry.to - entry.from > SHORT_SPAN_DAYS) this.long.push(entry);
    else {
      this.dated.push(entry);
      this.isSorted = false;
    }
  }

  insert(entry: Entry): void {
    if (entry.from === null || entry.to === null || entry.to - entry.from > SHORT_SPAN_DAYS || !this.isSorted) {
      this.push(entry);
      return;
    }
    this.dated.splice(this.lowerIndex(entry.from), 0, entry);
  }

  remove(entry: Entry): void {
    for (const list of [this.dated, this.long, this.undated]) {
      const at = list.indexOf(entry);
      if (at >= 0) list.splice(at, 1);
    }
  }

  /** Visits every dated entry whose period meets [from, to]. */
  forEachMeeting(from: number, to: number, visit: (entry: Entry) => void): void {
    this.sort();
    const dated = this.dated;
    for (let i = this.lowerIndex(from - SHORT_SPAN_DAYS); i < dated.length; i++) {
      const entry = dated[i];
      if ((entry.from as number) > to) break;
      if ((entry.to as number) >= from) visit(entry);
    }
    for (const entry of this.long) {
      if ((entry.from as number) <= to && (entry.to as number) >= from) visit(entry);
    }
  }

  /** Visits each unordered pair that forEachMeeting with `days` would find from either side, once. */
  forEachPair(days: number, visit: (a: Entry, b: Entry) => void): void {
    this.sort();
    const { dated, long, undated } = this;
    for (let i = 0; i < dated.length; i++) {
      const reach = (dated[i].to as number) + days;
      for (let j = i + 1; j < dated.length && (dated[j].from as number) <= reach; j++) visit(dated[i], dated[j]);
    }
    const meets = (a: Entry, b: Entry) =>
      (b.from as number) <= (a.to as number) + days && (b.to as number) >= (a.from as number) - days;
    long.forEach((a, i) => {
      for (const b of dated) if (meets(a, b)) visit(a, b);
      for (const b of long.slice(i + 1)) if (meets(a, b)) visit(a, b);
    });
    undated.forEach((a, i) => {
      for (const b of dated) visit(a, b);
      for (const b of long) visit(a, b);
      for (const b of undated.slice(i + 1)) visit(a, b);
    });
  }

  forEach(visit: (entry: Entry) => void): void {
    this.dated.forEach(visit);
    this.long.forEach(visit);
    this.undated.forEach(visit);
  }

  private sort(): void {
    if (this.isSorted) return;
    this.dated.sort((a, b) => (a.from as number) - (b.from as number));
    this.isSorted = true;
  }

  private lowerIndex(day: number): number {
    this.sort();
    let low = 0;
    let high = this.dated.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.dated[mid].from as number) < day) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
