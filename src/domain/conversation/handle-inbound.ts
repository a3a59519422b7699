import { findAccount, bindWithInvite, type ChannelAccount } from './accounts.js';
import { handleClientEvent, sendCrisisContactsIfNeeded, welcomeClient } from './client-conversation.js';
import type { ConversationDeps } from './conversation-deps.js';
import { recordFreshEvents } from './event-log.js';
import type { InboundEvent } from './inbound-event.js';
import { handleMentorEvent, welcomeMentor } from './mentor-conversation.js';
import { enqueueDeliveries } from './outbound.js';
import { bindByPhone, firstWordFromStranger } from './phone-binding.js';
import { textTo } from './relay.js';

export type InboundOutcome = 'handled' | 'duplicate' | 'ignored';

/** The language to answer someone in before we know who they are. */
function strangerLanguage(deps: ConversationDeps, event: InboundEvent): string {
  const code = event.from.languageCode?.slice(0, 2).toLowerCase() ?? 'en';
  return deps.translator.has(code) ? code : 'en';
}

/** Media is fetched only from people whose messages will be stored: consenting clients (bound or known by phone) and mentors. */
async function mediaWorthStoring(deps: ConversationDeps, account: ChannelAccount | undefined, event: InboundEvent) {
  if (event.type !== 'message' || !event.media) return undefined;
  if (!account) {
    // Someone about to be recognised by the phone number staff recorded.
    if (!event.from.phone) return undefined;
    const client = await deps.db.selectFrom('clients').select('consent_given').where('phone', '=', event.from.phone).executeTakeFirst();
    if (!client?.consent_given) return undefined;
  } else if (account.client_id !== null) {
    const client = await deps.db.selectFrom('clients').select('consent_given').where('id', '=', account.client_id).executeTakeFirst();
    if (!client?.consent_given) return undefined;
  }
  const { bytes, contentType } = await event.media.fetch();
  return { mediaId: (await deps.mediaStore.put(deps.db, bytes, contentType)).id };
}

/**
 * The single entry point for everything people send, from any channel.
 * Each event takes effect once: its id is recorded in the same transaction as
 * its effects, so a redelivered event changes nothing.
 */
export async function handleInbound(deps: ConversationDeps, event: InboundEvent): Promise<InboundOutcome> {
  // Downloads happen before the transaction, so no transaction waits on the network.
  const hasMedia = event.type === 'message' && event.media !== undefined;
  const media = hasMedia ? await mediaWorthStoring(deps, await findAccount(deps.db, event.from), event) : undefined;

  return deps.db.transaction().execute(async (trx) => {
    const [fresh] = await recordFreshEvents(trx, [event]);
    if (!fresh) return 'duplicate';

    // Locked, so a conversation step it is in the middle of (a held photo, a question) is read and changed by one event at a time.
    const account = await findAccount(trx, event.from, { lock: true });
    const replyTo = { channel: event.from.channel, chat_id: event.from.chatId, id: account?.id ?? null };
    if (account && account.chat_id !== event.from.chatId) {
      await trx.updateTable('channel_accounts').set({ chat_id: event.from.chatId }).where('id', '=', account.id).execute();
    }

    if (event.type === 'command' && event.command === 'start' && event.args.trim() !== '') {
      const bound = await bindWithInvite(trx, event.from, event.args.trim(), deps.clock());
      const language = strangerLanguage(deps, event);
      if (!bound.ok) {
        const id = bound.reason === 'invalid_code' ? 'invite-invalid' : 'account-taken';
        await enqueueDeliveries(trx, [textTo(replyTo, deps.translator.t(language, id))]);
        return 'handled';
      }
      if (bound.role === 'mentor' && bound.account.mentor_id) await welcomeMentor(trx, deps, bound.account, bound.account.mentor_id);
      if (bound.role === 'client' && bound.account.client_id) await welcomeClient(trx, deps, bound.account, bound.account.client_id);
      return 'handled';
    }

    if (!account) {
      const byPhone = await bindByPhone(trx, event.from);
      if (byPhone?.client_id) {
        const client = await welcomeClient(trx, deps, byPhone, byPhone.client_id);
        // A client whose consent is on record is heard at once; the others are being asked for it.
        if (client?.consentGiven) await handleClientEvent(trx, deps, { ...byPhone, client_id: byPhone.client_id }, event, media);
        else if (client) await sendCrisisContactsIfNeeded(trx, deps, byPhone, client, event);
        return 'handled';
      }
      if (await firstWordFromStranger(trx, event.from)) {
        await enqueueDeliveries(trx, [textTo(replyTo, deps.translator.t(strangerLanguage(deps, event), 'stranger-welcome'))]);
      }
      return 'handled';
    }
    if (account.status === 'unreachable') {
      await trx.updateTable('channel_accounts').set({ status: 'active', unreachable_reason: null }).where('id', '=', account.id).execute();
    }
    if (account.client_id !== null) {
      await handleClientEvent(trx, deps, { ...account, client_id: account.client_id }, event, media);
    } else if (account.mentor_id !== null) {
      await handleMentorEvent(trx, deps, { ...account, mentor_id: account.mentor_id }, event, media);
    }
    return 'handled';
  });
}
