import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { startService } from './service.js';
import { stopOnSignals } from './stop-on-signals.js';

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

  stopOnSignals(logger, () => service.stop());
}

void main();
