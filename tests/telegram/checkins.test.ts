import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const mentor = { id: 5001, first_name: 'Laura' };
const client = { id: 6001, first_name: 'Anna' };
const later = { id: 6002, first_name: 'Kateryna' };

const coordinatorsChat = -1001234567890;

let h: TelegramHarness;
let clientId: string;
let laterId: string;

/** HH:MM in a zone, `offsetMinutes` from now. */
function localTime(zone: string, offsetMinutes: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + offsetMinutes * 60_000),
  );
}

beforeAll(async () => {
  h = await startTelegramHarness({
    env: {
      CHECKIN_TICK_CRON: '* * * * * *',
      COORDINATOR_CHAT_ID: String(coordinatorsChat),
      ALERT_ESCALATE_AFTER: '4s',
      CRISIS_CONTACTS_TEXT: 'Crisis line: 116 123',
    },
  });
  const mentorId = await h.bindMentor(mentor);
  clientId = await h.bindClient(client, { mentorId, timezone: 'Pacific/Chatham', checkinTime: localTime('Pacific/Chatham', -1) });
  laterId = await h.bindClient(later, { mentorId, timezone: 'Asia/Kolkata', checkinTime: localTime('Asia/Kolkata', 90) });
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

  it('answers words of crisis with the crisis contacts, alerts the mentor, and escalates when nobody acknowledges', async () => {
    h.fake.textFromUser(client, 'I do not know what to do, I want to die');
    expect(textOf(await h.nextTo(client.id))).toContain('Crisis line: 116 123');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Anna (Telegram):\nI do not know what to do, I want to die');
    const alert = await h.nextTo(mentor.id);
    expect(textOf(alert)).toMatch(/^🆘 Anna wrote words that may mean they are in danger/);
    // The pin is the alert's own follow-up call, after its send.
    const pinned = await h.fake.waitFor(
      (c) => c.method === 'pinChatMessage' && c.params.chat_id === mentor.id && c.params.message_id === messageOf(alert).message_id,
    );
    expect(pinned.index).toBeGreaterThan(alert.index);

    const escalated = await h.nextTo(coordinatorsChat, 10_000);
    expect(textOf(escalated)).toMatch(/^⚠️ Not acknowledged after \d+ min: Anna \(words of crisis\)\. Mentor: Laura\.$/);
  });

  it('shows missed days in /clients', async () => {
    await h.database.db
      .insertInto('checkins')
      .values([
        { client_id: laterId, local_date: '2026-01-10', prompted_at: new Date('2026-01-10T04:00:00Z') },
        { client_id: laterId, local_date: '2026-01-11', prompted_at: new Date('2026-01-11T04:00:00Z') },
      ])
      .execute();
    h.fake.textFromUser(mentor, '/clients');
    const rows = textOf(await h.nextTo(mentor.id)).split('\n');
    expect(rows.find((row) => row.startsWith('Kateryna'))).toMatch(/missed days: 2/);
    expect(rows.find((row) => row.startsWith('Anna'))).toMatch(/missed days: 0/);
  });

  it('lets a mentor ask the current client now, and a second time on one day only when confirmed', async () => {
    const list = await (async () => {
      h.fake.textFromUser(mentor, '/clients');
      return h.nextTo(mentor.id);
    })();
    h.fake.callbackFromUser(mentor, `client:${laterId}`, messageOf(list));
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/Kateryna/);

    h.fake.textFromUser(mentor, '/checkin');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Asked Kateryna how they feel today.');
    const prompt = await h.nextTo(later.id);
    expect(textOf(prompt)).toMatch(/^Good day, Kateryna!/);

    h.fake.textFromUser(mentor, '/checkin');
    const already = await h.nextTo(mentor.id);
    expect(textOf(already)).toBe('Kateryna has already been asked today. Ask a second time?');
    h.fake.callbackFromUser(mentor, `checkin:${laterId}`, messageOf(already));
    expect(textOf(await h.nextTo(mentor.id))).toBe('Asked Kateryna how they feel today.');
    expect(textOf(await h.nextTo(later.id))).toMatch(/^Good day, Kateryna!/);

    h.fake.textFromUser(later, '3');
    expect(textOf(await h.nextTo(later.id))).toMatch(/^Thank you/);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Kateryna checked in: 3/5');
    // The mentor's prompt is today's check-in: the scheduler will not ask again when her own time comes.
    const checkins = await h.api('GET', `/api/clients/${laterId}/checkins`);
    expect(checkins.body.items.map((k: { date: string }) => k.date).slice(1)).toEqual(['2026-01-11', '2026-01-10']);
    expect(checkins.body.items[0]).toMatchObject({ mood: 3, source: 'text' });
    expect(checkins.body.items[0].promptedAt).not.toBeNull();
  });

  it('alerts the mentor when the client presses the first mood button', async () => {
    await h.database.db.insertInto('checkins').values({ client_id: clientId, local_date: '2026-01-20', prompted_at: new Date() }).execute();
    h.fake.callbackFromUser(client, 'mood:1');
    expect(textOf(await h.nextTo(client.id))).toMatch(/^Thank you for telling me\. I am sorry it is hard today/);
    const alert = await h.nextTo(mentor.id);
    expect(textOf(alert)).toBe('⚠️ Anna feels bad today: 1/5.');
    const checkins = await h.api('GET', `/api/clients/${clientId}/checkins`);
    expect(checkins.body.items.find((c: { date: string }) => c.date === '2026-01-20')).toMatchObject({ mood: 1, source: 'button' });
  });

  it('prompts nobody again after a restart', async () => {
    const promptsBefore = h.fake.sentTo(client.id).filter((c) => textOf(c).startsWith('Good day')).length;
    await h.restart();
    // Several ticks of the new process, one a second.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(h.fake.sentTo(client.id).filter((c) => textOf(c).startsWith('Good day'))).toHaveLength(promptsBefore);
  });
});
