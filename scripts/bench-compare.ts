// `npm run bench:compare -- --claims 100000`: full recompute and one-report incremental update on a
// deterministic synthetic corpus, at half, the given and double size, to show how both grow.
import { ComparisonIndex, suggestAll, type ComparableClaim } from "../lib/claims/compare";
import type { Category } from "../lib/claims/types";
import { exitWhenFlushed } from "./exit-when-flushed";

type Event = { category: Category; measure: string | null; place: string | null; day: number; value: number; unit: string };

const CATEGORY_WEIGHTS: [Category, number, (string | null)[]][] = [
  ["killed", 15, ["daily", null, null, "cumulative"]],
  ["injured", 12, ["daily", null, null, "cumulative"]],
  ["attacks", 15, [null]],
  ["drones", 10, ["launched", "shot_down", null]],
  ["missiles", 5, ["launched", "shot_down"]],
  ["airstrikes", 6, [null]],
  ["people", 6, ["planned", "actual", null]],
  ["equipment", 5, [null]],
  ["infrastructure", 5, [null]],
  ["distance", 5, ["frontage", "depth", "distance_to"]],
  ["personnel", 4, [null]],
  ["settlements", 3, [null]],
  ["area", 3, [null]],
  ["captured", 2, [null]],
  ["casualties", 2, [null]],
  ["money", 1, [null]],
  ["other", 1, [null]],
];
const PLACES = Array.from({ length: 40 }, (_, i) => `Place${i}`);
const OUTLETS = 12;
const CLAIMANTS = [null, null, null, null, "Russian Defence Ministry", "Ukraine's General Staff", "Oleh Syniehubov", "Ukraine's air force", "UN OCHA"];
const DAYS = 730;
const START = Date.UTC(2023, 0, 1);

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const iso = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

function corpus(size: number, seed = 42): { claims: ComparableClaim[]; next: (id: number, undated: boolean) => ComparableClaim[] } {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const total = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const category = () => {
    let r = rand() * total;
    for (const row of CATEGORY_WEIGHTS) if ((r -= row[1]) < 0) return row;
    return CATEGORY_WEIGHTS[0];
  };
  // Zipf-like: a few places carry most of the news.
  const place = () => (rand() < 0.2 ? null : PLACES[Math.floor(PLACES.length * rand() ** 2)]);
  const byDay: Event[][] = Array.from({ length: DAYS }, () => []);
  for (let i = 0; i < size / 4; i++) {
    const [cat, , measures] = category();
    const day = Math.floor(rand() * DAYS);
    const unit = cat === "distance" ? "km" : cat === "area" ? "km2" : cat === "money" ? "USD" : "count";
    const measure = pick(measures);
    const where = place();
    // One figure per place, measure and week: reports of the same week mostly tell the same story.
    const cell = random(hash(`${cat}|${measure}|${where}|${Math.floor(day / 7)}`));
    const value = cell() < 0.3 ? Math.ceil(cell() * 6) : Math.round(10 ** (1 + cell() * 3));
    byDay[day].push({ category: cat, measure, place: where, day, value, unit });
  }
  const report = (r: number, forceUndated?: boolean): ComparableClaim[] => {
    const day = Math.floor(rand() * DAYS);
    const undated = forceUndated ?? rand() < 0.03;
    const outlet = r % OUTLETS;
    const claimant = pick(CLAIMANTS);
    return Array.from({ length: 20 }, (_, k) => {
      const pool = byDay[Math.max(0, day - Math.floor(rand() * 3))];
      const e = pool.length ? pick(pool) : { ...byDay[0][0], day };
      // One figure in twenty is misreported; hedged figures bracket the true one.
      const value = rand() < 0.05 ? e.value + 1 + Math.floor(rand() * 3) : e.value;
      const q = rand();
      const [lower, upper, lowerExclusive, qualifier] =
        q < 0.7 ? [value, value, false, "exact"]
        : q < 0.85 ? [Math.floor(value * 0.8), null, true, "more_than"]
        : q < 0.93 ? [value * 0.9, value * 1.1, false, "about"]
        : [0, Math.ceil(value * 1.2), false, "up_to"];
      return {
        id: `r${r}c${k}`, reportId: `r${r}`, copyGroup: `r${r}`, publishedAt: undated ? null : iso(day),
        quote: String(value), start: k * 40, end: k * 40 + String(value).length, sentence: { start: k * 40, end: k * 40 + 39 },
        value, unit: e.unit, normalized: { value, unit: e.unit }, lower, upper, lowerExclusive, upperExclusive: false,
        qualifier, rule: qualifier, category: e.category, measure: e.measure, subject: null,
        actor: rand() < 0.5 ? null : pick(["russia", "ukraine"] as const), location: e.place,
        attribution: rand() < 0.5 ? claimant : null, period: undated ? null : { from: iso(e.day), to: iso(e.day) },
        isClaim: true, outlet,
      } as ComparableClaim;
    });
  };
  const claims: ComparableClaim[] = [];
  for (let r = 0; claims.length < size; r++) {
    // One report in twenty is a syndicated copy of an earlier one.
    if (r > 0 && rand() < 0.05) {
      const source = claims[Math.floor(rand() * (claims.length / 20)) * 20];
      claims.push(...claims.filter((c) => c.reportId === source.reportId).map((c) => ({ ...c, id: `r${r}${c.id}`, reportId: `r${r}` })));
    } else claims.push(...report(r));
  }
  return { claims: claims.slice(0, size), next: report };
}

