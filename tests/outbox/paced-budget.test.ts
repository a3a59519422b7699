import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../src/outbox/channel-sender.js';
import { createPacedBudget } from '../../src/outbox/paced-budget.js';

describe('a paced send budget', () => {
  it('lets one send go at a time, at uneven gaps around the rate, and one claim in at a time', async () => {
    let clock = 0;
    const randoms = [0, 1, 0.5];
    const budget = createPacedBudget({ perMinute: 600, jitter: 0.3, random: () => randoms.shift() ?? 0.5, now: () => clock });
    // 600 a minute is a 100 ms gap; the jitter makes it 70 ms, then 130 ms, then 100 ms.
    expect(budget.room()).toBe(1);
    await budget.take('chat-1');
    expect(budget.room()).toBe(1);
    const waited = budget.take('chat-2').then(() => clock);
    clock = 70;
    expect(await waited).toBe(70);
    // The third send's slot is 130 ms after the second's: more than one gap away, so no more room for now.
    const third = budget.take('chat-3');
    clock = 70;
    expect(budget.room()).toBe(0);
    clock = 200;
    await third;
  });

  it('keeps a chat from getting two sends within the per-chat gap, without spending the channel’s turn', async () => {
    let clock = 0;
    const budget = createPacedBudget({ perMinute: 6000, jitter: 0, perChatGapMs: 1000, now: () => clock });
    await budget.take('chat-1');
    clock = 500;
    const refused = await budget.take('chat-1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DeliveryError);
    expect(refused).toMatchObject({ kind: 'rate_limited', retryAfterMs: 500 });
    await budget.take('chat-2');
  });

  it('gives a waiting send back when sending stops', async () => {
    const clock = 0;
    const budget = createPacedBudget({ perMinute: 1, jitter: 0, now: () => clock });
    await budget.take('chat-1');
    const stop = new AbortController();
    const waiting = budget.take('chat-2', stop.signal);
    stop.abort();
    await expect(waiting).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 0 });
  });
});
