import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import { importReports, type TImportFile } from "@/lib/reports/import-reports";
import { loadSampleReports } from "@/lib/system/load-sample-reports";
import { parseReportFile } from "@/lib/claims/parse-report";

const BOILERPLATE = ["Sign up", "Click to play video", "Story continues below advertisement", "Denial of responsibility"];
const MAX = 5 * 1024 * 1024;
const text = (name: string, body: string): TImportFile => ({ name, bytes: new TextEncoder().encode(body) });
const GOOD = " date 2024-03-02 Russian forces launched 31 drones at the Kharkiv region overnight, and air defences shot down 24 of them, the governor said.\n\nTwo people were injured in Kupiansk.";

test("the five seed files import, the digest splits, and no stored sentence keeps site boilerplate", async () => {
  const summary = await loadSampleReports();
  expect(summary).toMatchObject({ created: 5, duplicates: 0, rejected: 0 });
  const digest = parseReportFile(await readFile(path.join("seeds", "004_2304eeb1ea2139d4.txt"), "utf8"));
  if (!digest.ok) throw new Error(digest.message);
  expect(digest.reports.length).toBeGreaterThan(1);
  expect(await prisma.report.count({ where: { sourceFile: "004_2304eeb1ea2139d4.txt" } })).toBe(digest.reports.length);
  expect(await prisma.report.count()).toBe(4 + digest.reports.length);
  for (const phrase of BOILERPLATE) {
    expect(await prisma.sentence.count({ where: { text: { contains: phrase, mode: "insensitive" } } })).toBe(0);
  }
  const globalnews = await prisma.report.findFirstOrThrow({ where: { sourceFile: "002_de560c42ae04d453.txt" } });
  expect(globalnews).toMatchObject({ title: "Ukraine reports small advances against Russian troops in counteroffensive", outlet: "Globalnews.ca" });
  // The stored offset map leads from every stretch of the cleaned body back to the raw text.
  const runs = globalnews.offsetMap as [number, number, number][];
  expect(runs.length).toBeGreaterThan(1);
  for (const [bodyStart, rawStart, length] of runs) expect(globalnews.rawBody.slice(rawStart, rawStart + length)).toBe(globalnews.body.slice(bodyStart, bodyStart + length));
  expect(await prisma.claim.count()).toBeGreaterThan(10);
});

test("importing the seeds again reports only duplicates and stores nothing new", async () => {
  const before = await prisma.report.count();
  const names = (await readdir("seeds")).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join("seeds", name)) })));
  const again = await importReports({ files, actor: { userId: null, source: "cli" }, maxBytes: MAX });
  expect(again).toMatchObject({ created: 0, duplicates: 5, rejected: 0 });
  expect(await prisma.report.count()).toBe(before);
});

test("every bad file is rejected with its reason while the good file of the batch goes in", async () => {
  await prisma.report.deleteMany();
  const latin1 = Uint8Array.from([...new TextEncoder().encode("Kyiv said 12 drones were downed near K"), 0xe9, 0x0a]);
  const summary = await importReports({
    actor: { userId: null, source: "cli" },
    maxBytes: 1024,
    files: [
      text("empty.txt", ""),
      text("blank.txt", "  \n\t \n"),
      { name: "binary.txt", bytes: Uint8Array.from([0x41, 0x00, 0x42, 0x43]) },
      { name: "latin1.txt", bytes: latin1 },
      text("large.txt", "x".repeat(2048)),
      text("bad-date.txt", " date 2023-02-30 Two people were killed in Kherson."),
      { name: "missing.txt", error: "no such file or folder" },
      text("good.txt", GOOD),
    ],
  });
  const reasons = Object.fromEntries(summary.results.map((r) => [r.file, r.status === "rejected" ? r.reason : r.status]));
  expect(reasons).toEqual({
    "empty.txt": expect.stringMatching(/empty/),
    "blank.txt": expect.stringMatching(/whitespace/),
    "binary.txt": expect.stringMatching(/binary/),
    "latin1.txt": expect.stringMatching(/UTF-8/),
    "large.txt": expect.stringMatching(/limit/),
    "bad-date.txt": expect.stringMatching(/2023-02-30/),
    "missing.txt": "no such file or folder",
    "good.txt": "created",
  });
  expect(summary).toMatchObject({ created: 1, rejected: 7 });
  expect(await prisma.report.count()).toBe(1);
  const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: summary.batchId } });
  expect(batch).toMatchObject({ fileCount: 8, createdCount: 1, rejectedCount: 7, duplicateCount: 0 });
  expect(batch.finishedAt).not.toBeNull();
});

