import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/create-database.js';
import type { Channel, Database, DeliveryStatus } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { enqueueDeliveries, type DeliveryRequest } from '../../src/outbox/enqueue.js';
import type { StoredPayload } from '../../src/outbox/payload.js';
import { DeliveryError, type ChannelSender, type OutboundDelivery } from '../../src/outbox/channel-sender.js';
import { backoffMs, createOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from '../../src/outbox/outbox-worker.js';
import { useTestDatabase } from '../support/test-database.js';

// ---------------------------------------------------------------------------
// Fixtures and helpers
// ---------------------------------------------------------------------------

/** Workers and extra connection pools a test opened, closed after it. */
let workers: OutboxWorker[] = [];
let extraPools: Array<Kysely<Database>> = [];

// One database for the file; each test starts from an empty outbox.
const database = useTestDatabase();
const { db } = database;

beforeEach(async () => {
  await db.deleteFrom('deliveries').execute();
  await db.deleteFrom('audit_log').execute();
});

afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
  await Promise.all(extraPools.map((pool) => pool.destroy()));
  extraPools = [];
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** The label a test delivery carries: its chat and its position among that chat's deliveries. */
const label = (chatId: string, index: number) => `${chatId}#${index}`;

function textOf(delivery: OutboundDelivery): string {
  return delivery.payload.kind === 'text' ? delivery.payload.text : `<${delivery.payload.kind}>`;
}

/**
 * Enqueues `perChat` text deliveries to each chat, interleaved across chats
 * (a#0, b#0, …, a#1, b#1, …) as separate enqueues, the way independent events
 * would. Each text is `label(chat, index)`.
 */
async function enqueueTexts(
  chats: string[],
  perChat: number,
  options: { channel?: Channel; target?: Kysely<Database> } = {},
): Promise<void> {
  const requests: DeliveryRequest[] = [];
  for (let i = 0; i < perChat; i++) {
    for (const chatId of chats) {
      requests.push({
        channel: options.channel ?? 'telegram',
        chatId,
        accountId: null,
        payload: { kind: 'text', text: label(chatId, i) },
      });
    }
  }
  for (const request of requests) await enqueueDeliveries(options.target ?? db, [request]);
}

interface DeliveryRow {
  id: string;
  seq: number;
  channel: Channel;
  chatId: string;
  text: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  externalId: string | null;
  sentAt: Date | null;
  updatedAt: Date;
}

async function rows(): Promise<DeliveryRow[]> {
  const found = await db
    .selectFrom('deliveries')
    .select([
      'id', 'seq', 'channel', 'recipient_chat_id', 'payload', 'status', 'attempts',
      'next_attempt_at', 'last_error', 'external_id', 'sent_at', 'updated_at',
    ])
    .orderBy('seq')
    .execute();
  return found.map((r) => {
    const stored = r.payload as StoredPayload;
    return {
      id: r.id,
      seq: r.seq,
      channel: r.channel,
      chatId: r.recipient_chat_id,
      text: stored.payload.kind === 'text' ? stored.payload.text : `<${stored.payload.kind}>`,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
      externalId: r.external_id,
      sentAt: r.sent_at,
      updatedAt: r.updated_at,
    };
  });
}

async function rowByText(text: string): Promise<DeliveryRow> {
  const row = (await rows()).find((r) => r.text === text);
  if (!row) throw new Error(`no delivery ${text}`);
  return row;
}

/** Makes every waiting delivery due now, standing in for the passing of its backoff. */
async function makeAllDue(): Promise<void> {
  await db.updateTable('deliveries').set({ next_attempt_at: sql<Date>`now()` }).where('status', '=', 'pending').execute();
}

interface SendRecord {
  delivery: OutboundDelivery;
  /** The test's round counter when the send was made. */
  round: number;
}

interface FakeSender extends ChannelSender {
  /** Every call to send, failed or not, in the order they were made. */
  calls: SendRecord[];
  /** The sends that succeeded, in the order they were made. */
  sent: SendRecord[];
  round: number;
}

/**
 * A stand-in for a platform: records what it is asked to send, optionally
 * waits, and fails a send when `fail` returns an error for it.
 */
function fakeSender(options: { delayMs?: number; fail?: (delivery: OutboundDelivery, call: number) => Error | undefined } = {}): FakeSender {
  const sender: FakeSender = {
    calls: [],
    sent: [],
    round: 0,
    async send(delivery) {
      const record = { delivery, round: sender.round };
      sender.calls.push(record);
      if (options.delayMs) await sleep(options.delayMs);
      const error = options.fail?.(delivery, sender.calls.filter((c) => c.delivery.id === delivery.id).length);
      if (error) throw error;
      sender.sent.push(record);
      return { externalId: `ext-${delivery.id}` };
    },
  };
  return sender;
}

const logger = createLogger('silent');

function worker(sender: ChannelSender | null, options: Partial<OutboxWorkerOptions> = {}): OutboxWorker {
  const created = createOutboxWorker({
    db,
    senders: sender ? { telegram: sender } : {},
    logger,
    onPermanentFailure: async () => undefined,
    maxAttempts: 5,
    ...options,
  });
  workers.push(created);
  return created;
}

/** Sends per chat, in the order the sender saw them. */
function textsByChat(records: SendRecord[]): Map<string, string[]> {
  const byChat = new Map<string, string[]>();
  for (const { delivery } of records) {
    byChat.set(delivery.chatId, [...(byChat.get(delivery.chatId) ?? []), textOf(delivery)]);
  }
  return byChat;
}

function expectChatOrder(records: SendRecord[], chats: string[], perChat: number): void {
  const byChat = textsByChat(records);
  for (const chatId of chats) {
    expect(byChat.get(chatId), `order in chat ${chatId}`).toEqual(Array.from({ length: perChat }, (_, i) => label(chatId, i)));
  }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('ordering', () => {
  it('sends one chat’s deliveries in enqueue order across rounds and workers, and different chats in the same round', async () => {
    const chats = ['a', 'b', 'c'];
    await enqueueTexts(chats, 4);
    const sender = fakeSender();
    const first = worker(sender);
    const second = worker(sender);

    const handledPerRound: number[] = [];
    for (let round = 1; round <= 10; round++) {
      sender.round = round;
      const handled = await (round % 2 === 1 ? first : second).runOnce();
      handledPerRound.push(handled);
      if (handled === 0) break;
    }

    // One delivery per chat per round: the oldest unfinished one.
    expect(handledPerRound).toEqual([3, 3, 3, 3, 0]);
    expect(sender.sent.filter((s) => s.round === 1).map((s) => textOf(s.delivery)).sort()).toEqual(['a#0', 'b#0', 'c#0']);
    expectChatOrder(sender.sent, chats, 4);
    for (const record of sender.sent) {
      const index = Number(textOf(record.delivery).split('#')[1]);
      expect(record.round, textOf(record.delivery)).toBe(index + 1);
    }
    expect((await rows()).every((r) => r.status === 'sent')).toBe(true);
  });

  it('takes the oldest chats first when the batch is smaller than the chats that are due', async () => {
    await enqueueTexts(['a', 'b', 'c'], 2);
    const sender = fakeSender();
    const w = worker(sender, { batchSize: 2 });
    expect(await w.runOnce()).toBe(2);
    expect(sender.sent.map((s) => textOf(s.delivery)).sort()).toEqual(['a#0', 'b#0']);
  });
});

describe('a successful send', () => {
  it('marks the delivery sent with the platform id and the time, and hands the sender the stored payload', async () => {
    await enqueueDeliveries(db, [
      {
        channel: 'telegram',
        chatId: '42',
        accountId: null,
        payload: { kind: 'text', text: 'hello', choices: [[{ data: 'x:1', label: 'One' }]] },
        replyToExternalId: '777',
      },
    ]);
    const sender = fakeSender();
    const before = new Date();
    expect(await worker(sender).runOnce()).toBe(1);
    const after = new Date();

    const [row] = await rows();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null, externalId: `ext-${row?.id}` });
    expect(row?.sentAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
    expect(row?.sentAt?.getTime()).toBeLessThanOrEqual(after.getTime() + 1);

    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]?.delivery).toEqual({
      id: row?.id,
      channel: 'telegram',
      chatId: '42',
      accountId: null,
      aboutClientId: null,
      payload: { kind: 'text', text: 'hello', choices: [[{ data: 'x:1', label: 'One' }]] },
      replyToExternalId: '777',
      attempts: 1,
    });
  });
});

