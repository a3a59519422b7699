import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMentor } from '../../src/domain/people/mentors.js';
import { ConsoleSession } from '../support/console-session.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { fieldProblem, fieldValue, password, programme, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;

beforeEach(async () => {
  t = await createTestApp();
  people = await programme(t.database.db);
});
afterEach(async () => {
  await t.close();
});

const setupUrlOf = (html: string) => /<code class="link-text">(http:\/\/console\.test\/console\/setup\/[A-Za-z0-9_-]+)<\/code>/.exec(html)?.[1];
const staffRow = (email: string) => t.database.db.selectFrom('staff').selectAll().where('email', '=', email).executeTakeFirstOrThrow();

describe('the staff list', () => {
  it('shows each person’s name, email, role, mentor, language, whether active and whether a password is set', async () => {
    await t.database.db.insertInto('staff').values({ email: 'gone@example.org', name: 'Gone Person', role: 'coordinator', active: false, created_at: new Date(), updated_at: new Date() }).execute();
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get('/console/staff');
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Ilze Bērziņa you ilze@example.org Coordinator – English Active Set');
    expect(text).toContain('Laura Ozola laura@example.org Mentor Laura Ozola English Active Set');
    expect(text).toContain('Gone Person gone@example.org Coordinator – English Deactivated Not chosen yet');
    expect(page.body).toContain(`href="/console/mentors/${people.laura.id}"`);
    expect(page.body).toContain(`href="/console/staff/${people.lauraStaff.id}"`);
    for (const name of ['email', 'name', 'role', 'mentorId', 'password', 'language']) expect(page.body, name).toContain(`name="${name}"`);
  });
});

describe('adding a staff member', () => {
  it('without a password shows the one-time link the domain returns, which opens the page to choose one', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/staff');
    const posted = await ilze.post('/console/staff', { email: 'Daina@Example.org', name: 'Daina Zariņa', role: 'coordinator', mentorId: people.laura.id, password: '', language: 'lv', timezone: 'Europe/Riga' });
    const daina = await staffRow('daina@example.org');
    expect(daina).toMatchObject({ name: 'Daina Zariņa', role: 'coordinator', mentor_id: null, language: 'lv', password_hash: null });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`/console/staff/${daina.id}?done=staff-added-link`);
    const added = await ilze.get(posted.headers.location ?? '');
    const audit = await t.database.db.selectFrom('audit_log').select('actor').where('action', '=', 'staff.created').where('entity_id', '=', (await staffRow('daina@example.org')).id).execute();
    expect(audit).toEqual([{ actor: `staff:${people.ilze.id}` }]);
    expect(textOf(added.body)).toContain('The staff member is added. Hand over the link below');
    const link = setupUrlOf(added.body);
    expect(link).toBeDefined();
    const setup = await new ConsoleSession(t.app).get(new URL(link ?? '').pathname);
    expect(setup.statusCode).toBe(200);
    expect(textOf(setup.body)).toContain('Daina Zariņa');
  });

  it('with a password makes an account one can sign in with at once, as a mentor linked to their record', async () => {
    const anna = await createMentor(t.database.db, { name: 'Anna Liepa' }, 'admin');
    const ilze = await signedIn(t, 'ilze@example.org');
    const form = await ilze.get(`/console/staff?mentorId=${anna.id}`);
    expect(form.body).toMatch(new RegExp(`<option value="${anna.id}" selected`));
    expect(form.body).toMatch(/<option value="mentor" selected/);
    expect(form.body).toContain('Laura Ozola (has an account)');
    const posted = await ilze.post('/console/staff', { email: 'anna@example.org', name: 'Anna Liepa', role: 'mentor', mentorId: anna.id, password: 'a long enough password', language: 'en', timezone: '' });
    expect(posted.statusCode).toBe(303);
    const added = await ilze.get(posted.headers.location ?? '');
    expect(setupUrlOf(added.body)).toBeUndefined();
    expect(textOf(added.body)).toContain('The staff member is added and can sign in with the password you chose.');
    expect(await staffRow('anna@example.org')).toMatchObject({ role: 'mentor', mentor_id: anna.id, timezone: 'UTC' });
    const signIn = await new ConsoleSession(t.app).signIn('anna@example.org', 'a long enough password');
    expect(signIn.statusCode).toBe(303);
  });

  it('refuses bad input with the API’s messages, keeping what was typed but never the password', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/staff');
    const typed = { email: 'not an email', name: 'Daina', role: 'coordinator', mentorId: '', password: 'short', language: 'lv', timezone: '' };
    const refused = await ilze.post('/console/staff', typed);
    expect(refused.statusCode).toBe(400);
    const api = await t.app.inject({ method: 'POST', url: '/api/staff', headers: auth, payload: { email: 'not an email', name: 'Daina', role: 'coordinator', language: 'lv' } });
    expect(fieldProblem(refused.body, 'email')).toBe(api.json().error.details.issues[0].message);
    expect(fieldValue(refused.body, 'name')).toBe('Daina');
    expect(fieldValue(refused.body, 'email')).toBe('not an email');
    expect(refused.body).not.toContain('value="short"');

    await ilze.get('/console/staff');
    const shortPassword = await ilze.post('/console/staff', { ...typed, email: 'daina@example.org' });
    expect(shortPassword.statusCode).toBe(400);
    expect(fieldProblem(shortPassword.body, 'password')).toBe('must be at least 10 characters long');

    await ilze.get('/console/staff');
    const mentorWithout = await ilze.post('/console/staff', { ...typed, email: 'daina@example.org', role: 'mentor', password: '' });
    expect(mentorWithout.statusCode).toBe(400);
    expect(fieldProblem(mentorWithout.body, 'mentorId')).toBe('is required for a mentor');

    await ilze.get('/console/staff');
    const taken = await ilze.post('/console/staff', { ...typed, email: 'laura@example.org', password: '' });
    expect(taken.statusCode).toBe(409);
    expect(fieldProblem(taken.body, 'email')).toBe('another staff member already has this email');
    expect(await t.database.db.selectFrom('staff').select('id').execute()).toHaveLength(2);
  });
});

