import type { Logger } from './logger.js';

/** How long a graceful shutdown may take before the process gives up and exits. */
const shutdownDeadlineMs = 25_000;

/**
 * SIGTERM and SIGINT stop what `stop` stops, once, and exit 0, or 1 when stopping fails or takes
 * longer than the deadline.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<unknown>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, shutdownDeadlineMs).unref();
    stop()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
