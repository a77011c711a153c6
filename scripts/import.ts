// `npm run import -- [--json] PATH...`: import report files or folders (recursively, .txt) into
// DATABASE_URL or the embedded database. Exit 0 all imported or duplicates, 1 any rejected, 2 usage.
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { DatabaseUnavailableError } from "../lib/db/resolve-database";
import { withDatabase } from "../lib/db/with-database";
import { exitWhenFlushed } from "./exit-when-flushed";

const USAGE = "usage: npm run import -- [--json] [--max-mb N] PATH...";

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean" }, "max-mb": { type: "string" } } });
    const maxMb = Number(values["max-mb"] ?? (process.env.IMPORT_MAX_BYTES ? Number(process.env.IMPORT_MAX_BYTES) / 1048576 : 5));
    if (positionals.length === 0 || !(maxMb > 0)) return null;
    return { isJson: Boolean(values.json), paths: positionals, maxBytes: Math.floor(maxMb * 1048576) };
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if (!options) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return withDatabase(async () => {
    const { collectImportFiles } = await import("../lib/reports/collect-import-files");
    const { importReports } = await import("../lib/reports/import-reports");
    const files = await collectImportFiles(options.paths, { maxBytes: options.maxBytes });
    const bar = process.stderr.isTTY && !options.isJson ? new SingleBar({ format: "importing [{bar}] {value}/{total} files  {file}", stream: process.stderr }) : null;
    bar?.start(files.length, 0, { file: "" });
    const summary = await importReports({
      files,
      actor: { userId: null, source: "cli" },
      maxBytes: options.maxBytes,
      onProgress: (result, done) => bar?.update(done, { file: result.file }),
    });
    bar?.stop();
    const rejected = summary.results.filter((r) => r.status === "rejected").map((r) => ({ file: r.file, reason: r.reason }));
    if (options.isJson) {
      const reports = summary.results.filter((r) => r.status === "created").flatMap((r) => r.reports.map((report) => ({ id: report.id, file: r.file, title: report.title })));
      process.stdout.write(`${JSON.stringify({ created: summary.created, duplicates: summary.duplicates, rejected, reports })}\n`);
    } else {
      for (const r of summary.results) process.stdout.write(`${r.status.padEnd(9)} ${r.file}${r.reason ? `: ${r.reason}` : r.reports.length > 1 ? ` (${r.reports.length} reports)` : ""}\n`);
      process.stdout.write(`\n${summary.created} created, ${summary.duplicates} duplicates, ${summary.rejected} rejected (batch ${summary.batchId})\n`);
    }
    if (summary.suggestionsError) process.stderr.write(`import: ${summary.suggestionsError}\n`);
    return summary.rejected > 0 || summary.suggestionsError ? 1 : 0;
  });
}

main().then(
  exitWhenFlushed,
  (error: unknown) => {
    const message = error instanceof DatabaseUnavailableError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`import: ${message}\n`);
    exitWhenFlushed(1);
  },
);
