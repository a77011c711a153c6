// `npm run db:migrate`: apply prisma/migrations to DATABASE_URL or the embedded database,
// writing _prisma_migrations exactly as `prisma migrate deploy` does.
import { migrateDatabase } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/resolve-database";
import { exitWhenFlushed } from "./exit-when-flushed";

async function main(): Promise<void> {
  const database = await resolveDatabase();
  try {
    const applied = await migrateDatabase(database.url);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  exitWhenFlushed(1);
});
