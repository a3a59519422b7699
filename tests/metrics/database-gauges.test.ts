import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/create-database.js';
import { createLogger } from '../../src/logger.js';
import { createServiceMetrics, type ServiceMetrics } from '../../src/metrics/service-metrics.js';
import { enqueueDeliveries, textTo } from '../../src/outbox/enqueue.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { labelSetsOf, sampleOf } from './exposition.js';

const now = new Date('2026-03-10T10:00:00Z');
const holder = 'replica-a';

let database: TestDatabase;
let metrics: ServiceMetrics;

beforeAll(async () => {
  database = await createTestDatabase();
  metrics = createServiceMetrics({
    db: database.db,
    logger: createLogger('silent'),
    clock: () => now,
    channels: () => [
      { name: 'telegram', required: false, check: async () => ({ ready: true, state: 'polling' }) },
      { name: 'whatsapp', required: false, check: async () => ({ ready: false, state: 'disabled' }) },
    ],
    leaseHolder: holder,
  });
});
afterAll(async () => {
  await database.drop();
});

describe('the outbox gauges', () => {
  beforeEach(async () => {
    await database.db.deleteFrom('deliveries').execute();
  });

  it('count deliveries per channel and status, every pair present', async () => {
    const to = (channel: 'telegram' | 'whatsapp', chat: string) => textTo({ channel, chat_id: chat, id: null }, 'hello');
    await enqueueDeliveries(database.db, [to('telegram', '1'), to('telegram', '2'), to('telegram', '3'), to('whatsapp', '4')]);
    await database.db.updateTable('deliveries').set({ status: 'sent' }).where('recipient_chat_id', 'in', ['1', '2']).execute();
    await database.db.updateTable('deliveries').set({ status: 'dead' }).where('recipient_chat_id', '=', '4').execute();

    const text = await metrics.render();
    expect(sampleOf(text, 'mentorline_deliveries', { channel: 'telegram', status: 'sent' })).toBe(2);
    expect(sampleOf(text, 'mentorline_deliveries', { channel: 'telegram', status: 'pending' })).toBe(1);
    expect(sampleOf(text, 'mentorline_deliveries', { channel: 'whatsapp', status: 'dead' })).toBe(1);
    expect(sampleOf(text, 'mentorline_deliveries', { channel: 'whatsapp', status: 'failed' })).toBe(0);
    expect(labelSetsOf(text, 'mentorline_deliveries')).toHaveLength(2 * 8);
  });

  it('tell how long the oldest pending delivery of each channel and priority has waited, leaving out held ones', async () => {
    await enqueueDeliveries(database.db, [
      { ...textTo({ channel: 'telegram', chat_id: 'old', id: null }, 'a'), priority: 'bulk' },
      { ...textTo({ channel: 'telegram', chat_id: 'new', id: null }, 'b'), priority: 'bulk' },
      { ...textTo({ channel: 'whatsapp', chat_id: 'held', id: null }, 'c'), priority: 'conversation' },
      { ...textTo({ channel: 'whatsapp', chat_id: 'sent', id: null }, 'd'), priority: 'conversation' },
    ]);
    await database.db.updateTable('deliveries').set({ created_at: sql`now() - interval '90 seconds'` }).where('recipient_chat_id', '=', 'old').execute();
    await database.db
      .updateTable('deliveries')
      .set({ created_at: sql`now() - interval '1 hour'`, next_attempt_at: sql`'infinity'::timestamptz` })
      .where('recipient_chat_id', '=', 'held')
      .execute();
    await database.db
      .updateTable('deliveries')
      .set({ status: 'sent', created_at: sql`now() - interval '2 hours'` })
      .where('recipient_chat_id', '=', 'sent')
      .execute();

    const text = await metrics.render();
    const bulk = sampleOf(text, 'mentorline_outbox_oldest_pending_seconds', { channel: 'telegram', priority: 'bulk' });
    expect(bulk).toBeGreaterThanOrEqual(90);
    expect(bulk).toBeLessThan(120);
    expect(sampleOf(text, 'mentorline_outbox_oldest_pending_seconds', { channel: 'whatsapp', priority: 'conversation' })).toBe(0);
    expect(sampleOf(text, 'mentorline_outbox_oldest_pending_seconds', { channel: 'telegram', priority: 'stranger' })).toBe(0);
    expect(labelSetsOf(text, 'mentorline_outbox_oldest_pending_seconds')).toHaveLength(2 * 3);
  });
});

