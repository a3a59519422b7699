import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { factColumns, factRows } from './report-facts.js';

/**
 * Keeps what the evaluation report counts about a client, under a random subject id that leads
 * back to nobody, so erasing them does not change a past period's report. Call it in the erasing
 * transaction, before the client's rows go: archived and erased land together or not at all.
 */
export async function archiveClientFacts(db: Kysely<Database>, clientId: string, timeZone: string): Promise<void> {
  const columns = sql.join(factColumns.map((column) => sql.ref(column)));
  await sql`
    with subject as (
      insert into report_subjects (subject, country, language, programme, channel)
      select gen_random_uuid(), nullif(trim(c.country), ''), c.language, nullif(trim(c.programme), ''),
             coalesce((select ca.channel from channel_accounts ca where ca.client_id = c.id
                        order by (ca.status = 'active') desc, ca.created_at desc limit 1), 'none')
        from clients c where c.id = ${clientId}::uuid
      returning subject
    )
    insert into report_days (subject, day, mentor_id, ${columns}, reply_minutes)
    select subject.subject, f.day, f.mentor_id, ${columns}, f.reply_minutes
      from subject, (${factRows({ clientId }, timeZone)}) f`.execute(db);
}
