import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { mentorAccounts } from '../people/accounts.js';
import type { ClientContext, InterpreterContext } from '../people/contexts.js';
import { textToMentor } from '../threads/relay.js';
import type { Scope } from '../turn/scope.js';
import { interpretedClient } from './interpreters.js';
import { sendWaiting, waitingMessage } from './via-interpreter.js';

/** What became of a translation an interpreter gave. */
export type TranslationOutcome =
  /** A client's message: the translation went to the mentor. */
  | 'to-mentor'
  /** A client's message without a mentor to read it now: the translation is kept. */
  | 'kept'
  /** A mentor's message waiting for it: the translation went to the client. */
  | 'to-client'
  /** A mentor's message that went to the client already (as written, or translated before). */
  | 'already-sent'
  /** Nothing an interpreter translates: a service text, or a message that is not the client's thread's. */
  | 'not-translatable'
  /** A message of a client this interpreter does not interpret for (now). */
  | 'not-yours';

/**
 * Takes an interpreter's translation of a thread message. A client's message:
 * the translation is stored with it and goes to the mentor right under their
 * copy of the original. A mentor's message waiting for translation: it is
 * stored and goes to the client in the mentor's name, and the mentor hears it
 * went. Only a message of a client the interpreter interprets for now counts.
 */
export async function translateMessage(scope: Scope, interpreter: InterpreterContext, messageId: string, text: string): Promise<TranslationOutcome> {
  const { db } = scope;
  const message = await db
    .selectFrom('messages as m')
    .innerJoin('threads', 'threads.id', 'm.thread_id')
    .select(['m.id', 'm.author', 'threads.client_id'])
    .where('m.id', '=', messageId)
    .executeTakeFirst();
  if (!message) return 'not-translatable';
  const client = await interpretedClient(db, interpreter.id, message.client_id);
  if (!client) return 'not-yours';
  if (message.author === 'client') return translateForMentor(scope, interpreter, client, message.id, text);
  if (message.author === 'system') return 'not-translatable';
  const waiting = await waitingMessage(db, message.id);
  if (!waiting) return 'already-sent';
  await storeTranslation(db, { messageId: message.id, language: client.language, text, interpreterId: interpreter.id, at: scope.now });
  await sendWaiting(scope, client, waiting, { translated: text });
  if (waiting.writer.mentorId !== null && client.mentor?.id === waiting.writer.mentorId) {
    const notice = scope.translator.t(client.mentor.language, 'translation-went', { interpreter: interpreter.name, client: client.name, text });
    await textToMentor(scope, client.mentor.id, notice, { aboutClientId: client.id });
  }
  return 'to-client';
}

async function storeTranslation(db: Kysely<Database>, translation: { messageId: string; language: string; text: string; interpreterId: string; at: Date }): Promise<void> {
  await db
    .insertInto('translations')
    .values({ message_id: translation.messageId, language: translation.language, text: translation.text, author_staff_id: translation.interpreterId, created_at: translation.at })
    .execute();
}

async function translateForMentor(scope: Scope, interpreter: InterpreterContext, client: ClientContext, messageId: string, text: string): Promise<TranslationOutcome> {
  const mentor = client.mentor;
  await storeTranslation(scope.db, { messageId, language: mentor?.language ?? interpreter.language, text, interpreterId: interpreter.id, at: scope.now });
  if (!mentor) return 'kept';
  const accounts = await mentorAccounts(scope.db, mentor.id);
  if (accounts.length === 0) return 'kept';
  // Right under the mentor's copy of the original: an answer to it in their chat.
  const originals = await scope.db
    .selectFrom('deliveries')
    .select(['account_id', 'external_id'])
    .where('message_id', '=', messageId)
    .where('account_id', 'in', accounts.map((account) => account.id))
    .where('external_id', 'is not', null)
    .orderBy('seq')
    .execute();
  const label = scope.translator.t(mentor.language, 'translation-by', { interpreter: interpreter.name });
  scope.send(
    ...accounts.map((account) => ({
      channel: account.channel,
      chatId: account.chat_id,
      accountId: account.id,
      payload: { kind: 'text' as const, text: `${label}\n${text}` },
      aboutClientId: client.id,
      replyToExternalId: originals.find((original) => original.account_id === account.id)?.external_id ?? null,
    })),
  );
  return 'to-mentor';
}
