import { isAssigned, type MentorContext } from '../people/contexts.js';
import type { Turn } from '../turn/turn.js';

/** Where in the mentor's chat an event happened: the forum topic it was written in, the bot message it answers. */
export interface MentorEventPlace {
  externalThreadId?: string;
  replyToExternalId?: string;
}

/**
 * The client a mentor's event is about: the forum topic it was written in,
 * else the bot message it replies to, else the mentor's current client.
 * Only clients assigned to this mentor right now count.
 */
export async function targetClient(turn: Turn<MentorContext>, place: MentorEventPlace): Promise<string | undefined> {
  const { db, account } = turn;
  let clientId: string | null | undefined;
  if (place.externalThreadId !== undefined) {
    clientId = (
      await db
        .selectFrom('channel_threads')
        .select('client_id')
        .where('account_id', '=', account.id)
        .where('external_thread_id', '=', place.externalThreadId)
        .executeTakeFirst()
    )?.client_id;
  }
  if (!clientId && place.replyToExternalId !== undefined) {
    clientId = (
      await db
        .selectFrom('deliveries')
        .select('about_client_id')
        .where('channel', '=', account.channel)
        .where('recipient_chat_id', '=', account.chat_id)
        .where('external_id', '=', place.replyToExternalId)
        .executeTakeFirst()
    )?.about_client_id;
  }
  clientId ??= account.current_client_id;
  if (!clientId) return undefined;
  return (await isAssigned(db, turn.person.id, clientId)) ? clientId : undefined;
}
