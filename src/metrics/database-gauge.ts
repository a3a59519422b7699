import { Gauge, type LabelValues, type Registry } from 'prom-client';
import type { Logger } from '../logger.js';

export interface DatabaseGaugeOptions<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  /** One grouped query's answer: each label set and its value. */
  read(): Promise<Array<[LabelValues<L>, number]>>;
}

/**
 * A gauge read from PostgreSQL at each scrape, so every replica answers it
 * alike. While the database does not answer, the gauge has no samples and
 * the rest of the scrape (the process's own figures) still answers.
 */
export function databaseGauge<L extends string>(registry: Registry, logger: Logger, options: DatabaseGaugeOptions<L>): Gauge<L> {
  const gauge: Gauge<L> = new Gauge<L>({
    name: options.name,
    help: options.help,
    labelNames: options.labelNames,
    registers: [registry],
    async collect() {
      const samples = await options.read().catch((error: unknown) => {
        logger.warn({ err: error, metric: options.name }, 'could not read a metric from the database');
        return undefined;
      });
      // Reset and set with no await between them, so a concurrent scrape never sees half of one reading.
      gauge.reset();
      for (const [labels, value] of samples ?? []) gauge.set(labels, value);
    },
  });
  return gauge;
}
