// Runs before each test file's modules load: points lib/db at this worker's database.
import { databaseUrl } from "../support/databases";

process.env.DATABASE_URL = databaseUrl(process.env.TEST_PG_SERVER_URL!, `crosscheck_test_${process.env.TEST_RUN_ID}_w${process.env.JEST_WORKER_ID}`);
