import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createServiceMetrics } from '../../src/metrics/service-metrics.js';
import { DeliveryError, type ChannelSender } from '../../src/outbox/channel-sender.js';
import { enqueueDeliveries, textTo } from '../../src/outbox/enqueue.js';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.js';
import { useTestDatabase } from '../support/test-database.js';
import { sampleOf } from './exposition.js';

const { db } = useTestDatabase();

/** A platform that answers each chat as the test says: the chat's name is what it answers. */
const platform: ChannelSender = {
  async send(delivery) {
    if (delivery.chatId === 'ok') return { externalId: '1' };
    if (delivery.chatId === 'rate_limited') throw new DeliveryError('rate_limited', 'too many requests', 60_000);
    if (delivery.chatId === 'failed') throw new DeliveryError('permanent', 'the bot was blocked');
    if (delivery.chatId === 'held') throw new DeliveryError('held', 'the window is closed');
    throw new DeliveryError('transient', 'bad gateway');
  },
};

describe('mentorline_sends_total', () => {
  it('counts each attempt by what it came to, and times every call to the platform', async () => {
    const metrics = createServiceMetrics({ db, logger: createLogger('silent'), clock: () => new Date(), channels: () => [], leaseHolder: 'outcomes' });
    const worker = createOutboxWorker({
      db,
      senders: { telegram: platform },
      logger: createLogger('silent'),
      onPermanentFailure: async () => undefined,
      maxAttempts: 1,
      observer: metrics.sends,
    });
    await enqueueDeliveries(
      db,
      ['ok', 'rate_limited', 'failed', 'held', 'dead'].map((chat) => textTo({ channel: 'telegram', chat_id: chat, id: null }, 'hello')),
    );
    expect(await worker.runOnce()).toBe(5);

    const text = await metrics.render();
    for (const outcome of ['ok', 'rate_limited', 'failed', 'held', 'dead']) {
      expect({ outcome, n: sampleOf(text, 'mentorline_sends_total', { channel: 'telegram', outcome }) }).toEqual({ outcome, n: 1 });
    }
    expect(sampleOf(text, 'mentorline_sends_total', { channel: 'telegram', outcome: 'retry' })).toBe(0);
    expect(sampleOf(text, 'mentorline_send_seconds_count', { channel: 'telegram' })).toBe(5);
    expect(sampleOf(text, 'mentorline_deliveries', { channel: 'telegram', status: 'dead' })).toBe(1);
  });

  it('counts a failure with attempts left as a retry', async () => {
    await db.deleteFrom('deliveries').execute();
    const metrics = createServiceMetrics({ db, logger: createLogger('silent'), clock: () => new Date(), channels: () => [], leaseHolder: 'retries' });
    const worker = createOutboxWorker({
      db,
      senders: { whatsapp: platform },
      logger: createLogger('silent'),
      onPermanentFailure: async () => undefined,
      maxAttempts: 3,
      observer: metrics.sends,
    });
    await enqueueDeliveries(db, [textTo({ channel: 'whatsapp', chat_id: 'flaky', id: null }, 'hello')]);
    expect(await worker.runOnce()).toBe(1);
    const text = await metrics.render();
    expect(sampleOf(text, 'mentorline_sends_total', { channel: 'whatsapp', outcome: 'retry' })).toBe(1);
    expect(sampleOf(text, 'mentorline_sends_total', { channel: 'whatsapp', outcome: 'dead' })).toBe(0);
  });
});
