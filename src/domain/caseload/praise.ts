import { loadClientContext, type MentorContext } from '../people/contexts.js';
import { relayToClient } from '../threads/relay.js';
import { appendThreadMessage } from '../threads/thread-store.js';
import { defineChoice, wholeNumber } from '../turn/choices.js';
import type { Turn } from '../turn/turn.js';
import { targetClient, type MentorEventPlace } from './target-client.js';

const praisePhraseCount = 5;

/** One of the praise phrases, in the client's language, offered to the mentor by /praise. */
export const praiseChoice = defineChoice('praise', { phrase: wholeNumber(1, praisePhraseCount) });

/** The mentor's /praise: the phrases, in the client's own language, to pick from. */
export async function offerPraise(turn: Turn<MentorContext>, place: MentorEventPlace): Promise<void> {
  const clientId = await targetClient(turn, place);
  const client = clientId ? await loadClientContext(turn.db, clientId) : undefined;
  if (!clientId || !client) return turn.say('choose-client-first');
  const choices = Array.from({ length: praisePhraseCount }, (_, i) => [
    praiseChoice.option({ phrase: i + 1 }, turn.translator.t(client.language, `praise-${i + 1}`)),
  ]);
  turn.say('praise-choose', { name: client.name }, { choices, aboutClientId: clientId });
}

/** Sends the chosen phrase to the client as the mentor's own message. */
export async function sendPraise(turn: Turn<MentorContext>, place: MentorEventPlace, phrase: number | undefined): Promise<void> {
  const clientId = await targetClient(turn, place);
  const client = clientId ? await loadClientContext(turn.db, clientId) : undefined;
  if (!clientId || !client || phrase === undefined) return turn.say('choose-client-first');
  const mentor = turn.person;
  const text = turn.translator.t(client.language, `praise-${phrase}`);
  const stored = await appendThreadMessage(turn.db, { clientId, direction: 'outbound', author: 'mentor', authorMentorId: mentor.id, kind: 'text', text });
  await relayToClient(turn, client, mentor.name, { kind: 'text', text }, stored?.id ?? null);
  turn.say('praise-sent', { name: client.name }, { aboutClientId: clientId });
}
