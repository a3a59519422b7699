import cron, { type ScheduledTask } from 'node-cron';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import type { Logger } from '../logger.js';
import { escalateAlerts } from '../domain/safety/escalation.js';
import { promptDueClients, remindUnanswered } from '../domain/checkins/schedule.js';
import { sendDueDigests } from '../domain/caseload/digest.js';
import { alertMissedCheckins } from '../domain/checkins/missed-checkins.js';
import { releaseStaleHeldPhotos } from '../domain/tasks/task-evidence.js';
import { flagWaitingTranslations } from '../domain/interpreting/waiting-translations.js';
import { inScope } from '../domain/turn/scope.js';
import { remindDueTasks, sendWeeklySummaries } from '../domain/tasks/task-schedule.js';
import { pruneEventLog } from '../domain/turn/event-log.js';
import { removeErasedMedia } from '../media/erased-media.js';
import type { ErasureDeps } from '../domain/privacy/erasure.js';
import { clearOldDeliveryTexts, eraseLongEndedClients, forgetSentFarewells } from '../domain/privacy/retention.js';
import type { MediaStore } from '../media/media-store.js';

export interface CheckinSchedulerOptions {
  db: Kysely<Database>;
  translator: Translator;
  logger: Logger;
  clock: () => Date;
  /** node-cron expression; a seconds field is allowed. */
  tickCron: string;
  catchupMs: number;
  reminderAfterMs: number;
  /** Missed check-ins in a row that alert the mentor; 0 turns the alert off. */
  missedAlertInARow: number;
  /** Local 'HH:MM' of the mentors' daily digest. */
  digestTime: string;
  /** Local 'HH:MM' of due-date reminders and of weekly summaries; unset, the domain's own. */
  dueReminderTime?: string | undefined;
  weeklySummaryTime?: string | undefined;
  escalateAfterMs: number;
  coordinators: { chatId: string; language: string } | undefined;
  /** How long a mentor's message may wait for its translation before the mentor is told. */
  interpreterWaitMs: number;
  /** How long the log of events taken in, ended clients and delivered texts are kept; 0 keeps them. */
  retention: { inboundEventsMs: number; endedClientsMs: number; deliveryTextMs: number };
  /** What erasing a long-ended client needs: the digests of platform ids, the agency's zone, the files. */
  erasure: ErasureDeps & { mediaStore: MediaStore };
  /** Told how long each step of a tick took, whether it did anything or failed. */
  observer?: TickObserver;
}

export interface TickObserver {
  stepTook(step: TickStep, seconds: number): void;
}

/** How many of each thing one tick did. */
export interface TickResult {
  prompted: number;
  reminded: number;
  missedAlerts: number;
  escalated: number;
  digests: number;
  dueTaskReminders: number;
  weeklySummaries: number;
  releasedPhotos: number;
  flaggedTranslations: number;
  pruned: number;
  erasedClients: number;
  clearedDeliveryTexts: number;
  forgottenFarewells: number;
}

/** One step of a tick, named for what it counts. */
export type TickStep = keyof TickResult;

export interface CheckinScheduler {
  start(): void;
  stop(): Promise<void>;
  /** One tick's work, for tests and for running a tick at once. */
  tick(): Promise<TickResult>;
}

/**
 * node-cron only ticks; each tick runs the idempotent SQL steps, so several
 * replicas ticking at once prompt every client once.
 */
export function createCheckinScheduler(options: CheckinSchedulerOptions): CheckinScheduler {
  let task: ScheduledTask | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const taskTimes = {
    ...(options.dueReminderTime !== undefined ? { dueReminderTime: options.dueReminderTime } : {}),
    ...(options.weeklySummaryTime !== undefined ? { weeklySummaryTime: options.weeklySummaryTime } : {}),
  };

  async function tick(): Promise<TickResult> {
    const now = options.clock();
    const { db, translator } = options;
    // Each step stands alone: one that fails is logged and the others still run.
    const step = async (name: TickStep, run: () => Promise<number>) => {
      const startedAt = performance.now();
      return run()
        .catch((error: unknown) => {
          options.logger.error({ err: error, step: name }, 'scheduler step failed');
          return 0;
        })
        .finally(() => options.observer?.stepTook(name, (performance.now() - startedAt) / 1000));
    };
    const result: TickResult = {
      prompted: await step('prompted', () => promptDueClients(db, { translator, now, catchupMs: options.catchupMs })),
      reminded: await step('reminded', () =>
        remindUnanswered(db, { translator, now, afterMs: options.reminderAfterMs, catchupMs: options.catchupMs }),
      ),
      missedAlerts: await step('missedAlerts', async () =>
        alertMissedCheckins(db, { translator, now, inARow: options.missedAlertInARow }),
      ),
      escalated: await step('escalated', async () =>
        options.coordinators
          ? escalateAlerts(db, { translator, now, afterMs: options.escalateAfterMs, coordinators: options.coordinators })
          : 0,
      ),
      digests: await step('digests', () => sendDueDigests(db, { translator, now, digestTime: options.digestTime, catchupMs: options.catchupMs })),
      dueTaskReminders: await step('dueTaskReminders', () => remindDueTasks(db, { ...taskTimes, translator, now, catchupMs: options.catchupMs })),
      weeklySummaries: await step('weeklySummaries', () =>
        sendWeeklySummaries(db, { ...taskTimes, translator, now, catchupMs: options.catchupMs }),
      ),
      releasedPhotos: await step('releasedPhotos', () => releaseStaleHeldPhotos(db, { translator }, { now })),
      flaggedTranslations: await step('flaggedTranslations', () =>
        inScope(db, { translator, clock: () => now }, (scope) => flagWaitingTranslations(scope, options.interpreterWaitMs)),
      ),
      pruned: await step('pruned', async () =>
        options.retention.inboundEventsMs > 0 ? pruneEventLog(db, { now, keepMs: options.retention.inboundEventsMs }) : 0,
      ),
      erasedClients: await step('erasedClients', async () => {
        if (options.retention.endedClientsMs === 0) return 0;
        const { erased, unreferencedMedia } = await eraseLongEndedClients(db, options.erasure, { now, keepMs: options.retention.endedClientsMs });
        await removeErasedMedia(db, options.erasure.mediaStore, unreferencedMedia, options.logger);
        return erased;
      }),
      clearedDeliveryTexts: await step('clearedDeliveryTexts', async () =>
        options.retention.deliveryTextMs > 0 ? clearOldDeliveryTexts(db, { now, keepMs: options.retention.deliveryTextMs }) : 0,
      ),
      forgottenFarewells: await step('forgottenFarewells', () => forgetSentFarewells(db)),
    };
    if (Object.values(result).some((n) => n > 0)) options.logger.info(result, 'check-in tick');
    return result;
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
