// `npm start` (and `npm run dev` with --dev): database, migrations, first admin, sample reports,
// build when stale, then serve. Ctrl-C stops the web server and the embedded database cleanly.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import { resolveDatabase, type ResolvedDatabase } from "../lib/db/resolve-database";
import { migrateDatabase } from "../lib/db/migrate";
import { isBuildCurrent, recordBuild, sourceStamp } from "../lib/system/build-stamp";
import { sessionSecret } from "../lib/system/session-secret";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = require.resolve("next/dist/bin/next");
/**
 * A larger young generation for the web server, as for the import and claims commands in package.json:
 * an import allocates many short-lived objects, and V8's default 16 MB semi-space made garbage
 * collection a quarter of bench:import (102 s -> 78 s for 10,000 reports with 128 MB).
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=128"];
const say = (line: string) => process.stdout.write(`${line}\n`);

class StartError extends Error {}

function assertPortFree(): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(new StartError(error.code === "EADDRINUSE" ? `port ${port} is already in use: stop what uses it or set PORT to another port` : `cannot listen on port ${port}: ${error.message}`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function bootstrap(database: ResolvedDatabase, env: NodeJS.ProcessEnv): Promise<void> {
  const applied = await migrateDatabase(database.url);
  if (applied.length) say(`Applied migrations: ${applied.join(", ")}`);
  process.env.DATABASE_URL = database.url;
  const { ensureAdmin } = await import("../lib/system/ensure-admin");
  const admin = await ensureAdmin({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  const { loadSampleReports } = await import("../lib/system/load-sample-reports");
  const seeded = await loadSampleReports();
  if (seeded) say(`Loaded ${seeded.created} sample reports from seeds/.`);
  if (admin.isCreated) {
    say("");
    say("  First admin account created:");
    say(`    email:    ${admin.email}`);
    say(`    password: ${admin.isGenerated ? admin.password : "(from ADMIN_PASSWORD)"}`);
    if (admin.isGenerated) say("  The password is shown only this once: note it now.");
    say("");
  }
  const { prisma } = await import("../lib/db");
  await prisma.$disconnect();
}

function buildIfStale(env: NodeJS.ProcessEnv): void {
  const stamp = sourceStamp();
  if (isBuildCurrent(stamp)) return;
  say("Building the web app (first run or sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new StartError("next build failed (see above)");
  recordBuild(stamp);
}

async function main(): Promise<void> {
  await assertPortFree();
  const database = await resolveDatabase();
  let server: ChildProcess | null = null;
  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    server?.kill("SIGTERM");
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    say(database.isEmbedded ? "Using the embedded PostgreSQL in .data/postgres." : "Using the PostgreSQL in DATABASE_URL.");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: sessionSecret(process.env),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    await bootstrap(database, env);
    if (!isDev) buildIfStale({ ...env, NODE_ENV: "production" });
    server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, isDev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", env });
    say(`Crosscheck on http://localhost:${port} (Ctrl-C stops it)`);
    server.on("exit", (code) => void stop(code ?? 0));
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  const known = error instanceof Error && ["StartError", "DatabaseUnavailableError", "NewerDatabaseError", "AdminSettingsError", "EmbeddedDataDirError"].includes(error.constructor.name);
  process.stderr.write(`crosscheck: ${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
