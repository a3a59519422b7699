import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMentor, updateMentor } from '../../src/domain/people/mentors.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { programme, signedIn, textOf } from './programme-fixture.js';

const now = new Date('2026-12-01T10:00:00Z');
let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;

async function say(clientId: string, author: 'client' | 'mentor', at: string, mentorId?: string) {
  const thread = await t.database.db.selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('messages')
    .values({ thread_id: thread.id, direction: author === 'client' ? 'inbound' : 'outbound', author, author_mentor_id: mentorId ?? null, kind: 'text', text: 'hi', created_at: new Date(at) })
    .execute();
}

beforeEach(async () => {
  t = await createTestApp({ clock: () => now, telegramInviteLink: (code) => `https://t.me/mentorline_bot?start=${code}` });
  people = await programme(t.database.db);
  const { db } = t.database;
  // Olena wrote and Laura answered 45 minutes later; Marta wrote last and waits for Pavel.
  await say(people.olena.id, 'client', '2026-11-25T08:00:00Z');
  await say(people.olena.id, 'mentor', '2026-11-25T08:45:00Z', people.laura.id);
  await say(people.marta.id, 'client', '2026-11-30T18:00:00Z');
  await db
    .insertInto('checkins')
    .values([
      { client_id: people.olena.id, local_date: '2026-11-29', prompted_at: new Date('2026-11-29T07:00:00Z'), answered_at: new Date('2026-11-29T07:10:00Z'), mood: 4 },
      { client_id: people.olena.id, local_date: '2026-11-30', prompted_at: new Date('2026-11-30T07:00:00Z') },
      { client_id: people.olena.id, local_date: '2026-12-01', prompted_at: new Date('2026-12-01T07:00:00Z'), answered_at: new Date('2026-12-01T07:05:00Z'), mood: 2 },
      { client_id: people.olena.id, local_date: '2026-11-28', prompted_at: new Date('2026-11-28T07:00:00Z'), answered_at: new Date('2026-11-28T07:05:00Z'), mood: 5 },
    ])
    .execute();
  await db.insertInto('alerts').values({ client_id: people.olena.id, mentor_id: people.laura.id, kind: 'low_mood', created_at: now }).execute();
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: '501', chat_id: '501', mentor_id: people.laura.id }).execute();
});
afterEach(async () => {
  await t.close();
});

/** A table row's cells, as text, by the row's first cell. */
function rowOf(html: string, name: string): string[] {
  const rows = html.split('<tr').slice(1).map((row) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1] ?? '')));
  const row = rows.find((cells) => cells[0]?.startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('the mentors page', () => {
  it('shows each mentor’s caseload, clients waiting, median first reply, check-in answers and open alerts, each linked to its list', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get('/console/mentors');
    expect(page.statusCode).toBe(200);
    expect(rowOf(page.body, 'Laura Ozola')).toEqual([
      'Laura Ozola Other',
      '1 clients of Laura Ozola',
      '0 clients of Laura Ozola waiting for a reply',
      '45m',
      '75%',
      '1 open alerts about clients of Laura Ozola',
    ]);
    expect(rowOf(page.body, 'Pavel Orlov')).toEqual([
      'Pavel Orlov Other Not in Telegram yet',
      '1 clients of Pavel Orlov',
      '1 clients of Pavel Orlov waiting for a reply',
      '– no message to answer in 30 days',
      '– no check-ins asked in 30 days',
      '0 open alerts about clients of Pavel Orlov',
    ]);
    expect(page.body).toContain(`href="/console/mentors/${people.laura.id}"`);
    expect(page.body).toContain(`href="/console/clients?mentorId=${people.pavel.id}&amp;waiting=yes"`);
    expect(page.body).toContain(`href="/console/alerts?mentorId=${people.laura.id}"`);
    expect(textOf(page.body)).toContain('Clients in all: 2. Waiting for a reply: 1.');
  });

  it('puts mentors no longer active apart', async () => {
    const gone = await createMentor(t.database.db, { name: 'Zane Gone' }, 'admin');
    await updateMentor(t.database.db, gone.id, { active: false }, 'admin', now);
    const ilze = await signedIn(t, 'ilze@example.org');
    const text = textOf((await ilze.get('/console/mentors')).body);
    expect(text).toMatch(/2 active mentors .*Laura Ozola.*Pavel Orlov.*One mentor no longer active .*Zane Gone/);
  });
});

describe('a mentor’s page', () => {
  it('lists their current clients only, with their figures', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get(`/console/mentors/${people.laura.id}`);
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Laura Ozola');
    expect(text).toContain('Olena Petrenko');
    expect(text).not.toContain('Marta Kalniņa');
    expect(text).toContain('In Telegram');
    expect(page.body).toContain(`href="/console/clients/${people.olena.id}"`);
    expect(page.body).toContain(`href="/console/enrol/client?mentorId=${people.laura.id}"`);
    expect(rowOf(page.body, 'Olena Petrenko')[3]).toMatch(/^2\/5 Bad/);
  });

  it('makes a new Telegram invite and shows it once', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get(`/console/mentors/${people.pavel.id}`);
    const posted = await ilze.post(`/console/mentors/${people.pavel.id}/invite`);
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`/console/mentors/${people.pavel.id}#invite-heading`);
    const answer = await ilze.get(`/console/mentors/${people.pavel.id}`);
    const code = /<strong class="code">([A-Z0-9]{10})<\/strong>/.exec(answer.body)?.[1];
    expect(answer.body).toContain(`https://t.me/mentorline_bot?start=${code}`);
    const invites = await t.database.db.selectFrom('invites').select('id').where('mentor_id', '=', people.pavel.id).execute();
    expect(invites).toHaveLength(1);
    expect((await ilze.get(`/console/mentors/${people.pavel.id}`)).body).toContain(`<strong class="code">${code}</strong>`);
    expect((await ilze.get(`/console/mentors/${people.laura.id}`)).body).not.toContain('<strong class="code">');
    const audit = await t.database.db.selectFrom('audit_log').select('actor').where('action', '=', 'invite.created').where('entity_id', '=', people.pavel.id).execute();
    expect(audit).toEqual([{ actor: `staff:${people.ilze.id}` }]);
  });

  it('answers 404 for a mentor that does not exist, or an id that is not one', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    expect((await ilze.get('/console/mentors/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await ilze.get('/console/mentors/laura')).statusCode).toBe(404);
  });

  it('is for coordinators: a mentor is answered 403, their own page too', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    for (const url of ['/console/mentors', `/console/mentors/${people.laura.id}`, `/console/mentors/${people.pavel.id}`]) {
      const page = await laura.get(url);
      expect(page.statusCode, url).toBe(403);
      expect(textOf(page.body)).toContain('For coordinators');
    }
    await laura.get('/console/alerts');
    expect((await laura.post(`/console/mentors/${people.pavel.id}/invite`)).statusCode).toBe(403);
    expect(await t.database.db.selectFrom('invites').select('id').execute()).toEqual([]);
  });
});
