import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDueClients, seededChats } from '../support/due-clients.js';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { everyChatReached } from './counting.js';

let h: TelegramHarness;

beforeAll(async () => {
  h = await startTelegramHarness({
    limits: { perSecond: 30, perChatPerSecond: 1, burst: 3 },
    env: { CHECKIN_TICK_CRON: '* * * * * *' },
  });
});
afterAll(async () => {
  await h.close();
});

/**
 * The attempts recorded for each chat's delivery once all are marked sent: the
 * fake counts a message when it answers, a moment before the worker commits.
 */
async function attemptsOf(chats: number[]): Promise<number[]> {
  const rows = await vi.waitFor(
    async () => {
      const rows = await h.database.db
        .selectFrom('deliveries')
        .select(['attempts', 'status'])
        .where('recipient_chat_id', 'in', chats.map(String))
        .execute();
      expect(rows.map((row) => row.status)).toEqual(chats.map(() => 'sent'));
      return rows;
    },
    { timeout: 5_000, interval: 50 },
  );
  return rows.map((row) => row.attempts).sort();
}

describe('platform faults', () => {
  it('waits out a storm of 429s without losing, repeating or counting an attempt', async () => {
    const chats = seededChats(40, 20_000_000);
    h.fake.failNext('sendMessage', 25, { status: 429 });
    await seedDueClients(h.database.db, chats.length, chats[0]);
    const counts = await everyChatReached(h.fake, chats, 30_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(h.fake.stats.tooManyRequests).toBeGreaterThanOrEqual(25);
    expect(new Set(await attemptsOf(chats))).toEqual(new Set([1]));
  }, 45_000);

  it('retries 5xx answers and dropped connections with backoff, each message arriving once', async () => {
    const chats = seededChats(20, 30_000_000);
    h.fake.failNext('sendMessage', 2, { status: 502 });
    h.fake.failNext('sendMessage', 2, 'reset');
    await seedDueClients(h.database.db, chats.length, chats[0]);
    const counts = await everyChatReached(h.fake, chats, 30_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const attempts = await attemptsOf(chats);
    expect(attempts.filter((n) => n > 1).length).toBeGreaterThanOrEqual(1);
    expect(attempts.reduce((sum, n) => sum + n, 0)).toBe(chats.length + 4);
  }, 45_000);
});

describe('order within a chat', () => {
  it('carries a burst of client messages to the mentor, and the mentor’s replies back, in the order they were sent', async () => {
    const anna = { id: 1001, first_name: 'Anna', language_code: 'en' };
    const olena = { id: 2001, first_name: 'Olena', language_code: 'en' };
    const mentorId = await h.bindMentor(anna);
    await h.bindClient(olena, { mentorId });
    const texts = Array.from({ length: 8 }, (_, i) => `message ${i + 1}`);

    for (const text of texts) h.fake.textFromUser(olena, text);
    const atMentor = [];
    while (atMentor.length < texts.length) atMentor.push(await h.nextTo(anna.id, 15_000));
    expect(atMentor.map((call) => textOf(call).split('\n')[1])).toEqual(texts);

    for (const text of texts) h.fake.textFromUser(anna, text, { reply_to_message: messageOf(atMentor[0]!) as never });
    const atClient = [];
    while (atClient.length < texts.length) atClient.push(await h.nextTo(olena.id, 15_000));
    expect(atClient.map((call) => textOf(call).split('\n')[1])).toEqual(texts);
  }, 60_000);
});
