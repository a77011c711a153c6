import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ANALYST, insertUser } from "../support/factories";
import { launchChromium } from "./chromium";
import { E2E_ADMIN } from "./e2e-admin";
import { signInAs } from "./sign-in-as";

const describeE2e = process.env.SKIP_E2E === "1" ? describe.skip : describe;
const baseUrl = () => process.env.E2E_BASE_URL!;

describeE2e("importing reports on the web", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    await insertUser(process.env.E2E_DATABASE_URL!, { ...ANALYST });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("an admin picks files and sees each one created, duplicate or rejected, with links and a history entry", async () => {
    const page = await signInAs(browser, E2E_ADMIN);
    await page.getByRole("link", { name: "Import" }).click();
    await page.waitForURL(/\/admin\/import$/);
    await page.getByLabel("Choose files").setInputFiles([
      { name: "kupiansk-shelling.txt", mimeType: "text/plain", buffer: Buffer.from(" date 2024-07-01 Russian shelling of Kupiansk killed two people and injured seven on Sunday, governor Oleh Syniehubov said.") },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
      { name: "002_de560c42ae04d453.txt", mimeType: "text/plain", buffer: readFileSync("seeds/002_de560c42ae04d453.txt") },
    ]);
    const results = page.getByRole("list", { name: "Import results" });
    await page.getByRole("status").filter({ hasText: "rejected" }).waitFor();
    const rows = await results.locator("li").allTextContents();
    expect(rows[0]).toMatch(/^created.*kupiansk-shelling\.txt/);
    expect(rows[1]).toMatch(/^rejected.*empty\.txt.*file is empty/);
    expect(rows[2]).toMatch(/^duplicate.*002_de560c42ae04d453\.txt/);
    await expect(page.getByRole("status").textContent()).resolves.toBe("1 created, 1 duplicates, 1 rejected.");

    await results.getByRole("link").first().click();
    await page.waitForURL(/\/reports\/[\w-]+$/);
    await expect(page.locator("article mark").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/two people/i)]));

    await page.goto(`${baseUrl()}/admin/import`);
    await expect(page.locator("section details summary").first().textContent()).resolves.toMatch(/Administrator · 3 files: 1 created, 1 duplicates, 1 rejected/);
  });

  test("after an import, a claim shows its computed suggestion, reason and evidence from the other report", async () => {
    const page = await signInAs(browser, E2E_ADMIN);
    await page.goto(`${baseUrl()}/admin/import`);
    await page.getByLabel("Choose files").setInputFiles([
      { name: "market-strike.txt", mimeType: "text/plain", buffer: Buffer.from(" date 2024-06-03 Four people were wounded in Kupiansk on Monday when Russian artillery hit the market, the governor said.") },
      { name: "police-report.txt", mimeType: "text/plain", buffer: Buffer.from(" date 2024-06-03 Three civilians were wounded in Kupyansk on Monday after shelling, local police reported.") },
    ]);
    await page.getByRole("status").filter({ hasText: "2 created" }).waitFor();
    await page.getByRole("list", { name: "Import results" }).getByRole("link").first().click();
    await page.waitForURL(/\/reports\/[\w-]+$/);
    const row = page.locator("tbody tr", { hasText: "Four people" });
    await expect(row.locator("td").nth(4).textContent()).resolves.toMatch(/conflicting.*4 vs 3: disjoint/);
    await row.getByText("Evidence (1)").click();
    await row.getByRole("link", { name: "“Three civilians”" }).click();
    await page.waitForURL(/\/reports\/[\w-]+#claim-/);
    await expect(page.locator("article").textContent()).resolves.toContain("local police reported");
  });

  test("an admin picks a folder: its .txt files are imported, other files ignored", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "e2e-folder-"));
    mkdirSync(path.join(dir, "week-32"));
    writeFileSync(path.join(dir, "week-32", "borova.txt"), " date 2024-08-06 Russian troops attacked Ukrainian positions near Borova 11 times over the past day, the General Staff said.");
    writeFileSync(path.join(dir, "lyman.txt"), " date 2024-08-06 Two civilians were killed in Lyman by a Russian glide bomb, the regional police said.");
    writeFileSync(path.join(dir, "readme.md"), "Not a report.");
    const page = await signInAs(browser, E2E_ADMIN);
    await page.goto(`${baseUrl()}/admin/import`);
    await page.getByLabel("Choose a folder").setInputFiles(dir);
    await page.getByRole("status").filter({ hasText: "created" }).waitFor();
    const rows = await page.getByRole("list", { name: "Import results" }).locator("li").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows.join("\n")).toMatch(/created.*e2e-folder-\w+\/lyman\.txt/);
    expect(rows.join("\n")).toMatch(/created.*week-32\/borova\.txt/);
  });

  test("an analyst is refused the import page and its endpoint; anonymous callers get 401", async () => {
    const page = await signInAs(browser, ANALYST);
    await expect(page.getByRole("link", { name: "Import" }).count()).resolves.toBe(0);
    const response = await page.goto(`${baseUrl()}/admin/import`);
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { name: "Not allowed" }).waitFor();
    const api = await page.request.post(`${baseUrl()}/api/import`, { multipart: { files: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("Two killed.") } } });
    expect(api.status()).toBe(403);
    const anonymous = await fetch(`${baseUrl()}/api/import`, { method: "POST" });
    expect(anonymous.status).toBe(401);
  });
});
