import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/create-database.js';
import { createLogger } from '../../src/logger.js';
import type { ChannelSender } from '../../src/outbox/channel-sender.js';
import { enqueueDeliveries } from '../../src/outbox/enqueue.js';
import { createOutboxListener } from '../../src/outbox/outbox-listener.js';
import { createOutboxWorker, type OutboxWorker } from '../../src/outbox/outbox-worker.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();
const logger = createLogger('silent');
let stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.reverse()) await stop();
  stops = [];
});

/** A worker that only notifications can wake: its fallback poll is far longer than any test. */
function sleepyWorker(sent: string[]): OutboxWorker {
  const sender: ChannelSender = {
    async send(delivery) {
      sent.push(delivery.payload.kind === 'text' ? delivery.payload.text : delivery.payload.kind);
      return { externalId: null };
    },
  };
  const worker = createOutboxWorker({
    db: database.db,
    senders: { telegram: sender },
    logger,
    onPermanentFailure: async () => undefined,
    maxAttempts: 3,
    pollIntervalMs: 10 * 60_000,
    listenUrl: database.url,
  });
  stops.push(() => worker.stop());
  return worker;
}

describe('the outbox listener', () => {
  it('wakes an idle worker for a delivery another replica enqueues, long before its next poll', async () => {
    const sent: string[] = [];
    sleepyWorker(sent).start();
    // Another replica: a pool of its own on the same database.
    const other = createDatabase(database.url, { maxConnections: 1 });
    stops.push(() => other.destroy());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await enqueueDeliveries(other, [{ channel: 'telegram', chatId: 'listen-1', accountId: null, payload: { kind: 'text', text: 'from the other replica' } }]);
    await expect.poll(() => sent, { timeout: 5000 }).toEqual(['from the other replica']);
  });

  it('listens again after its connection is cut, and wakes the worker for what came meanwhile', async () => {
    let woken = 0;
    const listener = createOutboxListener({ connectionString: database.url, logger, onNotify: () => (woken += 1) });
    listener.start();
    stops.push(() => listener.stop());
    await expect.poll(() => woken).toBe(1);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen mentorline_outbox' and pid <> pg_backend_pid()`.execute(database.db);
    // Reconnecting counts as a wake-up; a delivery after it is heard as usual.
    await expect.poll(() => woken, { timeout: 5000 }).toBe(2);
    await enqueueDeliveries(database.db, [{ channel: 'telegram', chatId: 'listen-2', accountId: null, payload: { kind: 'text', text: 'later' } }]);
    await expect.poll(() => woken, { timeout: 5000 }).toBe(3);
  });
});
