// A fresh copy of the migrated template before each test file; the file's client closes after it.
import { recreateDatabase } from "../support/databases";

// Jest ignores `testTimeout` inside `projects` (jestjs/jest#9696): the layer sets it here.
jest.setTimeout(30_000);

beforeAll(async () => {
  const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  await recreateDatabase(process.env.TEST_PG_SERVER_URL!, name, process.env.TEST_PG_TEMPLATE);
});

afterAll(async () => {
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
});
