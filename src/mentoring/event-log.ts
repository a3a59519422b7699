import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
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
