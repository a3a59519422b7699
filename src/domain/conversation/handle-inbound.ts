import { textTo } from '../../outbox/enqueue.js';
import { bindWithInvite, findAccount } from '../people/accounts.js';
import { loadClientContext, loadMentorContext } from '../people/contexts.js';
import { bindByPhone, firstWordFromStranger } from '../people/phone-binding.js';
import { answerCrisisWords } from '../safety/crisis-reply.js';
import { recordFreshEvents } from '../turn/event-log.js';
import type { InboundEvent } from '../turn/inbound-event.js';
import { openScope, type Scope } from '../turn/scope.js';
import { turnOf, type ChannelAccount } from '../turn/turn.js';
import { handleClientEvent } from './client-router.js';
import type { ConversationDeps } from './conversation-deps.js';
import { handleMentorEvent } from './mentor-router.js';
import { welcomeClient, welcomeMentor } from './welcome.js';

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
    const scope = openScope(trx, deps);
    await takeEvent(scope, deps, event, media);
    await scope.flush();
    return 'handled';
  });
}

/** What one fresh event means, from whoever sent it; everything it does goes through `scope`. */
async function takeEvent(scope: Scope, deps: ConversationDeps, event: InboundEvent, media: { mediaId: string } | undefined): Promise<void> {
  const { db } = scope;
  // Locked, so a conversation step it is in the middle of (a held photo, a question) is read and changed by one event at a time.
  const account = await findAccount(db, event.from, { lock: true });
  const replyTo = { channel: event.from.channel, chat_id: event.from.chatId, id: account?.id ?? null };
  if (account && account.chat_id !== event.from.chatId) {
    await db.updateTable('channel_accounts').set({ chat_id: event.from.chatId }).where('id', '=', account.id).execute();
  }

  if (event.type === 'command' && event.command === 'start' && event.args.trim() !== '') {
    const bound = await bindWithInvite(db, event.from, event.args.trim(), scope.now);
    if (!bound.ok) {
      const id = bound.reason === 'invalid_code' ? 'invite-invalid' : 'account-taken';
      scope.send(textTo(replyTo, deps.translator.t(strangerLanguage(deps, event), id)));
      return;
    }
    if (bound.role === 'mentor' && bound.account.mentor_id) {
      const mentor = await loadMentorContext(db, bound.account.mentor_id);
      if (mentor) welcomeMentor(turnOf(scope, bound.account, mentor));
    }
    if (bound.role === 'client' && bound.account.client_id) {
      const client = await loadClientContext(db, bound.account.client_id);
      if (client) welcomeClient(turnOf(scope, bound.account, client));
    }
    return;
  }

  if (!account) {
    const byPhone = await bindByPhone(db, event.from);
    if (byPhone?.client_id) {
      const client = await loadClientContext(db, byPhone.client_id);
      if (!client) return;
      const turn = turnOf(scope, byPhone, client);
      welcomeClient(turn);
      // A client whose consent is on record is heard at once; the others are being asked for it.
      if (client.consentGiven) await handleClientEvent(turn, deps.safety, event, media);
      else answerCrisisWords(turn, deps.safety, event);
      return;
    }
    if (await firstWordFromStranger(db, event.from)) {
      scope.send(textTo(replyTo, deps.translator.t(strangerLanguage(deps, event), 'stranger-welcome')));
    }
    return;
  }
  if (account.status === 'unreachable') {
    await db.updateTable('channel_accounts').set({ status: 'active', unreachable_reason: null }).where('id', '=', account.id).execute();
  }
  if (account.client_id !== null) {
    const client = await loadClientContext(db, account.client_id);
    if (client) await handleClientEvent(turnOf(scope, account, client), deps.safety, event, media);
  } else if (account.mentor_id !== null) {
    const mentor = await loadMentorContext(db, account.mentor_id);
    if (mentor) await handleMentorEvent(turnOf(scope, account, mentor), event, media);
  }
}
