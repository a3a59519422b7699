import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../../src/core/audit.js';
import { listAuditTrail, type AuditFilter, type AuditTrailEntry } from '../../../src/domain/audit/audit-trail.js';
import { describeEntry } from '../../../src/domain/audit/describe-entry.js';
import { readGrainMs, recordClientRead, recordMediaRead } from '../../../src/domain/audit/record-read.js';
import { updateClient } from '../../../src/domain/assignments/update-client.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor, updateMentor } from '../../../src/domain/people/mentors.js';
import { createStaff, updateStaff } from '../../../src/domain/staff/staff.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const translator = createTranslator();
const timeZone = 'Europe/Riga';
const enrolled = new Date('2026-03-01T09:00:00Z');
const scopeAt = (iso: string) => ({ translator, clock: () => new Date(iso) });
const wordsIn = (language: string) => ({ t: (id: string, args?: Record<string, string | number>) => translator.t(language, id, args), language, date: (date: string) => date });
const told = (entry: AuditTrailEntry | undefined, language = 'en') => (entry ? describeEntry(entry, wordsIn(language)) : undefined);

let people = 0;
/** A mentor with a client, a coordinator and a mentor's console account, each named as given. */
async function agency(names: { client: string; mentor?: string; coordinator?: string } = { client: 'Olena Petrenko' }) {
  const { db } = database;
  const n = ++people;
  const mentor = await createMentor(db, { name: names.mentor ?? 'Laura Ozola', timezone: timeZone }, 'admin');
  const client = await createClient(db, { name: names.client, mentorId: mentor.id, language: 'uk', timezone: timeZone, checkinTime: '09:00', phone: `+3712000${String(n).padStart(4, '0')}` }, 'admin', enrolled);
  const context = { now: enrolled, publicUrl: 'http://console.test', actor: 'admin' };
  const { staff: coordinator } = await createStaff(db, { email: `ilze${n}@example.org`, name: names.coordinator ?? 'Ilze Bērziņa', role: 'coordinator', password: 'correct horse battery' }, context);
  const { staff: mentorStaff } = await createStaff(db, { email: `laura${n}@example.org`, name: mentor.name, role: 'mentor', mentorId: mentor.id, password: 'correct horse battery' }, context);
  return { mentor, client, coordinator, mentorStaff };
}

const trail = (filter: AuditFilter) => listAuditTrail(database.db, filter, { timeZone });

