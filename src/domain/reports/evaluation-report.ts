import { sql, type Kysely } from 'kysely';
import type { Database, MentorRole } from '../../db/database.js';
import { interpretingFigures, type InterpretingCounts, type LanguageGroup, type ReportInterpreter } from './interpreting-figures.js';
import { factColumns, factRows } from './report-facts.js';
import { checkPeriod, monthsOf, type ReportPeriod } from './report-period.js';
import { mergeSmallGroups, type Group } from './small-groups.js';

export interface ReportFigures {
  newClients: number;
  endedClients: number;
  messagesFromClients: number;
  messagesToClients: number;
  checkinsAsked: number;
  checkinsAnswered: number;
  tasksAgreed: number;
  tasksApproved: number;
}

export interface ReportMonth extends ReportFigures, InterpretingCounts {
  month: string;
  clientsServed: number;
  averageMood: number | null;
}

export interface ReportMentor {
  mentorId: string;
  name: string;
  role: MentorRole;
  clientsServed: number;
  messagesToClients: number;
  medianFirstReplyMinutes: number | null;
  tasksAgreed: number;
  tasksApproved: number;
}

export interface EvaluationReport {
  period: ReportPeriod;
  totals: ReportFigures & InterpretingCounts & { clientsServed: number; countries: number; averageServedPerMonth: number };
  months: ReportMonth[];
  profile: { byCountry: Group[]; byLanguage: Group[]; byProgramme: Group[]; byChannel: Group[] };
  mentors: ReportMentor[];
  interpreters: ReportInterpreter[];
  clientsWithInterpreterByLanguage: LanguageGroup[];
}

export interface ReportOptions {
  /** The agency's IANA zone: the calendar the period's dates and months are read in. */
  timeZone: string;
  /** The smallest group the profile shows by name. */
  minGroup: number;
}

type FigureRow = { [column in (typeof factColumns)[number]]: number } & { clients_served: number };

const served = sql`(messages_from_client > 0 or messages_to_client > 0 or checkins_answered > 0)`;
const unknown = 'unknown';

const figureSums = sql.join([
  ...factColumns.map((column) => sql`coalesce(sum(${sql.ref(column)}), 0)::int as ${sql.ref(column)}`),
  sql`count(distinct subject) filter (where ${served})::int as clients_served`,
]);

function figures(row: FigureRow | undefined): ReportFigures {
  return {
    newClients: row?.new_clients ?? 0,
    endedClients: row?.ended_clients ?? 0,
    messagesFromClients: row?.messages_from_client ?? 0,
    messagesToClients: row?.messages_to_client ?? 0,
    checkinsAsked: row?.checkins_asked ?? 0,
    checkinsAnswered: row?.checkins_answered ?? 0,
    tasksAgreed: row?.tasks_agreed ?? 0,
    tasksApproved: row?.tasks_approved ?? 0,
  };
}

const hundredths = (value: number) => Math.round(value * 100) / 100;

/**
 * The funder's evaluation of a period: people served and what was done with them, month by month,
 * who they are (in groups large enough not to point at anyone), each mentor's work and the
 * interpreting. Clients erased since are counted from their de-identified facts, so a past period
 * reads the same.
 */
export async function evaluationReport(db: Kysely<Database>, period: ReportPeriod, options: ReportOptions): Promise<EvaluationReport> {
  checkPeriod(period);
  return db.transaction().execute(async (trx) => {
    const columns = sql.join(factColumns.map((column) => sql.ref(column)));
    await sql`
      create temporary table report_facts on commit drop as
      select client_id::text as subject, day, mentor_id, ${columns}, reply_minutes from (${factRows({ period }, options.timeZone)}) live
      union all
      select subject::text, day, mentor_id, ${columns}, reply_minutes from report_days
       where day between ${period.from}::date and ${period.to}::date`.execute(trx);

    const monthRows = await sql<FigureRow & { month: string }>`
      select to_char(day, 'YYYY-MM') as month, ${figureSums} from report_facts group by 1`.execute(trx);
    const total = await sql<FigureRow>`select ${figureSums} from report_facts`.execute(trx);
    const byMonth = new Map(monthRows.rows.map((row) => [row.month, row]));
    const interpreting = await interpretingFigures(trx, period, options);
    const months = monthsOf(period).map((month): ReportMonth => {
      const row = byMonth.get(month);
      return {
        month,
        clientsServed: row?.clients_served ?? 0,
        ...figures(row),
        averageMood: row && row.mood_count > 0 ? hundredths(row.mood_sum / row.mood_count) : null,
        ...interpreting.month(month),
      };
    });
    const profile = await servedProfile(trx, options.minGroup);
    return {
      period,
      totals: {
        clientsServed: total.rows[0]?.clients_served ?? 0,
        ...figures(total.rows[0]),
        countries: profile.countries,
        averageServedPerMonth: hundredths(months.reduce((sum, month) => sum + month.clientsServed, 0) / months.length),
        ...interpreting.totals,
      },
      months,
      profile: profile.groups,
      mentors: await mentorFigures(trx),
      interpreters: interpreting.interpreters,
      clientsWithInterpreterByLanguage: interpreting.clientsWithInterpreterByLanguage,
    };
  });
}

