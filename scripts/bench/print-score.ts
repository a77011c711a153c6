// Text output of the extraction benchmark: one column per split, goals marked, and the verbose lists.
import type { GoldReport } from "./load-gold";
import { errorKinds, FIELDS, GOALS, goalsMet, type ExtractionScore, type ScoredPrediction } from "./score-extraction";

type Column = { split: string; reports: GoldReport[]; score: ExtractionScore };

const out = (line = "") => process.stdout.write(`${line}\n`);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mark = (ok: boolean) => (ok ? "met" : "NOT MET");

export function printScores(columns: Column[]): void {
  const width = 22;
  const row = (label: string, cells: string[], goal = "") =>
    out(`${label.padEnd(26)}${cells.map((cell) => cell.padStart(width)).join("")}${goal ? `   ${goal}` : ""}`);
  const cell = (f: (c: Column) => string) => columns.map(f);

  row("", cell((c) => c.split));
  row("reports", cell((c) => String(c.reports.length)));
  row("gold claims / predicted", cell((c) => `${c.score.gold} / ${c.score.predicted}`));
  row("matched", cell((c) => String(c.score.matched)));
  row("precision", cell((c) => pct(c.score.precision)));
  row("recall", cell((c) => pct(c.score.recall)));
  row("F1", cell((c) => `${pct(c.score.f1)} ${mark(goalsMet(c.score).f1)}`), `goal F1 >= ${pct(GOALS.f1)}`);
  for (const field of FIELDS) {
    row(
      `${field} accuracy`,
      cell((c) => `${pct(c.score.fields[field].accuracy)} ${mark(goalsMet(c.score).fields[field])}`),
      `goal >= ${pct(GOALS.field)} of matched`,
    );
  }
  row("trap hits", cell((c) => `${c.score.trapHits.length} ${mark(goalsMet(c.score).trapHits)}`), `goal ${GOALS.trapHits}`);
  out();
  out("errors by kind (missing: none given where gold names one; spurious: one given where gold names none; different)");
  const kinds = columns.map((c) => errorKinds(c.score));
  for (const field of ["location", "attribution"] as const) {
    row(`${field} missing/spurious/diff`, kinds.map((k) => Object.values(k[field]).join(" / ")));
  }
  const trapKinds = [...new Set(kinds.flatMap((k) => Object.keys(k.traps)))].sort();
  for (const kind of trapKinds) row(`  trap hits: ${kind}`, kinds.map((k) => String(k.traps[kind] ?? 0)));
}

const show = (p: ScoredPrediction) =>
  `"${p.quote}" @${p.start} value=${p.value} [${p.lower}, ${p.upper}] ${p.category} loc=${p.location} attr=${p.attribution}`;

const context = (text: string, start: number, end: number) =>
  `…${text.slice(Math.max(0, start - 50), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 50)}…`.replace(/\s+/g, " ");

export function printVerbose(split: string, reports: GoldReport[], score: ExtractionScore): void {
  const textOf = new Map(reports.map((report) => [report.name, report.text]));
  out(`\n=== ${split}: ${score.misses.length} misses ===`);
  for (const { report, gold } of score.misses) {
    out(`${report}: "${gold.quote}" @${gold.start} ${gold.category}  ${context(textOf.get(report) ?? "", gold.start, gold.end)}`);
  }
  out(`\n=== ${split}: ${score.falsePositives.length} false positives ===`);
  for (const { report, predicted } of score.falsePositives) {
    out(`${report}: ${show(predicted)}  ${context(textOf.get(report) ?? "", predicted.start, predicted.end)}`);
  }
  out(`\n=== ${split}: ${score.trapHits.length} trap hits ===`);
  for (const { report, trap, predicted } of score.trapHits) out(`${report}: ${trap.kind} "${trap.quote}" hit by ${show(predicted)}`);
  out(`\n=== ${split}: ${score.fieldErrors.length} field errors on matched claims ===`);
  for (const { report, field, gold, predicted } of score.fieldErrors) {
    const expected = field === "bounds" ? `[${gold.lower}, ${gold.upper}]` : String(gold[field]);
    const got = field === "bounds" ? `[${predicted.lower}, ${predicted.upper}]` : String(predicted[field]);
    out(`${report}: "${gold.quote}" ${field}: gold ${expected}, predicted ${got}`);
  }
}
