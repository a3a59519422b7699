import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { seedInterpreting, type InterpretingHistory } from '../domain/reports/interpreting-history.js';
import { seedReportHistory, type ReportHistory } from '../domain/reports/report-history.js';

let t: TestApp;
let history: ReportHistory;
let interpreting: InterpretingHistory;
let now = new Date('2026-05-20T09:00:00Z');
const query = 'from=2026-01-01&to=2026-04-30';

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, reportMinGroup: 2 });
  history = await seedReportHistory(t.database.db);
  interpreting = await seedInterpreting(t.database.db, history);
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: auth });

describe('GET /api/reports/evaluation', () => {
  it('answers the period’s report, with REPORT_MIN_GROUP merging small groups', async () => {
    const response = await get(`/api/reports/evaluation?${query}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.period).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    expect(report.totals).toMatchObject({ clientsServed: 4, countries: 3, averageServedPerMonth: 1.5, messagesFromClients: 6 });
    expect(report.months.map((month: { month: string; clientsServed: number }) => [month.month, month.clientsServed])).toEqual([
      ['2026-01', 2],
      ['2026-02', 3],
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
    expect(report.profile.byCountry).toEqual([
      { value: 'Syria', clients: 2 },
      { value: 'other', clients: 2 },
    ]);
    expect(report.mentors.map((mentor: { mentorId: string }) => mentor.mentorId)).toEqual([history.mentors.anna, history.mentors.boris, history.mentors.zane]);
  });

  it('answers the interpreting: messages interpreted per month and per interpreter, clients with an interpreter by language', async () => {
    const report = (await get(`/api/reports/evaluation?${query}`)).json();
    expect(report.totals).toMatchObject({ messagesInterpreted: 7, clientsWithInterpreter: 4 });
    expect(report.months.map((month: any) => [month.month, month.messagesInterpreted, month.clientsWithInterpreter])).toEqual([
      ['2026-01', 2, 2],
      ['2026-02', 5, 4],
      ['2026-03', 0, 2],
      ['2026-04', 1, 2],
    ]);
    expect(report.interpreters[0]).toEqual({
      interpreterId: interpreting.interpreters.karim,
      name: 'Karim Haddad',
      messagesInterpreted: 5,
      months: [
        { month: '2026-01', messagesInterpreted: 2 },
        { month: '2026-02', messagesInterpreted: 3 },
        { month: '2026-03', messagesInterpreted: 0 },
        { month: '2026-04', messagesInterpreted: 1 },
      ],
    });
    expect(report.interpreters.map((row: any) => row.name)).toEqual(['Karim Haddad', 'Lina Bērziņa', 'Olena Shevchenko']);
    expect(report.clientsWithInterpreterByLanguage).toEqual([
      { language: 'ar', clients: 2 },
      { language: 'other', clients: 2 },
    ]);
  });

  it('names the field of a bad period', async () => {
    const cases: [string, string, RegExp][] = [
      ['from=2026-02-01&to=2026-01-31', 'to', /must not be before from/],
      ['from=2021-01-01&to=2026-01-01', 'to', /less than 5 years/],
      ['from=2026-02-30&to=2026-03-01', 'from', /real calendar date/],
      ['to=2026-03-01', 'from', /./],
      ['from=01.02.2026&to=2026-03-01', 'from', /YYYY-MM-DD/],
    ];
    for (const [search, field, message] of cases) {
      const response = await get(`/api/reports/evaluation?${search}`);
      expect(response.statusCode, search).toBe(400);
      expect(response.json().error.details.field, search).toBe(field);
      expect(response.json().error.message, search).toMatch(message);
    }
    expect((await get('/api/reports/evaluation?from=2021-01-01&to=2025-12-31')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/reports/evaluation?${query}` })).statusCode).toBe(401);
  });

  it('counts a client the API enrols and ends, by the service’s clock in the agency’s calendar', async () => {
    now = new Date('2026-03-31T21:30:00Z'); // 00:30 on 1 April in Riga
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: auth,
      payload: { name: 'Late', mentorId: history.mentors.zane, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' },
    });
    now = new Date('2026-04-15T09:00:00Z');
    await t.app.inject({ method: 'PATCH', url: `/api/clients/${created.json().id}`, headers: auth, payload: { status: 'ended' } });
    const april = (await get('/api/reports/evaluation?from=2026-04-01&to=2026-04-30')).json().months[0];
    expect(april).toMatchObject({ month: '2026-04', newClients: 1, endedClients: 2 });
    const march = (await get('/api/reports/evaluation?from=2026-03-01&to=2026-03-31')).json().months[0];
    expect(march).toMatchObject({ month: '2026-03', newClients: 0, endedClients: 0 });
  });
});

