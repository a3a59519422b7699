import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const mentor = { id: 5001, first_name: 'Laura' };
const client = { id: 6001, first_name: 'Anna' };
const later = { id: 6002, first_name: 'Kateryna' };

let h: TelegramHarness;
let clientId: string;

/** HH:MM in a zone, `offsetMinutes` from now. */
function localTime(zone: string, offsetMinutes: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + offsetMinutes * 60_000),
  );
}

beforeAll(async () => {
  h = await startTelegramHarness({ env: { CHECKIN_TICK_CRON: '* * * * * *' } });
  const mentorId = await h.bindMentor(mentor);
  clientId = await h.bindClient(client, { mentorId, timezone: 'Pacific/Chatham', checkinTime: localTime('Pacific/Chatham', -1) });
  await h.bindClient(later, { mentorId, timezone: 'Asia/Kolkata', checkinTime: localTime('Asia/Kolkata', 90) });
});
afterAll(async () => {
  await h.close();
});

describe('daily check-ins over Telegram', () => {
  it('prompts a client whose time has come, once, with five mood buttons worst first', async () => {
    const prompt = await h.nextTo(client.id, 3000);
    expect(textOf(prompt)).toMatch(/^Good day, Anna! How are you feeling today\?/);
    const buttons = (prompt.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat();
    expect(buttons.slice(0, 5).map((b) => b.callback_data)).toEqual(['mood:1', 'mood:2', 'mood:3', 'mood:4', 'mood:5']);
    await new Promise((resolve) => setTimeout(resolve, 2200));
    const prompts = h.fake.sentTo(client.id).filter((c) => textOf(c).startsWith('Good day'));
    expect(prompts).toHaveLength(1);
    expect(h.fake.sentTo(later.id).filter((c) => textOf(c).startsWith('Good day'))).toHaveLength(0);

    h.fake.callbackFromUser(client, 'mood:4', messageOf(prompt));
    expect(textOf(await h.nextTo(client.id))).toMatch(/^Thank you/);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Anna checked in: 4/5');
    const checkins = await h.api('GET', `/api/clients/${clientId}/checkins`);
    expect(checkins.body.items[0]).toMatchObject({ mood: 4, source: 'button' });
    expect(checkins.body.items[0].promptedAt).not.toBeNull();
    expect(checkins.body.items[0].answeredAt).not.toBeNull();
  });

  it('understands a typed answer to an open prompt, and alerts the mentor about a low mood', async () => {
    await h.database.db
      .insertInto('checkins')
      .values({ client_id: clientId, local_date: '2026-01-05', prompted_at: new Date() })
      .execute();
    h.fake.textFromUser(client, 'погано');
    await h.nextTo(client.id);
    const alert = await h.nextTo(mentor.id);
    expect(textOf(alert)).toBe('⚠️ Anna feels bad today: 2/5.');
    const ack = (alert.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]?.[0];
    expect(ack?.callback_data).toMatch(/^alert:/);
    const checkins = await h.api('GET', `/api/clients/${clientId}/checkins`);
    expect(checkins.body.items.find((c: { date: string }) => c.date === '2026-01-05')).toMatchObject({ mood: 2, source: 'text' });

    h.fake.callbackFromUser(mentor, ack?.callback_data ?? '', messageOf(alert));
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/Anna/);
    const open = await h.database.db.selectFrom('alerts').select('acknowledged_at').execute();
    expect(open.every((a) => a.acknowledged_at !== null)).toBe(true);
  });

  it('passes a longer message on to the mentor rather than reading it as a mood', async () => {
    h.fake.textFromUser(client, 'I feel good because the course went well');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Anna (Telegram):\nI feel good because the course went well');
  });
});
