import type { Kysely } from 'kysely';
import type { Channel, Database } from '../../db/database.js';
import { loadClientContext, type ClientContext } from '../people/contexts.js';
import { copyToInterpreter } from '../threads/interpreter-copies.js';
import { relayToClient } from '../threads/relay.js';
import { storeWrittenMessage, type ConsoleWriter } from '../threads/console-messages.js';
import type { Scope } from '../turn/scope.js';

/** Whether the mentor's /via mode is on: their messages to a client with an interpreter go through the interpreter first. */
export async function viaModeOn(db: Kysely<Database>, mentorId: string): Promise<boolean> {
  const row = await db.selectFrom('mentors').select('via_interpreter').where('id', '=', mentorId).executeTakeFirst();
  return row?.via_interpreter ?? false;
}

/** Turns the mentor's /via mode over; returns whether it is on now. */
export async function toggleViaMode(db: Kysely<Database>, mentorId: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('mentors')
    .set((eb) => ({ via_interpreter: eb.not('via_interpreter'), updated_at: now }))
    .where('id', '=', mentorId)
    .returning('via_interpreter')
    .executeTakeFirstOrThrow();
  return row.via_interpreter;
}

/**
 * Stores a text written to a client who has an interpreter and sends it to
 * the interpreter to translate, not to the client: it waits (an
 * interpretation request) until the interpreter answers with the translation,
 * or the mentor sends it as written. Returns the stored message's id.
 */
export async function writeForTranslation(
  scope: Scope,
  client: ClientContext & { interpreter: NonNullable<ClientContext['interpreter']> },
  writer: ConsoleWriter,
  text: string,
  platform?: { channel: Channel; externalId: string },
): Promise<string | undefined> {
  const stored = await storeWrittenMessage(scope, writer, client.id, { kind: 'text', text }, platform);
  if (!stored) return undefined;
  await scope.db
    .insertInto('interpretation_requests')
    .values({ message_id: stored.id, client_id: client.id, interpreter_id: client.interpreter.id, requested_at: scope.now })
    .execute();
  await copyToInterpreter(scope, client, { kind: 'text', text }, { writer: { kind: 'request', name: writer.name }, messageId: stored.id });
  return stored.id;
}

/** A message waiting for its translation, with what sending it needs. */
export interface WaitingMessage {
  messageId: string;
  clientId: string;
  interpreterId: string;
  text: string;
  writer: { kind: 'mentor' | 'staff'; name: string; mentorId: string | null };
}

/** The open request of a message, locked, so a translation and "send the original" cannot both go. */
export async function waitingMessage(db: Kysely<Database>, messageId: string): Promise<WaitingMessage | undefined> {
  const row = await db
    .selectFrom('interpretation_requests as r')
    .innerJoin('messages as m', 'm.id', 'r.message_id')
    .leftJoin('mentors as mt', 'mt.id', 'm.author_mentor_id')
    .leftJoin('staff as st', 'st.id', 'm.author_staff_id')
    .select(['r.message_id', 'r.client_id', 'r.interpreter_id', 'm.text', 'm.author', 'm.author_mentor_id', 'mt.name as mentor_name', 'st.name as staff_name'])
    .where('r.message_id', '=', messageId)
    .where('r.settled_at', 'is', null)
    .forUpdate('r')
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    messageId: row.message_id,
    clientId: row.client_id,
    interpreterId: row.interpreter_id,
    text: row.text ?? '',
    writer: { kind: row.author === 'staff' ? 'staff' : 'mentor', name: row.mentor_name ?? row.staff_name ?? '', mentorId: row.author_mentor_id },
  };
}

/**
 * Sends a waiting message to the client, translated or as written, and
 * settles its request. The delivery carries the original message, so the
 * thread shows how far it got.
 */
export async function sendWaiting(scope: Scope, client: ClientContext, waiting: WaitingMessage, outcome: { translated: string } | 'original'): Promise<number> {
  await scope.db
    .updateTable('interpretation_requests')
    .set({ settled_at: scope.now, outcome: outcome === 'original' ? 'original' : 'translated' })
    .where('message_id', '=', waiting.messageId)
    .execute();
  const text = outcome === 'original' ? waiting.text : outcome.translated;
  return relayToClient(scope, client, waiting.writer.name, { kind: 'text', text }, waiting.messageId, waiting.writer.kind === 'mentor' ? 'from-mentor' : 'from-staff');
}

/**
 * Sends a message that waits for its translation to the client as it was
 * written, when `mayWrite` allows it for the client (the mentor's own client,
 * a client the staff member may see). Returns whether it went; a message
 * translated or sent before, or not the writer's to send, does not go.
 */
export async function sendOriginal(scope: Scope, messageId: string, mayWrite: (client: ClientContext) => boolean): Promise<'sent' | 'already-sent' | 'not-found'> {
  const waiting = await waitingMessage(scope.db, messageId);
  if (!waiting) return 'already-sent';
  const client = await loadClientContext(scope.db, waiting.clientId);
  if (!client || !mayWrite(client)) return 'not-found';
  await sendWaiting(scope, client, waiting, 'original');
  return 'sent';
}
