import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { loadClientContexts } from '../people/contexts.js';
import { raiseAlert } from '../safety/alerts.js';
import { inScope } from '../turn/scope.js';

/**
 * Alerts the mentor of every client who has just missed `inARow` check-ins
 * in a row. A check-in is missed when it was asked and its local day ended
 * without an answer. A streak alerts once, when it reaches `inARow`, not
 * again every further day; any answer ends it. An `inARow` of 0 turns the
 * alert off.
 */
export async function alertMissedCheckins(
  db: Kysely<Database>,
  options: { translator: Translator; now: Date; inARow: number },
): Promise<number> {
  const now = options.now.toISOString();
  const n = options.inARow;
  if (n <= 0) return 0;
  return inScope(db, { translator: options.translator, clock: () => options.now }, async (scope) => {
    const trx = scope.db;
    // Only clients with a recently missed check-in are examined, through the partial index.
    const streaks = await sql<{ client_id: string; checkin_id: string }>`
      with candidates as (
        select distinct k.client_id, c.timezone
        from checkins k join clients c on c.id = k.client_id
        where k.answered_at is null and k.prompted_at is not null
          and k.local_date >= (${now}::timestamptz at time zone 'UTC')::date - 2
          and k.local_date < (${now}::timestamptz at time zone c.timezone)::date
          and c.status = 'active' and c.checkins_stopped_at is null
      ),
      latest as (
        select cand.client_id, r.ids, r.missed
        from candidates cand
        cross join lateral (
          select array_agg(x.id order by x.local_date desc) as ids,
                 array_agg(x.answered_at is null order by x.local_date desc) as missed
          from (
            select k.id, k.local_date, k.answered_at from checkins k
            where k.client_id = cand.client_id
              and (k.answered_at is not null
                   or (k.prompted_at is not null and k.local_date < (${now}::timestamptz at time zone cand.timezone)::date))
            order by k.local_date desc
            limit ${sql.lit(n + 1)}
          ) x
        ) r
      )
      select client_id, ids[1] as checkin_id from latest
      where cardinality(ids) >= ${sql.lit(n)}
        and true = all(missed[1:${sql.lit(n)}])
        and (cardinality(ids) = ${sql.lit(n)} or not missed[${sql.lit(n + 1)}])
        and not exists (select 1 from alerts a where a.kind = 'missed_checkins' and a.checkin_id = ids[1])
    `.execute(trx);
    const clients = await loadClientContexts(trx, streaks.rows.map((streak) => streak.client_id));
    let raised = 0;
    for (const streak of streaks.rows) {
      const client = clients.get(streak.client_id);
      if (!client) continue;
      const id = await raiseAlert(scope, {
        client,
        kind: 'missed_checkins',
        checkinId: streak.checkin_id,
        args: { count: n },
      });
      if (id) raised += 1;
    }
    return raised;
  });
}
