import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import { textToClient } from './relay.js';

/** Local time from which a task due today is brought to mind. */
const dueReminderTime = '09:00';
/** Local time of the weekly summary, on each client's chosen weekday. */
const weeklySummaryTime = '17:00';
/** How far back a streak is looked for. */
const streakHorizonDays = 120;

export interface TaskScheduleOptions {
  translator: Translator;
  now: Date;
  catchupMs: number;
}

/** On the morning of its due date, in the client's zone, each open task is brought to mind once. */
export async function remindDueTasks(db: Kysely<Database>, options: TaskScheduleOptions): Promise<number> {
  const now = options.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const due = await sql<{ client_id: string; title: string; language: string }>`
      update tasks t set due_reminded_at = ${now}::timestamptz
      from clients c
      where c.id = t.client_id
        and t.status = 'assigned' and t.due_reminded_at is null
        and t.due_date = (${now}::timestamptz at time zone c.timezone)::date
        and (${now}::timestamptz at time zone c.timezone)::time >= ${dueReminderTime}::time
        and c.status = 'active' and c.consent_given
      returning t.client_id, t.title, c.language`.execute(trx);
    for (const task of due.rows) {
      await textToClient(trx, task.client_id, options.translator.t(task.language, 'task-due-reminder', { title: task.title }));
    }
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
  return db.transaction().execute(async (trx) => {
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
    for (const client of due.rows) {
      const done = await trx
        .selectFrom('tasks')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('client_id', '=', client.client_id)
        .where('status', '=', 'approved')
        .where('approved_at', '>', new Date(options.now.getTime() - 7 * 86_400_000))
        .executeTakeFirstOrThrow();
      const streak = await activeStreak(trx, client.client_id, client.timezone, client.local_date);
      const id = done.n === 0 && streak === 0 ? 'weekly-summary-quiet' : 'weekly-summary';
      await textToClient(trx, client.client_id, options.translator.t(client.language, id, { name: client.name, done: done.n, streak }));
    }
    return due.rows.length;
  });
}

/** Days in a row, up to today (or yesterday, while today is still open), with an answer or a task shown done. */
export async function activeStreak(db: Kysely<Database>, clientId: string, timezone: string, today: string): Promise<number> {
  const rows = await sql<{ day: string }>`
    select distinct day::text from (
      select local_date as day from checkins where client_id = ${clientId} and answered_at is not null
      union
      select (e.created_at at time zone ${timezone})::date from task_evidence e join tasks t on t.id = e.task_id where t.client_id = ${clientId}
      union
      select (submitted_at at time zone ${timezone})::date from tasks where client_id = ${clientId} and submitted_at is not null
    ) days
    where day > ${today}::date - ${streakHorizonDays}::int and day <= ${today}::date
    order by day desc`.execute(db);
  const days = new Set(rows.rows.map((r) => r.day));
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  let cursor = days.has(today) ? today : dayBefore(today);
  let streak = 0;
  while (days.has(cursor)) {
    streak += 1;
    cursor = dayBefore(cursor);
  }
  return streak;
}
