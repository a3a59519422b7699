import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import type { ConsoleSession } from '../support/console-session.js';
import { formulaName, seedExportRecords } from '../http/export-records.js';
import { programme, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let p: Awaited<ReturnType<typeof programme>>;
let ilze: ConsoleSession;
let laura: ConsoleSession;

beforeAll(async () => {
  t = await createTestApp();
  await seedExportRecords(t.database.db);
  p = await programme(t.database.db);
  ilze = await signedIn(t, 'ilze@example.org');
  laura = await signedIn(t, 'laura@example.org');
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.database.db.deleteFrom('audit_log').execute();
});

const rowsOf = (body: string): string[][] => parse(body);
const exportAudit = () =>
  t.database.db.selectFrom('audit_log').select(['actor', 'action', 'details']).where('action', 'like', 'export.%').orderBy('created_at').orderBy('id').execute();
/** The message shown next to a date field of one of the page's forms. */
const dateProblem = (html: string, id: string) => {
  const raw = new RegExp(`id="${id}-error"[^>]*>([^<]*)<`).exec(html)?.[1];
  return raw === undefined ? undefined : textOf(raw);
};

/** The date a field shows, as it was sent. */
const dateValue = (html: string, id: string) => {
  const input = new RegExp(`<input id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
  return /value="([^"]*)"/.exec(input)?.[1] ?? '';
};

describe('the exports page', () => {
  it('offers a coordinator the three downloads, with dates for check-ins and tasks', async () => {
    const page = await ilze.get('/console/exports');
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Exports');
    expect(page.body).toContain('href="/console/exports/clients.csv"');
    expect(page.body).toMatch(/<form method="get" action="\/console\/exports\/checkins.csv#checkins-heading"/);
    expect(page.body).toMatch(/<form method="get" action="\/console\/exports\/tasks.csv#tasks-heading"/);
    for (const id of ['checkins-from', 'checkins-to', 'tasks-from', 'tasks-to']) expect(page.body).toMatch(new RegExp(`<input id="${id}" type="date"`));
    expect(text).toContain('Columns: clientId, clientName, localDate, promptedAt, remindedAt, answeredAt, mood, source');
    expect(text).toContain('in the agency\'s time zone (Europe/Riga)');
    // Looking at the page takes nothing out.
    expect(await exportAudit()).toEqual([]);
  });

  it('speaks the coordinator’s language', async () => {
    await t.database.db.updateTable('staff').set({ language: 'lv' }).where('id', '=', p.ilze.id).execute();
    try {
      const page = await ilze.get('/console/exports');
      expect(textOf(page.body)).toContain('Lejupielādēt ikdienas jautājumus');
    } finally {
      await t.database.db.updateTable('staff').set({ language: 'en' }).where('id', '=', p.ilze.id).execute();
    }
  });
});

describe('the console’s downloads', () => {
  it('stream the clients as the API does, recorded as the coordinator’s', async () => {
    const response = await ilze.get('/console/exports/clients.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="clients.csv"');
    const rows = rowsOf(response.body);
    expect(rows[0]).toEqual(['id', 'name', 'status', 'mentorId', 'mentorName', 'language', 'timezone', 'checkinTime', 'checkinDays', 'phone', 'country', 'programme', 'consentGiven', 'consentAt', 'createdAt']);
    // The programme's two clients were enrolled at the same instant: their ids decide.
    const sameInstant = [p.olena, p.marta].sort((a, b) => (a.id < b.id ? -1 : 1)).map((client) => client.name);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Olena Petrenko', `'${formulaName}`, 'Marta "Ma" Kalniņa, Rīga', ...sameInstant]);
    expect(await exportAudit()).toEqual([{ actor: `staff:${p.ilze.id}`, action: 'export.clients', details: {} }]);
  });

  it('keep the check-ins of the chosen days, and take empty dates as no limit', async () => {
    const april = await ilze.get('/console/exports/checkins.csv?from=2026-04-01&to=2026-04-30');
    expect(april.statusCode).toBe(200);
    expect(april.headers['content-disposition']).toBe('attachment; filename="checkins-from-2026-04-01-to-2026-04-30.csv"');
    expect(rowsOf(april.body).slice(1).map((row) => row[2])).toEqual(['2026-04-01', '2026-04-01', '2026-04-30']);
    const all = await ilze.get('/console/exports/checkins.csv?from=&to=');
    expect(rowsOf(all.body)).toHaveLength(6);
    expect(await exportAudit()).toEqual([
      { actor: `staff:${p.ilze.id}`, action: 'export.checkins', details: { from: '2026-04-01', to: '2026-04-30' } },
      { actor: `staff:${p.ilze.id}`, action: 'export.checkins', details: { from: null, to: null } },
    ]);
  });

  it('keep the tasks agreed on the chosen days in the agency’s zone', async () => {
    const response = await ilze.get('/console/exports/tasks.csv?from=2026-04-01&to=2026-04-30');
    expect(response.statusCode).toBe(200);
    expect(rowsOf(response.body)[0]?.at(-1)).toBe('evidenceCount');
    expect(rowsOf(response.body).slice(1).map((row) => row[5])).toEqual(['Write a CV', `'+371 call the job centre`]);
    expect(await exportAudit()).toEqual([{ actor: `staff:${p.ilze.id}`, action: 'export.tasks', details: { from: '2026-04-01', to: '2026-04-30' } }]);
  });

  it.each([
    ['/console/exports/checkins.csv?from=2026-02-30&to=2026-03-01', 'checkins-from', 'Enter a date, such as 2026-04-01.', 'checkins-to', '2026-03-01'],
    ['/console/exports/tasks.csv?from=2026-05-01&to=2026-04-01', 'tasks-from', 'This date comes after the end of the period.', 'tasks-to', '2026-04-01'],
    ['/console/exports/tasks.csv?to=1%20April', 'tasks-to', 'Enter a date, such as 2026-04-01.', 'tasks-from', ''],
  ])('show %s again with a 400 and the message next to the date', async (url, field, message, other, otherValue) => {
    const page = await ilze.get(url);
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(dateProblem(page.body, field)).toBe(message);
    expect(dateProblem(page.body, other)).toBeUndefined();
    expect(dateValue(page.body, other)).toBe(otherValue);
    expect(page.body).toContain('The dates need another look');
    expect(await exportAudit()).toEqual([]);
  });
});

describe('who may export', () => {
  it.each(['/console/exports', '/console/exports/clients.csv', '/console/exports/checkins.csv?from=2026-04-01', '/console/exports/tasks.csv'])(
    'a mentor is refused %s with the coordinators-only page',
    async (url) => {
      const response = await laura.get(url);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).not.toContain('Olena Petrenko');
      expect(await exportAudit()).toEqual([]);
    },
  );

  it.each(['/console/exports', '/console/exports/clients.csv', '/console/exports/checkins.csv?from=2026-04-01'])(
    'a visitor who has not signed in is sent from %s to the sign-in page',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/console/login?next=${encodeURIComponent(url)}`);
      expect(await exportAudit()).toEqual([]);
    },
  );
});
