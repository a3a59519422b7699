import { setMaxListeners } from 'node:events';
import { sql, type Kysely } from 'kysely';
import type { Channel, Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { DeliveryError, type ChannelSender, type OutboundDelivery, type SendResult } from './channel-sender.js';
import { claimDeliveries, recordOpenedThread } from './claim-deliveries.js';
import { createOutboxListener, type OutboxListener } from './outbox-listener.js';
import type { SendBudget } from './send-budget.js';
import type { SendObserver, SendOutcome } from './send-observer.js';
import { heldNextAttempt } from './held-deliveries.js';

export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  senders: Partial<Record<Channel, ChannelSender>>;
  logger: Logger;
  /** Told, in its own transaction, when a delivery can never be made. */
  onPermanentFailure: (db: Kysely<Database>, delivery: OutboundDelivery, reason: string) => Promise<void>;
  maxAttempts: number;
  /** Paces each channel's sends to its platform's limits. */
  budgets?: Partial<Record<Channel, SendBudget>>;
  /**
   * Each channel's fencing token: the generation of the lease under which
   * this process sends on it, or undefined while it holds none. A delivery
   * claimed under one generation is not sent under another: when the lease
   * changes hands while it waits for its turn, it goes back to the outbox.
   */
  fences?: Partial<Record<Channel, () => number | undefined>>;
  /**
   * The database to LISTEN on for deliveries enqueued by any replica. Without
   * it the worker finds new work only by polling.
   */
  listenUrl?: string;
  /** How often the worker looks for work it was not told of: retries that came due, or a lost notification. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** A claimed delivery not finished within this time is taken to be lost with its worker and is retried. */
  claimTimeoutMs?: number;
  /** Told how long each send took and what became of each attempt. */
  observer?: SendObserver;
}

export interface OutboxWorker {
  start(): void;
  /** Stops claiming and waits for the sends in flight. */
  stop(): Promise<void>;
  /** Looks for work now rather than at the next poll. */
  nudge(): void;
  /** One claim-and-send round; returns how many deliveries it handled. */
  runOnce(): Promise<number>;
}

const baseBackoffMs = 1000;
const maxBackoffMs = 5 * 60_000;

