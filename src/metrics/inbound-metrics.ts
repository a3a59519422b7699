import { Counter, Histogram, type Registry } from 'prom-client';
import { channels, messageKinds } from '../db/database.js';
import type { InboundKind, InboundObserver } from '../domain/conversation/inbound-observer.js';

const inboundKinds: readonly InboundKind[] = [...messageKinds.filter((kind) => kind !== 'system'), 'edit', 'command', 'choice'];

/** Counts the events this process takes in and times their handling. */
export function inboundMetrics(registry: Registry): InboundObserver {
  const taken = new Counter({
    name: 'mentorline_inbound_total',
    help: 'Events taken in by this process for the first time (redeliveries not counted), by channel and kind.',
    labelNames: ['channel', 'kind'],
    registers: [registry],
  });
  const took = new Histogram({
    name: 'mentorline_inbound_handle_seconds',
    help: 'How long taking one event in took (stored, its effects in the outbox, or failed), by channel; a batch counts its time for each event.',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  for (const channel of channels) for (const kind of inboundKinds) taken.inc({ channel, kind }, 0);
  return {
    begin() {
      const startedAt = performance.now();
      return (handled) => {
        const seconds = (performance.now() - startedAt) / 1000;
        for (const event of handled) {
          if (event.fresh) taken.inc({ channel: event.channel, kind: event.kind });
          took.observe({ channel: event.channel }, seconds);
        }
      };
    },
  };
}