test("Unicode survives intact: curly quotes, Cyrillic place names and emoji", async () => {
  const body = "Officials said “about 40 residents” of Купянськ were evacuated on Monday 🚨, and 3 were injured.";
  const summary = await importReports({ files: [text("unicode.txt", ` date 2024-05-06 ${body}`)], actor: { userId: null, source: "cli" }, maxBytes: MAX });
  const report = await prisma.report.findUniqueOrThrow({ where: { id: summary.results[0].reports[0].id }, include: { claims: true } });
  expect(report.body).toContain(body);
  for (const claim of report.claims) expect(report.body.slice(claim.start, claim.end)).toBe(claim.quote);
});

test("a report is written all or nothing: a failure while storing claims leaves no half report", async () => {
  await prisma.$executeRawUnsafe(`
    create or replace function refuse_claim() returns trigger language plpgsql as $$
    begin if new.quote like '%31 drones%' then raise exception 'refused for the test'; end if; return new; end $$`);
  await prisma.$executeRawUnsafe(`create trigger refuse_claim before insert on "Claim" for each row execute function refuse_claim()`);
  try {
    const before = { reports: await prisma.report.count(), sentences: await prisma.sentence.count() };
    const summary = await importReports({ files: [text("fails.txt", GOOD.replace("Two people", "Three people"))], actor: { userId: null, source: "cli" }, maxBytes: MAX });
    expect(summary.results[0]).toMatchObject({ status: "rejected", reason: expect.stringMatching(/could not be stored/) });
    expect({ reports: await prisma.report.count(), sentences: await prisma.sentence.count() }).toEqual(before);
  } finally {
    await prisma.$executeRawUnsafe(`drop trigger refuse_claim on "Claim"`);
  }
});

test("a syndicated near-copy is stored and marked as a copy of the earlier report", async () => {
  const wire =
    "KYIV, March 4 (Reuters) - Russian forces attacked the northeastern city of Kupiansk with guided bombs on Monday, killing two civilians and wounding five others, regional governor Oleh Syniehubov said. " +
    "The city, which had a pre-war population of about 27,000, has been under almost daily shelling since Ukrainian troops recaptured it in September 2022. " +
    "Syniehubov said the strikes damaged a school, a hospital building and at least 14 private houses. Russia's defence ministry did not comment on the attack. " +
    "Ukraine's General Staff said its forces had repelled 12 Russian assaults near the villages of Synkivka and Petropavlivka over the past day.";
  const first = await importReports({ files: [text("wire.txt", ` date 2024-03-04 ${wire}`)], actor: { userId: null, source: "cli" }, maxBytes: MAX });
  const copy = await importReports({
    files: [text("copy.txt", ` date 2024-03-04 ${wire.replace("KYIV, March 4 (Reuters) - ", "").replace("did not comment on the attack", "did not immediately comment")}`)],
    actor: { userId: null, source: "cli" },
    maxBytes: MAX,
  });
  const original = first.results[0].reports[0].id;
  const stored = await prisma.report.findUniqueOrThrow({ where: { id: copy.results[0].reports[0].id } });
  expect(stored.copyOfId).toBe(original);
});

test("the same file imported twice at once ends as one report and one duplicate, never a rejection", async () => {
  const body = " date 2024-08-01 Ukrainian forces repelled 14 Russian assaults near Synkivka over the past day, the General Staff said.";
  const run = () => importReports({ files: [text("same.txt", body)], actor: { userId: null, source: "web" }, maxBytes: MAX });
  const [a, b] = await Promise.all([run(), run()]);
  expect([a.results[0].status, b.results[0].status].sort()).toEqual(["created", "duplicate"]);
  expect(await prisma.report.count({ where: { sourceFile: "same.txt" } })).toBe(1);
});

test("a copy of a copy points at the original, across imports, so the family is one source", async () => {
  const original =
    "ODESA, Aug 5 (Reuters) - A Russian missile strike on the port of Odesa overnight killed three people and wounded 11, including two children, regional governor Oleh Kiper said on Monday. " +
    "The attack damaged a grain terminal, two warehouses and dozens of homes in the city's Peresyp district, he said on the Telegram messaging app. " +
    "Ukraine's air force said it had shot down 14 of 17 drones launched by Russia during the night, and that two Iskander-M missiles had struck the port area.";
  const first = await importReports({ files: [text("wire.txt", ` date 2024-08-05 ${original}`)], actor: { userId: null, source: "cli" }, maxBytes: MAX });
  const copy = original.replace("ODESA, Aug 5 (Reuters) - ", "");
  const second = await importReports({ files: [text("copy-1.txt", ` date 2024-08-05 ${copy}`)], actor: { userId: null, source: "cli" }, maxBytes: MAX });
  const third = await importReports({ files: [text("copy-2.txt", ` date 2024-08-05 ${copy.replace("he said on the Telegram messaging app", "he wrote on Telegram")}`)], actor: { userId: null, source: "cli" }, maxBytes: MAX });
  const root = first.results[0].reports[0].id;
  for (const summary of [second, third]) {
    await expect(prisma.report.findUniqueOrThrow({ where: { id: summary.results[0].reports[0].id } })).resolves.toMatchObject({ copyOfId: root });
  }
});
