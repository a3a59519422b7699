import path from 'node:path';
import cron from 'node-cron';
import { z } from 'zod';
import { parseDuration } from './core/duration.js';
import { languageField, phoneField, timeZoneField } from './core/fields.js';

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

/** A retention period such as 30d; 0 keeps everything. */
const retention = (fallback: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default(fallback)
      .transform((value, ctx) => {
        if (value.trim() === '0') return 0;
        const ms = parseDuration(value);
        if (ms === null || ms <= 0) {
          ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30d or 12h, or 0 to keep everything' });
          return z.NEVER;
        }
        return ms;
      }),
  );

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM such as 18:00');

const cloudRequired = [
  'WHATSAPP_CLOUD_ACCESS_TOKEN',
  'WHATSAPP_CLOUD_PHONE_NUMBER_ID',
  'WHATSAPP_CLOUD_APP_SECRET',
  'WHATSAPP_CLOUD_VERIFY_TOKEN',
  'WHATSAPP_CLOUD_TEMPLATES_FILE',
] as const;

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
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ message: 'must be the URL people open the console at, such as https://mentorline.example.org' })
      .refine((value) => /^https?:\/\//.test(value), 'must be an http:// or https:// URL')
      .optional(),
  ),
  SESSION_IDLE_TIMEOUT: duration('12h'),
  AGENCY_TIMEZONE: z.preprocess(emptyAsUndefined, timeZoneField.default('Europe/Riga')),
  REPORT_MIN_GROUP: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).default(5)),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default('./data')),
  ADMIN_TOKEN: z.preprocess(
    emptyAsUndefined,
    z.string().min(16, 'must be at least 16 characters long').optional(),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(logLevels).default('info')),
  LOG_FORMAT: z.preprocess(emptyAsUndefined, z.enum(['json', 'pretty']).optional()),
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters long').optional()),
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
      .regex(/^[A-Za-z0-9_-]{32,256}$/, 'must be 32-256 characters of A-Z, a-z, 0-9, _ and - (leave it unset to have one generated)')
      .optional(),
  ),
  TELEGRAM_MAX_PER_SECOND: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(10_000).default(30)),
  TELEGRAM_MAX_PER_CHAT_PER_SECOND: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(1000).default(1)),
  TELEGRAM_CHAT_BURST: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).default(3)),
  TELEGRAM_MAX_PER_GROUP_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(20)),
  DIGEST_KEY: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters long').optional()),
  MEDIA_STORE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(file|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?)$/, 'must be file or s3://bucket/prefix')
      .default('file'),
  ),
  MEDIA_S3_ENDPOINT: z.preprocess(emptyAsUndefined, z.url({ message: 'must be a URL such as http://127.0.0.1:9000' }).optional()),
  MEDIA_S3_REGION: z.preprocess(emptyAsUndefined, z.string().min(1).default('us-east-1')),
  MEDIA_MAX_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).max(2 * 1024 * 1024 * 1024).default(20 * 1024 * 1024)),
  RETENTION_INBOUND_EVENTS: retention('30d'),
  RETENTION_ENDED_CLIENTS: retention('730d'),
  RETENTION_DELIVERY_TEXT: retention('30d'),
  WHATSAPP_MAX_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(6000).default(20)),
  DELIVERY_MAX_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  DELIVERY_LEASE_TTL: duration('15s'),
  CHECKIN_TICK_CRON: z.preprocess(
    emptyAsUndefined,
    z.string().refine((value) => cron.validate(value), 'must be a cron expression such as "* * * * *"').default('* * * * *'),
  ),
  CHECKIN_CATCHUP: duration('3h'),
  CHECKIN_REMINDER_AFTER: duration('3h'),
  CHECKIN_MISSED_ALERT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(30).default(2)),
  ALERT_ESCALATE_AFTER: duration('30m'),
  INTERPRETER_WAIT: duration('2h'),
  COORDINATOR_CHAT_ID: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^-?\d+$/, 'must be a Telegram chat id such as -1001234567890').optional(),
  ),
  COORDINATOR_LANGUAGE: z.preprocess(emptyAsUndefined, languageField.default('en')),
  CRISIS_CONTACTS_TEXT: z.preprocess(emptyAsUndefined, z.string().max(1000).default('112')),
  CRISIS_WORDS_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
  MENTOR_DIGEST_TIME: z.preprocess(emptyAsUndefined, localTime.default('18:00')),
  TASK_REMINDER_TIME: z.preprocess(emptyAsUndefined, localTime.optional()),
  WEEKLY_SUMMARY_TIME: z.preprocess(emptyAsUndefined, localTime.optional()),
  WHATSAPP_ENABLED: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
  ),
  WHATSAPP_CHROMIUM_PATH: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  PUPPETEER_EXECUTABLE_PATH: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  WHATSAPP_PAIRING_PHONE: z.preprocess(emptyAsUndefined, phoneField.optional()),
  WHATSAPP_TRANSPORT: z.preprocess(emptyAsUndefined, z.enum(['web', 'cloud']).default('web')),
  WHATSAPP_CLOUD_ACCESS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+$/, 'must be the numeric id of the business phone number').optional()),
  WHATSAPP_CLOUD_APP_SECRET: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  WHATSAPP_CLOUD_API_ROOT: z.preprocess(
    emptyAsUndefined,
    z.url({ message: 'must be a URL such as https://graph.facebook.com/v23.0' }).default('https://graph.facebook.com/v23.0'),
  ),
  WHATSAPP_CLOUD_MAX_PER_SECOND: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(1000).default(20)),
  WHATSAPP_CLOUD_TEMPLATES_FILE: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
}).superRefine((env, ctx) => {
  if (env.WHATSAPP_TRANSPORT === 'cloud') {
    for (const name of cloudRequired) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when WHATSAPP_TRANSPORT=cloud' });
    }
  }
  if (env.MEDIA_STORE === 'file' && env.MEDIA_S3_ENDPOINT) {
    ctx.addIssue({ code: 'custom', path: ['MEDIA_S3_ENDPOINT'], message: 'is only read with MEDIA_STORE=s3://bucket/prefix' });
  }
  if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === 'webhook') {
    if (!env.TELEGRAM_WEBHOOK_URL) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_URL'], message: 'is required when TELEGRAM_MODE=webhook' });
    }
  }
});