describe('a transient failure', () => {
  it('returns the delivery to pending with backoff and holds back later deliveries to the same chat', async () => {
    await enqueueTexts(['a'], 2);
    await enqueueTexts(['b'], 1);
    const sender = fakeSender({
      fail: (d, call) => (textOf(d) === 'a#0' && call === 1 ? new DeliveryError('transient', 'gateway timeout') : undefined),
    });
    const w = worker(sender);

    const before = Date.now();
    expect(await w.runOnce()).toBe(2); // a#0 (fails) and b#0
    const after = Date.now();

    const failed = await rowByText('a#0');
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'gateway timeout' });
    // backoffMs(1) is within [500, 1000] ms; timestamps are stored to the millisecond.
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 500 - 1);
    expect(failed.nextAttemptAt.getTime()).toBeLessThanOrEqual(after + 1000 + 1);
    expect(await rowByText('b#0')).toMatchObject({ status: 'sent' });

    // While a#0 waits, a#1 is not sent, however often the worker runs.
    expect(await w.runOnce()).toBe(0);
    expect(await w.runOnce()).toBe(0);
    expect(await rowByText('a#1')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(sender.calls.map((c) => textOf(c.delivery)).sort()).toEqual(['a#0', 'b#0']);

    // Once a#0 is due it goes first (as its second attempt), then a#1.
    await makeAllDue();
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(textsByChat(sender.sent).get('a')).toEqual(['a#0', 'a#1']);
    expect(sender.sent.find((s) => textOf(s.delivery) === 'a#0')?.delivery.attempts).toBe(2);
    expect(await rowByText('a#0')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('treats an error that is not a DeliveryError as transient', async () => {
    await enqueueTexts(['a'], 1);
    const w = worker(fakeSender({ fail: () => new Error('socket hang up') }));
    expect(await w.runOnce()).toBe(1);
    expect(await rowByText('a#0')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'socket hang up' });
  });

  it('makes the delivery dead after maxAttempts failures, which frees the chat for the next one', async () => {
    await enqueueTexts(['a'], 2);
    const sender = fakeSender({
      fail: (d) => (textOf(d) === 'a#0' ? new DeliveryError('transient', 'still down') : undefined),
    });
    const w = worker(sender, { maxAttempts: 3 });

    for (let attempt = 1; attempt <= 2; attempt++) {
      expect(await w.runOnce()).toBe(1);
      expect(await rowByText('a#0')).toMatchObject({ status: 'pending', attempts: attempt });
      await makeAllDue();
    }
    expect(await w.runOnce()).toBe(1);
    expect(await rowByText('a#0')).toMatchObject({ status: 'dead', attempts: 3, lastError: 'still down' });
    expect(await rowByText('a#1')).toMatchObject({ status: 'pending', attempts: 0 });

    await makeAllDue();
    expect(await w.runOnce()).toBe(1);
    expect(sender.calls.map((c) => textOf(c.delivery))).toEqual(['a#0', 'a#0', 'a#0', 'a#1']);
    expect(await rowByText('a#0')).toMatchObject({ status: 'dead', attempts: 3 });
    expect(await rowByText('a#1')).toMatchObject({ status: 'sent' });
  });
});

