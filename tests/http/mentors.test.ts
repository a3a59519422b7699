import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: payload as object });

describe('mentors API', () => {
  it('creates a mentor with defaults and reads it back', async () => {
    const created = await post({ name: 'Anna Bērziņa' });
    expect(created.statusCode).toBe(201);
    const mentor = created.json();
    expect(mentor).toMatchObject({ name: 'Anna Bērziņa', role: 'other', languages: ['en'], timezone: 'UTC', active: true });
    expect(mentor.id).toMatch(/^[0-9a-f-]{36}$/);

    const fetched = await t.app.inject({ method: 'GET', url: `/api/mentors/${mentor.id}`, headers: auth });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(mentor);
  });

  it('stores role, languages and time zone, and patches them', async () => {
    const mentor = (
      await post({ name: 'Jānis', role: 'career_specialist', languages: ['lv', 'ru'], timezone: 'Europe/Riga' })
    ).json();
    expect(mentor).toMatchObject({ role: 'career_specialist', languages: ['lv', 'ru'], timezone: 'Europe/Riga' });

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/mentors/${mentor.id}`,
      headers: auth,
      payload: { role: 'psychologist', active: false },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Jānis', role: 'psychologist', active: false, languages: ['lv', 'ru'] });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'X', role: 'wizard' }, 'role'],
    [{ name: 'X', languages: ['english'] }, 'languages.0'],
    [{ name: 'X', timezone: 'Mars/Olympus' }, 'timezone'],
    [{ name: 'X', timezone: '+02:00' }, 'timezone'],
    [{ name: 42 }, 'name'],
    [{ name: 'X', nickname: 'typo' }, ''],
  ])('rejects %j with a 400 naming %s', async (payload, field) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    if (field) expect(body.error.details.field).toBe(field);
    else expect(JSON.stringify(body.error)).toContain('nickname');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/mentors/7d2f7c8e-1111-4222-8333-444455556666', headers: auth });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('MENTOR_NOT_FOUND');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/mentors/not-a-uuid', headers: auth });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.field).toBe('id');
  });

  it('pages through mentors with a cursor, each exactly once', async () => {
    for (let i = 0; i < 5; i++) await post({ name: `Paged ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await t.app.inject({ method: 'GET', url: `/api/mentors${query}`, headers: auth });
      expect(page.statusCode).toBe(200);
      const body = page.json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((m: { id: string }) => m.id));
      cursor = body.nextCursor;
    } while (cursor);
    const all = (await t.app.inject({ method: 'GET', url: '/api/mentors?limit=200', headers: auth })).json();
    expect(seen).toEqual(all.items.map((m: { id: string }) => m.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('rejects a forged cursor and an out-of-range limit', async () => {
    const forged = await t.app.inject({ method: 'GET', url: '/api/mentors?cursor=bm9wZQ', headers: auth });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.details.field).toBe('cursor');
    const tooMany = await t.app.inject({ method: 'GET', url: '/api/mentors?limit=5000', headers: auth });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details.field).toBe('limit');
  });
});
