// `npm run claims -- recompute`: after an extractor upgrade, re-extract the reports made by an older
// version (reviews stay with unchanged claims), then rebuild every suggestion in the database.
import { withDatabase } from "../../lib/db/with-database";

export async function run(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    process.stderr.write("usage: npm run claims -- recompute\n");
    return 2;
  }
  return withDatabase(async () => {
    const { reextractReports } = await import("../../lib/reports/reextract-reports");
    const { recomputeSuggestions } = await import("../../lib/reports/update-suggestions");
    const started = performance.now();
    const re = await reextractReports();
    process.stdout.write(`re-extracted ${re.reports} reports: ${re.kept} claims kept (reviews attached), ${re.added} added, ${re.retired} retired\n`);
    const { claims } = await recomputeSuggestions();
    process.stdout.write(`recomputed suggestions for ${claims} claims in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  });
}
