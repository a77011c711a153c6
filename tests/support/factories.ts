// Fixtures as code, shared by the integration and end-to-end layers.
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";

export const ANALYST = { id: "user-analyst-1", email: "analyst@e2e.test", name: "Alex Analyst", password: "analyst-password-1", role: "analyst" } as const;

export async function insertUser(databaseUrl: string, user: { id: string; email: string; name: string; password: string; role: "admin" | "analyst" }): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `insert into "User" (id, email, name, "passwordHash", role) values ($1, $2, $3, $4, $5::"Role") on conflict (email) do nothing`,
      [user.id, user.email, user.name, await hashPassword(user.password), user.role],
    );
  } finally {
    await client.end();
  }
}
