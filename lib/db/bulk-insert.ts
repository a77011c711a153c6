import "server-only";
import { prisma } from "@/lib/db";

type PgType = "text" | "int4" | "float8" | "bool" | "date" | "jsonb" | "timestamp(3)" | `"${string}"`;
export type TColumns<Row> = { [K in keyof Row]?: PgType };

/**
 * The rows as one JSON text and the record type PostgreSQL reads them back with. One string
 * parameter instead of an array per column, which pg must turn into array literals element by
 * element. Measured: a 1 MB string parameter cost ~6 ms of CPU through Prisma, ~1 ms through pg,
 * and JSON.stringify of the rows ~3 ms; bench:import 10k took 55.6 s with this against 56.4 s
 * before, inside the run-to-run spread. Dates travel as ISO strings, jsonb values as JSON text.
 */
export function jsonRecords<Row extends Record<string, unknown>>(columns: TColumns<Row>, rows: Row[]) {
  const names = Object.keys(columns) as (keyof Row & string)[];
  // JSON has no NaN or Infinity; JSON.stringify would write null in their place without a word.
  for (const name of names) {
    if (columns[name] !== "float8") continue;
    for (const row of rows) {
      const value = row[name];
      if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`bulk write: ${name} is ${value}, which the database column cannot hold`);
    }
  }
  // jsonb values arrive already encoded and are read as text, then cast: the key list given to
  // JSON.stringify would otherwise filter their inner keys too.
  const isJson = (name: string) => columns[name] === "jsonb";
  return {
    names,
    // Only the listed columns; a missing (undefined) one reads as null.
    json: JSON.stringify(rows, names),
    recordType: names.map((name) => `"${name}" ${isJson(name) ? "text" : columns[name]}`).join(", "),
    values: names.map((name) => (isJson(name) ? `v."${name}"::jsonb` : `v."${name}"`)),
  };
}

/**
 * One INSERT … SELECT FROM json_to_recordset($1) per table, whatever the number of rows.
 * Table and column names come from code, never from input.
 */
export function bulkInsert<Row extends Record<string, unknown>>(table: string, columns: TColumns<Row>, rows: Row[], { onConflictDoNothing = false } = {}) {
  const { names, json, recordType, values } = jsonRecords(columns, rows);
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${values.join(", ")} FROM json_to_recordset($1::json) AS v(${recordType})` +
    (onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
  return prisma.$executeRawUnsafe(sql, json);
}

/** The same for updates by id: every column but `id` is set from the row with that id. */
export function bulkUpdate<Row extends Record<string, unknown> & { id: string }>(table: string, columns: TColumns<Row>, rows: Row[]) {
  const { names, json, recordType, values } = jsonRecords({ ...columns, id: "text" } as TColumns<Row>, rows);
  const sets = names.flatMap((name, i) => (name === "id" ? [] : [`"${name}" = ${values[i]}`]));
  return prisma.$executeRawUnsafe(`UPDATE "${table}" AS t SET ${sets.join(", ")} FROM json_to_recordset($1::json) AS v(${recordType}) WHERE t.id = v.id`, json);
}
