import { beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { escalateAlerts } from '../../src/mentoring/alerts.js';
import { sendDueDigests } from '../../src/mentoring/mentor-digest.js';
import { alertMissedCheckins } from '../../src/mentoring/missed-checkins.js';
import { useTestDatabase } from '../support/test-database.js';

const translator = createTranslator();
const coordinators = { chatId: '-100777', language: 'en' };
let mentorId: string;
let mentorChat: string;

const database = useTestDatabase();
const { db } = database;
beforeEach(async () => {
  await db.deleteFrom('deliveries').execute();
  await db.deleteFrom('alerts').execute();
  await db.deleteFrom('mentor_digests').execute();
  // Each test has a mentor of its own; earlier ones stop receiving digests.
  await db.updateTable('mentors').set({ active: false }).execute();
  const mentor = await db
    .insertInto('mentors')
    .values({ name: 'Laura', timezone: 'Europe/Riga', languages: ['en'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  mentorId = mentor.id;
  mentorChat = `m-${mentorId}`;
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: mentorChat, chat_id: mentorChat, mentor_id: mentorId }).execute();
});

async function addClient(name: string, timezone = 'Europe/Riga') {
  const client = await db
    .insertInto('clients')
    .values({ name, language: 'en', timezone, checkin_time: '09:00', consent_given: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('threads').values({ client_id: client.id }).execute();
  await db.insertInto('assignments').values({ client_id: client.id, mentor_id: mentorId }).execute();
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: client.id, chat_id: client.id, client_id: client.id }).execute();
  return client.id;
}

/** A check-in on a local date, prompted at 09:00 Riga time, answered with `mood` or left unanswered. */
async function checkin(clientId: string, date: string, mood: number | null) {
  const promptedAt = new Date(`${date}T07:00:00Z`);
  await db
    .insertInto('checkins')
    .values({ client_id: clientId, local_date: date, prompted_at: promptedAt, ...(mood === null ? {} : { mood, answered_at: promptedAt, source: 'text' }) })
    .execute();
}

const sentTo = async (chatId: string) =>
  (await db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', chatId).orderBy('id').execute()).map(
    (d) => (d.payload as unknown as { payload: { text: string; choices?: Array<Array<{ data: string }>>; pin?: boolean } }).payload,
  );

describe('missed check-ins', () => {
  it('alerts the mentor once when a streak reaches the limit, not again each further day', async () => {
    const anna = await addClient('Anna');
    await checkin(anna, '2026-03-01', 4);
    await checkin(anna, '2026-03-02', null);
    await checkin(anna, '2026-03-03', null);
    // 3 March has not ended in Riga yet: one missed day so far.
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-03T20:00:00Z'), inARow: 2 })).toBe(0);
    // Just after midnight in Riga it has.
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-03T22:05:00Z'), inARow: 2 })).toBe(1);
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-03T22:06:00Z'), inARow: 2 })).toBe(0);
    const [alert] = await sentTo(mentorChat);
    expect(alert?.text).toBe('⚠️ Anna has not answered the daily question 2 days in a row.');
    expect(alert?.pin).toBe(true);
    expect(alert?.choices?.[0]?.[0]?.data).toMatch(/^alert:/);

    await checkin(anna, '2026-03-04', null);
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-04T22:05:00Z'), inARow: 2 })).toBe(0);

    // An answer ends the streak; a new one alerts again.
    await checkin(anna, '2026-03-05', 3);
    await checkin(anna, '2026-03-06', null);
    await checkin(anna, '2026-03-07', null);
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-07T22:05:00Z'), inARow: 2 })).toBe(1);
  });

  it('does not count days that were never asked, or a client who answered today', async () => {
    const oleh = await addClient('Oleh');
    await checkin(oleh, '2026-03-01', null);
    await checkin(oleh, '2026-03-02', null);
    await checkin(oleh, '2026-03-03', 5);
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-03T12:00:00Z'), inARow: 2 })).toBe(0);
    const ali = await addClient('Ali');
    await checkin(ali, '2026-03-02', null);
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-03T12:00:00Z'), inARow: 2 })).toBe(0);
  });

  it('ends the day in the client’s own zone', async () => {
    const kate = await addClient('Kateryna', 'America/New_York');
    await checkin(kate, '2026-03-02', null);
    await checkin(kate, '2026-03-03', null);
    // 22:05 UTC is past midnight in Riga but 17:05 in New York: 3 March is still on there.
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-03T22:05:00Z'), inARow: 2 })).toBe(0);
    expect(await alertMissedCheckins(db, { translator, now: new Date('2026-03-04T05:05:00Z'), inARow: 2 })).toBe(1);
  });
});

describe('escalation', () => {
  it('passes an alert left unacknowledged to the coordinators once, and leaves acknowledged ones alone', async () => {
    const anna = await addClient('Anna');
    const created = new Date('2026-03-03T10:00:00Z');
    const [open, acknowledged] = await db
      .insertInto('alerts')
      .values([
        { client_id: anna, mentor_id: mentorId, kind: 'low_mood', created_at: created },
        { client_id: anna, mentor_id: mentorId, kind: 'crisis_words', created_at: created, acknowledged_at: new Date('2026-03-03T10:05:00Z') },
      ])
      .returning('id')
      .execute();
    const options = { translator, afterMs: 30 * 60_000, coordinators };
    expect(await escalateAlerts(db, { ...options, now: new Date('2026-03-03T10:29:00Z') })).toBe(0);
    expect(await escalateAlerts(db, { ...options, now: new Date('2026-03-03T10:31:00Z') })).toBe(1);
    expect(await escalateAlerts(db, { ...options, now: new Date('2026-03-03T10:45:00Z') })).toBe(0);
    expect((await sentTo(coordinators.chatId)).map((p) => p.text)).toEqual([
      '⚠️ Not acknowledged after 31 min: Anna (low mood). Mentor: Laura.',
    ]);
    const rows = await db.selectFrom('alerts').select(['id', 'escalated_at']).execute();
    expect(rows.find((r) => r.id === open?.id)?.escalated_at).not.toBeNull();
    expect(rows.find((r) => r.id === acknowledged?.id)?.escalated_at).toBeNull();
  });
});

describe('mentor digest', () => {
  it('sends each mentor one digest at their local time with who answered, who did not and open alerts', async () => {
    const anna = await addClient('Anna');
    const oleh = await addClient('Oleh');
    await addClient('Zane');
    await checkin(anna, '2026-03-03', 4);
    await checkin(oleh, '2026-03-03', null);
    await db.insertInto('alerts').values({ client_id: oleh, mentor_id: mentorId, kind: 'low_mood' }).execute();
    const options = { translator, digestTime: '18:00', catchupMs: 3 * 3600_000 };
    // 18:00 in Riga on 3 March is 16:00 UTC.
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T15:59:00Z') })).toBe(0);
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T16:00:30Z') })).toBe(1);
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T16:01:00Z') })).toBe(0);
    expect((await sentTo(mentorChat)).map((p) => p.text)).toEqual([
      ['Your day (2026-03-03):', 'Answered (1): Anna 4/5', 'No answer yet (1): Oleh', 'Open alerts: Oleh (1)'].join('\n'),
    ]);
  });

  it('is not sent when its time is further past than the catch-up window', async () => {
    await addClient('Anna');
    const options = { translator, digestTime: '18:00', catchupMs: 3 * 3600_000 };
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T19:30:00Z') })).toBe(0);
  });
});
