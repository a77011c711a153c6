import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/import.ts", ...args], { env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test("a folder of good files imports with exit 0 and the documented JSON summary; again, only duplicates", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
  mkdirSync(path.join(dir, "nested"));
  writeFileSync(path.join(dir, "a.txt"), " date 2024-02-01 Russian forces shelled Vovchansk, injuring three people, the governor said.");
  writeFileSync(path.join(dir, "nested", "b.txt"), " date 2024-02-02 Ukraine's air force said it shot down 21 of 24 drones overnight.");
  writeFileSync(path.join(dir, "notes.md"), "not a report");
  const first = await importCli("--json", dir);
  expect(first.code).toBe(0);
  const summary = JSON.parse(first.stdout);
  expect(summary).toEqual({
    created: 2,
    duplicates: 0,
    rejected: [],
    reports: [
      { id: expect.any(String), file: path.join(dir, "a.txt"), title: expect.stringContaining("Vovchansk") },
      { id: expect.any(String), file: path.join(dir, "nested", "b.txt"), title: expect.stringContaining("21 of 24 drones") },
    ],
  });
  const again = await importCli("--json", dir);
  expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, duplicates: 2, rejected: [] });
  expect(again.code).toBe(0);
}, 60_000);

test("a missing path, a folder without .txt files and an empty file exit 1, each named with its reason", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "import-cli-bad-"));
  mkdirSync(path.join(dir, "no-reports"));
  writeFileSync(path.join(dir, "empty.txt"), "");
  const result = await importCli(path.join(dir, "missing.txt"), path.join(dir, "no-reports"), path.join(dir, "empty.txt"));
  expect(result.code).toBe(1);
  expect(result.stdout).toContain(`rejected  ${path.join(dir, "missing.txt")}: no such file or folder`);
  expect(result.stdout).toContain(`rejected  ${path.join(dir, "no-reports")}: folder contains no .txt files`);
  expect(result.stdout).toContain(`rejected  ${path.join(dir, "empty.txt")}: file is empty`);
  expect(result.stdout).toMatch(/0 created, 0 duplicates, 3 rejected/);
}, 60_000);

test("no paths or an unknown flag is a usage error, exit 2", async () => {
  await expect(importCli()).resolves.toMatchObject({ code: 2, stderr: expect.stringContaining("usage: npm run import") });
  await expect(importCli("--frobnicate", "x.txt")).resolves.toMatchObject({ code: 2 });
}, 60_000);