async function servedProfile(db: Kysely<Database>, minGroup: number) {
  const rows = await sql<{ country: string | null; language: string; programme: string | null; channel: string }>`
    with served as (select distinct subject from report_facts where ${served})
    select coalesce(nullif(trim(c.country), ''), nullif(trim(r.country), '')) as country,
           coalesce(c.language, r.language) as language,
           coalesce(nullif(trim(c.programme), ''), nullif(trim(r.programme), '')) as programme,
           coalesce(r.channel, (select ca.channel from channel_accounts ca where ca.client_id = c.id
                                 order by (ca.status = 'active') desc, ca.created_at desc limit 1), 'none') as channel
      from served s
      left join clients c on c.id::text = s.subject
      left join report_subjects r on r.subject::text = s.subject`.execute(db);
  const tally = (valueOf: (row: (typeof rows.rows)[number]) => string | null) => {
    // Spelt differently ("Syria", "syria") is still one country, named by its commonest spelling.
    const spellings = new Map<string, Map<string, number>>();
    for (const row of rows.rows) {
      const value = valueOf(row) ?? unknown;
      const key = value.toLocaleLowerCase('en');
      const seen = spellings.get(key) ?? new Map<string, number>();
      seen.set(value, (seen.get(value) ?? 0) + 1);
      spellings.set(key, seen);
    }
    return new Map(
      [...spellings.values()].map((seen) => {
        const [name] = [...seen].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0] ?? [unknown];
        return [name, [...seen.values()].reduce((sum, count) => sum + count, 0)] as const;
      }),
    );
  };
  const countries = new Set(rows.rows.flatMap((row) => (row.country === null ? [] : [row.country.toLocaleLowerCase('en')])));
  return {
    countries: countries.size,
    groups: {
      byCountry: mergeSmallGroups(tally((row) => row.country), minGroup),
      byLanguage: mergeSmallGroups(tally((row) => row.language), minGroup),
      byProgramme: mergeSmallGroups(tally((row) => row.programme), minGroup),
      byChannel: mergeSmallGroups(tally((row) => row.channel), minGroup),
    },
  };
}

async function mentorFigures(db: Kysely<Database>): Promise<ReportMentor[]> {
  const rows = await sql<{
    id: string;
    name: string;
    role: MentorRole;
    clients_served: number;
    messages_to_client: number;
    tasks_agreed: number;
    tasks_approved: number;
    median: number | null;
  }>`
    select m.id, m.name, m.role,
           count(distinct f.subject) filter (where ${served})::int as clients_served,
           coalesce(sum(f.messages_to_client), 0)::int as messages_to_client,
           coalesce(sum(f.tasks_agreed), 0)::int as tasks_agreed,
           coalesce(sum(f.tasks_approved), 0)::int as tasks_approved,
           (select percentile_cont(0.5) within group (order by minutes)
              from report_facts w, unnest(w.reply_minutes) as minutes where w.mentor_id = m.id) as median
      from mentors m
      left join report_facts f on f.mentor_id = m.id
     group by m.id
    having m.active or count(f.subject) > 0
     order by lower(m.name), m.id`.execute(db);
  return rows.rows.map((row) => ({
    mentorId: row.id,
    name: row.name,
    role: row.role,
    clientsServed: row.clients_served,
    messagesToClients: row.messages_to_client,
    medianFirstReplyMinutes: row.median === null ? null : hundredths(row.median),
    tasksAgreed: row.tasks_agreed,
    tasksApproved: row.tasks_approved,
  }));
}
