import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { whatsappWindowMs } from '../../domain/people/account-access.js';
import { releaseHeldDeliveries } from '../../outbox/held-deliveries.js';

export function windowIsOpen(lastInboundAt: Date | null, now: Date): boolean {
  return lastInboundAt !== null && now.getTime() - lastInboundAt.getTime() < whatsappWindowMs;
}

/**
 * The person wrote at `at`: their window is open from then, and whatever was
 * held for them goes now. A message that arrives late (a webhook offered
 * again) never moves the window back.
 */
export async function openWindow(db: Kysely<Database>, externalId: string, at: Date): Promise<number> {
  const account = await db
    .updateTable('channel_accounts')
    .set({ last_inbound_at: sql<Date>`greatest(last_inbound_at, ${at}::timestamptz)` })
    .where('channel', '=', 'whatsapp')
    .where('external_id', '=', externalId)
    .where('status', '=', 'active')
    .returning('id')
    .executeTakeFirst();
  return account ? releaseHeldDeliveries(db, account.id) : 0;
}
