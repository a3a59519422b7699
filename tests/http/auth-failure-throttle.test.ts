import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

const secret = 'right-webhook-secret';
const limit = { max: 3, timeWindowMs: 60_000 };
const handled: Update[] = [];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    authFailureLimit: limit,
    telegramWebhook: { secret, handle: async (update) => void handled.push(update) },
  });
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

// Each test sends from addresses of its own, so the counts of one do not reach another.
const api = (remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: '/api/mentors', remoteAddress, headers });
const wrongToken = { authorization: 'Bearer wrong-token-wrong-token' };
const webhook = (remoteAddress: string, secretToken: string, updateId = 1) =>
  t.app.inject({
    method: 'POST',
    url: '/telegram/webhook',
    remoteAddress,
    headers: { 'x-telegram-bot-api-secret-token': secretToken },
    payload: { update_id: updateId },
  });

describe('throttling wrong credentials', () => {
  it('answers 401 to the first failures of an address, then 429 with Retry-After in the error shape', async () => {
    const statuses = [];
    for (let i = 0; i < limit.max; i++) statuses.push((await api('10.0.1.1', i % 2 ? wrongToken : {})).statusCode);
    expect(statuses).toEqual([401, 401, 401]);

    const refused = await api('10.0.1.1', wrongToken);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json()).toEqual({
      error: { code: 'TOO_MANY_FAILED_ATTEMPTS', message: expect.stringContaining('try again in 60 s') },
    });
    expect((await api('10.0.1.1')).statusCode).toBe(429);
  });

  it('refuses a locked-out address even its right token, so a 429 tells a guesser nothing; other addresses go on', async () => {
    for (let i = 0; i <= limit.max; i++) await api('10.0.2.1', wrongToken);
    const right = await api('10.0.2.1', auth);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('TOO_MANY_FAILED_ATTEMPTS');
    expect((await api('10.0.2.2', auth)).statusCode).toBe(200);
    expect((await api('10.0.2.2', wrongToken)).statusCode).toBe(401);
  });

  it('keys on the socket address, not on a forwarded-for header the sender writes', async () => {
    const statuses = [];
    for (let i = 0; i <= limit.max; i++) {
      statuses.push((await api('10.0.3.1', { ...wrongToken, 'x-forwarded-for': `192.0.2.${i}` })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('lets an address try again once its window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i <= limit.max; i++) await api('10.0.4.1', wrongToken);
    expect((await api('10.0.4.1', auth)).statusCode).toBe(429);

    vi.setSystemTime(Date.now() + limit.timeWindowMs - 1000);
    const later = await api('10.0.4.1', auth);
    expect(later.statusCode).toBe(429);
    expect(later.headers['retry-after']).toBe('1');

    vi.setSystemTime(Date.now() + 1000);
    expect((await api('10.0.4.1', auth)).statusCode).toBe(200);
    expect((await api('10.0.4.1', wrongToken)).statusCode).toBe(401);
  });

  it('never counts a right token, however many requests it makes', async () => {
    await api('10.0.5.1', wrongToken);
    const statuses = new Set<number>();
    for (let i = 0; i < 60; i++) statuses.add((await api('10.0.5.1', auth)).statusCode);
    expect([...statuses]).toEqual([200]);
    expect((await api('10.0.5.1', wrongToken)).statusCode).toBe(401);
  });
});

describe('throttling wrong webhook secrets', () => {
  it('answers 401, then 429 with Retry-After, and hands nothing on', async () => {
    const before = handled.length;
    const statuses = [];
    for (let i = 0; i <= limit.max; i++) statuses.push((await webhook('10.0.7.1', 'wrong-secret')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const refused = await webhook('10.0.7.1', secret);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json().error.code).toBe('TOO_MANY_FAILED_ATTEMPTS');
    expect(handled.length).toBe(before);
  });

  it('passes hundreds of updates with the right secret, none of them throttled', async () => {
    const before = handled.length;
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, i) => webhook('149.154.167.1', secret, 1000 + i)),
    );
    expect(new Set(responses.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(handled.length - before).toBe(300);
  });

  it('counts failures on the admin API and on the webhook together', async () => {
    await api('10.0.8.1', wrongToken);
    await webhook('10.0.8.1', 'wrong-secret');
    await api('10.0.8.1');
    expect((await webhook('10.0.8.1', 'wrong-secret')).statusCode).toBe(429);
  });
});
