import { sql, type Kysely } from 'kysely';
import type { LabelValues, Registry } from 'prom-client';
import { channels, deliveryPriorities, deliveryStatuses, type Channel, type Database, type DeliveryPriority, type DeliveryStatus } from '../db/database.js';
import type { Logger } from '../logger.js';
import { heldNextAttempt } from '../outbox/held-deliveries.js';
import { databaseGauge } from './database-gauge.js';

const priorityNames = new Map<number, DeliveryPriority>(Object.entries(deliveryPriorities).map(([name, value]) => [value, name as DeliveryPriority]));

/**
 * The outbox as PostgreSQL holds it: deliveries per channel and status (every
 * pair present, at zero when none), and how long the oldest pending one of
 * each channel and priority has waited.
 */
export function registerOutboxGauges(registry: Registry, logger: Logger, db: Kysely<Database>): void {
  databaseGauge(registry, logger, {
    name: 'mentorline_deliveries',
    help: 'Deliveries in the outbox, by channel and status.',
    labelNames: ['channel', 'status'],
    async read() {
      const rows = await sql<{ channel: Channel; status: DeliveryStatus; n: number }>`
        select channel, status, count(*)::float8 as n from deliveries group by channel, status`.execute(db);
      const counts = new Map(rows.rows.map((row) => [`${row.channel}:${row.status}`, row.n]));
      return channels.flatMap((channel) =>
        deliveryStatuses.map((status): [LabelValues<'channel' | 'status'>, number] => [{ channel, status }, counts.get(`${channel}:${status}`) ?? 0]),
      );
    },
  });

  databaseGauge(registry, logger, {
    name: 'mentorline_outbox_oldest_pending_seconds',
    help: 'How long the oldest pending delivery of a channel and priority has waited since it was enqueued; 0 when none waits.',
    labelNames: ['channel', 'priority'],
    async read() {
      // Against the database's clock, which stamped created_at. A delivery held until its person writes
      // (next attempt at infinity) is not waiting to be sent.
      const rows = await sql<{ channel: Channel; priority: number; seconds: number }>`
        select channel, priority, extract(epoch from now() - min(created_at))::float8 as seconds
        from deliveries where status = 'pending' and next_attempt_at < ${heldNextAttempt}
        group by channel, priority`.execute(db);
      const waited = new Map(rows.rows.map((row) => [`${row.channel}:${priorityNames.get(row.priority) ?? ''}`, Math.max(0, row.seconds)]));
      return channels.flatMap((channel) =>
        Object.keys(deliveryPriorities).map((priority): [LabelValues<'channel' | 'priority'>, number] => [
          { channel, priority },
          waited.get(`${channel}:${priority}`) ?? 0,
        ]),
      );
    },
  });
}
