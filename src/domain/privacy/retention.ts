import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../../core/errors.js';
import type { Database } from '../../db/database.js';
import { clearDeliveryTexts, finishedStatuses } from '../../outbox/delivery-texts.js';
import { eraseClient, type ErasureDeps } from './erasure.js';

/** How many ended clients one run erases at most: each is a transaction of its own. */
const erasuresPerRun = 20;
/** How many deliveries one run clears at most, so a first run over years of them stays short. */
const deliveriesPerRun = 5000;

const finished = sql.join(finishedStatuses.map((status) => sql.lit(status)));

/**
 * Clients ended longer ago than `keepMs` are erased as a coordinator would erase them, by
 * `system`. Returns how many were, and the digests of files no record refers to any more.
 */
export async function eraseLongEndedClients(
  db: Kysely<Database>,
  deps: ErasureDeps,
  options: { now: Date; keepMs: number },
): Promise<{ erased: number; unreferencedMedia: string[] }> {
  const cutoff = new Date(options.now.getTime() - options.keepMs);
  const due = await db
    .selectFrom('clients')
    .select('id')
    .where('status', '=', 'ended')
    .where('ended_at', '<', cutoff)
    .orderBy('ended_at')
    .limit(erasuresPerRun)
    .execute();
  const days = Math.round(options.keepMs / 86_400_000);
  const unreferencedMedia: string[] = [];
  let erased = 0;
  for (const { id } of due) {
    // A client erased by someone else meanwhile is not an error: the work is done.
    const outcome = await eraseClient(db, deps, id, { actor: 'system', reason: `retention: ended more than ${days} days ago`, now: options.now }).catch(
      (error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      },
    );
    if (!outcome) continue;
    erased += 1;
    unreferencedMedia.push(...outcome.unreferencedMedia);
  }
  return { erased, unreferencedMedia };
}

/** The texts of deliveries finished longer ago than `keepMs`; status, times and platform ids stay. */
export function clearOldDeliveryTexts(db: Kysely<Database>, options: { now: Date; keepMs: number }): Promise<number> {
  const cutoff = new Date(options.now.getTime() - options.keepMs);
  return clearDeliveryTexts(db, sql<boolean>`d.status in (${finished}) and d.updated_at < ${cutoff}`, options.now, deliveriesPerRun);
}

/** The messages that told erased clients, once the outbox is done with them: they name a chat. */
export async function forgetSentFarewells(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ n: number }>`
    with done as (
      delete from deliveries d using erasures e
       where d.id = any(e.farewell_delivery_ids) and d.status in (${finished})
      returning d.id
    ), kept as (
      update erasures e
         set farewell_delivery_ids = array(select x from unnest(e.farewell_delivery_ids) x where x <> all(array(select id from done)))
       where e.farewell_delivery_ids && array(select id from done)
    )
    select count(*)::int as n from done`.execute(db);
  return result.rows[0]?.n ?? 0;
}
