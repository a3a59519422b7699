import { ConfigError, parseConfig } from '../config.js';
import { embeddedDatabaseName, startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded-postgres.js';
import { prepareDemoDatabase } from '../demo/prepare-demo.js';
import { createTranslator } from '../i18n/translator.js';
import { createLogger } from '../logger.js';
import { startService } from '../service.js';
import { stopOnSignals } from '../stop-on-signals.js';

/**
 * `npm run demo`: the service as `npm start` runs it, on a database seeded
 * with a demo agency when it has nobody in it yet. Its own DATA_DIR by
 * default, so a real installation's ./data is never touched; an empty
 * DATA_DIR counts as unset here too.
 */
let config;
try {
  config = parseConfig({ ...process.env, DATA_DIR: process.env.DATA_DIR || './data/demo' });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
// As in main.ts: whatsapp-web.js leaves some of its own promises unawaited, which must not take the demo down.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

let embedded: EmbeddedServer | undefined;
let service;
try {
  embedded = config.databaseUrl === undefined ? await startEmbeddedPostgres(config.dataDir, logger) : undefined;
  const databaseUrl = config.databaseUrl ?? embedded?.urlFor(embeddedDatabaseName) ?? '';
  const demo = await prepareDemoDatabase({ ...config, databaseUrl, catalog: createTranslator(), logger, now: new Date() });
  if (!demo.seeded) process.stdout.write('The database already has mentors, clients or staff, so no demo data was added; Mentorline starts with what it has.\n');
  service = await startService({ ...config, databaseUrl }, logger);
  logger.info({ url: service.url }, 'Mentorline is listening');
  process.stdout.write(
    [
      '',
      `Mentorline demo: open ${config.publicUrl}/console/login`,
      demo.credentials ?? 'No demo accounts were made in this data directory: sign in with the accounts this database already has.',
      'This is demo data: a made-up agency, made-up people and their made-up messages. Do not add real clients to it.',
      '',
    ].join('\n'),
  );
} catch (error) {
  logger.fatal({ err: error }, 'the Mentorline demo could not start');
  await embedded?.stop();
  process.exit(1);
}

const running = service;
stopOnSignals(logger, async () => {
  await running.stop();
  await embedded?.stop();
});
