import type { Kysely } from 'kysely';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { Clock } from '../core/clock.js';
import type { ReadinessCheck } from '../core/readiness.js';
import type { Database } from '../db/database.js';
import type { InboundObserver } from '../domain/conversation/inbound-observer.js';
import type { Logger } from '../logger.js';
import type { SendObserver } from '../outbox/send-observer.js';
import type { TickObserver } from '../scheduler/checkin-scheduler.js';
import { registerCheckinGauges } from './checkin-gauges.js';
import { registerComponentGauges } from './component-gauges.js';
import { inboundMetrics } from './inbound-metrics.js';
import { registerOutboxGauges } from './outbox-gauges.js';
import { sendMetrics } from './send-metrics.js';
import { tickMetrics } from './tick-metrics.js';

export interface ServiceMetricsDeps {
  db: Kysely<Database>;
  logger: Logger;
  /** The time "today" is taken from for the check-ins. */
  clock: Clock;
  /** The channels' readiness checks; read at each scrape, so they may name channels built after the metrics. */
  channels: () => ReadinessCheck[];
  leaseHolder: string;
}

/** The service's metrics in Prometheus's text format. */
export interface MetricsExposition {
  contentType: string;
  /** Reads the database-wide gauges and renders every metric. */
  render(): Promise<string>;
}

export interface ServiceMetrics extends MetricsExposition {
  sends: SendObserver;
  inbound: InboundObserver;
  ticks: TickObserver;
}

/**
 * The metrics of one process, in a registry of its own (several services in
 * one test process each count their own): counters and histograms kept in
 * memory, the database-wide gauges read from PostgreSQL at scrape time, and
 * the default process metrics.
 */
export function createServiceMetrics(deps: ServiceMetricsDeps): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerOutboxGauges(registry, deps.logger, deps.db);
  registerCheckinGauges(registry, deps.logger, deps.db, deps.clock);
  registerComponentGauges(registry, deps.logger, { db: deps.db, channels: deps.channels, leaseHolder: deps.leaseHolder });
  return {
    sends: sendMetrics(registry),
    inbound: inboundMetrics(registry),
    ticks: tickMetrics(registry),
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}
