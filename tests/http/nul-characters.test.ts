import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let mentorId: string;
beforeAll(async () => {
  t = await createTestApp();
  mentorId = (await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name: 'Anna' } })).json().id;
});
afterAll(async () => {
  await t.close();
});

const client = { name: 'Ahmad', mentorId: null, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:30' };
const message = 'must not contain the NUL character (U+0000)';

function expectNulRejected(response: { statusCode: number; json(): unknown }, field: string, where: string) {
  expect(response.statusCode).toBe(400);
  expect(response.json()).toEqual({
    error: {
      code: 'VALIDATION_FAILED',
      message: `${field}: ${message}`,
      details: { field, in: where, issues: [{ field, message }] },
    },
  });
}

describe('NUL characters', () => {
  it.each([
    ['name', { ...client, name: 'A\u0000B' }],
    ['checkinDays.1', { ...client, checkinDays: ['mon', 'w\u0000ed'] }],
    ['programme', { ...client, programme: '\u0000' }],
    ['na\u0000me', { ...client, 'na\u0000me': 'x' }],
  ])('answers 400 naming %j in a client body and stores nothing', async (field, payload) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload });
    expectNulRejected(response, field, 'body');
    expect(await t.database.db.selectFrom('clients').selectAll().execute()).toHaveLength(0);
  });

  it('answers 400 on every route with a body, nested fields included', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/mentors/${mentorId}`,
      headers: auth,
      payload: { languages: ['lv', 'r\u0000u'] },
    });
    expectNulRejected(patch, 'languages.1', 'body');
    const created = await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name: 'Jā\u0000nis' } });
    expectNulRejected(created, 'name', 'body');
  });

  it('answers 400 naming the query parameter', async () => {
    expectNulRejected(await t.app.inject({ method: 'GET', url: '/api/clients?status=act%00ive', headers: auth }), 'status', 'querystring');
    expectNulRejected(await t.app.inject({ method: 'GET', url: '/api/mentors?cursor=%00', headers: auth }), 'cursor', 'querystring');
  });

  it('still stores text without NUL, other control characters included', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: { ...client, name: 'A\u0001B' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe('A\u0001B');
  });

  it('walks a body nested far deeper than the call stack without failing', async () => {
    const depth = 200_000;
    const payload = `${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/mentors',
      headers: { ...auth, 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toMatchObject({ in: 'body', field: Array.from({ length: depth }, () => '0').join('.') });
  });
});
