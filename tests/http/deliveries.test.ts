import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeliveryStatus } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createOutboxListener, type OutboxListener } from '../../src/outbox/outbox-listener.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let nudges = 0;
let listener: OutboxListener;
const ids: Record<string, string> = {};

async function insert(status: DeliveryStatus, chatId: string): Promise<string> {
  const row = await t.database.db
    .insertInto('deliveries')
    .values({
      channel: 'telegram',
      recipient_chat_id: chatId,
      payload: JSON.stringify({ payload: { kind: 'text', text: 'hello' }, replyToExternalId: null }),
      status,
      attempts: status === 'dead' ? 10 : 1,
      last_error: status === 'dead' ? 'Bad Gateway' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  // The worker of any replica hears of a retried delivery through LISTEN; so does this listener.
  listener = createOutboxListener({ connectionString: t.database.url, logger: createLogger('silent'), onNotify: () => nudges++ });
  listener.start();
  await vi.waitFor(() => expect(nudges).toBeGreaterThan(0));
  ids.sent = await insert('sent', '100');
  for (let i = 0; i < 3; i++) ids[`dead${i}`] = await insert('dead', String(200 + i));
  ids.failed = await insert('failed', '300');
});
afterAll(async () => {
  await listener.stop();
  await t.close();
});

describe('GET /api/deliveries', () => {
  it('lists dead deliveries newest first, a page at a time, with why they died', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/deliveries?status=dead&limit=2', headers: auth });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items.map((d: { id: string }) => d.id)).toEqual([ids.dead2, ids.dead1]);
    expect(page.items[0]).toMatchObject({ status: 'dead', attempts: 10, lastError: 'Bad Gateway', kind: 'text', chatId: '202' });
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/deliveries?status=dead&limit=2&cursor=${page.nextCursor}`,
      headers: auth,
    });
    expect(second.json()).toMatchObject({ items: [{ id: ids.dead0 }], nextCursor: null });
  });

  it('needs the admin token and a known status', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/deliveries?status=dead' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/deliveries?status=lost', headers: auth })).statusCode).toBe(400);
  });
});

describe('POST /api/deliveries/:id/retry', () => {
  it('puts a dead delivery back in the outbox with fresh attempts and wakes the worker', async () => {
    const before = nudges;
    const response = await t.app.inject({ method: 'POST', url: `/api/deliveries/${ids.dead0}/retry`, headers: auth });
    expect(response.statusCode).toBe(202);
    const row = await t.database.db.selectFrom('deliveries').selectAll().where('id', '=', ids.dead0 ?? '').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(row.next_attempt_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    await vi.waitFor(() => expect(nudges).toBe(before + 1));
  });

  it('retries a permanently failed one too', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/deliveries/${ids.failed}/retry`, headers: auth })).statusCode).toBe(202);
  });

  it('answers 409 for a delivery that is not dead or failed, 404 for an unknown one', async () => {
    const conflict = await t.app.inject({ method: 'POST', url: `/api/deliveries/${ids.sent}/retry`, headers: auth });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('DELIVERY_NOT_RETRYABLE');
    const again = await t.app.inject({ method: 'POST', url: `/api/deliveries/${ids.dead0}/retry`, headers: auth });
    expect(again.statusCode).toBe(409);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/deliveries/00000000-0000-4000-8000-000000000000/retry',
      headers: auth,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
