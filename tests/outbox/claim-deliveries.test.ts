import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { claimDeliveries, recordOpenedThread } from '../../src/outbox/claim-deliveries.js';
import { enqueueDeliveries } from '../../src/outbox/enqueue.js';
import { decodePayload, encodePayload } from '../../src/outbox/payload.js';
import { filledPayloadTemplate } from '../../src/outbox/payload-sql.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('a claimed delivery', () => {
  it('carries its stored file and, to a mentor about a client, the client’s sub-thread', async () => {
    const { db } = database;
    const mentor = await db.insertInto('mentors').values({ name: 'Laura' }).returning('id').executeTakeFirstOrThrow();
    const client = await db.insertInto('clients').values({ name: 'Anna', language: 'en', timezone: 'UTC', checkin_time: '09:00' }).returning('id').executeTakeFirstOrThrow();
    const mentorAccount = await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'm', chat_id: 'claim-m', mentor_id: mentor.id }).returning('id').executeTakeFirstOrThrow();
    const clientAccount = await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'c', chat_id: 'claim-c', client_id: client.id }).returning('id').executeTakeFirstOrThrow();
    const media = await db.insertInto('media').values({ sha256: 'b'.repeat(64), content_type: 'image/jpeg', size_bytes: 42 }).returning('id').executeTakeFirstOrThrow();
    await enqueueDeliveries(db, [
      { channel: 'telegram', chatId: 'claim-m', accountId: mentorAccount.id, aboutClientId: client.id, payload: { kind: 'photo', mediaId: media.id, caption: 'Anna:' } },
      { channel: 'telegram', chatId: 'claim-c', accountId: clientAccount.id, aboutClientId: client.id, payload: { kind: 'text', text: 'hi' } },
    ]);
    const [toMentor, toClient] = await claimDeliveries(db, 'telegram', 10);
    expect(toMentor).toMatchObject({ media: { sha256: 'b'.repeat(64), contentType: 'image/jpeg', sizeBytes: 42 }, thread: { externalId: null, title: 'Anna', language: 'en' } });
    // Only a mentor's chat holds a sub-thread per client.
    expect(toClient?.thread).toBeUndefined();
    expect(toClient?.media).toBeUndefined();

    await recordOpenedThread(db, toMentor!, '77');
    await db.updateTable('deliveries').set({ status: 'pending' }).execute();
    const [again] = await claimDeliveries(db, 'telegram', 10);
    expect(again?.thread).toEqual({ externalId: '77', title: 'Anna', language: 'en' });
  });
});

describe('a payload template filled in SQL', () => {
  it('holds any name, quotes, backslashes and emoji included, exactly as the encoder would', async () => {
    const marker = '⟦name⟧';
    const template = encodePayload({ kind: 'text', text: `Good day, ${marker}! How are you?`, choices: [[{ data: 'mood:1', label: '😞 1' }]] });
    for (const name of ['Anna', 'O"Brien \\ Jr', 'Кateryna 🌻', 'Line\nbreak', '⟦name⟧']) {
      const row = await sql<{ payload: unknown }>`select ${filledPayloadTemplate(sql`${template}::text`, marker, sql`${name}::text`)} as payload`.execute(database.db);
      expect(decodePayload(row.rows[0]?.payload)).toEqual(
        decodePayload(JSON.parse(encodePayload({ kind: 'text', text: `Good day, ${name}! How are you?`, choices: [[{ data: 'mood:1', label: '😞 1' }]] }))),
      );
    }
  });
});

describe('the order of claims', () => {
  it('is conversation, then bulk, then strangers, while each chat keeps its own order', async () => {
    const { db } = database;
    await db.deleteFrom('deliveries').execute();
    const text = (chatId: string, label: string, priority: 'conversation' | 'bulk' | 'stranger') => ({
      channel: 'telegram' as const,
      chatId,
      accountId: null,
      payload: { kind: 'text' as const, text: label },
      priority,
    });
    await enqueueDeliveries(db, [text('order-a', 'a: morning prompt', 'bulk'), text('order-b', 'b: morning prompt', 'bulk')]);
    await enqueueDeliveries(db, [text('order-s', 'stranger: who are you?', 'stranger')]);
    await enqueueDeliveries(db, [text('order-a', 'a: mentor reply', 'conversation'), text('order-c', 'c: mentor reply', 'conversation')]);
    const labels = async (limit: number) => (await claimDeliveries(db, 'telegram', limit)).map((d) => (d.payload.kind === 'text' ? d.payload.text : ''));

    // Chat a's reply waits behind the prompt that chat was sent first; chat c's goes before every prompt.
    expect(await labels(2)).toEqual(['c: mentor reply', 'a: morning prompt']);
    await db.updateTable('deliveries').set({ status: 'sent' }).where('status', '=', 'sending').execute();
    expect(await labels(10)).toEqual(['a: mentor reply', 'b: morning prompt', 'stranger: who are you?']);
  });
});
