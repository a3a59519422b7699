import { request as httpRequest, type IncomingMessage } from 'node:http';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { createDatabase } from '../../src/db/create-database.js';
import { createLogger } from '../../src/logger.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { formulaName, seedExportRecords, seedManyCheckins } from './export-records.js';

let t: TestApp;
let ids: Awaited<ReturnType<typeof seedExportRecords>>;

beforeAll(async () => {
  t = await createTestApp();
  ids = await seedExportRecords(t.database.db);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.database.db.deleteFrom('audit_log').execute();
});

const download = (url: string) => t.app.inject({ method: 'GET', url, headers: auth });
const rowsOf = (body: string): string[][] => parse(body);
const exportAudit = () =>
  t.database.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'entity_type', 'details'])
    .where('action', 'like', 'export.%')
    .orderBy('created_at')
    .orderBy('id')
    .execute();

describe('GET /api/exports/clients.csv', () => {
  it('answers every client with their current mentor, oldest first, with a formula-like name kept as text', async () => {
    const response = await download('/api/exports/clients.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="clients.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.split('\r\n')[0]).toBe(
      'id,name,status,mentorId,mentorName,language,timezone,checkinTime,checkinDays,phone,country,programme,consentGiven,consentAt,createdAt',
    );
    const { olena, formula, marta } = ids.clients;
    const { laura, pavel } = ids.mentors;
    // A phone begins with +, which a spreadsheet would read as a formula: it is guarded like any other text.
    expect(rowsOf(response.body).slice(1)).toEqual([
      [olena, 'Olena Petrenko', 'active', laura, 'Laura Ozola', 'uk', 'Europe/Riga', '09:30', 'mon tue wed thu fri', `'+37120000001`, 'Ukraine', 'Resettlement', 'true', '2026-01-05T08:15:00.000Z', '2026-01-05T08:00:00.000Z'],
      [formula, `'${formulaName}`, 'paused', '', '', 'en', 'Europe/London', '18:00', 'sat sun', '', '', '', 'false', '', '2026-01-06T10:00:00.000Z'],
      [marta, 'Marta "Ma" Kalniņa, Rīga', 'active', pavel, 'Pavel Orlov', 'lv', 'Europe/Riga', '08:00', 'mon tue wed thu fri sat sun', '', 'Latvia', `'-`, 'true', '2026-01-07T09:00:00.000Z', '2026-01-07T09:00:00.000Z'],
    ]);
    // RFC 4180 on the wire: the quotes inside a quoted cell are doubled.
    expect(response.body).toContain('"Marta ""Ma"" Kalniņa, Rīga"');
  });

  it('is recorded in the audit log as the admin’s', async () => {
    await download('/api/exports/clients.csv');
    expect(await exportAudit()).toEqual([{ actor: 'admin', action: 'export.clients', entity_type: 'export', details: {} }]);
  });

  it('needs the admin token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/exports/clients.csv' });
    expect(response.statusCode).toBe(401);
    expect(await exportAudit()).toEqual([]);
  });
});

describe('GET /api/exports/checkins.csv', () => {
  it('answers every check-in by day, then by enrolment, without a period', async () => {
    const response = await download('/api/exports/checkins.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="checkins.csv"');
    expect(response.body.split('\r\n')[0]).toBe('clientId,clientName,localDate,promptedAt,remindedAt,answeredAt,mood,source');
    const { olena, marta } = ids.clients;
    expect(rowsOf(response.body).slice(1)).toEqual([
      [olena, 'Olena Petrenko', '2026-03-31', '2026-03-31T06:30:00.000Z', '', '2026-03-31T07:00:00.000Z', '4', 'button'],
      [olena, 'Olena Petrenko', '2026-04-01', '2026-04-01T06:30:00.000Z', '2026-04-01T09:30:00.000Z', '', '', ''],
      [marta, 'Marta "Ma" Kalniņa, Rīga', '2026-04-01', '2026-04-01T05:00:00.000Z', '', '2026-04-01T05:10:00.000Z', '3', 'text'],
      [olena, 'Olena Petrenko', '2026-04-30', '2026-04-30T06:30:00.000Z', '', '2026-04-30T06:31:00.000Z', '2', 'button'],
      [olena, 'Olena Petrenko', '2026-05-01', '2026-05-01T06:30:00.000Z', '', '2026-05-01T06:40:00.000Z', '5', 'button'],
    ]);
  });

  it('keeps the days from–to, both included, and records the period', async () => {
    const response = await download('/api/exports/checkins.csv?from=2026-04-01&to=2026-04-30');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="checkins-from-2026-04-01-to-2026-04-30.csv"');
    expect(rowsOf(response.body).slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['Olena Petrenko', '2026-04-01'],
      ['Marta "Ma" Kalniņa, Rīga', '2026-04-01'],
      ['Olena Petrenko', '2026-04-30'],
    ]);
    expect(await exportAudit()).toEqual([
      { actor: 'admin', action: 'export.checkins', entity_type: 'export', details: { from: '2026-04-01', to: '2026-04-30' } },
    ]);
  });

  it('takes one end of the period alone', async () => {
    const from = await download('/api/exports/checkins.csv?from=2026-04-30');
    expect(rowsOf(from.body).slice(1).map((row) => row[2])).toEqual(['2026-04-30', '2026-05-01']);
    const to = await download('/api/exports/checkins.csv?to=2026-03-31');
    expect(rowsOf(to.body).slice(1).map((row) => row[2])).toEqual(['2026-03-31']);
    expect((await exportAudit()).map((entry) => entry.details)).toEqual([
      { from: '2026-04-30', to: null },
      { from: null, to: '2026-03-31' },
    ]);
  });

  it('answers only the header row for a period without check-ins', async () => {
    const response = await download('/api/exports/checkins.csv?from=2027-01-01&to=2027-01-31');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('clientId,clientName,localDate,promptedAt,remindedAt,answeredAt,mood,source\r\n');
  });
});