describe('a rate limit', () => {
  it('keeps the delivery pending until retryAfterMs without counting an attempt', async () => {
    await enqueueTexts(['a'], 2);
    const sender = fakeSender({
      fail: (d) => (textOf(d) === 'a#0' ? new DeliveryError('rate_limited', 'Too Many Requests', 2000) : undefined),
    });
    const w = worker(sender, { maxAttempts: 1 });

    const before = Date.now();
    expect(await w.runOnce()).toBe(1);
    const after = Date.now();
    const limited = await rowByText('a#0');
    expect(limited).toMatchObject({ status: 'pending', attempts: 0, lastError: 'Too Many Requests' });
    expect(limited.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 2000 - 1);
    expect(limited.nextAttemptAt.getTime()).toBeLessThanOrEqual(after + 2000 + 1);
    expect(await w.runOnce()).toBe(0);

    // Even with maxAttempts 1, repeated rate limits never make it dead.
    for (let i = 0; i < 3; i++) {
      await makeAllDue();
      expect(await w.runOnce()).toBe(1);
      expect(await rowByText('a#0')).toMatchObject({ status: 'pending', attempts: 0 });
    }
    expect(sender.calls.map((c) => c.delivery.attempts)).toEqual([1, 1, 1, 1]);
    expect(sender.calls.every((c) => textOf(c.delivery) === 'a#0')).toBe(true);
  });
});

