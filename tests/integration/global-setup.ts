import { migrateDatabase } from "../../lib/db/migrate";
import { recreateDatabase } from "../support/databases";
import { startTestServer } from "../support/test-server";

// One template database built from the committed migrations; each test file gets a fresh copy.
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  const template = `crosscheck_template_${process.pid}`;
  await migrateDatabase(await recreateDatabase(server.serverUrl, template));
  process.env.TEST_PG_SERVER_URL = server.serverUrl;
  process.env.TEST_PG_TEMPLATE = template;
  process.env.TEST_RUN_ID = String(process.pid);
  (globalThis as { __testServer?: typeof server }).__testServer = server;
}
