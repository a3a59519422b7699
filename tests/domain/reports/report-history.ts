import type { Kysely } from 'kysely';
import type { Database, MentorRole } from '../../../src/db/database.js';

/**
 * A small agency's history from December 2025 to May 2026, written row by row with every time
 * set, so each figure of the evaluation report can be counted by hand (the counts are in
 * evaluation-report.test.ts). Riga is UTC+2 in winter and UTC+3 from 29 March.
 */
export interface ReportHistory {
  mentors: { anna: string; boris: string; zane: string; gone: string };
  clients: { amal: string; bashir: string; daria: string; farid: string; eden: string; samir: string };
}

export async function seedReportHistory(db: Kysely<Database>): Promise<ReportHistory> {
  const mentor = async (name: string, role: MentorRole, active = true) =>
    (await db.insertInto('mentors').values({ name, role, active }).returning('id').executeTakeFirstOrThrow()).id;
  const mentors = {
    anna: await mentor('Anna Ozola', 'social_worker'),
    boris: await mentor('Boris Kalniņš', 'psychologist'),
    zane: await mentor('Zane Liepa', 'teacher'),
    gone: await mentor('Gone Mentor', 'other', false),
  };

  const threads = new Map<string, string>();
  const client = async (
    name: string,
    fields: { country: string | null; language: string; programme: string | null; createdAt: string; mentorId: string; channel?: 'telegram' | 'whatsapp' },
  ) => {
    const created = new Date(fields.createdAt);
    const { id } = await db
      .insertInto('clients')
      .values({ name, language: fields.language, timezone: 'Europe/Riga', checkin_time: '09:00', country: fields.country, programme: fields.programme, created_at: created, updated_at: created })
      .returning('id')
      .executeTakeFirstOrThrow();
    const thread = await db.insertInto('threads').values({ client_id: id, created_at: created }).returning('id').executeTakeFirstOrThrow();
    threads.set(id, thread.id);
    await db.insertInto('assignments').values({ client_id: id, mentor_id: fields.mentorId, started_at: created }).execute();
    if (fields.channel) {
      await db
        .insertInto('channel_accounts')
        .values({ channel: fields.channel, external_id: `${name}-id`, chat_id: `${name}-chat`, client_id: id, created_at: created })
        .execute();
    }
    return id;
  };
  const clients = {
    amal: await client('Amal', { country: 'Syria', language: 'ar', programme: 'Resettlement', createdAt: '2025-12-10T09:00:00Z', mentorId: mentors.anna, channel: 'telegram' }),
    bashir: await client('Bashir', { country: 'syria ', language: 'ar', programme: 'Resettlement', createdAt: '2026-01-05T09:00:00Z', mentorId: mentors.anna, channel: 'whatsapp' }),
    // 23:30 on 1 February in Riga.
    daria: await client('Daria', { country: 'Ukraine', language: 'uk', programme: 'Vocational', createdAt: '2026-02-01T21:30:00Z', mentorId: mentors.boris, channel: 'telegram' }),
    // 00:30 on 1 February in Riga: a February client, though still January in UTC.
    farid: await client('Farid', { country: 'Afghanistan', language: 'fa', programme: 'Resettlement', createdAt: '2026-01-31T22:30:00Z', mentorId: mentors.boris, channel: 'whatsapp' }),
    // Enrolled, never heard from: new, not served.
    eden: await client('Eden', { country: 'Eritrea', language: 'ti', programme: null, createdAt: '2026-01-10T09:00:00Z', mentorId: mentors.anna }),
    // Only prompted and never answering: not served.
    samir: await client('Samir', { country: 'Syria', language: 'ar', programme: 'Resettlement', createdAt: '2025-11-01T09:00:00Z', mentorId: mentors.anna, channel: 'telegram' }),
  };

  const message = async (clientId: string, at: string, author: 'client' | 'mentor' | 'system', mentorId: string | null = null) => {
    await db
      .insertInto('messages')
      .values({
        thread_id: threads.get(clientId) ?? '',
        direction: author === 'client' ? 'inbound' : 'outbound',
        author,
        author_mentor_id: mentorId,
        kind: 'text',
        text: `${author} at ${at}`,
        created_at: new Date(at),
      })
      .execute();
  };
  const checkin = async (clientId: string, localDate: string, mood: number | null) => {
    const prompted = new Date(`${localDate}T07:00:00Z`);
    await db
      .insertInto('checkins')
      .values({ client_id: clientId, local_date: localDate, prompted_at: prompted, answered_at: mood === null ? null : new Date(prompted.getTime() + 3600_000), mood, created_at: prompted })
      .execute();
  };

  // December: outside the period (23:59 on 31 December in Riga).
  await message(clients.samir, '2025-12-31T21:59:00Z', 'client');
  // January.
  await message(clients.amal, '2026-01-03T10:00:00Z', 'client');
  await message(clients.amal, '2026-01-03T10:30:00Z', 'mentor', mentors.anna);
  await message(clients.amal, '2026-01-03T10:40:00Z', 'client');
  await message(clients.amal, '2026-01-03T10:45:00Z', 'client');
  await message(clients.amal, '2026-01-03T11:40:00Z', 'mentor', mentors.anna);
  await checkin(clients.amal, '2026-01-04', 4);
  await checkin(clients.bashir, '2026-01-06', 2);
  await checkin(clients.samir, '2026-01-07', null);
  await message(clients.samir, '2026-01-07T07:00:00Z', 'system');
  const task = await db
    .insertInto('tasks')
    .values({ client_id: clients.amal, mentor_id: mentors.anna, title: 'CV', created_at: new Date('2026-01-05T12:00:00Z'), updated_at: new Date('2026-01-05T12:00:00Z') })
    .returning('id')
    .executeTakeFirstOrThrow();
  // February (Bashir's message is 00:30 on 1 February in Riga).
  await message(clients.bashir, '2026-01-31T22:30:00Z', 'client');
  await db.updateTable('tasks').set({ status: 'approved', approved_at: new Date('2026-02-03T12:00:00Z') }).where('id', '=', task.id).execute();
  await message(clients.daria, '2026-02-10T09:00:00Z', 'client');
  await message(clients.daria, '2026-02-10T09:20:00Z', 'mentor', mentors.boris);
  await checkin(clients.daria, '2026-02-11', 5);
  await message(clients.farid, '2026-02-12T10:00:00Z', 'mentor', mentors.boris);
  await checkin(clients.farid, '2026-02-12', null);
  await db
    .insertInto('tasks')
    .values({ client_id: clients.daria, mentor_id: mentors.boris, title: 'Visit', created_at: new Date('2026-02-15T12:00:00Z'), updated_at: new Date('2026-02-15T12:00:00Z') })
    .execute();
  // March: nothing at all. April.
  await db.updateTable('clients').set({ status: 'ended', ended_at: new Date('2026-04-10T09:00:00Z') }).where('id', '=', clients.farid).execute();
  await message(clients.amal, '2026-04-20T08:00:00Z', 'client');
  // May in Riga (00:30 on 1 May): outside the period.
  await message(clients.amal, '2026-04-30T21:30:00Z', 'client');
  return { mentors, clients };
}
