import "server-only";
import { z } from "zod";

// Read and validated once; `npm start` fills DATABASE_URL and NEXTAUTH_SECRET before Next starts.
const ZServerEnv = z.object({
  DATABASE_URL: z.string().url({ error: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(16, { error: "NEXTAUTH_SECRET must be at least 16 characters" }),
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
});

export type TServerEnv = z.infer<typeof ZServerEnv>;

let cached: TServerEnv | undefined;

export function serverEnv(): TServerEnv {
  cached ??= ZServerEnv.parse(process.env);
  return cached;
}
