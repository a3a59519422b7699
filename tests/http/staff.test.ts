import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../support/console-session.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const post = (body: object) => t.app.inject({ method: 'POST', url: '/api/staff', headers: auth, payload: body });
const patch = (id: string, body: object) => t.app.inject({ method: 'PATCH', url: `/api/staff/${id}`, headers: auth, payload: body });

async function mentorId(): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name: 'Anna Kalniņa', timezone: 'Europe/Riga' } });
  return response.json().id;
}

describe('POST /api/staff', () => {
  it('adds a coordinator without a password, with a one-time link to choose one', async () => {
    const response = await post({ email: 'Ilze@Example.org', name: 'Ilze Bērziņa', role: 'coordinator', language: 'lv' });
    expect(response.statusCode).toBe(201);
    const staff = response.json();
    expect(staff).toMatchObject({ email: 'ilze@example.org', name: 'Ilze Bērziņa', role: 'coordinator', mentorId: null, language: 'lv', active: true, hasPassword: false });
    expect(staff).not.toHaveProperty('passwordHash');
    expect(staff.setupUrl).toMatch(/^http:\/\/console\.test\/console\/setup\/[A-Za-z0-9_-]{40,}$/);

    // The link opens a page to choose a password; using it signs the person in, and only once.
    const browser = new ConsoleSession(t.app);
    const path = new URL(staff.setupUrl).pathname;
    const page = await browser.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ilze Bērziņa');
    const chosen = await browser.post(path, { password: 'a long enough password', confirm: 'a long enough password' });
    expect(chosen.statusCode).toBe(303);
    expect((await browser.get('/console')).statusCode).toBe(200);
    expect((await new ConsoleSession(t.app).get(path)).statusCode).toBe(404);

    const again = new ConsoleSession(t.app);
    expect((await again.signIn('ilze@example.org', 'a long enough password')).statusCode).toBe(303);
  });

  it('links a mentor to their mentor record, and takes a password at once', async () => {
    const id = await mentorId();
    const response = await post({ email: 'anna@example.org', name: 'Anna Kalniņa', role: 'mentor', mentorId: id, password: 'correct horse battery' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ role: 'mentor', mentorId: id, hasPassword: true, setupUrl: null, timezone: 'Europe/Riga' });
  });

  it('answers 409 for an email already taken, whatever its case', async () => {
    expect((await post({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' })).statusCode).toBe(201);
    const taken = await post({ email: 'ILZE@example.org', name: 'Another Ilze', role: 'coordinator' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'EMAIL_TAKEN', details: { field: 'email' } });
  });

  it('answers 400 naming the field: a mentor without mentorId, a coordinator with one, a short password, a bad email or role', async () => {
    const id = await mentorId();
    const cases: Array<[object, string]> = [
      [{ email: 'a@example.org', name: 'A', role: 'mentor' }, 'mentorId'],
      [{ email: 'b@example.org', name: 'B', role: 'coordinator', mentorId: id }, 'mentorId'],
      [{ email: 'c@example.org', name: 'C', role: 'mentor', mentorId: '00000000-0000-4000-8000-000000000000' }, 'mentorId'],
      [{ email: 'd@example.org', name: 'D', role: 'coordinator', password: 'short' }, 'password'],
      [{ email: 'not an email', name: 'E', role: 'coordinator' }, 'email'],
      [{ email: 'f@example.org', name: 'F', role: 'janitor' }, 'role'],
      [{ email: 'g@example.org', name: 'G', role: 'coordinator', language: 'de' }, 'language'],
    ];
    for (const [body, field] of cases) {
      const response = await post(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.field, JSON.stringify(body)).toBe(field);
    }
    const listed = await t.app.inject({ method: 'GET', url: '/api/staff', headers: auth });
    expect(listed.json().items).toEqual([]);
  });

  it('needs the admin token', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/staff', payload: { email: 'a@example.org', name: 'A', role: 'coordinator' } })).statusCode).toBe(401);
  });
});

describe('GET and PATCH /api/staff', () => {
  it('lists and shows staff, and 404s an unknown id', async () => {
    const a = (await post({ email: 'a@example.org', name: 'A', role: 'coordinator' })).json();
    const b = (await post({ email: 'b@example.org', name: 'B', role: 'coordinator' })).json();
    const first = await t.app.inject({ method: 'GET', url: '/api/staff?limit=1', headers: auth });
    expect(first.json().items.map((s: { id: string }) => s.id)).toEqual([a.id]);
    const second = await t.app.inject({ method: 'GET', url: `/api/staff?limit=1&cursor=${first.json().nextCursor}`, headers: auth });
    expect(second.json().items.map((s: { id: string }) => s.id)).toEqual([b.id]);
    expect((await t.app.inject({ method: 'GET', url: `/api/staff/${b.id}`, headers: auth })).json()).toMatchObject({ email: 'b@example.org' });
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/00000000-0000-4000-8000-000000000000', headers: auth })).statusCode).toBe(404);
  });

  it('ends every session on deactivation and on a new password, and records who changed what', async () => {
    const staff = (await post({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', password: 'correct horse battery' })).json();
    // Someone else runs the programme, so Ilze may be deactivated.
    await post({ email: 'dace@example.org', name: 'Dace', role: 'coordinator' });
    const desk = new ConsoleSession(t.app);
    const phone = new ConsoleSession(t.app);
    await desk.signIn('ilze@example.org', 'correct horse battery');
    await phone.signIn('ilze@example.org', 'correct horse battery');
    expect((await desk.get('/console')).statusCode).toBe(200);

    expect((await patch(staff.id, { password: 'a brand new password' })).statusCode).toBe(200);
    expect((await desk.get('/console')).statusCode).toBe(303);
    expect((await phone.get('/console')).statusCode).toBe(303);
    expect((await desk.signIn('ilze@example.org', 'correct horse battery')).statusCode).toBe(401);
    expect((await desk.signIn('ilze@example.org', 'a brand new password')).statusCode).toBe(303);

    const off = await patch(staff.id, { active: false, name: 'Ilze Bērziņa', language: 'uk' });
    expect(off.json()).toMatchObject({ active: false, name: 'Ilze Bērziņa', language: 'uk' });
    expect((await desk.get('/console')).statusCode).toBe(303);
    expect((await desk.signIn('ilze@example.org', 'a brand new password')).statusCode).toBe(401);

    const { db } = t.database;
    const audit = await db.selectFrom('audit_log').select(['id', 'actor', 'action', 'details']).where('entity_id', '=', staff.id).where('actor', '=', 'admin').orderBy('created_at').execute();
    expect(audit.map((row) => row.action)).toEqual(['staff.created', 'staff.updated', 'staff.updated']);
    expect(audit[1]?.details).toEqual({ fields: [], passwordChanged: true });
    expect(audit[2]?.details).toEqual({ fields: ['active', 'name', 'language'] });
    const changes = await db.selectFrom('audit_changes').select(['audit_id', 'field', 'old_value', 'new_value']).where('audit_id', 'in', audit.map((row) => row.id)).orderBy('field').execute();
    expect(changes).toEqual([
      { audit_id: audit[2]?.id, field: 'active', old_value: true, new_value: false },
      { audit_id: audit[2]?.id, field: 'language', old_value: 'en', new_value: 'uk' },
      { audit_id: audit[2]?.id, field: 'name', old_value: 'Ilze', new_value: 'Ilze Bērziņa' },
    ]);
    expect(JSON.stringify([audit, changes])).not.toContain('brand new');
  });

  it('answers 400 to an empty change and to a mentor role without a mentor', async () => {
    const staff = (await post({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' })).json();
    expect((await patch(staff.id, {})).statusCode).toBe(400);
    const mentor = await patch(staff.id, { role: 'mentor' });
    expect(mentor.statusCode).toBe(400);
    expect(mentor.json().error.details.field).toBe('mentorId');
  });
});

describe('the last coordinator', () => {
  it('can be neither deactivated nor made a mentor while nobody else coordinates', async () => {
    const ilze = (await post({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' })).json();
    const off = await patch(ilze.id, { active: false });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('LAST_COORDINATOR');
    expect((await patch(ilze.id, { role: 'mentor', mentorId: await mentorId() })).statusCode).toBe(409);

    await post({ email: 'dace@example.org', name: 'Dace', role: 'coordinator' });
    expect((await patch(ilze.id, { active: false })).json()).toMatchObject({ active: false });
  });
});
