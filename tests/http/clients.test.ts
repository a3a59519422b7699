import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let mentorId: string;
let otherMentorId: string;

beforeAll(async () => {
  t = await createTestApp();
  const createMentor = async (name: string) =>
    (await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name } })).json().id as string;
  mentorId = await createMentor('Anna');
  otherMentorId = await createMentor('Jānis');
});
afterAll(async () => {
  await t.close();
});

const validClient = () => ({
  name: 'Ahmad',
  mentorId,
  language: 'uk',
  timezone: 'Europe/Riga',
  checkinTime: '09:30',
});

const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload });

describe('clients API', () => {
  it('creates a client with every field and returns them', async () => {
    const response = await post({
      ...validClient(),
      checkinDays: ['mon', 'wed', 'fri'],
      phone: '+371 2000 0000'.replace(/ /g, ''),
      consentGiven: true,
      country: 'Syria',
      programme: 'Resettlement 2026',
    });
    expect(response.statusCode).toBe(201);
    const client = response.json();
    expect(client).toMatchObject({
      name: 'Ahmad',
      mentorId,
      language: 'uk',
      timezone: 'Europe/Riga',
      checkinTime: '09:30',
      checkinDays: ['mon', 'wed', 'fri'],
      phone: '+37120000000',
      consentGiven: true,
      consentMethod: 'in_person',
      country: 'Syria',
      programme: 'Resettlement 2026',
      status: 'active',
      checkinsPausedUntil: null,
      weeklySummaryDay: 'sun',
    });
    expect(client.consentAt).not.toBeNull();
    const fetched = await t.app.inject({ method: 'GET', url: `/api/clients/${client.id}`, headers: auth });
    expect(fetched.json()).toEqual(client);
  });

  it('defaults to every weekday, no consent, and opens one thread', async () => {
    const client = (await post(validClient())).json();
    expect(client.checkinDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(client).toMatchObject({ consentGiven: false, consentAt: null, consentMethod: null, phone: null });
    const threads = await t.database.db.selectFrom('threads').selectAll().where('client_id', '=', client.id).execute();
    expect(threads).toHaveLength(1);
  });

  it.each([
    [{ mentorId: '5b0a7c1e-0000-4000-8000-000000000000' }, 'mentorId', 'UNKNOWN_MENTOR'],
    [{ mentorId: 'nope' }, 'mentorId', 'VALIDATION_FAILED'],
    [{ timezone: 'Europe/Atlantis' }, 'timezone', 'VALIDATION_FAILED'],
    [{ checkinTime: '9:30' }, 'checkinTime', 'VALIDATION_FAILED'],
    [{ checkinTime: '24:00' }, 'checkinTime', 'VALIDATION_FAILED'],
    [{ language: 'ukrainian' }, 'language', 'VALIDATION_FAILED'],
    [{ phone: '0037120000000' }, 'phone', 'VALIDATION_FAILED'],
    [{ phone: '+1555' }, 'phone', 'VALIDATION_FAILED'],
    [{ checkinDays: ['monday'] }, 'checkinDays.0', 'VALIDATION_FAILED'],
    [{ checkinDays: ['mon', 'mon'] }, 'checkinDays', 'VALIDATION_FAILED'],
    [{ checkinDays: [] }, 'checkinDays', 'VALIDATION_FAILED'],
    [{ consentGiven: 'yes' }, 'consentGiven', 'VALIDATION_FAILED'],
    [{ checkinsPausedUntil: '2026-02-30' }, 'checkinsPausedUntil', 'VALIDATION_FAILED'],
    [{ name: undefined }, 'name', 'VALIDATION_FAILED'],
  ])('rejects %j with a 400 naming %s and stores nothing', async (change, field, code) => {
    const before = await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const response = await post({ ...validClient(), ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code, details: { field } });
    const after = await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a phone number another client has with a 409', async () => {
    const first = await post({ ...validClient(), phone: '+37129999999' });
    expect(first.statusCode).toBe(201);
    const second = await post({ ...validClient(), phone: '+37129999999' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('PHONE_TAKEN');
  });

  it('keeps the assignment history when the mentor changes', async () => {
    const client = (await post(validClient())).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${client.id}`,
      headers: auth,
      payload: { mentorId: otherMentorId, checkinTime: '18:15', checkinsPausedUntil: '2026-12-01', weeklySummaryDay: 'fri' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      mentorId: otherMentorId,
      checkinTime: '18:15',
      checkinsPausedUntil: '2026-12-01',
      weeklySummaryDay: 'fri',
    });

    const history = (await t.app.inject({ method: 'GET', url: `/api/clients/${client.id}/assignments`, headers: auth })).json();
    expect(history.items).toHaveLength(2);
    expect(history.items[0]).toMatchObject({ mentorId: otherMentorId, endedAt: null });
    expect(history.items[1].mentorId).toBe(mentorId);
    expect(history.items[1].endedAt).not.toBeNull();

    const threads = await t.database.db.selectFrom('threads').selectAll().where('client_id', '=', client.id).execute();
    expect(threads).toHaveLength(1);
  });

  it('refuses a reassignment to an unknown mentor and leaves the client as it was', async () => {
    const client = (await post(validClient())).json();
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${client.id}`,
      headers: auth,
      payload: { mentorId: '5b0a7c1e-0000-4000-8000-000000000000', name: 'Changed' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.field).toBe('mentorId');
    const after = (await t.app.inject({ method: 'GET', url: `/api/clients/${client.id}`, headers: auth })).json();
    expect(after).toMatchObject({ name: 'Ahmad', mentorId });
  });

  it('filters the list by mentor', async () => {
    const mine = (await post({ ...validClient(), mentorId: otherMentorId, name: 'Filtered' })).json();
    const list = (await t.app.inject({ method: 'GET', url: `/api/clients?mentorId=${otherMentorId}&limit=200`, headers: auth })).json();
    expect(list.items.every((c: { mentorId: string }) => c.mentorId === otherMentorId)).toBe(true);
    expect(list.items.map((c: { id: string }) => c.id)).toContain(mine.id);
  });

  it('answers 404 when patching an unknown client', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/api/clients/5b0a7c1e-0000-4000-8000-000000000000',
      headers: auth,
      payload: { name: 'Ghost' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('CLIENT_NOT_FOUND');
  });
});
