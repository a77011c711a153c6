// `npm run bench:import -- --reports 10000`: imports that many generated reports into a fresh
// database (on DATABASE_URL's server, else the embedded one) and prints the figures.
import { parseArgs } from "node:util";
import { resolveDatabase, ensureDatabase } from "../lib/db/resolve-database";
import { migrateDatabase } from "../lib/db/migrate";
import { generateReport } from "./bench/generate-reports";
import { exitWhenFlushed } from "./exit-when-flushed";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reports: { type: "string", default: "10000" } } });
  const count = Number(values.reports);
  const server = await resolveDatabase();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const name = `crosscheck_bench_import`;
    const admin = new URL(server.url);
    admin.pathname = "/postgres";
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    const url = await ensureDatabase(admin.toString(), name);
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    const { importReports } = await import("../lib/reports/import-reports");
    const { prisma } = await import("../lib/db");
    const encoder = new TextEncoder();
    const files = Array.from({ length: count }, (_, i) => {
      const { name: file, text } = generateReport(i);
      return { name: file, bytes: encoder.encode(text) };
    });
    const megabytes = files.reduce((sum, f) => sum + ("bytes" in f ? f.bytes.length : 0), 0) / 1048576;
    let lastLine = 0;
    const started = performance.now();
    const summary = await importReports({
      files,
      actor: { userId: null, source: "cli" },
      maxBytes: 5 * 1048576,
      onProgress: (_, done, total) => {
        if (process.stderr.isTTY && performance.now() - lastLine > 1000) {
          lastLine = performance.now();
          process.stderr.write(`\r${done}/${total} files`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const claims = await prisma.claim.count();
    const suggested = await prisma.claim.count({ where: { suggestedVerdict: { not: null } } });
    const copies = await prisma.report.count({ where: { copyOfId: { not: null } } });
    const relations = await prisma.claimRelation.count();
    await prisma.$disconnect();
    clearInterval(sampler);
    const rows: [string, string][] = [
      ["reports", String(count)],
      ["input", `${megabytes.toFixed(1)} MB`],
      ["created / duplicates / rejected", `${summary.created} / ${summary.duplicates} / ${summary.rejected}`],
      ["marked near-copies", String(copies)],
      ["claims stored (with suggestions)", `${claims} (${suggested})`],
      ["total time", `${seconds.toFixed(1)} s (goal for 10,000: < 60 s)`],
      ["  of which parse, extract, store", `${(summary.timings.storeMs / 1000).toFixed(1)} s`],
      ["  of which suggestions + relations", `${(summary.timings.suggestMs / 1000).toFixed(1)} s (${relations} pair relations)`],
      ["reports/s", (count / seconds).toFixed(0)],
      ["claims/s", (claims / seconds).toFixed(0)],
      ["peak RSS", `${(peakRss / 1048576).toFixed(0)} MB`],
    ];
    process.stdout.write(`\nbench:import (${server.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL server"})\n`);
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(34)} ${value}\n`);
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:import: ${error instanceof Error ? error.message : String(error)}\n`);
  exitWhenFlushed(1);
});
