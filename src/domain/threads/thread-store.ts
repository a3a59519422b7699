import type { Kysely } from 'kysely';
import type { Channel, Database, MediaProblem, MessageKind } from '../../db/database.js';
import type { InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';

export interface NewThreadMessage {
  clientId: string;
  direction: 'inbound' | 'outbound';
  author: 'client' | 'mentor' | 'staff' | 'system';
  authorMentorId?: string | null;
  authorStaffId?: string | null;
  kind: MessageKind;
  text: string | null;
  mediaId?: string | null;
  /** Why the message's file is not stored with it. */
  mediaProblem?: MediaProblem | null;
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
  const [stored] = await appendThreadMessages(db, [message]);
  return stored;
}

/**
 * Appends messages to their clients' threads in one statement, in the order
 * given. Messages whose platform id was stored before are left out of the result.
 */
export async function appendThreadMessages(
  db: Kysely<Database>,
  messages: NewThreadMessage[],
): Promise<{ id: string; seq: number; channel: Channel | null; external_id: string | null }[]> {
  if (messages.length === 0) return [];
  return db
    .insertInto('messages')
    .values(
      messages.map((message) => ({
        // The thread found in the same statement: one round trip for all the messages.
        thread_id: (eb) => eb.selectFrom('threads').select('id').where('client_id', '=', message.clientId),
        direction: message.direction,
        author: message.author,
        author_mentor_id: message.authorMentorId ?? null,
        author_staff_id: message.authorStaffId ?? null,
        kind: message.kind,
        text: message.text,
        media_id: message.mediaId ?? null,
        media_problem: message.mediaProblem ?? null,
        location: message.location ?? null,
        channel: message.channel ?? null,
        external_id: message.externalId ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing())
    .returning(['id', 'seq', 'channel', 'external_id'])
    .execute();
}

/** The thread message a message event from a client (inbound) or a mentor (outbound) becomes. */
export function eventMessage(
  clientId: string,
  sender: { author: 'client' } | { author: 'mentor'; mentorId: string },
  channel: Channel,
  event: InboundMessageEvent,
  media: TakenMedia | undefined,
): NewThreadMessage {
  return {
    clientId,
    direction: sender.author === 'client' ? 'inbound' : 'outbound',
    author: sender.author,
    authorMentorId: sender.author === 'mentor' ? sender.mentorId : null,
    kind: event.kind,
    text: event.text,
    mediaId: media?.mediaId ?? null,
    mediaProblem: media?.problem ?? null,
    location: event.location ?? null,
    channel,
    externalId: event.externalMessageId,
  };
}

/** Stores a message event from a client (inbound) or a mentor (outbound) in the client's thread. */
export function appendEventMessage(
  db: Kysely<Database>,
  clientId: string,
  sender: { author: 'client' } | { author: 'mentor'; mentorId: string },
  channel: Channel,
  event: InboundMessageEvent,
  media: TakenMedia | undefined,
): Promise<{ id: string; seq: number } | undefined> {
  return appendThreadMessage(db, eventMessage(clientId, sender, channel, event, media));
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
