import { sql, type Kysely } from 'kysely';
import { createLease } from '../coordination/lease.js';
import type { Channel, Database } from '../db/database.js';
import type { Logger } from '../logger.js';

export interface SendLeaseOptions {
  db: Kysely<Database>;
  channel: Channel;
  /** Unique per process. */
  holder: string;
  logger: Logger;
  ttlMs: number;
  /** Told once this process may send on the channel, after claims of the previous holder are released. */
  onReady: () => void;
}

export interface SendLease {
  /** Whether this process may claim and send the channel's deliveries now. */
  mayClaim(): boolean;
  /** The fencing token of this process's sends: the lease's generation while it may claim, else undefined. */
  token(): number | undefined;
  start(): void;
  /** Gives the lease up; call after the outbox worker stopped. */
  stop(): Promise<void>;
}

/**
 * Only one process at a time sends on a channel, so one send budget covers
 * the whole deployment. Whatever is still claimed when the lease changes hands
 * was claimed by a holder that is gone (or no longer sends), so the new holder
 * puts it back in the outbox rather than waiting for the claim timeout.
 */
export function createSendLease(options: SendLeaseOptions): SendLease {
  const { db, channel, logger } = options;
  let ready = false;
  let generation = 0;

  async function releaseAbandonedClaims(): Promise<void> {
    const released = await db
      .updateTable('deliveries')
      .set({ status: 'pending', next_attempt_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .where('channel', '=', channel)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    if (released.numUpdatedRows > 0n) {
      logger.info({ channel, released: Number(released.numUpdatedRows) }, 'released deliveries claimed by the previous sender');
    }
  }

  const lease = createLease({
    db,
    name: `send:${channel}`,
    holder: options.holder,
    logger,
    ttlMs: options.ttlMs,
    onAcquired() {
      const mine = ++generation;
      const settle = async (): Promise<void> => {
        try {
          await releaseAbandonedClaims();
        } catch (error) {
          logger.warn({ err: error, channel }, 'could not release abandoned claims; trying again');
          await new Promise((resolve) => setTimeout(resolve, 1000));
          if (mine === generation && lease.isHeld()) return settle();
          return;
        }
        if (mine !== generation || !lease.isHeld()) return;
        ready = true;
        options.onReady();
      };
      void settle();
    },
    onLost() {
      generation++;
      ready = false;
    },
  });

  return {
    mayClaim: () => ready && lease.isHeld(),
    token: () => (ready ? lease.generation() : undefined),
    start: () => lease.start(),
    async stop() {
      ready = false;
      generation++;
      await lease.stop();
    },
  };
}
