import type { Channel } from '../db/database.js';

/**
 * What became of one attempt at a delivery: sent, put off by the platform's
 * rate limit, to be retried after a failure, refused for good, given up after
 * too many failures, held until the person writes again, or cancelled as
 * having no way to go.
 */
export const sendOutcomes = ['ok', 'rate_limited', 'retry', 'failed', 'dead', 'held', 'dropped'] as const;
export type SendOutcome = (typeof sendOutcomes)[number];

/** Told of every send, so it can be counted and timed without the outbox knowing how. */
export interface SendObserver {
  /** How long the platform took to answer one send, whatever it answered. */
  sendTook(channel: Channel, seconds: number): void;
  attemptEnded(channel: Channel, outcome: SendOutcome): void;
}
