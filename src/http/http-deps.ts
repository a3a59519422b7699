import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.js';
import type { KeyedDigest } from '../core/keyed-digest.js';
import type { ReadinessCheck } from '../core/readiness.js';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import type { MediaStore } from '../media/media-store.js';
import type { MetricsExposition } from '../metrics/service-metrics.js';
import type { WhatsAppStatus } from '../channels/whatsapp/whatsapp-session.js';
import type { CloudTransportStatus } from '../channels/whatsapp-cloud/transport-state.js';
import type { WhatsAppCloudWebhookDeps } from './routes/whatsapp-cloud-webhook.js';
import type { PdfPrinter } from './pdf-printer.js';
import type { TelegramWebhookDeps } from './routes/telegram-webhook.js';

/** Everything the HTTP layer needs, passed in by the composition root. */
export interface HttpDeps {
  db: Kysely<Database>;
  adminToken: string;
  mediaStore: MediaStore;
  clock: Clock;
  readiness: ReadinessCheck[];
  translator: Translator;
  /** The console's public base URL, for the links it hands out. */
  publicUrl: string;
  /** How long a console session lasts without use, in ms. */
  sessionIdleMs: number;
  /** The agency's IANA time zone, for reports' and exports' calendar dates. */
  agencyTimezone: string;
  /** The smallest group a report shows by name. */
  reportMinGroup: number;
  /** Keyed digests of platform ids, as the conversation keeps them: erasure finds a client's by them. */
  digest: KeyedDigest;
  /** Present when Chromium is installed: the console offers the report as a PDF. */
  pdfPrinter?: PdfPrinter;
  /** The Telegram deep link for an invite code, or null while no bot is configured. */
  telegramInviteLink: (code: string) => string | null;
  /** Present when WhatsApp is enabled. */
  whatsapp?: {
    status(): (WhatsAppStatus & { transport: 'web' }) | CloudTransportStatus | Promise<CloudTransportStatus>;
    qr(): string | null;
  };
  /** Present with the WhatsApp Cloud API transport. */
  whatsappCloudWebhook?: WhatsAppCloudWebhookDeps;
  /** Present when Telegram runs in webhook mode. */
  telegramWebhook?: TelegramWebhookDeps;
  /** Present in a running service: answered at GET /metrics. */
  metrics?: MetricsExposition;
  /** METRICS_TOKEN: the bearer token /metrics asks for; unset, /metrics answers only this machine. */
  metricsToken?: string | undefined;
}
