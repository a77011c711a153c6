// For command-line tools: the resolved database (DATABASE_URL or embedded), migrated, exposed to
// lib/db through DATABASE_URL while `work` runs, and closed afterwards.
import { migrateDatabase } from "./migrate";
import { resolveDatabase } from "./resolve-database";

export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  const database = await resolveDatabase();
  try {
    await migrateDatabase(database.url);
    process.env.DATABASE_URL = database.url;
    return await work();
  } finally {
    await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
    await database.stop();
  }
}
