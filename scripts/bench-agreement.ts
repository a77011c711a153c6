// `npm run bench:agreement`: how far two careful readers agree on the gold set. A second reader annotated some dev
// reports blind to the gold annotations (tests/fixtures/gold/second-reader/, keyed as the probes are); this prints the
// second reader's agreement with the first (the gold annotations) and, on the same reports and by the same measure,
// the extractor's. Where the readers themselves disagree is how far the gold set can tell a better extractor from a
// worse one. Prints numbers only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../lib/claims/extract";
import { addAgreement, COMPARED_FIELDS, detection, emptyAgreement, type Agreement, type AnnotatedClaim } from "./bench/agreement";
import { ZKey } from "./bench/gold-schema";
import { GOLD_DIR, loadGoldSet, locate } from "./bench/load-gold";
import { exitWhenFlushed } from "./exit-when-flushed";

const SECOND_READER_DIR = path.join(GOLD_DIR, "second-reader");

function row(label: string, agreement: Agreement, withTraps: boolean): string {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
  const { precision, recall, f1 } = detection(agreement);
  const fields = COMPARED_FIELDS.map((field) => `${field} ${pct(agreement.agree[field], agreement.compared[field])}`);
  const traps = [`claims on the first reader's traps ${agreement.claimsOverReferenceTraps}`];
  if (withTraps) traps.push(`first reader's claims on its traps ${agreement.claimsUnderOtherTraps}`);
  return [
    label.padEnd(26),
    `${agreement.matched}/${agreement.reference} matched (of its ${agreement.other})`,
    `precision ${pct(precision, 1)}  recall ${pct(recall, 1)}  F1 ${pct(f1, 1)}`,
    ...fields,
    ...traps,
  ].join("  ");
}

function main(): number {
  const files = existsSync(SECOND_READER_DIR) ? readdirSync(SECOND_READER_DIR).filter((f) => f.endsWith(".json")).sort() : [];
  if (!files.length) {
    process.stderr.write(`bench:agreement: no second reading in ${path.relative(process.cwd(), SECOND_READER_DIR)}\n`);
    return 1;
  }
  const gold = new Map(loadGoldSet().map((report) => [report.file, report]));
  const second = emptyAgreement();
  const extractor = emptyAgreement();
  for (const file of files) {
    const key = ZKey.parse(JSON.parse(readFileSync(path.join(SECOND_READER_DIR, file), "utf8")));
    const report = key.file ? gold.get(key.file) : undefined;
    if (!report) throw new Error(`${file}: names no annotated gold report (${key.file ?? "no file"})`);
    // (a second reading of a held-out report would put its text in front of whoever tunes against this table)
    if (report.split !== "dev") throw new Error(`${file}: ${report.file} is held out; a second reader reads dev reports only`);
    const first = { claims: report.claims, traps: report.traps };
    const claims: AnnotatedClaim[] = key.claims.map((claim) => locate(report.text, claim, file));
    addAgreement(second, first, { claims, traps: key.traps.map((trap) => locate(report.text, trap, file)) });
    const predicted = extractClaims(report.text, { publishedAt: report.publishedAt }).filter((claim) => claim.isClaim !== false);
    addAgreement(extractor, first, { claims: predicted, traps: [] });
  }
  process.stdout.write(`${files.length} dev reports read twice; the first reader (the gold annotations) gives ${second.reference} claims\n`);
  process.stdout.write(`${row("second reader vs first", second, true)}\n`);
  process.stdout.write(`${row("extractor vs first", extractor, false)}\n`);
  process.stdout.write("(claims paired by shared words alone, numbers not compared; fields over the paired claims that both give)\n");
  return 0;
}

try {
  exitWhenFlushed(main());
} catch (error) {
  process.stderr.write(`bench:agreement: ${error instanceof Error ? error.message : String(error)}\n`);
  exitWhenFlushed(1);
}
