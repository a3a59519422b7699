import type { Kysely } from 'kysely';
import type { Channel, Database } from '../db/database.js';

/** A button on Telegram, a numbered option on WhatsApp. `data` is at most 64 bytes. */
export interface Choice {
  data: string;
  label: string;
}

/** What leaves the service, independent of the platform that carries it. */
export type OutboundPayload =
  | {
      kind: 'text';
      text: string;
      /** Rows of choices. */
      choices?: Choice[][];
      /** Pin the message in the chat (the current-client banner in a mentor's chat). */
      pin?: boolean;
    }
  | {
      kind: 'photo' | 'document' | 'voice' | 'video';
      mediaId: string;
      caption?: string;
      fileName?: string;
      choices?: Choice[][];
    }
  | { kind: 'location'; latitude: number; longitude: number; caption?: string }
  | { kind: 'menu'; role: 'mentor' | 'client'; language: string };

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
}

export interface StoredPayload {
  payload: OutboundPayload;
  replyToExternalId: string | null;
}

/** Writes deliveries into the outbox; call it in the transaction of the change that causes them. */
export async function enqueueDeliveries(db: Kysely<Database>, requests: DeliveryRequest[]): Promise<void> {
  if (requests.length === 0) return;
  await db
    .insertInto('deliveries')
    .values(
      requests.map((r) => ({
        channel: r.channel,
        recipient_chat_id: r.chatId,
        account_id: r.accountId,
        message_id: r.messageId ?? null,
        about_client_id: r.aboutClientId ?? null,
        payload: JSON.stringify({ payload: r.payload, replyToExternalId: r.replyToExternalId ?? null } satisfies StoredPayload),
      })),
    )
    .execute();
}
