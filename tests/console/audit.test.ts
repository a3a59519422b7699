import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/core/audit.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import type { ConsoleSession } from '../support/console-session.js';
import { programme, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;
let now = new Date('2026-11-20T09:00:00Z');
/** Sets the service's clock to an instant, as Riga's wall clock reads it in winter (UTC+2). */
const at = (riga: string) => {
  now = new Date(`${riga}+02:00`);
};

const noteText = 'Worried about the rent for December';

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  people = await programme(t.database.db);

  // Last week (Monday 23 to Sunday 29 November), and a little before and after it.
  at('2026-11-22T18:00:00');
  await (await signedIn(t, 'ilze@example.org')).get(`/console/clients/${people.olena.id}`);
  at('2026-11-24T09:15:00');
  await (await signedIn(t, 'ilze@example.org')).get(`/console/clients/${people.olena.id}`);
  at('2026-11-25T14:40:00');
  const laura = await signedIn(t, 'laura@example.org');
  await laura.get(`/console/clients/${people.olena.id}`);
  // The page keeps itself up to date: what it shows while she sits with it is the same reading.
  await t.database.db
    .insertInto('messages')
    .values({ thread_id: (await t.database.db.selectFrom('threads').select('id').where('client_id', '=', people.olena.id).executeTakeFirstOrThrow()).id, direction: 'inbound', author: 'client', kind: 'text', text: 'Thank you!', created_at: now })
    .execute();
  at('2026-11-25T14:45:00');
  await laura.get(`/console/clients/${people.olena.id}/timeline?since=${encodeURIComponent(new Date('2026-11-25T12:00:00Z').toISOString())}`);
  expect((await laura.post(`/console/clients/${people.olena.id}/checkins`, { checkinTime: '10:30', checkinDays: ['mon', 'tue', 'wed', 'thu', 'fri'], weeklySummaryDay: 'fri', checkinsPausedUntil: '' })).statusCode).toBe(303);
  expect((await laura.post(`/console/clients/${people.olena.id}/notes`, { note: noteText })).statusCode).toBe(303);
  at('2026-11-26T11:00:00');
  expect((await t.app.inject({ method: 'GET', url: `/api/clients/${people.olena.id}/messages`, headers: auth })).statusCode).toBe(200);
  at('2026-11-27T16:20:00');
  await (await signedIn(t, 'ilze@example.org')).get(`/console/clients/${people.marta.id}`);
  at('2026-11-30T08:05:00');
  await (await signedIn(t, 'laura@example.org')).get(`/console/clients/${people.olena.id}`);
  at('2026-12-01T10:00:00');
});
afterAll(async () => {
  await t.close();
});

/** The trail's entries on a page, each as its time and its sentences. */
function entriesOf(html: string): string[] {
  const list = /<ol class="notes">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => textOf(match[1] ?? ''));
}

