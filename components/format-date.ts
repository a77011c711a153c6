// Report dates are calendar days (PostgreSQL `date`): format in UTC so no timezone shifts them.
export function formatDay(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "undated";
}
