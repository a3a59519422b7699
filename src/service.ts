import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { resolveSecret, type ResolvedSecret } from './secrets.js';
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { createDatabase } from './db/create-database.js';
import type { Channel, Database } from './db/database.js';
import { firstCoordinatorLink } from './domain/staff/sign-in.js';
import { embeddedDatabaseName, startEmbeddedPostgres, type EmbeddedServer } from './db/embedded-postgres.js';
import { migrateToLatest } from './db/migrate.js';
import { chromiumPdfPrinter, findChromium } from './http/pdf-printer.js';
import { buildApp } from './http/app.js';
import { databaseReadiness } from './http/database-readiness.js';
import type { Logger } from './logger.js';
import { createKeyedDigest } from './core/keyed-digest.js';
import { createMediaSanitizer } from './media/media-sanitizer.js';
import { createMediaStore } from './media/media-store.js';
import { mediaReadiness } from './media/media-readiness.js';
import { createTelegramChannel } from './channels/telegram/telegram-channel.js';
import { telegramReadiness } from './channels/telegram/telegram-readiness.js';
import { createWhatsAppChannel, whatsappReadiness, type WhatsAppChannelDeps } from './channels/whatsapp/whatsapp-channel.js';
import type { WhatsAppLibrary } from './channels/whatsapp/whatsapp-client.js';
import { printQrToTerminal } from './channels/whatsapp/print-qr.js';
import { loadTemplates } from './channels/whatsapp-cloud/templates-file.js';
import { createWhatsAppCloudChannel, whatsappCloudReadiness } from './channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import { loadCrisisWords } from './crisis-words-file.js';
import { createTranslator } from './i18n/translator.js';
import { crisisWordMatcher } from './domain/safety/crisis-words.js';
import type { ConversationDeps } from './domain/conversation/conversation-deps.js';
import { createPermanentFailureHandler } from './domain/threads/delivery-failures.js';
import { createOutboxWorker } from './outbox/outbox-worker.js';
import { createSendLease } from './outbox/send-lease.js';
import type { SendBudget } from './outbox/send-budget.js';
import { createCheckinScheduler } from './scheduler/checkin-scheduler.js';
import { createServiceMetrics } from './metrics/service-metrics.js';

export interface RunningService {
  app: FastifyInstance;
  /** The base URL the HTTP server listens on. */
  url: string;
  /** Stops everything in the reverse order it was started. */
  stop(): Promise<void>;
}

/** Stand-ins for what the service would otherwise reach outside the process; tests pass fakes. */
export interface ServiceOverrides {
  /** The time the domain and the scheduler go by; the system clock by default. */
  clock?: Clock;
  whatsappLibrary?: WhatsAppLibrary;
  whatsappTimings?: WhatsAppChannelDeps['timings'];
  printQr?: (qr: string) => void;
}

/** Says where a secret the service generated or found is kept; one given in the environment needs no word. */
function logSecret(logger: Logger, secret: ResolvedSecret, what: string): void {
  if (secret.storedAt === null) return;
  logger.info({ file: secret.storedAt }, secret.generated ? `generated ${what}; it is kept in ${secret.storedAt}` : `${what} is in ${secret.storedAt}`);
}

/**
 * While nobody can run the programme, a one-time link to create the first
 * coordinator, in the log and in DATA_DIR/setup-url (readable by the
 * service's user only), so whoever installed the service can open it.
 */