describe('a permanent failure', () => {
  it('marks the delivery failed and tells onPermanentFailure once, in the same transaction', async () => {
    await enqueueTexts(['a'], 2);
    const sender = fakeSender({
      fail: (d) => (textOf(d) === 'a#0' ? new DeliveryError('permanent', 'Forbidden: bot was blocked by the user') : undefined),
    });
    const told: Array<{ delivery: OutboundDelivery; reason: string; statusInside?: DeliveryStatus; statusOutside?: DeliveryStatus }> = [];
    const w = worker(sender, {
      onPermanentFailure: async (trx, delivery, reason) => {
        const inside = await trx.selectFrom('deliveries').select('status').where('id', '=', delivery.id).executeTakeFirst();
        // Another connection must not see the change before the transaction commits.
        const outside = await db.selectFrom('deliveries').select('status').where('id', '=', delivery.id).executeTakeFirst();
        await trx
          .insertInto('audit_log')
          .values({
            actor: 'system',
            action: 'delivery.failed',
            entity_type: 'delivery',
            entity_id: delivery.id,
            details: JSON.stringify({ reason }),
          })
          .execute();
        told.push({ delivery, reason, statusInside: inside?.status, statusOutside: outside?.status });
      },
    });

    expect(await w.runOnce()).toBe(1);
    const failed = await rowByText('a#0');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastError: 'Forbidden: bot was blocked by the user' });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      delivery: { id: failed.id, chatId: 'a', payload: { kind: 'text', text: 'a#0' } },
      reason: 'Forbidden: bot was blocked by the user',
      statusInside: 'failed',
      statusOutside: 'sending',
    });
    const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', failed.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'delivery.failed', details: { reason: 'Forbidden: bot was blocked by the user' } });

    // The failed delivery is finished: it is not retried, and the chat moves on.
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(told).toHaveLength(1);
    expect(sender.calls.map((c) => textOf(c.delivery))).toEqual(['a#0', 'a#1']);
    expect(await rowByText('a#1')).toMatchObject({ status: 'sent' });
  });
});

