import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { cleanJpeg, stored } from '../support/test-media.js';

let t: TestApp;
let now = new Date('2026-04-06T08:00:00Z');
const minutes = (n: number) => {
  now = new Date(now.getTime() + n * 60_000);
};

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => t.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
const trail = async (query: string) => {
  const answer = await api('GET', `/api/audit?${query}`);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as { items: Array<{ id: string; at: string; actor: { kind: string; id: string | null; name: string | null }; action: string; subject: Record<string, unknown>; details: Record<string, unknown>; changes: Array<Record<string, unknown>> }>; nextCursor: string | null };
};

const messageText = 'I got the job at the bakery';
const taskTitle = 'Bring the signed contract';
let olena: string;
let marta: string;
let mentor: string;
let mediaId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  mentor = (await api('POST', '/api/mentors', { name: 'Laura Ozola', timezone: 'Europe/Riga' })).json().id;
  const client = (name: string) => api('POST', '/api/clients', { name, mentorId: mentor, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:00' });
  olena = (await client('Olena Petrenko')).json().id;
  marta = (await client('Marta Kalniņa')).json().id;
  const { db } = t.database;
  const media = stored(await t.deps.mediaStore.put(db, await cleanJpeg('CV'), 'image/jpeg'));
  mediaId = media.id;
  const thread = await db.selectFrom('threads').select('id').where('client_id', '=', olena).executeTakeFirstOrThrow();
  await db.insertInto('messages').values([
    { thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'text', text: messageText },
    { thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', media_id: media.id },
  ]).execute();
});
afterAll(async () => {
  await t.close();
});

describe('reads through the API', () => {
  it('records each read of a thread, check-ins, tasks and a file as the admin’s, once in ten minutes', async () => {
    now = new Date('2026-04-06T09:00:00Z');
    expect((await api('GET', `/api/clients/${olena}/messages`)).statusCode).toBe(200);
    minutes(2);
    expect((await api('GET', `/api/clients/${olena}/messages?limit=1`)).statusCode).toBe(200);
    expect((await api('GET', `/api/clients/${olena}/checkins`)).statusCode).toBe(200);
    expect((await api('GET', `/api/clients/${olena}/tasks`)).statusCode).toBe(200);
    expect((await api('GET', `/api/media/${mediaId}`)).statusCode).toBe(200);
    minutes(11);
    expect((await api('GET', `/api/clients/${olena}/messages`)).statusCode).toBe(200);
    // A client who does not exist was read by nobody.
    expect((await api('GET', '/api/clients/00000000-0000-4000-8000-000000000000/messages')).statusCode).toBe(404);

    const reads = await trail(`clientId=${olena}&action=read.*`);
    // Reads of one instant come in no particular order among themselves.
    expect(reads.items.map((item) => `${item.at} ${item.action}`).sort()).toEqual([
      '2026-04-06T09:00:00.000Z read.thread',
      '2026-04-06T09:02:00.000Z read.checkins',
      '2026-04-06T09:02:00.000Z read.media',
      '2026-04-06T09:02:00.000Z read.tasks',
      '2026-04-06T09:13:00.000Z read.thread',
    ]);
    expect(reads.items.map((item) => item.actor)).toEqual(reads.items.map(() => ({ kind: 'admin', id: null, name: null })));
    expect(reads.items.find((item) => item.action === 'read.media')).toMatchObject({ details: { mediaId }, subject: { type: 'client', id: olena, clientId: olena, clientName: 'Olena Petrenko' } });
    expect((await trail(`clientId=${marta}&action=read.*`)).items).toEqual([]);
  });
});

describe('changes through the API', () => {
  it('carry the old and new values of what changed, and only the names of free-text fields', async () => {
    now = new Date('2026-04-07T10:00:00Z');
    expect((await api('PATCH', `/api/clients/${olena}`, { checkinTime: '10:30' })).statusCode).toBe(200);
    expect((await api('PATCH', `/api/mentors/${mentor}`, { name: 'Laura Ozola-Kalna', role: 'psychologist' })).statusCode).toBe(200);
    const staff = (await api('POST', '/api/staff', { email: 'ilze@example.org', name: 'Ilze Bērziņa', role: 'coordinator', password: 'correct horse battery' })).json();
    await api('POST', '/api/staff', { email: 'dace@example.org', name: 'Dace', role: 'coordinator' });
    expect((await api('PATCH', `/api/staff/${staff.id}`, { role: 'mentor', mentorId: mentor })).statusCode).toBe(200);
    const task = (await api('POST', `/api/clients/${olena}/tasks`, { title: 'Bring the contract' })).json();
    expect((await api('PATCH', `/api/tasks/${task.id}`, { title: taskTitle, dueDate: '2026-04-10', details: 'Both pages, signed' })).statusCode).toBe(200);

    const changed = (action: string) => trail(`action=${action}&from=2026-04-07&to=2026-04-07`).then((page) => page.items);
    expect(await changed('client.updated')).toMatchObject([
      { actor: { kind: 'admin' }, subject: { clientId: olena, clientName: 'Olena Petrenko' }, details: { fields: ['checkinTime'] }, changes: [{ field: 'checkinTime', from: '09:00', to: '10:30' }] },
    ]);
    expect(await changed('mentor.updated')).toMatchObject([
      {
        subject: { type: 'mentor', id: mentor, name: 'Laura Ozola-Kalna', clientId: null },
        changes: [
          { field: 'name', from: 'Laura Ozola', to: 'Laura Ozola-Kalna' },
          { field: 'role', from: 'other', to: 'psychologist' },
        ],
      },
    ]);
    const [staffChange] = await changed('staff.updated');
    expect(staffChange).toMatchObject({ subject: { type: 'staff', id: staff.id, name: 'Ilze Bērziņa' }, details: { fields: ['role', 'mentorId'] } });
    expect(staffChange?.changes).toEqual([
      { field: 'role', from: 'coordinator', to: 'mentor' },
      { field: 'mentorId', from: null, to: mentor, fromName: null, toName: 'Laura Ozola-Kalna' },
    ]);
    expect(await changed('task.update')).toMatchObject([
      { subject: { type: 'task', id: task.id, clientId: olena }, details: { fields: ['title', 'details', 'dueDate'] }, changes: [{ field: 'dueDate', from: null, to: '2026-04-10' }] },
    ]);

    const { db } = t.database;
    const everything = JSON.stringify([await db.selectFrom('audit_log').selectAll().execute(), await db.selectFrom('audit_changes').selectAll().execute()]);
    for (const words of [messageText, taskTitle, 'Bring the contract', 'Both pages']) expect(everything).not.toContain(words);
  });
});

describe('GET /api/audit', () => {
  it('narrows by actor and its kind, and pages newest first with the cursor it hands out', async () => {
    const all = await trail(`clientId=${olena}&limit=200`);
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await trail(`clientId=${olena}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all.items.map((item) => item.id));
    expect(all.items.map((item) => item.at)).toEqual([...all.items.map((item) => item.at)].sort().reverse());
    expect((await trail('actor=staff')).items.every((item) => item.actor.kind === 'staff')).toBe(true);
    expect((await trail('actor=ADMIN&action=client.created')).items.map((item) => item.subject.clientId).sort()).toEqual([olena, marta].sort());
    expect((await trail('clientId=00000000-0000-4000-8000-000000000000')).items).toEqual([]);
  });

  it.each([
    ['clientId=olena', 'clientId'],
    ['actor=boss', 'actor'],
    ['actor=staff:42', 'actor'],
    ['action=read;drop table audit_log', 'action'],
    ['from=2026-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-04-07&to=2026-04-06', 'to'],
    ['limit=0', 'limit'],
    [`cursor=${Buffer.from('{"after":"2026-04-07","id":"x"}').toString('base64url')}`, 'cursor'],
  ])('answers 400 to %s, naming %s', async (query, field) => {
    const answer = await api('GET', `/api/audit?${query}`);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.details.field).toBe(field);
  });

  it('needs the admin token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});