/** Exponential backoff with full jitter, so retries from many deliveries spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxBackoffMs, baseBackoffMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Sends what the outbox holds. Each channel has a lane of its own, so a slow
 * channel never holds up another: each round of a lane claims due deliveries
 * (see claimDeliveries), no more than its budget has room for, and sends them.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, senders, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  // About a second of sends at Telegram's pace, so claiming costs little next to sending.
  const batchSize = options.batchSize ?? 30;
  const claimTimeoutMs = options.claimTimeoutMs ?? 120_000;
  const channels = (Object.entries(senders) as Array<[Channel, ChannelSender | undefined]>)
    .filter(([, sender]) => sender !== undefined)
    .map(([channel]) => channel);
  let running = false;
  /** Aborted by stop(): deliveries still waiting for their turn go back to the outbox. */
  let stopping = new AbortController();
  let lastReclaimAt = Number.NEGATIVE_INFINITY;
  const reclaimEveryMs = Math.min(10_000, claimTimeoutMs);

  /** Claims lost with their worker are looked for now and then, not on every round: each query is a round trip. */
  async function reclaimLostClaims(): Promise<void> {
    if (performance.now() - lastReclaimAt < reclaimEveryMs) return;
    lastReclaimAt = performance.now();
    await db
      .updateTable('deliveries')
      .set({ status: 'pending', updated_at: sql<Date>`now()` })
      .where('status', '=', 'sending')
      .where('updated_at', '<', sql<Date>`now() - ${claimTimeoutMs} * interval '1 millisecond'`)
      .execute();
  }

  /** One round of one channel: claim what its budget has room for, under the current fencing token, and send it. */
  async function runChannel(channel: Channel): Promise<number> {
    const sender = senders[channel];
    if (!sender || !(sender.ready?.() ?? true)) return 0;
    const fence = options.fences?.[channel];
    const token = fence?.();
    if (fence && token === undefined) return 0;
    await reclaimLostClaims();
    const room = Math.min(batchSize, options.budgets?.[channel]?.room() ?? batchSize);
    if (room <= 0) return 0;
    const claimed = await claimDeliveries(db, channel, room);
    // Every send is awaited to its end, whatever the others do, so stop() never leaves one running.
    const results = await Promise.allSettled(claimed.map((delivery) => deliver(delivery, () => fence === undefined || fence() === token)));
    for (const result of results) {
      if (result.status === 'rejected') logger.error({ err: result.reason }, 'could not record a delivery outcome');
    }
    return claimed.length;
  }

  /**
   * Only the worker that still holds the claim may finish a delivery: one whose
   * send outlived the claim timeout finds the row reclaimed and leaves it alone.
   */
  const stillClaimed = (delivery: OutboundDelivery) =>
    db
      .updateTable('deliveries')
      .where('id', '=', delivery.id)
      .where('status', '=', 'sending')
      .where('attempts', '=', delivery.attempts);

  /** Records a failed attempt as the failure's kind asks, and returns what the attempt came to. */
  async function fail(delivery: OutboundDelivery, failure: DeliveryError, log: Logger): Promise<SendOutcome> {
    if (failure.kind === 'permanent') {
      log.warn({ reason: failure.message }, 'delivery failed for good');
      try {
        await db.transaction().execute(async (trx) => {
          const marked = await trx
            .updateTable('deliveries')
            .set({ status: 'failed', last_error: failure.message, updated_at: sql<Date>`now()` })
            .where('id', '=', delivery.id)
            .where('status', '=', 'sending')
            .where('attempts', '=', delivery.attempts)
            .executeTakeFirst();
          if (marked.numUpdatedRows > 0n) await options.onPermanentFailure(trx, delivery, failure.message);
        });
      } catch (error) {
        // The follow-up failed; the delivery itself must still end, or its chat stays blocked.
        log.error({ err: error }, 'could not record a permanent failure in full');
        await stillClaimed(delivery).set({ status: 'failed', last_error: failure.message, updated_at: sql<Date>`now()` }).execute();
      }
      return 'failed';
    }
    if (failure.kind === 'held') {
      // Not an attempt either: the message waits, without holding up its chat, until the person writes again.
      // Had they written while it was being sent, their message found nothing held to release: it goes now.
      log.debug({ reason: failure.message }, 'delivery held until the person writes');
      const since = failure.heldSince ?? new Date(0);
      await stillClaimed(delivery)
        .set((eb) => ({
          status: 'pending',
          attempts: eb('attempts', '-', 1),
          next_attempt_at: sql<Date>`case when exists (
              select 1 from channel_accounts a where a.id = deliveries.account_id and a.last_inbound_at > ${since}::timestamptz)
            then now() else ${heldNextAttempt} end`,
          last_error: failure.message,
          updated_at: sql<Date>`now()`,
        }))
        .execute();
      return 'held';
    }
    if (failure.kind === 'dropped') {
      log.info({ reason: failure.message }, 'delivery cancelled: it has no way to go');
      await stillClaimed(delivery).set({ status: 'cancelled', last_error: failure.message, updated_at: sql<Date>`now()` }).execute();
      return 'dropped';
    }
    // A rate limit is the platform asking us to wait, not a failed attempt.
    const countsAsAttempt = failure.kind !== 'rate_limited';
    const dead = countsAsAttempt && delivery.attempts >= options.maxAttempts;
    const delay = failure.kind === 'rate_limited' ? (failure.retryAfterMs ?? 1000) : backoffMs(delivery.attempts);
    // Waiting out a rate limit is routine; a failed attempt is worth a warning.
    log[countsAsAttempt ? 'warn' : 'debug']({ reason: failure.message, attempts: delivery.attempts, dead, delayMs: delay }, 'delivery will be retried');
    await stillClaimed(delivery)
      .set((eb) => ({
        status: dead ? 'dead' : 'pending',
        attempts: countsAsAttempt ? eb.ref('attempts') : eb('attempts', '-', 1),
        next_attempt_at: sql<Date>`now() + ${delay} * interval '1 millisecond'`,
        last_error: failure.message,
        updated_at: sql<Date>`now()`,
      }))
      .execute();
    if (dead) return 'dead';
    return countsAsAttempt ? 'retry' : 'rate_limited';
  }

  async function deliver(delivery: OutboundDelivery, stillFenced: () => boolean): Promise<void> {
    const sender = senders[delivery.channel];
    const log = logger.child({ deliveryId: delivery.id, channel: delivery.channel, kind: delivery.payload.kind });
    let result: SendResult;
    try {
      if (!sender) throw new DeliveryError('transient', `channel ${delivery.channel} is not running`);
      const answered = await options.budgets?.[delivery.channel]?.take(delivery.chatId, stopping.signal);
      try {
        if (!stillFenced()) throw new DeliveryError('rate_limited', 'the send lease changed hands before this delivery’s turn', 0);
        const sendingSince = performance.now();
        result = await sender
          .send(delivery, { threadOpened: (externalThreadId) => recordOpenedThread(db, delivery, externalThreadId) })
          .finally(() => options.observer?.sendTook(delivery.channel, (performance.now() - sendingSince) / 1000));
      } finally {
        answered?.();
      }
    } catch (error) {
      const failure =
        error instanceof DeliveryError ? error : new DeliveryError('transient', error instanceof Error ? error.message : String(error));
      const outcome = await fail(delivery, failure, log);
      options.observer?.attemptEnded(delivery.channel, outcome);
      return;
    }
    options.observer?.attemptEnded(delivery.channel, 'ok');
    // The platform has the message now: keep trying to record that, or the delivery would be sent twice.
    await recordPersistently(log, () =>
      stillClaimed(delivery)
        .set({ status: 'sent', external_id: result.externalId, sent_at: sql<Date>`now()`, updated_at: sql<Date>`now()`, last_error: null })
        .execute(),
    );
  }

  async function recordPersistently(log: Logger, record: () => Promise<unknown>): Promise<void> {
    for (let delay = 250; ; delay = Math.min(5000, delay * 2)) {
      try {
        await record();
        return;
      } catch (error) {
        // After stop(), the delivery stays claimed and is sent again after a restart: a duplicate, not a loss.
        if (!running) throw error;
        log.warn({ err: error, retryInMs: delay }, 'could not record a sent delivery; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** One round of every channel at once. */
  async function runOnce(): Promise<number> {
    const handled = await Promise.all(channels.map(runChannel));
    return handled.reduce((sum, n) => sum + n, 0);
  }

  /** A channel's rounds, one after another while there is work, then at the poll interval or when nudged. */
  function lane(channel: Channel) {
    let timer: NodeJS.Timeout | undefined;
    let current: Promise<unknown> = Promise.resolve();
    let inRound = false;
    /** Set when work arrived during a round, so the next round starts at once. */
    let again = false;
    const schedule = (delayMs: number) => {
      if (!running) return;
      clearTimeout(timer);
      timer = setTimeout(tick, delayMs);
    };
    function tick(): void {
      again = false;
      inRound = true;
      current = runChannel(channel)
        .then((handled) => {
          inRound = false;
          schedule(handled > 0 || again ? 0 : pollIntervalMs);
        })
        .catch((error: unknown) => {
          inRound = false;
          logger.error({ err: error, channel }, 'outbox round failed');
          schedule(pollIntervalMs * 4);
        });
    }
    return {
      start: () => schedule(0),
      nudge() {
        if (inRound) again = true;
        else schedule(0);
      },
      async stop() {
        clearTimeout(timer);
        await current.catch(() => undefined);
      },
    };
  }

  const lanes = channels.map(lane);
  const nudge = () => {
    for (const each of lanes) each.nudge();
  };

  const listener: OutboxListener | undefined = options.listenUrl
    ? createOutboxListener({ connectionString: options.listenUrl, logger, onNotify: nudge })
    : undefined;

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      stopping = new AbortController();
      // Every claimed delivery waiting for its turn listens for the stop.
      setMaxListeners(batchSize * 2, stopping.signal);
      listener?.start();
      for (const each of lanes) each.start();
    },
    nudge,
    async stop() {
      running = false;
      stopping.abort();
      await listener?.stop();
      await Promise.all(lanes.map((each) => each.stop()));
    },
  };
}
