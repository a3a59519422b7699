import { describe, expect, it } from 'vitest';
import { mentorSummaries } from '../../../src/domain/caseload/mentor-stats.js';
import { useMentorWithClients } from '../../support/mentor-with-clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const { db } = database;
const { fixture, addClient, checkin } = useMentorWithClients(db);
const now = new Date('2026-03-20T12:00:00Z');
const minutes = (at: string, plus: number) => new Date(new Date(at).getTime() + plus * 60_000);

async function say(clientId: string, author: 'client' | 'mentor', at: Date) {
  const thread = await db.selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values({
      thread_id: thread.id,
      direction: author === 'client' ? 'inbound' : 'outbound',
      author,
      author_mentor_id: author === 'mentor' ? fixture.mentorId : null,
      kind: 'text',
      text: 'hello',
      created_at: at,
    })
    .execute();
}

describe('mentor summaries', () => {
  it('count caseload, waiting clients, first replies, check-in answers and open alerts of the current clients', async () => {
    const anna = await addClient('Anna');
    const boris = await addClient('Boris');
    // An opening counts for the mentor assigned when it was written.
    await db.updateTable('assignments').set({ started_at: new Date('2026-01-01T00:00:00Z') }).execute();
    // Anna opened twice and was answered after 20 and 40 minutes; Boris wrote last and waits.
    await say(anna, 'client', new Date('2026-03-10T08:00:00Z'));
    await say(anna, 'mentor', minutes('2026-03-10T08:00:00Z', 20));
    await say(anna, 'client', new Date('2026-03-12T08:00:00Z'));
    await say(anna, 'mentor', minutes('2026-03-12T08:00:00Z', 40));
    await say(boris, 'client', new Date('2026-03-19T18:00:00Z'));
    await checkin(anna, '2026-03-18', 4);
    await checkin(anna, '2026-03-19', null);
    await checkin(boris, '2026-03-19', 2);
    // Before the 30 days: neither asked nor answered.
    await checkin(boris, '2026-02-01', 5);
    await db
      .insertInto('alerts')
      .values([
        { client_id: boris, mentor_id: fixture.mentorId, kind: 'low_mood', created_at: now },
        { client_id: boris, mentor_id: fixture.mentorId, kind: 'crisis_words', created_at: now, acknowledged_at: now, acknowledged_by: 'mentor:x' },
      ])
      .execute();

    const [summary] = await mentorSummaries(db, { now, mentorIds: [fixture.mentorId] });
    expect(summary).toMatchObject({
      name: 'Laura',
      active: true,
      caseload: 2,
      waiting: 1,
      medianFirstReplyMinutes: 30,
      checkinAnswerRate: 2 / 3,
      openAlerts: 1,
      joined: true,
    });
  });

  it('counts an alert for the client’s current mentor, as the alerts page lists it, and tells a mentor who has not joined', async () => {
    const anna = await addClient('Anna');
    const other = await db.insertInto('mentors').values({ name: 'Zane' }).returning('id').executeTakeFirstOrThrow();
    // Raised while Zane mentored Anna; Anna is Laura's now.
    await db.insertInto('alerts').values({ client_id: anna, mentor_id: other.id, kind: 'missed_checkins', created_at: now }).execute();
    const summaries = await mentorSummaries(db, { now, mentorIds: [fixture.mentorId, other.id] });
    expect(summaries.map((s) => [s.name, s.openAlerts, s.joined])).toEqual([
      ['Laura', 1, true],
      ['Zane', 0, false],
    ]);
    await db.updateTable('channel_accounts').set({ status: 'revoked' }).where('mentor_id', '=', fixture.mentorId).execute();
    const [laura] = await mentorSummaries(db, { now, mentorIds: [fixture.mentorId] });
    expect(laura?.joined).toBe(false);
  });
});
