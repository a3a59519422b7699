import { sql, type Kysely } from 'kysely';
import { Gauge, type Registry } from 'prom-client';
import type { ReadinessCheck } from '../core/readiness.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { databaseGauge } from './database-gauge.js';

export interface ComponentGaugeDeps {
  db: Kysely<Database>;
  /** The channels' readiness checks, named for their channel. */
  channels: () => ReadinessCheck[];
  /** This process's name in the leases it takes. */
  leaseHolder: string;
}

/**
 * This process's own part: whether each channel is up here, and which leases
 * it holds. A lease is held when PostgreSQL says so, as every replica reads it,
 * so over all replicas each lease sums to 1 while someone holds it.
 */
export function registerComponentGauges(registry: Registry, logger: Logger, deps: ComponentGaugeDeps): void {
  const up: Gauge<'channel'> = new Gauge({
    name: 'mentorline_channel_up',
    help: 'Whether a channel is connected and working in this process (1) or not (0, also when it is switched off).',
    labelNames: ['channel'],
    registers: [registry],
    async collect() {
      const states = await Promise.all(deps.channels().map(async (check) => [check.name, await check.check().catch(() => undefined)] as const));
      for (const [channel, state] of states) up.set({ channel }, state?.ready === true ? 1 : 0);
    },
  });

  databaseGauge(registry, logger, {
    name: 'mentorline_lease_held',
    help: 'Whether this process holds a lease (1) or another process or nobody does (0), by lease name.',
    labelNames: ['name'],
    async read() {
      const rows = await sql<{ name: string; held: boolean }>`
        select name, holder = ${deps.leaseHolder} and expires_at > now() as held from leases`.execute(deps.db);
      return rows.rows.map((row) => [{ name: row.name }, row.held ? 1 : 0]);
    },
  });
}