describe('recording a change', () => {
  it('keeps the old and new values apart from the entry, which holds only the names of the fields', async () => {
    const { db } = database;
    const { client, coordinator } = await agency({ client: 'Olena Petrenko' });
    await updateClient(db, scopeAt('2026-03-10T08:00:00Z'), client.id, { checkinTime: '10:30', phone: '+37129999999', programme: 'Housing 2026', language: 'uk' }, `staff:${coordinator.id}`);

    const entry = await db.selectFrom('audit_log').selectAll().where('action', '=', 'client.updated').where('client_id', '=', client.id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: `staff:${coordinator.id}`, entity_type: 'client', entity_id: client.id, details: { fields: ['phone', 'checkinTime', 'programme'] } });
    expect(entry.created_at.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    // The entry itself names nobody: the number and the programme are in the changes alone.
    expect(JSON.stringify(entry)).not.toMatch(/29999999|Housing|Olena/);
    const changes = await db.selectFrom('audit_changes').select(['field', 'old_value', 'new_value']).where('audit_id', '=', entry.id).orderBy('field').execute();
    expect(changes).toEqual([
      { field: 'checkinTime', old_value: '09:00', new_value: '10:30' },
      { field: 'phone', old_value: client.phone, new_value: '+37129999999' },
      { field: 'programme', old_value: null, new_value: 'Housing 2026' },
    ]);
  });

  it('records nothing for a change that changed nothing, and consent as an entry of its own', async () => {
    const { db } = database;
    const { client } = await agency({ client: 'Marta Kalniņa' });
    await updateClient(db, scopeAt('2026-03-10T08:00:00Z'), client.id, { checkinTime: '09:00', language: 'uk' }, 'admin');
    await updateClient(db, scopeAt('2026-03-10T09:00:00Z'), client.id, { consentGiven: true }, 'admin');
    const entries = await db.selectFrom('audit_log').select(['action', 'details']).where('client_id', '=', client.id).where('action', '!=', 'client.created').execute();
    expect(entries).toEqual([{ action: 'consent.given', details: { method: 'in_person' } }]);
  });

  it('writes an entry and its values together, or neither', async () => {
    const { db } = database;
    const { client } = await agency({ client: 'Ahmad Karimi' });
    const before = await db.selectFrom('audit_log').select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAudit(trx, { actor: 'admin', action: 'client.updated', entityType: 'client', entityId: client.id, clientId: client.id, changes: { name: { from: 'A', to: 'B' } } });
        throw new Error('the change this entry records failed');
      }),
    ).rejects.toThrow(/failed/);
    const after = await db.selectFrom('audit_log').select(db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('recording a read', () => {
  it('keeps one entry per reader, client and thing read in ten minutes', async () => {
    const { db } = database;
    const { client, coordinator, mentorStaff } = await agency({ client: 'Oksana Bondar' });
    const start = new Date('2026-03-12T10:00:00Z');
    const later = (ms: number) => new Date(start.getTime() + ms);
    const read = (actor: string, at: Date, what: 'thread' | 'media' = 'thread', mediaId?: string) => recordClientRead(db, { actor, clientId: client.id, what, mediaId, at });
    // The page, then the timeline asking every five seconds for nine minutes.
    for (let ms = 0; ms < 9 * 60_000; ms += 5_000) await read(`staff:${coordinator.id}`, later(ms));
    await read(`staff:${coordinator.id}`, later(readGrainMs + 1));
    await read(`staff:${mentorStaff.id}`, later(1_000));
    await read(`staff:${coordinator.id}`, later(2_000), 'media', '00000000-0000-4000-8000-000000000001');
    await read(`staff:${coordinator.id}`, later(3_000), 'media', '00000000-0000-4000-8000-000000000001');
    await read(`staff:${coordinator.id}`, later(4_000), 'media', '00000000-0000-4000-8000-000000000002');

    const reads = await db.selectFrom('audit_log').select(['actor', 'action', 'created_at', 'details']).where('client_id', '=', client.id).where('action', 'like', 'read.%').orderBy('created_at').execute();
    expect(reads.map((r) => [r.actor === `staff:${coordinator.id}` ? 'coordinator' : 'mentor', r.action, r.created_at.getTime() - start.getTime(), r.details])).toEqual([
      ['coordinator', 'read.thread', 0, {}],
      ['mentor', 'read.thread', 1_000, {}],
      ['coordinator', 'read.media', 2_000, { mediaId: '00000000-0000-4000-8000-000000000001' }],
      ['coordinator', 'read.media', 4_000, { mediaId: '00000000-0000-4000-8000-000000000002' }],
      ['coordinator', 'read.thread', readGrainMs + 1, {}],
    ]);
  });

  it('counts a file read by its id as a read of every case that holds it', async () => {
    const { db } = database;
    const first = await agency({ client: 'Iryna Melnyk' });
    const second = await agency({ client: 'Hanna Koval' });
    const media = await db.insertInto('media').values({ sha256: 'a'.repeat(64), content_type: 'image/jpeg', size_bytes: 10 }).returning('id').executeTakeFirstOrThrow();
    for (const { client } of [first, second]) {
      const thread = await db.selectFrom('threads').select('id').where('client_id', '=', client.id).executeTakeFirstOrThrow();
      await db.insertInto('messages').values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', media_id: media.id }).execute();
    }
    await recordMediaRead(db, { actor: 'admin', mediaId: media.id, at: new Date('2026-03-12T10:00:00Z') });
    const reads = await db.selectFrom('audit_log').select(['client_id', 'details']).where('action', '=', 'read.media').where('actor', '=', 'admin').execute();
    expect(reads).toEqual(expect.arrayContaining([
      { client_id: first.client.id, details: { mediaId: media.id } },
      { client_id: second.client.id, details: { mediaId: media.id } },
    ]));
    expect(reads).toHaveLength(2);
  });
});

describe('reading the trail', () => {
  it('narrows by client, by one actor or a kind of them, by an action or a family, and by days in the agency zone', async () => {
    const { db } = database;
    const { client, coordinator, mentorStaff, mentor } = await agency({ client: 'Svitlana Shevchenko' });
    const other = await agency({ client: 'Natalia Hrytsenko' });
    const entry = (actor: string, action: string, at: string, clientId = client.id) =>
      recordAudit(db, { actor, action, entityType: 'client', entityId: clientId, clientId, at: new Date(at) });
    // Riga's summer time starts on 29 March 2026: that day runs from 22:00 UTC the day before to 21:00 UTC.
    await entry(`staff:${coordinator.id}`, 'read.thread', '2026-03-28T21:59:59.999Z');
    await entry(`staff:${coordinator.id}`, 'read.thread', '2026-03-28T22:00:00.000Z');
    await entry(`staff:${mentorStaff.id}`, 'read.media', '2026-03-29T12:00:00.000Z');
    await entry(`mentor:${mentor.id}`, 'note.written', '2026-03-29T13:00:00.000Z');
    await entry('admin', 'read.thread', '2026-03-29T20:59:59.999Z');
    await entry('admin', 'read.thread', '2026-03-29T21:00:00.000Z');
    await entry(`staff:${coordinator.id}`, 'read.thread', '2026-03-29T14:00:00.000Z', other.client.id);

    const ats = async (filter: AuditFilter) => (await trail(filter)).items.map((item) => item.at.toISOString());
    const day = { clientIds: [client.id], from: '2026-03-29', to: '2026-03-29' };
    expect(await ats(day)).toEqual(['2026-03-29T20:59:59.999Z', '2026-03-29T13:00:00.000Z', '2026-03-29T12:00:00.000Z', '2026-03-28T22:00:00.000Z']);
    expect(await ats({ ...day, actor: 'staff' })).toEqual(['2026-03-29T12:00:00.000Z', '2026-03-28T22:00:00.000Z']);
    expect(await ats({ ...day, actor: `staff:${coordinator.id}` })).toEqual(['2026-03-28T22:00:00.000Z']);
    expect(await ats({ ...day, actor: 'admin' })).toEqual(['2026-03-29T20:59:59.999Z']);
    expect(await ats({ ...day, action: 'read.*' })).toEqual(['2026-03-29T20:59:59.999Z', '2026-03-29T12:00:00.000Z', '2026-03-28T22:00:00.000Z']);
    expect(await ats({ ...day, action: 'note.written' })).toEqual(['2026-03-29T13:00:00.000Z']);
    expect(await ats({ clientIds: [client.id], from: '2026-03-30' })).toEqual(['2026-03-29T21:00:00.000Z']);
    expect(await ats({ clientIds: [client.id], to: '2026-03-28', action: 'read.*' })).toEqual(['2026-03-28T21:59:59.999Z']);
    expect(await ats({ clientIds: [], from: '2026-03-29' })).toEqual([]);
    expect(await ats({ actor: `staff:${coordinator.id}`, from: '2026-03-29', to: '2026-03-29' })).toEqual(['2026-03-29T14:00:00.000Z', '2026-03-28T22:00:00.000Z']);
  });

  it('pages newest first, losing and repeating nothing, even among entries of one instant', async () => {
    const { db } = database;
    const { client } = await agency({ client: 'Daria Lysenko' });
    const at = new Date('2026-04-02T10:00:00Z');
    for (let i = 0; i < 7; i++) await recordAudit(db, { actor: 'admin', action: 'read.tasks', entityType: 'client', entityId: client.id, clientId: client.id, at });
    await recordAudit(db, { actor: 'admin', action: 'read.checkins', entityType: 'client', entityId: client.id, clientId: client.id, at: new Date('2026-04-02T10:00:00.001Z') });
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await trail({ clientIds: [client.id], action: 'read.*', limit: 3, cursor });
      sizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 2]);
    expect(new Set(seen).size).toBe(8);
    const all = await db.selectFrom('audit_log').select('id').where('client_id', '=', client.id).where('action', 'like', 'read.%').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    expect(seen).toEqual(all.map((row) => row.id));
  });

  it('refuses a cursor it did not hand out, naming the cursor', async () => {
    await expect(trail({ cursor: Buffer.from(JSON.stringify({ after: 'yesterday', id: 'x' })).toString('base64url') })).rejects.toMatchObject({ code: 'INVALID_CURSOR', field: 'cursor' });
  });

  it('names the people in it while they exist, with the old and new values of what changed', async () => {
    const { db } = database;
    const { client, coordinator, mentor } = await agency({ client: 'Olena Petrenko', mentor: 'Laura Ozola', coordinator: 'Ilze Bērziņa' });
    const pavel = await createMentor(db, { name: 'Pavel Orlov' }, 'admin');
    await updateClient(db, scopeAt('2026-04-03T08:00:00Z'), client.id, { mentorId: pavel.id }, `staff:${coordinator.id}`);
    await updateMentor(db, mentor.id, { name: 'Laura Ozola-Kalna', languages: ['lv', 'en'] }, `staff:${coordinator.id}`, new Date('2026-04-03T09:00:00Z'));
    await recordClientRead(db, { actor: `mentor:${pavel.id}`, clientId: client.id, what: 'thread', at: new Date('2026-04-03T10:00:00Z') });

    const [read, mentorChange, reassignment] = (await trail({ actor: 'mentor', clientIds: [client.id] })).items.concat((await trail({ actor: `staff:${coordinator.id}`, from: '2026-04-03' })).items);
    expect(read).toMatchObject({ actor: { kind: 'mentor', id: pavel.id, name: 'Pavel Orlov' }, action: 'read.thread', subject: { type: 'client', id: client.id, clientId: client.id, clientName: 'Olena Petrenko' } });
    expect(mentorChange).toMatchObject({
      actor: { kind: 'staff', id: coordinator.id, name: 'Ilze Bērziņa' },
      action: 'mentor.updated',
      subject: { type: 'mentor', id: mentor.id, name: 'Laura Ozola-Kalna', clientId: null, clientName: null },
      changes: [
        { field: 'name', from: 'Laura Ozola', to: 'Laura Ozola-Kalna' },
        { field: 'languages', from: ['en'], to: ['lv', 'en'] },
      ],
    });
    expect(reassignment).toMatchObject({ action: 'client.updated', changes: [{ field: 'mentorId', from: mentor.id, to: pavel.id, fromName: 'Laura Ozola-Kalna', toName: 'Pavel Orlov' }] });
  });
});

