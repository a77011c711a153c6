// `npm run bench:extract [-- --split dev|heldout|all] [--verbose] [--mb N] [--extractor PATH]`: scores lib/claims/extract
// against the hand-annotated gold set (tests/fixtures/gold), then measures throughput and memory.
// Prints numbers only; the goals are marked met / not met, never asserted.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { parseReportFile } from "../lib/claims/parse-report";
import type { ExtractedClaim, ExtractOptions } from "../lib/claims/types";
import { loadGoldSet, type GoldReport } from "./bench/load-gold";
import { printScores, printVerbose } from "./bench/print-score";
import { scoreExtraction, type ExtractionScore, type Split } from "./bench/score-extraction";
import { exitWhenFlushed } from "./exit-when-flushed";

type Extract = (text: string, options?: ExtractOptions) => ExtractedClaim[];
type Args = { splits: (Split | "all")[]; verbose: boolean; megabytes: number; extractor: string };

const EXTRACTOR_PATH = path.join(__dirname, "..", "lib", "claims", "extract.ts");

function parseArgs(argv: string[]): Args | string {
  const args: Args = { splits: ["dev", "heldout"], verbose: false, megabytes: 5, extractor: EXTRACTOR_PATH };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--verbose" || flag === "-v") args.verbose = true;
    else if (flag === "--split") {
      const split = argv[++i];
      if (split !== "dev" && split !== "heldout" && split !== "all") return `--split takes dev, heldout or all, not ${split ?? "nothing"}`;
      args.splits = [split];
    } else if (flag === "--mb") {
      const mb = Number(argv[++i]);
      if (!(mb > 0)) return "--mb takes a positive number of megabytes";
      args.megabytes = mb;
    } else if (flag === "--extractor") {
      // Another build of the extractor (e.g. a previous version) to compare against the same gold set.
      const file = argv[++i];
      if (!file) return "--extractor takes a path to a module exporting extractClaims";
      args.extractor = path.resolve(file);
    } else return `unknown flag ${flag}`;
  }
  return args;
}

function publishedAtOf(report: GoldReport): string | null {
  const parsed = parseReportFile(report.text);
  const publishedAt = parsed.ok ? (parsed.reports[0]?.publishedAt ?? null) : null;
  if (publishedAt !== report.publishedAt) {
    process.stderr.write(`warning: ${report.name}: parse-report date ${publishedAt} differs from the annotation's ${report.publishedAt}\n`);
  }
  return publishedAt;
}

function scoreSplit(reports: GoldReport[], predictions: Map<string, ExtractedClaim[]>): ExtractionScore {
  return scoreExtraction(
    reports.map((report) => ({ name: report.name, gold: report.claims, traps: report.traps, predicted: predictions.get(report.name) ?? [] })),
  );
}

/**
 * The extractor as one bundled module. tsx (the CLI, this bench) loads one CommonJS module per file, and
 * every call or constant crossing a file then goes through the module's exports: the same code ran 11–29%
 * slower than bundled on 2026-11-29. Both shapes are measured; neither figure hides the other.
 */
