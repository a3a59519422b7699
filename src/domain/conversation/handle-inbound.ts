import { setTimeout as sleep } from 'node:timers/promises';
import { textTo } from '../../outbox/enqueue.js';
import { farewellTo } from '../people/account-access.js';
import { findAccount } from '../people/accounts.js';
import { bindWithInvite, type BindResult } from '../people/binding.js';
import { loadClientContext, loadMentorContext } from '../people/contexts.js';
import { bindByPhone } from '../people/phone-binding.js';
import { strangerOwedAnswer } from '../people/strangers.js';
import { answerCrisisWords } from '../safety/crisis-reply.js';
import { textToMentor } from '../threads/relay.js';
import { recordFreshEvents, storedEventIds } from '../turn/event-log.js';
import { MediaTooLargeError, type InboundEvent, type InboundMedia, type TakenMedia } from '../turn/inbound-event.js';
import { openScope, type Scope } from '../turn/scope.js';
import { turnOf, type ChannelAccount } from '../turn/turn.js';
import { handleClientEvent } from './client-router.js';
import type { ConversationDeps } from './conversation-deps.js';
import { handleMentorEvent } from './mentor-router.js';
import { handleInterpreterEvent, welcomeInterpreter } from './interpreter-router.js';
import { loadInterpreterContext } from '../interpreting/interpreters.js';
import { welcomeClient, welcomeMentor } from './welcome.js';

export type InboundOutcome = 'handled' | 'duplicate' | 'ignored';

/** The language to answer someone in before we know who they are. */
function strangerLanguage(deps: ConversationDeps, event: InboundEvent): string {
  const code = event.from.languageCode?.slice(0, 2).toLowerCase() ?? 'en';
  return deps.translator.has(code) ? code : 'en';
}

/** Whether an error is the file system refusing to keep a file (no room, no permission, read-only), not a passing fault. */
function isStorageRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EDQUOT', 'ENOENT', 'ENOTDIR'].includes(code);
}

const downloadAttempts = 3;

/**
 * Fetches and stores an event's file, or says why it could not be had: too
 * large (checked against the size the platform gives before downloading, and
 * while downloading), not downloaded after a few tries, not storable (the
 * disk), or not safe to pass on. The message is kept either way.
 */
async function takeMedia(deps: ConversationDeps, media: InboundMedia): Promise<TakenMedia> {
  const limitBytes = deps.mediaStore.maxBytes;
  const tooLarge: TakenMedia = { mediaId: null, problem: 'too_large', limitBytes };
  if (media.sizeBytes !== undefined && media.sizeBytes > limitBytes) return tooLarge;
  let fetched: { bytes: Buffer; contentType: string } | undefined;
  for (let attempt = 1; fetched === undefined; attempt += 1) {
    try {
      fetched = await media.fetch(limitBytes);
    } catch (error) {
      if (error instanceof MediaTooLargeError) return { ...tooLarge, limitBytes: Math.min(limitBytes, error.limitBytes ?? limitBytes) };
      if (attempt >= downloadAttempts) return { mediaId: null, problem: 'download_failed' };
      await sleep(250 * attempt);
    }
  }
  try {
    const put = await deps.mediaStore.put(deps.db, fetched.bytes, fetched.contentType);
    if ('stored' in put) return { mediaId: put.stored.id };
    if (put.refused === 'too_large') return tooLarge;
    return { mediaId: null, problem: put.refused === 'unsafe' ? 'unsafe' : 'download_failed' };
  } catch (error) {
    if (isStorageRefusal(error)) return { mediaId: null, problem: 'not_stored' };
    throw error;
  }
}

/** Media is fetched only from people whose messages will be stored: consenting clients (bound or known by phone) and mentors; interpreters send text alone. */
async function mediaWorthStoring(deps: ConversationDeps, account: ChannelAccount | undefined, event: InboundEvent): Promise<TakenMedia | undefined> {
  if (event.type !== 'message' || !event.media) return undefined;
  if (!account || account.status === 'revoked') {
    // Someone about to be recognised by the phone number staff recorded.
    if (account || !event.from.phone) return undefined;
    const client = await deps.db.selectFrom('clients').select('consent_given').where('phone', '=', event.from.phone).executeTakeFirst();
    if (!client?.consent_given) return undefined;
  } else if (account.client_id !== null) {
    const client = await deps.db.selectFrom('clients').select('consent_given').where('id', '=', account.client_id).executeTakeFirst();
    if (!client?.consent_given) return undefined;
  } else if (account.interpreter_id !== null) {
    return undefined;
  }
  return takeMedia(deps, event.media);
}

/**
 * The single entry point for everything people send, from any channel.
 * Each event takes effect once: its id is recorded in the same transaction as
 * its effects, so a redelivered event changes nothing.
 */
