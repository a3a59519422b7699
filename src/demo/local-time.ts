/** Calendar dates ('YYYY-MM-DD') and wall-clock times in a time zone, for a history laid out in local days. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const hourMs = 3_600_000;
const offsets = new Map<string, number>();

/**
 * How far the zone's wall clock is ahead of UTC at `instant`, in ms. Riga's
 * clocks change on a whole UTC hour, so one answer per zone and hour is
 * kept: a history asks this tens of thousands of times.
 */
function offsetAt(instant: number, zone: string): number {
  const hourStart = Math.floor(instant / hourMs) * hourMs;
  const key = `${zone}@${hourStart}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(hourStart)).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  offsets.set(key, wall - hourStart);
  return wall - hourStart;
}

/** The wall clock of `zone` at `instant`, as if it were UTC. */
const wallClock = (instant: Date, zone: string) => new Date(instant.getTime() + offsetAt(instant.getTime(), zone));

/** The instant a wall clock in `zone` shows `time` ('HH:MM') on `date`. */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset is looked up twice: once near the answer, once at it, which settles it across a change of clocks.
  const guess = wall - offsetAt(wall, zone);
  return new Date(wall - offsetAt(guess, zone));
}

/** Minutes since local midnight that a wall clock in `zone` shows at `instant`. */
export function minutesOfDay(instant: Date, zone: string): number {
  const wall = wallClock(instant, zone);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
}

/** The local date ('YYYY-MM-DD') in `zone` at `instant`. */
export function localDate(instant: Date, zone: string): string {
  return wallClock(instant, zone).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** 'HH:MM' for minutes since midnight. */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
