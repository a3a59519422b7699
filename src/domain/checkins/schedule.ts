import { sql, type Kysely } from 'kysely';
import { deliveryPriorities, type Database } from '../../db/database.js';
import { fallbackLanguage, type Translator } from '../../i18n/translator.js';
import { notifyOutbox } from '../../outbox/enqueue.js';
import { encodePayload } from '../../outbox/payload.js';
import { filledPayloadTemplate } from '../../outbox/payload-sql.js';
import { moodQuestion, nameMarker, type MoodQuestionId } from './mood-question.js';

/**
 * The insert that turns the clients in `source` (a CTE with client_id, name
 * and language columns) into mood questions to each of their reachable
 * accounts, in each client's language: one encoded question per catalog
 * language, the name filled in by the database.
 */
function promptDeliveries(source: ReturnType<typeof sql.ref>, id: MoodQuestionId, translator: Translator) {
  const languages = [...translator.languages];
  const payloads = languages.map((language) => {
    const { text, choices } = moodQuestion(translator, language, nameMarker, id);
    return encodePayload({ kind: 'text', text, choices, purpose: id === 'checkin-prompt' ? 'checkin_prompt' : 'checkin_reminder' });
  });
  return sql`
      insert into deliveries (channel, recipient_chat_id, account_id, payload, priority)
      select a.channel, a.chat_id, a.id, ${filledPayloadTemplate(sql.ref('t.payload'), nameMarker, sql.ref('p.name'))},
             ${deliveryPriorities.bulk}
      from ${source} p
      join channel_accounts a on a.client_id = p.client_id and a.status = 'active'
      join unnest(${languages}::text[], ${payloads}::text[]) as t(language, payload)
        on t.language = case when p.language = any(${languages}::text[]) then p.language else ${fallbackLanguage} end
      returning 1`;
}

/** Wakes the outbox workers when the statement's `sent` CTE wrote anything. */
const notifiedIfSent = sql`(select ${notifyOutbox()} from (select 1 from sent limit 1) one)`;

export interface ScheduleStepOptions {
  translator: Translator;
  now: Date;
}

/**
 * Prompts every client whose check-in time has come today in their own time
 * zone, in one statement: the check-in row and the prompt deliveries land
 * together, and the (client, local date) key makes overlapping ticks,
 * restarts and replicas harmless. Today's and yesterday's local dates are
 * both considered, so a late-evening time with its catch-up window past
 * midnight is still honoured. Local times are resolved by PostgreSQL's time
 * zone database, DST gaps included.
 */
export async function promptDueClients(
  db: Kysely<Database>,
  options: ScheduleStepOptions & { catchupMs: number },
): Promise<number> {
  // The statement is CPU-bound in one database backend; slices of the clients on
  // several connections use every core, and each slice is as idempotent as the whole.
  const slices = Array.from({ length: promptSlices }, (_, slice) => promptDueSlice(db, options, slice));
  return (await Promise.all(slices)).reduce((sum, n) => sum + n, 0);
}

/** A power of two, so a bit mask picks a client's slice (negative hashes included). */
const promptSlices = 4;

async function promptDueSlice(
  db: Kysely<Database>,
  options: ScheduleStepOptions & { catchupMs: number },
  slice: number,
): Promise<number> {
  const now = options.now.toISOString();
  const result = await sql<{ n: number }>`
    with candidates as (
      select c.id as client_id, c.name, c.language, d.local_date
      from clients c
      cross join lateral (
        select day::date as local_date,
               (day::date + c.checkin_time) at time zone c.timezone as scheduled_at
        from (values ((${now}::timestamptz at time zone c.timezone)::date),
                     ((${now}::timestamptz at time zone c.timezone)::date - 1)) as days(day)
      ) d
      where c.status = 'active'
        and c.consent_given
        and c.checkins_stopped_at is null
        and (c.checkins_paused_until is null or d.local_date > c.checkins_paused_until)
        and extract(isodow from d.local_date)::int = any(c.checkin_days)
        and d.scheduled_at <= ${now}::timestamptz
        and ${now}::timestamptz < d.scheduled_at + ${options.catchupMs} * interval '1 millisecond'
        and exists (select 1 from channel_accounts a where a.client_id = c.id and a.status = 'active')
        and (hashtext(c.id::text) & ${promptSlices - 1}) = ${slice}
    ),
    inserted as (
      insert into checkins (client_id, local_date, prompted_at, source)
      select client_id, local_date, ${now}::timestamptz, 'schedule' from candidates
      on conflict (client_id, local_date) do nothing
      returning client_id, local_date
    ),
    prompted as (select c.* from candidates c join inserted using (client_id, local_date)),
    sent as (${promptDeliveries(sql.ref('prompted'), 'checkin-prompt', options.translator)})
    select (select count(*) from prompted)::int as n, ${notifiedIfSent} as notified
  `.execute(db);
  return result.rows[0]?.n ?? 0;
}

/** One reminder for a prompt left unanswered for `afterMs`, sent once even with several schedulers. */
export async function remindUnanswered(
  db: Kysely<Database>,
  options: ScheduleStepOptions & { afterMs: number; catchupMs: number },
): Promise<number> {
  const now = options.now.toISOString();
  const result = await sql<{ n: number }>`
    with reminded as (
      update checkins k set reminded_at = ${now}::timestamptz
      from clients c
      where c.id = k.client_id
        and k.prompted_at is not null and k.answered_at is null and k.reminded_at is null
        and k.prompted_at <= ${now}::timestamptz - ${options.afterMs} * interval '1 millisecond'
        and k.prompted_at > ${now}::timestamptz - ${options.afterMs + options.catchupMs} * interval '1 millisecond'
        and c.status = 'active' and c.checkins_stopped_at is null
      returning k.client_id, c.name, c.language
    ),
    sent as (${promptDeliveries(sql.ref('reminded'), 'checkin-reminder', options.translator)})
    select (select count(*) from reminded)::int as n, ${notifiedIfSent} as notified
  `.execute(db);
  return result.rows[0]?.n ?? 0;
}