describe('a staff member’s page', () => {
  it('changes role, name and language as the coordinator', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get(`/console/staff/${people.lauraStaff.id}`);
    expect(page.statusCode).toBe(200);
    expect(fieldValue(page.body, 'name')).toBe('Laura Ozola');
    const saved = await ilze.post(`/console/staff/${people.lauraStaff.id}`, { name: 'Laura Ozola-Kalna', role: 'coordinator', mentorId: people.laura.id, language: 'ru', active: 'yes' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/console/staff/${people.lauraStaff.id}?done=staff-saved`);
    expect(await staffRow('laura@example.org')).toMatchObject({ name: 'Laura Ozola-Kalna', role: 'coordinator', mentor_id: null, language: 'ru', active: true });
    const audit = await t.database.db.selectFrom('audit_log').select(['id', 'actor', 'details']).where('action', '=', 'staff.updated').execute();
    expect(audit).toEqual([{ id: expect.any(String), actor: `staff:${people.ilze.id}`, details: { fields: ['role', 'mentorId', 'name', 'language'] } }]);
    const role = await t.database.db.selectFrom('audit_changes').select(['old_value', 'new_value']).where('audit_id', '=', audit[0]?.id ?? '').where('field', '=', 'role').execute();
    expect(role).toEqual([{ old_value: 'mentor', new_value: 'coordinator' }]);
    expect(textOf((await ilze.get(saved.headers.location ?? '')).body)).toContain('The changes are saved.');
  });

  it('deactivating someone signs them out at once, and says so', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    expect((await laura.get('/console')).statusCode).toBe(200);
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get(`/console/staff/${people.lauraStaff.id}`);
    const saved = await ilze.post(`/console/staff/${people.lauraStaff.id}`, { name: 'Laura Ozola', role: 'mentor', mentorId: people.laura.id, language: 'en' });
    expect(saved.headers.location).toBe(`/console/staff/${people.lauraStaff.id}?done=staff-deactivated`);
    expect((await staffRow('laura@example.org')).active).toBe(false);
    expect((await laura.get('/console')).statusCode).toBe(303);
    expect((await new ConsoleSession(t.app).signIn('laura@example.org', password)).statusCode).toBe(401);
    const page = textOf((await ilze.get(saved.headers.location ?? '')).body);
    expect(page).toContain('The account is deactivated: they were signed out everywhere and cannot sign in.');
    expect(page).toContain('Laura Ozola is deactivated: a link would not work.');

    const reactivated = await ilze.post(`/console/staff/${people.lauraStaff.id}`, { name: 'Laura Ozola', role: 'mentor', mentorId: people.laura.id, language: 'en', active: 'yes' });
    expect(reactivated.headers.location).toBe(`/console/staff/${people.lauraStaff.id}?done=staff-reactivated`);
  });

  it('refuses a change the domain refuses, keeping what was typed', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get(`/console/staff/${people.ilze.id}`);
    const refused = await ilze.post(`/console/staff/${people.ilze.id}`, { name: 'Ilze B.', role: 'mentor', mentorId: '', language: 'lv', active: 'yes' });
    expect(refused.statusCode).toBe(400);
    expect(fieldProblem(refused.body, 'mentorId')).toBe('is required for a mentor');
    expect(fieldValue(refused.body, 'name')).toBe('Ilze B.');
    expect(await staffRow('ilze@example.org')).toMatchObject({ name: 'Ilze Bērziņa', role: 'coordinator' });

    await ilze.get(`/console/staff/${people.ilze.id}`);
    const empty = await ilze.post(`/console/staff/${people.ilze.id}`, { name: ' ', role: 'coordinator', language: 'lv', active: 'yes' });
    expect(empty.statusCode).toBe(400);
    expect(fieldProblem(empty.body, 'name')).toBe('must not be empty');
  });

  it('issues a new link to choose a password, shown once, ending the earlier one', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get(`/console/staff/${people.lauraStaff.id}`);
    const made = await ilze.post(`/console/staff/${people.lauraStaff.id}/setup-link`);
    expect(made.headers.location).toBe(`/console/staff/${people.lauraStaff.id}?done=staff-link-made`);
    const first = setupUrlOf((await ilze.get(made.headers.location ?? '')).body);
    await ilze.post(`/console/staff/${people.lauraStaff.id}/setup-link`);
    const second = await ilze.get(`/console/staff/${people.lauraStaff.id}`);
    expect(textOf((await ilze.get(made.headers.location ?? '')).body)).toContain('A new link is made, and any earlier one no longer works.');
    const link = setupUrlOf(second.body);
    expect(link).toBeDefined();
    expect(link).not.toBe(first);
    const visitor = new ConsoleSession(t.app);
    expect((await visitor.get(new URL(first ?? '').pathname)).statusCode).toBe(404);
    expect((await visitor.get(new URL(link ?? '').pathname)).statusCode).toBe(200);
  });

  it('answers 404 for someone who does not exist, and 403 to a mentor', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    expect((await ilze.get('/console/staff/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await ilze.get('/console/staff/ilze')).statusCode).toBe(404);
    const laura = await signedIn(t, 'laura@example.org');
    expect((await laura.get('/console/staff')).statusCode).toBe(403);
    expect((await laura.get(`/console/staff/${people.ilze.id}`)).statusCode).toBe(403);
    await laura.get('/console/alerts');
    expect((await laura.post(`/console/staff/${people.lauraStaff.id}`, { name: 'Laura', role: 'coordinator', language: 'en', active: 'yes' })).statusCode).toBe(403);
    expect((await staffRow('laura@example.org')).role).toBe('mentor');
  });
});