describe('several workers', () => {
  it('send each of 200 deliveries over 20 chats exactly once and in order per chat', async () => {
    const chats = Array.from({ length: 20 }, (_, i) => `chat-${i}`);
    await enqueueTexts(chats, 10);
    // A second pool: the other worker stands for another replica with connections of its own.
    const otherDb = createDatabase(database.url, { maxConnections: 5 });
    extraPools.push(otherDb);

    const sendCount = new Map<string, number>();
    const log: SendRecord[] = [];
    const countingSender = (): ChannelSender => ({
      async send(delivery) {
        sendCount.set(delivery.id, (sendCount.get(delivery.id) ?? 0) + 1);
        log.push({ delivery, round: 0 });
        await sleep(1 + Math.floor(Math.random() * 3));
        return { externalId: `ext-${delivery.id}` };
      },
    });
    const first = worker(countingSender(), { batchSize: 5 });
    const second = worker(countingSender(), { batchSize: 5, db: otherDb });

    let handledByFirst = 0;
    let handledBySecond = 0;
    for (let round = 0; round < 200 && log.length < 200; round++) {
      const [a, b] = await Promise.all([first.runOnce(), second.runOnce()]);
      handledByFirst += a;
      handledBySecond += b;
    }

    const all = await rows();
    expect(all).toHaveLength(200);
    expect(all.filter((r) => r.status !== 'sent')).toEqual([]);
    expect(all.every((r) => sendCount.get(r.id) === 1)).toBe(true);
    expect(log).toHaveLength(200);
    expect(handledByFirst).toBeGreaterThan(0);
    expect(handledBySecond).toBeGreaterThan(0);
    expect(handledByFirst + handledBySecond).toBe(200);
    expectChatOrder(log, chats, 10);
  });
});

describe('a permanent failure whose follow-up fails', () => {
  it('still ends the delivery, so the chat moves on and nothing is sent twice', async () => {
    await enqueueTexts(['a'], 2);
    const sender = fakeSender({
      fail: (d) => (textOf(d) === 'a#0' ? new DeliveryError('permanent', 'Forbidden: bot was blocked by the user') : undefined),
    });
    const w = worker(sender, {
      onPermanentFailure: async () => {
        throw new Error('the follow-up could not be written');
      },
    });
    await w.runOnce();
    expect(await rowByText('a#0')).toMatchObject({ status: 'failed' });
    await w.runOnce();
    expect(sender.sent.map((s) => textOf(s.delivery))).toEqual(['a#1']);
    expect(sender.calls.filter((c) => textOf(c.delivery) === 'a#0')).toHaveLength(1);
  });
});

