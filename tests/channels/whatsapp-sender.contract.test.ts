import { createWhatsAppSender } from '../../src/channels/whatsapp/whatsapp-sender.js';
import { createFakeWhatsApp, type SentWhatsApp } from '../fakes/fake-whatsapp-client.js';
import { createTestDatabase } from '../support/test-database.js';
import { createTestMediaStore } from '../support/test-media.js';
import { describeChannelSenderContract, type Received } from './channel-sender-contract.js';

/** A numbered list at the end of a text is how WhatsApp shows choices. */
function splitChoices(text: string): { text: string; choices: string[] } {
  const [body, list] = text.split(/\n\n(?=1\. )/);
  return { text: body ?? '', choices: list ? list.split('\n').map((line) => line.replace(/^\d+\. /, '')) : [] };
}

function received(sent: SentWhatsApp): Received {
  const { content, options } = sent;
  if (typeof content === 'string') return { kind: 'text', ...splitChoices(content) };
  if (content.kind === 'location') {
    return { kind: 'location', text: content.description ?? '', choices: [], location: { latitude: content.latitude, longitude: content.longitude } };
  }
  const kind: Received['kind'] = options?.sendAudioAsVoice
    ? 'voice'
    : options?.sendMediaAsDocument
      ? 'document'
      : content.mimetype.startsWith('video/')
        ? 'video'
        : 'photo';
  return {
    kind,
    ...splitChoices(options?.caption ?? ''),
    bytes: Buffer.from(content.data, 'base64'),
    ...(content.filename ? { fileName: content.filename } : {}),
  };
}

describeChannelSenderContract('WhatsApp', async () => {
  const wa = createFakeWhatsApp();
  const client = wa.library.createClient();
  const database = await createTestDatabase();
  const media = await createTestMediaStore();
  const mediaStore = media.store;
  const chatId = '37120000000@c.us';
  return {
    sender: createWhatsAppSender({ mediaStore, library: wa.library, client: () => client }),
    db: database.db,
    mediaStore,
    chatId,
    received: async () => wa.sent().filter((s) => s.chatId === chatId).map(received),
    async close() {
      await database.drop();
      await media.close();
    },
  };
});
