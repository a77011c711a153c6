// `npm run --silent claims -- extract [--json] [--all] FILE...` (issue 3, item 7).
// Each file goes through the importer's parser (boilerplate removed, digests split) and the
// extractor; offsets are mapped back into the file's text as read, so text.slice(start, end) === quote.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extractFile } from "../../lib/claims/extract-file";
import type { ExtractedClaim } from "../../lib/claims/types";

const USAGE = "usage: npm run --silent claims -- extract [--json] [--all] FILE...";
const FLAGS = new Set(["--json", "--all"]);

type Entry = { file: string; publishedAt: string | null; claims: ExtractedClaim[] };

export async function run(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith("-") && a !== "-");
  const files = argv.filter((a) => !a.startsWith("-") || a === "-");
  const bad = flags.find((f) => !FLAGS.has(f));
  if (bad) return fail(`extract: unknown option ${bad}\n${USAGE}`);
  if (files.length === 0) return fail(`extract: no file given\n${USAGE}`);
  const missing = files.find((f) => !existsSync(f) || !statSync(f).isFile());
  if (missing) return fail(`extract: ${missing}: no such file`);

  const entries: Entry[] = [];
  let code = 0;
  for (const file of files) {
    const result = extractFile(readFileSync(file), { includeNonClaims: flags.includes("--all") });
    if (!result.ok) {
      process.stderr.write(`extract: ${file}: ${result.message}\n`);
      code = 1;
      continue;
    }
    const claims = result.reports.flatMap((r) => r.claims).sort((a, b) => a.start - b.start);
    entries.push({ file, publishedAt: result.reports.find((r) => r.publishedAt)?.publishedAt ?? null, claims: claims.map(view) });
  }
  process.stdout.write(flags.includes("--json") ? `${JSON.stringify(entries, null, 2)}\n` : table(entries));
  return code;
}

/** The documented field order; internal fields (rule, measure, exclusivity, isClaim) follow. */
function view(c: ExtractedClaim): ExtractedClaim {
  const { quote, start, end, sentence, value, unit, normalized, lower, upper, qualifier, category, subject, actor, location, attribution, period, ...rest } = c;
  return { quote, start, end, sentence, value, unit, normalized, lower, upper, qualifier, category, subject, actor, location, attribution, period, ...rest };
}

function table(entries: Entry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    lines.push(`${entry.file}  (published ${entry.publishedAt ?? "unknown"}, ${entry.claims.length} claims)`);
    for (const c of entry.claims) {
      const bounds = `[${c.lower ?? "-inf"}, ${c.upper ?? "inf"}] ${c.normalized.unit}`;
      const where = [c.location, c.attribution && `says ${c.attribution}`, c.actor && `actor ${c.actor}`].filter(Boolean).join("; ");
      lines.push(`  ${String(c.start).padStart(6)}  ${c.quote.padEnd(40)} ${c.category.padEnd(14)} ${bounds.padEnd(28)} ${where}${c.isClaim ? "" : "  (not a claim)"}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}
