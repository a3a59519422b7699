import { describe, expect, it } from 'vitest';
import { recordReceipt } from '../../src/outbox/delivery-receipts.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

async function sentDelivery(externalId: string | null, status: 'sending' | 'sent' = 'sent') {
  const db = database.db;
  const client = await db
    .insertInto('clients')
    .values({ name: 'R', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const account = await db
    .insertInto('channel_accounts')
    .values({ channel: 'whatsapp', external_id: `+3712${Math.floor(Math.random() * 1e7)}`, chat_id: 'c', client_id: client.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return db
    .insertInto('deliveries')
    .values({ channel: 'whatsapp', recipient_chat_id: 'c', account_id: account.id, payload: '{}', status, external_id: externalId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const statusOf = async (id: string) =>
  (await database.db.selectFrom('deliveries').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('delivery receipts', () => {
  it('move a delivery forward only, whatever order they arrive in', async () => {
    const delivery = await sentDelivery('wa-1');
    expect(await recordReceipt(database.db, 'whatsapp', 'wa-1', 'read')).toBe(true);
    expect(await recordReceipt(database.db, 'whatsapp', 'wa-1', 'delivered')).toBe(true);
    expect(await recordReceipt(database.db, 'whatsapp', 'wa-1', 'sent')).toBe(true);
    expect(await statusOf(delivery.id)).toBe('read');
  });

  it('say when no delivery carries the id yet, so the caller can try again once the send is recorded', async () => {
    expect(await recordReceipt(database.db, 'whatsapp', 'wa-unknown', 'delivered')).toBe(false);
    expect(await recordReceipt(database.db, 'telegram', 'wa-1', 'delivered')).toBe(false);
  });

  it('leave a delivery still being sent to the outbox worker', async () => {
    const delivery = await sentDelivery('wa-2', 'sending');
    await recordReceipt(database.db, 'whatsapp', 'wa-2', 'delivered');
    expect(await statusOf(delivery.id)).toBe('sending');
  });
});
