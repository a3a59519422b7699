import { sql, type RawBuilder } from 'kysely';
import type { ReportPeriod } from './report-period.js';

/** Whose facts to read: every client's within a period, or one client's over their whole life. */
export type FactScope = { period: ReportPeriod } | { clientId: string };

/** The columns of one fact row; report_days holds the same for erased clients. */
export const factColumns = [
  'new_clients',
  'ended_clients',
  'messages_from_client',
  'messages_to_client',
  'checkins_asked',
  'checkins_answered',
  'mood_sum',
  'mood_count',
  'tasks_agreed',
  'tasks_approved',
] as const;

/** The conditions a scope puts on a moment and a client, and a moment's agency-calendar day. */
function scopeConditions(scope: FactScope, timeZone: string) {
  const start = 'period' in scope ? sql`(${scope.period.from}::date)::timestamp at time zone ${timeZone}` : sql`'-infinity'::timestamptz`;
  const end = 'period' in scope ? sql`(${scope.period.to}::date + 1)::timestamp at time zone ${timeZone}` : sql`'infinity'::timestamptz`;
  return {
    inRange: (column: RawBuilder<unknown>) => sql`${column} >= ${start} and ${column} < ${end}`,
    /** A span from `from` to `until` (null: still running) that shares a moment with the scope. */
    overlaps: (from: RawBuilder<unknown>, until: RawBuilder<unknown>) => sql`${from} < ${end} and (${until} is null or ${until} > ${start})`,
    ofClient: (column: RawBuilder<unknown>) => ('clientId' in scope ? sql`${column} = ${scope.clientId}::uuid` : sql`true`),
    day: (column: RawBuilder<unknown>) => sql`(${column} at time zone ${timeZone})::date`,
  };
}

/**
 * The mentor a client was assigned to at a moment: the assignment running then, or, for what
 * happened before the first one began (history brought in from before enrolment), the first.
 */