let ilze: ConsoleSession;
describe('the audit trail in the console', () => {
  it('answers “who read Olena’s thread last week” with exactly those reads, who and when', async () => {
    ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get(`/console/audit?clientId=${people.olena.id}&action=read.thread&from=2026-11-23&to=2026-11-29`);
    expect(page.statusCode).toBe(200);
    expect(entriesOf(page.body)).toEqual([
      "Nov 26, 2026, 11:00 AM · Olena Petrenko's page The admin API read Olena Petrenko's thread",
      "Nov 25, 2026, 2:40 PM · Olena Petrenko's page Laura Ozola read Olena Petrenko's thread",
      "Nov 24, 2026, 9:15 AM · Olena Petrenko's page Ilze Bērziņa read Olena Petrenko's thread",
    ]);
    expect(textOf(page.body)).toContain('Client: Olena Petrenko');
    expect(page.body).not.toContain('Marta');

    // The same by part of her name, as a coordinator types it.
    const named = await ilze.get('/console/audit?client=olena&action=read.thread&from=2026-11-23&to=2026-11-29');
    expect(entriesOf(named.body)).toEqual(entriesOf(page.body));
    expect(textOf(named.body)).toContain('Clients whose name contains “olena”: Olena Petrenko');
  });

  it('tells the changes with their values, and the notes without their words', async () => {
    const page = await ilze.get(`/console/audit?clientId=${people.olena.id}&actor=staff:${people.lauraStaff.id}`);
    const entries = entriesOf(page.body);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Nov 25, 2026, 2:45 PM · Olena Petrenko's page Laura Ozola changed Olena Petrenko's record check-in time: from 09:00 to 10:30 check-in days: from .* to Monday, Tuesday, Wednesday, Thursday, and Friday day of the weekly summary: from Sunday to Friday$/),
        "Nov 25, 2026, 2:45 PM · Olena Petrenko's page Laura Ozola wrote a private note about Olena Petrenko",
      ]),
    );
    expect(page.body).not.toContain(noteText);
    expect(page.body).not.toContain('Thank you!');
  });

  it('narrows by what, by who and by days, with the filters said and each one removable', async () => {
    const page = await ilze.get(`/console/audit?actor=staff&action=read.*&from=2026-11-27&to=2026-11-27`);
    expect(entriesOf(page.body)).toEqual(["Nov 27, 2026, 4:20 PM · Marta Kalniņa's page Ilze Bērziņa read Marta Kalniņa's thread"]);
    const text = textOf(page.body);
    for (const words of ['Who: Any staff member', 'What: Every read of a case', 'From Nov 27, 2026', 'To Nov 27, 2026']) expect(text).toContain(words);
    expect(page.body).toContain('href="/console/audit?actor=staff&amp;action=read.*&amp;to=2026-11-27"');
    expect(page.body).toContain('<option value="read.thread">Read a thread</option>');
    expect(page.body).toContain(`<option value="staff:${people.lauraStaff.id}">Laura Ozola</option>`);
  });

  it('says in the reader’s language what happened', async () => {
    await t.database.db.updateTable('staff').set({ language: 'lv' }).where('id', '=', people.ilze.id).execute();
    const page = await ilze.get(`/console/audit?clientId=${people.olena.id}&action=read.thread&from=2026-11-24&to=2026-11-24`);
    await t.database.db.updateTable('staff').set({ language: 'en' }).where('id', '=', people.ilze.id).execute();
    expect(entriesOf(page.body)).toEqual(['2026. gada 24. nov. 09:15 · Klienta lapa: Olena Petrenko Ilze Bērziņa lasīja klienta Olena Petrenko saraksti']);
  });

  it('puts a refused filter back next to its field, with a 400', async () => {
    const badDate = await ilze.get('/console/audit?from=2026-02-30&to=2026-03-01');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('<p class="problem" id="audit-from-error">Enter a date, such as 2026-04-01.</p>');
    const backwards = await ilze.get('/console/audit?from=2026-11-29&to=2026-11-23');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('<p class="problem" id="audit-to-error">This date comes before the first one.</p>');
    const forged = await ilze.get(`/console/audit?cursor=${Buffer.from('{"after":"x","id":"y"}').toString('base64url')}`);
    expect(forged.statusCode).toBe(400);
    expect(textOf(forged.body)).toContain('This page of the trail cannot be found');
    const nobody = await ilze.get('/console/audit?client=Nobody');
    expect(textOf(nobody.body)).toContain('No client\'s name contains “Nobody”.');
  });

  it('pages through the trail, newest first', async () => {
    for (let i = 0; i < 55; i++) {
      await recordAudit(t.database.db, { actor: 'admin', action: 'export.clients', entityType: 'export', entityId: null, at: new Date(Date.UTC(2026, 9, 1, 8, i)) });
    }
    const first = await ilze.get('/console/audit?action=export.clients');
    const next = /<a href="([^"]+)" rel="next">/.exec(first.body)?.[1]?.replaceAll('&amp;', '&');
    expect(next).toMatch(/^\/console\/audit\?action=export.clients&cursor=/);
    const second = await ilze.get(next ?? '');
    expect(second.statusCode).toBe(200);
    expect(entriesOf(first.body)).toHaveLength(50);
    expect(entriesOf(first.body)[0]).toBe('Oct 1, 2026, 11:54 AM The admin API downloaded the list of clients');
    expect(entriesOf(second.body)).toEqual(['Oct 1, 2026, 11:04 AM', 'Oct 1, 2026, 11:03 AM', 'Oct 1, 2026, 11:02 AM', 'Oct 1, 2026, 11:01 AM', 'Oct 1, 2026, 11:00 AM'].map((when) => `${when} The admin API downloaded the list of clients`));
    expect(second.body).not.toContain('rel="next"');
    expect(textOf(second.body)).toContain('Back to the newest');
  });

  it('is linked from a client’s page for coordinators, and refused to a mentor', async () => {
    const clientPage = await ilze.get(`/console/clients/${people.olena.id}`);
    expect(clientPage.body).toContain(`<a href="/console/audit?clientId=${people.olena.id}">Who has seen or changed this</a>`);
    const laura = await signedIn(t, 'laura@example.org');
    expect((await laura.get(`/console/clients/${people.olena.id}`)).body).not.toContain('/console/audit');
    const refused = await laura.get(`/console/audit?clientId=${people.olena.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Olena Petrenko');
  });
});
