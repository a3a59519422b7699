import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let clientId: string;

beforeAll(async () => {
  t = await createTestApp();
  const mentor = (await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name: 'Laura' } })).json();
  clientId = (
    await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: auth,
      payload: { name: 'Anna', mentorId: mentor.id, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' },
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

const createTask = (payload: object, id = clientId) => t.app.inject({ method: 'POST', url: `/api/clients/${id}/tasks`, headers: auth, payload });
const patchTask = (id: string, payload: object) => t.app.inject({ method: 'PATCH', url: `/api/tasks/${id}`, headers: auth, payload });
const countTasks = async () =>
  (await t.database.db.selectFrom('tasks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('tasks API', () => {
  it('creates a task, lists it with its evidence, and changes its title and due date', async () => {
    const created = await createTask({ title: '  Go for a walk ', details: '20 minutes, any weather', dueDate: '2030-01-15' });
    expect(created.statusCode).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({ title: 'Go for a walk', details: '20 minutes, any weather', dueDate: '2030-01-15', status: 'assigned', evidence: [] });
    expect(task.id).toMatch(/^[0-9a-f-]{36}$/);

    const patched = await patchTask(task.id, { title: 'Go for a long walk', dueDate: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ title: 'Go for a long walk', dueDate: null, status: 'assigned' });

    const list = await t.app.inject({ method: 'GET', url: `/api/clients/${clientId}/tasks`, headers: auth });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(task.id);
    // The client has no chat yet: the notice waits in the thread.
    const thread = await t.database.db.selectFrom('messages').select('text').execute();
    expect(thread.map((m) => m.text).join('\n')).toContain('New task: “Go for a walk”');
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ title: 'Walk', dueDate: '2030-02-30' }, 'dueDate'],
    [{ title: 'Walk', status: 'approved' }, 'status'],
    [{}, 'title'],
  ])('rejects %j with a 400 naming %s and stores nothing', async (payload, field) => {
    const before = await countTasks();
    const response = await createTask(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.field).toBe(field);
    expect(await countTasks()).toBe(before);
  });

  it('answers 404 for an unknown client or task', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await createTask({ title: 'Walk' }, unknown)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/clients/${unknown}/tasks`, headers: auth })).statusCode).toBe(404);
    expect((await patchTask(unknown, { title: 'Walk' })).json().error.code).toBe('TASK_NOT_FOUND');
  });

  it('moves a task only along its states', async () => {
    const task = (await createTask({ title: 'Fill in the worksheet' })).json();
    const submitted = await patchTask(task.id, { status: 'submitted' });
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.code).toBe('TASK_STATUS_CONFLICT');
    expect((await patchTask(task.id, { status: 'approved' })).statusCode).toBe(409);

    const cancelled = await patchTask(task.id, { status: 'cancelled' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await patchTask(task.id, { status: 'assigned' })).statusCode).toBe(409);
    expect((await patchTask(task.id, { status: 'cancelled' })).statusCode).toBe(200);
  });

  it('rejects an empty change', async () => {
    const task = (await createTask({ title: 'Walk' })).json();
    const response = await patchTask(task.id, {});
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
