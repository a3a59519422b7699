import { beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { activeStreak, remindDueTasks, sendWeeklySummaries } from '../../../src/domain/tasks/task-schedule.js';
import { useTestDatabase } from '../../support/test-database.js';

const translator = createTranslator();
const catchupMs = 3 * 3600_000;

const database = useTestDatabase();
const { db } = database;
beforeEach(async () => {
  await db.deleteFrom('deliveries').execute();
  await db.deleteFrom('clients').execute();
});

async function addClient(name: string, timezone: string, extra: { weekly_summary_day?: number; language?: string } = {}) {
  const client = await db
    .insertInto('clients')
    .values({ name, language: extra.language ?? 'en', timezone, checkin_time: '09:00', consent_given: true, weekly_summary_day: extra.weekly_summary_day })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('threads').values({ client_id: client.id }).execute();
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: client.id, chat_id: client.id, client_id: client.id }).execute();
  return client.id;
}

const textsTo = async (clientId: string) =>
  (await db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', clientId).orderBy('seq').execute()).map(
    (d) => (d.payload as unknown as { payload: { text: string } }).payload.text,
  );

describe('due-date reminders', () => {
  it('remind once on the morning of the due date in the client’s zone, and not for tasks already shown done', async () => {
    const anna = await addClient('Anna', 'Asia/Kolkata');
    await db
      .insertInto('tasks')
      .values([
        { client_id: anna, title: 'Go for a walk', due_date: '2026-06-10' },
        { client_id: anna, title: 'Cook dinner', due_date: '2026-06-10', status: 'submitted' },
        { client_id: anna, title: 'Read', due_date: '2026-06-11' },
      ])
      .execute();
    // 08:59 in Kolkata (UTC+5:30) on 10 June.
    expect(await remindDueTasks(db, { translator, now: new Date('2026-06-10T03:29:00Z'), catchupMs })).toBe(0);
    expect(await remindDueTasks(db, { translator, now: new Date('2026-06-10T03:31:00Z'), catchupMs })).toBe(1);
    expect(await remindDueTasks(db, { translator, now: new Date('2026-06-10T09:00:00Z'), catchupMs })).toBe(0);
    expect(await textsTo(anna)).toEqual(['Today is the day for “Go for a walk”. You can do it! Send a photo when it is done.']);
  });
});

describe('weekly summaries', () => {
  it('go out once on the client’s chosen weekday with tasks done and the streak of active days', async () => {
    // 2026-06-14 is a Sunday.
    const omar = await addClient('Omar', 'Europe/Riga', { weekly_summary_day: 7 });
    for (const day of ['2026-06-11', '2026-06-12', '2026-06-13']) {
      await db.insertInto('checkins').values({ client_id: omar, local_date: day, prompted_at: new Date(`${day}T06:00:00Z`), answered_at: new Date(`${day}T07:00:00Z`), mood: 4 }).execute();
    }
    await db.insertInto('checkins').values({ client_id: omar, local_date: '2026-06-09', answered_at: new Date('2026-06-09T07:00:00Z'), mood: 3 }).execute();
    await db
      .insertInto('tasks')
      .values([
        { client_id: omar, title: 'Walk', status: 'approved', approved_at: new Date('2026-06-12T10:00:00Z'), submitted_at: new Date('2026-06-12T09:00:00Z') },
        { client_id: omar, title: 'Old', status: 'approved', approved_at: new Date('2026-05-01T10:00:00Z') },
      ])
      .execute();
    // 17:00 in Riga (UTC+3 in summer) is 14:00 UTC.
    expect(await sendWeeklySummaries(db, { translator, now: new Date('2026-06-14T13:59:00Z'), catchupMs })).toBe(0);
    expect(await sendWeeklySummaries(db, { translator, now: new Date('2026-06-14T14:00:00Z'), catchupMs })).toBe(1);
    expect(await sendWeeklySummaries(db, { translator, now: new Date('2026-06-14T15:00:00Z'), catchupMs })).toBe(0);
    expect(await textsTo(omar)).toEqual([
      ['Omar, here is your week:', '✅ Tasks done: 1', '🔥 Days in a row you took part: 3', 'Thank you for keeping going. Every small step counts!'].join('\n'),
    ]);
    // Not on another weekday.
    expect(await sendWeeklySummaries(db, { translator, now: new Date('2026-06-15T14:00:00Z'), catchupMs })).toBe(0);
  });

  it('give each of the clients due in one tick their own figures, in their own language', async () => {
    const clients = await Promise.all(
      ['Aija', 'Bogdan', 'Chen'].map((name, i) => addClient(name, 'Europe/Riga', { weekly_summary_day: 7, language: ['lv', 'uk', 'en'][i] ?? 'en' })),
    );
    const [aija, bogdan, chen] = clients as [string, string, string];
    // Aija took part on the last two days; Bogdan had two tasks approved; Chen had a quiet week.
    for (const day of ['2026-06-12', '2026-06-13']) {
      await db.insertInto('checkins').values({ client_id: aija, local_date: day, answered_at: new Date(`${day}T07:00:00Z`), mood: 4 }).execute();
    }
    await db
      .insertInto('tasks')
      .values(['Walk', 'Cook'].map((title) => ({ client_id: bogdan, title, status: 'approved' as const, approved_at: new Date('2026-06-10T10:00:00Z') })))
      .execute();

    expect(await sendWeeklySummaries(db, { translator, now: new Date('2026-06-14T14:00:00Z'), catchupMs })).toBe(3);

    expect((await textsTo(aija))[0]).toMatch(/^Aija, [^]*: 0\n[^]*: 2\n/);
    expect((await textsTo(bogdan))[0]).toMatch(/^Bogdan, [^]*: 2\n[^]*: 0\n/);
    expect((await textsTo(chen))[0]).toMatch(/^Chen, a new week is a new start/);
  });

  it('say something warm to a client with a quiet week', async () => {
    const kate = await addClient('Kateryna', 'Europe/Riga', { weekly_summary_day: 1, language: 'uk' });
    expect(await sendWeeklySummaries(db, { translator, now: new Date('2026-06-15T14:30:00Z'), catchupMs })).toBe(1);
    expect((await textsTo(kate))[0]).toMatch(/^Kateryna, новий тиждень – новий початок/);
  });
});

describe('active streak', () => {
  it('counts back from today, or from yesterday while today is still open', async () => {
    const ali = await addClient('Ali', 'Europe/Riga');
    for (const day of ['2026-06-01', '2026-06-02', '2026-06-04', '2026-06-05']) {
      await db.insertInto('checkins').values({ client_id: ali, local_date: day, answered_at: new Date(`${day}T07:00:00Z`), mood: 4 }).execute();
    }
    expect(await activeStreak(db, ali, 'Europe/Riga', '2026-06-05')).toBe(2);
    expect(await activeStreak(db, ali, 'Europe/Riga', '2026-06-06')).toBe(2);
    expect(await activeStreak(db, ali, 'Europe/Riga', '2026-06-07')).toBe(0);
    expect(await activeStreak(db, ali, 'Europe/Riga', '2026-06-02')).toBe(2);
  });
});
