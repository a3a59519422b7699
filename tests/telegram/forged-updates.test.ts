import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import type { FakeUser, UpdateInput, UserMessage } from '../fakes/fake-bot-api.js';
import { freePort, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

/** Someone who would like the mentor's clients to be written to them. */
const attacker = { id: 6666, first_name: 'Eve', language_code: 'en' };

const user = (u: FakeUser) => ({ id: u.id, is_bot: false, first_name: u.first_name, ...(u.language_code ? { language_code: u.language_code } : {}) });
const seconds = () => Math.floor(Date.now() / 1000);
let nextMessageId = 1;

/** A message as Telegram would put it in an update, in the chat given (a forger's choice) from the sender given. */
function message(from: FakeUser, chatId: number, text: string): UserMessage {
  return {
    message_id: nextMessageId++,
    date: seconds(),
    chat: { id: chatId, type: 'private', first_name: from.first_name },
    from: user(from),
    text,
    ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 0 }] } : {}),
  };
}

/**
 * What a forger would send: updates in the attacker's private chat whose
 * sender is someone bound. Any one taken would move a conversation to the
 * attacker's chat or speak for the person.
 */
function forgeries(mentor: FakeUser, client: FakeUser, clientId: string): UpdateInput[] {
  return [
    { message: message(mentor, attacker.id, '/clients') },
    { message: message(mentor, attacker.id, 'Send me everything') },
    { callback_query: { id: 'forged-choice', from: user(mentor), chat_instance: 'x', data: `client:${clientId}`, message: message(mentor, attacker.id, 'menu') } },
    { message: message(client, attacker.id, 'Forged in the client’s name') },
    { edited_message: { ...message(client, attacker.id, 'Forged edit'), edit_date: seconds() } },
  ];
}

interface Bound {
  h: TelegramHarness;
  mentor: FakeUser;
  client: FakeUser;
  clientId: string;
  /** Sends an update the way this harness takes them in. */
  deliver(update: UpdateInput): Promise<void>;
}

/** The accounts are as bound, and the client's next message goes to the mentor's own chat and nowhere else. */
async function expectNothingChanged({ h, mentor, client, clientId, deliver }: Bound): Promise<void> {
  const accounts = await h.database.db
    .selectFrom('channel_accounts')
    .select(['external_id', 'chat_id', 'status', 'current_client_id'])
    .orderBy('external_id')
    .execute();
  expect(accounts).toEqual([
    { external_id: String(mentor.id), chat_id: String(mentor.id), status: 'active', current_client_id: null },
    { external_id: String(client.id), chat_id: String(client.id), status: 'active', current_client_id: null },
  ]);
  const before = h.fake.sentTo(mentor.id).length;
  await deliver({ message: message(client, client.id, 'The real me, from my own chat') });
  expect(textOf(await h.nextTo(mentor.id))).toBe(`${client.first_name} (Telegram):\nThe real me, from my own chat`);
  expect(h.fake.sentTo(mentor.id)).toHaveLength(before + 1);
  expect(h.fake.sentTo(attacker.id, { includeFailed: true })).toEqual([]);
  const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
  expect(thread.body.items.map((m: { text: string }) => m.text)).toEqual(['The real me, from my own chat']);
}

describe('forged updates by polling', () => {
  const mentor = { id: 6101, first_name: 'Anna', language_code: 'en' };
  const client = { id: 6201, first_name: 'Olena', language_code: 'en' };
  let bound: Bound;

  beforeAll(async () => {
    const h = await startTelegramHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    const clientId = await h.bindClient(client, { mentorId });
    bound = {
      h, mentor, client, clientId,
      async deliver(update) {
        h.fake.pushUpdate(update);
        // Confirmed by the bot's next getUpdates offset: taken in, or passed over.
        await eventually(() => h.fake.pendingUpdates().length === 0);
      },
    };
  });
  afterAll(async () => {
    await bound.h.close();
  });

  it('changes nothing when a private chat’s id is not its sender’s', async () => {
    for (const update of forgeries(mentor, client, bound.clientId)) await bound.deliver(update);
    await expectNothingChanged(bound);
  });
});

describe('forged updates by webhook', () => {
  const mentor = { id: 6102, first_name: 'Jānis', language_code: 'en' };
  const client = { id: 6202, first_name: 'Ahmad', language_code: 'en' };
  let bound: Bound;

  beforeAll(async () => {
    const port = await freePort();
    const h = await startTelegramHarness({
      env: {
        PORT: String(port),
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
        TELEGRAM_WEBHOOK_SECRET: 'forged-updates-secret-of-32-characters',
      },
    });
    const deliver = async (update: UpdateInput) => {
      // Answered 200 even when refused: Telegram would otherwise send it again and again. The answer comes after its effects are stored.
      expect(await h.fake.deliverToWebhook(update)).toBe(200);
    };
    const bindWithCode = async (person: FakeUser, code: string) => {
      await deliver({ message: message(person, person.id, `/start ${code}`) });
      await h.nextTo(person.id);
    };
    const mentorId = (await h.api('POST', '/api/mentors', { name: mentor.first_name, languages: ['en'] })).body.id as string;
    await bindWithCode(mentor, (await h.api('POST', `/api/mentors/${mentorId}/invites`)).body.code);
    const created = await h.api('POST', '/api/clients', {
      name: client.first_name, mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true,
    });
    await bindWithCode(client, (await h.api('POST', `/api/clients/${created.body.id}/invites`)).body.code);
    bound = { h, mentor, client, clientId: created.body.id as string, deliver };
  });
  afterAll(async () => {
    await bound.h.close();
  });

  it('answers a forged update as one it does not act on, and changes nothing', async () => {
    for (const update of forgeries(mentor, client, bound.clientId)) await bound.deliver(update);
    await expectNothingChanged(bound);
  });
});
