import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { whatsappWindowMs } from '../../domain/people/account-access.js';
import { releaseHeldDeliveries } from '../../outbox/held-deliveries.js';

export function windowIsOpen(lastInboundAt: Date | null, now: Date): boolean {
  return lastInboundAt !== null && now.getTime() - lastInboundAt.getTime() < whatsappWindowMs;
}

/**
 * What Meta's word that the window is closed (131047) writes to an account
 * our record had open. A notice that a message waits, given before the person
 * last wrote, was about an earlier closed window: it stops counting, so they
 * and the mentor are told of this one too.
 */
export const closedWindow = {
  waiting_notice_at: sql<Date | null>`case when last_inbound_at is null or waiting_notice_at > last_inbound_at then waiting_notice_at end`,
  last_inbound_at: null,
};

/**
 * The person wrote at `at`: their window is open from then, and whatever was
 * held for them goes now. A message that arrives late (a webhook offered
 * again) never moves the window back. Returns how many held messages were
 * let go, or undefined when the person has no account yet.
 */
export async function openWindow(db: Kysely<Database>, externalId: string, at: Date): Promise<number | undefined> {
  const account = await db
    .updateTable('channel_accounts')
    .set({ last_inbound_at: sql<Date>`greatest(last_inbound_at, ${at}::timestamptz)` })
    .where('channel', '=', 'whatsapp')
    .where('external_id', '=', externalId)
    .where('status', '=', 'active')
    .returning('id')
    .executeTakeFirst();
  return account ? releaseHeldDeliveries(db, account.id) : undefined;
}
