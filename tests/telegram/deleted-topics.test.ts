import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';

let h: TelegramHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const mentor = { id: 3301, first_name: 'Inese', language_code: 'en' };
const client = { id: 4301, first_name: 'Amir', language_code: 'en' };

describe('a client topic the mentor deleted', () => {
  it('is opened anew, with a word why, and nothing sent meanwhile is lost', async () => {
    h = await startTelegramHarness({ topics: true });
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    const clientId = await h.bindClient(client, { mentorId });
    h.fake.textFromUser(client, 'Hi, it is Amir');
    const oldTopic = (await h.nextTo(mentor.id)).params.message_thread_id;
    expect(oldTopic).toBeTypeOf('number');

    h.fake.deleteTopicAsUser(mentor.id, oldTopic as number);
    const photo = await cleanJpeg('the flat');
    // Two at once: the second must follow the first into the new topic, not open a third.
    h.fake.photoFromUser(client, photo, 'I found a flat!');
    h.fake.textFromUser(client, 'It has two rooms');

    const notice = await h.nextTo(mentor.id);
    const newTopic = notice.params.message_thread_id;
    expect(newTopic).toBeTypeOf('number');
    expect(newTopic).not.toBe(oldTopic);
    expect(textOf(notice)).toBe('The earlier topic of Amir was deleted, so this is a new one. Everything about Amir arrives here from now on.');
    const relayed = await h.nextTo(mentor.id);
    expect(relayed).toMatchObject({ method: 'sendPhoto', params: { message_thread_id: newTopic } });
    expect(textOf(relayed)).toBe('Amir (Telegram):\nI found a flat!');
    expect(Object.values(relayed.files)[0]?.bytes.equals(photo)).toBe(true);
    // It was tried in the deleted topic first, and Telegram refused it there.
    const intoOldTopic = h.fake.sentTo(mentor.id, { includeFailed: true }).filter((c) => c.params.message_thread_id === oldTopic);
    expect(intoOldTopic.map((c) => [c.method, typeof c.response === 'object' ? c.response.status : c.response])).toEqual([
      ['sendMessage', 200],
      ['sendPhoto', 400],
    ]);

    const next = await h.nextTo(mentor.id);
    expect(next.params.message_thread_id).toBe(newTopic);
    expect(textOf(next)).toBe('Amir (Telegram):\nIt has two rooms');
    expect(h.fake.callsOf('createForumTopic')).toHaveLength(2);

    // From now on the new topic is the client's, both ways.
    h.fake.textFromUser(mentor, 'Congratulations, Amir!', { message_thread_id: newTopic as number, is_topic_message: true });
    expect(textOf(await h.nextTo(client.id)).endsWith('Congratulations, Amir!')).toBe(true);

    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items.map((m: { author: string; text: string }) => [m.author, m.text])).toEqual([
      ['client', 'Hi, it is Amir'],
      ['client', 'I found a flat!'],
      ['client', 'It has two rooms'],
      ['mentor', 'Congratulations, Amir!'],
    ]);
    const undelivered = await h.database.db.selectFrom('deliveries').select('status').where('status', 'not in', ['sent', 'delivered', 'read']).execute();
    expect(undelivered).toEqual([]);
  });
});
