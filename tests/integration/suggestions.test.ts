import { prisma } from "@/lib/db";
import { importReports } from "@/lib/reports/import-reports";
import { recomputeSuggestions } from "@/lib/reports/update-suggestions";

const file = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
const actor = { userId: null, source: "cli" as const };
const MAX = 1024 * 1024;

async function woundedClaim(reportTitleFragment: string) {
  return prisma.claim.findFirstOrThrow({
    where: { category: "injured", report: { body: { contains: reportTitleFragment } } },
    select: { id: true, quote: true, suggestedVerdict: true, suggestedSubtype: true, suggestedReason: true, needsAnotherLook: true },
  });
}

// Agreement and conflict are stored once per pair, so a claim's relations are read from both ends.
function relationsOf(claimId: string) {
  return prisma.claimRelation.findMany({
    where: { OR: [{ claimId }, { otherClaimId: claimId, relation: { not: "near" } }] },
    select: { relation: true, reason: true },
  });
}

test("a new report's conflicting figure changes the stored suggestion of the earlier claim, with reasons", async () => {
  await importReports({ files: [file("a.txt", " date 2024-06-03 Four people were wounded in Kupiansk on Monday when Russian artillery hit the market, the governor said.")], actor, maxBytes: MAX });
  const alone = await woundedClaim("market, the governor");
  expect(alone).toMatchObject({ suggestedVerdict: "unverified", suggestedSubtype: "no_other_report" });
  expect(alone.suggestedReason).toBeTruthy();

  await importReports({ files: [file("b.txt", " date 2024-06-03 Three civilians were wounded in Kupyansk on Monday after shelling, local police reported.")], actor, maxBytes: MAX });
  const first = await woundedClaim("market, the governor");
  const second = await woundedClaim("local police");
  expect(first).toMatchObject({ suggestedVerdict: "conflicting", suggestedSubtype: "contradiction" });
  expect(second).toMatchObject({ suggestedVerdict: "conflicting" });
  const expected = [{ relation: "conflicts", reason: expect.stringMatching(/4.*3|3.*4/) }];
  expect(await relationsOf(first.id)).toEqual(expected);
  expect(await relationsOf(second.id)).toEqual(expected);
  expect(await prisma.claimRelation.count({ where: { relation: { not: "near" } } })).toBe(1);
});

test("a reviewed claim whose suggestion changes is flagged for another look, its verdict untouched", async () => {
  const claim = await woundedClaim("market, the governor");
  const reviewer = await prisma.user.create({ data: { email: "r@example.org", name: "R", passwordHash: "x" } });
  await prisma.review.create({ data: { claimId: claim.id, reviewerId: reviewer.id, verdict: "conflicting", evidenceClaimIds: [] } });
  await prisma.claim.update({ where: { id: claim.id }, data: { currentVerdict: "conflicting" } });

  // (a UN mission: independent of the governor, where a second Ukrainian authority would not be)
  await importReports({ files: [file("c.txt", " date 2024-06-03 In Kupiansk, four residents were wounded on Monday, the UN monitoring mission said in a statement.")], actor, maxBytes: MAX });
  const after = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { currentVerdict: true, suggestedVerdict: true, needsAnotherLook: true } });
  expect(after.currentVerdict).toBe("conflicting");
  expect(after.suggestedVerdict).toBe("conflicting");
  // Conflict still wins over the new corroboration, so nothing to flag yet.
  expect(after.needsAnotherLook).toBe(false);

  await prisma.claim.updateMany({ where: { report: { sourceFile: "b.txt" } }, data: { isCurrent: false } });
  await recomputeSuggestions();
  const flagged = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { currentVerdict: true, suggestedVerdict: true, needsAnotherLook: true } });
  expect(flagged).toEqual({ currentVerdict: "conflicting", suggestedVerdict: "corroborated", needsAnotherLook: true });
});

test("the incremental update and the full recompute agree", async () => {
  const snapshot = () =>
    prisma.claim.findMany({ where: { isCurrent: true }, orderBy: { id: "asc" }, select: { id: true, suggestedVerdict: true, suggestedSubtype: true, suggestedReason: true, groupLower: true, groupUpper: true, conservative: true } });
  await importReports({ files: [file("d.txt", " date 2024-06-04 More than 600 residents were evacuated from Kupiansk district over the past day, the regional administration said.")], actor, maxBytes: MAX });
  await importReports({ files: [file("e.txt", " date 2024-06-04 About 600 people have been evacuated from the Kupiansk area in the last day, officials in Kharkiv said.")], actor, maxBytes: MAX });
  const incremental = await snapshot();
  await recomputeSuggestions();
  expect(await snapshot()).toEqual(incremental);
});

test("imports running at the same time leave the same suggestions and relations as a full recompute", async () => {
  const relations = () => prisma.claimRelation.findMany({ orderBy: [{ claimId: "asc" }, { otherClaimId: "asc" }], select: { claimId: true, otherClaimId: true, relation: true } });
  const suggestions = () => prisma.claim.findMany({ where: { isCurrent: true }, orderBy: { id: "asc" }, select: { id: true, suggestedVerdict: true, suggestedSubtype: true } });
  await Promise.all(
    ["Five", "Six", "Five", "Seven"].map((n, i) =>
      importReports({ files: [file(`parallel-${i}.txt`, ` date 2024-07-0${i + 1} ${n} people were wounded in Izium on ${["Monday", "Tuesday", "Wednesday", "Thursday"][i]}, outlet ${i} reported from the scene.`)], actor, maxBytes: MAX }),
    ),
  );
  const incremental = { relations: await relations(), suggestions: await suggestions() };
  await recomputeSuggestions();
  expect({ relations: await relations(), suggestions: await suggestions() }).toEqual(incremental);
});

test("deleting a report deletes the pair relations of its claims at both ends (relations have no foreign keys)", async () => {
  await importReports({
    files: [
      file("f.txt", " date 2024-08-01 Nine people were wounded in Lyman on Thursday, the regional governor said."),
      file("g.txt", " date 2024-08-01 Eleven people were wounded in Lyman on Thursday, police said."),
      file("h.txt", " date 2024-08-01 Nine people were wounded in Lyman on Thursday, rescuers told reporters."),
    ],
    actor, maxBytes: MAX,
  });
  const ids = async (name: string) => (await prisma.claim.findMany({ where: { report: { sourceFile: name } }, select: { id: true } })).map((c) => c.id);
  const [f, g] = [await ids("f.txt"), await ids("g.txt")];
  const touching = (claimIds: string[]) => prisma.claimRelation.count({ where: { OR: [{ claimId: { in: claimIds } }, { otherClaimId: { in: claimIds } }] } });
  expect(await touching(f)).toBeGreaterThan(0);
  expect(await touching(g)).toBeGreaterThan(0);

  await prisma.report.deleteMany({ where: { sourceFile: "f.txt" } });
  expect(await touching(f)).toBe(0);
  // The relation between the two reports left is kept.
  expect(await touching(g)).toBeGreaterThan(0);
});
