import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { ChannelSender } from '../../src/outbox/channel-sender.js';
import { enqueueDeliveries } from '../../src/outbox/enqueue.js';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.js';
import type { SendBudget } from '../../src/outbox/send-budget.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

describe('a fenced send', () => {
  it('does not go when the send lease changes hands while it waits for its turn, and goes back to the outbox', async () => {
    const { db } = database;
    await enqueueDeliveries(db, [{ channel: 'telegram', chatId: 'fenced-1', accountId: null, payload: { kind: 'text', text: 'hello' } }]);
    let generation: number | undefined = 7;
    let letGo: (() => void) | undefined;
    const release = () => letGo?.();
    const budget: SendBudget = {
      // Holds the send until the test lets it go, as a busy budget would.
      take: () => new Promise((resolve) => (letGo = () => resolve(() => undefined))),
      pause: () => undefined,
      room: () => 30,
    };
    const sent: string[] = [];
    const sender: ChannelSender = {
      async send(delivery) {
        sent.push(delivery.id);
        return { externalId: '1' };
      },
    };
    const worker = createOutboxWorker({
      db,
      senders: { telegram: sender },
      budgets: { telegram: budget },
      fences: { telegram: () => generation },
      logger: createLogger('silent'),
      onPermanentFailure: async () => undefined,
      maxAttempts: 3,
    });
    const round = worker.runOnce();
    await expect.poll(() => letGo).toBeDefined();
    // Another replica took the lease over: this one's generation is gone, and the new holder's is 8.
    generation = 8;
    release();
    expect(await round).toBe(1);
    expect(sent).toEqual([]);
    const row = await db.selectFrom('deliveries').select(['status', 'attempts']).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'pending', attempts: 0 });

    // Under the lease it holds now, the delivery goes.
    letGo = undefined;
    const next = worker.runOnce();
    await expect.poll(() => letGo).toBeDefined();
    release();
    await next;
    expect(sent).toHaveLength(1);
  });
});