describe('GET /api/exports/tasks.csv', () => {
  const header = 'id,clientId,clientName,mentorId,mentorName,title,details,dueDate,status,createdAt,submittedAt,approvedAt,evidenceCount';

  it('answers every task, oldest first, with its mentor and how many photos were handed in', async () => {
    const response = await download('/api/exports/tasks.csv');
    expect(response.statusCode).toBe(200);
    expect(response.body.split('\r\n')[0]).toBe(header);
    const { olena, formula, marta } = ids.clients;
    const { laura, pavel } = ids.mentors;
    const { library, cv, call, doctor } = ids.tasks;
    expect(rowsOf(response.body).slice(1)).toEqual([
      [library, olena, 'Olena Petrenko', laura, 'Laura Ozola', 'Register at the library', '', '', 'assigned', '2026-03-31T20:59:59.000Z', '', '', '0'],
      [cv, olena, 'Olena Petrenko', laura, 'Laura Ozola', 'Write a CV', 'Two pages,\nin Latvian', '2026-04-10', 'approved', '2026-03-31T21:30:00.000Z', '2026-04-08T15:00:00.000Z', '2026-04-09T12:00:00.000Z', '2'],
      [call, marta, 'Marta "Ma" Kalniņa, Rīga', '', '', `'+371 call the job centre`, '', '', 'assigned', '2026-04-30T20:59:00.000Z', '', '', '0'],
      [doctor, formula, `'${formulaName}`, pavel, 'Pavel Orlov', 'Visit the doctor', '', '', 'cancelled', '2026-04-30T21:00:00.000Z', '', '', '0'],
    ]);
  });

  it('reads the period as days in the agency’s zone: 21:30 UTC on 31 March is 1 April in Riga, 21:00 UTC on 30 April is 1 May', async () => {
    const april = await download('/api/exports/tasks.csv?from=2026-04-01&to=2026-04-30');
    expect(rowsOf(april.body).slice(1).map((row) => row[5])).toEqual(['Write a CV', `'+371 call the job centre`]);
    const march = await download('/api/exports/tasks.csv?to=2026-03-31');
    expect(rowsOf(march.body).slice(1).map((row) => row[5])).toEqual(['Register at the library']);
    const may = await download('/api/exports/tasks.csv?from=2026-05-01');
    expect(rowsOf(may.body).slice(1).map((row) => row[5])).toEqual(['Visit the doctor']);
    expect((await exportAudit()).map(({ action, details }) => [action, details])).toEqual([
      ['export.tasks', { from: '2026-04-01', to: '2026-04-30' }],
      ['export.tasks', { from: null, to: '2026-03-31' }],
      ['export.tasks', { from: '2026-05-01', to: null }],
    ]);
  });

  it('follows the agency’s zone it is given', async () => {
    const utc = await createTestApp({ agencyTimezone: 'UTC' });
    try {
      await seedExportRecords(utc.database.db);
      const response = await utc.app.inject({ method: 'GET', url: '/api/exports/tasks.csv?from=2026-04-01&to=2026-04-30', headers: auth });
      expect(rowsOf(response.body).slice(1).map((row) => row[5])).toEqual([`'+371 call the job centre`, 'Visit the doctor']);
    } finally {
      await utc.close();
    }
  });
});

