import { describe, expect, it } from 'vitest';
import { clientRow, directoryChoices, listClientRows } from '../../../src/domain/caseload/client-directory.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-11-20T10:00:00Z');

async function client(name: string, mentorId: string | null, fields: { programme?: string; language?: string } = {}) {
  return (
    await createClient(
      database.db,
      { name, mentorId, language: fields.language ?? 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true, programme: fields.programme ?? null },
      'test',
      now,
    )
  ).id;
}

describe('the directory of clients', () => {
  it('counts every match while giving a page of them, and pages on by name', async () => {
    const mentor = await createMentor(database.db, { name: 'Counting mentor' }, 'test');
    for (const name of ['Dina', 'anita', 'Bruno', 'Cilda', 'Edgars']) await client(name, mentor.id, { programme: 'Paging' });
    const first = await listClientRows(database.db, { mentorId: mentor.id }, { limit: 2 }, now);
    expect(first.items.map((row) => row.name)).toEqual(['anita', 'Bruno']);
    expect(first.total).toBe(5);
    const second = await listClientRows(database.db, { mentorId: mentor.id }, { limit: 2, cursor: first.nextCursor ?? undefined }, now);
    expect(second.items.map((row) => row.name)).toEqual(['Cilda', 'Dina']);
    expect(second.total).toBe(5);
    const third = await listClientRows(database.db, { mentorId: mentor.id }, { limit: 2, cursor: second.nextCursor ?? undefined }, now);
    expect([third.items.map((row) => row.name), third.nextCursor]).toEqual([['Edgars'], null]);
  });

  it('gives one client’s row whatever their status, with open alerts and a stop of their own', async () => {
    const { db } = database;
    const mentor = await createMentor(db, { name: 'Row mentor' }, 'test');
    const id = await client('Ended Erika', mentor.id);
    await db.updateTable('clients').set({ status: 'ended', checkins_stopped_at: new Date('2026-11-18T08:00:00Z') }).where('id', '=', id).execute();
    await db.insertInto('alerts').values({ client_id: id, mentor_id: mentor.id, kind: 'low_mood' }).execute();
    await db.insertInto('alerts').values({ client_id: id, mentor_id: mentor.id, kind: 'crisis_words', acknowledged_at: now }).execute();
    expect(await clientRow(db, id, now)).toMatchObject({ name: 'Ended Erika', status: 'ended', mentorName: 'Row mentor', openAlerts: 1, checkinsStoppedAt: new Date('2026-11-18T08:00:00Z') });
    // The list leaves ended clients out unless asked for them.
    expect((await listClientRows(db, { mentorId: mentor.id }, {}, now)).items).toEqual([]);
    expect((await listClientRows(db, { mentorId: mentor.id }, { status: 'ended' }, now)).items.map((row) => row.id)).toEqual([id]);
    expect(await clientRow(db, '00000000-0000-0000-0000-000000000001', now)).toBeUndefined();
  });

  it('offers as choices only the programmes, languages and mentors of the clients in view', async () => {
    const { db } = database;
    const mine = await createMentor(db, { name: 'Zane' }, 'test');
    const other = await createMentor(db, { name: 'Arvis' }, 'test');
    await client('Choice one', mine.id, { programme: 'Work', language: 'lv' });
    await client('Choice two', mine.id, { programme: 'Housing', language: 'uk' });
    await client('Choice three', other.id, { programme: 'Secret', language: 'ru' });
    expect(await directoryChoices(db, { mentorId: mine.id })).toEqual({ programmes: ['Housing', 'Work'], languages: ['lv', 'uk'], mentors: [{ id: mine.id, name: 'Zane' }] });
    const everyone = await directoryChoices(db, null);
    expect(everyone.programmes).toEqual(expect.arrayContaining(['Housing', 'Secret', 'Work']));
    expect(everyone.mentors.map((mentor) => mentor.name)).toEqual(expect.arrayContaining(['Arvis', 'Zane']));
  });
});
