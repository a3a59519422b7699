import { ValidationError } from '../../core/errors.js';

/** A reporting period: calendar dates in the agency's time zone, both inclusive. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const longestYears = 5;

function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year + years, month - 1, day));
  // 29 February plus a year is 28 February, not 1 March.
  if (moved.getUTCDate() !== day) moved.setUTCDate(0);
  return moved.toISOString().slice(0, 10);
}

/** What is wrong with a period that runs backwards or is longer than five years; null when nothing. */
export function periodProblem(period: ReportPeriod): string | null {
  if (period.from > period.to) return 'must not be before from';
  if (period.to >= addYears(period.from, longestYears)) return `must be less than ${longestYears} years after from`;
  return null;
}

export function checkPeriod(period: ReportPeriod): ReportPeriod {
  const problem = periodProblem(period);
  if (problem) throw new ValidationError('INVALID_PERIOD', 'to', problem);
  return period;
}

/** Every calendar month ('YYYY-MM') the period overlaps, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
