import type { TestServer } from "../support/test-server";
import { dropDatabase } from "../support/databases";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __testServer?: TestServer }).__testServer;
  if (!server) return;
  const workers = Number(process.env.JEST_WORKERS ?? 8);
  for (let worker = 1; worker <= workers; worker += 1) await dropDatabase(server.serverUrl, `crosscheck_test_${process.env.TEST_RUN_ID}_w${worker}`).catch(() => undefined);
  await dropDatabase(server.serverUrl, process.env.TEST_PG_TEMPLATE!).catch(() => undefined);
  await server.stop();
}
