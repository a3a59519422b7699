import { sql, type Kysely, type Selectable } from 'kysely';
import type { Channel, Database, DeliveryStatus, DeliveryTable } from '../db/database.js';
import { recordAudit } from '../core/audit.js';
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

type DeliveryRow = Pick<
  Selectable<DeliveryTable>,
  'id' | 'channel' | 'recipient_chat_id' | 'account_id' | 'about_client_id' | 'payload' | 'status' | 'attempts' | 'last_error' | 'created_at' | 'updated_at' | 'sent_at'
>;

function toDeliveryRecord(row: DeliveryRow): DeliveryRecord {
  return {
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
  };
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
    toDeliveryRecord,
    (row) => ({ after: row.seq, id: row.id }),
  );
}

/** Whom an undelivered message was for: a client's or a mentor's account, or a chat of no one's (the coordinators'). */
export type DeliveryRecipient = { kind: 'client' | 'mentor'; id: string; name: string } | null;

/** A delivery that did not arrive, with whom it was for, so staff can tell what was lost. */
export interface UndeliveredRecord extends DeliveryRecord {
  status: 'dead' | 'failed';
  recipient: DeliveryRecipient;
  /** The client a delivery to a mentor was about. */
  aboutClientName: string | null;
}

/**
 * The deliveries that did not arrive and can be retried, newest first: dead
 * ones ran out of attempts, failed ones were refused for good by the platform.
 */
export async function listUndelivered(db: Kysely<Database>, request: PageRequest): Promise<Page<UndeliveredRecord>> {
  const limit = request.limit ?? defaultPageSize;
  const after = decodeCursor(request.cursor, 'sequence');
  let query = db
    .selectFrom('deliveries as d')
    .leftJoin('channel_accounts as ca', 'ca.id', 'd.account_id')
    .leftJoin('clients as rc', 'rc.id', 'ca.client_id')
    .leftJoin('mentors as rm', 'rm.id', 'ca.mentor_id')
    .leftJoin('clients as about', 'about.id', 'd.about_client_id')
    .select([
      'd.id', 'd.seq', 'd.channel', 'd.recipient_chat_id', 'd.account_id', 'd.about_client_id', 'd.payload', 'd.status',
      'd.attempts', 'd.last_error', 'd.created_at', 'd.updated_at', 'd.sent_at',
      'rc.id as client_id', 'rc.name as client_name', 'rm.id as mentor_id', 'rm.name as mentor_name', 'about.name as about_client_name',
    ])
    .where('d.status', 'in', ['dead', 'failed'])
    .orderBy('d.seq', 'desc')
    .limit(limit + 1);
  if (after) query = query.where('d.seq', '<', Number(after.after));
  const rows = await query.execute();
  return toPage(
    rows,
    limit,
    (row) => ({
      ...toDeliveryRecord(row),
      status: row.status === 'dead' ? 'dead' : 'failed',
      recipient:
        row.client_id !== null && row.client_name !== null
          ? { kind: 'client', id: row.client_id, name: row.client_name }
          : row.mentor_id !== null && row.mentor_name !== null
            ? { kind: 'mentor', id: row.mentor_id, name: row.mentor_name }
            : null,
      aboutClientName: row.about_client_name,
    }),
    (row) => ({ after: row.seq, id: row.id }),
  );
}

/**
 * Puts a dead or failed delivery back in the outbox with a fresh set of
 * attempts, and records who did. It keeps its place in its chat's order, so
 * it goes out before anything enqueued for that chat after it. The outbox
 * runs on the database's clock, so "due now" is the database's now.
 */
export async function retryDelivery(db: Kysely<Database>, id: string, actor = 'admin'): Promise<void> {
  const retried = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('status', 'in', ['dead', 'failed'])
      .where('payload_cleared_at', 'is', null)
      .returning('status')
      .executeTakeFirst();
    if (!row) return false;
    await recordAudit(trx, { actor, action: 'delivery.retried', entityType: 'delivery', entityId: id });
    await sql`select ${notifyOutbox()}`.execute(trx);
    return true;
  });
  if (retried) return;
  const existing = await db.selectFrom('deliveries').select(['status', 'payload_cleared_at']).where('id', '=', id).executeTakeFirst();
  if (!existing) throw new NotFoundError('DELIVERY_NOT_FOUND', 'no delivery has this id');
  if (existing.payload_cleared_at) {
    throw new ConflictError('DELIVERY_TEXT_CLEARED', 'its text is no longer kept (RETENTION_DELIVERY_TEXT, or its client was erased), so it cannot be sent again', {
      status: existing.status,
    });
  }
  throw new ConflictError('DELIVERY_NOT_RETRYABLE', `only dead or failed deliveries can be retried; this one is ${existing.status}`, {
    status: existing.status,
  });
}
