import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientRow, csvFile, header, importNow, importPeople, recordCounts } from '../support/client-import-fixture.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof importPeople>>;

beforeAll(async () => {
  t = await createTestApp({ clock: () => importNow });
  people = await importPeople(t.database.db);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  // Each test starts with no clients, so counts and phone numbers are its own.
  const { db } = t.database;
  await db.deleteFrom('assignments').execute();
  await db.deleteFrom('threads').execute();
  await db.deleteFrom('clients').execute();
});

const send = (payload: Buffer | string, query = '', contentType = 'text/csv') =>
  t.app.inject({ method: 'POST', url: `/api/clients/import${query}`, headers: { ...auth, 'content-type': contentType }, payload });
const preview = (file: Buffer | string) => send(file);
const commit = (file: Buffer | string) => send(file, '?commit=true');

/** The message `POST /api/clients` gives for a field of an otherwise good client. */
async function singleCreateMessage(field: string, value: unknown): Promise<string> {
  const body = { name: 'Someone', mentorId: people.laura.id, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:30', [field]: value };
  const answer = await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: body });
  expect(answer.statusCode, answer.body).toBe(400);
  return answer.json().error.details.issues[0].message;
}

function expectFileRefused(answer: { statusCode: number; json(): any; body: string }, code: string, message: RegExp) {
  expect(answer.statusCode, answer.body).toBe(400);
  expect(answer.json()).toEqual({ error: { code, message: expect.stringMatching(message), details: { field: expect.any(String) } } });
  expect(answer.body).not.toMatch(/at .*\.[jt]s:\d+/);
}

const fourClients = () =>
  csvFile([
    header,
    clientRow('Olena Petrenko', { phone: '+371 2000 0001' }),
    clientRow('Andrii Koval', { mentorEmail: 'pavel@example.org', phone: '+37120000002' }),
    clientRow('Marta Kalniņa', { timezone: 'Mars/Olympus' }),
    clientRow('Amir Haddad', { checkinDays: '', consentGiven: '' }),
  ]);

