import type { Kysely } from 'kysely';
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
