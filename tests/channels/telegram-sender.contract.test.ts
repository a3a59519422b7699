import { Api } from 'grammy';
import { createTelegramSender } from '../../src/channels/telegram/telegram-sender.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { createLogger } from '../../src/logger.js';
import { createFakeBotApi } from '../fakes/fake-bot-api.js';
import { createTestDatabase } from '../support/test-database.js';
import { createTestMediaStore } from '../support/test-media.js';
import { describeChannelSenderContract, type Received } from './channel-sender-contract.js';

const kinds: Record<string, Received['kind']> = {
  sendMessage: 'text',
  sendPhoto: 'photo',
  sendDocument: 'document',
  sendVoice: 'voice',
  sendVideo: 'video',
  sendLocation: 'location',
};

describeChannelSenderContract('Telegram', async () => {
  const fake = createFakeBotApi();
  await fake.start();
  const database = await createTestDatabase();
  const media = await createTestMediaStore();
  const mediaStore = media.store;
  const chatId = 5001;
  return {
    sender: createTelegramSender({
      api: new Api(fake.token, { apiRoot: fake.apiRoot }),
      mediaStore,
      translator: createTranslator(),
      logger: createLogger('silent'),
      topicsEnabled: () => false,
    }),
    db: database.db,
    mediaStore,
    chatId: String(chatId),
    async received() {
      return fake.sentTo(chatId).map((call): Received => {
        const kind = kinds[call.method] ?? 'text';
        const keyboard = (call.params.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined)?.inline_keyboard;
        const file = call.files[kind];
        return {
          kind,
          text: String(call.params.text ?? call.params.caption ?? ''),
          choices: keyboard?.flat().map((button) => button.text) ?? [],
          ...(file ? { bytes: file.bytes, fileName: file.filename } : {}),
          ...(kind === 'location' ? { location: { latitude: Number(call.params.latitude), longitude: Number(call.params.longitude) } } : {}),
        };
      });
    },
    async close() {
      await fake.stop();
      await database.drop();
      await media.close();
    },
  };
});
