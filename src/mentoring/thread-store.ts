import type { Kysely } from 'kysely';
import type { Channel, Database, MessageKind } from '../db/database.js';
import type { InboundMessageEvent } from './inbound-event.js';

export interface NewThreadMessage {
  clientId: string;
  direction: 'inbound' | 'outbound';
  author: 'client' | 'mentor' | 'system';
  authorMentorId?: string | null;
  kind: MessageKind;
  text: string | null;
  mediaId?: string | null;
  location?: { latitude: number; longitude: number } | null;
  channel?: Channel | null;
  externalId?: string | null;
}

/**
 * Appends a message to the client's thread. Returns undefined when the
 * platform's message id was stored before (a redelivered update).
 */
export async function appendThreadMessage(
  db: Kysely<Database>,
  message: NewThreadMessage,
): Promise<{ id: string; seq: number } | undefined> {
  return db
    .insertInto('messages')
    .values({
      // The thread found in the same statement: one round trip per message.
      thread_id: (eb) => eb.selectFrom('threads').select('id').where('client_id', '=', message.clientId),
      direction: message.direction,
      author: message.author,
      author_mentor_id: message.authorMentorId ?? null,
      kind: message.kind,
      text: message.text,
      media_id: message.mediaId ?? null,
      location: message.location ?? null,
      channel: message.channel ?? null,
      external_id: message.externalId ?? null,
    })
    .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
    .returning(['id', 'seq'])
    .executeTakeFirst();
}

/** Stores a message event from a client (inbound) or a mentor (outbound) in the client's thread. */
export function appendEventMessage(
  db: Kysely<Database>,
  clientId: string,
  sender: { author: 'client' } | { author: 'mentor'; mentorId: string },
  channel: Channel,
  event: InboundMessageEvent,
  media: { mediaId: string } | undefined,
): Promise<{ id: string; seq: number } | undefined> {
  return appendThreadMessage(db, {
    clientId,
    direction: sender.author === 'client' ? 'inbound' : 'outbound',
    author: sender.author,
    authorMentorId: sender.author === 'mentor' ? sender.mentorId : null,
    kind: event.kind,
    text: event.text,
    mediaId: media?.mediaId ?? null,
    location: event.location ?? null,
    channel,
    externalId: event.externalMessageId,
  });
}

/** Marks everything in the client's thread as seen by the mentor. */
export async function markThreadSeen(db: Kysely<Database>, clientId: string): Promise<void> {
  await db
    .updateTable('threads')
    .set((eb) => ({
      mentor_seen_seq: eb.fn.coalesce(
        eb.selectFrom('messages').select((m) => m.fn.max('messages.seq').as('max')).whereRef('messages.thread_id', '=', 'threads.id'),
        eb.val(0),
      ),
    }))
    .where('client_id', '=', clientId)
    .execute();
}
