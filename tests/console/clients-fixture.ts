import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { createClient } from '../../src/domain/people/clients.js';
import { createMentor } from '../../src/domain/people/mentors.js';
import { createStaff } from '../../src/domain/staff/staff.js';

/** The instant the console's tests stand at: 10:00 UTC, noon in Riga, on a Friday. */
export const now = new Date('2026-11-20T10:00:00Z');
export const password = 'correct horse battery';
const staffContext = { now, publicUrl: 'http://console.test', actor: 'admin' };

export const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
/** The local date `days` before the fixture's today, as 'YYYY-MM-DD'. */
export const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A programme of two mentors with a staff account each and a coordinator,
 * and helpers to give the mentors clients with chats, messages, check-ins,
 * tasks and notes at times the test chooses.
 */
export function programme(db: Kysely<Database>) {
  async function mentor(name: string, email: string) {
    const record = await createMentor(db, { name, timezone: 'Europe/Riga', languages: ['en'] }, 'admin');
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: `m-${record.id}`, chat_id: `m-${record.id}`, mentor_id: record.id }).execute();
    const { staff } = await createStaff(db, { email, name, role: 'mentor', mentorId: record.id, password, timezone: 'Europe/Riga' }, staffContext);
    return { id: record.id, chat: `m-${record.id}`, staff, email };
  }

  async function coordinator(name = 'Ilze', email = 'ilze@example.org') {
    const { staff } = await createStaff(db, { email, name, role: 'coordinator', password, timezone: 'Europe/Riga' }, staffContext);
    return { staff, email };
  }

  async function client(name: string, mentorId: string | null, fields: { programme?: string; language?: string; chats?: Array<'telegram' | 'whatsapp'>; status?: 'active' | 'paused' | 'ended' } = {}) {
    const record = await createClient(
      db,
      { name, mentorId, language: fields.language ?? 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true, programme: fields.programme ?? null },
      'admin',
      minutesAgo(60 * 24 * 30),
    );
    for (const channel of fields.chats ?? ['telegram']) {
      await db.insertInto('channel_accounts').values({ channel, external_id: `${channel}-${record.id}`, chat_id: `${channel}-${record.id}`, client_id: record.id }).execute();
    }
    if (fields.status) await db.updateTable('clients').set({ status: fields.status }).where('id', '=', record.id).execute();
    return record.id;
  }

  async function message(clientId: string, author: 'client' | { mentorId: string }, text: string, at: Date) {
    const thread = await db.selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
    const row = await db
      .insertInto('messages')
      .values({
        thread_id: thread.id,
        direction: author === 'client' ? 'inbound' : 'outbound',
        author: author === 'client' ? 'client' : 'mentor',
        author_mentor_id: author === 'client' ? null : author.mentorId,
        kind: 'text',
        text,
        channel: 'telegram',
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A check-in of a local date, asked at 09:00 Riga time, answered with `mood`, or still open, or missed after its reminder. */
  async function checkin(clientId: string, date: string, mood: number | 'open' | 'missed') {
    const asked = new Date(`${date}T07:00:00Z`);
    await db
      .insertInto('checkins')
      .values({
        client_id: clientId,
        local_date: date,
        prompted_at: asked,
        ...(mood === 'missed' ? { reminded_at: new Date(asked.getTime() + 3 * 3_600_000) } : {}),
        ...(typeof mood === 'number' ? { mood, answered_at: new Date(asked.getTime() + 600_000), source: 'button' } : {}),
      })
      .execute();
  }

  async function task(clientId: string, title: string, fields: { status?: 'assigned' | 'submitted' | 'approved' | 'cancelled'; dueDate?: string; mentorId?: string } = {}) {
    const row = await db
      .insertInto('tasks')
      .values({ client_id: clientId, title, status: fields.status ?? 'assigned', due_date: fields.dueDate ?? null, mentor_id: fields.mentorId ?? null, created_at: minutesAgo(60 * 24 * 3) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  return { mentor, coordinator, client, message, checkin, task };
}
