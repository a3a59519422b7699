import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { fieldProblem, programme, signedIn, textOf } from './programme-fixture.js';

const now = new Date('2026-12-01T10:00:00Z');
let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;
let olenaAlert: string;
let martaAlert: string;

beforeEach(async () => {
  t = await createTestApp({ clock: () => now });
  people = await programme(t.database.db);
  const rows = await t.database.db
    .insertInto('alerts')
    .values([
      { client_id: people.olena.id, mentor_id: people.laura.id, kind: 'crisis_words', created_at: new Date('2026-12-01T08:30:00Z') },
      { client_id: people.marta.id, mentor_id: people.pavel.id, kind: 'low_mood', created_at: new Date('2026-12-01T07:00:00Z') },
    ])
    .returning('id')
    .execute();
  olenaAlert = rows[0]?.id ?? '';
  martaAlert = rows[1]?.id ?? '';
});
afterEach(async () => {
  await t.close();
});

const alertRow = (id: string) => t.database.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('the alerts page for a coordinator', () => {
  it('lists every open alert with client, kind, when and mentor, and acknowledges one as the coordinator', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get('/console/alerts');
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('2 new alerts nobody has looked at');
    expect(text).toMatch(/Marta Kalniņa Low mood .*Pavel Orlov Nobody yet/);
    expect(text).toMatch(/Olena Petrenko Words of crisis .*Laura Ozola Nobody yet/);
    // Oldest first: Marta's has waited longer.
    expect(text.indexOf('Marta Kalniņa')).toBeLessThan(text.indexOf('Olena Petrenko'));

    const acknowledged = await ilze.post(`/console/alerts/${olenaAlert}/acknowledge`, { back: 'list' });
    expect(acknowledged.statusCode).toBe(303);
    expect(acknowledged.headers.location).toBe('/console/alerts?done=alert-acknowledged');
    expect(await alertRow(olenaAlert)).toMatchObject({ acknowledged_at: now, acknowledged_by: `staff:${people.ilze.id}` });

    const after = await ilze.get('/console/alerts?done=alert-acknowledged');
    expect(textOf(after.body)).toContain('The alert is acknowledged: you follow up.');
    expect(textOf(after.body)).toMatch(/One being followed up .*Olena Petrenko Words of crisis .*Ilze Bērziņa, 12:00/);

    await ilze.get(`/console/alerts/${olenaAlert}`);
    const twice = await ilze.post(`/console/alerts/${olenaAlert}/acknowledge`, { back: 'alert' });
    expect(twice.headers.location).toBe(`/console/alerts/${olenaAlert}?done=alert-already-acknowledged`);
  });

  it('resolves an alert with a note, refusing one without, and shows it among the recently resolved', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get(`/console/alerts/${olenaAlert}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="note"');

    const empty = await ilze.post(`/console/alerts/${olenaAlert}/resolve`, { note: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(fieldProblem(empty.body, 'note')).toBe('must say what was done');
    expect((await alertRow(olenaAlert)).resolved_at).toBeNull();

    const resolved = await ilze.post(`/console/alerts/${olenaAlert}/resolve`, { note: 'Called Olena: she is safe and sees her doctor on Monday.' });
    expect(resolved.statusCode).toBe(303);
    expect(resolved.headers.location).toBe('/console/alerts?done=alert-resolved');
    expect(await alertRow(olenaAlert)).toMatchObject({
      resolved_at: now,
      resolved_by: `staff:${people.ilze.id}`,
      acknowledged_by: `staff:${people.ilze.id}`,
      resolution_note: 'Called Olena: she is safe and sees her doctor on Monday.',
    });
    const list = textOf((await ilze.get('/console/alerts?done=alert-resolved')).body);
    expect(list).toContain('The alert is resolved, with your note of what was done.');
    expect(list).toMatch(/Resolved in the last 7 days .*Olena Petrenko Words of crisis .*Ilze Bērziņa, 12:00\b.* Called Olena: she is safe/);

    await ilze.get(`/console/alerts/${olenaAlert}`);
    const again = await ilze.post(`/console/alerts/${olenaAlert}/resolve`, { note: 'Something else' });
    expect(again.headers.location).toBe(`/console/alerts/${olenaAlert}?done=alert-already-resolved`);
    expect((await alertRow(olenaAlert)).resolution_note).toBe('Called Olena: she is safe and sees her doctor on Monday.');
  });

  it('narrows the list to one mentor’s clients when asked, as the mentors page links it', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = textOf((await ilze.get(`/console/alerts?mentorId=${people.pavel.id}`)).body);
    expect(page).toContain('Alerts about the clients of Pavel Orlov.');
    expect(page).toContain('Marta Kalniņa');
    expect(page).not.toContain('Olena Petrenko');
    expect((await ilze.get('/console/alerts?mentorId=not-a-mentor')).statusCode).toBe(404);
  });
});

describe('the alerts page for a mentor', () => {
  it('lists only their own clients’ alerts, and answers 404 for another mentor’s client’s alert, changing nothing', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    const page = await laura.get('/console/alerts');
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Olena Petrenko');
    expect(textOf(page.body)).not.toContain('Marta Kalniņa');
    // Asking for another mentor's clients changes nothing for a mentor.
    expect(textOf((await laura.get(`/console/alerts?mentorId=${people.pavel.id}`)).body)).not.toContain('Marta Kalniņa');

    const other = await laura.get(`/console/alerts/${martaAlert}`);
    expect(other.statusCode).toBe(404);
    expect(textOf(other.body)).not.toContain('Marta');
    expect((await laura.post(`/console/alerts/${martaAlert}/acknowledge`)).statusCode).toBe(404);
    expect((await laura.post(`/console/alerts/${martaAlert}/resolve`, { note: 'not mine' })).statusCode).toBe(404);
    expect(await alertRow(martaAlert)).toMatchObject({ acknowledged_at: null, resolved_at: null });

    const own = await laura.post(`/console/alerts/${olenaAlert}/acknowledge`, { back: 'alert' });
    expect(own.statusCode).toBe(303);
    expect(await alertRow(olenaAlert)).toMatchObject({ acknowledged_by: `staff:${people.lauraStaff.id}` });
  });

  it('loses sight of an alert when its client is handed to another mentor', async () => {
    const { db } = t.database;
    await db.updateTable('assignments').set({ ended_at: now }).where('client_id', '=', people.olena.id).execute();
    await db.insertInto('assignments').values({ client_id: people.olena.id, mentor_id: people.pavel.id, started_at: now }).execute();
    const laura = await signedIn(t, 'laura@example.org');
    expect(textOf((await laura.get('/console/alerts')).body)).not.toContain('Olena Petrenko');
    expect((await laura.get(`/console/alerts/${olenaAlert}`)).statusCode).toBe(404);
  });

  it('answers 404 for an id that is not one', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    expect((await laura.get('/console/alerts/12345')).statusCode).toBe(404);
    expect((await laura.post('/console/alerts/12345/acknowledge')).statusCode).toBe(404);
  });
});
