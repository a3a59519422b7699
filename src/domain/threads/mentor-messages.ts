import type { ClientContext, MentorContext } from '../people/contexts.js';
import type { InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import { relayedContentOf, relayToClient } from './relay.js';
import { tellSenderOfProblem } from './client-messages.js';
import { appendEventMessage, markThreadSeen } from './thread-store.js';
import { copyToInterpreter } from './interpreter-copies.js';

/**
 * Stores what a mentor wrote to a client in the client's thread and sends it
 * to every account of the client, with a copy to the client's interpreter.
 */
export async function storeMentorMessage(
  turn: Turn<MentorContext>,
  client: ClientContext,
  event: InboundMessageEvent,
  media: TakenMedia | undefined,
): Promise<void> {
  const mentor = turn.person;
  const stored = await appendEventMessage(turn.db, client.id, { author: 'mentor', mentorId: mentor.id }, turn.account.channel, event, media);
  if (!stored) return;
  await markThreadSeen(turn.db, client.id);
  if (media?.problem) {
    // The mentor hears why their file did not go; their words, if any, still do.
    tellSenderOfProblem(turn, { ...media, problem: media.problem });
    if (!event.text) return;
    await relayToClient(turn, client, mentor.name, { kind: 'text', text: event.text }, stored.id);
    await copyToInterpreter(turn, client, { kind: 'text', text: event.text }, { writer: { kind: 'mentor', name: mentor.name }, messageId: stored.id });
    return;
  }
  const content = relayedContentOf(event, media);
  await relayToClient(turn, client, mentor.name, content, stored.id);
  await copyToInterpreter(turn, client, content, { writer: { kind: 'mentor', name: mentor.name }, messageId: stored.id });
}
