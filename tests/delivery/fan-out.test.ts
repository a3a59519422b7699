import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDueClients, seededChats } from '../support/due-clients.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { everyChatReached, lastSendAt, mostSendsInAnySecond } from './counting.js';

let h: TelegramHarness;

beforeAll(async () => {
  // Telegram's own limits, enforced: a send over them is answered 429.
  h = await startTelegramHarness({
    limits: { perSecond: 30, perChatPerSecond: 1, burst: 3 },
    env: { CHECKIN_TICK_CRON: '* * * * * *' },
  });
});
afterAll(async () => {
  await h.close();
});

describe('fan-out against a Bot API that admits 30 messages per second', () => {
  it('prompts 600 clients due at once within 21.5 s of the tick, each once, without a 429', async () => {
    const chats = seededChats(600);
    await seedDueClients(h.database.db, chats.length);

    const counts = await everyChatReached(h.fake, chats, 40_000);

    const tick = await h.database.db
      .selectFrom('checkins')
      .select((eb) => [eb.fn.min('prompted_at').as('first'), eb.fn.countAll<number>().as('n')])
      .executeTakeFirstOrThrow();
    expect(Number(tick.n)).toBe(600);
    expect(lastSendAt(h.fake) - new Date(tick.first as Date).getTime()).toBeLessThanOrEqual(21_500);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(h.fake.stats.tooManyRequests).toBe(0);
    expect(mostSendsInAnySecond(h.fake)).toBeLessThanOrEqual(30);
  }, 60_000);
});