function time<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

function measure(size: number) {
  const { claims, next } = corpus(size);
  const [full, fullMs] = time(() => suggestAll(claims));
  const verdicts = { corroborated: 0, conflicting: 0, unverified: 0 };
  for (const s of full.values()) verdicts[s.verdict]++;
  const index = new ComparisonIndex();
  index.load(claims);
  index.suggest(claims[0].id);
  const update = (fresh: ComparableClaim[]) =>
    time(() => {
      const ids = index.add(fresh);
      for (const id of ids) index.suggest(id);
      return ids.size;
    });
  const [touched, incrementalMs] = update(next(1_000_000, false));
  const [undatedTouched, undatedMs] = update(next(1_000_001, true));
  return { size, fullMs, incrementalMs, touched, undatedMs, undatedTouched, ...verdicts };
}

function main(): number {
  const at = process.argv.indexOf("--claims");
  const size = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
  if (!Number.isInteger(size) || size < 100) {
    process.stderr.write("usage: npm run bench:compare -- --claims N (N ≥ 100)\n");
    return 2;
  }
  const rows = [Math.round(size / 2), size, size * 2].map(measure);
  const pad = (v: string | number, n: number) => String(v).padStart(n);
  console.log(`${pad("claims", 9)} ${pad("full ms", 9)} ${pad("×", 5)} ${pad("incr ms", 8)} ${pad("×", 5)} ${pad("touched", 8)} ${pad("undated ms", 11)} ${pad("touched", 8)}  corroborated/conflicting/unverified`);
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const growth = (a: number, b?: number) => (b ? (a / b).toFixed(2) : "");
    console.log(
      `${pad(row.size, 9)} ${pad(row.fullMs.toFixed(0), 9)} ${pad(growth(row.fullMs, prev?.fullMs), 5)} ${pad(row.incrementalMs.toFixed(1), 8)} ${pad(growth(row.incrementalMs, prev?.incrementalMs), 5)} ${pad(row.touched, 8)} ${pad(row.undatedMs.toFixed(1), 11)} ${pad(row.undatedTouched, 8)}  ${row.corroborated}/${row.conflicting}/${row.unverified}`,
    );
  });
  console.log("incr: add one dated 20-claim report and re-suggest every claim it touches; undated: the same for an undated report");
  console.log("goal at 100000 claims: full ≤ 10000 ms, incremental ≤ 200 ms");
  return 0;
}

exitWhenFlushed(main());
