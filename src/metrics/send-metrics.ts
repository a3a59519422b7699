import { Counter, Histogram, type Registry } from 'prom-client';
import { channels } from '../db/database.js';
import { sendOutcomes, type SendObserver } from '../outbox/send-observer.js';

/** Counts and times this process's sends. */
export function sendMetrics(registry: Registry): SendObserver {
  const sends = new Counter({
    name: 'mentorline_sends_total',
    help: 'Attempts at deliveries by this process, by channel and outcome.',
    labelNames: ['channel', 'outcome'],
    registers: [registry],
  });
  const took = new Histogram({
    name: 'mentorline_send_seconds',
    help: 'How long the platform took to answer one send, by channel.',
    labelNames: ['channel'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  // Every series from the start, so a rate over the first attempts is not lost.
  for (const channel of channels) for (const outcome of sendOutcomes) sends.inc({ channel, outcome }, 0);
  return {
    sendTook: (channel, seconds) => took.observe({ channel }, seconds),
    attemptEnded: (channel, outcome) => sends.inc({ channel, outcome }),
  };
}
