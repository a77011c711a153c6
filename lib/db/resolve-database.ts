// Which PostgreSQL the command line and `npm start` talk to: DATABASE_URL when set, else the
// embedded server in .data/postgres. Failures become one clear line, never a stack trace.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_CREDENTIALS, startEmbeddedPostgres } from "./embedded-postgres";

export type ResolvedDatabase = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export class DatabaseUnavailableError extends Error {}

const EMBEDDED_DATABASE = "crosscheck";

export function describeTarget(url: string): string {
  if (!URL.canParse(url)) throw new DatabaseUnavailableError("DATABASE_URL is not a valid URL: expected postgresql://user:password@host:port/database");
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export async function checkConnection(url: string): Promise<void> {
  const target = describeTarget(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(
      `cannot reach PostgreSQL at ${target} (${reason}): check that the server runs and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database`,
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

async function runningEmbeddedUrl(port: number): Promise<string | null> {
  const url = `postgresql://${EMBEDDED_CREDENTIALS.user}:${EMBEDDED_CREDENTIALS.password}@127.0.0.1:${port}/postgres`;
  try {
    await checkConnection(url);
    return url;
  } catch {
    return null;
  }
}

export async function resolveDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    await checkConnection(env.DATABASE_URL);
    return { url: env.DATABASE_URL, isEmbedded: false, stop: async () => undefined };
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR ?? path.join(".data", "postgres"));
  // `npm start` may already run the embedded server on this folder: the command line joins it
  // (and leaves it running) instead of starting a second postmaster on the same data.
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    const running = await runningEmbeddedUrl(port);
    if (running) return { url: await ensureDatabase(running, EMBEDDED_DATABASE), isEmbedded: true, stop: async () => undefined };
  }
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