function mentorAt(clientId: RawBuilder<unknown>, at: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(select a.mentor_id from assignments a where a.client_id = ${clientId}
              order by (a.started_at <= ${at} and (a.ended_at is null or a.ended_at > ${at})) desc, a.started_at
              limit 1)`;
}

/**
 * One row per client, agency-calendar day and mentor, with what the evaluation report counts:
 * clients created and ended, messages from the client and written to them by staff, check-ins
 * asked and answered (by the check-in's own day), moods, tasks agreed and approved, and the
 * minutes each wait the client opened that day took to get its mentor's first reply.
 *
 * A message "to the client" is one a person wrote (a mentor, or a coordinator from the console);
 * automatic prompts, reminders and summaries are written by the system and do not count. A mentor's
 * figures are what they did: messages they wrote, tasks they agreed, and the client's messages and
 * answers while the client was assigned to them.
 */
export function factRows(scope: FactScope, timeZone: string): RawBuilder<unknown> {
  const { inRange, ofClient, day } = scopeConditions(scope, timeZone);
  const checkinDays =
    'period' in scope ? sql`k.local_date between ${scope.period.from}::date and ${scope.period.to}::date` : sql`true`;
  // Every event is one row of zeros but for what it counts; the outer query adds them up.
  const event = (values: Partial<Record<(typeof factColumns)[number], RawBuilder<unknown>>>, reply = sql`null::float8`) =>
    sql.join([...factColumns.map((column) => sql`${values[column] ?? sql`0`}::int as ${sql.ref(column)}`), sql`${reply} as reply`]);
  return sql`
    with events as (
      select t.client_id, ${day(sql`m.created_at`)} as day, ${mentorAt(sql`t.client_id`, sql`m.created_at`)} as mentor_id,
             ${event({ messages_from_client: sql`1` })}
        from messages m join threads t on t.id = m.thread_id
       where m.direction = 'inbound' and m.author = 'client' and ${inRange(sql`m.created_at`)} and ${ofClient(sql`t.client_id`)}
      union all
      select t.client_id, ${day(sql`m.created_at`)}, m.author_mentor_id, ${event({ messages_to_client: sql`1` })}
        from messages m join threads t on t.id = m.thread_id
       where m.direction = 'outbound' and m.author in ('mentor', 'staff') and ${inRange(sql`m.created_at`)} and ${ofClient(sql`t.client_id`)}
      union all
      select k.client_id, k.local_date, ${mentorAt(sql`k.client_id`, sql`coalesce(k.answered_at, k.prompted_at, k.created_at)`)},
             ${event({
               checkins_asked: sql`(k.prompted_at is not null)::int`,
               checkins_answered: sql`(k.answered_at is not null)::int`,
               mood_sum: sql`coalesce(k.mood, 0)`,
               mood_count: sql`(k.mood is not null)::int`,
             })}
        from checkins k
       where (k.prompted_at is not null or k.answered_at is not null) and ${checkinDays} and ${ofClient(sql`k.client_id`)}
      union all
      select c.id, ${day(sql`c.created_at`)}, null, ${event({ new_clients: sql`1` })}
        from clients c where ${inRange(sql`c.created_at`)} and ${ofClient(sql`c.id`)}
      union all
      select c.id, ${day(sql`c.ended_at`)}, null, ${event({ ended_clients: sql`1` })}
        from clients c where c.status = 'ended' and ${inRange(sql`c.ended_at`)} and ${ofClient(sql`c.id`)}
      union all
      select k.client_id, ${day(sql`k.created_at`)}, k.mentor_id, ${event({ tasks_agreed: sql`1` })}
        from tasks k where ${inRange(sql`k.created_at`)} and ${ofClient(sql`k.client_id`)}
      union all
      select k.client_id, ${day(sql`k.approved_at`)}, k.mentor_id, ${event({ tasks_approved: sql`1` })}
        from tasks k where k.status = 'approved' and ${inRange(sql`k.approved_at`)} and ${ofClient(sql`k.client_id`)}
      union all
      -- A wait opens with a client's message after one that was not theirs (system notes aside)
      -- and ends with the next message the mentor assigned then wrote, as on the mentors' page.
      select o.client_id, ${day(sql`o.created_at`)}, o.mentor_id, ${event({}, sql`extract(epoch from r.created_at - o.created_at) / 60`)}
        from (
          select t.client_id, m.thread_id, m.seq, m.created_at, ${mentorAt(sql`t.client_id`, sql`m.created_at`)} as mentor_id,
                 (select p.author from messages p where p.thread_id = m.thread_id and p.seq < m.seq and p.author <> 'system'
                   order by p.seq desc limit 1) as previous_author
            from messages m join threads t on t.id = m.thread_id
           where m.direction = 'inbound' and m.author = 'client' and ${inRange(sql`m.created_at`)} and ${ofClient(sql`t.client_id`)}
        ) o
        join lateral (
          select r.created_at from messages r
           where r.thread_id = o.thread_id and r.seq > o.seq and r.author = 'mentor' and r.author_mentor_id = o.mentor_id
           order by r.seq limit 1
        ) r on true
       where o.previous_author is distinct from 'client'
    )
    select client_id, day, mentor_id,
           ${sql.join(factColumns.map((column) => sql`sum(${sql.ref(column)})::int as ${sql.ref(column)}`))},
           coalesce(array_agg(reply order by reply) filter (where reply is not null), '{}') as reply_minutes
      from events
     group by client_id, day, mentor_id`;
}

/**
 * One row per message translated, interpreter and agency-calendar day of the translation
 * (`message`, `interpreter_id`, `day`): a message is interpreted when someone wrote a translation
 * of it, a client's message for the mentor or a mentor's for the client. Translating it again the
 * same day (a correction) is the same row; counting distinct messages makes it once a month too.
 */
export function translationRows(scope: FactScope, timeZone: string): RawBuilder<unknown> {
  const { inRange, ofClient, day } = scopeConditions(scope, timeZone);
  return sql`
    select distinct tr.message_id as message, tr.author_staff_id as interpreter_id, ${day(sql`tr.created_at`)} as day
      from translations tr join messages m on m.id = tr.message_id join threads t on t.id = m.thread_id
     where ${inRange(sql`tr.created_at`)} and ${ofClient(sql`t.client_id`)}`;
}

/**
 * One row per interpreter assignment that shares a moment with the scope: the client and the
 * agency-calendar days it covers, both inclusive (`client_id`, `first_day`, `last_day`, null while
 * it runs). A client has an interpreter on a day when one was assigned to them for any of it.
 */
export function interpreterSpanRows(scope: FactScope, timeZone: string): RawBuilder<unknown> {
  const { overlaps, ofClient, day } = scopeConditions(scope, timeZone);
  // ended_at is the first moment without the interpreter, so the last day is the one just before it.
  return sql`
    select a.client_id, ${day(sql`a.started_at`)} as first_day, ${day(sql`(a.ended_at - interval '1 microsecond')`)} as last_day
      from interpreter_assignments a
     where ${overlaps(sql`a.started_at`, sql`a.ended_at`)} and ${ofClient(sql`a.client_id`)}`;
}
