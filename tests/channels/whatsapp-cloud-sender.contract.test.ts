import { createCloudSender } from '../../src/channels/whatsapp-cloud/cloud-sender.js';
import { createGraphApi } from '../../src/channels/whatsapp-cloud/graph-api.js';
import { templatesFrom } from '../../src/channels/whatsapp-cloud/templates-file.js';
import { createTransportState } from '../../src/channels/whatsapp-cloud/transport-state.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { startFakeGraphApi, type SentGraphMessage } from '../fakes/fake-graph-api.js';
import { createTestDatabase } from '../support/test-database.js';
import { createTestMediaStore } from '../support/test-media.js';
import { templates } from '../whatsapp-cloud/cloud-harness.js';
import { describeChannelSenderContract, type Received } from './channel-sender-contract.js';

/** A numbered list at the end of a text is how choices go when they fit no buttons or list. */
function splitChoices(text: string): { text: string; choices: string[] } {
  const [body, list] = text.split(/\n\n(?=1\. )/);
  return { text: body ?? '', choices: list ? list.split('\n').map((line) => line.replace(/^\d+\. /, '')) : [] };
}

interface InteractiveBody {
  body: { text: string };
  action: { buttons?: Array<{ reply: { title: string } }>; sections?: Array<{ rows: Array<{ title: string }> }> };
}

interface MediaBody {
  id: string;
  caption?: string;
  filename?: string;
}

const mediaKinds: Record<string, Received['kind']> = { image: 'photo', audio: 'voice', document: 'document', video: 'video' };

// The contract's deliveries have no account, so the window is open at any time; a fixed one keeps the wall clock out.
const now = () => new Date('2026-06-03T10:00:00Z');

describeChannelSenderContract('WhatsApp Cloud API', async () => {
  const graph = await startFakeGraphApi();
  const database = await createTestDatabase();
  const media = await createTestMediaStore();
  const mediaStore = media.store;
  const waId = '37120000000';

  function received(sent: SentGraphMessage): Received {
    const { body } = sent;
    if (sent.type === 'text') return { kind: 'text', ...splitChoices((body.text as { body: string }).body) };
    if (sent.type === 'interactive') {
      const { body: shown, action } = body.interactive as InteractiveBody;
      const choices = action.buttons?.map((b) => b.reply.title) ?? action.sections?.flatMap((s) => s.rows.map((r) => r.title)) ?? [];
      return { kind: 'text', text: shown.text, choices };
    }
    if (sent.type === 'location') {
      const { latitude, longitude } = body.location as { latitude: number; longitude: number };
      return { kind: 'location', text: '', choices: [], location: { latitude, longitude } };
    }
    const kind = mediaKinds[sent.type];
    if (!kind) throw new Error(`the sender sent a ${sent.type} message`);
    const file = body[sent.type] as MediaBody;
    const upload = graph.uploads.get(file.id);
    return {
      kind,
      ...splitChoices(file.caption ?? ''),
      ...(upload ? { bytes: upload.bytes } : {}),
      ...(file.filename ? { fileName: file.filename } : {}),
    };
  }

  return {
    sender: createCloudSender({
      graph: createGraphApi(graph),
      db: database.db,
      mediaStore,
      scope: { translator: createTranslator(), clock: now },
      templates: templatesFrom(templates, 'the tests’ templates'),
      state: createTransportState(now),
    }),
    db: database.db,
    mediaStore,
    chatId: waId,
    received: async () => graph.messagesTo(waId).map(received),
    async close() {
      await graph.close();
      await database.drop();
      await media.close();
    },
  };
});
