import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../src/domain/staff/staff.js';
import { chromiumPdfPrinter } from '../../src/http/pdf-printer.js';
import { chromiumPath } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { seedInterpreting } from '../domain/reports/interpreting-history.js';
import { seedReportHistory, type ReportHistory } from '../domain/reports/report-history.js';
import { fieldProblem, password, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let plain: TestApp;
let history: ReportHistory;
let coordinatorId: string;
const now = new Date('2026-04-20T10:00:00Z');
const context = { now, publicUrl: 'http://console.test', actor: 'admin' };

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, reportMinGroup: 2, pdfPrinter: chromiumPdfPrinter(chromiumPath) });
  plain = await createTestApp({ clock: () => now });
  history = await seedReportHistory(t.database.db);
  await seedInterpreting(t.database.db, history);
  for (const app of [t, plain]) {
    const { staff } = await createStaff(app.database.db, { email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', password, timezone: 'Europe/Riga' }, context);
    if (app === t) coordinatorId = staff.id;
  }
  await createStaff(t.database.db, { email: 'anna@example.org', name: 'Anna', role: 'mentor', mentorId: history.mentors.anna, password }, context);
});
afterAll(async () => {
  await t.close();
  await plain.close();
});

describe('the report page', () => {
  it('shows the last six months by default, with the figures, the profile and each mentor', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    const page = await session.get('/console/reports');
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    // Samir's message on the last evening of December makes five since November.
    expect(text).toContain('From Nov 1, 2025 to Apr 20, 2026');
    expect(text).toMatch(/The period at a glance Clients served 5 /);
    expect(text).toMatch(/Countries of origin 3 /);
    expect(page.body).toContain('aria-label="Programme: Other 5"');
    expect(page.body).toContain('aria-label="Messenger: Telegram 3, WhatsApp 2"');
    expect(text).toContain('Anna Ozola Social worker 3 2 45m 1 1');
    expect(page.body).toContain('href="/console/reports/months.csv?from=2025-11-01&amp;to=2026-04-20"');
    expect(page.body).toContain('href="/console/reports/evaluation.pdf?from=2025-11-01&amp;to=2026-04-20"');
    expect(page.body).toMatch(/<svg[^>]+role="img"[^>]+aria-label="Clients served per month: Nov 2025: 0, Dec 2025: 1, Jan 2026: 2, Feb 2026: 3, Mar 2026: 0, Apr 2026: 1"/);
  });

  it('shows the interpreting: messages interpreted, clients with an interpreter by language, each interpreter by month', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    const page = await session.get('/console/reports');
    const text = textOf(page.body);
    // Samir's December message adds one to the seven of January to April; Samir had an interpreter until then.
    expect(text).toMatch(/Messages interpreted 8 +Clients with an interpreter 5 /);
    // Samir, Amal and Bashir speak Arabic; Daria and Farid, one language each, merge.
    expect(page.body).toContain('aria-label="Clients with an interpreter, by language: Arabic 3, Other 2"');
    expect(text).toMatch(/Messages interpreted, by interpreter +Interpreter +Whole period +Nov 2025 +Dec 2025 +Jan 2026 +Feb 2026 +Mar 2026 +Apr 2026 /);
    expect(text).toMatch(/Karim Haddad +5 +0 +0 +2 +3 +0 +1 /);
    expect(text).toMatch(/Past Interpreter +1 +0 +1 +0 +0 +0 +0 /);
    expect(page.body).toContain('href="/console/reports/interpreters.csv?from=2025-11-01&amp;to=2026-04-20"');
    const csv = parse((await session.get('/console/reports/interpreters.csv?from=2026-01-01&to=2026-04-30')).body);
    expect(csv.map((row: string[]) => row.slice(1))).toEqual([
      ['name', 'messagesInterpreted', '2026-01', '2026-02', '2026-03', '2026-04'],
      ['Karim Haddad', '5', '2', '3', '0', '1'],
      ['Lina Bērziņa', '0', '0', '0', '0', '0'],
      ['Olena Shevchenko', '3', '0', '3', '0', '0'],
    ]);
  });

  it('shows a chosen period, and names the field of one it cannot show', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    const february = textOf((await session.get('/console/reports?from=2026-02-01&to=2026-02-28')).body);
    expect(february).toMatch(/The period at a glance Clients served 3 /);
    const backwards = await session.get('/console/reports?from=2026-03-01&to=2026-02-01');
    expect(backwards.statusCode).toBe(400);
    expect(fieldProblem(backwards.body, 'to')).toBe('must not be before from');
    expect(textOf(backwards.body)).not.toContain('The period at a glance');
    const nonsense = await session.get('/console/reports?from=soon&to=2026-02-01');
    expect(fieldProblem(nonsense.body, 'from')).toBe('must be a date in YYYY-MM-DD form');
  });

  it('downloads each table as CSV, recorded under the coordinator', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    const months = await session.get('/console/reports/months.csv?from=2026-01-01&to=2026-04-30');
    expect(months.statusCode).toBe(200);
    expect(months.headers['content-disposition']).toBe('attachment; filename="evaluation-months-2026-01-01-to-2026-04-30.csv"');
    expect(parse(months.body).map((row: string[]) => row.slice(0, 2))).toEqual([
      ['month', 'clientsServed'],
      ['2026-01', '2'],
      ['2026-02', '3'],
      ['2026-03', '0'],
      ['2026-04', '1'],
    ]);
    expect(parse((await session.get('/console/reports/profile.csv?from=2026-01-01&to=2026-04-30')).body)).toContainEqual(['channel', 'whatsapp', '2']);
    expect((await session.get('/console/reports/mentors.csv?from=2026-05-01&to=2026-04-30')).statusCode).toBe(400);
    const audited = await t.database.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'report.exported').execute();
    expect(audited).toContainEqual({ actor: `staff:${coordinatorId}`, details: { table: 'months', from: '2026-01-01', to: '2026-04-30' } });
  });

  it('prints the whole report to PDF with Chromium', async () => {
    const session = await signedIn(t, 'ilze@example.org');
    const pdf = await session.get('/console/reports/evaluation.pdf?from=2026-01-01&to=2026-04-30');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="evaluation-2026-01-01-to-2026-04-30.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(10_000);
    const audited = await t.database.db.selectFrom('audit_log').select('details').where('action', '=', 'report.exported').execute();
    expect(audited.map((row) => row.details.table)).toContain('pdf');
  });

  it('without Chromium, says how to print it from the browser instead', async () => {
    const session = await signedIn(plain, 'ilze@example.org');
    const page = await session.get('/console/reports');
    expect(page.body).not.toContain('evaluation.pdf');
    expect(textOf(page.body)).toContain('use your browser\'s Print and choose "Save as PDF"');
    // An agency without interpreters is not shown an empty interpreting section.
    expect(page.body).not.toContain('report-interpreting-heading');
    expect((await session.get('/console/reports/evaluation.pdf?from=2026-01-01&to=2026-04-30')).statusCode).toBe(404);
  });

  it('is for coordinators: a mentor is told so, a visitor is sent to sign in', async () => {
    const mentor = await signedIn(t, 'anna@example.org');
    expect((await mentor.get('/console/reports')).statusCode).toBe(403);
    expect((await mentor.get('/console/reports/months.csv?from=2026-01-01&to=2026-04-30')).statusCode).toBe(403);
    expect((await mentor.get('/console/reports/evaluation.pdf?from=2026-01-01&to=2026-04-30')).statusCode).toBe(403);
    expect(textOf((await mentor.get('/console')).body)).not.toContain('Reports');
    const visitor = await t.app.inject({ method: 'GET', url: '/console/reports' });
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toMatch(/^\/console\/login/);
  });
});
