import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let clientId: string;
beforeAll(async () => {
  t = await createTestApp();
  for (const name of ['Anna', 'Jānis']) {
    await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name } });
  }
  for (const name of ['Ahmad', 'Olena']) {
    const client = { name, mentorId: null, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:30' };
    clientId = (await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: client })).json().id;
  }
  await t.database.db
    .insertInto('checkins')
    .values([
      { client_id: clientId, local_date: '2026-11-20', created_at: new Date() },
      { client_id: clientId, local_date: '2026-11-21', created_at: new Date() },
    ])
    .execute();
});
afterAll(async () => {
  await t.close();
});

const uuid = '5b0a7c1e-0000-4000-8000-000000000000';
const base64 = (text: string) => Buffer.from(text).toString('base64url');
const cursorOf = (position: unknown) => base64(JSON.stringify(position));

type Kind = 'timestamp' | 'date' | 'sequence';
const routes: Array<[url: () => string, kind: Kind]> = [
  [() => '/api/clients', 'timestamp'],
  [() => '/api/mentors', 'timestamp'],
  [() => `/api/clients/${clientId}/messages`, 'sequence'],
  [() => `/api/clients/${clientId}/checkins`, 'date'],
  [() => '/api/deliveries', 'sequence'],
  [() => '/api/audit', 'timestamp'],
];

/** A well-formed `after` of each kind, to forge the other half of a cursor with. */
const validAfter: Record<Kind, string | number> = {
  timestamp: '2026-11-20T10:00:00.000Z',
  date: '2026-11-20',
  sequence: 5,
};

const forgedAfters: Record<Kind, unknown[]> = {
  timestamp: [
    'not a date',
    '2026-02-30T10:00:00.000Z',
    '2026-11-20',
    '2026-11-20T10:00:00Z',
    '0000-01-01T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    1_700_000_000_000,
    null,
    ['2026-11-20T10:00:00.000Z'],
  ],
  date: ['not a date', '2026-02-30', '2026-13-01', '0000-01-01', '2026-11-20T00:00:00.000Z', '99999-01-01', 20261120, null],
  sequence: ['5', 1e308, 2 ** 53, -1, 1.5, Number.MAX_VALUE, '9'.repeat(400), null, true, { $gt: 0 }],
};

const forgedCursors = (kind: Kind): Array<[string, string]> => [
  ['garbage that is not base64', '!!!***'],
  ['base64 of non-JSON', base64('not json at all')],
  ['base64 of a JSON string', base64('"a string"')],
  ['base64 of a JSON array', base64(JSON.stringify([validAfter[kind], uuid]))],
  ['JSON without an id', cursorOf({ after: validAfter[kind] })],
  ['JSON with an extra key', cursorOf({ after: validAfter[kind], id: uuid, admin: true })],
  ['an id that is not a UUID', cursorOf({ after: validAfter[kind], id: "1' or '1'='1" })],
  ['a numeric id', cursorOf({ after: validAfter[kind], id: 42 })],
  ['a huge cursor', cursorOf({ after: validAfter[kind], id: uuid, pad: 'x'.repeat(10_000) })],
  ...forgedAfters[kind].map((after): [string, string] => [`after ${JSON.stringify(after)?.slice(0, 40)}`, cursorOf({ after, id: uuid })]),
];

describe.each(routes)('forged cursors on %s', (url, kind) => {
  it.each(forgedCursors(kind))('answers 400 naming cursor to %s', async (_case, cursor) => {
    const response = await t.app.inject({ method: 'GET', url: `${url()}?cursor=${encodeURIComponent(cursor)}`, headers: auth });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'INVALID_CURSOR', details: { field: 'cursor' } });
  });

  it('accepts a cursor of the right form, and pages through with the one it hands out', async () => {
    const wellFormed = cursorOf({ after: validAfter[kind], id: uuid });
    const forged = await t.app.inject({ method: 'GET', url: `${url()}?cursor=${wellFormed}`, headers: auth });
    expect(forged.statusCode).toBe(200);

    const first = await t.app.inject({ method: 'GET', url: `${url()}?limit=1`, headers: auth });
    expect(first.statusCode).toBe(200);
    const { nextCursor } = first.json();
    if (nextCursor === null) return;
    const second = await t.app.inject({ method: 'GET', url: `${url()}?limit=1&cursor=${nextCursor}`, headers: auth });
    expect(second.statusCode).toBe(200);
    expect(second.json().items[0]).not.toEqual(first.json().items[0]);
  });
});

describe('cursors at the edges of what PostgreSQL takes', () => {
  it.each([
    ['/api/mentors', { after: '0001-01-01T00:00:00.000Z', id: uuid }],
    ['/api/mentors', { after: '9999-12-31T23:59:59.999Z', id: uuid }],
    ['/api/deliveries', { after: Number.MAX_SAFE_INTEGER, id: uuid }],
    ['/api/deliveries', { after: 0, id: uuid }],
  ])('answers 200 to %s after %j', async (url, position) => {
    const response = await t.app.inject({ method: 'GET', url: `${url}?cursor=${cursorOf(position)}`, headers: auth });
    expect(response.statusCode).toBe(200);
  });

  it('answers 200 to the first and last dates PostgreSQL stores for check-ins', async () => {
    for (const after of ['0001-01-01', '9999-12-31']) {
      const url = `/api/clients/${clientId}/checkins?cursor=${cursorOf({ after, id: uuid })}`;
      expect((await t.app.inject({ method: 'GET', url, headers: auth })).statusCode).toBe(200);
    }
  });
});
