import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';

export interface LeaseOptions {
  db: Kysely<Database>;
  /** What the lease guards, e.g. 'whatsapp-session'. */
  name: string;
  /** Unique per process, so a restarted replica is a new holder. */
  holder: string;
  logger: Logger;
  /** How long a holder that stops renewing keeps the lease. */
  ttlMs?: number;
  /** How often the holder renews, and a stand-by tries to take over. */
  renewEveryMs?: number;
  onAcquired?: () => void;
  /** Called when the lease is lost (not on stop): the work it guards must stop at once. */
  onLost?: () => void;
}

export interface Lease {
  /** True only while a renewal has succeeded within the time-to-live. */
  isHeld(): boolean;
  /**
   * The lease's generation while this process holds it, else undefined. It
   * grows each time the lease changes hands, so work begun under one holder
   * can tell it is no longer that holder's (a fencing token).
   */
  generation(): number | undefined;
  start(): void;
  /** Stops renewing and gives the lease up, so a stand-by takes over without waiting for expiry. */
  stop(): Promise<void>;
  /** One acquire-or-renew attempt; returns whether the lease is held afterwards. */
  refresh(): Promise<boolean>;
}

/**
 * A lease row with an expiry, so that of several replicas on one database
 * exactly one does a piece of work, and another takes over when the holder
 * dies. A row with expiry rather than a session advisory lock, because a
 * pooled connection can be replaced under an advisory lock without notice.
 */
export function createLease(options: LeaseOptions): Lease {
  const { db, name, holder, logger } = options;
  const ttlMs = options.ttlMs ?? 15_000;
  const renewEveryMs = options.renewEveryMs ?? Math.max(100, Math.floor(ttlMs / 3));
  let heldUntil = 0;
  let held = false;
  let heldGeneration: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let current: Promise<unknown> = Promise.resolve();

  const isHeld = () => held && performance.now() < heldUntil;

  async function refresh(): Promise<boolean> {
    const startedAt = performance.now();
    let acquired: boolean;
    try {
      const row = await db
        .insertInto('leases')
        .values({ name, holder, expires_at: sql<Date>`now() + ${ttlMs} * interval '1 millisecond'` })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({
              holder,
              expires_at: sql<Date>`now() + ${ttlMs} * interval '1 millisecond'`,
              acquired_at: sql<Date>`case when leases.holder = ${holder} then leases.acquired_at else now() end`,
              generation: sql<number>`case when leases.holder = ${holder} then leases.generation else leases.generation + 1 end`,
            })
            .where((eb) => eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<', sql<Date>`now()`)])),
        )
        .returning(['holder', 'generation'])
        .executeTakeFirst();
      acquired = row !== undefined;
      if (row) heldGeneration = row.generation;
    } catch (error) {
      logger.warn({ err: error, lease: name }, 'could not renew lease');
      acquired = false;
    }
    if (acquired) heldUntil = startedAt + ttlMs;
    const wasHeld = held;
    // A failed renewal keeps the lease until its expiry: the row still names us.
    held = acquired || isHeld();
    if (held && !wasHeld) {
      logger.info({ lease: name }, 'lease acquired');
      options.onAcquired?.();
    } else if (!held && wasHeld) {
      logger.warn({ lease: name }, 'lease lost');
      options.onLost?.();
    }
    return held;
  }

  function schedule() {
    if (!running) return;
    timer = setTimeout(() => {
      current = refresh().finally(schedule);
    }, renewEveryMs);
  }

  return {
    isHeld,
    generation: () => (isHeld() ? heldGeneration : undefined),
    refresh,
    start() {
      if (running) return;
      running = true;
      current = refresh().finally(schedule);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
      if (!held) return;
      held = false;
      await db
        .deleteFrom('leases')
        .where('name', '=', name)
        .where('holder', '=', holder)
        .execute()
        .catch((error: unknown) => logger.warn({ err: error, lease: name }, 'could not give up lease'));
    },
  };
}
