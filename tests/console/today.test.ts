import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaff } from '../../src/domain/staff/staff.js';
import { appendThreadMessage } from '../../src/domain/threads/thread-store.js';
import { ConsoleSession } from '../support/console-session.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

// Noon in Riga: each client's "today" is 2026-12-01 in their own zone.
const now = new Date('2026-12-01T10:00:00Z');
const password = 'correct horse battery';
let t: TestApp;

beforeEach(async () => {
  t = await createTestApp({ clock: () => now });
});
afterEach(async () => {
  await t.close();
});

async function api(method: 'POST', url: string, payload: object): Promise<{ id: string }> {
  const response = await t.app.inject({ method, url, headers: auth, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const client = (name: string, mentorId: string) =>
  api('POST', '/api/clients', { name, mentorId, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true });

/** Two mentors' caseloads with a day in them: answered, asked, missed, waiting, overdue, alerted. */
async function aDayInTheProgramme() {
  const anna = await api('POST', '/api/mentors', { name: 'Anna', timezone: 'Europe/Riga' });
  const juris = await api('POST', '/api/mentors', { name: 'Juris', timezone: 'Europe/Riga' });
  const olena = await client('Olena', anna.id);
  const ahmad = await client('Ahmad', anna.id);
  const maria = await client('Maria', anna.id);
  const other = await client('Someone Else', juris.id);
  const day = '2026-12-01';
  const at = (hhmm: string) => new Date(`${day}T${hhmm}:00Z`);
  await t.database.db
    .insertInto('checkins')
    .values([
      { client_id: olena.id, local_date: day, prompted_at: at('07:00'), answered_at: at('07:05'), mood: 2, source: 'button' },
      { client_id: ahmad.id, local_date: day, prompted_at: at('07:00') },
      { client_id: maria.id, local_date: day, prompted_at: at('04:00'), reminded_at: at('07:00') },
      { client_id: other.id, local_date: day, prompted_at: at('07:00'), answered_at: at('07:01'), mood: 5, source: 'button' },
    ])
    .execute();
  await appendThreadMessage(t.database.db, { clientId: ahmad.id, direction: 'inbound', author: 'client', kind: 'text', text: 'Can we talk?' });
  await appendThreadMessage(t.database.db, { clientId: other.id, direction: 'inbound', author: 'client', kind: 'text', text: 'Hello?' });
  await t.database.db.insertInto('tasks').values({ client_id: maria.id, mentor_id: anna.id, title: 'Send the CV', due_date: '2026-11-28', created_at: now, updated_at: now }).execute();
  await t.database.db.insertInto('alerts').values({ client_id: olena.id, mentor_id: anna.id, kind: 'low_mood', created_at: at('07:05') }).execute();
  await t.database.db.insertInto('alerts').values({ client_id: other.id, mentor_id: juris.id, kind: 'crisis_words', created_at: at('07:02') }).execute();
  await t.database.db
    .insertInto('deliveries')
    .values({ channel: 'telegram', recipient_chat_id: '1', payload: JSON.stringify({ kind: 'text', text: 'x' }), status: 'dead', next_attempt_at: now, created_at: now, updated_at: now, last_error: 'chat not found' })
    .execute();
  return { anna, olena, ahmad, maria, other };
}

describe('Today', () => {
  it('shows a mentor their own caseload only, every number linking to its list', async () => {
    const day = await aDayInTheProgramme();
    await createStaff(t.database.db, { email: 'anna@example.org', name: 'Anna', role: 'mentor', mentorId: day.anna.id, password }, { now, publicUrl: 'http://console.test', actor: 'admin' });
    const browser = new ConsoleSession(t.app);
    await browser.signIn('anna@example.org', password);
    const page = (await browser.get('/console')).body;
    expect(page).toContain('Today with your clients');
    const count = (href: string) => new RegExp(`href="${href.replace(/[?]/g, '\\?')}"><span class="value">(\\d+)</span>`).exec(page)?.[1];
    expect(count('/console/clients?checkin=asked')).toBe('3');
    expect(count('/console/clients?checkin=answered')).toBe('1');
    expect(count('/console/clients?checkin=not-yet')).toBe('1');
    expect(count('/console/clients?checkin=missed')).toBe('1');
    expect(page).toContain('href="/console/clients?checkin=answered&amp;mood=2"');
    expect(page).toContain('One open alert');
    expect(page).toContain(`href="/console/clients/${day.olena.id}">Olena</a>`);
    expect(page).toContain('One client waiting for a reply');
    expect(page).toContain(`href="/console/clients/${day.ahmad.id}">Ahmad</a>`);
    expect(page).toContain('One overdue task');
    expect(page).toContain('Send the CV');
    // Another mentor's client, and the outbox, are not a mentor's to see.
    expect(page).not.toContain('Someone Else');
    expect(page).not.toContain('/console/deliveries"');
  });

  it('shows a coordinator the whole programme and the deliveries given up', async () => {
    await aDayInTheProgramme();
    await createStaff(t.database.db, { email: 'ilze@example.org', name: 'Ilze', role: 'coordinator', password, language: 'uk' }, { now, publicUrl: 'http://console.test', actor: 'admin' });
    const browser = new ConsoleSession(t.app);
    await browser.signIn('ilze@example.org', password);
    const page = (await browser.get('/console')).body;
    expect(page).toContain('Сьогодні в програмі');
    expect(page).toContain('2 відкриті тривоги');
    expect(page).toContain('Someone Else');
    expect(page).toMatch(/href="\/console\/deliveries"><span class="value">1<\/span>/);
  });
});