describe('a period the exports refuse', () => {
  it.each([
    ['/api/exports/checkins.csv?from=2026-02-30', 'from', 'from: must be a real calendar date'],
    ['/api/exports/checkins.csv?to=2026-4-1', 'to', 'to: must be a date in YYYY-MM-DD form'],
    ['/api/exports/checkins.csv?from=2026-05-01&to=2026-04-30', 'from', 'from: must not be after to'],
    ['/api/exports/tasks.csv?from=yesterday', 'from', 'from: must be a date in YYYY-MM-DD form'],
    ['/api/exports/tasks.csv?from=2026-04-02&to=2026-04-01', 'from', 'from: must not be after to'],
    ['/api/exports/tasks.csv?from=', 'from', 'from: must be a date in YYYY-MM-DD form'],
  ])('%s answers 400 naming %s, and nothing is recorded', async (url, field, message) => {
    const response = await download(url);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message, details: { field, in: 'querystring' } });
    expect(await exportAudit()).toEqual([]);
  });
});

describe('the exports in the OpenAPI document', () => {
  it('say they answer CSV, and JSON errors for a refused period', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const name of ['clients', 'checkins', 'tasks']) {
      const operation = document.paths[`/api/exports/${name}.csv`].get;
      expect(Object.keys(operation.responses['200'].content)).toEqual(['text/csv']);
      expect(operation.tags).toEqual(['exports']);
    }
    const checkins = document.paths['/api/exports/checkins.csv'].get;
    expect(checkins.parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`)).toEqual(['query:from', 'query:to']);
    expect(Object.keys(checkins.responses['400'].content)).toEqual(['application/json']);
  });
});

describe('a download cut short', () => {
  it('gives its database connection back when the reader goes away mid-stream', async () => {
    const big = await createTestApp();
    // One connection only: had the aborted download kept it, the next request could not be answered.
    const db = createDatabase(big.database.url, { maxConnections: 1 });
    const app = await buildApp({ logger: createLogger('silent'), ...big.deps, db });
    try {
      await seedManyCheckins(big.database.db, 40_000);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('not listening on a port');

      const request = httpRequest({ host: '127.0.0.1', port: address.port, path: '/api/exports/checkins.csv', headers: auth });
      const response = await new Promise<IncomingMessage>((resolve, reject) => request.once('response', resolve).once('error', reject).end());
      expect(response.statusCode).toBe(200);
      await new Promise((resolve) => response.once('data', resolve));
      // The reader stops reading: the download waits on the socket with its cursor open.
      response.pause();
      const streaming = () =>
        sql<{ n: number }>`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and state <> 'idle' and query like '%from "checkins"%' and pid <> pg_backend_pid()
        `.execute(big.database.db);
      expect((await streaming()).rows[0]?.n).toBe(1);

      request.destroy();
      const answered = await app.inject({ method: 'GET', url: '/api/exports/clients.csv', headers: auth });
      expect(answered.statusCode).toBe(200);
      expect(rowsOf(answered.body)).toHaveLength(41);
      expect((await streaming()).rows[0]?.n).toBe(0);
    } finally {
      await app.close();
      await db.destroy();
      await big.close();
    }
  });

  it('lets three downloads stream at once and asks a fourth to come back later', async () => {
    const big = await createTestApp();
    try {
      await seedManyCheckins(big.database.db, 40_000);
      await big.app.listen({ port: 0, host: '127.0.0.1' });
      const address = big.app.server.address();
      if (address === null || typeof address === 'string') throw new Error('not listening on a port');
      const open = async () => {
        const request = httpRequest({ host: '127.0.0.1', port: address.port, path: '/api/exports/checkins.csv', headers: auth });
        const response = await new Promise<IncomingMessage>((resolve, reject) => request.once('response', resolve).once('error', reject).end());
        await new Promise((resolve) => response.once('data', resolve));
        response.pause();
        return { request, response };
      };
      const slow = [await open(), await open(), await open()];
      expect(slow.map((download) => download.response.statusCode)).toEqual([200, 200, 200]);
      const refused = await big.app.inject({ method: 'GET', url: '/api/exports/clients.csv', headers: auth });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.json().error.code).toBe('EXPORTS_BUSY');
      slow[0]?.request.destroy();
      await expect.poll(async () => (await big.app.inject({ method: 'GET', url: '/api/exports/clients.csv', headers: auth })).statusCode).toBe(200);
      for (const download of slow) download.request.destroy();
    } finally {
      await big.close();
    }
  });

  it('streams a long export whole when read to the end', async () => {
    const big = await createTestApp();
    try {
      await seedManyCheckins(big.database.db, 5_000);
      const response = await big.app.inject({ method: 'GET', url: '/api/exports/checkins.csv', headers: auth });
      const rows = rowsOf(response.body);
      expect(rows).toHaveLength(5_001);
      expect(rows[1]?.slice(1)).toEqual(['Bulk client 1', '2020-01-01', '2020-01-01T07:00:00.000Z', '', '2020-01-01T07:05:00.000Z', '1', 'button']);
      expect(rows[5_000]?.slice(1, 3)).toEqual(['Bulk client 5', '2022-09-26']);
    } finally {
      await big.close();
    }
  });
});
