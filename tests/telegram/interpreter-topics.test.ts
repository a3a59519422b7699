import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const mentor = { id: 3401, first_name: 'Inese', language_code: 'en' };
const client = { id: 4401, first_name: 'Samira', language_code: 'ti' };
const interpreter = { id: 5401, first_name: 'Yonas', language_code: 'en' };

let h: TelegramHarness;
let clientId: string;

beforeAll(async () => {
  h = await startTelegramHarness({ topics: true });
  const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  clientId = await h.bindClient(client, { mentorId, language: 'ti' });
  const staff = await h.api('POST', '/api/staff', { role: 'interpreter', name: 'Yonas', languages: ['ti'], email: 'yonas@example.org', language: 'en' });
  const invite = await h.api('POST', `/api/staff/${staff.body.id}/invites`);
  h.fake.textFromUser(interpreter, `/start ${invite.body.code}`);
  await h.nextTo(interpreter.id);
  await h.api('PATCH', `/api/clients/${clientId}`, { interpreterId: staff.body.id });
  expect(textOf(await h.nextTo(mentor.id))).toBe('Yonas now interprets for Samira. Reply to Samira\'s messages as usual; use /via to send yours through Yonas.');
});
afterAll(async () => {
  await h.close();
});

describe('an interpreter when the bot has topics', () => {
  it('gets a topic of the client in their chat, and a translation answered there lands in the mentor’s topic of the client', async () => {
    const assigned = await h.nextTo(interpreter.id);
    const topic = assigned.params.message_thread_id;
    expect(topic).toBeTypeOf('number');
    expect(h.fake.callsOf('createForumTopic').filter((call) => call.params.chat_id === interpreter.id).map((call) => call.params.name)).toEqual(['Samira']);

    h.fake.textFromUser(client, 'ሰላም');
    const atMentor = await h.nextTo(mentor.id);
    const copy = await h.nextTo(interpreter.id);
    expect(copy.params.message_thread_id).toBe(topic);
    expect(textOf(copy)).toBe('Samira (Telegram):\nሰላም');

    // A plain message in the topic is no translation: the interpreter is told how.
    h.fake.textFromUser(interpreter, 'Hello', { message_thread_id: topic as number, is_topic_message: true });
    expect(textOf(await h.nextTo(interpreter.id))).toMatch(/reply to the message you are translating/);

    h.fake.textFromUser(interpreter, 'Hello', { message_thread_id: topic as number, is_topic_message: true, reply_to_message: messageOf(copy) as never });
    const translation = await h.nextTo(mentor.id);
    expect(textOf(translation)).toBe('Translation by Yonas:\nHello');
    expect(translation.params.message_thread_id).toBe(atMentor.params.message_thread_id);
    expect(translation.params.reply_parameters).toMatchObject({ message_id: messageOf(atMentor).message_id });

    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items[0].translations).toEqual([expect.objectContaining({ language: 'en', text: 'Hello', authorName: 'Yonas' })]);
  });
});
