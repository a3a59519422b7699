import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** The sub-thread (such as a forum topic) that holds a client's conversation in a mentor's chat. */
export async function findChannelThread(db: Kysely<Database>, accountId: string, clientId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('channel_threads')
    .select('external_thread_id')
    .where('account_id', '=', accountId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row?.external_thread_id;
}

export async function recordChannelThread(
  db: Kysely<Database>,
  accountId: string,
  clientId: string,
  externalThreadId: string,
): Promise<void> {
  await db
    .insertInto('channel_threads')
    .values({ account_id: accountId, client_id: clientId, external_thread_id: externalThreadId })
    .onConflict((oc) => oc.columns(['account_id', 'client_id']).doUpdateSet({ external_thread_id: externalThreadId }))
    .execute();
}

/** A client's name, for labelling their sub-thread. */
export async function clientName(db: Kysely<Database>, clientId: string): Promise<string> {
  const row = await db.selectFrom('clients').select('name').where('id', '=', clientId).executeTakeFirst();
  return row?.name ?? clientId;
}

/** Whether an account belongs to a mentor (only mentors' chats hold per-client sub-threads). */
export async function isMentorAccount(db: Kysely<Database>, accountId: string): Promise<boolean> {
  const row = await db.selectFrom('channel_accounts').select('mentor_id').where('id', '=', accountId).executeTakeFirst();
  return row?.mentor_id != null;
}
