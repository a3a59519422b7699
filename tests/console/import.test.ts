import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../support/console-session.js';
import { clientRow, csvFile, header, importNow, recordCounts } from '../support/client-import-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { postWithFile } from './client-page-support.js';
import { fieldProblem, programme, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;

beforeEach(async () => {
  t = await createTestApp({ clock: () => importNow });
  people = await programme(t.database.db);
});
afterEach(async () => {
  await t.close();
});

/** A file of clients of Laura (the one mentor with a console account), the last one without a mentor. */
const goodFile = () =>
  csvFile([
    header,
    clientRow('Andrii Koval', { phone: '+371 2000 0001' }),
    clientRow('Amina Yusuf', { language: 'en', checkinDays: 'mon tue' }),
    clientRow('Jonas Berg', { mentorEmail: '', consentGiven: 'no' }),
  ]);

const upload = (session: ConsoleSession, bytes: Buffer, name = 'clients.csv') =>
  postWithFile(t.app, session, '/console/enrol/import', {}, { field: 'file', name, type: 'text/csv', bytes });

/** The hidden fields of the page's confirmation form, as the browser would post them back. */
function confirmation(html: string): { content: string; fileName: string } {
  const form = /<form[^>]*action="\/console\/enrol\/import\/confirm"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden = (name: string) => new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(form)?.[1];
  const content = hidden('content');
  if (content === undefined) throw new Error('the page has no confirmation form');
  return { content, fileName: textOf(hidden('fileName') ?? '') };
}

const confirm = (session: ConsoleSession, fields: Record<string, string>) => postWithFile(t.app, session, '/console/enrol/import/confirm', fields, null);

async function followed(session: ConsoleSession, answer: LightMyRequestResponse): Promise<LightMyRequestResponse> {
  expect(answer.statusCode, answer.body).toBe(303);
  return session.get(answer.headers.location ?? '');
}

describe('enrolling clients from a file in the console', () => {
  it('is offered from the enrol page, says what each column takes, and gives a template with the header row', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    expect((await ilze.get('/console/enrol')).body).toContain('href="/console/enrol/import"');
    const page = await ilze.get('/console/enrol/import');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<form method="post" action="\/console\/enrol\/import"[^>]*enctype="multipart\/form-data"/);
    expect(page.body).toContain('name="file"');
    for (const column of header) expect(page.body, column).toContain(`<code>${column}</code>`);
    expect(page.body).toContain('href="/console/enrol/import/template.csv"');

    const template = await ilze.get('/console/enrol/import/template.csv');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(template.headers['content-disposition']).toBe('attachment; filename="clients.csv"');
    expect(template.body).toBe(`\uFEFF${header.join(',')}\r\n`);
  });

  it('previews a file with a bad row: every row with its values, the problem next to its cell, no way to enrol, and nothing written', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/import');
    const before = await recordCounts(t.database.db);
    const file = csvFile([header, clientRow('Andrii Koval'), clientRow('Amina Yusuf'), clientRow('Jonas Berg', { timezone: 'Mars/Olympus' })]);
    const answer = await upload(ilze, file);
    expect(answer.statusCode).toBe(200);
    const text = textOf(answer.body);
    expect(text).toContain('Check of clients.csv');
    expect(text).toMatch(/3 Clients in the file 2 Ready to enrol 1 Rows with problems/);
    expect(text).toContain('One row needs correcting before anyone is enrolled.');
    expect(text).toContain('Row 3 , timezone : must be an IANA time zone name such as Europe/Riga');
    const rowThree = /<tr id="row-3">[\s\S]*?<\/tr>/.exec(answer.body)?.[0] ?? '';
    expect(textOf(rowThree)).toContain('Mars/Olympus must be an IANA time zone name such as Europe/Riga');
    expect(textOf(rowThree)).toContain('1 problem');
    expect(answer.body).toContain('Andrii Koval');
    expect(answer.body).not.toContain('action="/console/enrol/import/confirm"');
    expect(await recordCounts(t.database.db)).toEqual(before);
  });

  it('enrols every row after the preview, as the coordinator, and lists the clients linked to their pages', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/import');
    const previewed = await upload(ilze, goodFile(), 'new clients.csv');
    expect(previewed.statusCode).toBe(200);
    expect(textOf(previewed.body)).toContain('Every row is ready');
    expect(previewed.body).toContain('Enrol 3 clients');
    const carried = confirmation(previewed.body);
    expect(Buffer.from(carried.content, 'base64').equals(goodFile())).toBe(true);
    expect(carried.fileName).toBe('new clients.csv');

    const posted = await confirm(ilze, carried);
    const { db } = t.database;
    const entry = await db.selectFrom('audit_log').selectAll().where('action', '=', 'clients.imported').executeTakeFirstOrThrow();
    expect(posted.headers.location).toBe(`/console/enrol/import/${entry.entity_id}`);
    expect(entry).toMatchObject({ actor: `staff:${people.ilze.id}`, details: { rows: 3, created: 3 } });
    const done = await followed(ilze, posted);
    expect(done.statusCode).toBe(200);
    expect(textOf(done.body)).toContain('3 clients enrolled');

    const clients = await db.selectFrom('clients').select(['id', 'name', 'phone']).where('name', 'in', ['Andrii Koval', 'Amina Yusuf', 'Jonas Berg']).execute();
    expect(clients).toHaveLength(3);
    for (const client of clients) expect(done.body).toContain(`<a href="/console/clients/${client.id}">${client.name}</a>`);
    expect(clients.find((client) => client.name === 'Andrii Koval')?.phone).toBe('+37120000001');
    const assignments = await db.selectFrom('assignments').innerJoin('clients', 'clients.id', 'assignments.client_id').select(['clients.name', 'assignments.mentor_id']).where('clients.name', 'in', ['Andrii Koval', 'Amina Yusuf', 'Jonas Berg']).execute();
    expect(assignments.map((one) => [one.name, one.mentor_id]).sort()).toEqual([['Amina Yusuf', people.laura.id], ['Andrii Koval', people.laura.id]]);
    expect(textOf(done.body)).toMatch(/Jonas Berg No mentor yet/);
    const created = await db.selectFrom('audit_log').select('actor').where('action', '=', 'client.created').where('entity_id', 'in', clients.map((client) => client.id)).execute();
    expect(created).toEqual(clients.map(() => ({ actor: `staff:${people.ilze.id}` })));

    // Reloading the list enrols nobody again.
    await ilze.get(posted.headers.location ?? '');
    expect((await db.selectFrom('clients').select('id').where('name', '=', 'Andrii Koval').execute())).toHaveLength(1);
    expect((await ilze.get('/console/enrol/import/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await ilze.get('/console/enrol/import/not-an-id')).statusCode).toBe(404);
  });

  it('checks the carried file again on confirming: a changed one, or one that became invalid meanwhile, enrols nobody', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/import');
    const carried = confirmation((await upload(ilze, goodFile())).body);
    const before = await recordCounts(t.database.db);

    const changed = csvFile([header, clientRow('Andrii Koval'), clientRow('Amina Yusuf', { checkinTime: 'noon' })]);
    const refused = await confirm(ilze, { ...carried, content: changed.toString('base64') });
    expect(refused.statusCode).toBe(400);
    expect(textOf(refused.body)).toContain('Row 2 , checkinTime : must be a local time in HH:MM form, 00:00 to 23:59');

    // Meanwhile someone enrols a client with the phone number of row 1.
    await t.database.db.insertInto('clients').values({ name: 'Someone else', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00', phone: '+37120000001' }).execute();
    const taken = await confirm(ilze, carried);
    expect(taken.statusCode).toBe(400);
    expect(textOf(taken.body)).toContain('Row 1 , phone : another client already has this phone number');
    expect(textOf(taken.body)).not.toContain('Every row is ready');

    const lost = await confirm(ilze, { ...carried, content: 'this is not base64!' });
    expect(lost.statusCode).toBe(400);
    expect(fieldProblem(lost.body, 'file')).toBe('The checked file did not come back with the form. Choose it again.');
    expect(await recordCounts(t.database.db)).toEqual({ ...before, clients: before.clients + 1 });
  });

  it('carries a file of nearly 2 MB through the confirmation, and refuses a carried one beyond it', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/import');
    const long = 'x'.repeat(200);
    const rows = Array.from({ length: 4_350 }, (_, n) => clientRow(`Client ${n + 1} ${long}`.slice(0, 200), { programme: long }));
    rows[4_099] = clientRow('Late Row', { checkinTime: 'noon' });
    const file = csvFile([header, ...rows]);
    expect(file.length).toBeGreaterThan(1.9 * 1024 * 1024);
    expect(file.length).toBeLessThan(2 * 1024 * 1024);
    const carried = await confirm(ilze, { content: file.toString('base64'), fileName: 'big.csv' });
    expect(carried.statusCode).toBe(400);
    expect(textOf(carried.body)).toContain('Row 4100 , checkinTime : must be a local time in HH:MM form');

    const beyond = Buffer.concat([file, Buffer.alloc(200 * 1024, 'a')]);
    const refused = await confirm(ilze, { content: beyond.toString('base64'), fileName: 'big.csv' });
    expect(refused.statusCode).toBe(400);
    expect(fieldProblem(refused.body, 'file')).toBe('The checked file did not come back with the form. Choose it again.');
    expect((await recordCounts(t.database.db)).clients).toBe(2);
  });

  it('refuses, next to the file field, no file, a file too large, and one that is not CSV', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/import');
    const none = await postWithFile(t.app, ilze, '/console/enrol/import', {}, null);
    expect(none.statusCode).toBe(400);
    expect(fieldProblem(none.body, 'file')).toBe('Choose a CSV file.');
    const large = await upload(ilze, Buffer.concat([goodFile(), Buffer.alloc(2 * 1024 * 1024, 'a')]));
    expect(large.statusCode).toBe(400);
    expect(fieldProblem(large.body, 'file')).toBe('The file is larger than 2 MB.');
    const png = await upload(ilze, Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex'), 'photo.png');
    expect(png.statusCode).toBe(400);
    expect(fieldProblem(png.body, 'file')).toBe('the file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"');
    const noMentor = await upload(ilze, csvFile([header.filter((column) => column !== 'mentorEmail'), clientRow('A').slice(0, 9)]));
    expect(fieldProblem(noMentor.body, 'file')).toBe('the header must name mentors in exactly one column: mentorEmail or mentorId');
  });

  it('is for coordinators: a mentor is refused every page of it with a 403, and enrols nobody', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    for (const path of ['/console/enrol/import', '/console/enrol/import/template.csv']) {
      expect((await laura.get(path)).statusCode, path).toBe(403);
    }
    await laura.get('/console');
    const before = await recordCounts(t.database.db);
    const posted = await upload(laura, goodFile());
    expect(posted.statusCode).toBe(403);
    expect(textOf(posted.body)).not.toContain('Andrii Koval');
    expect((await confirm(laura, { content: goodFile().toString('base64'), fileName: 'clients.csv' })).statusCode).toBe(403);
    expect(await recordCounts(t.database.db)).toEqual(before);
  });

  it('needs the form token on both posts', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/import');
    const before = await recordCounts(t.database.db);
    const file = goodFile();
    const noToken = await postWithFile(t.app, ilze, '/console/enrol/import', { _csrf: '' }, { field: 'file', name: 'clients.csv', type: 'text/csv', bytes: file });
    expect(noToken.statusCode).toBe(403);
    const forged = await confirm(ilze, { _csrf: 'forged-token', content: file.toString('base64'), fileName: 'clients.csv' });
    expect(forged.statusCode).toBe(403);
    expect(await recordCounts(t.database.db)).toEqual(before);
  });
});
