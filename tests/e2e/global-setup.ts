import { spawn } from "node:child_process";
import { recreateDatabase } from "../support/databases";
import { freePort, startTestServer } from "../support/test-server";
import { MISSING_CHROMIUM, findChromium } from "./chromium";

import { E2E_ADMIN } from "./e2e-admin";

async function waitForHealth(baseUrl: string, child: { exitCode: number | null }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode} before serving`);
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the workbench did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s`);
}

// Starts the workbench exactly as `npm start` does, on a fresh database and a free port.
export default async function globalSetup(): Promise<void> {
  if (process.env.SKIP_E2E === "1") return;
  if (!findChromium()) throw new Error(MISSING_CHROMIUM);
  const server = await startTestServer();
  const database = `crosscheck_e2e_${process.pid}`;
  const port = await freePort();
  const app = spawn(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: await recreateDatabase(server.serverUrl, database),
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough",
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
    },
    stdio: process.env.E2E_VERBOSE ? "inherit" : "ignore",
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATABASE_URL = `${server.serverUrl.replace(/\/[^/]*$/, "")}/${database}`;
  Object.assign(globalThis, { __e2e: { app, server, database } });
  await waitForHealth(baseUrl, app, 10 * 60_000);
}
