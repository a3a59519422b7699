/** The record of every Bot API call and its answer, which tests read and wait on. */
import type { ServerResponse } from 'node:http';
import type { FakeState } from './state.js';
import type { ApiParams, ApiResponseBody, CallPredicate, RecordedCall, SentToOptions, UploadedFile } from './types.js';
import { type ApiError, errorBody, sendJson } from './wire-format.js';

// Generous, for a loaded machine: a call that does come ends the wait at once.
const DEFAULT_WAIT_MS = 10_000;
const RECENT_CALLS_SHOWN = 15;

/** Calls that put a message into a chat and so count against the flood limits; sendChatAction does not. */
export function isSendMethod(method: string): boolean {
  return (
    (method.startsWith('send') && method !== 'sendChatAction') ||
    method === 'copyMessage' ||
    method === 'copyMessages' ||
    method === 'forwardMessage' ||
    method === 'forwardMessages'
  );
}

export function notify(state: FakeState, call: RecordedCall): void {
  for (const listener of [...state.log.listeners]) listener(call);
}

export function recordCall(
  state: FakeState,
  method: string,
  params: ApiParams,
  files: Record<string, UploadedFile>,
): RecordedCall {
  const { calls } = state.log;
  const call: RecordedCall = { index: calls.length, method, params, files, at: Date.now() };
  calls.push(call);
  notify(state, call);
  return call;
}

/** Records the answer before writing it, so a test that sees the answer also sees it in `calls`. */
export function respond(
  state: FakeState,
  res: ServerResponse,
  call: RecordedCall | undefined,
  status: number,
  body: ApiResponseBody,
): void {
  if (call) {
    call.response = { status, body };
    notify(state, call);
  }
  if (!res.writableEnded && !res.destroyed) sendJson(res, status, body);
}

export function respondError(state: FakeState, res: ServerResponse, call: RecordedCall | undefined, e: ApiError): void {
  if (e.code === 429) state.log.stats.tooManyRequests++;
  respond(state, res, call, e.code, errorBody(e));
}

export function callsOf(state: FakeState, method: string): RecordedCall[] {
  return state.log.calls.filter((c) => c.method.toLowerCase() === method.toLowerCase());
}

export function sentTo(state: FakeState, chatId: number | string, options: SentToOptions = {}): RecordedCall[] {
  return state.log.calls.filter(
    (c) =>
      isSendMethod(c.method) &&
      String(c.params['chat_id']) === String(chatId) &&
      (options.includeFailed === true || (typeof c.response === 'object' && c.response.status === 200)),
  );
}

export function waitFor(
  state: FakeState,
  predicate: CallPredicate | string,
  timeoutMs = DEFAULT_WAIT_MS,
): Promise<RecordedCall> {
  const { calls, listeners } = state.log;
  const test: CallPredicate = typeof predicate === 'string' ? (c) => c.method === predicate : predicate;
  const existing = calls.find(test);
  if (existing) return Promise.resolve(existing);
  return new Promise<RecordedCall>((resolve, reject) => {
    const listener = (call: RecordedCall): void => {
      if (!test(call)) return;
      listeners.delete(listener);
      clearTimeout(timer);
      resolve(call);
    };
    const timer = setTimeout(() => {
      listeners.delete(listener);
      const recent = calls.slice(-RECENT_CALLS_SHOWN).map(describeCall);
      reject(
        new Error(
          `waitFor: no matching Bot API call within ${timeoutMs} ms (${calls.length} calls so far${
            recent.length ? `; most recent:\n  ${recent.join('\n  ')}` : ''
          })`,
        ),
      );
    }, timeoutMs);
    listeners.add(listener);
  });
}

function describeCall(call: RecordedCall): string {
  const params = JSON.stringify(call.params);
  const response = call.response === undefined ? 'pending' : typeof call.response === 'string' ? call.response : call.response.status;
  const files = Object.keys(call.files);
  return `#${call.index} ${call.method} ${params.length > 160 ? `${params.slice(0, 160)}…` : params}${
    files.length ? ` files=[${files.join(',')}]` : ''
  } → ${response}`;
}
