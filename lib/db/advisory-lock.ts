import "server-only";
import pg from "pg";

export const LOCKS = { suggestions: 72_620_001 } as const;

/**
 * A mutex across processes (web server, command line): a PostgreSQL session-level advisory lock
 * held on a connection of its own while `work` runs through the normal pool. Closing that
 * connection releases the lock even if this process dies.
 */
export async function withAdvisoryLock<T>(key: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [key]);
    return await work();
  } finally {
    await client.end();
  }
}
