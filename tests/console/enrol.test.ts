import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../support/console-session.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { createStaff } from '../../src/domain/staff/staff.js';
import { fieldProblem, fieldValue, password, programme, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;

beforeEach(async () => {
  t = await createTestApp({ telegramInviteLink: (code) => `https://t.me/mentorline_bot?start=${code}` });
  people = await programme(t.database.db);
});
afterEach(async () => {
  await t.close();
});

const goodClient = () => ({
  name: 'Andrii Koval',
  mentorId: people.laura.id,
  language: 'uk',
  timezone: 'Europe/Riga',
  checkinTime: '19:30',
  checkinDays: ['mon', 'wed', 'fri'],
  phone: '+371 2000 0001',
  country: 'Ukraine',
  programme: 'Resettlement 2026',
  consentGiven: 'yes',
});

/** Follows the redirect after an action, as a browser does. */
async function followed(session: ConsoleSession, answer: LightMyRequestResponse): Promise<LightMyRequestResponse> {
  expect(answer.statusCode, answer.body).toBe(303);
  return session.get(answer.headers.location ?? '');
}

/** The API's message for each field it refuses in a client body. */
async function apiMessages(body: object): Promise<Record<string, string>> {
  const answer = await t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: body });
  expect(answer.statusCode).toBe(400);
  const issues = answer.json().error.details.issues as Array<{ field: string; message: string }>;
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[issue.field.split('.')[0] ?? ''] ??= issue.message;
  return messages;
}