describe('a worker whose claim was taken over', () => {
  it('does not overwrite the outcome of the worker that holds the claim now', async () => {
    await enqueueTexts(['a'], 1);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: ChannelSender = {
      async send() {
        await held;
        throw new DeliveryError('transient', 'timed out long ago');
      },
    };
    const first = worker(slow, { claimTimeoutMs: 50 }).runOnce();
    await waitFor(async () => (await rowByText('a#0')).status === 'sending', 2000, 'the first claim');
    await sleep(120);
    const second = fakeSender();
    expect(await worker(second, { claimTimeoutMs: 50 }).runOnce()).toBe(1);
    release();
    await first;
    expect(await rowByText('a#0')).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('a lost claim', () => {
  it('is taken again once it has been sending for longer than claimTimeoutMs', async () => {
    await enqueueTexts(['a'], 1);
    await db
      .updateTable('deliveries')
      .set({ status: 'sending', attempts: 1, updated_at: sql<Date>`now() - interval '1 second'` })
      .execute();
    const sender = fakeSender();
    expect(await worker(sender, { claimTimeoutMs: 50 }).runOnce()).toBe(1);
    expect(sender.sent.map((s) => textOf(s.delivery))).toEqual(['a#0']);
    expect(await rowByText('a#0')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('is left alone while it is younger than claimTimeoutMs', async () => {
    await enqueueTexts(['a'], 1);
    await db
      .updateTable('deliveries')
      .set({ status: 'sending', attempts: 1, updated_at: sql<Date>`now() - interval '1 second'` })
      .execute();
    const sender = fakeSender();
    expect(await worker(sender, { claimTimeoutMs: 60_000 }).runOnce()).toBe(0);
    expect(sender.calls).toEqual([]);
    expect(await rowByText('a#0')).toMatchObject({ status: 'sending', attempts: 1 });
  });
});

describe('a channel without a sender', () => {
  it('is not claimed: its deliveries stay pending and untouched', async () => {
    await enqueueTexts(['wa-1', 'wa-2'], 2, { channel: 'whatsapp' });
    await enqueueTexts(['tg-1'], 1, { channel: 'telegram' });
    const sender = fakeSender();
    expect(await worker(sender).runOnce()).toBe(1);
    expect(await worker(null).runOnce()).toBe(0);

    const whatsapp = (await rows()).filter((r) => r.channel === 'whatsapp');
    expect(whatsapp).toHaveLength(4);
    for (const row of whatsapp) expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    expect(sender.calls.map((c) => c.delivery.channel)).toEqual(['telegram']);
  });
});

describe('backoffMs', () => {
  const ceiling = (attempt: number) => Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));

  it('lies within [ceiling / 2, ceiling] for the random value drawn', () => {
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 1)).toBe(1000);
    expect(backoffMs(2, () => 0.5)).toBe(1500);
    expect(backoffMs(4, () => 1)).toBe(8000);
    for (let attempt = 1; attempt <= 20; attempt++) {
      expect(backoffMs(attempt, () => 0)).toBe(ceiling(attempt) / 2);
      expect(backoffMs(attempt, () => 0.999_999)).toBeLessThanOrEqual(ceiling(attempt));
      expect(backoffMs(attempt, () => 0.999_999)).toBeGreaterThan(ceiling(attempt) * 0.99);
      for (let i = 0; i < 20; i++) {
        const delay = backoffMs(attempt);
        expect(delay).toBeGreaterThanOrEqual(ceiling(attempt) / 2);
        expect(delay).toBeLessThanOrEqual(ceiling(attempt));
      }
    }
  });

  it('grows with the attempt and is capped at five minutes', () => {
    for (const r of [0, 0.3, 0.999]) {
      const delays = Array.from({ length: 15 }, (_, i) => backoffMs(i + 1, () => r));
      for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
      expect(delays[1]).toBeGreaterThan(delays[0] ?? 0);
    }
    expect(backoffMs(9, () => 1)).toBe(256_000);
    expect(backoffMs(10, () => 1)).toBe(300_000);
    expect(backoffMs(10, () => 0)).toBe(150_000);
    expect(backoffMs(5000, () => 1)).toBe(300_000);
    expect(backoffMs(5000, () => 0)).toBe(150_000);
  });
});

describe('start, nudge and stop', () => {
  it('sends promptly on nudge, and nothing more once stopped', async () => {
    const sender = fakeSender();
    const w = worker(sender, { pollIntervalMs: 60_000 });
    w.start();
    await sleep(100); // the first round finds nothing; the next poll is a minute away

    await enqueueTexts(['a'], 1);
    await sleep(150);
    expect(sender.calls).toHaveLength(0); // not without a nudge
    const nudged = Date.now();
    w.nudge();
    await waitFor(async () => (await rowByText('a#0')).status === 'sent', 1000, 'a#0 to be sent');
    expect(Date.now() - nudged).toBeLessThan(1000);
    expect(sender.sent.map((s) => textOf(s.delivery))).toEqual(['a#0']);

    await w.stop();
    await enqueueTexts(['b'], 1);
    w.nudge();
    await sleep(300);
    expect(sender.calls).toHaveLength(1);
    expect(await rowByText('b#0')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('keeps sending after a round that handled work, without waiting for the poll', async () => {
    await enqueueTexts(['a'], 3);
    const sender = fakeSender();
    const w = worker(sender, { pollIntervalMs: 60_000 });
    w.start();
    await waitFor(() => sender.sent.length === 3, 1000, 'three sends');
    expect(textsByChat(sender.sent).get('a')).toEqual(['a#0', 'a#1', 'a#2']);
  });

  it('waits in stop() for the send in flight to finish', async () => {
    await enqueueTexts(['a'], 1);
    const sender = fakeSender({ delayMs: 150 });
    const w = worker(sender, { pollIntervalMs: 60_000 });
    w.start();
    await waitFor(() => sender.calls.length === 1, 1000, 'the send to start');
    await w.stop();
    expect(sender.sent).toHaveLength(1);
    expect(await rowByText('a#0')).toMatchObject({ status: 'sent' });
  });
});