async function offerFirstCoordinatorLink(db: Kysely<Database>, config: Config, logger: Logger, now: Date): Promise<void> {
  const file = path.join(config.dataDir, 'setup-url');
  const link = await firstCoordinatorLink(db, { now, publicUrl: config.publicUrl });
  if (!link) {
    await rm(file, { force: true });
    return;
  }
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, `${link}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  logger.info({ file }, `no coordinator yet: open ${link} to create the first one (valid 72 hours; also in ${file})`);
}

/** Builds and starts every part of the service from a parsed config. */
export async function startService(config: Config, logger: Logger, overrides: ServiceOverrides = {}): Promise<RunningService> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    // Read before anything starts, so a bad file stops the start-up at once.
    const crisisWords = await loadCrisisWords(config.safety.crisisWordsFile);
    const whatsappTemplates = config.whatsappCloud ? await loadTemplates(config.whatsappCloud.templatesFile) : undefined;
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

    const adminToken = await resolveSecret({ configured: config.adminToken, dataDir: config.dataDir, fileName: 'admin-token', minLength: 16 });
    logSecret(logger, adminToken, 'an admin API token');
    const digestKey = await resolveSecret({ configured: config.digestKey, dataDir: config.dataDir, fileName: 'digest-key', minLength: 32 });
    logSecret(logger, digestKey, 'the key of the digests that recognise strangers');
    const webhookSecret =
      config.telegram?.mode === 'webhook'
        ? await resolveSecret({ configured: config.telegram.webhookSecret, dataDir: config.dataDir, fileName: 'telegram-webhook-secret', minLength: 32 })
        : undefined;
    if (webhookSecret) logSecret(logger, webhookSecret, 'the Telegram webhook secret');

    // Files are cleaned of location and camera metadata in worker threads, so a hostile file costs a worker, not the service.
    const sanitizer = createMediaSanitizer();
    stops.push(() => sanitizer.close());
    const translator = createTranslator();
    // This process's name in the leases it takes: a channel's sending, the WhatsApp Web session.
    const holder = `${os.hostname()}:${process.pid}:${randomUUID()}`;
    const metrics = createServiceMetrics({
      db,
      logger: logger.child({ component: 'metrics' }),
      clock: () => conversation.clock(),
      // Read at scrape time, once the channels below exist.
      channels: () => [telegramReadiness(telegram), whatsappCheck()],
      leaseHolder: holder,
    });
    const conversation: ConversationDeps = {
      db,
      translator,
      mediaStore: createMediaStore({ dir: path.join(config.dataDir, 'media'), store: config.mediaStore, sanitizer, maxBytes: config.mediaMaxBytes }),
      clock: overrides.clock ?? (() => new Date()),
      safety: {
        isCrisis: crisisWordMatcher(crisisWords),
        crisisContactsText: config.safety.crisisContactsText,
      },
      digest: createKeyedDigest(digestKey.value),
      coordinators: config.alerts.coordinators,
      publicUrl: config.publicUrl,
      inbound: metrics.inbound,
    };
    const telegram = config.telegram
      ? createTelegramChannel({ config: { ...config.telegram, webhookSecret: webhookSecret?.value }, conversation, logger })
      : undefined;
    // Only the holder of a channel's send lease sends on it, so its budget holds for the whole deployment.
    const sendLease = (channel: Channel, budget: SendBudget) =>
      createSendLease({
        db,
        channel,
        holder,
        logger: logger.child({ component: 'outbox' }),
        ttlMs: config.deliveryLeaseTtlMs,
        onReady: () => {
          budget.pause();
          outbox.nudge();
        },
      });
    const telegramLease = telegram ? sendLease('telegram', telegram.budget) : undefined;
    const whatsapp = config.whatsapp
      ? createWhatsAppChannel({
          config: config.whatsapp,
          // whatsapp-web.js loads Puppeteer; only a service that uses it pays for that.
          library:
            overrides.whatsappLibrary ??
            (await import('./channels/whatsapp/real-whatsapp-library.js')).realWhatsAppLibrary(config.whatsapp),
          conversation,
          logger,
          holder,
          // Deliveries that waited for the session can go now; called once the worker below exists.
          onReady: () => outbox.nudge(),
          printQr: overrides.printQr ?? printQrToTerminal,
          ...(overrides.whatsappTimings ? { timings: overrides.whatsappTimings } : {}),
        })
      : undefined;
    const whatsappCloud =
      config.whatsappCloud && whatsappTemplates
        ? createWhatsAppCloudChannel({
            config: config.whatsappCloud,
            templates: whatsappTemplates,
            conversation,
            logger,
            onUndeliverable: createPermanentFailureHandler(conversation),
          })
        : undefined;
    const whatsappCloudLease = whatsappCloud ? sendLease('whatsapp', whatsappCloud.budget) : undefined;
    /** WhatsApp's state, whichever transport runs. */
    const whatsappCheck = () => (whatsappCloud ? whatsappCloudReadiness(whatsappCloud) : whatsappReadiness(whatsapp));
    const outbox = createOutboxWorker({
      db,
      senders: {
        // Only the holder of the Telegram send lease sends on Telegram; the others leave its deliveries be.
        ...(telegram ? { telegram: { ...telegram.sender, ready: () => telegramLease?.mayClaim() === true } } : {}),
        ...(whatsapp ? { whatsapp: whatsapp.sender } : {}),
        // Like Telegram, only the holder of the lease sends, and nobody while Meta refuses the token.
        ...(whatsappCloud
          ? { whatsapp: { ...whatsappCloud.sender, ready: () => whatsappCloudLease?.mayClaim() === true && whatsappCloud.sender.ready?.() !== false } }
          : {}),
      },
      budgets: {
        ...(telegram ? { telegram: telegram.budget } : {}),
        ...(whatsapp ? { whatsapp: whatsapp.budget } : {}),
        ...(whatsappCloud ? { whatsapp: whatsappCloud.budget } : {}),
      },
      fences: {
        ...(telegramLease ? { telegram: () => telegramLease.token() } : {}),
        ...(whatsapp ? { whatsapp: () => whatsapp.fence() } : {}),
        ...(whatsappCloudLease ? { whatsapp: () => whatsappCloudLease.token() } : {}),
      },
      logger: logger.child({ component: 'outbox' }),
      onPermanentFailure: createPermanentFailureHandler(conversation),
      maxAttempts: config.deliveryMaxAttempts,
      listenUrl: databaseUrl,
      observer: metrics.sends,
    });

    const chromium = await findChromium(config.chromiumPath);
    if (!chromium) logger.info('no Chromium found: the console offers reports for printing from the browser, not as PDF downloads');
    const app = await buildApp({
      logger,
      db,
      adminToken: adminToken.value,
      mediaStore: conversation.mediaStore,
      translator,
      clock: conversation.clock,
      readiness: [databaseReadiness(db), mediaReadiness(conversation.mediaStore), telegramReadiness(telegram), whatsappCheck()],
      telegramInviteLink: (code) => telegram?.inviteLink(code) ?? null,
      publicUrl: config.publicUrl,
      sessionIdleMs: config.sessionIdleMs,
      agencyTimezone: config.agencyTimezone,
      reportMinGroup: config.reportMinGroup,
      digest: conversation.digest,
      metrics,
      metricsToken: config.metricsToken,
      ...(chromium ? { pdfPrinter: chromiumPdfPrinter(chromium) } : {}),
      ...(whatsapp ? { whatsapp: { status: () => ({ transport: 'web' as const, ...whatsapp.status() }), qr: () => whatsapp.qr() } } : {}),
      ...(whatsappCloud ? { whatsapp: { status: () => whatsappCloud.status(), qr: () => null }, whatsappCloudWebhook: whatsappCloud } : {}),
      ...(telegram?.webhookSecret
        ? { telegramWebhook: { secret: telegram.webhookSecret, handle: telegram.handleWebhookUpdate } }
        : {}),
    });
    // Closing the app stops accepting connections and waits for requests in flight.
    stops.push(() => app.close());
    const url = await app.listen({ port: config.port, host: config.host });
    await offerFirstCoordinatorLink(db, config, logger, conversation.clock());

    if (telegramLease) {
      telegramLease.start();
      stops.push(() => telegramLease.stop());
    }
    outbox.start();
    stops.push(() => outbox.stop());
    if (telegram) {
      telegram.start();
      stops.push(() => telegram.stop());
    }
    if (whatsappCloudLease && whatsappCloud) {
      whatsappCloudLease.start();
      stops.push(() => whatsappCloudLease.stop());
      whatsappCloud.start();
      stops.push(() => whatsappCloud.stop());
    }
    if (whatsapp) {
      // Connects in the background; a missing browser or network shows in its status, never as a failed start.
      whatsapp.start();
      stops.push(() => whatsapp.stop());
    }
    const scheduler = createCheckinScheduler({
      db,
      translator,
      logger: logger.child({ component: 'scheduler' }),
      clock: conversation.clock,
      ...config.checkins,
      escalateAfterMs: config.alerts.escalateAfterMs,
      coordinators: config.alerts.coordinators,
      interpreterWaitMs: config.interpreting.waitMs,
      retention: config.retention,
      erasure: { translator, digest: conversation.digest, agencyTimezone: config.agencyTimezone, mediaStore: conversation.mediaStore },
      observer: metrics.ticks,
    });
    scheduler.start();
    stops.push(() => scheduler.stop());
    return { app, url, stop: stopAll };
  } catch (error) {
    await stopAll().catch((stopError: unknown) => logger.error({ err: stopError }, 'cleanup after failed start failed'));
    throw error;
  }
}
