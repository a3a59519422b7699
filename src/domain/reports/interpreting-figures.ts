import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { interpreterSpanRows, translationRows } from './report-facts.js';
import { monthsOf, type ReportPeriod } from './report-period.js';
import { mergeSmallGroups } from './small-groups.js';

export interface InterpretingCounts {
  /** Distinct messages a translation was written of. */
  messagesInterpreted: number;
  /** Distinct clients who had an interpreter on any of the days. */
  clientsWithInterpreter: number;
}

export interface InterpretedMonth {
  month: string;
  messagesInterpreted: number;
}

export interface ReportInterpreter {
  interpreterId: string;
  name: string;
  messagesInterpreted: number;
  /** Every month of the period, zeros included. */
  months: InterpretedMonth[];
}

export interface LanguageGroup {
  language: string;
  clients: number;
}

export interface InterpretingFigures {
  /** A month's counts ('YYYY-MM'); zeros for one without interpreting. */
  month(month: string): InterpretingCounts;
  totals: InterpretingCounts;
  interpreters: ReportInterpreter[];
  /** Clients with an interpreter by their language, small groups merged into "other". */
  clientsWithInterpreterByLanguage: LanguageGroup[];
}

// The key of a count over all interpreters or all months: no staff id or 'YYYY-MM' is spelt so.
const everything = 'all';

/**
 * The interpreting of a period: messages interpreted per month and by each interpreter, and the
 * clients who had an interpreter, per month and by language. A message translated in two months
 * counts in each, once in the period; erased clients count from their de-identified rows.
 */
export async function interpretingFigures(
  db: Kysely<Database>,
  period: ReportPeriod,
  options: { timeZone: string; minGroup: number },
): Promise<InterpretingFigures> {
  const { from, to } = period;
  // One pass, four groupings: a null month or interpreter is the row for all of them.
  const messages = await sql<{ interpreter_id: string | null; month: string | null; messages: number }>`
    with translated as (
      select message, interpreter_id, to_char(day, 'YYYY-MM') as month from (${translationRows({ period }, options.timeZone)}) live
      union all
      select message, interpreter_id, to_char(day, 'YYYY-MM') from report_translations where day between ${from}::date and ${to}::date
    )
    select interpreter_id, month, count(distinct message)::int as messages
      from translated
     group by grouping sets ((), (month), (interpreter_id), (interpreter_id, month))`.execute(db);

  // Each month's days within the period, and the clients whose interpreter covered any of them;
  // a null month or language is again the row for all of them.
  const clients = await sql<{ month: string | null; language: string | null; clients: number }>`
    with spans as (
      select s.client_id as subject, s.first_day, s.last_day, c.language
        from (${interpreterSpanRows({ period }, options.timeZone)}) s join clients c on c.id = s.client_id
      union all
      select s.subject, s.first_day, s.last_day, r.language
        from report_interpreter_spans s join report_subjects r on r.subject = s.subject
       where s.first_day <= ${to}::date and s.last_day >= ${from}::date
    ), months as (
      select to_char(m, 'YYYY-MM') as month,
             greatest(m::date, ${from}::date) as first_day, least((m + interval '1 month')::date - 1, ${to}::date) as last_day
        from generate_series(date_trunc('month', ${from}::date::timestamp), ${to}::date::timestamp, interval '1 month') m
    )
    select m.month, s.language, count(distinct s.subject)::int as clients
      from spans s join months m on s.first_day <= m.last_day and (s.last_day is null or s.last_day >= m.first_day)
     group by grouping sets ((), (m.month), (s.language))`.execute(db);

  const messageCount = new Map(messages.rows.map((row) => [`${row.interpreter_id ?? everything}/${row.month ?? everything}`, row.messages]));
  const messagesOf = (interpreter: string, month: string) => messageCount.get(`${interpreter}/${month}`) ?? 0;
  const clientsByMonth = new Map(clients.rows.flatMap((row) => (row.month === null ? [] : [[row.month, row.clients] as const])));
  const languages = new Map(clients.rows.flatMap((row) => (row.language === null ? [] : [[row.language, row.clients] as const])));

  const interpreters = await sql<{ id: string; name: string }>`
    select s.id, s.name from staff s
     where (s.role = 'interpreter' and s.active)
        or s.id = any(${messages.rows.flatMap((row) => (row.interpreter_id === null ? [] : [row.interpreter_id]))}::uuid[])
     order by lower(s.name), s.id`.execute(db);

  return {
    month: (month) => ({ messagesInterpreted: messagesOf(everything, month), clientsWithInterpreter: clientsByMonth.get(month) ?? 0 }),
    totals: {
      messagesInterpreted: messagesOf(everything, everything),
      clientsWithInterpreter: clients.rows.find((row) => row.month === null && row.language === null)?.clients ?? 0,
    },
    interpreters: interpreters.rows.map((staff) => ({
      interpreterId: staff.id,
      name: staff.name,
      messagesInterpreted: messagesOf(staff.id, everything),
      months: monthsOf(period).map((month) => ({ month, messagesInterpreted: messagesOf(staff.id, month) })),
    })),
    clientsWithInterpreterByLanguage: mergeSmallGroups(languages, options.minGroup).map((group) => ({ language: group.value, clients: group.clients })),
  };
}
