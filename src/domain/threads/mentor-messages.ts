import type { ClientContext, MentorContext } from '../people/contexts.js';
import type { InboundMessageEvent } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import { relayedContentOf, relayToClient } from './relay.js';
import { appendEventMessage, markThreadSeen } from './thread-store.js';

/** Stores what a mentor wrote to a client in the client's thread and sends it to every account of the client. */
export async function storeMentorMessage(
  turn: Turn<MentorContext>,
  client: ClientContext,
  event: InboundMessageEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const mentor = turn.person;
  const stored = await appendEventMessage(turn.db, client.id, { author: 'mentor', mentorId: mentor.id }, turn.account.channel, event, media);
  if (!stored) return;
  await markThreadSeen(turn.db, client.id);
  await relayToClient(turn, client, mentor.name, relayedContentOf(event, media), stored.id);
}
