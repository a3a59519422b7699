import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { pinnedClock } from './pinned-clock.js';

const mentor = { id: 7901, first_name: 'Liene', language_code: 'en' };
const ended = { id: 7902, first_name: 'Taras', language_code: 'en' };
const ongoing = { id: 7903, first_name: 'Mila', language_code: 'en' };

const endedNotice = 'Your programme has ended, so your messages are no longer passed on; they are kept. If you need help, please contact your coordinator.';

// The clients' check-ins are set in UTC around this instant: 10:00 UTC whenever the test runs.
const start = new Date('2026-06-03T10:00:00Z');
const clock = pinnedClock(start);

let h: TelegramHarness;
let endedId: string;
let ongoingId: string;

beforeAll(async () => {
  h = await startTelegramHarness({
    env: { CHECKIN_TICK_CRON: '* * * * * *', CRISIS_CONTACTS_TEXT: 'Crisis line: 116 123', ...quietScheduleEnv(start) },
    overrides: { clock: clock.now },
  });
  const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  // Check-ins late in the day, so none comes up before the test chooses.
  endedId = await h.bindClient(ended, { mentorId, timezone: 'UTC', checkinTime: '23:00' });
  ongoingId = await h.bindClient(ongoing, { mentorId, timezone: 'UTC', checkinTime: '23:00' });
  expect((await h.api('PATCH', `/api/clients/${endedId}`, { status: 'ended' })).status).toBe(200);
});
afterAll(async () => {
  await h.close();
});

async function queuedTexts(chatId: number): Promise<string[]> {
  const rows = await h.database.db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', String(chatId)).orderBy('seq').execute();
  return rows.map((row) => String((row.payload as { payload: { text?: string } }).payload.text ?? ''));
}

async function inThread(clientId: string, text: string): Promise<void> {
  await eventually(async () => (await h.api('GET', `/api/clients/${clientId}/messages`)).body.items.some((m: { text: string }) => m.text === text));
}

describe('a client whose programme has ended', () => {
  it('has their messages kept but not passed on, and is told so once a day', async () => {
    h.fake.textFromUser(ended, 'Hello, is anyone still there?');
    expect(textOf(await h.nextTo(ended.id))).toBe(endedNotice);
    await inThread(endedId, 'Hello, is anyone still there?');
    h.fake.textFromUser(ended, 'I just wanted to say thanks');
    await inThread(endedId, 'I just wanted to say thanks');

    h.fake.textFromUser(ongoing, 'Mila here, all good');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Mila (Telegram):\nMila here, all good');
    const toMentor = (await queuedTexts(mentor.id)).join('\n');
    expect(toMentor).not.toContain('is anyone still there');
    expect(toMentor).not.toContain('wanted to say thanks');
    expect((await queuedTexts(ended.id)).filter((text) => text === endedNotice)).toHaveLength(1);

    clock.advance(25 * 3600_000);
    h.fake.textFromUser(ended, 'One more day, one more message');
    expect(textOf(await h.nextTo(ended.id))).toBe(endedNotice);
    await inThread(endedId, 'One more day, one more message');
  });

  it('still answers words of crisis with the crisis contacts', async () => {
    h.fake.textFromUser(ended, 'I want to die');
    expect(textOf(await h.nextTo(ended.id))).toContain('Crisis line: 116 123');
    await inThread(endedId, 'I want to die');
    expect((await queuedTexts(mentor.id)).join('\n')).not.toContain('Taras (Telegram):\nI want to die');
  });

  it('is not asked the daily question when their check-in time comes', async () => {
    // The clock (a day on, at 11:00 UTC) is within the catch-up after 09:59: both are due at the scheduler's next tick.
    expect((await h.api('PATCH', `/api/clients/${endedId}`, { checkinTime: '09:59' })).status).toBe(200);
    expect((await h.api('PATCH', `/api/clients/${ongoingId}`, { checkinTime: '09:59' })).status).toBe(200);
    expect(textOf(await h.nextTo(ongoing.id))).toMatch(/^Good day, Mila! How are you feeling today\?/);
    // The scheduler prompts everyone due in one tick: had Taras been due, his question would be queued with hers.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const checkins = await h.database.db.selectFrom('checkins').select('client_id').execute();
    expect(checkins.map((row) => row.client_id)).toEqual([ongoingId]);
    expect((await queuedTexts(ended.id)).some((text) => text.startsWith('Good day'))).toBe(false);
  });
});