/** How the service talks to Telegram, from TELEGRAM_* settings. */
export interface TelegramConfig {
  token: string;
  apiRoot: string;
  mode: 'polling' | 'webhook';
  webhookUrl?: string | undefined;
  webhookSecret?: string | undefined;
  /** Telegram's flood limits, as this deployment keeps to them. */
  limits: {
    /** Sends per second over all chats. */
    perSecond: number;
    /** Sustained sends per second to one chat. */
    perChatPerSecond: number;
    /** Sends one chat may receive in a burst before the per-chat rate applies. */
    chatBurst: number;
    /** Sends per minute to one group chat. */
    perGroupPerMinute: number;
  };
}

/** How the WhatsApp Web session is run, from WHATSAPP_* settings. */
export interface WhatsAppConfig {
  /** The Chromium (or Chrome) binary that runs WhatsApp Web. */
  chromiumPath: string;
  /** Where LocalAuth keeps the linked session, under DATA_DIR. */
  sessionDir: string;
  /** E.164 number to link by pairing code instead of a QR code, when set. */
  pairingPhone: string | undefined;
  /** Messages per minute the session sends at most, spread with jitter so it does not look automated. */
  maxPerMinute: number;
}

/** WhatsApp through the official Business Cloud API, from WHATSAPP_CLOUD_* settings. */
export interface WhatsAppCloudConfig {
  accessToken: string;
  phoneNumberId: string;
  /** The app secret that signs webhooks (X-Hub-Signature-256). */
  appSecret: string;
  /** The token Meta echoes in the webhook verification handshake. */
  verifyToken: string;
  /** The Graph API's base URL with its version, without a trailing slash. */
  apiRoot: string;
  maxPerSecond: number;
  /** The JSON file of approved templates per purpose and language. */
  templatesFile: string;
}

