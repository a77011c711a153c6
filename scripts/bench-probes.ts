// `npm run bench:probes [-- --verbose] [--batch NAME ...]`: the extractor against the writers' answer keys of the keyed probe pages
// (tests/fixtures/probes/keyed/<batch>/<page>.txt + <page>.key.json). The keys are not the gold set: their writers
// followed the gold README's conventions but nobody checked them a second time, so the figures are a hint of where
// the extractor and the conventions disagree on unseen styles, not a score. Prints numbers only; asserts nothing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../lib/claims/extract";
import { parseReportFile } from "../lib/claims/parse-report";
import type { ExtractedClaim } from "../lib/claims/types";
import { ZKey } from "./bench/gold-schema";
import { overlap } from "./bench/score-extraction";
import { exitWhenFlushed } from "./exit-when-flushed";

const KEYED_DIR = path.join(__dirname, "..", "tests", "fixtures", "probes", "keyed");
const FIELDS = ["category", "location", "attribution"] as const;
type Field = (typeof FIELDS)[number];

/** `traps`: the keyed traps; `trapHits`: claims the extractor gives over one, as bench:extract counts them, by the trap's kind. */
/** `actors`: found claims whose key gives an actor (only the later batches' keys do); `actorAgree`: of those, the same actor. */
type Tally = { keyed: number; found: number; agree: Record<Field, number>; actors: number; actorAgree: number; traps: number; trapHits: Record<string, number> };

const newTally = (): Tally => ({ keyed: 0, found: 0, agree: { category: 0, location: 0, attribution: 0 }, actors: 0, actorAgree: 0, traps: 0, trapHits: {} });
const hitsOf = (tally: Tally) => Object.values(tally.trapHits).reduce((sum, n) => sum + n, 0);

function offsetOf(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const same = (a: string | null, b: string | null) => (a ?? "").toLowerCase() === (b ?? "").toLowerCase();

function comparePage(file: string, tally: Tally, verbose: boolean): void {
  const text = readFileSync(file, "utf8");
  const key = ZKey.parse(JSON.parse(readFileSync(file.replace(/\.txt$/, ".key.json"), "utf8")));
  const parsed = parseReportFile(text);
  const predicted = extractClaims(text, { publishedAt: parsed.ok ? (parsed.reports[0]?.publishedAt ?? null) : null }).filter((c) => c.isClaim !== false);
  const used = new Set<ExtractedClaim>();
  for (const keyed of key.claims) {
    tally.keyed += 1;
    const start = offsetOf(text, keyed.quote, keyed.occurrence);
    const end = start + keyed.quote.length;
    const claim = start < 0 ? undefined : predicted.find((c) => !used.has(c) && c.start < end && c.end > start);
    if (!claim) {
      if (verbose) process.stdout.write(`${path.basename(file)} missed "${keyed.quote}"\n`);
      continue;
    }
    used.add(claim);
    tally.found += 1;
    for (const field of FIELDS) {
      if (same(keyed[field], claim[field])) tally.agree[field] += 1;
      else if (verbose) process.stdout.write(`${path.basename(file)} ${field} "${keyed.quote}": key ${keyed[field]}, extractor ${claim[field]}\n`);
    }
    if (keyed.actor === undefined) continue;
    tally.actors += 1;
    if (keyed.actor === claim.actor) tally.actorAgree += 1;
    else if (verbose) process.stdout.write(`${path.basename(file)} actor "${keyed.quote}": key ${keyed.actor}, extractor ${claim.actor}\n`);
  }
  for (const trap of key.traps) {
    const start = offsetOf(text, trap.quote, trap.occurrence);
    if (start < 0) continue; // (a key whose trap quote is not on the page: nothing to hit)
    tally.traps += 1;
    const span = { start, end: start + trap.quote.length };
    for (const claim of predicted.filter((c) => overlap(span, c) > 0)) {
      tally.trapHits[trap.kind] = (tally.trapHits[trap.kind] ?? 0) + 1;
      if (verbose) process.stdout.write(`${path.basename(file)} trap ${trap.kind} "${trap.quote}" hit by "${claim.quote}" (${claim.category})\n`);
    }
  }
}

/** The actor's agreement, over the found claims whose key gives one; nothing for batches keyed without actors. */
function actorCell(tally: Tally): string[] {
  return tally.actors ? [`actor ${((100 * tally.actorAgree) / tally.actors).toFixed(1)}% of ${tally.actors}`] : [];
}

function main(): number {
  const verbose = process.argv.includes("--verbose");
  // ("--batch ca --batch cb": those batches only, e.g. a new batch measured once on first sight)
  const only = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--batch" ? [arg] : []));
  if (!existsSync(KEYED_DIR)) {
    process.stderr.write(`bench:probes: ${KEYED_DIR} not found\n`);
    return 1;
  }
  const total = newTally();
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
  for (const batch of readdirSync(KEYED_DIR).sort()) {
    if (only.length && !only.includes(batch)) continue;
    const dir = path.join(KEYED_DIR, batch);
    if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith(".key.json"))) continue;
    const tally = newTally();
    for (const page of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      const file = path.join(dir, page);
      // (a page whose writer has not made its key yet is left out, said once, not a crash)
      if (!existsSync(file.replace(/\.txt$/, ".key.json"))) process.stderr.write(`bench:probes: ${path.relative(KEYED_DIR, file)} has no key, left out\n`);
      else comparePage(file, tally, verbose);
    }
    const row = [batch.padEnd(4), `${tally.found}/${tally.keyed} found`, ...FIELDS.map((f) => `${f} ${pct(tally.agree[f], tally.found)}`), ...actorCell(tally), `trap hits ${hitsOf(tally)}/${tally.traps}`];
    process.stdout.write(`${row.join("  ")}\n`);
    total.keyed += tally.keyed;
    total.found += tally.found;
    for (const f of FIELDS) total.agree[f] += tally.agree[f];
    total.actors += tally.actors;
    total.actorAgree += tally.actorAgree;
    total.traps += tally.traps;
    for (const [kind, n] of Object.entries(tally.trapHits)) total.trapHits[kind] = (total.trapHits[kind] ?? 0) + n;
  }
  const fields = [...FIELDS.map((f) => `${f} ${pct(total.agree[f], total.found)}`), ...actorCell(total)];
  process.stdout.write(`all   ${total.found}/${total.keyed} found  ${fields.join("  ")}  trap hits ${hitsOf(total)}/${total.traps}\n`);
  const byKind = Object.entries(total.trapHits).sort(([, a], [, b]) => b - a);
  process.stdout.write(`trap hits by kind: ${byKind.map(([kind, n]) => `${kind} ${n}`).join(", ") || "none"}\n`);
  return 0;
}

exitWhenFlushed(main());
