// Prisma's schema engine, run as WebAssembly so migrations work without Prisma's binary host
// (see shared/docs/offline-stack.md). Used by scripts and tests, never by the web app.
import { randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

const NO_FILTER = { externalTables: [], externalEnums: [] };

// adapter-pg has no column type for PostgreSQL's internal "char" (OID 18), which the engine's
// catalogue queries return; reading those columns as text lets the engine describe a database.
let isCharPatched = false;
function patchInternalCharType(): void {
  if (isCharPatched) return;
  isCharPatched = true;
  const result = (pg as unknown as { Result: { prototype: { addFields(f: { dataTypeID: number }[]): void } } })
    .Result.prototype;
  const addFields = result.addFields;
  result.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

export function connectionConfig(url: string): pg.ClientConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    // ?host=/var/run/postgresql (a socket folder) wins over the URL's host, as libpq does.
    host: parsed.searchParams.get("host") ?? parsed.hostname,
    ...(sslmode && sslmode !== "disable" && sslmode !== "prefer" && { ssl: { rejectUnauthorized: sslmode.startsWith("verify") } }),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1) || "postgres"),
  };
}

async function runSql(config: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// adapter-pg splits a migration script at every semicolon, which cuts a function body in two.
// PostgreSQL takes the whole script as one simple query and runs it atomically.
function runScriptsWhole(adapter: Adapter): Adapter {
  const queryable = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  return adapter;
}

// Separate connection fields (not a connection string, which would override `database`), and a
// shadow database dropped only after its pool is closed.
// The engine does not close what it connects, so every adapter is recorded and disposed after use.
function adapterFactory(url: string, opened: { dispose(): Promise<void> }[]) {
  const config = connectionConfig(url);
  const factory = new PrismaPg(config);
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = runScriptsWhole(await factory.connect());
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const name = `crosscheck_shadow_${randomUUID().replaceAll("-", "")}`;
      await runSql(config, `CREATE DATABASE "${name}"`);
      const adapter = runScriptsWhole(await new PrismaPg({ ...config, database: name }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await runSql(config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  });
}

// The engine reports a Rust panic through this global before it throws; keep the message.
let lastPanic: string | null = null;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    lastPanic = message;
    process.stderr.write(`schema engine panic: ${message}\n`);
  },
};

type EngineModule = { SchemaEngine: { new: (options: unknown, log: () => void, adapter: unknown) => Promise<unknown> } };

// wasm-bindgen keeps views of the instance's memory in module state: instantiate once per process.
let engineModule: Promise<EngineModule> | undefined;
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const pkg = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(pkg, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
    const exports = instance.exports as { __wbindgen_start(): void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg as unknown as EngineModule;
  })();
  return engineModule;
}

async function loadEngine(url: string, opened: { dispose(): Promise<void> }[]): Promise<Engine> {
  patchInternalCharType();
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const log = () => undefined;
  return (await SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, log, adapterFactory(url, opened))) as Engine;
}

export async function migrationList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const lock = await readFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: await readFile(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function withEngine<T>(url: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const opened: { dispose(): Promise<void> }[] = [];
  const restoreTimers = unrefTimers();
  try {
    const engine = await loadEngine(url, opened);
    try {
      return await work(engine);
    } catch (error) {
      if (lastPanic) throw new Error(`schema engine: ${lastPanic}`, { cause: error });
      throw error;
    } finally {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose().catch(() => undefined)));
    }
  } finally {
    restoreTimers();
  }
}

/**
 * The engine arms a 10 s timer of its own that outlives `free()` and kept every process that
 * migrated (Jest included) alive for 10 s after its work. Timers created while the engine runs are
 * unref'd: they still fire while the process lives, but do not keep it alive. Returns the restorer.
 */
function unrefTimers(): () => void {
  const original = globalThis.setTimeout;
  const unrefd = ((...args: Parameters<typeof setTimeout>) => original(...args).unref()) as unknown as typeof setTimeout;
  globalThis.setTimeout = unrefd;
  return () => {
    if (globalThis.setTimeout === unrefd) globalThis.setTimeout = original;
  };
}

export async function applyMigrations(url: string): Promise<string[]> {
  const list = await migrationList();
  return withEngine(url, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER });
    return output.appliedMigrationNames;
  });
}

/** SQL that takes `from` (empty or the committed migrations) to the current schema.prisma. */
export async function diffToSchema(url: string, from: "empty" | "migrations"): Promise<string> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const source = from === "empty" ? { tag: "empty" } : { tag: "migrations", ...(await migrationList()) };
  return withEngine(url, async (engine) => {
    const result = await engine.diff({
      from: source,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}
