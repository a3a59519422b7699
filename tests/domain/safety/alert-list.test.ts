import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../../src/core/errors.js';
import { acknowledgeAlertBy, getAlert, listAlerts, resolveAlert } from '../../../src/domain/safety/alert-list.js';
import { useMentorWithClients } from '../../support/mentor-with-clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const { db } = database;
const { fixture, addClient, checkin } = useMentorWithClients(db);
const raised = new Date('2026-03-03T10:00:00Z');
const later = new Date('2026-03-03T11:00:00Z');

async function otherMentorsClient() {
  const other = await db.insertInto('mentors').values({ name: 'Zane' }).returning('id').executeTakeFirstOrThrow();
  const client = await db.insertInto('clients').values({ name: 'Marta', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('assignments').values({ client_id: client.id, mentor_id: other.id }).execute();
  return client.id;
}

async function alertFor(clientId: string, kind: 'low_mood' | 'crisis_words' = 'low_mood') {
  const row = await db.insertInto('alerts').values({ client_id: clientId, mentor_id: fixture.mentorId, kind, created_at: raised }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

describe('alerts from the console', () => {
  it('are listed and found only within the scope; another mentor’s client’s alert is as if it did not exist', async () => {
    const anna = await addClient('Anna');
    const mine = await alertFor(anna);
    const theirs = await alertFor(await otherMentorsClient());
    const scope = { mentorId: fixture.mentorId };
    expect((await listAlerts(db, scope, { now: later, recentDays: 7 })).map((a) => a.id)).toEqual([mine]);
    expect((await listAlerts(db, null, { now: later, recentDays: 7 })).map((a) => a.id).sort()).toEqual([mine, theirs].sort());
    expect(await getAlert(db, scope, mine)).toMatchObject({ clientName: 'Anna', mentorId: fixture.mentorId, mentorName: 'Laura', kind: 'low_mood', checkin: null });
    await expect(getAlert(db, scope, theirs)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acknowledgeAlertBy(db, scope, theirs, { actor: 'staff:x', now: later })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveAlert(db, scope, theirs, { actor: 'staff:x', now: later, note: 'done' })).rejects.toBeInstanceOf(NotFoundError);
    const untouched = await db.selectFrom('alerts').selectAll().where('id', '=', theirs).executeTakeFirstOrThrow();
    expect(untouched).toMatchObject({ acknowledged_at: null, resolved_at: null });
  });

  it('say whether acknowledging changed anything, and keep the first acknowledgement', async () => {
    const staff = await db.insertInto('staff').values({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', created_at: raised, updated_at: raised }).returning('id').executeTakeFirstOrThrow();
    const id = await alertFor(await addClient('Anna'));
    expect(await acknowledgeAlertBy(db, null, id, { actor: `staff:${staff.id}`, now: later })).toBe(true);
    expect(await acknowledgeAlertBy(db, null, id, { actor: 'staff:someone-else', now: new Date('2026-03-03T12:00:00Z') })).toBe(false);
    expect(await getAlert(db, null, id)).toMatchObject({ acknowledgedAt: later, acknowledgedBy: 'Ilze' });
  });

  it('need a note of what was done to be resolved, and say whether resolving changed anything', async () => {
    const id = await alertFor(await addClient('Anna'));
    await expect(resolveAlert(db, null, id, { actor: 'staff:x', now: later, note: '  \n ' })).rejects.toThrow(ValidationError);
    await expect(resolveAlert(db, null, id, { actor: 'staff:x', now: later, note: 'x'.repeat(2001) })).rejects.toMatchObject({ field: 'note' });
    expect(await resolveAlert(db, null, id, { actor: 'mentor:m', now: later, note: '  Called her; she is safe.  ' })).toBe(true);
    expect(await resolveAlert(db, null, id, { actor: 'mentor:m', now: later, note: 'again' })).toBe(false);
    const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ resolution_note: 'Called her; she is safe.', resolved_by: 'mentor:m', acknowledged_by: 'mentor:m', acknowledged_at: later });
  });

  it('carry the check-in that raised them', async () => {
    const anna = await addClient('Anna');
    await checkin(anna, '2026-03-03', 1);
    const answered = await db.selectFrom('checkins').select('id').where('client_id', '=', anna).executeTakeFirstOrThrow();
    const row = await db.insertInto('alerts').values({ client_id: anna, mentor_id: fixture.mentorId, kind: 'low_mood', checkin_id: answered.id, created_at: raised }).returning('id').executeTakeFirstOrThrow();
    expect((await getAlert(db, null, row.id)).checkin).toEqual({ date: '2026-03-03', mood: 1 });
  });

  it('list open alerts oldest first, then those resolved within the recent days, newest first', async () => {
    const anna = await addClient('Anna');
    const ids = await db
      .insertInto('alerts')
      .values([
        { client_id: anna, kind: 'low_mood', created_at: new Date('2026-03-02T10:00:00Z') },
        { client_id: anna, kind: 'crisis_words', created_at: new Date('2026-03-01T10:00:00Z') },
        { client_id: anna, kind: 'missed_checkins', created_at: new Date('2026-02-01T10:00:00Z'), resolved_at: new Date('2026-03-02T10:00:00Z'), resolution_note: 'ok' },
        { client_id: anna, kind: 'missed_checkins', created_at: new Date('2026-02-01T10:00:00Z'), resolved_at: new Date('2026-03-01T10:00:00Z'), resolution_note: 'ok' },
        { client_id: anna, kind: 'missed_checkins', created_at: new Date('2026-01-01T10:00:00Z'), resolved_at: new Date('2026-02-01T10:00:00Z'), resolution_note: 'old' },
      ])
      .returning('id')
      .execute();
    const listed = await listAlerts(db, null, { now: later, recentDays: 7 });
    expect(listed.map((a) => a.id)).toEqual([ids[1]?.id, ids[0]?.id, ids[2]?.id, ids[3]?.id]);
  });
});
