import { sql, type Kysely } from 'kysely';
import { deliveryPriorities, type Channel, type Database, type DeliveryPriority } from '../db/database.js';
import { encodePayload, type Choice, type MessagePurpose, type OutboundPayload } from './payload.js';

/** The PostgreSQL channel every replica's outbox worker listens on for new deliveries. */
export const outboxNotifyChannel = 'mentorline_outbox';

export interface DeliveryRequest {
  channel: Channel;
  chatId: string;
  accountId: string | null;
  payload: OutboundPayload;
  /** The thread message this delivery carries, if any. */
  messageId?: string | null;
  /** For deliveries to a mentor: the client they are about. */
  aboutClientId?: string | null;
  /** The platform message id, in the recipient's chat, that this delivery answers. */
  replyToExternalId?: string | null;
  /** Which goes first when the outbox is busy; conversation unless said otherwise. */
  priority?: DeliveryPriority;
}

/**
 * Writes deliveries into the outbox; call it in the transaction of the change
 * that causes them. The same statement notifies every replica's worker, which
 * PostgreSQL passes on only when the transaction commits.
 */
export async function enqueueDeliveries(db: Kysely<Database>, requests: DeliveryRequest[]): Promise<void> {
  if (requests.length === 0) return;
  await db
    .with('queued', (qb) =>
      qb.insertInto('deliveries').values(
        requests.map((r) => ({
          channel: r.channel,
          recipient_chat_id: r.chatId,
          account_id: r.accountId,
          message_id: r.messageId ?? null,
          about_client_id: r.aboutClientId ?? null,
          payload: encodePayload(r.payload, r.replyToExternalId ?? null),
          priority: deliveryPriorities[r.priority ?? 'conversation'],
        })),
      ),
    )
    .selectNoFrom(notifyOutbox().as('notified'))
    .execute();
}

/** Wakes every replica's outbox worker once the current transaction commits; for statements that enqueue in SQL. */
export function notifyOutbox() {
  return sql<void>`pg_notify(${outboxNotifyChannel}, '')`;
}

export interface TextOptions {
  choices?: Choice[][];
  aboutClientId?: string | null;
  pin?: boolean;
  messageId?: string | null;
  priority?: DeliveryPriority;
  purpose?: MessagePurpose;
}

/** A text to one chat, for the service's own answers. */
export function textTo(account: { channel: Channel; chat_id: string; id: string | null }, text: string, options: TextOptions = {}): DeliveryRequest {
  return {
    channel: account.channel,
    chatId: account.chat_id,
    accountId: account.id,
    payload: {
      kind: 'text',
      text,
      ...(options.choices ? { choices: options.choices } : {}),
      ...(options.pin ? { pin: true } : {}),
      ...(options.purpose ? { purpose: options.purpose } : {}),
    },
    aboutClientId: options.aboutClientId ?? null,
    messageId: options.messageId ?? null,
    ...(options.priority ? { priority: options.priority } : {}),
  };
}
