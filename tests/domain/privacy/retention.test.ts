import { describe, expect, it } from 'vitest';
import { createKeyedDigest } from '../../../src/core/keyed-digest.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { eraseClient } from '../../../src/domain/privacy/erasure.js';
import { clearOldDeliveryTexts, eraseLongEndedClients, forgetSentFarewells } from '../../../src/domain/privacy/retention.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { encodePayload } from '../../../src/outbox/payload.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2028-06-15T12:00:00Z');
const day = 86_400_000;
const deps = { translator: createTranslator(), digest: createKeyedDigest('retention-test-key-0123456789abcdef'), agencyTimezone: 'Europe/Riga' };

async function client(name: string, ended: Date | null) {
  const { id } = await createClient(database.db, { name, mentorId: null, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'test', new Date(now.getTime() - 1000 * day));
  if (ended) await database.db.updateTable('clients').set({ status: 'ended', ended_at: ended }).where('id', '=', id).execute();
  return id;
}

async function delivery(status: 'pending' | 'sent' | 'dead', updatedAt: Date, text: string) {
  return (
    await database.db
      .insertInto('deliveries')
      .values({
        account_id: null,
        channel: 'telegram',
        recipient_chat_id: `chat-${text}`,
        payload: encodePayload({ kind: 'text', text, choices: [[{ data: 'mood:1', label: text }]] }, '77'),
        status,
        external_id: status === 'pending' ? null : `ext-${text}`,
        next_attempt_at: updatedAt,
        updated_at: updatedAt,
        created_at: updatedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

describe('retention', () => {
  it('erases clients ended longer ago than RETENTION_ENDED_CLIENTS, as system, and no one else', async () => {
    const old = await client('Long gone', new Date(now.getTime() - 731 * day));
    const recent = await client('Recently ended', new Date(now.getTime() - 729 * day));
    const active = await client('Still here', null);
    const result = await eraseLongEndedClients(database.db, deps, { now, keepMs: 730 * day });
    expect(result).toEqual({ erased: 1, unreferencedMedia: [] });
    const left = await database.db.selectFrom('clients').select('id').where('id', 'in', [old, recent, active]).execute();
    expect(left.map((row) => row.id).sort()).toEqual([recent, active].sort());
    expect(await database.db.selectFrom('erasures').select(['client_id', 'erased_by', 'reason']).execute()).toEqual([
      { client_id: old, erased_by: 'system', reason: 'retention: ended more than 730 days ago' },
    ]);
    expect(await eraseLongEndedClients(database.db, deps, { now, keepMs: 730 * day })).toEqual({ erased: 0, unreferencedMedia: [] });
  });

  it('clears the texts of deliveries finished longer ago than RETENTION_DELIVERY_TEXT, keeping status, times and platform ids', async () => {
    const oldSent = await delivery('sent', new Date(now.getTime() - 31 * day), 'old sent text');
    const oldDead = await delivery('dead', new Date(now.getTime() - 40 * day), 'old dead text');
    const recentSent = await delivery('sent', new Date(now.getTime() - 29 * day), 'recent sent text');
    const oldPending = await delivery('pending', new Date(now.getTime() - 31 * day), 'old pending text');
    expect(await clearOldDeliveryTexts(database.db, { now, keepMs: 30 * day })).toBe(2);
    const rows = await database.db.selectFrom('deliveries').selectAll().where('id', 'in', [oldSent, oldDead, recentSent, oldPending]).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(oldSent)).toMatchObject({
      status: 'sent',
      external_id: 'ext-old sent text',
      payload: { payload: { kind: 'text' }, replyToExternalId: '77' },
      payload_cleared_at: now,
    });
    expect(byId.get(oldDead)).toMatchObject({ status: 'dead', payload: { payload: { kind: 'text' } } });
    expect(JSON.stringify(byId.get(recentSent)?.payload)).toContain('recent sent text');
    expect(byId.get(oldPending)).toMatchObject({ status: 'pending', payload_cleared_at: null });
    expect(await clearOldDeliveryTexts(database.db, { now, keepMs: 30 * day })).toBe(0);
  });

  it('forgets the message telling an erased client once it is sent, not before', async () => {
    const id = await client('Told once', null);
    await database.db
      .insertInto('channel_accounts')
      .values({ channel: 'telegram', external_id: '555001', chat_id: '555001', client_id: id })
      .execute();
    const { erasure } = await eraseClient(database.db, deps, id, { actor: 'admin', reason: 'asked', now });
    const [farewell] = await database.db.selectFrom('erasures').select('farewell_delivery_ids').where('id', '=', erasure.id).execute();
    expect(farewell?.farewell_delivery_ids).toHaveLength(1);
    const deliveryId = farewell?.farewell_delivery_ids[0] ?? '';
    expect(await forgetSentFarewells(database.db)).toBe(0);
    await database.db.updateTable('deliveries').set({ status: 'sent' }).where('id', '=', deliveryId).execute();
    expect(await forgetSentFarewells(database.db)).toBe(1);
    expect(await database.db.selectFrom('deliveries').select('id').where('recipient_chat_id', '=', '555001').execute()).toEqual([]);
    expect((await database.db.selectFrom('erasures').select('farewell_delivery_ids').where('id', '=', erasure.id).executeTakeFirstOrThrow()).farewell_delivery_ids).toEqual([]);
    expect(await forgetSentFarewells(database.db)).toBe(0);
  });
});
