// `prisma generate` never runs the schema-engine binary, but the CLI insists that one exists;
// pointing it at any file lets it generate the client offline (offline-stack.md).
import { execFileSync } from "node:child_process";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], { stdio: "inherit", env });
