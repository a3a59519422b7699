import { Histogram, type Registry } from 'prom-client';
import type { TickObserver } from '../scheduler/checkin-scheduler.js';

/** Times each step of this process's scheduler ticks. */
export function tickMetrics(registry: Registry): TickObserver {
  const took = new Histogram({
    name: 'mentorline_scheduler_tick_seconds',
    help: 'How long each step of a scheduler tick took in this process, by step.',
    labelNames: ['step'],
    // A step that prompts a hundred thousand clients runs for tens of seconds.
    buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  return { stepTook: (step, seconds) => took.observe({ step }, seconds) };
}
