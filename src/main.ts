import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { startService } from './service.js';

/** How long a graceful shutdown may take before the process gives up and exits. */
const shutdownDeadlineMs = 25_000;

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // whatsapp-web.js leaves some of its own promises unawaited (destroy() after a disconnect,
  // requestPairingCode while starting); one of them failing must not take the API and Telegram down.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  let service;
  try {
    service = await startService(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'Mentorline could not start');
    process.exit(1);
  }
  logger.info({ url: service.url }, 'Mentorline is listening');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, shutdownDeadlineMs).unref();
    service
      .stop()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

void main();
