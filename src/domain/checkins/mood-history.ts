import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** The answered mood of each of a client's last `days` local days, oldest first; null for a day without one. */
export async function moodHistory(db: Kysely<Database>, clientId: string, options: { now: Date; days: number }): Promise<Array<{ date: string; mood: number | null }>> {
  const rows = await sql<{ date: string; mood: number | null }>`
    select (today.day - (${options.days}::int - d.n))::text as date, k.mood
    from clients c
    cross join lateral (select (${options.now.toISOString()}::timestamptz at time zone c.timezone)::date as day) today
    cross join generate_series(1, ${options.days}::int) as d(n)
    left join checkins k on k.client_id = c.id and k.answered_at is not null and k.local_date = today.day - (${options.days}::int - d.n)
    where c.id = ${clientId}
    order by d.n`.execute(db);
  return rows.rows;
}
