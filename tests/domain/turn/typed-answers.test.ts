import { describe, expect, it } from 'vitest';
import { findAccount } from '../../../src/domain/people/accounts.js';
import { clientTypedKinds } from '../../../src/domain/conversation/client-router.js';
import { markChoicesAnswered, resolveTypedChoice } from '../../../src/domain/turn/typed-answers.js';
import { enqueueDeliveries } from '../../../src/outbox/enqueue.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();

const sender = { channel: 'whatsapp' as const, externalId: '+37120000009', chatId: '37120000009@c.us' };

describe('typed choices', () => {
  it('answer the latest question on its way or sent, and none once it has been answered', async () => {
    const db = database.db;
    const client = await db
      .insertInto('clients')
      .values({ name: 'T', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto('channel_accounts')
      .values({ channel: 'whatsapp', external_id: sender.externalId, chat_id: sender.chatId, client_id: client.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ask = (first: string, second: string) =>
      enqueueDeliveries(db, [
        { channel: 'whatsapp', chatId: sender.chatId, accountId: id, payload: { kind: 'text', text: '?', choices: [[{ data: first, label: 'A' }, { data: second, label: 'B' }]] } },
      ]);
    const setStatus = (status: 'sending' | 'sent') => db.updateTable('deliveries').set({ status }).where('account_id', '=', id).where('status', 'in', ['pending', 'sending']).execute();
    const account = async () => (await findAccount(db, sender))!;
    const resolve = async (text: string) => resolveTypedChoice(db, await account(), text, { now: new Date(), kinds: clientTypedKinds });

    await ask('consent:yes', 'consent:no');
    expect(await resolve('1')).toBeNull(); // not sent yet: nobody saw it
    await setStatus('sent');
    await ask('lang:en', 'lang:lv');
    await setStatus('sending');
    // The reply overtook the outbox recording the second question as sent.
    expect(await resolve('2')).toBe('lang:lv');

    await markChoicesAnswered(db, id);
    await setStatus('sent');
    expect(await resolve('2')).toBeNull();
    await ask('mood:1', 'mood:2');
    await setStatus('sent');
    expect(await resolve('B')).toBe('mood:2');
  });
});