describe('enrolling a client', () => {
  it('offers both forms from one page, and a form with every field the API takes', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const choice = await ilze.get('/console/enrol');
    expect(choice.statusCode).toBe(200);
    expect(choice.body).toContain('href="/console/enrol/client"');
    expect(choice.body).toContain('href="/console/enrol/mentor"');

    const form = await ilze.get('/console/enrol/client');
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-security-policy']).toContain("script-src 'self'");
    for (const name of ['name', 'mentorId', 'language', 'timezone', 'checkinTime', 'phone', 'country', 'programme', 'consentGiven']) {
      expect(form.body, name).toContain(`name="${name}"`);
    }
    expect(form.body.match(/name="checkinDays"/g)).toHaveLength(7);
    expect(form.body).toContain(`<option value="${people.laura.id}"`);
    expect(fieldValue(form.body, 'timezone')).toBe('Europe/Riga');
  });

  it('enrols the client through the domain, as the staff member, and shows the invite at once', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/client');
    const posted = await ilze.post('/console/enrol/client', goodClient());
    const { db } = t.database;
    const client = await db.selectFrom('clients').selectAll().where('name', '=', 'Andrii Koval').executeTakeFirstOrThrow();
    expect(posted.headers.location).toBe(`/console/enrol/client/${client.id}`);
    const answer = await followed(ilze, posted);
    expect(answer.statusCode).toBe(200);
    expect(client).toMatchObject({ language: 'uk', checkin_time: '19:30:00', checkin_days: [1, 3, 5], phone: '+37120000001', country: 'Ukraine', programme: 'Resettlement 2026', consent_given: true, consent_method: 'in_person' });
    const assignment = await db.selectFrom('assignments').selectAll().where('client_id', '=', client.id).executeTakeFirstOrThrow();
    expect(assignment.mentor_id).toBe(people.laura.id);
    const audit = await db.selectFrom('audit_log').select(['actor', 'action']).where('entity_id', '=', client.id).orderBy('created_at').execute();
    expect(audit).toEqual([
      { actor: `staff:${people.ilze.id}`, action: 'client.created' },
      { actor: `staff:${people.ilze.id}`, action: 'invite.created' },
    ]);

    const code = /<strong class="code">([A-Z0-9]{10})<\/strong>/.exec(answer.body)?.[1];
    expect(code).toBeDefined();
    expect(answer.body).toContain(`https://t.me/mentorline_bot?start=${code}`);
    expect(answer.body).toContain(`START ${code}`);
    expect(answer.body).toMatch(/<img class="qr" src="data:image\/png;base64,/);
    expect(answer.body).toContain(`href="/console/clients/${client.id}"`);
    expect(textOf(answer.body)).toContain('Andrii Koval is enrolled');
    expect(textOf(answer.body)).toContain('Laura Ozola');
    expect(await db.selectFrom('invites').select('id').where('client_id', '=', client.id).execute()).toHaveLength(1);

    // Reloading the page shows the same invite: nobody is enrolled twice, no second invite is made.
    const reloaded = await ilze.get(posted.headers.location ?? '');
    expect(reloaded.body).toContain(`<strong class="code">${code}</strong>`);
    expect(await db.selectFrom('clients').select('id').where('name', '=', 'Andrii Koval').execute()).toHaveLength(1);
    expect(await db.selectFrom('invites').select('id').where('client_id', '=', client.id).execute()).toHaveLength(1);
  });

  it('shows the invite to the coordinator who made it only, even at the same browser; another is offered a new one', async () => {
    const browser = await signedIn(t, 'ilze@example.org');
    await browser.get('/console/enrol/client');
    const posted = await browser.post('/console/enrol/client', goodClient());
    expect((await browser.get(posted.headers.location ?? '')).body).toMatch(/<strong class="code">/);
    await createStaff(t.database.db, { email: 'daina@example.org', name: 'Daina', role: 'coordinator', password }, { now: new Date(), publicUrl: 'http://console.test', actor: 'admin' });
    await browser.post('/console/logout');
    expect((await browser.signIn('daina@example.org', password)).statusCode).toBe(303);
    const page = await browser.get(posted.headers.location ?? '');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<strong class="code">/);
    expect(textOf(page.body)).toContain('only a fingerprint of it is kept');
    const again = await followed(browser, await browser.post(`${posted.headers.location}/invite`));
    expect(again.body).toMatch(/<strong class="code">[A-Z0-9]{10}<\/strong>/);
    const client = await t.database.db.selectFrom('clients').select('id').where('name', '=', 'Andrii Koval').executeTakeFirstOrThrow();
    expect(await t.database.db.selectFrom('invites').select('id').where('client_id', '=', client.id).execute()).toHaveLength(2);
  });

  it('enrols a client without a mentor or a phone, the empty fields taken as none', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/client');
    const answer = await followed(ilze, await ilze.post('/console/enrol/client', { ...goodClient(), mentorId: '', phone: '', country: '', programme: '', consentGiven: null }));
    const client = await t.database.db.selectFrom('clients').selectAll().where('name', '=', 'Andrii Koval').executeTakeFirstOrThrow();
    expect(client).toMatchObject({ phone: null, country: null, programme: null, consent_given: false });
    expect(await t.database.db.selectFrom('assignments').select('id').where('client_id', '=', client.id).execute()).toEqual([]);
    expect(textOf(answer.body)).toContain('No mentor yet');
  });

  it('shows the form again as typed, with the API’s own message next to each refused field', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/client');
    const typed = { ...goodClient(), name: '  ', timezone: 'Mars/Olympus', checkinTime: '25:00', checkinDays: [], phone: '12345' };
    const answer = await ilze.post('/console/enrol/client', typed);
    expect(answer.statusCode).toBe(400);

    const api = await apiMessages({ name: '  ', mentorId: people.laura.id, language: 'uk', timezone: 'Mars/Olympus', checkinTime: '25:00', checkinDays: [], phone: '12345' });
    expect(Object.keys(api).sort()).toEqual(['checkinDays', 'checkinTime', 'name', 'phone', 'timezone']);
    for (const [field, message] of Object.entries(api)) expect(fieldProblem(answer.body, field), field).toBe(message);

    expect(fieldValue(answer.body, 'timezone')).toBe('Mars/Olympus');
    expect(fieldValue(answer.body, 'country')).toBe('Ukraine');
    expect(fieldValue(answer.body, 'programme')).toBe('Resettlement 2026');
    expect(answer.body).toMatch(new RegExp(`<option value="${people.laura.id}" selected`));
    expect(answer.body).toMatch(/<option value="uk" selected/);
    expect(answer.body).toMatch(/id="field-consentGiven"[^>]*checked/);
    expect(answer.body).not.toMatch(/name="checkinDays" value="mon" checked/);
    expect(await t.database.db.selectFrom('clients').select('id').where('country', '=', 'Ukraine').execute()).toEqual([]);
  });

  it('puts the domain’s refusal of a phone number already taken next to the phone field, with a 409', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/client');
    expect((await ilze.post('/console/enrol/client', goodClient())).statusCode).toBe(303);
    await ilze.get('/console/enrol/client');
    const again = await ilze.post('/console/enrol/client', { ...goodClient(), name: 'Someone Else' });
    expect(again.statusCode).toBe(409);
    expect(fieldProblem(again.body, 'phone')).toBe('another client already has this phone number');
    expect(fieldValue(again.body, 'name')).toBe('Someone Else');
  });
});

