import { parseMood } from '../checkins/mood-words.js';
import { accountsOfMentors, lockAccounts, senderKey } from '../people/accounts.js';
import { loadClientContexts } from '../people/contexts.js';
import { mentorRelayRequests, relayedContentOf } from '../threads/relay.js';
import { appendThreadMessages, eventMessage } from '../threads/thread-store.js';
import { recordFreshEvents } from '../turn/event-log.js';
import type { InboundEvent, InboundMessageEvent } from '../turn/inbound-event.js';
import { inScope } from '../turn/scope.js';
import { matchTypedChoice, openChoicesOf } from '../turn/typed-answers.js';
import { clientTypedKinds } from './client-router.js';
import type { ConversationDeps } from './conversation-deps.js';
import { handledEvent } from './inbound-observer.js';

type TextEvent = InboundMessageEvent & { text: string };

/** A text that means nothing but itself, whoever sent it: no media, no mood, no words of crisis. */
function isPlainText(deps: ConversationDeps, event: InboundEvent): event is TextEvent {
  return (
    event.type === 'message' &&
    event.kind === 'text' &&
    event.text !== null &&
    event.media === undefined &&
    parseMood(event.text) === null &&
    !deps.safety.isCrisis(event.text)
  );
}

/**
 * Each sender's events up to the first one `accept` turns down, with what it
 * made of them: a sender's later events must wait for that one, so their order holds.
 */
function leadingAccepted<E extends InboundEvent, R>(events: E[], accept: (event: E) => R | undefined): { event: E; accepted: R }[] {
  const interrupted = new Set<string>();
  const leading: { event: E; accepted: R }[] = [];
  for (const event of events) {
    const sender = senderKey(event.from);
    const accepted = interrupted.has(sender) ? undefined : accept(event);
    if (accepted === undefined) interrupted.add(sender);
    else leading.push({ event, accepted });
  }
  return leading;
}

/**
 * Stores and relays, in a few statements for the whole batch, the commonest
 * event there is: a consenting client's plain text to their mentor. This is
 * what `handleInbound` would do with each of them, in one transaction instead
 * of one per event. Returns the events taken care of (stored now, or seen
 * before); anything else, and anything that could mean more (an answer to a
 * question, a step in a conversation), is left for `handleInbound`.
 */
export async function relayPlainClientTexts(deps: ConversationDeps, events: InboundEvent[]): Promise<Set<InboundEvent>> {
  const candidates = leadingAccepted(events, (event) => (isPlainText(deps, event) ? event : undefined)).map(({ accepted }) => accepted);
  if (candidates.length === 0) return new Set();
  const ended = deps.inbound?.begin();
  let fresh = new Set<InboundEvent>();
  // A batch that fails is taken in again one by one, where each event is told of: nothing to tell here then.
  const taken = await inScope(deps.db, deps, async (scope) => {
    const trx = scope.db;
    // Locked, as handleInbound locks one, so no conversation step starts meanwhile.
    const accounts = await lockAccounts(trx, candidates.map((event) => event.from));
    const clients = await loadClientContexts(
      trx,
      [...accounts.values()].flatMap((account) => (account.client_id !== null ? [account.client_id] : [])),
    );
    const mentorIds = [...new Set([...clients.values()].flatMap((client) => (client.mentor ? [client.mentor.id] : [])))];
    const mentorAccounts = await accountsOfMentors(trx, mentorIds);
    const openChoices = await openChoicesOf(trx, [...accounts.values()], scope.now);

    const plainFrom = (event: TextEvent) => {
      const account = accounts.get(senderKey(event.from));
      if (!account?.client_id || account.status !== 'active' || account.pending_action !== null) return undefined;
      if (account.chat_id !== event.from.chatId) return undefined;
      const client = clients.get(account.client_id);
      // An ended client's words are kept but go to nobody; the one-by-one path tells them why.
      if (!client?.consentGiven || !client.mentor || client.status === 'ended') return undefined;
      // A client with an interpreter has every message copied to them too: the one-by-one path does that.
      if (client.interpreter) return undefined;
      const choices = openChoices.get(account.id);
      if (choices && matchTypedChoice(choices, event.text, clientTypedKinds) !== null) return undefined;
      const to = mentorAccounts.get(client.mentor.id) ?? [];
      return to.length > 0 ? { client: { ...client, mentor: client.mentor }, to } : undefined;
    };
    const plain = leadingAccepted(candidates, plainFrom).map(({ event, accepted }) => ({ event, ...accepted }));
    if (plain.length === 0) return new Set<InboundEvent>();

    fresh = new Set(await recordFreshEvents(trx, plain.map(({ event }) => event)));
    const toStore = plain.filter(({ event }) => fresh.has(event));
    const stored = await appendThreadMessages(
      trx,
      toStore.map(({ event, client }) => eventMessage(client.id, { author: 'client' }, event.from.channel, event, undefined)),
    );
    const messageIds = new Map(stored.map((row) => [`${row.channel}:${row.external_id}`, row.id]));
    for (const { event, client, to } of toStore) {
      const messageId = messageIds.get(`${event.from.channel}:${event.externalMessageId}`);
      if (messageId === undefined) continue;
      scope.send(...mentorRelayRequests(deps.translator, client, to, relayedContentOf(event, undefined), { channel: event.from.channel, messageId }));
    }
    return new Set<InboundEvent>(plain.map(({ event }) => event));
  }).catch((error: unknown) => {
    ended?.([]);
    throw error;
  });
  ended?.([...taken].map((event) => handledEvent(event, fresh.has(event))));
  return taken;
}