function bundledExtractor(entry: string): Extract {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-extract-"));
  try {
    const file = path.join(dir, "extract.js");
    const { outputFiles } = buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", write: false, logLevel: "silent" });
    writeFileSync(file, outputFiles[0].text);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a module built at run time
    return (require(file) as { extractClaims: Extract }).extractClaims;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WARM_UP_MB = 2;
const STEADY_PASSES = 5;

function measureThroughput(extract: Extract, reports: { text: string; publishedAt: string | null }[], megabytes: number) {
  const bytesOf = (text: string) => Buffer.byteLength(text, "utf8");
  const target = megabytes * 1e6;
  const corpus: typeof reports = [];
  for (let bytes = 0, i = 0; bytes < target; i++) {
    const report = reports[i % reports.length];
    corpus.push(report);
    bytes += bytesOf(report.text);
  }
  const totalBytes = corpus.reduce((sum, report) => sum + bytesOf(report.text), 0);
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  };
  sample();
  let claims = 0;
  const started = process.hrtime.bigint();
  corpus.forEach((report, i) => {
    claims += extract(report.text, { publishedAt: report.publishedAt }).length;
    if (i % 50 === 0) sample();
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sample();
  return { totalBytes, reports: corpus.length, claims, seconds, peak };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`bench:extract: ${args}\nusage: npm run bench:extract -- [--split dev|heldout|all] [--verbose] [--mb N] [--extractor PATH]\n`);
    return 2;
  }
  if (!existsSync(args.extractor)) {
    const shown = path.relative(process.cwd(), args.extractor) || args.extractor;
    process.stderr.write(`bench:extract: ${shown} not found; the extractor must exist before it can be benchmarked\n`);
    return 1;
  }
  // A variable specifier: the bench type-checks whether or not the extractor exists yet.
  const extractorModule: { extractClaims?: Extract; EXTRACTOR_VERSION?: string } = await import(args.extractor);
  const { extractClaims, EXTRACTOR_VERSION } = extractorModule;
  if (typeof extractClaims !== "function") {
    process.stderr.write(`bench:extract: ${args.extractor} does not export extractClaims\n`);
    return 1;
  }

  const gold = loadGoldSet();
  const inputs = gold.map((report) => ({ report, text: report.text, publishedAt: publishedAtOf(report) }));
  const predictions = new Map(
    inputs.map(({ report, text, publishedAt }) => [report.name, extractClaims(text, { publishedAt }).filter((claim) => claim.isClaim !== false)]),
  );

  process.stdout.write(`extractor ${EXTRACTOR_VERSION ?? "(no EXTRACTOR_VERSION)"} on ${gold.length} gold reports\n\n`);
  const columns = args.splits.map((split) => {
    const reports = split === "all" ? gold : gold.filter((report) => report.split === split);
    return { split, reports, score: scoreSplit(reports, predictions) };
  });
  printScores(columns);
  if (args.verbose) for (const { split, reports, score } of columns) printVerbose(split, reports, score);

  const shapes: [string, Extract][] = [["bundled into one module", bundledExtractor(args.extractor)], ["one module per file, as tsx runs the CLI", extractClaims]];
  // Passes of the two shapes alternate, so that a neighbour slowing this shared machine slows both.
  const rates: number[][] = shapes.map(() => []);
  const peak = { rss: 0, heapUsed: 0 };
  let run: ReturnType<typeof measureThroughput> | null = null;
  // A first pass each while V8 still compiles and optimises the extractor, left out of the figures.
  for (const [, extract] of shapes) measureThroughput(extract, inputs, WARM_UP_MB);
  for (let pass = 0; pass < STEADY_PASSES; pass++) {
    shapes.forEach(([, extract], n) => {
      run = measureThroughput(extract, inputs, args.megabytes);
      rates[n].push(run.totalBytes / 1e6 / run.seconds);
      peak.rss = Math.max(peak.rss, run.peak.rss);
      peak.heapUsed = Math.max(peak.heapUsed, run.peak.heapUsed);
    });
  }
  const { totalBytes, reports, claims } = run!;
  process.stdout.write(`\nthroughput: ${(totalBytes / 1e6).toFixed(2)} MB in ${reports} reports, ${claims} claims per pass, single thread, ${STEADY_PASSES} passes each:\n`);
  shapes.forEach(([shape], n) => {
    // on a shared virtual machine one pass can be slowed by a neighbour: the median is the figure
    const median = [...rates[n]].sort((a, b) => a - b)[Math.floor(STEADY_PASSES / 2)];
    process.stdout.write(
      `  ${shape}: passes ${rates[n].map((r) => r.toFixed(2)).join(", ")} MB/s; median ${median.toFixed(2)} MB/s (goal >= 5 MB/s: ${median >= 5 ? "met" : "NOT MET"})\n`,
    );
  });
  process.stdout.write(`peak memory: rss ${(peak.rss / 2 ** 20).toFixed(1)} MB, heap used ${(peak.heapUsed / 2 ** 20).toFixed(1)} MB\n`);
  return 0;
}

main().then(
  exitWhenFlushed,
  (error: unknown) => {
    process.stderr.write(`bench:extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    exitWhenFlushed(1);
  },
);
