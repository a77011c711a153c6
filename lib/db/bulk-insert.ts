import "server-only";
import { prisma } from "@/lib/db";

type PgType = "text" | "int4" | "float8" | "bool" | "date" | "jsonb" | "timestamp(3)" | `"${string}"`;
export type TColumns<Row> = { [K in keyof Row]?: PgType };

function unnestParts<Row extends Record<string, unknown>>(columns: TColumns<Row>, rows: Row[]) {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const arrays = names.map((name) =>
    rows.map((row) => {
      const value = row[name];
      return value instanceof Date ? value.toISOString() : (value ?? null);
    }),
  );
  // Enum arrays travel as text[] and are cast element-wise.
  const isEnum = (name: keyof Row & string) => columns[name]!.startsWith('"');
  const casts = names.map((name, i) => (isEnum(name) ? `$${i + 1}::text[]` : `$${i + 1}::${columns[name]}[]`));
  const values = names.map((name) => (isEnum(name) ? `v."${name}"::${columns[name]}` : `v."${name}"`));
  const from = `unnest(${casts.join(", ")}) AS v(${names.map((n) => `"${n}"`).join(", ")})`;
  return { names, arrays, values, from };
}

/**
 * One INSERT … SELECT FROM unnest($1::type[], …) per table: a few array parameters instead of
 * thousands of placeholders (Prisma's createMany spent seconds per chunk building those).
 * Table and column names come from code, never from input.
 */
export function bulkInsert<Row extends Record<string, unknown>>(table: string, columns: TColumns<Row>, rows: Row[], { onConflictDoNothing = false } = {}) {
  const { names, arrays, values, from } = unnestParts(columns, rows);
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${values.join(", ")} FROM ${from}` +
    (onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
  return prisma.$executeRawUnsafe(sql, ...arrays);
}

/** The same for updates by id: every column but `id` is set from the row with that id. */
export function bulkUpdate<Row extends Record<string, unknown> & { id: string }>(table: string, columns: TColumns<Row>, rows: Row[]) {
  const { names, arrays, values, from } = unnestParts({ id: "text", ...columns } as TColumns<Row>, rows);
  const sets = names.flatMap((name, i) => (name === "id" ? [] : [`"${name}" = ${values[i]}`]));
  return prisma.$executeRawUnsafe(`UPDATE "${table}" AS t SET ${sets.join(", ")} FROM ${from} WHERE t.id = v.id`, ...arrays);
}
