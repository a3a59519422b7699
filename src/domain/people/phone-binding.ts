import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';
import type { ChannelAccount } from '../turn/turn.js';
import type { InboundSender } from '../turn/inbound-event.js';

/**
 * Binds a sender whose platform vouches for their phone number to the client
 * staff recorded with that number, unless that client already has an account
 * on the channel (then only an invite code can add another). The binding is
 * the client's doing, recorded as such.
 */
export async function bindByPhone(db: Kysely<Database>, sender: InboundSender, now: Date): Promise<ChannelAccount | undefined> {
  if (!sender.phone) return undefined;
  const client = await db
    .selectFrom('clients')
    .select('id')
    .where('phone', '=', sender.phone)
    .where('status', '!=', 'ended')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('channel_accounts as a')
            .select('a.id')
            .whereRef('a.client_id', '=', 'clients.id')
            .where('a.channel', '=', sender.channel),
        ),
      ),
    )
    .executeTakeFirst();
  if (!client) return undefined;
  const account = await db
    .insertInto('channel_accounts')
    .values({ channel: sender.channel, external_id: sender.externalId, chat_id: sender.chatId, client_id: client.id })
    .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (account) {
    await recordAudit(db, {
      actor: `client:${client.id}`,
      action: 'account.bound',
      entityType: 'client',
      entityId: client.id,
      clientId: client.id,
      details: { accountId: account.id, channel: account.channel, through: 'phone' },
      at: now,
    });
  }
  return account;
}
