import "server-only";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import { importReports, type TImportSummary } from "@/lib/reports/import-reports";

export const SEEDS_DIR = path.join(process.cwd(), "seeds");

/** Imports the bundled seeds/ when the database has no reports yet; null when it has some. */
export async function loadSampleReports({ userId = null }: { userId?: string | null } = {}): Promise<TImportSummary | null> {
  if ((await prisma.report.count()) > 0) return null;
  const names = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith(".txt")).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(SEEDS_DIR, name)) })));
  return importReports({ files, actor: { userId, source: "seed" }, maxBytes: Number.POSITIVE_INFINITY });
}
