/** 'YYYY-MM-DD' of the day `offsetDays` after today in a time zone: today read in the zone, then calendar days added. */
export function localDate(now: Date, timeZone: string, offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + offsetDays)).toISOString().slice(0, 10);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A due date as a mentor types it: 2026-11-25, 25.11.2026, 25.11 or 25/11.
 * Without a year it is the next such day from today.
 */
export function parseDueDate(text: string, today: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const dotted = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?$/.exec(text.trim());
  let [year, month, day] = [0, 0, 0];
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) {
    [day, month] = [Number(dotted[1]), Number(dotted[2])];
    year = dotted[3] ? Number(dotted[3]) : Number(today.slice(0, 4));
  } else return null;
  if (!isCalendarDate(year, month, day)) return null;
  let date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (dotted && !dotted[3] && date < today && isCalendarDate(year + 1, month, day)) date = `${year + 1}${date.slice(4)}`;
  return date < today ? null : date;
}
