import { afterEach, describe, expect, it } from 'vitest';
import { freePort, messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

let h: TelegramHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const mentor = { id: 3001, first_name: 'Inese', language_code: 'lv' };
const client = { id: 4001, first_name: 'Amir', language_code: 'en' };

describe('consent', () => {
  it('asks at binding, routes nothing until the client agrees, and records how consent was given', async () => {
    h = await startTelegramHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['lv'] });
    const created = await h.api('POST', '/api/clients', {
      name: 'Amir', mentorId, language: 'ru', timezone: 'Europe/Riga', checkinTime: '09:00',
    });
    const invite = await h.api('POST', `/api/clients/${created.body.id}/invites`);
    h.fake.textFromUser(client, `/start ${invite.body.code}`);
    await h.nextTo(client.id);
    const question = await h.nextTo(client.id);
    const buttons = (question.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string; text: string }>> }).inline_keyboard[0];
    expect(buttons?.map((b) => b.callback_data)).toEqual(['consent:yes', 'consent:no']);
    expect(textOf(question)).toMatch(/[а-я]/i);

    h.fake.textFromUser(client, 'Здравствуйте');
    expect(textOf(await h.nextTo(client.id))).toMatch(/[а-я]/i);
    h.fake.callbackFromUser(client, 'consent:no', messageOf(question));
    await h.nextTo(client.id);
    expect((await h.api('GET', `/api/clients/${created.body.id}`)).body).toMatchObject({ consentGiven: false, consentMethod: 'bot' });
    expect(h.fake.sentTo(mentor.id).map(textOf).join('\n')).not.toContain('Здравствуйте');

    h.fake.callbackFromUser(client, 'consent:yes', messageOf(question));
    await h.nextTo(client.id);
    expect((await h.api('GET', `/api/clients/${created.body.id}`)).body).toMatchObject({ consentGiven: true, consentMethod: 'bot' });
    h.fake.textFromUser(client, 'Теперь можно?');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (Telegram):\nТеперь можно?');
    expect(h.fake.callsOf('answerCallbackQuery')).toHaveLength(2);
  });
});

describe('a client without a mentor', () => {
  it('is told the message is kept, and the message is in the thread', async () => {
    h = await startTelegramHarness();
    const clientId = await h.bindClient(client, { mentorId: null });
    h.fake.textFromUser(client, 'Is anyone there?');
    expect(textOf(await h.nextTo(client.id))).toMatch(/kept/);
    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items.map((m: { text: string }) => m.text)).toEqual(['Is anyone there?']);
  });
});

describe('reassignment', () => {
  it('hands the thread with recent history to the new mentor and stops the old one receiving it', async () => {
    h = await startTelegramHarness();
    const oldMentorId = await h.bindMentor(mentor);
    const newMentor = { id: 3002, first_name: 'Pēteris' };
    const newMentorId = await h.bindMentor(newMentor);
    const clientId = await h.bindClient(client, { mentorId: oldMentorId });
    h.fake.textFromUser(client, 'My first week went well');
    await h.nextTo(mentor.id);

    const patched = await h.api('PATCH', `/api/clients/${clientId}`, { mentorId: newMentorId });
    expect(patched.status).toBe(200);
    expect(textOf(await h.nextTo(newMentor.id))).toMatch(/Amir[\s\S]*My first week went well/);
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/Amir/);

    h.fake.textFromUser(client, 'Hello new mentor');
    expect(textOf(await h.nextTo(newMentor.id))).toBe('Amir (Telegram):\nHello new mentor');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.sentTo(mentor.id).map(textOf).join('\n')).not.toContain('Hello new mentor');
  });
});

describe('a client who blocked the bot', () => {
  it('makes the mentor hear that their message did not arrive', async () => {
    h = await startTelegramHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    await h.bindClient(client, { mentorId });
    h.fake.textFromUser(client, 'bye');
    const atMentor = await h.nextTo(mentor.id);
    h.fake.blockChat(client.id);
    h.fake.textFromUser(mentor, 'Are you ok?', { reply_to_message: messageOf(atMentor) as never });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir could not receive your message: they have blocked the bot or left Telegram.');
    const account = await h.database.db.selectFrom('channel_accounts').select('status').where('external_id', '=', String(client.id)).executeTakeFirstOrThrow();
    expect(account.status).toBe('unreachable');
  });
});

describe('topic mode', () => {
  it('opens a topic per client in the mentor chat and routes what the mentor writes there', async () => {
    h = await startTelegramHarness({ topics: true });
    const mentorId = await h.bindMentor(mentor);
    await h.bindClient(client, { mentorId });
    h.fake.textFromUser(client, 'Hi from Amir');
    const atMentor = await h.nextTo(mentor.id);
    const topic = h.fake.callsOf('createForumTopic')[0];
    expect(topic?.params).toMatchObject({ chat_id: mentor.id, name: 'Amir' });
    const threadId = atMentor.params.message_thread_id;
    expect(threadId).toBeTypeOf('number');

    h.fake.textFromUser(mentor, 'Hello Amir, written in your topic', { message_thread_id: threadId as number, is_topic_message: true });
    expect(textOf(await h.nextTo(client.id)).endsWith('Hello Amir, written in your topic')).toBe(true);
    h.fake.textFromUser(client, 'Second message');
    expect((await h.nextTo(mentor.id)).params.message_thread_id).toBe(threadId);
    expect(h.fake.callsOf('createForumTopic')).toHaveLength(1);
  });
});

describe('webhook mode', () => {
  it('answers 401 to a wrong secret and processes a twice-sent update once', async () => {
    const port = await freePort();
    h = await startTelegramHarness({
      env: {
        PORT: String(port),
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
        TELEGRAM_WEBHOOK_SECRET: 'right-secret-of-at-least-32-characters',
      },
    });
    expect(h.fake.webhook).toMatchObject({ url: `http://127.0.0.1:${port}/telegram/webhook`, secretToken: 'right-secret-of-at-least-32-characters' });

    const forged = await fetch(`${h.service.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify({ update_id: 1 }),
    });
    expect(forged.status).toBe(401);

    const mentorId = (await h.api('POST', '/api/mentors', { name: 'Inese' })).body.id;
    const invite = await h.api('POST', `/api/mentors/${mentorId}/invites`);
    const bind = {
      update_id: 777,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: mentor.id, type: 'private' as const, first_name: mentor.first_name },
        from: { id: mentor.id, is_bot: false, first_name: mentor.first_name },
        text: `/start ${invite.body.code}`,
        entities: [{ type: 'bot_command' as const, offset: 0, length: 6 }],
      },
    };
    expect(await h.fake.deliverToWebhook(bind)).toBe(200);
    expect(await h.fake.deliverToWebhook(bind)).toBe(200);
    await h.nextTo(mentor.id);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const welcomes = h.fake.sentTo(mentor.id).filter((c) => textOf(c).startsWith('Sveicināti') || textOf(c).startsWith('Welcome'));
    expect(welcomes).toHaveLength(1);
    const events = await h.database.db.selectFrom('inbound_events').select('event_id').where('event_id', '=', '777').execute();
    expect(events).toHaveLength(1);
  });
});
