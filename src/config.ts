import path from 'node:path';
import cron from 'node-cron';
import { z } from 'zod';
import { parseDuration } from './duration.js';
import type { TelegramConfig } from './channels/telegram/telegram-channel.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const duration = (fallback: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default(fallback)
      .transform((value, ctx) => {
        const ms = parseDuration(value);
        if (ms === null || ms <= 0) {
          ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30m, 3h or 1h30m' });
          return z.NEVER;
        }
        return ms;
      }),
  );

const envSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('./data')),
  ADMIN_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'must be at least 16 characters long').optional(),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(logLevels).default('info')),
  TELEGRAM_BOT_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'must look like 123456:ABC-DEF (from @BotFather)').optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(
    emptyAsUndefined,
    z.url({ message: 'must be a URL such as https://api.telegram.org' }).default('https://api.telegram.org'),
  ),
  TELEGRAM_MODE: z.preprocess(emptyAsUndefined, z.enum(['polling', 'webhook']).default('polling')),
  TELEGRAM_WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.url({ message: 'must be an https URL' }).optional()),
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
  ),
  DELIVERY_MAX_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  CHECKIN_TICK_CRON: z.preprocess(
    emptyAsUndefined,
    z.string().refine((value) => cron.validate(value), 'must be a cron expression such as "* * * * *"').default('* * * * *'),
  ),
  CHECKIN_CATCHUP: duration('3h'),
  CHECKIN_REMINDER_AFTER: duration('3h'),
}).superRefine((env, ctx) => {
  if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === 'webhook') {
    if (!env.TELEGRAM_WEBHOOK_URL) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_URL'], message: 'is required when TELEGRAM_MODE=webhook' });
    }
    if (!env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'is required when TELEGRAM_MODE=webhook' });
    }
  }
});

/** Everything the service reads from its environment, parsed once by the composition root. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminToken: string | undefined;
  logLevel: (typeof logLevels)[number];
  /** Absent when no bot token is configured: Telegram is off. */
  telegram: TelegramConfig | undefined;
  deliveryMaxAttempts: number;
  checkins: { tickCron: string; catchupMs: number; reminderAfterMs: number };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    adminToken: e.ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
          mode: e.TELEGRAM_MODE,
          webhookUrl: e.TELEGRAM_WEBHOOK_URL,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
        }
      : undefined,
    deliveryMaxAttempts: e.DELIVERY_MAX_ATTEMPTS,
    checkins: { tickCron: e.CHECKIN_TICK_CRON, catchupMs: e.CHECKIN_CATCHUP, reminderAfterMs: e.CHECKIN_REMINDER_AFTER },
  };
}
