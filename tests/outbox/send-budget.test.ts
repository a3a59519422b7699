import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeliveryError } from '../../src/outbox/channel-sender.js';
import { createSendBudget, type SendBudgetLimits } from '../../src/outbox/send-budget.js';

const telegram: SendBudgetLimits = { perSecond: 30, perChatPerSecond: 1, chatBurst: 3, perGroupPerMinute: 20 };
const isGroup = (chatId: string) => chatId.startsWith('-');

afterEach(() => {
  vi.useRealTimers();
});

async function rateLimited(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  expect((error as DeliveryError).kind).toBe('rate_limited');
  return error as DeliveryError;
}

describe('send budget', () => {
  it('never grants more than the channel-wide limit within any second', async () => {
    vi.useFakeTimers();
    const budget = createSendBudget(telegram, isGroup, () => Date.now());
    const grantedAt: number[] = [];
    const start = Date.now();
    const takes = Array.from({ length: 90 }, (_, i) =>
      budget.take(String(i)).then((answered) => {
        grantedAt.push(Date.now() - start);
        setTimeout(answered, 5);
      }),
    );
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all(takes);
    expect(grantedAt).toHaveLength(90);
    for (const [i, at] of grantedAt.entries()) {
      const inWindow = grantedAt.filter((t) => t >= at && t < at + 1000).length;
      expect(inWindow, `window from send ${i}`).toBeLessThanOrEqual(30);
    }
    // Close to the limit, not far below it.
    expect(grantedAt[89]).toBeLessThan(3100);
  });

  it('holds the next window back until the send a window before it was answered, however late', async () => {
    vi.useFakeTimers();
    const budget = createSendBudget(telegram, isGroup, () => Date.now());
    const answers: Array<() => void> = [];
    for (let i = 0; i < 30; i++) {
      const taking = budget.take(String(i));
      await vi.advanceTimersByTimeAsync(40);
      answers.push(await taking);
    }
    let thirtyFirst = false;
    void budget.take('31').then(() => (thirtyFirst = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(thirtyFirst).toBe(false);
    answers[0]?.();
    await vi.advanceTimersByTimeAsync(1000);
    expect(thirtyFirst).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(thirtyFirst).toBe(true);
  });

  it('counts a send left unanswered for 10 s as arrived, so a hanging request cannot stop the channel', async () => {
    vi.useFakeTimers();
    const budget = createSendBudget(telegram, isGroup, () => Date.now());
    for (let i = 0; i < 30; i++) {
      const taking = budget.take(String(i));
      await vi.advanceTimersByTimeAsync(40);
      await taking;
    }
    let thirtyFirst = false;
    void budget.take('31').then(() => (thirtyFirst = true));
    await vi.advanceTimersByTimeAsync(9_700);
    expect(thirtyFirst).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(thirtyFirst).toBe(true);
  });

  it('lets a chat burst, then sends its next message back to the outbox until its turn', async () => {
    let now = 0;
    const budget = createSendBudget({ ...telegram, perSecond: 1e6 }, isGroup, () => now);
    for (let i = 0; i < 3; i++) {
      await budget.take('42');
      now += 1;
    }
    const error = await rateLimited(budget.take('42'));
    expect(error.retryAfterMs).toBeGreaterThan(990);
    expect(error.retryAfterMs).toBeLessThanOrEqual(1000);
    await budget.take('43');
    now = 1001;
    await budget.take('42');
  });

  it('keeps a group chat to its messages per minute', async () => {
    let now = 0;
    const budget = createSendBudget({ ...telegram, perSecond: 1e6, perChatPerSecond: 100, chatBurst: 100 }, isGroup, () => now);
    for (let i = 0; i < 20; i++) {
      await budget.take('-100');
      now += 100;
    }
    const error = await rateLimited(budget.take('-100'));
    expect(error.retryAfterMs).toBeGreaterThan(58_000);
    now += 61_100;
    await budget.take('-100');
  });

  it('gives a waiting delivery back when sending stops', async () => {
    vi.useFakeTimers();
    const budget = createSendBudget(telegram, isGroup, () => Date.now());
    const stop = new AbortController();
    budget.pause();
    const waiting = budget.take('7', stop.signal);
    stop.abort();
    const error = await rateLimited(waiting);
    expect(error.retryAfterMs).toBe(0);
  });
});
