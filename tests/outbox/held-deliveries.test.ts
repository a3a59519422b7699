import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { DeliveryError, type ChannelSender } from '../../src/outbox/channel-sender.js';
import { enqueueDeliveries, textTo } from '../../src/outbox/enqueue.js';
import { releaseHeldDeliveries } from '../../src/outbox/held-deliveries.js';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.js';
import { useTestDatabase } from '../support/test-database.js';

const { db } = useTestDatabase();

const lastHeard = new Date('2026-06-01T10:00:00Z');

/** Holds everything, as WhatsApp's closed window does, having read the person's last message time as `lastHeard`. */
const closedWindow: ChannelSender = {
  async send() {
    throw new DeliveryError('held', 'the window is closed', undefined, lastHeard);
  },
};

let accounts = 0;

async function accountLastHeardAt(at: Date) {
  accounts += 1;
  const phone = `+3712000${String(accounts).padStart(4, '0')}`;
  const client = await db
    .insertInto('clients')
    .values({ name: 'Olena', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00', phone, consent_given: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  return db
    .insertInto('channel_accounts')
    .values({ channel: 'whatsapp', external_id: phone, chat_id: phone.slice(1), client_id: client.id, last_inbound_at: at })
    .returning(['id', 'channel', 'chat_id'])
    .executeTakeFirstOrThrow();
}

async function rowsOf(accountId: string) {
  return db
    .selectFrom('deliveries')
    .select(['status', 'attempts', 'seq', (eb) => eb.fn<boolean>('isfinite', ['next_attempt_at']).as('due')])
    .where('account_id', '=', accountId)
    .orderBy('seq')
    .execute();
}

describe('held deliveries', () => {
  const worker = () =>
    createOutboxWorker({ db, senders: { whatsapp: closedWindow }, logger: createLogger('silent'), onPermanentFailure: async () => undefined, maxAttempts: 3 });

  it('wait with no attempt used and hold up nothing behind them, until the person writes and they go in order', async () => {
    const account = await accountLastHeardAt(lastHeard);
    await enqueueDeliveries(db, [textTo(account, 'first'), textTo(account, 'second')]);
    // The second is claimed although the first, ahead of it in the same chat, waits.
    expect(await worker().runOnce()).toBe(1);
    expect(await worker().runOnce()).toBe(1);
    expect(await rowsOf(account.id)).toMatchObject([
      { status: 'pending', attempts: 0, due: false },
      { status: 'pending', attempts: 0, due: false },
    ]);
    expect(await worker().runOnce()).toBe(0);

    expect(await releaseHeldDeliveries(db, account.id)).toBe(2);
    expect(await rowsOf(account.id)).toMatchObject([{ due: true }, { due: true }]);
  });

  it('go at once when the person wrote while the send was deciding to hold them', async () => {
    await db.deleteFrom('deliveries').execute();
    const account = await accountLastHeardAt(new Date(lastHeard.getTime() + 60_000));
    await enqueueDeliveries(db, [textTo(account, 'written meanwhile')]);
    expect(await worker().runOnce()).toBe(1);
    expect(await rowsOf(account.id)).toMatchObject([{ status: 'pending', attempts: 0, due: true }]);
  });
});
