import type { Channel } from '../db/database.js';
import type { OutboundPayload } from '../mentoring/outbound.js';

/** One claimed delivery, as a channel adapter receives it. */
export interface OutboundDelivery {
  id: string;
  channel: Channel;
  chatId: string;
  accountId: string | null;
  aboutClientId: string | null;
  payload: OutboundPayload;
  replyToExternalId: string | null;
  attempts: number;
}

/** What a channel adapter implements to carry deliveries to its platform. */
export interface ChannelSender {
  /** Sends one delivery; returns the platform's message id, if the platform gives one. */
  send(delivery: OutboundDelivery): Promise<{ externalId: string | null }>;
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
 * `permanent` stops (the person blocked the bot, the chat is gone).
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly kind: 'rate_limited' | 'transient' | 'permanent',
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
