import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';

export const formulaName = '=HYPERLINK("http://evil.example","Open")';

/**
 * A small programme with every time set: three clients (one named like a
 * formula, one handed from Laura to Pavel), check-ins around April's edges,
 * and tasks agreed on either side of midnight in Riga (UTC+3 in spring).
 */
export async function seedExportRecords(db: Kysely<Database>) {
  const mentors = await db
    .insertInto('mentors')
    .values([
      { name: 'Laura Ozola', created_at: new Date('2026-01-01T08:00:00Z') },
      { name: 'Pavel Orlov', created_at: new Date('2026-01-01T08:01:00Z') },
    ])
    .returning(['id', 'name'])
    .execute();
  const [laura, pavel] = mentors.map((mentor) => mentor.id) as [string, string];

  const clients = await db
    .insertInto('clients')
    .values([
      {
        name: 'Olena Petrenko',
        language: 'uk',
        timezone: 'Europe/Riga',
        checkin_time: '09:30',
        checkin_days: [5, 1, 2, 3, 4],
        phone: '+37120000001',
        country: 'Ukraine',
        programme: 'Resettlement',
        consent_given: true,
        consent_at: new Date('2026-01-05T08:15:00Z'),
        consent_method: 'in_person',
        created_at: new Date('2026-01-05T08:00:00Z'),
      },
      {
        name: formulaName,
        language: 'en',
        timezone: 'Europe/London',
        checkin_time: '18:00',
        checkin_days: [6, 7],
        status: 'paused',
        created_at: new Date('2026-01-06T10:00:00Z'),
      },
      {
        name: 'Marta "Ma" Kalniņa, Rīga',
        language: 'lv',
        timezone: 'Europe/Riga',
        checkin_time: '08:00',
        country: 'Latvia',
        programme: '-',
        consent_given: true,
        consent_at: new Date('2026-01-07T09:00:00Z'),
        consent_method: 'bot',
        created_at: new Date('2026-01-07T09:00:00Z'),
      },
    ])
    .returning(['id', 'name'])
    .execute();
  const [olena, formula, marta] = clients.map((client) => client.id) as [string, string, string];
  await db
    .insertInto('assignments')
    .values([
      { client_id: olena, mentor_id: laura, started_at: new Date('2026-01-05T08:00:00Z') },
      { client_id: marta, mentor_id: laura, started_at: new Date('2026-01-07T09:00:00Z'), ended_at: new Date('2026-02-01T09:00:00Z') },
      { client_id: marta, mentor_id: pavel, started_at: new Date('2026-02-01T09:00:00Z') },
    ])
    .execute();

  const at = (iso: string) => new Date(iso);
  await db
    .insertInto('checkins')
    .values([
      { client_id: olena, local_date: '2026-03-31', prompted_at: at('2026-03-31T06:30:00Z'), answered_at: at('2026-03-31T07:00:00Z'), mood: 4, source: 'button' },
      { client_id: olena, local_date: '2026-04-01', prompted_at: at('2026-04-01T06:30:00Z'), reminded_at: at('2026-04-01T09:30:00Z') },
      { client_id: marta, local_date: '2026-04-01', prompted_at: at('2026-04-01T05:00:00Z'), answered_at: at('2026-04-01T05:10:00Z'), mood: 3, source: 'text' },
      { client_id: olena, local_date: '2026-04-30', prompted_at: at('2026-04-30T06:30:00Z'), answered_at: at('2026-04-30T06:31:00Z'), mood: 2, source: 'button' },
      { client_id: olena, local_date: '2026-05-01', prompted_at: at('2026-05-01T06:30:00Z'), answered_at: at('2026-05-01T06:40:00Z'), mood: 5, source: 'button' },
    ])
    .execute();

  const tasks = await db
    .insertInto('tasks')
    .values([
      // 23:59:59 on 31 March in Riga.
      { client_id: olena, mentor_id: laura, title: 'Register at the library', created_at: at('2026-03-31T20:59:59Z'), updated_at: at('2026-03-31T20:59:59Z') },
      // 00:30 on 1 April in Riga.
      {
        client_id: olena,
        mentor_id: laura,
        title: 'Write a CV',
        details: 'Two pages,\nin Latvian',
        due_date: '2026-04-10',
        status: 'approved',
        created_at: at('2026-03-31T21:30:00Z'),
        updated_at: at('2026-04-09T12:00:00Z'),
        submitted_at: at('2026-04-08T15:00:00Z'),
        approved_at: at('2026-04-09T12:00:00Z'),
      },
      // 23:59 on 30 April in Riga.
      { client_id: marta, title: '+371 call the job centre', created_at: at('2026-04-30T20:59:00Z'), updated_at: at('2026-04-30T20:59:00Z') },
      // Midnight starting 1 May in Riga.
      { client_id: formula, mentor_id: pavel, title: 'Visit the doctor', status: 'cancelled', created_at: at('2026-04-30T21:00:00Z'), updated_at: at('2026-05-02T10:00:00Z') },
    ])
    .returning('id')
    .execute();
  const [library, cv, call, doctor] = tasks.map((task) => task.id) as [string, string, string, string];
  await db
    .insertInto('task_evidence')
    .values([
      { task_id: cv, caption: 'First page', created_at: at('2026-04-08T15:00:00Z') },
      { task_id: cv, caption: 'Second page', created_at: at('2026-04-08T15:01:00Z') },
    ])
    .execute();

  return { mentors: { laura, pavel }, clients: { olena, formula, marta }, tasks: { library, cv, call, doctor } };
}

/**
 * `count` check-ins for clients of their own, made in one statement: enough
 * rows that a download outlasts the socket's buffers.
 */
export async function seedManyCheckins(db: Kysely<Database>, count: number): Promise<void> {
  const perClient = 1000;
  await sql`
    with created as (
      insert into clients (name, language, timezone, checkin_time, created_at)
      select 'Bulk client ' || n, 'en', 'UTC', '09:00', timestamptz '2025-01-01' + n * interval '1 second'
      from generate_series(1, ${Math.ceil(count / perClient)}::int) n
      returning id
    )
    insert into checkins (client_id, local_date, prompted_at, answered_at, mood, source)
    select created.id, date '2020-01-01' + d, timestamptz '2020-01-01 07:00Z' + d * interval '1 day',
           timestamptz '2020-01-01 07:05Z' + d * interval '1 day', 1 + d % 5, 'button'
    from created, generate_series(0, ${perClient - 1}::int) d
    limit ${count}
  `.execute(db);
}