describe('the check-in gauge', () => {
  it("counts today's check-ins of clients still in the programme, each on their own local date", async () => {
    const client = async (name: string, timezone: string, status: 'active' | 'ended' = 'active') =>
      (
        await database.db
          .insertInto('clients')
          .values({ name, language: 'en', timezone, checkin_time: '09:00', consent_given: true, status })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const at = (iso: string) => new Date(iso);
    const checkin = (clientId: string, localDate: string, fields: object) =>
      database.db.insertInto('checkins').values({ client_id: clientId, local_date: localDate, ...fields }).execute();

    const answered = await client('Answered', 'UTC');
    await checkin(answered, '2026-03-10', { prompted_at: at('2026-03-10T09:00:00Z'), answered_at: at('2026-03-10T09:05:00Z'), mood: 4, source: 'text' });
    const open = await client('Open', 'UTC');
    await checkin(open, '2026-03-10', { prompted_at: at('2026-03-10T09:00:00Z') });
    const missed = await client('Missed', 'UTC');
    await checkin(missed, '2026-03-10', { prompted_at: at('2026-03-10T06:00:00Z'), reminded_at: at('2026-03-10T09:00:00Z') });
    // 23:00 on the 10th in Chatham (UTC+13:45) while it is 10:00 UTC: their today is the 10th too, their 11th not yet.
    const farEast = await client('Far east', 'Pacific/Chatham');
    await checkin(farEast, '2026-03-10', { prompted_at: at('2026-03-09T20:00:00Z') });
    await checkin(answered, '2026-03-09', { prompted_at: at('2026-03-09T09:00:00Z') });
    const ended = await client('Ended', 'UTC', 'ended');
    await checkin(ended, '2026-03-10', { prompted_at: at('2026-03-10T09:00:00Z') });

    const text = await metrics.render();
    expect(sampleOf(text, 'mentorline_checkins', { state: 'asked' })).toBe(4);
    expect(sampleOf(text, 'mentorline_checkins', { state: 'answered' })).toBe(1);
    expect(sampleOf(text, 'mentorline_checkins', { state: 'not-yet' })).toBe(2);
    expect(sampleOf(text, 'mentorline_checkins', { state: 'missed' })).toBe(1);
  });
});

describe('the component gauges', () => {
  it('say which channels are up here', async () => {
    const text = await metrics.render();
    expect(sampleOf(text, 'mentorline_channel_up', { channel: 'telegram' })).toBe(1);
    expect(sampleOf(text, 'mentorline_channel_up', { channel: 'whatsapp' })).toBe(0);
  });

  it('say which leases this process holds, as PostgreSQL has them', async () => {
    await database.db
      .insertInto('leases')
      .values([
        { name: 'send:telegram', holder, expires_at: sql`now() + interval '10 seconds'` },
        { name: 'whatsapp-session', holder: 'replica-b', expires_at: sql`now() + interval '10 seconds'` },
        { name: 'send:whatsapp', holder, expires_at: sql`now() - interval '1 second'` },
      ])
      .execute();
    const text = await metrics.render();
    expect(sampleOf(text, 'mentorline_lease_held', { name: 'send:telegram' })).toBe(1);
    expect(sampleOf(text, 'mentorline_lease_held', { name: 'whatsapp-session' })).toBe(0);
    expect(sampleOf(text, 'mentorline_lease_held', { name: 'send:whatsapp' })).toBe(0);
    expect(text).not.toContain('replica-');
  });
});

describe('a scrape while the database does not answer', () => {
  it('still gives the process metrics, and no database figure at all rather than a wrong one', async () => {
    const unreachable = createDatabase('postgres://postgres@127.0.0.1:1/mentorline_nowhere');
    const cut = createServiceMetrics({ db: unreachable, logger: createLogger('silent'), clock: () => now, channels: () => [], leaseHolder: holder });
    try {
      const text = await cut.render();
      expect(sampleOf(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      for (const name of ['mentorline_deliveries', 'mentorline_outbox_oldest_pending_seconds', 'mentorline_checkins', 'mentorline_lease_held']) {
        expect(labelSetsOf(text, name)).toEqual([]);
      }
    } finally {
      await unreachable.destroy();
    }
  });
});
