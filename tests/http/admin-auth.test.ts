import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bodyLimit: 4096 });
});
afterAll(async () => {
  await t.close();
});

describe('admin API edges', () => {
  it.each([
    [{}, 'no header'],
    [{ authorization: 'Bearer wrong-token-wrong-token' }, 'a wrong token'],
    [{ authorization: 'Basic dXNlcjpwYXNz' }, 'another scheme'],
  ])('answers 401 to %j (%s) and changes nothing', async (headers, _case) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/mentors', headers, payload: { name: 'Intruder' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.json().error.code).toBe('UNAUTHORIZED');
    const count = await t.database.db.selectFrom('mentors').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('leaves health and docs open', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const docs = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(docs.statusCode).toBe(200);
    const spec = docs.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/mentors', '/api/clients', '/api/clients/{id}/messages', '/api/clients/{id}/invites']),
    );
    expect((await t.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('answers malformed JSON with a 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/mentors',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"name": "Anna",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('INVALID_JSON');
    expect(response.body).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers an oversized body with a 400 and stores nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/mentors',
      headers: auth,
      payload: { name: 'x'.repeat(10_000) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BODY_TOO_LARGE');
    const rows = await t.database.db.selectFrom('mentors').selectAll().execute();
    expect(rows).toHaveLength(0);
  });

  it('answers unknown routes with a JSON 404 and echoes the request id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { ...auth, 'x-request-id': 'abc-123' } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('ROUTE_NOT_FOUND');
    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});
