import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, parseConfig, type Config } from './config.js';
import { createLogger, prettyDestination, type LogFormat } from './logger.js';
import { startService } from './service.js';
import { stopOnSignals } from './stop-on-signals.js';

/** A file's path as a person at this terminal would type it: relative when it is under the working directory. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : `./${relative}`;
}

/** Where the database is, without the password a connection string may carry. */
function describeDatabase(config: Config): string {
  if (config.databaseUrl === undefined) return `embedded PostgreSQL in ${shownPath(path.join(config.dataDir, 'postgres'))}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname} (DATABASE_URL)`;
}

function describeTelegram(config: Config): string {
  if (!config.telegram) return 'off (set TELEGRAM_BOT_TOKEN to turn it on)';
  return config.telegram.mode === 'webhook' ? `on (webhook at ${config.telegram.webhookUrl ?? ''})` : 'on (long polling)';
}

function describeWhatsApp(config: Config): string {
  if (config.whatsapp) return 'on (WhatsApp Web; until the agency phone is linked, the code to link it appears here)';
  if (config.whatsappCloud) return 'on (WhatsApp Business Cloud API)';
  return 'off (set WHATSAPP_ENABLED=true for WhatsApp Web, or WHATSAPP_TRANSPORT=cloud)';
}

/**
 * What a person at a terminal needs after a start, in words: where the
 * service is, how to get into the console and the API, and what is switched
 * on. `setupLink` is the one-time link to create the first coordinator, while
 * there is none.
 */
function welcome(config: Config, url: string, setupLink: string | undefined): string {
  const consoleLines = setupLink
    ? [
        `${url}/console`,
        `no coordinator yet: open ${setupLink} to create the first one`,
        `(valid 72 hours; the link is also in ${shownPath(path.join(config.dataDir, 'setup-url'))})`,
      ]
    : [`${url}/console`];
  const adminToken = config.adminToken
    ? 'the ADMIN_TOKEN you set'
    : `in ${shownPath(path.join(config.dataDir, 'admin-token'))} (or set ADMIN_TOKEN)`;
  const rows: Array<[string, string[]]> = [
    ['Console', consoleLines],
    ['Admin API token', [adminToken]],
    ['Telegram', [describeTelegram(config)]],
    ['WhatsApp', [describeWhatsApp(config)]],
    ['Database', [describeDatabase(config)]],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const rowLines = rows.flatMap(([label, [first, ...rest]]) => [
    `  ${`${label}:`.padEnd(width)}${first ?? ''}`,
    ...rest.map((line) => `  ${' '.repeat(width)}${line}`),
  ]);
  return ['', `  Mentorline is running at ${url}`, '', ...rowLines, '', '  Stop it with Ctrl+C.', '', ''].join('\n');
}

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
  const format: LogFormat = config.logFormat ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const logger = createLogger(config.logLevel, format === 'pretty' ? prettyDestination() : undefined);
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
  if (format === 'pretty') {
    // The service has just written the link, or removed it once a coordinator exists.
    const setupLink = await readFile(path.join(config.dataDir, 'setup-url'), 'utf8').catch(() => undefined);
    process.stdout.write(welcome(config, service.url, setupLink?.trim()));
  } else {
    logger.info({ url: service.url }, 'Mentorline is listening');
  }

  stopOnSignals(logger, () => service.stop());
}

void main();
