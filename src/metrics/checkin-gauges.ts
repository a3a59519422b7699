import type { Kysely } from 'kysely';
import type { Registry } from 'prom-client';
import type { Clock } from '../core/clock.js';
import type { Database } from '../db/database.js';
import { checkinStates, checkinsToday } from '../domain/caseload/today.js';
import type { Logger } from '../logger.js';
import { databaseGauge } from './database-gauge.js';

/** Today's check-ins of the whole programme, counted as the console's Today page counts them. */
export function registerCheckinGauges(registry: Registry, logger: Logger, db: Kysely<Database>, clock: Clock): void {
  databaseGauge(registry, logger, {
    name: 'mentorline_checkins',
    help: "Today's check-ins (each client's own local date), by state: asked, answered, not-yet, missed.",
    labelNames: ['state'],
    async read() {
      const { checkins } = await checkinsToday(db, null, clock());
      return checkinStates.map((state) => [{ state }, checkins[state]]);
    },
  });
}
