import { sql, type Kysely } from 'kysely';
import type { Channel, Database } from '../db/database.js';
import { notifyOutbox } from './enqueue.js';

/** What a platform's receipt says happened to a message that left us. */
export type ReceiptStatus = 'sent' | 'delivered' | 'read';

const rank = { sent: 1, delivered: 2, read: 3 } as const;

/**
 * Records a receipt for the delivery the platform knows by `externalId`.
 * Receipts arrive out of order and more than once, so a status only ever
 * moves forward. Returns whether a delivery with that id exists.
 */
export async function recordReceipt(
  db: Kysely<Database>,
  channel: Channel,
  externalId: string,
  status: ReceiptStatus,
): Promise<boolean> {
  // 'sent' is what the outbox itself records, so only later receipts change anything.
  const weaker = (Object.keys(rank) as ReceiptStatus[]).filter((s) => rank[s] < rank[status]);
  if (weaker.length > 0) {
    const updated = await db
      .updateTable('deliveries')
      .set({ status, updated_at: sql<Date>`now()` })
      .where('channel', '=', channel)
      .where('external_id', '=', externalId)
      .where('status', 'in', weaker)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n) return true;
  }
  const known = await db
    .selectFrom('deliveries')
    .select('id')
    .where('channel', '=', channel)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return known !== undefined;
}

/**
 * A platform's later word that a message it had accepted did not arrive.
 * Returns the delivery, for the caller to decide what follows, or undefined
 * when no sent delivery has that id (a failure seen before, or not ours).
 */
export async function recordFailedReceipt(
  db: Kysely<Database>,
  channel: Channel,
  externalId: string,
  reason: string,
): Promise<{ id: string; accountId: string | null } | undefined> {
  const failed = await db
    .updateTable('deliveries')
    .set({ status: 'failed', last_error: reason, updated_at: sql<Date>`now()` })
    .where('channel', '=', channel)
    .where('external_id', '=', externalId)
    .where('status', 'in', ['sent', 'delivered'])
    .returning(['id', 'account_id'])
    .executeTakeFirst();
  return failed ? { id: failed.id, accountId: failed.account_id } : undefined;
}

/**
 * Puts a message the platform refused after accepting it (WhatsApp's window
 * had closed) back in the outbox, to be sent again the way its sender now
 * chooses. Returns whether a sent delivery to an account had that id.
 */
export async function resendAfterRefusal(db: Kysely<Database>, channel: Channel, externalId: string, reason: string): Promise<boolean> {
  const reopened = await db
    .updateTable('deliveries')
    .set({ status: 'pending', next_attempt_at: sql<Date>`now()`, external_id: null, sent_at: null, last_error: reason, updated_at: sql<Date>`now()` })
    .where('channel', '=', channel)
    .where('external_id', '=', externalId)
    .where('status', 'in', ['sent', 'delivered'])
    // Only a delivery to an account can be sent another way; one to a bare chat (a farewell) would only be refused again.
    .where('account_id', 'is not', null)
    .executeTakeFirst();
  if (reopened.numUpdatedRows === 0n) return false;
  await sql`select ${notifyOutbox()}`.execute(db);
  return true;
}
