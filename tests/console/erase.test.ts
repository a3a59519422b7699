import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { fieldProblem, signedIn, textOf } from './programme-fixture.js';
import { now, programme } from './clients-fixture.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof setUp>>;

async function setUp(app: TestApp) {
  const agency = programme(app.database.db);
  const laura = await agency.mentor('Laura Ozola', 'laura@example.org');
  const ilze = await agency.coordinator();
  const olena = await agency.client('Olena Petrenko', laura.id, { chats: ['telegram'] });
  const marta = await agency.client('Marta Kalniņa', laura.id);
  await app.database.db.insertInto('erasure_requests').values({ client_id: olena, channel: 'telegram', requested_at: new Date(now.getTime() - 3600_000) }).execute();
  return { laura, ilze, olena, marta };
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  people = await setUp(t);
});
afterAll(async () => {
  await t.close();
});

describe('erasing a client from the console', () => {
  it('shows the coordinator who asked for it on Today, with what erasing removes and keeps', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    const today = await session.get('/console');
    expect(textOf(today.body)).toContain('One client asked for their data to be erased Olena Petrenko, on 11:00');
    expect(today.body).toContain(`href="/console/clients/${people.olena}/erase"`);
    const clientPage = await session.get(`/console/clients/${people.olena}`);
    expect(clientPage.body).toContain(`href="/console/clients/${people.olena}/erase"`);
    const page = await session.get(`/console/clients/${people.olena}/erase`);
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('They asked for it themselves on');
    expect(text).toContain('It removes for good');
    expect(text).toContain('It keeps');
  });

  it('asks for the client’s name typed out and for a reason before it erases anything', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    await session.get(`/console/clients/${people.olena}/erase`);
    const wrong = await session.post(`/console/clients/${people.olena}/erase`, { reason: 'asked in the bot', confirm: 'Olena' });
    expect(wrong.statusCode).toBe(400);
    expect(fieldProblem(wrong.body, 'confirm')).toBe("This is not the client's name. Type Olena Petrenko to confirm.");
    const noReason = await session.post(`/console/clients/${people.olena}/erase`, { reason: ' ', confirm: 'olena  petrenko' });
    expect(noReason.statusCode).toBe(400);
    expect(fieldProblem(noReason.body, 'reason')).toBe('must say why the client is erased');
    expect(await t.database.db.selectFrom('clients').select('id').where('id', '=', people.olena).execute()).toHaveLength(1);
    const withoutToken = await session.post(`/console/clients/${people.olena}/erase`, { _csrf: null, reason: 'x', confirm: 'Olena Petrenko' });
    expect(withoutToken.statusCode).toBe(403);
  });

  it('erases once confirmed, under the coordinator, and says so on a page that survives a reload', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    await session.get(`/console/clients/${people.olena}/erase`);
    const done = await session.post(`/console/clients/${people.olena}/erase`, { reason: 'Olena Petrenko asked in the bot', confirm: 'Olena Petrenko' });
    expect(done.statusCode).toBe(303);
    const erasedPage = await session.get(done.headers.location as string);
    expect(erasedPage.statusCode).toBe(200);
    expect(textOf(erasedPage.body)).toContain('Reason kept with the record: [client] asked in the bot');
    expect(erasedPage.body).not.toContain('Olena');
    expect((await session.get(`/console/clients/${people.olena}`)).statusCode).toBe(404);
    const erasure = await t.database.db.selectFrom('erasures').selectAll().executeTakeFirstOrThrow();
    expect(erasure).toMatchObject({ client_id: people.olena, erased_by: `staff:${people.ilze.staff.id}` });
    expect(erasure.request_id).not.toBeNull();
    expect(textOf((await session.get('/console')).body)).not.toContain('asked for their data to be erased');
  });

  it('is for coordinators: a mentor is refused, and sees no way to it', async () => {
    const mentor = await signedIn(t, 'laura@example.org');
    expect((await mentor.get(`/console/clients/${people.marta}/erase`)).statusCode).toBe(403);
    await mentor.get(`/console/clients/${people.marta}`);
    const refused = await mentor.post(`/console/clients/${people.marta}/erase`, { reason: 'x', confirm: 'Marta Kalniņa' });
    expect(refused.statusCode).toBe(403);
    expect(await t.database.db.selectFrom('clients').select('id').where('id', '=', people.marta).execute()).toHaveLength(1);
    expect((await mentor.get(`/console/clients/${people.marta}`)).body).not.toContain('/erase');
  });
});
