import type { ClientContext, MentorContext } from '../people/contexts.js';
import type { InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import { relayedContentOf, relayToClient } from './relay.js';
import { tellSenderOfProblem } from './client-messages.js';
import { appendEventMessage, markThreadSeen } from './thread-store.js';

/** Stores what a mentor wrote to a client in the client's thread and sends it to every account of the client. */
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
    return;
  }
  await relayToClient(turn, client, mentor.name, relayedContentOf(event, media), stored.id);
}
