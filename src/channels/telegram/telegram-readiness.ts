import type { ReadinessCheck } from '../../core/readiness.js';
import type { TelegramChannel } from './telegram-channel.js';

/** Telegram's state in /readyz; it never makes the service unready, since the API works without it. */
export function telegramReadiness(telegram: TelegramChannel | undefined): ReadinessCheck {
  return {
    name: 'telegram',
    required: false,
    check: async () =>
      telegram ? telegram.state() : { ready: false, state: 'disabled', reason: 'TELEGRAM_BOT_TOKEN is not set' },
  };
}
