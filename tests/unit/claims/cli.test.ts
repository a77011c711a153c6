import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

// The command line exactly as issue 3 item 7 specifies, on the seeds.

const run = (args: string[]) => spawnSync("npx", ["tsx", "scripts/claims.ts", "extract", ...args], { encoding: "utf8" });

describe("claims extract", () => {
  const files = ["seeds/000_f1521c44bd55919a.txt", "seeds/004_2304eeb1ea2139d4.txt"];
  const output = execFileSync("npx", ["tsx", "scripts/claims.ts", "extract", "--json", ...files], { encoding: "utf8" });
  const entries = JSON.parse(output);

  test("one JSON entry per file, with the date line's date", () => {
    expect(entries.map((e: { file: string }) => e.file)).toEqual(files);
    expect(entries[0].publishedAt).toBe("2023-10-17");
    expect(entries[1].publishedAt).toBeNull();
  });

  test("offsets index the file's text as read", () => {
    for (const entry of entries) {
      const text = readFileSync(entry.file, "utf8");
      for (const claim of entry.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
    }
    expect(entries[0].claims.map((c: { quote: string }) => c.quote)).toEqual(["10 Ukrainian attacks", "two more", "two people"]);
  });

  test("every documented field is present", () => {
    const keys = ["quote", "start", "end", "sentence", "value", "unit", "normalized", "lower", "upper", "qualifier", "category", "subject", "actor", "location", "attribution", "period"];
    for (const key of keys) expect(entries[0].claims[0]).toHaveProperty(key);
  });

  test("exit 2 with a message on a missing file or a bad flag", () => {
    const missing = run(["--json", "no-such-file.txt"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no-such-file.txt");
    const bad = run(["--frobnicate", files[0]]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--frobnicate");
  });

  test("output larger than a pipe's buffer arrives whole", () => {
    // (the CLI used to exit before a pipe had taken more than its first 64 KiB)
    const many = readdirSync("tests/fixtures/gold/reports").slice(0, 40).map((name) => `tests/fixtures/gold/reports/${name}`);
    const all = execFileSync("npx", ["tsx", "scripts/claims.ts", "extract", "--json", "--all", ...many], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
    expect(all.length).toBeGreaterThan(4 * 65_536);
    expect(JSON.parse(all).map((e: { file: string }) => e.file)).toEqual(many);
  });

  test("without --json a readable table", () => {
    const table = run([files[0]]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain("10 Ukrainian attacks");
  });
});
