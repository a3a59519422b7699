import type { MediaProblem } from '../../db/database.js';
import type { ClientContext } from '../people/contexts.js';
import type { InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import { limitInMegabytes, relayedContentOf, relayToMentor } from './relay.js';
import { appendEventMessage } from './thread-store.js';
import { copyToInterpreter } from './interpreter-copies.js';

/**
 * Stores a client's message in their thread and passes it to their mentor
 * (and a copy to their interpreter, if they have one);
 * a client without a mentor (or whose mentor is inactive or has no account)
 * is told it is kept. A client whose programme has ended is stored, not
 * relayed. Returns the stored message and whether it went on, or undefined
 * for a message stored before.
 */
export async function storeClientMessage(
  turn: Turn<ClientContext>,
  event: InboundMessageEvent,
  media: TakenMedia | undefined,
): Promise<{ id: string; relayed: boolean } | undefined> {
  const { account, person: client } = turn;
  const stored = await appendEventMessage(turn.db, client.id, { author: 'client' }, account.channel, event, media);
  if (!stored) return undefined;
  if (client.status === 'ended') return { id: stored.id, relayed: false };
  const content = relayedContentOf(event, media);
  const relayed = await relayToMentor(turn, client, content, { channel: account.channel, messageId: stored.id });
  await copyToInterpreter(turn, client, content, { writer: { kind: 'client', channel: account.channel }, messageId: stored.id });
  if (media?.problem) tellSenderOfProblem(turn, { ...media, problem: media.problem });
  if (!relayed) turn.say('message-kept-no-mentor');
  return { id: stored.id, relayed };
}

const clientProblemMessages: Record<MediaProblem, string> = {
  too_large: 'client-media-too_large',
  download_failed: 'client-media-failed',
  not_stored: 'client-media-failed',
  unsafe: 'client-media-unsafe',
  unprocessable: 'client-unprocessable',
};

/** Tells whoever sent a file that could not be had why it did not go on, in their language. */
export function tellSenderOfProblem(turn: Turn<{ language: string }>, media: TakenMedia & { problem: MediaProblem }): void {
  turn.say(clientProblemMessages[media.problem], { limit: limitInMegabytes(media.limitBytes ?? 0) });
}

/**
 * Keeps a client's edit of an earlier message (the previous text in
 * message_edits) and shows it to the mentor as an edit. Returns the edited
 * message's id, or undefined when there was nothing to change.
 */
export async function storeClientEdit(turn: Turn<ClientContext>, externalMessageId: string, text: string | null): Promise<string | undefined> {
  const { db, account, person: client } = turn;
  const original = await db
    .selectFrom('messages')
    .select(['id', 'text'])
    .where('channel', '=', account.channel)
    .where('external_id', '=', externalMessageId)
    .executeTakeFirst();
  if (!original || original.text === text) return undefined;
  await db.insertInto('message_edits').values({ message_id: original.id, previous_text: original.text }).execute();
  await db.updateTable('messages').set({ text, edited_at: turn.now }).where('id', '=', original.id).execute();
  if (client.status !== 'ended') {
    await relayToMentor(turn, client, { kind: 'text', text }, { channel: account.channel, messageId: original.id, labelId: 'client-edited' });
    await copyToInterpreter(turn, client, { kind: 'text', text }, { writer: { kind: 'client', channel: account.channel, edited: true }, messageId: original.id });
  }
  return original.id;
}