describe('the report as CSV', () => {
  it('gives the months, the profile, the mentors and the interpreters as spreadsheets, each download audited', async () => {
    const months = await get(`/api/reports/evaluation/months.csv?from=2026-01-01&to=2026-03-31`);
    expect(months.statusCode).toBe(200);
    expect(months.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(months.headers['content-disposition']).toBe('attachment; filename="evaluation-months-2026-01-01-to-2026-03-31.csv"');
    expect(parse(months.body)).toEqual([
      [
        'month',
        'clientsServed',
        'newClients',
        'endedClients',
        'messagesFromClients',
        'messagesToClients',
        'checkinsAsked',
        'checkinsAnswered',
        'averageMood',
        'tasksAgreed',
        'tasksApproved',
        'messagesInterpreted',
        'clientsWithInterpreter',
      ],
      ['2026-01', '2', '2', '0', '3', '2', '3', '2', '3.00', '1', '0', '2', '2'],
      ['2026-02', '3', '2', '0', '2', '2', '2', '1', '5.00', '1', '1', '5', '4'],
      ['2026-03', '0', '0', '0', '0', '0', '0', '0', '', '0', '0', '0', '2'],
    ]);
    const profile = parse((await get(`/api/reports/evaluation/profile.csv?${query}`)).body);
    expect(profile[0]).toEqual(['dimension', 'value', 'clients']);
    expect(profile).toContainEqual(['country', 'Syria', '2']);
    expect(profile).toContainEqual(['programme', 'other', '4']);
    expect(profile.slice(-2)).toEqual([
      ['languageWithInterpreter', 'ar', '2'],
      ['languageWithInterpreter', 'other', '2'],
    ]);
    const mentors = parse((await get(`/api/reports/evaluation/mentors.csv?${query}`)).body);
    expect(mentors[0]).toEqual(['mentorId', 'name', 'role', 'clientsServed', 'messagesToClients', 'medianFirstReplyMinutes', 'tasksAgreed', 'tasksApproved']);
    expect(mentors[1]).toEqual([history.mentors.anna, 'Anna Ozola', 'social_worker', '2', '2', '45.00', '1', '1']);
    const interpreters = await get(`/api/reports/evaluation/interpreters.csv?${query}`);
    expect(interpreters.headers['content-disposition']).toBe('attachment; filename="evaluation-interpreters-2026-01-01-to-2026-04-30.csv"');
    // The period's own count, then one column per month: Amal's message translated in January and February is once in the period.
    expect(parse(interpreters.body)).toEqual([
      ['interpreterId', 'name', 'messagesInterpreted', '2026-01', '2026-02', '2026-03', '2026-04'],
      [interpreting.interpreters.karim, 'Karim Haddad', '5', '2', '3', '0', '1'],
      [interpreting.interpreters.lina, 'Lina Bērziņa', '0', '0', '0', '0', '0'],
      [interpreting.interpreters.olena, 'Olena Shevchenko', '3', '0', '3', '0', '0'],
    ]);
    const audited = await t.database.db.selectFrom('audit_log').select(['actor', 'action', 'details']).where('action', '=', 'report.exported').orderBy('created_at').execute();
    expect(audited.map((row) => [row.actor, row.details.table])).toEqual([
      ['admin', 'months'],
      ['admin', 'profile'],
      ['admin', 'mentors'],
      ['admin', 'interpreters'],
    ]);
    expect((await get('/api/reports/evaluation/mentors.csv?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/reports/evaluation',
        '/api/reports/evaluation/months.csv',
        '/api/reports/evaluation/profile.csv',
        '/api/reports/evaluation/mentors.csv',
        '/api/reports/evaluation/interpreters.csv',
      ]),
    );
    const report = document.components.schemas.EvaluationReport;
    expect(report.required).toEqual(expect.arrayContaining(['interpreters', 'clientsWithInterpreterByLanguage']));
    expect(Object.keys(report.properties.months.items.properties)).toEqual(expect.arrayContaining(['messagesInterpreted', 'clientsWithInterpreter']));
    expect(Object.keys(report.properties.totals.properties)).toEqual(expect.arrayContaining(['messagesInterpreted', 'clientsWithInterpreter']));
    expect(Object.keys(report.properties.interpreters.items.properties)).toEqual(['interpreterId', 'name', 'messagesInterpreted', 'months']);
  });
});
