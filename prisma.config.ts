// Used by the Prisma CLI (`prisma migrate deploy` where Prisma's binaries are reachable).
// Our own scripts apply the same migrations offline through the WebAssembly schema engine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/crosscheck" },
});
