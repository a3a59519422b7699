import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloudSender } from '../../src/channels/whatsapp-cloud/cloud-sender.js';
import { createGraphApi } from '../../src/channels/whatsapp-cloud/graph-api.js';
import { templatesFrom } from '../../src/channels/whatsapp-cloud/templates-file.js';
import { createTransportState } from '../../src/channels/whatsapp-cloud/transport-state.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { DeliveryError, type ChannelSender, type OutboundDelivery } from '../../src/outbox/channel-sender.js';
import type { OutboundPayload } from '../../src/outbox/payload.js';
import { GRAPH_ERRORS, startFakeGraphApi, type FakeGraphApi } from '../fakes/fake-graph-api.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestMediaStore } from '../support/test-media.js';

const now = new Date('2026-06-03T10:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
/** A templates file with no reminder template, so what a reminder does without one shows. */
const templates = {
  checkin_prompt: { name: 'daily_checkin', languages: { en: 'en' } },
  task_assigned: { name: 'task_assigned', languages: { en: 'en' } },
  mentor_message_waiting: { name: 'mentor_message_waiting', languages: { en: 'en' } },
};

let graph: FakeGraphApi;
let database: TestDatabase;
let media: Awaited<ReturnType<typeof createTestMediaStore>>;
let sender: ChannelSender;

beforeAll(async () => {
  graph = await startFakeGraphApi();
  database = await createTestDatabase();
  media = await createTestMediaStore();
  sender = createCloudSender({
    graph: createGraphApi(graph),
    db: database.db,
    mediaStore: media.store,
    scope: { translator: createTranslator(), clock: () => now },
    templates: templatesFrom(templates, 'this test’s templates'),
    state: createTransportState(() => now),
  });
});
afterAll(async () => {
  await graph.close();
  await database.drop();
  await media.close();
});

/** A client with a WhatsApp account as the given transport recorded it, last heard from at `lastInboundAt`. */
async function account(phone: string, chatId: string, lastInboundAt: Date | null): Promise<string> {
  const client = await database.db
    .insertInto('clients')
    .values({ name: 'Olena', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00', phone, consent_given: true, consent_method: 'in_person' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await database.db
    .insertInto('channel_accounts')
    .values({ channel: 'whatsapp', external_id: phone, chat_id: chatId, client_id: client.id, last_inbound_at: lastInboundAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function delivery(accountId: string | null, chatId: string, payload: OutboundPayload): OutboundDelivery {
  return { id: crypto.randomUUID(), channel: 'whatsapp', chatId, accountId, aboutClientId: null, payload, replyToExternalId: null, attempts: 1 };
}

async function failureOf(attempt: Promise<unknown>): Promise<DeliveryError> {
  const error = await attempt.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe('the Cloud API sender at the edges of the window', () => {
  it('addresses a web-transport account by its number even when its chat id is an @lid', async () => {
    const id = await account('+37120000011', '123456789012345@lid', hoursAgo(1));
    await sender.send(delivery(id, '123456789012345@lid', { kind: 'text', text: 'Hello again' }), { threadOpened: async () => undefined });
    expect(graph.messagesTo('37120000011').map((m) => m.body.text)).toEqual([{ body: 'Hello again', preview_url: false }]);
  });

  it('drops a reminder that has no template once the window is closed, rather than hold it until it is stale', async () => {
    const id = await account('+37120000012', '37120000012', hoursAgo(30));
    const failure = await failureOf(
      sender.send(delivery(id, '37120000012', { kind: 'text', text: 'Just checking in', purpose: 'checkin_reminder' }), { threadOpened: async () => undefined }),
    );
    expect(failure.kind).toBe('dropped');
    expect(graph.messagesTo('37120000012')).toEqual([]);
  });

  it('sends a new task’s template outside the window and holds the task itself to follow', async () => {
    const id = await account('+37120000013', '37120000013', hoursAgo(30));
    const failure = await failureOf(
      sender.send(delivery(id, '37120000013', { kind: 'text', text: 'New task: write your CV', purpose: 'task_assigned' }), {
        threadOpened: async () => undefined,
      }),
    );
    expect(failure.kind).toBe('held');
    expect(failure.heldSince).toEqual(hoursAgo(30));
    expect(graph.messagesTo('37120000013').map((m) => m.body.template)).toEqual([
      { name: 'task_assigned', language: { code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Olena' }] }] },
    ]);
  });

  it('sends a text longer than the Cloud API takes in pieces, in order', async () => {
    const id = await account('+37120000014', '37120000014', hoursAgo(1));
    const long = `${'a'.repeat(4096)}${'b'.repeat(100)}`;
    await sender.send(delivery(id, '37120000014', { kind: 'text', text: long }), { threadOpened: async () => undefined });
    expect(graph.messagesTo('37120000014').map((m) => (m.body.text as { body: string }).body)).toEqual(['a'.repeat(4096), 'b'.repeat(100)]);
  });

  it('gives up on an answer to a bare chat that Meta refuses for a closed window: there is no other way for it to go', async () => {
    graph.failNext('messages', 1, GRAPH_ERRORS.reEngagement);
    const failure = await failureOf(sender.send(delivery(null, '37120000015', { kind: 'text', text: 'Goodbye' }), { threadOpened: async () => undefined }));
    expect(failure.kind).toBe('permanent');
  });
});
