import { sql, type Kysely } from 'kysely';
import type { Channel, Database } from '../../db/database.js';
import type { InboundEvent } from './inbound-event.js';

/**
 * Records events as taken in and returns those not recorded before. Called in
 * the transaction of the events' effects, so a redelivered event changes nothing.
 */
export async function recordFreshEvents<E extends Pick<InboundEvent, 'eventId' | 'from'>>(db: Kysely<Database>, events: E[]): Promise<E[]> {
  if (events.length === 0) return [];
  const recorded = await db
    .insertInto('inbound_events')
    .values(events.map((event) => ({ channel: event.from.channel, event_id: event.eventId })))
    .onConflict((oc) => oc.doNothing())
    .returning(['channel', 'event_id'])
    .execute();
  const fresh = new Set(recorded.map((row) => `${row.channel}:${row.event_id}`));
  return events.filter((event) => fresh.has(`${event.from.channel}:${event.eventId}`));
}

/** Which of the given event ids of a channel were taken in before. */
export async function storedEventIds(db: Kysely<Database>, channel: Channel, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('inbound_events')
    .select('event_id')
    .where('channel', '=', channel)
    .where('event_id', 'in', eventIds)
    .execute();
  return new Set(rows.map((row) => row.event_id));
}

/** How many rows one pruning statement removes at most, so a backlog is worked off over ticks without a long lock. */
const pruneBatch = 10_000;
/** Notices due at most once a day or an hour need no memory older than this. */
const noticeMemoryMs = 7 * 24 * 3600_000;

/**
 * Forgets events taken in longer ago than `keepMs` (past any redelivery: a
 * day for Telegram, the week of WhatsApp's catch-up), failures of events as
 * old, and notices long past their window. Returns how many rows went.
 */
export async function pruneEventLog(db: Kysely<Database>, options: { now: Date; keepMs: number }): Promise<number> {
  const cutoff = new Date(options.now.getTime() - options.keepMs);
  const events = await sql`
    delete from inbound_events where ctid in (select ctid from inbound_events where received_at < ${cutoff} limit ${pruneBatch})`.execute(db);
  const failures = await db.deleteFrom('inbound_failures').where('last_failed_at', '<', cutoff).executeTakeFirst();
  const notices = await db.deleteFrom('notice_windows').where('noticed_at', '<', new Date(options.now.getTime() - noticeMemoryMs)).executeTakeFirst();
  return Number(events.numAffectedRows ?? 0n) + Number(failures.numDeletedRows) + Number(notices.numDeletedRows);
}
