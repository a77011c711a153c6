// Which PostgreSQL the command line and `npm start` talk to: DATABASE_URL when set, else the
// embedded server in .data/postgres. Failures become one clear line, never a stack trace.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type ResolvedDatabase = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export class DatabaseUnavailableError extends Error {}

const EMBEDDED_DATABASE = "crosscheck";

export function describeTarget(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(
      `cannot reach PostgreSQL at ${describeTarget(url)} (${reason}): check that the server runs and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function resolveDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    return { url: env.DATABASE_URL, isEmbedded: false, stop: async () => undefined };
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR ?? path.join(".data", "postgres"));
  let server;
  try {
    server = await startEmbeddedPostgres({ dataDir, port });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `${error instanceof Error ? error.message : String(error)} (data in ${dataDir}; set EMBEDDED_PG_PORT if the port is taken, or DATABASE_URL to use another server)`,
    );
  }
  const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
  return { url, isEmbedded: true, stop: server.stop };
}
