import type { ReportPeriod } from '../../../../domain/reports/report-period.js';
import { reportPeriodQuery } from '../../../routes/reports.js';
import type { FormState } from '../../ui/form.js';

/** Today's date in a zone, as 'YYYY-MM-DD'. */
function dateIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The last six months, this one included: what a coordinator most often reports on. */
export function defaultPeriod(timeZone: string, now: Date): ReportPeriod {
  const to = dateIn(timeZone, now);
  const [year, month] = to.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - 5, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

export type PeriodChoice = { period: ReportPeriod; form: FormState } | { period: null; form: FormState };

/** The period the form asks for, the default one when it asks for none, or what is wrong with it. */
export function periodOfQuery(query: Record<string, unknown>, timeZone: string, now: Date): PeriodChoice {
  const given = { from: typeof query.from === 'string' ? query.from : undefined, to: typeof query.to === 'string' ? query.to : undefined };
  if (!given.from && !given.to) {
    const period = defaultPeriod(timeZone, now);
    return { period, form: { values: { ...period }, errors: {} } };
  }
  const parsed = reportPeriodQuery.safeParse(given);
  if (parsed.success) return { period: parsed.data, form: { values: { ...parsed.data }, errors: {} } };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { period: null, form: { values: given, errors } };
}
