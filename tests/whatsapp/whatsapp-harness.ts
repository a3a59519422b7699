import type { FakeBotApi } from '../fakes/fake-bot-api.js';
import { createFakeWhatsApp, eventually, type FakeWhatsApp, type SentWhatsApp } from '../fakes/fake-whatsapp-client.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import type { TestDatabase } from '../support/test-database.js';

export interface WhatsAppHarness extends TelegramHarness {
  wa: FakeWhatsApp;
  /** The next thing the service sends to a WhatsApp chat, after those already seen. */
  nextToWhatsApp(chatId: string): Promise<SentWhatsApp>;
}

/** The whole service with Telegram on the fake Bot API and WhatsApp on a fake client, linked and ready. */
export async function startWhatsAppHarness(
  options: { database?: TestDatabase; bot?: FakeBotApi; clock?: () => Date } = {},
): Promise<WhatsAppHarness> {
  const wa = createFakeWhatsApp('ready');
  const h = await startTelegramHarness({
    env: { WHATSAPP_ENABLED: 'true', WHATSAPP_CHROMIUM_PATH: process.execPath },
    overrides: {
      whatsappLibrary: wa.library,
      printQr: () => undefined,
      whatsappTimings: { retryBaseMs: 50 },
      ...(options.clock ? { clock: options.clock } : {}),
    },
    ...(options.database ? { database: options.database } : {}),
    ...(options.bot ? { bot: options.bot } : {}),
  });
  await eventually(async () => (await h.api('GET', '/api/whatsapp/status')).body.state === 'ready');
  const seen = new Map<string, number>();
  return Object.assign(h, {
    wa,
    async nextToWhatsApp(chatId: string) {
      const already = seen.get(chatId) ?? 0;
      const next = await eventually(() => wa.sent().filter((s) => s.chatId === chatId)[already]);
      seen.set(chatId, already + 1);
      return next;
    },
  });
}

/** The text of a WhatsApp send: the message, or a media item's caption. */
export function whatsAppText(sent: SentWhatsApp): string {
  return typeof sent.content === 'string' ? sent.content : (sent.options?.caption ?? '');
}
