// The PostgreSQL type for a column of times as a package holds them (resolutions' decidedAt, `toISOString()`):
// timestamptz when every value is an ISO date-time with its offset, date when every value is a calendar date, null
// (keep it text) otherwise — a time without an offset would be read in the server's zone, and an impossible date
// (2026-02-30, which JavaScript rolls over) would fail the whole publish.

const DATE = /^(\d{4}-\d{2}-\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):?[0-5]\d)$/;

function isCalendarDate(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day;
}

export function isoTimeType(values: readonly unknown[]): 'timestamptz' | 'date' | null {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0 || !present.every((v) => typeof v === 'string')) return null;
  for (const [pattern, type] of [
    [DATE_TIME, 'timestamptz'],
    [DATE, 'date'],
  ] as const) {
    if (present.every((v) => isCalendarDate(pattern.exec(v)?.[1] ?? ''))) return type;
  }
  return null;
}
