import { describe, expect, it } from 'vitest';
import { pruneEventLog, recordFreshEvents } from '../../../src/domain/turn/event-log.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-05-31T12:00:00Z');
const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
const event = (id: string) => ({ eventId: id, from: { channel: 'telegram' as const, externalId: '1', chatId: '1' } });

describe('the event log', () => {
  it('takes each event in once', async () => {
    expect(await recordFreshEvents(database.db, [event('once-1'), event('once-2')])).toHaveLength(2);
    expect(await recordFreshEvents(database.db, [event('once-2'), event('once-3')])).toEqual([event('once-3')]);
  });

  it('forgets, past its keeping time, events, their failures and old notices, and nothing newer', async () => {
    const { db } = database;
    await db.insertInto('inbound_events').values([
      { channel: 'telegram', event_id: 'old', received_at: days(31) },
      { channel: 'whatsapp', event_id: 'recent', received_at: days(29) },
    ]).execute();
    await db.insertInto('inbound_failures').values([
      { channel: 'telegram', event_id: 'old-failure', failed: 1, first_failed_at: days(40), last_failed_at: days(31) },
      { channel: 'telegram', event_id: 'recent-failure', failed: 1, first_failed_at: days(40), last_failed_at: days(1) },
    ]).execute();
    await db.insertInto('notice_windows').values([
      { kind: 'stranger:telegram', subject: 'old', noticed_at: days(8) },
      { kind: 'stranger:telegram', subject: 'recent', noticed_at: days(1) },
    ]).execute();

    expect(await pruneEventLog(db, { now, keepMs: 30 * 86_400_000 })).toBe(3);
    expect((await db.selectFrom('inbound_events').select('event_id').where('event_id', 'in', ['old', 'recent']).execute()).map((r) => r.event_id)).toEqual(['recent']);
    expect((await db.selectFrom('inbound_failures').select('event_id').execute()).map((r) => r.event_id)).toEqual(['recent-failure']);
    expect((await db.selectFrom('notice_windows').select('subject').execute()).map((r) => r.subject)).toEqual(['recent']);
    // Run again, it finds nothing more: each step is idempotent.
    expect(await pruneEventLog(db, { now, keepMs: 30 * 86_400_000 })).toBe(0);
  });
});
