import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { notifyOutbox } from './enqueue.js';

/**
 * Deliveries a sender held until the person writes again (WhatsApp's closed
 * window) are pending with no time set to try them: `next_attempt_at` is
 * infinity. They do not hold up their chat (see claimDeliveries), and a
 * revocation or an erasure cancels them like any pending delivery.
 */
export const heldNextAttempt = sql<Date>`'infinity'::timestamptz`;

const heldUntilTheyWrite = sql<boolean>`status = 'pending' and next_attempt_at = ${heldNextAttempt}`;

/** Lets an account's held deliveries go now, in the order they were written; returns how many. */
export async function releaseHeldDeliveries(db: Kysely<Database>, accountId: string): Promise<number> {
  const released = await db
    .with('released', (qb) =>
      qb
        .updateTable('deliveries')
        .set({ next_attempt_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
        .where('account_id', '=', accountId)
        .where(heldUntilTheyWrite)
        .returning('id'),
    )
    .selectFrom('released')
    .select([sql<number>`count(*)::int`.as('n'), sql<unknown>`case when count(*) > 0 then ${notifyOutbox()} end`.as('notified')])
    .executeTakeFirstOrThrow();
  return released.n;
}
