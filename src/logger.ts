import { pino, type Logger } from 'pino';

/**
 * Personal data never reaches the logs: message text, names, phone numbers and
 * credentials are censored wherever they appear in a logged object.
 */
const redactPaths = [
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'text',
  'name',
  'phone',
  'caption',
  'token',
  '*.text',
  '*.name',
  '*.phone',
  '*.caption',
  '*.token',
  '*.first_name',
  '*.last_name',
  '*.username',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } });
}

export type { Logger };
