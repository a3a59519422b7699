import { describe, expect, it } from 'vitest';
import { alertMissedCheckins } from '../../../src/domain/checkins/missed-checkins.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useMentorWithClients } from '../../support/mentor-with-clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const translator = createTranslator();
const database = useTestDatabase();
const { db } = database;
const { fixture, addClient, checkin, sentTo } = useMentorWithClients(db);

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
    const [alert] = await sentTo(fixture.mentorChat);
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