/** Where stored photos and files live: under DATA_DIR, or in an S3-compatible bucket every replica reads. */
export type MediaStoreConfig =
  | { kind: 'file' }
  | { kind: 's3'; bucket: string; prefix: string; endpoint: string | undefined; region: string };

/** Everything the service reads from its environment, parsed once by the composition root. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminToken: string | undefined;
  /** The console's public base URL, without a trailing slash, for the links it hands out. */
  publicUrl: string;
  /** How long a console session lasts without use. */
  sessionIdleMs: number;
  /** The agency's IANA time zone: the calendar that reports' dates and months are read in. */
  agencyTimezone: string;
  /** The smallest group a report shows by name; smaller ones are merged into "other". */
  reportMinGroup: number;
  /** The Chromium binary named in the environment (WHATSAPP_CHROMIUM_PATH, PUPPETEER_EXECUTABLE_PATH), if any. */
  chromiumPath: string | undefined;
  logLevel: (typeof logLevels)[number];
  /** How log lines are written; unset, pretty on a terminal and JSON otherwise. */
  logFormat: 'json' | 'pretty' | undefined;
  /** Bearer token for /metrics; unset, /metrics answers loopback clients only. */
  metricsToken: string | undefined;
  mediaStore: MediaStoreConfig;
  /** Absent when no bot token is configured: Telegram is off. */
  telegram: TelegramConfig | undefined;
  deliveryMaxAttempts: number;
  checkins: {
    tickCron: string;
    catchupMs: number;
    reminderAfterMs: number;
    missedAlertInARow: number;
    /** Local 'HH:MM' of each mentor's daily digest. */
    digestTime: string;
    /** Local 'HH:MM' from which a task due today is brought to mind; unset, the domain's own time. */
    dueReminderTime?: string | undefined;
    /** Local 'HH:MM' of the weekly summary; unset, the domain's own time. */
    weeklySummaryTime?: string | undefined;
  };
  alerts: {
    escalateAfterMs: number;
    /** Absent when no coordinators' chat is configured: alerts stay with the mentor. */
    coordinators: { chatId: string; language: string } | undefined;
  };
  /** A mentor's message waiting this long for its interpreter's translation is flagged to the mentor. */
  interpreting: { waitMs: number };
  safety: { crisisContactsText: string; crisisWordsFile: string | undefined };
  /** Absent unless WHATSAPP_ENABLED with the web transport: WhatsApp Web is off. */
  whatsapp: WhatsAppConfig | undefined;
  /** Absent unless WHATSAPP_TRANSPORT=cloud. */
  whatsappCloud: WhatsAppCloudConfig | undefined;
  /** The key of keyed digests (strangers' ids); unset, generated into DATA_DIR. Replicas must share it. */
  digestKey: string | undefined;
  /** The largest photo or file taken in or sent, on every channel. */
  mediaMaxBytes: number;
  /** How long the log of events taken in is kept, in ms; 0 keeps it. */
  retention: {
    inboundEventsMs: number;
    /** Clients ended longer ago are erased; 0 keeps them. */
    endedClientsMs: number;
    /** Finished deliveries' texts are cleared after this long; 0 keeps them. */
    deliveryTextMs: number;
  };
  /** How long a replica that died keeps its channels' send leases before another takes over. */
  deliveryLeaseTtlMs: number;
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
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    sessionIdleMs: e.SESSION_IDLE_TIMEOUT,
    agencyTimezone: e.AGENCY_TIMEZONE,
    reportMinGroup: e.REPORT_MIN_GROUP,
    chromiumPath: e.WHATSAPP_CHROMIUM_PATH ?? e.PUPPETEER_EXECUTABLE_PATH,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    metricsToken: e.METRICS_TOKEN,
    mediaStore: mediaStore(e.MEDIA_STORE, e.MEDIA_S3_ENDPOINT, e.MEDIA_S3_REGION),
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
          mode: e.TELEGRAM_MODE,
          webhookUrl: e.TELEGRAM_WEBHOOK_URL,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
          limits: {
            perSecond: e.TELEGRAM_MAX_PER_SECOND,
            perChatPerSecond: e.TELEGRAM_MAX_PER_CHAT_PER_SECOND,
            chatBurst: e.TELEGRAM_CHAT_BURST,
            perGroupPerMinute: e.TELEGRAM_MAX_PER_GROUP_PER_MINUTE,
          },
        }
      : undefined,
    deliveryMaxAttempts: e.DELIVERY_MAX_ATTEMPTS,
    checkins: {
      tickCron: e.CHECKIN_TICK_CRON,
      catchupMs: e.CHECKIN_CATCHUP,
      reminderAfterMs: e.CHECKIN_REMINDER_AFTER,
      missedAlertInARow: e.CHECKIN_MISSED_ALERT,
      digestTime: e.MENTOR_DIGEST_TIME,
      dueReminderTime: e.TASK_REMINDER_TIME,
      weeklySummaryTime: e.WEEKLY_SUMMARY_TIME,
    },
    alerts: {
      escalateAfterMs: e.ALERT_ESCALATE_AFTER,
      coordinators: e.COORDINATOR_CHAT_ID ? { chatId: e.COORDINATOR_CHAT_ID, language: e.COORDINATOR_LANGUAGE } : undefined,
    },
    interpreting: { waitMs: e.INTERPRETER_WAIT },
    safety: {
      crisisContactsText: e.CRISIS_CONTACTS_TEXT,
      crisisWordsFile: e.CRISIS_WORDS_FILE === undefined ? undefined : path.resolve(e.CRISIS_WORDS_FILE),
    },
    whatsapp:
      e.WHATSAPP_ENABLED && e.WHATSAPP_TRANSPORT === 'web'
      ? {
          chromiumPath: path.resolve(e.WHATSAPP_CHROMIUM_PATH ?? e.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium'),
          sessionDir: path.join(path.resolve(e.DATA_DIR), 'whatsapp'),
          pairingPhone: e.WHATSAPP_PAIRING_PHONE,
          maxPerMinute: e.WHATSAPP_MAX_PER_MINUTE,
        }
      : undefined,
    whatsappCloud:
      e.WHATSAPP_TRANSPORT === 'cloud'
        ? {
            accessToken: e.WHATSAPP_CLOUD_ACCESS_TOKEN ?? '',
            phoneNumberId: e.WHATSAPP_CLOUD_PHONE_NUMBER_ID ?? '',
            appSecret: e.WHATSAPP_CLOUD_APP_SECRET ?? '',
            verifyToken: e.WHATSAPP_CLOUD_VERIFY_TOKEN ?? '',
            apiRoot: e.WHATSAPP_CLOUD_API_ROOT.replace(/\/+$/, ''),
            maxPerSecond: e.WHATSAPP_CLOUD_MAX_PER_SECOND,
            templatesFile: path.resolve(e.WHATSAPP_CLOUD_TEMPLATES_FILE ?? ''),
          }
        : undefined,
    digestKey: e.DIGEST_KEY,
    mediaMaxBytes: e.MEDIA_MAX_BYTES,
    retention: { inboundEventsMs: e.RETENTION_INBOUND_EVENTS, endedClientsMs: e.RETENTION_ENDED_CLIENTS, deliveryTextMs: e.RETENTION_DELIVERY_TEXT },
    deliveryLeaseTtlMs: e.DELIVERY_LEASE_TTL,
  };
}

function mediaStore(value: string, endpoint: string | undefined, region: string): MediaStoreConfig {
  if (value === 'file') return { kind: 'file' };
  const [bucket = '', ...rest] = value.slice('s3://'.length).split('/');
  const prefix = rest.filter((part) => part !== '').join('/');
  return { kind: 's3', bucket, prefix: prefix === '' ? '' : `${prefix}/`, endpoint: endpoint?.replace(/\/+$/, ''), region };
}
