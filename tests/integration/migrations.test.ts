import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { NewerDatabaseError, migrateDatabase } from "@/lib/db/migrate";
import { MIGRATIONS_DIR, diffToSchema, migrationList } from "@/lib/db/schema-engine";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test("the committed migrations produce exactly schema.prisma", async () => {
  const sql = await diffToSchema(process.env.DATABASE_URL!, "migrations");
  expect(sql.replace(/^--.*$/gm, "").trim()).toBe("");
}, 60_000);

test("_prisma_migrations holds what `prisma migrate deploy` writes: name and sha256 checksum per migration", async () => {
  const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    "select migration_name, checksum, finished_at from _prisma_migrations order by migration_name",
  );
  const dirs = (await migrationList()).migrationDirectories.map((dir) => dir.path);
  expect(rows.map((row) => row.migration_name)).toEqual(dirs);
  for (const row of rows) {
    const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
    expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(row.finished_at).not.toBeNull();
  }
});

test("migrating again applies nothing", async () => {
  await expect(migrateDatabase(process.env.DATABASE_URL!)).resolves.toEqual([]);
});

test("a database migrated by a newer version is refused and left unchanged", async () => {
  await query(
    "insert into _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) values ('x', 'x', '29990101000000_from_the_future', now(), now(), 1)",
  );
  const before = await query("select migration_name from _prisma_migrations order by 1");
  await expect(migrateDatabase(process.env.DATABASE_URL!)).rejects.toThrow(NewerDatabaseError);
  await expect(migrateDatabase(process.env.DATABASE_URL!)).rejects.toThrow(/29990101000000_from_the_future.*Nothing was changed/);
  expect(await query("select migration_name from _prisma_migrations order by 1")).toEqual(before);
});
