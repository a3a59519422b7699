import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../../src/db/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { programme, signedIn, textOf } from './programme-fixture.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof programme>>;
const ids: Record<string, string> = {};

async function delivery(status: DeliveryStatus, options: { chatId: string; accountId?: string; aboutClientId?: string; error?: string; kind?: 'text' | 'photo' }) {
  const payload = options.kind === 'photo' ? { kind: 'photo', mediaId: '00000000-0000-4000-8000-000000000001', caption: null } : { kind: 'text', text: 'hello' };
  const row = await t.database.db
    .insertInto('deliveries')
    .values({
      channel: 'telegram',
      recipient_chat_id: options.chatId,
      account_id: options.accountId ?? null,
      about_client_id: options.aboutClientId ?? null,
      payload: JSON.stringify({ payload, replyToExternalId: null }),
      status,
      attempts: status === 'dead' ? 10 : 1,
      last_error: options.error ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeEach(async () => {
  t = await createTestApp();
  people = await programme(t.database.db);
  const { db } = t.database;
  const account = async (owner: { client_id?: string; mentor_id?: string }, chat: string) =>
    (await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: chat, chat_id: chat, ...owner }).returning('id').executeTakeFirstOrThrow()).id;
  const olenaAccount = await account({ client_id: people.olena.id }, '701');
  const lauraAccount = await account({ mentor_id: people.laura.id }, '702');
  ids.sent = await delivery('sent', { chatId: '701', accountId: olenaAccount });
  ids.toOlena = await delivery('failed', { chatId: '701', accountId: olenaAccount, error: 'Forbidden: bot was blocked by the user' });
  ids.toLaura = await delivery('dead', { chatId: '702', accountId: lauraAccount, aboutClientId: people.olena.id, error: 'Bad Gateway', kind: 'photo' });
  ids.toCoordinators = await delivery('dead', { chatId: '-100777', error: 'Internal Server Error' });
});
afterEach(async () => {
  await t.close();
});

describe('the deliveries page', () => {
  it('lists dead and failed deliveries, newest first, with whom they were for and why', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    const page = await ilze.get('/console/deliveries');
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toMatch(/Chat -100777 · Telegram Text Gave up after retries 10 attempts Internal Server Error Send again/);
    expect(text).toMatch(/Laura Ozola mentor · Telegram about Olena Petrenko Photo Gave up after retries 10 attempts Bad Gateway Send again/);
    expect(text).toMatch(/Olena Petrenko client · Telegram Text Refused by the platform one attempt Forbidden: bot was blocked by the user Send again/);
    expect(text.indexOf('-100777')).toBeLessThan(text.indexOf('Laura Ozola mentor'));
    expect(text.indexOf('Laura Ozola mentor')).toBeLessThan(text.indexOf('Olena Petrenko client'));
    expect(page.body.match(/action="\/console\/deliveries\/[^"]+\/retry"/g)).toHaveLength(3);
    expect(page.body).not.toContain(`/console/deliveries/${ids.sent}/retry`);
    expect(page.body).toContain(`href="/console/clients/${people.olena.id}"`);
    expect(page.body).toContain(`href="/console/mentors/${people.laura.id}"`);
  });

  it('sends one again as the coordinator, and says so; a second press finds nothing to retry and says that', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/deliveries');
    const retried = await ilze.post(`/console/deliveries/${ids.toLaura}/retry`);
    expect(retried.statusCode).toBe(303);
    expect(retried.headers.location).toBe('/console/deliveries?done=delivery-retried');
    const row = await t.database.db.selectFrom('deliveries').selectAll().where('id', '=', ids.toLaura ?? '').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    const audit = await t.database.db.selectFrom('audit_log').select(['actor', 'action']).where('entity_id', '=', ids.toLaura ?? '').execute();
    expect(audit).toEqual([{ actor: `staff:${people.ilze.id}`, action: 'delivery.retried' }]);

    const after = await ilze.get('/console/deliveries?done=delivery-retried');
    expect(textOf(after.body)).toContain('The message is back in the outbox and goes out in a moment.');
    expect(after.body).not.toContain(`/console/deliveries/${ids.toLaura}/retry`);

    const again = await ilze.post(`/console/deliveries/${ids.toLaura}/retry`);
    expect(again.headers.location).toBe('/console/deliveries?done=delivery-not-retryable');
    expect(textOf((await ilze.get('/console/deliveries?done=delivery-not-retryable')).body)).toContain('That message is no longer waiting to be sent again');
  });

  it('answers 404 for a delivery that does not exist', async () => {
    const ilze = await signedIn(t, 'ilze@example.org');
    await ilze.get('/console/deliveries');
    expect((await ilze.post('/console/deliveries/00000000-0000-4000-8000-000000000000/retry')).statusCode).toBe(404);
    expect((await ilze.post('/console/deliveries/nope/retry')).statusCode).toBe(404);
  });

  it('is for coordinators: a mentor is answered 403 and retries nothing', async () => {
    const laura = await signedIn(t, 'laura@example.org');
    const page = await laura.get('/console/deliveries');
    expect(page.statusCode).toBe(403);
    expect(textOf(page.body)).not.toContain('Bad Gateway');
    expect((await laura.post(`/console/deliveries/${ids.toLaura}/retry`)).statusCode).toBe(403);
    const row = await t.database.db.selectFrom('deliveries').select('status').where('id', '=', ids.toLaura ?? '').executeTakeFirstOrThrow();
    expect(row.status).toBe('dead');
  });

  it('says so when every message was delivered', async () => {
    await t.database.db.deleteFrom('deliveries').where('status', 'in', ['dead', 'failed']).execute();
    const ilze = await signedIn(t, 'ilze@example.org');
    expect(textOf((await ilze.get('/console/deliveries')).body)).toContain('Every message was delivered.');
  });
});
