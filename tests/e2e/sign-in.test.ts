import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { E2E_ADMIN } from "./e2e-admin";

const describeE2e = process.env.SKIP_E2E === "1" ? describe.skip : describe;
const baseUrl = () => process.env.E2E_BASE_URL!;

describeE2e("signing in", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });

  test("anonymous visitors are sent to the login page", async () => {
    await page.goto(`${baseUrl()}/reports`);
    await page.waitForURL(/\/login/);
    await page.getByLabel("Email").waitFor();
  });

  test("a wrong password is refused with one message", async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Next.js has its own (empty) role=alert route announcer: look inside the form.
    const alert = page.locator("form [role=alert]");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe("Invalid email or password");
    expect(page.url()).toMatch(/\/login/);
  });

  test("the admin signs in, sees the sample reports and their text, and signs out", async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/reports$/);
    await page.getByText("Administrator").waitFor();
    const titles = await page.locator("tbody tr td:first-child").allTextContents();
    expect(titles).toContain("Ukraine reports small advances against Russian troops in counteroffensive");
    expect(titles.length).toBeGreaterThanOrEqual(5);

    await page.getByRole("link", { name: "Ukraine reports small advances against Russian troops in counteroffensive" }).click();
    await page.getByText("Globalnews.ca").first().waitFor();
    await expect(page.locator("article").textContent()).resolves.toContain("Staromayorske");

    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    const audit = await db.query(`select count(*)::int as n from "AuditEvent" a join "User" u on u.id = a."userId" where a.action = 'user.sign_in' and u.email = $1`, [E2E_ADMIN.email]);
    await db.end();
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${baseUrl()}/reports`);
    await page.waitForURL(/\/login/);
  });

  test("the health endpoint reports the database", async () => {
    const response = await fetch(`${baseUrl()}/api/health`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ status: "ok", database: "ok" });
  });
});