describe('enrolling a mentor', () => {
  it('creates the mentor and their console account, and shows the Telegram invite and the link to choose a password', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const form = await ilze.get('/console/enrol/mentor');
    for (const name of ['name', 'role', 'languages', 'timezone', 'email']) expect(form.body, name).toContain(`name="${name}"`);
    const answer = await followed(ilze, await ilze.post('/console/enrol/mentor', { name: 'Anna Liepa', role: 'psychologist', languages: 'LV, ru ru', timezone: 'Europe/Riga', email: 'Anna@Example.org' }));

    const { db } = t.database;
    const mentor = await db.selectFrom('mentors').selectAll().where('name', '=', 'Anna Liepa').executeTakeFirstOrThrow();
    expect(mentor).toMatchObject({ role: 'psychologist', languages: ['lv', 'ru'], timezone: 'Europe/Riga' });
    const staff = await db.selectFrom('staff').selectAll().where('mentor_id', '=', mentor.id).executeTakeFirstOrThrow();
    expect(staff).toMatchObject({ email: 'anna@example.org', role: 'mentor', name: 'Anna Liepa', language: 'lv', password_hash: null });
    const audit = await db.selectFrom('audit_log').select(['actor', 'action']).where('entity_id', 'in', [mentor.id, staff.id]).execute();
    expect(audit.map((row) => row.action).sort()).toEqual(['invite.created', 'mentor.created', 'staff.created']);
    expect(new Set(audit.map((row) => row.actor))).toEqual(new Set([`staff:${people.ilze.id}`]));

    const code = /<strong class="code">([A-Z0-9]{10})<\/strong>/.exec(answer.body)?.[1];
    expect(answer.body).toContain(`https://t.me/mentorline_bot?start=${code}`);
    expect(answer.body).not.toContain(`START ${code}`);
    const setupUrl = /<code class="link-text">(http:\/\/console\.test\/console\/setup\/[A-Za-z0-9_-]+)<\/code>/.exec(answer.body)?.[1];
    expect(setupUrl).toBeDefined();
    expect(answer.body).toContain(`href="/console/mentors/${mentor.id}"`);

    const setup = await new ConsoleSession(t.app).get(new URL(setupUrl ?? '').pathname);
    expect(setup.statusCode).toBe(200);
    expect(textOf(setup.body)).toContain('Anna Liepa');
  });

  it('enrols the mentor without an account when no email is given', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/mentor');
    const answer = await followed(ilze, await ilze.post('/console/enrol/mentor', { name: 'Juris Kalns', role: 'teacher', languages: '', timezone: '', email: '' }));
    const mentor = await t.database.db.selectFrom('mentors').selectAll().where('name', '=', 'Juris Kalns').executeTakeFirstOrThrow();
    expect(mentor).toMatchObject({ languages: ['en'], timezone: 'UTC' });
    expect(await t.database.db.selectFrom('staff').select('id').where('mentor_id', '=', mentor.id).execute()).toEqual([]);
    expect(answer.body).not.toContain('class="link-text"');
    expect(textOf(answer.body)).toContain('they sign in by sending /web to the bot');
  });

  it('says so when the account cannot be made, with the mentor enrolled all the same', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/mentor');
    const answer = await followed(ilze, await ilze.post('/console/enrol/mentor', { name: 'Anna Liepa', role: 'teacher', languages: 'lv', timezone: 'Europe/Riga', email: 'laura@example.org' }));
    const mentor = await t.database.db.selectFrom('mentors').select('id').where('name', '=', 'Anna Liepa').executeTakeFirstOrThrow();
    expect(textOf(answer.body)).toContain('The mentor is enrolled, but no console account was made for laura@example.org: another staff member already has this email.');
    expect(answer.body).toContain(`href="/console/staff?mentorId=${mentor.id}"`);
    expect(answer.body).toMatch(/<strong class="code">[A-Z0-9]{10}<\/strong>/);
  });

  it('refuses bad input with the API’s messages, keeping what was typed and creating nothing', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/mentor');
    const answer = await ilze.post('/console/enrol/mentor', { name: '', role: 'teacher', languages: 'latvian', timezone: 'Riga', email: 'not-an-email' });
    expect(answer.statusCode).toBe(400);
    const api = await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name: '', languages: ['latvian'], timezone: 'Riga' } });
    const issues = api.json().error.details.issues as Array<{ field: string; message: string }>;
    const apiMessage = (field: string) => issues.find((issue) => issue.field.split('.')[0] === field)?.message;
    for (const field of ['name', 'languages', 'timezone']) expect(fieldProblem(answer.body, field), field).toBe(apiMessage(field));
    expect(fieldProblem(answer.body, 'email')).toBe('must be an email address');
    expect(fieldValue(answer.body, 'languages')).toBe('latvian');
    expect(fieldValue(answer.body, 'email')).toBe('not-an-email');
    expect(await t.database.db.selectFrom('mentors').select('id').execute()).toHaveLength(2);
  });
});

describe('who may enrol', () => {
  it('answers a mentor with the 403 page, and creates nothing when they post', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    for (const url of ['/console/enrol', '/console/enrol/client', '/console/enrol/mentor']) {
      const page = await laura.get(url);
      expect(page.statusCode, url).toBe(403);
      expect(textOf(page.body)).toContain("This page is for the programme's coordinators.");
    }
    const posted = await laura.post('/console/enrol/client', goodClient());
    expect(posted.statusCode).toBe(403);
    expect(await t.database.db.selectFrom('clients').select('id').where('name', '=', 'Andrii Koval').execute()).toEqual([]);
  });

  it('refuses a form posted without its CSRF token', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/enrol/client');
    const posted = await ilze.post('/console/enrol/client', { ...goodClient(), _csrf: null });
    expect(posted.statusCode).toBe(403);
    expect(textOf(posted.body)).toContain('The form has expired');
    expect(await t.database.db.selectFrom('clients').select('id').where('name', '=', 'Andrii Koval').execute()).toEqual([]);
  });
});
