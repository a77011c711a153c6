import { prisma } from "@/lib/db";
import { bulkInsert, bulkUpdate } from "@/lib/db/bulk-insert";

const COLUMNS = { id: "text", userId: "text", source: "text", finishedAt: "timestamp(3)", fileCount: "int4", results: "jsonb" } as const;

test("rows go in and are updated through one JSON parameter: Unicode, nulls, dates and jsonb intact", async () => {
  const results = [{ file: "Купянськ «1» \u{1F600}.txt", status: "created" }];
  const rows = [
    { id: "b1", userId: null, source: "cli\t\"quoted\"", finishedAt: new Date("2024-03-02T10:00:00.123Z"), fileCount: 2, results: JSON.stringify(results) },
    { id: "b2", userId: null, source: "web", finishedAt: null, fileCount: 0, results: "[]" },
  ];
  await prisma.$transaction([bulkInsert("ImportBatch", COLUMNS, rows)]);
  await prisma.$transaction([bulkUpdate("ImportBatch", { fileCount: "int4", finishedAt: "timestamp(3)" }, [{ id: "b2", fileCount: 7, finishedAt: null }])]);
  const stored = await prisma.importBatch.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true, source: true, finishedAt: true, fileCount: true, results: true } });
  expect(stored).toEqual([
    { id: "b1", userId: null, source: "cli\t\"quoted\"", finishedAt: new Date("2024-03-02T10:00:00.123Z"), fileCount: 2, results },
    { id: "b2", userId: null, source: "web", finishedAt: null, fileCount: 7, results: [] },
  ]);
});

test("a number JSON cannot carry is refused before anything is written", () => {
  const rows = [{ id: "b3", fileCount: Infinity }];
  expect(() => bulkInsert("ImportBatch", { id: "text", fileCount: "float8" }, rows)).toThrow(/fileCount is Infinity/);
});