export async function handleInbound(deps: ConversationDeps, event: InboundEvent): Promise<InboundOutcome> {
  // Downloads happen before the transaction, so no transaction waits on the network; a file
  // already taken in (an update offered again) is not fetched twice.
  const hasMedia = event.type === 'message' && event.media !== undefined;
  if (hasMedia && (await storedEventIds(deps.db, event.from.channel, [event.eventId])).size > 0) return 'duplicate';
  const media =
    event.type === 'message' && event.unsupported
      ? ({ mediaId: null, problem: 'unprocessable' } satisfies TakenMedia)
      : hasMedia
        ? await mediaWorthStoring(deps, await findAccount(deps.db, event.from), event)
        : undefined;

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
async function takeEvent(scope: Scope, deps: ConversationDeps, event: InboundEvent, media: TakenMedia | undefined): Promise<void> {
  const { db } = scope;
  // Locked, so a conversation step it is in the middle of (a held photo, a question) is read and changed by one event at a time.
  const found = await findAccount(db, event.from, { lock: true });
  // A revoked account is nobody's: whoever writes from it is a stranger until they bind again.
  const account = found?.status === 'revoked' ? undefined : found;
  // Answers go to the chat the account was bound in: an update never moves an account to another chat.
  const replyTo = account ?? { channel: event.from.channel, chat_id: event.from.chatId, id: found?.id ?? null };
  const language = strangerLanguage(deps, event);
  const answerStranger = async (id: string) => {
    if (await strangerOwedAnswer(db, event.from, { now: scope.now, digest: deps.digest })) {
      // WhatsApp has no commands: an invite code goes after the word START there.
      const start = event.from.channel === 'whatsapp' ? 'START' : '/start';
      scope.send(textTo(replyTo, deps.translator.t(language, id, { start }), { priority: 'stranger' }));
    }
  };

  if (event.type === 'command' && event.command === 'start' && event.args.trim() !== '') {
    const bound = await bindWithInvite(db, event.from, event.args.trim(), scope.now);
    if (!bound.ok) {
      const id = bound.reason === 'invalid_code' ? 'invite-invalid' : 'account-taken';
      // Someone already bound hears why at once; a stranger once in a while, whatever they try.
      if (account) scope.send(textTo(replyTo, deps.translator.t(language, id)));
      else await answerStranger(id);
      return;
    }
    await welcomeBound(scope, bound);
    return;
  }

  if (!account) {
    const byPhone = found ? undefined : await bindByPhone(db, event.from, scope.now);
    if (byPhone?.client_id) {
      const client = await loadClientContext(db, byPhone.client_id);
      if (!client) return;
      const turn = turnOf(scope, byPhone, client);
      welcomeClient(turn);
      // A client whose consent is on record is heard at once; the others are being asked for it.
      if (client.consentGiven) await handleClientEvent(turn, deps, event, media);
      else answerCrisisWords(turn, deps.safety, event);
      return;
    }
    await answerStranger('stranger-welcome');
    return;
  }
  if (account.status === 'unreachable') {
    await db.updateTable('channel_accounts').set({ status: 'active', unreachable_reason: null }).where('id', '=', account.id).execute();
  }
  if (account.client_id !== null) {
    const client = await loadClientContext(db, account.client_id);
    if (client) await handleClientEvent(turnOf(scope, account, client), deps, event, media);
  } else if (account.mentor_id !== null) {
    const mentor = await loadMentorContext(db, account.mentor_id);
    if (!mentor) return;
    const turn = turnOf(scope, account, mentor);
    // An inactive mentor reaches nobody: nothing they send goes on.
    if (!mentor.active) return turn.say('mentor-inactive');
    await handleMentorEvent(turn, event, media, deps);
  } else if (account.interpreter_id !== null) {
    const interpreter = await loadInterpreterContext(db, account.interpreter_id);
    if (!interpreter) return;
    const turn = turnOf(scope, account, interpreter);
    // A deactivated interpreter reaches nobody, as an inactive mentor does.
    if (!interpreter.active) return turn.say('interpreter-inactive');
    await handleInterpreterEvent(turn, event, deps);
  }
}

/** Greets whoever just bound, and tells those their new account replaced (and, for a client, their mentor). */
async function welcomeBound(scope: Scope, bound: Extract<BindResult, { ok: true }>): Promise<void> {
  const { db, translator } = scope;
  if (bound.role === 'mentor' && bound.account.mentor_id) {
    const mentor = await loadMentorContext(db, bound.account.mentor_id);
    if (!mentor) return;
    for (const old of bound.replaced) scope.send(farewellTo(old, translator.t(mentor.language, 'account-replaced')));
    welcomeMentor(turnOf(scope, bound.account, mentor));
  }
  if (bound.role === 'client' && bound.account.client_id) {
    const client = await loadClientContext(db, bound.account.client_id);
    if (!client) return;
    for (const old of bound.replaced) scope.send(farewellTo(old, translator.t(client.language, 'account-replaced')));
    if (bound.replaced.length > 0 && client.mentor) {
      const text = translator.t(client.mentor.language, 'client-account-replaced', {
        name: client.name,
        channel: translator.t(client.mentor.language, `channel-${bound.account.channel}`),
      });
      await textToMentor(scope, client.mentor.id, text, { aboutClientId: client.id });
    }
    welcomeClient(turnOf(scope, bound.account, client));
  }
  if (bound.role === 'interpreter' && bound.account.interpreter_id) {
    const interpreter = await loadInterpreterContext(db, bound.account.interpreter_id);
    if (!interpreter) return;
    for (const old of bound.replaced) scope.send(farewellTo(old, translator.t(interpreter.language, 'account-replaced')));
    welcomeInterpreter(turnOf(scope, bound.account, interpreter));
  }
}
