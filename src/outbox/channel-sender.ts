import type { Channel } from '../db/database.js';
import type { OutboundPayload } from './payload.js';

/** A stored photo or file a delivery carries, as the media store keeps it. */
export interface DeliveryMedia {
  sha256: string;
  contentType: string;
  sizeBytes: number;
}

/** One claimed delivery, with everything a channel adapter needs to send it. */
export interface OutboundDelivery {
  id: string;
  channel: Channel;
  chatId: string;
  accountId: string | null;
  aboutClientId: string | null;
  payload: OutboundPayload;
  replyToExternalId: string | null;
  attempts: number;
  /** The stored file of a photo, document, voice or video payload; absent for other payloads. */
  media?: DeliveryMedia;
  /**
   * For a delivery to a mentor about a client: the sub-thread of the mentor's
   * chat that holds that client (a forum topic), and the title to open it
   * with when it has none yet, and the language the mentor reads. Absent
   * for other deliveries.
   */
  thread?: { externalId: string | null; title: string; language: string };
}

/** What a send achieved on the platform. */
export interface SendResult {
  /** The platform's id of the message sent, when it gives one. */
  externalId: string | null;
}

/** What the outbox records for a sender while it sends, as soon as the sender tells. */
export interface SendEffects {
  /** The sender opened a sub-thread for the delivery's client (a forum topic); later deliveries go there. */
  threadOpened(externalThreadId: string): Promise<void>;
}

/** What a channel adapter implements to carry deliveries to its platform. */
export interface ChannelSender {
  send(delivery: OutboundDelivery, effects: SendEffects): Promise<SendResult>;
  /**
   * Whether this process can send on the channel now. A channel that says no
   * (its send lease or WhatsApp session held by another replica, WhatsApp not
   * linked yet) leaves its deliveries to a process that can, instead of
   * claiming and postponing them.
   */
  ready?(): boolean;
}

/**
 * How a send failed, as the adapter classifies the platform's answer:
 * `rate_limited` waits and keeps the message, `transient` retries with backoff,
 * `permanent` stops (the person blocked the bot, the chat is gone), `held`
 * keeps the message until the person writes again (WhatsApp's closed window;
 * see releaseHeldDeliveries), `dropped` cancels a message that has no way
 * to go and would be stale by the time it could (a reminder with no template).
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly kind: 'rate_limited' | 'transient' | 'permanent' | 'held' | 'dropped',
    message: string,
    readonly retryAfterMs?: number,
    /**
     * For `held`: when the person last wrote, as the sender saw it. Should they
     * have written since, the message is not held but goes at once.
     */
    readonly heldSince?: Date | null,
  ) {
    super(message);
  }
}
