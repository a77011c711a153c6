// `npm run --silent claims -- analyze [--json] PATH...`: extract every report in the files and
// folders given (.txt, recursively), compare the claims across reports, print suggested verdicts.
// No database: the same engine the importer uses, on the files alone.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { analyzeReports, parseClaimId, type Suggestion } from "../../lib/claims/compare";
import { canonicalPlace } from "../../lib/claims/data/gazetteer";
import { extractFile, type FileReport } from "../../lib/claims/extract-file";
import type { ExtractedClaim } from "../../lib/claims/types";

type Loaded = { file: string } & FileReport;

const USAGE = "usage: npm run --silent claims -- analyze [--json] PATH...  (files or folders of .txt reports)";

export async function run(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith("-"));
  const paths = argv.filter((a) => !a.startsWith("-"));
  const bad = flags.find((f) => f !== "--json");
  if (bad) return fail(`analyze: unknown option ${bad}\n${USAGE}`);
  if (paths.length === 0) return fail(`analyze: no file or folder given\n${USAGE}`);
  const missing = paths.find((p) => !exists(p));
  if (missing) return fail(`analyze: ${missing}: no such file or folder`);

  let code = 0;
  const loaded: Loaded[] = [];
  for (const file of paths.flatMap(listFiles)) {
    const result = extractFile(readFileSync(file));
    if (!result.ok) {
      process.stderr.write(`analyze: ${file}: ${result.message}\n`);
      code = 1;
      continue;
    }
    loaded.push(...result.reports.map((r) => ({ file, ...r })));
  }
  const analyzed = analyzeReports(
    loaded.map((l) => ({ text: l.report.body, publishedAt: l.publishedAt, claims: l.claims })),
    { canonicalPlace },
  );
  const entries = loaded.map((l, r) => ({
    file: l.file,
    publishedAt: l.publishedAt,
    claims: analyzed[r].claims.map(({ claim, suggestion }) => describe(claim, suggestion, loaded)),
  }));
  process.stdout.write(flags.includes("--json") ? `${JSON.stringify(entries, null, 2)}\n` : table(entries));
  return code;
}

function describe(claim: ExtractedClaim, s: Suggestion, loaded: Loaded[]) {
  const locate = (id: string) => {
    const [r, c] = parseClaimId(id);
    const other = loaded[r].claims[c];
    return { file: loaded[r].file, start: other.start, end: other.end, quote: other.quote };
  };
  // The extract command's field order first, so both commands print the same claim objects.
  const { quote, start, end, sentence, value, unit, normalized, lower, upper, qualifier, category, subject, actor, location, attribution, period, ...rest } = claim;
  return {
    quote, start, end, sentence, value, unit, normalized, lower, upper, qualifier, category, subject, actor, location, attribution, period, ...rest,
    verdict: s.verdict,
    reason: s.reason,
    subtype: s.subtype,
    confidence: s.confidence,
    evidence: s.evidence.flatMap((e) => (e.relation === "near" ? [] : [{ ...locate(e.claimId), relation: e.relation, reason: e.reason }])),
    near: s.evidence.flatMap((e) => (e.relation === "near" ? [{ ...locate(e.claimId), subtype: e.subtype, reason: e.reason }] : [])),
    range: s.group.range,
    conservative: s.group.conservative && { value: s.group.conservative.value, exclusive: s.group.conservative.exclusive },
  };
}

type Row = ReturnType<typeof describe>;

function table(entries: { file: string; publishedAt: string | null; claims: Row[] }[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    lines.push(`${entry.file}  ${entry.publishedAt ?? "undated"}  ${entry.claims.length} claims`);
    for (const c of entry.claims) {
      const what = [c.category, c.measure, c.location].filter(Boolean).join(" · ");
      lines.push(`  ${c.quote.padEnd(28).slice(0, 28)}  ${what.padEnd(30).slice(0, 30)}  ${c.verdict.padEnd(12)}  ${c.reason}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => (d.isDirectory() ? listFiles(join(path, d.name)) : d.name.endsWith(".txt") ? [join(path, d.name)] : []));
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
