import pg from 'pg';
import type { Logger } from '../logger.js';
import { outboxNotifyChannel } from './enqueue.js';

export interface OutboxListener {
  start(): void;
  stop(): Promise<void>;
}

/**
 * A connection of its own that LISTENs for new deliveries, so a replica's
 * worker hears of a delivery enqueued by any replica at once, not at its next
 * poll. A lost connection is made again with backoff; after each (re)connect
 * the worker is woken once, for whatever was enqueued while nobody listened.
 */
export function createOutboxListener(options: { connectionString: string; logger: Logger; onNotify: () => void }): OutboxListener {
  const { logger } = options;
  let client: pg.Client | undefined;
  let stopped = true;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: 5000 });
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = undefined;
      void next.end().catch(() => undefined);
      if (stopped) return;
      failures += 1;
      const delay = Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
      logger.warn({ err: error, retryInMs: delay }, 'outbox listener lost its connection; polling meanwhile');
      retryTimer = setTimeout(() => void connect(), delay);
    };
    client = next;
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', () => options.onNotify());
    try {
      await next.connect();
      await next.query(`listen ${outboxNotifyChannel}`);
      failures = 0;
      options.onNotify();
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      void connect();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
