import { describe, expect, it } from 'vitest';
import { listCaseNotes, writeConsoleNote } from '../../../src/domain/caseload/console-notes.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-11-20T10:00:00Z');

describe('notes written in the console', () => {
  it('are kept as the mentor’s or the staff member’s, and listed newest first with those from the bot', async () => {
    const { db } = database;
    const mentor = await createMentor(db, { name: 'Laura' }, 'test');
    const client = await createClient(db, { name: 'Anna', mentorId: mentor.id, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'test', now);
    const laura = await db.insertInto('staff').values({ email: 'laura@example.org', name: 'Laura Ozola', role: 'mentor', mentor_id: mentor.id }).returning('id').executeTakeFirstOrThrow();
    const ilze = await db.insertInto('staff').values({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('case_notes').values({ client_id: client.id, mentor_id: mentor.id, text: 'From the bot', created_at: new Date('2026-11-18T10:00:00Z') }).execute();
    const mentorsNote = await writeConsoleNote(db, { clientId: client.id, text: 'From the console', staffId: laura.id, mentorId: mentor.id }, new Date('2026-11-19T10:00:00Z'));
    await writeConsoleNote(db, { clientId: client.id, text: 'From the office', staffId: ilze.id, mentorId: null }, now);

    expect(await db.selectFrom('case_notes').select(['mentor_id', 'author_staff_id', 'created_at']).where('id', '=', mentorsNote).executeTakeFirstOrThrow()).toEqual({
      mentor_id: mentor.id,
      author_staff_id: laura.id,
      created_at: new Date('2026-11-19T10:00:00Z'),
    });
    expect((await listCaseNotes(db, client.id)).map((note) => [note.authorName, note.text])).toEqual([
      ['Ilze', 'From the office'],
      ['Laura', 'From the console'],
      ['Laura', 'From the bot'],
    ]);
  });
});
