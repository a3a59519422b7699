import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { resolveAdminToken } from './admin-token.js';
import type { Config } from './config.js';
import { createDatabase } from './db/create-database.js';
import { embeddedDatabaseName, startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres.js';
import { migrateToLatest } from './db/migrate.js';
import { buildApp } from './http/app.js';
import { databaseReadiness } from './http/database-readiness.js';
import type { Logger } from './logger.js';
import { createMediaStore } from './mentoring/media-store.js';
import { createTelegramChannel } from './channels/telegram/telegram-channel.js';
import { telegramReadiness } from './channels/telegram/telegram-readiness.js';
import { createTranslator } from './i18n/translator.js';
import type { ConversationDeps } from './mentoring/conversation-deps.js';
import { createPermanentFailureHandler } from './mentoring/delivery-failures.js';
import { createOutboxWorker } from './outbox/outbox-worker.js';
import { createCheckinScheduler } from './scheduler/checkin-scheduler.js';

export interface RunningService {
  app: FastifyInstance;
  /** The base URL the HTTP server listens on. */
  url: string;
  /** Stops everything in the reverse order it was started. */
  stop(): Promise<void>;
}

/** Builds and starts every part of the service from a parsed config. */
export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    let databaseUrl = config.databaseUrl;
    if (databaseUrl === undefined) {
      const embedded: EmbeddedServer = await startEmbeddedPostgres(config.dataDir, logger);
      stops.push(() => embedded.stop());
      databaseUrl = embedded.urlFor(embeddedDatabaseName);
    }

    const db = createDatabase(databaseUrl, {
      onIdleError: (error) => logger.warn({ err: error }, 'idle database connection lost'),
    });
    stops.push(() => db.destroy());
    const applied = await migrateToLatest(db);
    logger.info({ applied }, applied.length > 0 ? 'migrations applied' : 'database schema is up to date');

    const adminToken = await resolveAdminToken(config.adminToken, config.dataDir);
    if (adminToken.storedAt !== null) {
      logger.info(
        { file: adminToken.storedAt },
        adminToken.generated
          ? `generated an admin API token; read it from ${adminToken.storedAt}`
          : `admin API token is in ${adminToken.storedAt}`,
      );
    }

    const translator = createTranslator();
    const conversation: ConversationDeps = {
      db,
      translator,
      mediaStore: createMediaStore({ dir: path.join(config.dataDir, 'media') }),
      clock: () => new Date(),
    };
    // Called only after start-up, once the worker below exists.
    const onEnqueued = () => outbox.nudge();

    const telegram = config.telegram
      ? createTelegramChannel({ config: config.telegram, conversation, logger, onEnqueued })
      : undefined;
    const outbox = createOutboxWorker({
      db,
      senders: telegram ? { telegram: telegram.sender } : {},
      logger: logger.child({ component: 'outbox' }),
      onPermanentFailure: createPermanentFailureHandler(translator),
      maxAttempts: config.deliveryMaxAttempts,
    });

    const app = await buildApp({
      logger,
      db,
      adminToken: adminToken.token,
      mediaStore: conversation.mediaStore,
      translator,
      clock: conversation.clock,
      readiness: [databaseReadiness(db), telegramReadiness(telegram)],
      telegramInviteLink: (code) => telegram?.inviteLink(code) ?? null,
      onEnqueued,
      ...(telegram?.webhookSecret
        ? { telegramWebhook: { secret: telegram.webhookSecret, handle: telegram.handleWebhookUpdate } }
        : {}),
    });
    // Closing the app stops accepting connections and waits for requests in flight.
    stops.push(() => app.close());
    const url = await app.listen({ port: config.port, host: config.host });

    outbox.start();
    stops.push(() => outbox.stop());
    if (telegram) {
      telegram.start();
      stops.push(() => telegram.stop());
    }
    const scheduler = createCheckinScheduler({
      db,
      translator,
      logger: logger.child({ component: 'scheduler' }),
      clock: conversation.clock,
      ...config.checkins,
      onEnqueued,
    });
    scheduler.start();
    stops.push(() => scheduler.stop());
    return { app, url, stop: stopAll };
  } catch (error) {
    await stopAll().catch((stopError: unknown) => logger.error({ err: stopError }, 'cleanup after failed start failed'));
    throw error;
  }
}
