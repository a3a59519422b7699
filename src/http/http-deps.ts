import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import type { MediaStore } from '../mentoring/media-store.js';
import type { WhatsAppStatus } from '../channels/whatsapp/whatsapp-session.js';
import type { TelegramWebhookDeps } from './routes/telegram-webhook.js';

/** The state of one part the service depends on, as /readyz reports it. */
export interface ComponentState {
  ready: boolean;
  /** Machine-readable state, such as 'up', 'disabled' or 'polling'. */
  state: string;
  reason?: string;
}

/** A named readiness check; `required` ones decide between 200 and 503. */
export interface ReadinessCheck {
  name: string;
  required: boolean;
  check(): Promise<ComponentState>;
}

/** Everything the HTTP layer needs, passed in by the composition root. */
export interface HttpDeps {
  db: Kysely<Database>;
  adminToken: string;
  mediaStore: MediaStore;
  clock: () => Date;
  readiness: ReadinessCheck[];
  translator: Translator;
  /** The Telegram deep link for an invite code, or null while no bot is configured. */
  telegramInviteLink: (code: string) => string | null;
  /** Told when a request put deliveries in the outbox, so they leave without waiting for the next poll. */
  onEnqueued: () => void;
  /** Present when WhatsApp is enabled. */
  whatsapp?: { status(): WhatsAppStatus; qr(): string | null };
  /** Present when Telegram runs in webhook mode. */
  telegramWebhook?: TelegramWebhookDeps;
}
