/** Flood limits (429 with retry_after), blocked and unknown chats, and faults a test injects (also into file downloads). */
import type { FakeState } from './state.js';
import type { ApiResponseBody, FaultResponse } from './types.js';
import { ApiError } from './wire-format.js';

const DEFAULT_FAULT_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  429: 'Too Many Requests: retry after 1', 500: 'Internal Server Error', 502: 'Bad Gateway',
};

/**
 * Throws the 429 Telegram would answer for one more send to `chatId` at `now`. Checking and
 * counting are separate so that a send failing for another reason (400, 403) spends no budget.
 */
export function checkLimits(state: FakeState, chatId: number, now: number): void {
  const { limits } = state;
  if (!limits) return;
  const { acceptedSends, chatBuckets, groupWindows } = state.rates;
  let retryAfter = 0;
  dropOlderThanOneSecond(acceptedSends, now);
  if (acceptedSends.length >= limits.perSecond) {
    retryAfter = Math.max(retryAfter, Math.ceil(((acceptedSends[0] ?? now) + 1000 - now) / 1000));
  }
  const bucket = chatBuckets.get(chatId);
  if (bucket) {
    const tokens = Math.min(limits.burst, bucket.tokens + ((now - bucket.updated) / 1000) * limits.perChatPerSecond);
    if (tokens < 1) retryAfter = Math.max(retryAfter, Math.ceil((1 - tokens) / limits.perChatPerSecond));
  }
  if (chatId < 0) {
    const window = (groupWindows.get(chatId) ?? []).filter((t) => t > now - 60_000);
    groupWindows.set(chatId, window);
    if (window.length >= limits.perGroupPerMinute) {
      retryAfter = Math.max(retryAfter, Math.ceil(((window[0] ?? now) + 60_000 - now) / 1000));
    }
  }
  if (retryAfter > 0) {
    retryAfter = Math.max(1, retryAfter);
    throw new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
  }
}

/** Counts an accepted send; `stats.maxSendsInAnySecond` is kept even with limits off, for benchmarks. */
export function commitSend(state: FakeState, chatId: number, now: number): void {
  const { limits } = state;
  const { acceptedSends, chatBuckets, groupWindows } = state.rates;
  dropOlderThanOneSecond(acceptedSends, now);
  acceptedSends.push(now);
  state.log.stats.maxSendsInAnySecond = Math.max(state.log.stats.maxSendsInAnySecond, acceptedSends.length);
  if (!limits) return;
  const bucket = chatBuckets.get(chatId);
  const tokens = bucket
    ? Math.min(limits.burst, bucket.tokens + ((now - bucket.updated) / 1000) * limits.perChatPerSecond)
    : limits.burst;
  chatBuckets.set(chatId, { tokens: tokens - 1, updated: now });
  if (chatId < 0) groupWindows.set(chatId, [...(groupWindows.get(chatId) ?? []), now]);
}

function dropOlderThanOneSecond(times: number[], now: number): void {
  while (times.length && (times[0] ?? 0) <= now - 1000) times.shift();
}

export function assertNotBlocked(state: FakeState, chatId: number): void {
  if (state.faults.blocked.has(chatId)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
}

export function injectFault(state: FakeState, method: string, count: number, response: FaultResponse): void {
  if (count > 0) state.faults.injected.push({ method, remaining: count, response });
}

export function injectDownloadFaults(state: FakeState, count: number, status: number): void {
  for (let i = 0; i < count; i++) state.faults.downloads.push(status);
}

/** The injected fault for this call, if any, used up by one; `'*'` matches every method. */
export function takeFault(state: FakeState, method: string): FaultResponse | undefined {
  const { injected } = state.faults;
  const fault = injected.find((f) => f.remaining > 0 && (f.method === '*' || f.method.toLowerCase() === method.toLowerCase()));
  if (!fault) return undefined;
  fault.remaining--;
  if (fault.remaining === 0) injected.splice(injected.indexOf(fault), 1);
  return fault.response;
}

/** An injected status without a body gets the body Telegram sends for it, with retry_after for a 429. */
export function faultBody(status: number, body: object | undefined): ApiResponseBody {
  if (body !== undefined) return body as ApiResponseBody;
  const description = DEFAULT_FAULT_DESCRIPTIONS[status] ?? `Error ${status}`;
  return status === 429
    ? { ok: false, error_code: 429, description, parameters: { retry_after: 1 } }
    : { ok: false, error_code: status, description };
}
