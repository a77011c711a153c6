import type { ChildProcess } from "node:child_process";
import { dropDatabase } from "../support/databases";
import type { TestServer } from "../support/test-server";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __e2e?: { app: ChildProcess; server: TestServer; database: string } }).__e2e;
  if (!state) return;
  const exited = new Promise((resolve) => state.app.once("exit", resolve));
  if (state.app.exitCode === null) process.kill(-state.app.pid!, "SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer); // a pending 10 s timer kept Jest alive after the run
  await dropDatabase(state.server.serverUrl, state.database).catch(() => undefined);
  await state.server.stop();
}
