// Apply the committed migrations, refusing a database that has migrations this version lacks.
import pg from "pg";
import { applyMigrations, migrationList } from "./schema-engine";

export class NewerDatabaseError extends Error {}

async function appliedMigrationNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("select to_regclass('public._prisma_migrations') as name");
    if (!table.rows[0].name) return [];
    const rows = await client.query<{ migration_name: string }>(
      "select migration_name from _prisma_migrations where rolled_back_at is null",
    );
    return rows.rows.map((row) => row.migration_name);
  } finally {
    await client.end();
  }
}

export async function migrateDatabase(url: string): Promise<string[]> {
  const known = new Set((await migrationList()).migrationDirectories.map((dir) => dir.path));
  const unknown = (await appliedMigrationNames(url)).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new NewerDatabaseError(
      `the database has migrations this version of Crosscheck does not know (${unknown.join(", ")}): it was used by a newer version; upgrade Crosscheck or point DATABASE_URL elsewhere. Nothing was changed.`,
    );
  }
  return applyMigrations(url);
}
