import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/**
 * For each mentor, the median minutes from a client's message that opened a
 * wait (the message before it in the thread was not the client's) to the
 * next message that mentor wrote in the thread, over openings within
 * [from, to). An opening counts for the mentor assigned to the client when
 * it was written; one never answered counts for nobody's median. Mentors
 * without an answered opening are left out.
 */
export async function medianFirstReplyMinutes(db: Kysely<Database>, period: { from: Date; to: Date; mentorIds?: string[] }): Promise<Map<string, number>> {
  const rows = await sql<{ mentor_id: string; median: number }>`
    with spoken as (
      select t.client_id, m.thread_id, m.seq, m.created_at, m.author, m.author_mentor_id,
             lag(m.author) over (partition by m.thread_id order by m.seq) as previous_author
      from messages m join threads t on t.id = m.thread_id
      where m.author <> 'system' and m.created_at >= ${period.from}::timestamptz - interval '90 days' and m.created_at < ${period.to}::timestamptz + interval '90 days'
    ),
    openings as (
      select s.thread_id, s.seq, s.created_at, a.mentor_id
      from spoken s
      join assignments a on a.client_id = s.client_id and a.started_at <= s.created_at and (a.ended_at is null or a.ended_at > s.created_at)
      where s.author = 'client' and s.previous_author is distinct from 'client'
        and s.created_at >= ${period.from} and s.created_at < ${period.to}
        ${period.mentorIds ? sql`and a.mentor_id = any(${period.mentorIds}::uuid[])` : sql``}
    ),
    answered as (
      select o.mentor_id,
             extract(epoch from (
               select min(r.created_at) from spoken r
               where r.thread_id = o.thread_id and r.seq > o.seq and r.author = 'mentor' and r.author_mentor_id = o.mentor_id
             ) - o.created_at) / 60 as minutes
      from openings o
    )
    select mentor_id, percentile_cont(0.5) within group (order by minutes)::float as median
    from answered where minutes is not null
    group by mentor_id`.execute(db);
  return new Map(rows.rows.map((row) => [row.mentor_id, Math.round(row.median * 10) / 10]));
}