describe('POST /api/clients/import', () => {
  it('takes back what our exports guard: a phone or a name written behind an apostrophe', async () => {
    const file = csvFile([header, clientRow("'=Not a formula", { phone: "'+37120000031" })]);
    const committed = await commit(file);
    expect(committed.statusCode, committed.body).toBe(201);
    const created = await t.database.db.selectFrom('clients').select(['name', 'phone']).execute();
    expect(created).toEqual([{ name: '=Not a formula', phone: '+37120000031' }]);
  });

  it('previews a file with one bad row with exactly that error, and a commit writes nothing and names row 3 and timezone', async () => {
    const message = await singleCreateMessage('timezone', 'Mars/Olympus');
    const expected = { rows: 4, valid: 3, errors: [{ row: 3, field: 'timezone', message }] };
    const before = await recordCounts(t.database.db);

    const previewed = await preview(fourClients());
    expect(previewed.statusCode).toBe(200);
    expect(previewed.json()).toEqual(expected);
    expect(await recordCounts(t.database.db)).toEqual(before);

    const committed = await commit(fourClients());
    expect(committed.statusCode).toBe(400);
    expect(committed.json()).toEqual(expected);
    expect(await recordCounts(t.database.db)).toEqual(before);
  });

  it('commits a good file in one go: every client with a thread, the right mentor by email, and one audit entry of the import', async () => {
    const file = csvFile([
      header,
      clientRow('Client 1'),
      clientRow('Client 2', { mentorEmail: 'PAVEL@example.org ' }),
      clientRow('Client 3'),
      clientRow('Amir Haddad', { checkinDays: '', consentGiven: 'no', country: '', programme: '', mentorEmail: '' }),
    ]);
    const before = await recordCounts(t.database.db);
    const answer = await commit(file);
    expect(answer.statusCode, answer.body).toBe(201);
    const body = answer.json();
    expect(body).toMatchObject({ rows: 4, valid: 4, errors: [] });
    expect(body.created.map((one: { row: number }) => one.row)).toEqual([1, 2, 3, 4]);

    const { db } = t.database;
    const ids = body.created.map((one: { id: string }) => one.id);
    const clients = await db.selectFrom('clients').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(clients.map((client) => [client.id, client]));
    expect(byId.get(ids[0])).toMatchObject({ name: 'Client 1', language: 'uk', timezone: 'Europe/Tallinn', checkin_time: '09:30:00', checkin_days: [1, 3, 5], phone: null, country: 'Ukraine', programme: 'Resettlement 2026', consent_given: true, consent_method: 'in_person', consent_at: importNow });
    expect(byId.get(ids[3])).toMatchObject({ name: 'Amir Haddad', checkin_days: [1, 2, 3, 4, 5, 6, 7], country: null, programme: null, consent_given: false, consent_at: null });

    const assignments = await db.selectFrom('assignments').select(['client_id', 'mentor_id', 'started_at']).where('client_id', 'in', ids).execute();
    const mentorOf = new Map(assignments.map((one) => [one.client_id, one.mentor_id]));
    expect(ids.map((id: string) => mentorOf.get(id) ?? null)).toEqual([people.laura.id, people.pavel.id, people.laura.id, null]);
    expect(assignments.every((one) => one.started_at.getTime() === importNow.getTime())).toBe(true);

    const after = await recordCounts(db);
    expect(after).toEqual({ clients: before.clients + 4, threads: before.threads + 4, assignments: before.assignments + 3, audit: before.audit + 5 });
    // Every import in this file is at the same instant of the test's clock: the entry is found by its clients.
    const entry = await db.selectFrom('audit_log').selectAll().where('action', '=', 'clients.imported').where(sql<boolean>`details->'clientIds' ? ${ids[0]}`).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: 'admin', entity_type: 'client_import', details: { rows: 4, created: 4, clientIds: ids } });
    const created = await db.selectFrom('audit_log').select('actor').where('action', '=', 'client.created').where('entity_id', 'in', ids).execute();
    expect(created).toEqual(ids.map(() => ({ actor: 'admin' })));
  });

  it('commits a file that names mentors by record id', async () => {
    const columns = header.map((column) => (column === 'mentorEmail' ? 'mentorId' : column));
    const file = csvFile([columns, clientRow('Olena', { mentorEmail: people.pavel.id }), clientRow('Marta', { mentorEmail: people.laura.id.toUpperCase() })]);
    const answer = await commit(file);
    expect(answer.statusCode, answer.body).toBe(201);
    const ids = answer.json().created.map((one: { id: string }) => one.id);
    const assignments = await t.database.db.selectFrom('assignments').select(['client_id', 'mentor_id']).where('client_id', 'in', ids).execute();
    const mentorOf = new Map(assignments.map((one) => [one.client_id, one.mentor_id]));
    expect(ids.map((id: string) => mentorOf.get(id))).toEqual([people.pavel.id, people.laura.id]);
  });

  it('names both rows of a phone number given twice, however it is written', async () => {
    const file = csvFile([header, clientRow('Olena', { phone: '+371 2000 0001' }), clientRow('Andrii'), clientRow('Marta', { phone: '+37120000001', timezone: 'Nowhere' })]);
    const answer = await preview(file);
    expect(answer.json()).toEqual({
      rows: 3,
      valid: 1,
      errors: [
        { row: 1, field: 'phone', message: 'the same phone number is also on row 3 of this file' },
        { row: 3, field: 'timezone', message: await singleCreateMessage('timezone', 'Nowhere') },
        { row: 3, field: 'phone', message: 'the same phone number is also on row 1 of this file' },
      ],
    });
    expect((await commit(file)).statusCode).toBe(400);
    expect((await recordCounts(t.database.db)).clients).toBe(0);
  });

  it('refuses a phone number another client has, in the words of a single enrolment, and a number that is not one', async () => {
    const single = { name: 'First', mentorId: null, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:30', phone: '+37120000009' };
    expect((await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: single })).statusCode).toBe(201);
    const taken = await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: { ...single, name: 'Second' } });
    expect(taken.statusCode).toBe(409);
    const answer = await preview(csvFile([header, clientRow('Olena', { phone: '+371 2000 0009' }), clientRow('Andrii', { phone: '12345' })]));
    expect(answer.json()).toEqual({
      rows: 2,
      valid: 0,
      errors: [
        { row: 1, field: 'phone', message: taken.json().error.message },
        { row: 2, field: 'phone', message: await singleCreateMessage('phone', '12345') },
      ],
    });
  });

  it('refuses a mentor email nobody mentors with, a coordinator\'s, a malformed one, and an inactive mentor', async () => {
    const file = csvFile([
      header,
      clientRow('A', { mentorEmail: 'nobody@example.org' }),
      clientRow('B', { mentorEmail: 'ilze@example.org' }),
      clientRow('C', { mentorEmail: 'not an email' }),
      clientRow('D', { mentorEmail: 'old@example.org' }),
      clientRow('E'),
    ]);
    expect((await preview(file)).json()).toEqual({
      rows: 5,
      valid: 1,
      errors: [
        { row: 1, field: 'mentorEmail', message: 'no mentor has a console account with the email nobody@example.org' },
        { row: 2, field: 'mentorEmail', message: 'no mentor has a console account with the email ilze@example.org' },
        { row: 3, field: 'mentorEmail', message: 'must be an email address' },
        { row: 4, field: 'mentorEmail', message: 'the mentor Old Mentor is not active' },
      ],
    });
    const columns = header.map((column) => (column === 'mentorEmail' ? 'mentorId' : column));
    const byId = csvFile([columns, clientRow('A', { mentorEmail: '6f1c1d4e-1b7a-4c8e-9a57-1f0b7a3e2d10' }), clientRow('B', { mentorEmail: 'laura' }), clientRow('C', { mentorEmail: people.old.id })]);
    expect((await preview(byId)).json()).toEqual({
      rows: 3,
      valid: 0,
      errors: [
        { row: 1, field: 'mentorId', message: 'no mentor with id 6f1c1d4e-1b7a-4c8e-9a57-1f0b7a3e2d10' },
        { row: 2, field: 'mentorId', message: await singleCreateMessage('mentorId', 'laura') },
        { row: 3, field: 'mentorId', message: 'the mentor Old Mentor is not active' },
      ],
    });
  });

  it('checks every field as a single enrolment does, one message per field, in the columns\' order', async () => {
    const file = csvFile([header, clientRow('  ', { language: 'Ukrainian', checkinTime: '25:00', checkinDays: 'mon, funday', consentGiven: 'maybe' })]);
    const answer = await preview(file);
    expect(answer.json()).toEqual({
      rows: 1,
      valid: 0,
      errors: [
        { row: 1, field: 'name', message: await singleCreateMessage('name', '  ') },
        { row: 1, field: 'language', message: await singleCreateMessage('language', 'Ukrainian') },
        { row: 1, field: 'checkinTime', message: await singleCreateMessage('checkinTime', '25:00') },
        { row: 1, field: 'checkinDays', message: await singleCreateMessage('checkinDays', ['mon', 'funday']) },
        { row: 1, field: 'consentGiven', message: 'must be true or false (yes or no, 1 or 0)' },
      ],
    });
  });

  it('reads a spreadsheet\'s own ways: a byte-order mark, LF or CR LF, semicolons, loose header case, optional columns left out, blank rows', async () => {
    const text = '\uFEFFName;LANGUAGE; timezone ;checkinTime;mentorEmail\n\nOlena;uk;Europe/Riga;9:30;laura@example.org\r\n;;;;\nMarta;lv;Europe/Riga;bad;\n';
    const answer = await preview(Buffer.from(text));
    expect(answer.json()).toEqual({ rows: 2, valid: 1, errors: [{ row: 4, field: 'checkinTime', message: await singleCreateMessage('checkinTime', 'bad') }] });
    const committed = await commit(Buffer.from(text.replace(';bad;', ';21:00;')));
    expect(committed.statusCode).toBe(201);
    expect(committed.json().created.map((one: { row: number }) => one.row)).toEqual([2, 4]);
    const olena = await t.database.db.selectFrom('clients').selectAll().where('name', '=', 'Olena').executeTakeFirstOrThrow();
    expect(olena).toMatchObject({ checkin_time: '09:30:00', consent_given: false, phone: null });
  });

  it.each([
    ['a required column is missing', [header.filter((column) => column !== 'timezone')], 'IMPORT_MISSING_COLUMN', /required column timezone/],
    ['both mentor columns', [[...header, 'mentorId']], 'IMPORT_MENTOR_COLUMN', /exactly one column: mentorEmail or mentorId/],
    ['neither mentor column', [header.filter((column) => column !== 'mentorEmail')], 'IMPORT_MENTOR_COLUMN', /exactly one column/],
    ['an unknown column', [[...header, 'birthday']], 'IMPORT_UNKNOWN_COLUMN', /unknown column "birthday"/],
    ['a column twice', [[...header, 'Phone']], 'IMPORT_DUPLICATE_COLUMN', /column phone twice/],
    ['no header', [clientRow('Olena')], 'IMPORT_NO_HEADER', /first line must be the header/],
    ['a header only', [header], 'IMPORT_NO_ROWS', /no clients under it/],
    ['a row of other width', [header, clientRow('Olena').slice(1)], 'IMPORT_ROW_CELLS', /row 1 has 9 cells where the header has 10/],
  ])('refuses a file with %s, naming it, and writes nothing', async (_case, rows, code, message) => {
    const before = await recordCounts(t.database.db);
    expectFileRefused(await preview(csvFile(rows)), code, message);
    expectFileRefused(await commit(csvFile(rows)), code, message);
    expect(await recordCounts(t.database.db)).toEqual(before);
  });

  it('refuses a file of 6,000 clients', async () => {
    const rows = Array.from({ length: 6_000 }, (_, n) => clientRow(`Client ${n + 1}`));
    const file = csvFile([header, ...rows]);
    expect(file.length).toBeLessThan(2 * 1024 * 1024);
    expectFileRefused(await commit(file), 'IMPORT_TOO_MANY_ROWS', /more than 5000 clients; at most 5000 clients can be enrolled/);
    expect((await recordCounts(t.database.db)).clients).toBe(0);
  });

  it('answers malformed and binary bodies with a 400 naming the problem, and goes on working', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expectFileRefused(await commit(png), 'IMPORT_NOT_UTF8', /not UTF-8 text/);
    expectFileRefused(await commit(Buffer.from(`${header.join(',')}\nOl\0ena,x\n`)), 'IMPORT_NOT_TEXT', /NUL characters/);
    expectFileRefused(await commit(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28])), 'IMPORT_NOT_UTF8', /not UTF-8/);
    expectFileRefused(await commit(Buffer.from(`${header.join(',')}\n"Olena,laura@example.org,uk\n`)), 'IMPORT_NOT_CSV', /quoted cell is never closed/);
    expectFileRefused(await commit(Buffer.from(`${header.join(',')}\n${'x'.repeat(20_000)},a\n`)), 'IMPORT_NOT_CSV', /longer than 10000 characters/);
    expectFileRefused(await commit(Buffer.alloc(0)), 'IMPORT_EMPTY', /empty/);
    expectFileRefused(await commit(Buffer.from('\r\n \r\n')), 'IMPORT_EMPTY', /empty/);
    expect((await commit(csvFile([header, clientRow('Olena')]))).statusCode).toBe(201);
  });

  it('takes text/csv only, in UTF-8, within 2 MB', async () => {
    const file = csvFile([header, clientRow('Olena')]);
    expectFileRefused(await send(JSON.stringify({ name: 'Olena' }), '', 'application/json'), 'IMPORT_CONTENT_TYPE', /Content-Type: text\/csv/);
    expectFileRefused(await send(file, '', 'application/octet-stream'), 'IMPORT_CONTENT_TYPE', /text\/csv/);
    expectFileRefused(await send(file, '', 'text/csv; charset=windows-1257'), 'IMPORT_NOT_UTF8', /must be UTF-8/);
    const bare = await t.app.inject({ method: 'POST', url: '/api/clients/import', headers: auth });
    expectFileRefused(bare, 'IMPORT_CONTENT_TYPE', /text\/csv/);
    const large = Buffer.concat([file, Buffer.alloc(2 * 1024 * 1024, 'a')]);
    const tooLarge = await send(large, '?commit=true');
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().error.code).toBe('BODY_TOO_LARGE');
    expect((await send(file, '', 'text/csv; charset=UTF-8')).statusCode).toBe(200);
    const badQuery = await send(file, '?commit=yes');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.details).toMatchObject({ field: 'commit', in: 'querystring' });
    expect((await recordCounts(t.database.db)).clients).toBe(0);
  });

  it('needs the admin token, and leaves other routes to JSON', async () => {
    const file = csvFile([header, clientRow('Olena')]);
    const answer = await t.app.inject({ method: 'POST', url: '/api/clients/import', headers: { 'content-type': 'text/csv' }, payload: file });
    expect(answer.statusCode).toBe(401);
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/clients', headers: { ...auth, 'content-type': 'text/csv' }, payload: file });
    expect(elsewhere.statusCode).toBe(415);
    const docs = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(docs.paths['/api/clients/import'].post.requestBody.content).toHaveProperty(['text/csv']);
  });
});
