import "server-only";
import { prisma } from "@/lib/db";

type PgType = "text" | "int4" | "float8" | "bool" | "date" | "timestamp(3)" | `"${string}"`;
export type TColumns<Row> = { [K in keyof Row]?: PgType };

/**
 * One INSERT … SELECT FROM unnest($1::type[], …) per table: a few array parameters instead of
 * thousands of placeholders (Prisma's createMany spent seconds per chunk building those).
 * Table and column names come from code, never from input.
 */
export function bulkInsert<Row extends Record<string, unknown>>(table: string, columns: TColumns<Row>, rows: Row[], { onConflictDoNothing = false } = {}) {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const arrays = names.map((name) =>
    rows.map((row) => {
      const value = row[name];
      return value instanceof Date ? value.toISOString() : (value ?? null);
    }),
  );
  const casts = names.map((name, i) => {
    const type = columns[name]!;
    // Enum arrays travel as text[] and are cast element-wise.
    return type.startsWith('"') ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`;
  });
  const selects = names.map((name) => (columns[name]!.startsWith('"') ? `"${name}"::${columns[name]}` : `"${name}"`));
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT ${selects.join(", ")} FROM unnest(${casts.join(", ")}) AS t(${names.map((n) => `"${n}"`).join(", ")})` +
    (onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
  return prisma.$executeRawUnsafe(sql, ...arrays);
}
