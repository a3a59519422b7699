import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import type { OutboundDelivery } from '../outbox/channel-sender.js';
import { mentorAccounts } from './accounts.js';
import { enqueueDeliveries } from './outbound.js';
import { loadClientContext } from './people.js';
import { textTo } from './relay.js';

/**
 * A delivery that can never be made (the person blocked the bot): the account
 * is marked unreachable, and when a mentor's message did not reach a client,
 * the mentor is told.
 */
export function createPermanentFailureHandler(translator: Translator) {
  return async (db: Kysely<Database>, delivery: OutboundDelivery, reason: string): Promise<void> => {
    if (delivery.accountId === null) return;
    const account = await db
      .updateTable('channel_accounts')
      .set({ status: 'unreachable', unreachable_reason: reason, updated_at: new Date() })
      .where('id', '=', delivery.accountId)
      .returning(['client_id', 'channel'])
      .executeTakeFirst();
    if (!account?.client_id) return;
    const carried = await db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select('messages.author')
      .where('deliveries.id', '=', delivery.id)
      .executeTakeFirst();
    if (carried?.author !== 'mentor') return;
    const client = await loadClientContext(db, account.client_id);
    if (!client?.mentor) return;
    const language = client.mentor.language;
    const text = translator.t(language, 'delivery-failed', {
      name: client.name,
      channel: translator.t(language, `channel-${account.channel}`),
    });
    const accounts = await mentorAccounts(db, client.mentor.id);
    await enqueueDeliveries(db, accounts.map((a) => textTo(a, text, { aboutClientId: client.id })));
  };
}