describe('telling an entry', () => {
  it('says who did what to whom, in the reader’s language, with the values before and after', async () => {
    const { db } = database;
    const { client, coordinator, mentorStaff, mentor } = await agency({ client: 'Olena Petrenko', mentor: 'Laura Ozola', coordinator: 'Ilze Bērziņa' });
    await recordClientRead(db, { actor: `staff:${coordinator.id}`, clientId: client.id, what: 'thread', at: new Date('2026-04-10T08:00:00Z') });
    await updateClient(db, scopeAt('2026-04-10T09:00:00Z'), client.id, { checkinTime: '10:30' }, `staff:${mentorStaff.id}`);
    await updateClient(db, scopeAt('2026-04-10T10:00:00Z'), client.id, { checkinDays: ['mon', 'wed'], status: 'paused' }, `staff:${coordinator.id}`);
    await updateStaff(db, mentorStaff.id, { role: 'coordinator' }, { now: new Date('2026-04-10T11:00:00Z'), actor: `staff:${coordinator.id}` });
    await updateMentor(db, mentor.id, { active: false }, 'admin', new Date('2026-04-10T12:00:00Z'));

    const entries = (await trail({ from: '2026-04-10', to: '2026-04-10', action: 'read.thread' })).items
      .concat((await trail({ clientIds: [client.id], action: 'client.updated' })).items.reverse())
      .concat((await trail({ action: 'staff.updated', from: '2026-04-10' })).items, (await trail({ action: 'mentor.updated', from: '2026-04-10' })).items);
    expect(entries.map((entry) => told(entry))).toEqual([
      { sentence: "Ilze Bērziņa read Olena Petrenko's thread", lines: [] },
      { sentence: "Laura Ozola changed Olena Petrenko's check-in time from 09:00 to 10:30", lines: [] },
      { sentence: "Ilze Bērziņa changed Olena Petrenko's record", lines: ['check-in days: from Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, and Sunday to Monday and Wednesday', 'status: from Active to Paused'] },
      { sentence: "Ilze Bērziņa changed Laura Ozola's record", lines: ['role: from Mentor to Coordinator', 'mentor record: from Laura Ozola to none'] },
      { sentence: "The admin API changed Laura Ozola's state from active to inactive", lines: [] },
    ]);
    expect(told(entries[0], 'lv')?.sentence).toBe('Ilze Bērziņa lasīja klienta Olena Petrenko saraksti');
    expect(told(entries[1], 'uk')?.sentence).toBe('Laura Ozola: Olena Petrenko — поле «час щоденного запитання» змінено з 09:00 на 10:30');
    expect(told(entries[0], 'ru')?.sentence).toBe('Ilze Bērziņa: просмотр переписки — Olena Petrenko');
  });

  it('tells an erased client and a former staff member by what they were, and an action it does not know by its name', () => {
    const erased: AuditTrailEntry = {
      id: '00000000-0000-4000-8000-000000000010',
      at: new Date('2026-04-11T08:00:00Z'),
      actor: { kind: 'staff', id: '00000000-0000-4000-8000-000000000011', name: null },
      action: 'read.thread',
      subject: { type: 'client', id: '00000000-0000-4000-8000-000000000012', name: null, clientId: '00000000-0000-4000-8000-000000000012', clientName: null },
      details: {},
      changes: [],
    };
    expect(told(erased)?.sentence).toBe("A former staff member read an erased client's thread");
    expect(told({ ...erased, action: 'report.sent-to-funder', actor: { kind: 'system', id: null, name: null } })?.sentence).toBe('Mentorline: report.sent-to-funder');
  });
});
