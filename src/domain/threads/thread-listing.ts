import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Channel, Database, DeliveryStatus, MessageKind } from '../../db/database.js';
import { getClient } from '../people/clients.js';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../../core/pagination.js';
import { translationsOf, type Translation } from './message-translations.js';

export interface ThreadMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  author: 'client' | 'mentor' | 'staff' | 'system';
  authorMentorId: string | null;
  authorStaffId: string | null;
  kind: MessageKind;
  text: string | null;
  mediaId: string | null;
  location: { latitude: number; longitude: number } | null;
  replyToId: string | null;
  channel: Channel | null;
  /** For a message to the client: how far it got on their platform (sent, delivered, read), or null. */
  deliveryStatus: DeliveryStatus | null;
  editedAt: Date | null;
  createdAt: Date;
  /** Its translations by the client's interpreters, oldest first. */
  translations: Omit<Translation, 'messageId'>[];
  /** For a message written through the interpreter: since when it waits for the translation, while it does. */
  waitingForTranslationSince: Date | null;
}

/**
 * How far a thread message got to the client: the furthest status among its
 * deliveries to the client's accounts (receipts move it to delivered, read).
 */
export function clientDeliveryStatus(eb: ExpressionBuilder<Database, 'messages'>) {
  return eb
    .selectFrom('deliveries')
    .innerJoin('channel_accounts', 'channel_accounts.id', 'deliveries.account_id')
    .select('deliveries.status')
    .whereRef('deliveries.message_id', '=', 'messages.id')
    .where('channel_accounts.client_id', 'is not', null)
    .orderBy(sql`array_position(array['dead', 'failed', 'pending', 'sending', 'sent', 'delivered', 'read'], deliveries.status)`, 'desc')
    .limit(1);
}

/** A client's thread, oldest first. */
export async function listThreadMessages(
  db: Kysely<Database>,
  clientId: string,
  page: PageRequest,
): Promise<Page<ThreadMessage>> {
  await getClient(db, clientId);
  const limit = page.limit ?? defaultPageSize;
  const after = decodeCursor(page.cursor, 'sequence');
  let query = db
    .selectFrom('messages')
    .innerJoin('threads', 'threads.id', 'messages.thread_id')
    .selectAll('messages')
    .leftJoin('interpretation_requests as waiting', (join) => join.onRef('waiting.message_id', '=', 'messages.id').on('waiting.settled_at', 'is', null))
    .select((eb) => clientDeliveryStatus(eb).as('delivery_status'))
    .select('waiting.requested_at as waiting_since')
    .where('threads.client_id', '=', clientId)
    .orderBy('messages.seq')
    .limit(limit + 1);
  if (after) query = query.where('messages.seq', '>', Number(after.after));
  const rows = await query.execute();
  const translations = await translationsOf(db, rows.map((row) => row.id));
  return toPage(
    rows,
    limit,
    (row) => ({
      id: row.id,
      direction: row.direction,
      author: row.author,
      authorMentorId: row.author_mentor_id,
      authorStaffId: row.author_staff_id,
      kind: row.kind,
      text: row.text,
      mediaId: row.media_id,
      location: row.location,
      replyToId: row.reply_to_message_id,
      channel: row.channel,
      deliveryStatus: row.delivery_status ?? null,
      editedAt: row.edited_at,
      createdAt: row.created_at,
      translations: (translations.get(row.id) ?? []).map(({ messageId: _message, ...translation }) => translation),
      waitingForTranslationSince: row.waiting_since,
    }),
    (row) => ({ after: row.seq, id: row.id }),
  );
}
