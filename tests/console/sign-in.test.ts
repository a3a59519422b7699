import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaff } from '../../src/domain/staff/staff.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { ConsoleSession } from '../support/console-session.js';

let t: TestApp;
const context = { now: new Date('2026-12-01T10:00:00Z'), publicUrl: 'http://console.test', actor: 'admin' };

beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('signing in to the console', () => {
  it('sends a visitor without a session to the sign-in page, and in with the right password', async () => {
    await createStaff(t.database.db, { email: 'Ilze@Example.org', name: 'Ilze', role: 'coordinator', password: 'correct horse battery' }, context);
    const browser = new ConsoleSession(t.app);
    const away = await browser.get('/console/clients');
    expect(away.statusCode).toBe(303);
    expect(away.headers.location).toBe('/console/login?next=%2Fconsole%2Fclients');

    const form = await browser.get('/console/login');
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-security-policy']).toContain("script-src 'self'");
    expect(form.body).toContain('name="email"');
    expect(form.body).toContain('name="password"');

    const wrong = await browser.post('/console/login', { email: 'ilze@example.org', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('The email or password is not right.');

    const right = await browser.post('/console/login?next=%2Fconsole%2Fclients', { email: 'ilze@example.org', password: 'correct horse battery' });
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe('/console/clients');
    const cookie = (right.cookies as Array<{ name: string; httpOnly?: boolean; sameSite?: string; secure?: boolean }>).find((c) => c.name === 'mentorline_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.secure).toBeFalsy();

    const today = await browser.get('/console');
    expect(today.statusCode).toBe(200);
    expect(today.body).toContain('Today in the programme');

    await browser.post('/console/logout');
    expect((await browser.get('/console')).statusCode).toBe(303);
  });

  it('refuses a form posted without its CSRF token, and with another browser’s', async () => {
    await createStaff(t.database.db, { email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', password: 'correct horse battery' }, context);
    const browser = new ConsoleSession(t.app);
    await browser.get('/console/login');
    const without = await browser.post('/console/login', { _csrf: null, email: 'ilze@example.org', password: 'correct horse battery' });
    expect(without.statusCode).toBe(403);
    expect(without.body).toContain('The form has expired');
    expect(without.cookies.find((c: { name: string }) => c.name === 'mentorline_session')).toBeUndefined();

    const other = new ConsoleSession(t.app);
    await other.get('/console/login');
    const forged = await browser.post('/console/login', { _csrf: other.csrfToken.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), email: 'ilze@example.org', password: 'correct horse battery' });
    expect(forged.statusCode).toBe(403);
  });

  it('answers 429 after five wrong passwords for one account, even to the right one', async () => {
    await createStaff(t.database.db, { email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', password: 'correct horse battery' }, context);
    const browser = new ConsoleSession(t.app);
    await browser.get('/console/login');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await browser.post('/console/login', { email: 'ilze@example.org', password: `guess number ${i}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await browser.post('/console/login', { email: 'ilze@example.org', password: 'correct horse battery' });
    expect(right.statusCode).toBe(429);
    expect(right.body).toContain('Too many wrong passwords');
  });
});

describe('a console session', () => {
  it('ends after SESSION_IDLE_TIMEOUT without use, and lasts while used; sign-ins and sign-outs are recorded', async () => {
    await t.close();
    let now = new Date('2026-12-01T08:00:00Z');
    t = await createTestApp({ clock: () => now, sessionIdleMs: 60 * 60_000 });
    const staff = await createStaff(t.database.db, { email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', password: 'correct horse battery' }, context);
    const browser = new ConsoleSession(t.app);
    await browser.signIn('ilze@example.org', 'correct horse battery');
    for (let step = 0; step < 4; step++) {
      now = new Date(now.getTime() + 50 * 60_000);
      expect((await browser.get('/console')).statusCode, `after ${(step + 1) * 50} min of use`).toBe(200);
    }
    now = new Date(now.getTime() + 61 * 60_000);
    expect((await browser.get('/console')).statusCode).toBe(303);

    await browser.signIn('ilze@example.org', 'correct horse battery');
    await browser.post('/console/logout');
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'details']).where('actor', '=', `staff:${staff.staff.id}`).orderBy('created_at').execute();
    expect(audit.map((row) => row.action)).toEqual(['staff.signed-in', 'staff.signed-in', 'staff.signed-out']);
    expect(audit[0]?.details).toEqual({ way: 'password' });
  });
});
