import { sql, type Kysely } from 'kysely';
import type { Channel, Database, DeliveryStatus } from '../db/database.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../core/pagination.js';
import { notifyOutbox } from './enqueue.js';
import { decodePayload } from './payload.js';

/** A delivery as staff see it; the message itself stays in the thread, not in this listing. */
export interface DeliveryRecord {
  id: string;
  channel: Channel;
  chatId: string;
  accountId: string | null;
  aboutClientId: string | null;
  kind: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

/** Deliveries, newest first, optionally only those in one status (dead ones, say). */
export async function listDeliveries(
  db: Kysely<Database>,
  request: PageRequest & { status?: DeliveryStatus | undefined },
): Promise<Page<DeliveryRecord>> {
  const limit = request.limit ?? defaultPageSize;
  const after = decodeCursor(request.cursor, 'sequence');
  let query = db
    .selectFrom('deliveries')
    .select([
      'id', 'seq', 'channel', 'recipient_chat_id', 'account_id', 'about_client_id', 'payload', 'status',
      'attempts', 'last_error', 'created_at', 'updated_at', 'sent_at',
    ])
    .orderBy('seq', 'desc')
    .limit(limit + 1);
  if (request.status) query = query.where('status', '=', request.status);
  if (after) query = query.where('seq', '<', Number(after.after));
  const rows = await query.execute();
  return toPage(
    rows,
    limit,
    (row) => ({
      id: row.id,
      channel: row.channel,
      chatId: row.recipient_chat_id,
      accountId: row.account_id,
      aboutClientId: row.about_client_id,
      kind: decodePayload(row.payload).payload.kind,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      sentAt: row.sent_at,
    }),
    (row) => ({ after: row.seq, id: row.id }),
  );
}

/**
 * Puts a dead or failed delivery back in the outbox with a fresh set of
 * attempts. It keeps its place in its chat's order, so it goes out before
 * anything enqueued for that chat after it.
 */
export async function retryDelivery(db: Kysely<Database>, id: string): Promise<void> {
  const retried = await db
    .updateTable('deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'failed'])
    .executeTakeFirst();
  if (retried.numUpdatedRows > 0n) {
    await sql`select ${notifyOutbox()}`.execute(db);
    return;
  }
  const existing = await db.selectFrom('deliveries').select('status').where('id', '=', id).executeTakeFirst();
  if (!existing) throw new NotFoundError('DELIVERY_NOT_FOUND', 'no delivery has this id');
  throw new ConflictError('DELIVERY_NOT_RETRYABLE', `only dead or failed deliveries can be retried; this one is ${existing.status}`, {
    status: existing.status,
  });
}
