import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { factColumns, factRows, interpreterSpanRows, translationRows } from './report-facts.js';

/**
 * Keeps what the evaluation report counts about a client, under a random subject id that leads
 * back to nobody, so erasing them does not change a past period's report. Call it in the erasing
 * transaction, before the client's rows go (their translations go with their messages):
 * archived and erased land together or not at all. An interpreter still assigned to them at
 * `erasedAt` stops counting then.
 */
export async function archiveClientFacts(db: Kysely<Database>, clientId: string, timeZone: string, erasedAt: Date): Promise<void> {
  const created = await sql<{ subject: string }>`
    insert into report_subjects (subject, country, language, programme, channel)
    select gen_random_uuid(), nullif(trim(c.country), ''), c.language, nullif(trim(c.programme), ''),
           coalesce((select ca.channel from channel_accounts ca where ca.client_id = c.id
                      order by (ca.status = 'active') desc, ca.created_at desc limit 1), 'none')
      from clients c where c.id = ${clientId}::uuid
    returning subject`.execute(db);
  const subject = created.rows[0]?.subject;
  if (subject === undefined) return;

  const columns = sql.join(factColumns.map((column) => sql.ref(column)));
  await sql`
    insert into report_days (subject, day, mentor_id, ${columns}, reply_minutes)
    select ${subject}::uuid, f.day, f.mentor_id, ${columns}, f.reply_minutes
      from (${factRows({ clientId }, timeZone)}) f`.execute(db);
  // Each message gets a random stand-in of its own, shared by all its translations, so it still
  // counts once. Materialized: drawn once per message, however often the join reads it.
  await sql`
    with translated as (${translationRows({ clientId }, timeZone)}),
         stand_ins as materialized (select message, gen_random_uuid() as stand_in from (select distinct message from translated) m)
    insert into report_translations (subject, message, interpreter_id, day)
    select ${subject}::uuid, s.stand_in, t.interpreter_id, t.day
      from translated t join stand_ins s on s.message = t.message`.execute(db);
  await sql`
    insert into report_interpreter_spans (subject, first_day, last_day)
    select ${subject}::uuid, f.first_day, coalesce(f.last_day, (${erasedAt}::timestamptz at time zone ${timeZone})::date)
      from (${interpreterSpanRows({ clientId }, timeZone)}) f`.execute(db);
}
