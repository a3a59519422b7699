import { describe, expect, it } from 'vitest';
import { sendDueDigests } from '../../../src/domain/caseload/digest.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useMentorWithClients } from '../../support/mentor-with-clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const translator = createTranslator();
const database = useTestDatabase();
const { db } = database;
const { fixture, addClient, checkin, sentTo } = useMentorWithClients(db);

describe('mentor digest', () => {
  it('sends each mentor one digest at their local time with who answered, who did not and open alerts', async () => {
    const anna = await addClient('Anna');
    const oleh = await addClient('Oleh');
    await addClient('Zane');
    await checkin(anna, '2026-03-03', 4);
    await checkin(oleh, '2026-03-03', null);
    await db.insertInto('alerts').values({ client_id: oleh, mentor_id: fixture.mentorId, kind: 'low_mood' }).execute();
    const options = { translator, digestTime: '18:00', catchupMs: 3 * 3600_000 };
    // 18:00 in Riga on 3 March is 16:00 UTC.
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T15:59:00Z') })).toBe(0);
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T16:00:30Z') })).toBe(1);
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T16:01:00Z') })).toBe(0);
    expect((await sentTo(fixture.mentorChat)).map((p) => p.text)).toEqual([
      ['Your day (2026-03-03):', 'Answered (1): Anna 4/5', 'No answer yet (1): Oleh', 'Open alerts: Oleh (1)'].join('\n'),
    ]);
  });

  it('is not sent when its time is further past than the catch-up window', async () => {
    await addClient('Anna');
    const options = { translator, digestTime: '18:00', catchupMs: 3 * 3600_000 };
    expect(await sendDueDigests(db, { ...options, now: new Date('2026-03-03T19:30:00Z') })).toBe(0);
  });
});
