import pg from "pg";
import { databaseUrl, dropDatabase } from "../support/databases";
import type { TestServer } from "../support/test-server";

// Drops this run's worker databases and template, then stops the embedded server if one was started.
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __testServer?: TestServer }).__testServer;
  if (!server) return;
  const client = new pg.Client({ connectionString: databaseUrl(server.serverUrl, "postgres") });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>("select datname from pg_database where starts_with(datname, $1)", [`crosscheck_test_${process.env.TEST_RUN_ID}_`]);
  await client.end();
  for (const { datname } of rows) await dropDatabase(server.serverUrl, datname);
  await dropDatabase(server.serverUrl, process.env.TEST_PG_TEMPLATE!);
  await server.stop();
}
