import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { createClient } from '../../../src/domain/people/clients.js';
import type { ConversationDeps } from '../../../src/domain/conversation/conversation-deps.js';
import { crisisWordMatcher, defaultCrisisWords } from '../../../src/domain/safety/crisis-words.js';
import { handleInbound } from '../../../src/domain/conversation/handle-inbound.js';
import type { InboundEvent, InboundSender } from '../../../src/domain/turn/inbound-event.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { enqueueDeliveries } from '../../../src/outbox/enqueue.js';
import { relayPlainClientTexts } from '../../../src/domain/conversation/plain-text-relay.js';
import { useTestDatabase } from '../../support/test-database.js';
import { createTestMediaStore } from '../../support/test-media.js';
import { createKeyedDigest } from '../../../src/core/keyed-digest.js';

const database = useTestDatabase();
let media: Awaited<ReturnType<typeof createTestMediaStore>>;
let deps: ConversationDeps;
let mentorId: string;
let nextUpdateId = 1;

beforeAll(async () => {
  media = await createTestMediaStore();
  deps = {
    db: database.db,
    translator: createTranslator(),
    mediaStore: media.store,
    digest: createKeyedDigest('plain-text-relay-test-key-0123456789'),
    clock: () => new Date(),
    safety: { isCrisis: crisisWordMatcher(defaultCrisisWords), crisisContactsText: 'Call 113' },
    publicUrl: 'http://console.test',
  };
  mentorId = (await createMentor(database.db, { name: 'Ilze', languages: ['en'] }, 'test')).id;
  await database.db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: '500', chat_id: '500', mentor_id: mentorId }).execute();
});
afterAll(async () => {
  await media.close();
});
beforeEach(async () => {
  await database.db.deleteFrom('deliveries').execute();
});

let nextChat = 1000;
async function telegramClient(name: string, options: { consentGiven?: boolean } = {}): Promise<InboundSender & { clientId: string }> {
  const chat = String(nextChat++);
  const client = await createClient(
    database.db,
    { name, mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: options.consentGiven ?? true },
    'test',
    new Date(),
  );
  await database.db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: chat, chat_id: chat, client_id: client.id }).execute();
  return { channel: 'telegram', externalId: chat, chatId: chat, clientId: client.id };
}

function text(from: InboundSender, body: string): InboundEvent {
  const id = nextUpdateId++;
  return { type: 'message', eventId: String(id), from, externalMessageId: `${from.chatId}:${id}`, kind: 'text', text: body };
}

function command(from: InboundSender, name: string): InboundEvent {
  return { type: 'command', eventId: String(nextUpdateId++), from, command: name, args: '' };
}

/** The texts that reached the mentor, in the order the outbox will send them. */
async function atMentor(): Promise<string[]> {
  const rows = await database.db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', '500').orderBy('seq').execute();
  return rows.map((row) => (row.payload as { payload: { text: string } }).payload.text);
}

async function threadTexts(clientId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('messages')
    .innerJoin('threads', 'threads.id', 'messages.thread_id')
    .select('messages.text')
    .where('threads.client_id', '=', clientId)
    .orderBy('messages.seq')
    .execute();
  return rows.map((row) => row.text ?? '');
}

/** What the update poller does: the bulk first, then the rest one by one, in order. */
async function takeIn(events: InboundEvent[]): Promise<Set<InboundEvent>> {
  const inBulk = await relayPlainClientTexts(deps, events);
  for (const event of events) if (!inBulk.has(event)) await handleInbound(deps, event);
  return inBulk;
}

describe('plain client texts in bulk', () => {
  it('stores and relays a batch in order, and a batch that comes again changes nothing', async () => {
    const anna = await telegramClient('Anna');
    const omar = await telegramClient('Omar');
    const batch = [text(anna, 'I cooked soup'), text(omar, 'Went for a walk'), text(anna, 'It was good'), text(omar, 'Tired now')];

    expect((await relayPlainClientTexts(deps, batch)).size).toBe(4);
    const relayed = [
      'Anna (Telegram):\nI cooked soup',
      'Omar (Telegram):\nWent for a walk',
      'Anna (Telegram):\nIt was good',
      'Omar (Telegram):\nTired now',
    ];
    expect(await atMentor()).toEqual(relayed);
    expect(await threadTexts(anna.clientId)).toEqual(['I cooked soup', 'It was good']);
    const linked = await database.db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .select(['messages.text', 'deliveries.about_client_id'])
      .where('deliveries.recipient_chat_id', '=', '500')
      .orderBy('deliveries.seq')
      .execute();
    expect(linked.map((row) => row.about_client_id)).toEqual([anna.clientId, omar.clientId, anna.clientId, omar.clientId]);

    expect((await relayPlainClientTexts(deps, batch)).size).toBe(4);
    expect(await atMentor()).toEqual(relayed);
    expect(await threadTexts(omar.clientId)).toEqual(['Went for a walk', 'Tired now']);
  });

  it('leaves whatever may mean more to the one-by-one path, with everything after it from the same person', async () => {
    const asks = await telegramClient('Asel');
    const inCrisis = await telegramClient('Dmytro');
    const unconsented = await telegramClient('Eva', { consentGiven: false });
    const choosing = await telegramClient('Farid');
    const stranger: InboundSender = { channel: 'telegram', externalId: '999', chatId: '999' };
    const [choosingAccount] = await database.db.selectFrom('channel_accounts').select('id').where('client_id', '=', choosing.clientId).execute();
    await enqueueDeliveries(database.db, [
      {
        channel: 'telegram',
        chatId: choosing.chatId,
        accountId: choosingAccount!.id,
        payload: { kind: 'text', text: 'Language?', choices: [[{ data: 'lang:en', label: 'English' }], [{ data: 'lang:lv', label: 'Latviešu' }]] },
      },
    ]);
    await database.db.updateTable('deliveries').set({ status: 'sent' }).where('recipient_chat_id', '=', choosing.chatId).execute();

    const hello = text(asks, 'hello');
    const batch = [
      hello,
      text(choosing, 'Latviešu'),
      command(asks, 'mood'),
      text(inCrisis, 'I want to end my life'),
      text(asks, 'after the question'),
      text(inCrisis, 'sorry'),
      text(unconsented, 'hi'),
      text(choosing, 'thank you'),
      text(stranger, 'who is this?'),
    ];

    expect([...(await takeIn(batch))]).toEqual([hello]);

    expect(await threadTexts(asks.clientId)).toEqual(['hello', 'after the question']);
    const client = await database.db.selectFrom('clients').select('language').where('id', '=', choosing.clientId).executeTakeFirstOrThrow();
    expect(client.language).toBe('lv');
    expect(await threadTexts(choosing.clientId)).toEqual(['thank you']);
    const alert = await database.db.selectFrom('alerts').select('kind').where('client_id', '=', inCrisis.clientId).executeTakeFirst();
    expect(alert?.kind).toBe('crisis_words');
    expect(await threadTexts(unconsented.clientId)).toEqual([]);
    expect(await atMentor()).toEqual(
      expect.arrayContaining(['Asel (Telegram):\nhello', 'Asel (Telegram):\nafter the question', 'Farid (Telegram):\nthank you']),
    );
  });
});
