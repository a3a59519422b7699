import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { textsToClients } from '../threads/relay.js';
import { inScope } from '../turn/scope.js';

/** Local time from which a task due today is brought to mind, unless the deployment sets another. */
const defaultDueReminderTime = '09:00';
/** Local time of the weekly summary, on each client's chosen weekday, unless the deployment sets another. */
const defaultWeeklySummaryTime = '17:00';
/** How far back a streak is looked for. */
const streakHorizonDays = 120;

export interface TaskScheduleOptions {
  translator: Translator;
  now: Date;
  catchupMs: number;
  /** Local 'HH:MM' in each client's zone. */
  dueReminderTime?: string;
  /** Local 'HH:MM' in each client's zone. */
  weeklySummaryTime?: string;
}

/** On the morning of its due date, in the client's zone, each open task is brought to mind once. */
export async function remindDueTasks(db: Kysely<Database>, options: TaskScheduleOptions): Promise<number> {
  const now = options.now.toISOString();
  const dueReminderTime = options.dueReminderTime ?? defaultDueReminderTime;
  return inScope(db, { translator: options.translator, clock: () => options.now }, async (scope) => {
    const trx = scope.db;
    const due = await sql<{ client_id: string; title: string; language: string }>`
      update tasks t set due_reminded_at = ${now}::timestamptz
      from clients c
      where c.id = t.client_id
        and t.status = 'assigned' and t.due_reminded_at is null
        and t.due_date = (${now}::timestamptz at time zone c.timezone)::date
        and (${now}::timestamptz at time zone c.timezone)::time >= ${dueReminderTime}::time
        and c.status = 'active' and c.consent_given
      returning t.client_id, t.title, c.language`.execute(trx);
    await textsToClients(
      scope,
      due.rows.map((task) => ({ clientId: task.client_id, text: options.translator.t(task.language, 'task-due-reminder', { title: task.title }) })),
      'bulk',
    );
    return due.rows.length;
  });
}

/**
 * Each client's weekly summary on their chosen weekday: tasks approved in
 * the last seven days and their streak of days with an answered check-in or
 * a task shown done. Once per client and local date.
 */
export async function sendWeeklySummaries(db: Kysely<Database>, options: TaskScheduleOptions): Promise<number> {
  const now = options.now.toISOString();
  const weeklySummaryTime = options.weeklySummaryTime ?? defaultWeeklySummaryTime;
  return inScope(db, { translator: options.translator, clock: () => options.now }, async (scope) => {
    const trx = scope.db;
    const due = await sql<{ client_id: string; local_date: string; name: string; language: string; timezone: string }>`
      with due as (
        insert into weekly_summaries (client_id, local_date, sent_at)
        select c.id, d.local_date, ${now}::timestamptz
        from clients c
        cross join lateral (select (${now}::timestamptz at time zone c.timezone)::date as local_date) d
        where c.status = 'active' and c.consent_given and c.checkins_stopped_at is null
          and extract(isodow from d.local_date)::int = c.weekly_summary_day
          and (d.local_date + ${weeklySummaryTime}::time) at time zone c.timezone <= ${now}::timestamptz
          and ${now}::timestamptz < (d.local_date + ${weeklySummaryTime}::time) at time zone c.timezone
                                    + ${options.catchupMs} * interval '1 millisecond'
          and exists (select 1 from channel_accounts a where a.client_id = c.id and a.status = 'active')
        on conflict (client_id, local_date) do nothing
        returning client_id, local_date
      )
      select due.client_id, due.local_date::text, c.name, c.language, c.timezone
      from due join clients c on c.id = due.client_id`.execute(trx);
    if (due.rows.length === 0) return 0;
    const clientIds = due.rows.map((client) => client.client_id);
    const approved = await trx
      .selectFrom('tasks')
      .select(['client_id', sql<number>`count(*)::int`.as('n')])
      .where('client_id', 'in', clientIds)
      .where('status', '=', 'approved')
      .where('approved_at', '>', new Date(options.now.getTime() - 7 * 86_400_000))
      .groupBy('client_id')
      .execute();
    const doneBy = new Map(approved.map((row) => [row.client_id, row.n]));
    const streaks = await activeStreaks(
      trx,
      due.rows.map((client) => ({ clientId: client.client_id, timezone: client.timezone, today: client.local_date })),
    );
    await textsToClients(
      scope,
      due.rows.map((client) => {
        const done = doneBy.get(client.client_id) ?? 0;
        const streak = streaks.get(client.client_id) ?? 0;
        const id = done === 0 && streak === 0 ? 'weekly-summary-quiet' : 'weekly-summary';
        return { clientId: client.client_id, text: options.translator.t(client.language, id, { name: client.name, done, streak }) };
      }),
      'bulk',
      'weekly_summary',
    );
    return due.rows.length;
  });
}

/** Days in a row, up to today (or yesterday, while today is still open), with an answer or a task shown done. */
export async function activeStreak(db: Kysely<Database>, clientId: string, timezone: string, today: string): Promise<number> {
  return (await activeStreaks(db, [{ clientId, timezone, today }])).get(clientId) ?? 0;
}

/** The active streak of each of several clients, each counted in its own zone, by client id. */
export async function activeStreaks(
  db: Kysely<Database>,
  clients: { clientId: string; timezone: string; today: string }[],
): Promise<Map<string, number>> {
  if (clients.length === 0) return new Map();
  const rows = await sql<{ client_id: string; day: string }>`
    select x.client_id, days.day::text
    from unnest(${clients.map((c) => c.clientId)}::uuid[], ${clients.map((c) => c.timezone)}::text[], ${clients.map((c) => c.today)}::date[])
      as x(client_id, timezone, today)
    cross join lateral (
      select distinct day from (
        select local_date as day from checkins where client_id = x.client_id and answered_at is not null
        union
        select (e.created_at at time zone x.timezone)::date from task_evidence e join tasks t on t.id = e.task_id where t.client_id = x.client_id
        union
        select (submitted_at at time zone x.timezone)::date from tasks where client_id = x.client_id and submitted_at is not null
      ) active
      where day > x.today - ${streakHorizonDays}::int and day <= x.today
    ) days`.execute(db);
  const daysOf = new Map<string, Set<string>>();
  for (const row of rows.rows) daysOf.set(row.client_id, (daysOf.get(row.client_id) ?? new Set()).add(row.day));
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return new Map(
    clients.map(({ clientId, today }) => {
      const days = daysOf.get(clientId) ?? new Set<string>();
      let cursor = days.has(today) ? today : dayBefore(today);
      let streak = 0;
      while (days.has(cursor)) {
        streak += 1;
        cursor = dayBefore(cursor);
      }
      return [clientId, streak];
    }),
  );
}
