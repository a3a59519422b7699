import { sql, type Kysely } from 'kysely';
import type { Channel, Database } from '../db/database.js';

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
