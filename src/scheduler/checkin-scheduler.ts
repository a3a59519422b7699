import cron, { type ScheduledTask } from 'node-cron';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import { promptDueClients, remindUnanswered } from '../mentoring/checkin-schedule.js';

export interface CheckinSchedulerOptions {
  db: Kysely<Database>;
  translator: Translator;
  logger: Logger;
  clock: () => Date;
  /** node-cron expression; a seconds field is allowed. */
  tickCron: string;
  catchupMs: number;
  reminderAfterMs: number;
  /** Told when a tick put deliveries in the outbox. */
  onEnqueued: () => void;
}

export interface CheckinScheduler {
  start(): void;
  stop(): Promise<void>;
  /** One tick's work, for tests and for running a tick at once. */
  tick(): Promise<{ prompted: number; reminded: number }>;
}

/**
 * node-cron only ticks; each tick runs the idempotent SQL steps, so several
 * replicas ticking at once prompt every client once.
 */
export function createCheckinScheduler(options: CheckinSchedulerOptions): CheckinScheduler {
  let task: ScheduledTask | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function tick() {
    const now = options.clock();
    const prompted = await promptDueClients(options.db, { translator: options.translator, now, catchupMs: options.catchupMs });
    const reminded = await remindUnanswered(options.db, {
      translator: options.translator,
      now,
      afterMs: options.reminderAfterMs,
      catchupMs: options.catchupMs,
    });
    if (prompted + reminded > 0) {
      options.logger.info({ prompted, reminded }, 'check-in tick');
      options.onEnqueued();
    }
    return { prompted, reminded };
  }

  return {
    tick,
    start() {
      task = cron.schedule(
        options.tickCron,
        () => {
          running = tick().catch((error: unknown) => options.logger.error({ err: error }, 'check-in tick failed'));
          return running;
        },
        { noOverlap: true },
      );
    },
    async stop() {
      await task?.stop();
      await task?.destroy();
      await running;
    },
  };
}
