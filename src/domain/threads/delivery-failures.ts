import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OutboundDelivery } from '../../outbox/channel-sender.js';
import { loadClientContext } from '../people/contexts.js';
import { openScope, type ScopeDeps } from '../turn/scope.js';
import { textToMentor } from './relay.js';

/**
 * A delivery that can never be made (the person blocked the bot): the account
 * is marked unreachable, and when a mentor's message did not reach a client,
 * the mentor is told. Runs in the outbox's transaction that marks the delivery failed.
 */
export function createPermanentFailureHandler(deps: ScopeDeps) {
  return async (trx: Kysely<Database>, delivery: Pick<OutboundDelivery, 'id' | 'accountId'>, reason: string): Promise<void> => {
    if (delivery.accountId === null) return;
    const scope = openScope(trx, deps);
    const account = await trx
      .updateTable('channel_accounts')
      .set({ status: 'unreachable', unreachable_reason: reason, updated_at: scope.now })
      .where('id', '=', delivery.accountId)
      // A revoked account stays revoked: marking it unreachable would let its next message revive it.
      .where('status', '!=', 'revoked')
      .returning(['client_id', 'channel'])
      .executeTakeFirst();
    if (!account?.client_id) return;
    const carried = await trx
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select('messages.author')
      .where('deliveries.id', '=', delivery.id)
      .executeTakeFirst();
    if (carried?.author !== 'mentor') return;
    const client = await loadClientContext(trx, account.client_id);
    if (!client?.mentor) return;
    const language = client.mentor.language;
    const text = scope.translator.t(language, 'delivery-failed', {
      name: client.name,
      channel: scope.translator.t(language, `channel-${account.channel}`),
    });
    await textToMentor(scope, client.mentor.id, text, { aboutClientId: client.id });
    await scope.flush();
  };
}
