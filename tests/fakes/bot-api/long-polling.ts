/**
 * The update queue and getUpdates. A poll is held honestly, until an update arrives or its timeout
 * passes, and `offset` confirms updates as Telegram does; a fake answering at once makes a bot busy-loop.
 */
import type { ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { notify, respond } from './call-log.js';
import { num } from './params.js';
import type { FakeState, Poller } from './state.js';
import type { ApiResponseBody, RecordedCall, UpdateInput } from './types.js';
import { ApiError } from './wire-format.js';

const MAX_LIMIT = 100;
// grammY's bot.stop() aborts its poll and at once sends a final getUpdates, often on another socket.
const ABORT_GRACE_MS = 50;
const STOP_FLUSH_MS = 100;

const TERMINATED_BY_OTHER_POLL: ApiResponseBody = {
  ok: false,
  error_code: 409,
  description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
};

/** An update given without an id takes the next one; one given with an id moves the counter past it. */
export function assignUpdateId(state: FakeState, input: UpdateInput): number {
  const id = input.update_id ?? state.updates.nextId;
  state.updates.nextId = Math.max(state.updates.nextId, id + 1);
  return id;
}

export function pushUpdate(state: FakeState, input: UpdateInput): Update {
  const update: Update = { ...input, update_id: assignUpdateId(state, input) };
  const { queue } = state.updates;
  queue.push(update);
  queue.sort((a, b) => a.update_id - b.update_id);
  scheduleWake(state);
  return update;
}

export function pendingUpdates(state: FakeState): Update[] {
  return [...state.updates.queue];
}

export function dropPendingUpdates(state: FakeState): void {
  state.updates.queue = [];
}

export function confirmUpdate(state: FakeState, updateId: number): void {
  state.updates.queue = state.updates.queue.filter((u) => u.update_id !== updateId);
}

function scheduleWake(state: FakeState): void {
  const { updates } = state;
  if (updates.wakeScheduled || !updates.poller) return;
  updates.wakeScheduled = true;
  // Several pushUpdate calls in one synchronous block reach the poller as one batch. A microtask
  // rather than setImmediate keeps this working under vi.useFakeTimers().
  queueMicrotask(() => {
    updates.wakeScheduled = false;
    const p = updates.poller;
    if (p && updates.queue.length) finishPoller(state, p, 200, { ok: true, result: updates.queue.slice(0, p.limit) });
  });
}

function finishPoller(state: FakeState, p: Poller, status: number, body: ApiResponseBody): void {
  if (p.done) return;
  p.done = true;
  clearTimeout(p.timer);
  if (state.updates.poller === p) state.updates.poller = undefined;
  respond(state, p.res, p.call, status, body);
}

/** Ends a held poll with a 409, as Telegram does when something else (setWebhook) takes over the updates. */
export function terminatePoll(state: FakeState, description: string): void {
  const p = state.updates.poller;
  if (p) finishPoller(state, p, 409, { ok: false, error_code: 409, description });
}

/** Answers a held poll with no updates and waits briefly for the answer to leave, so stop() closes cleanly. */
export async function releasePoll(state: FakeState): Promise<void> {
  const held = state.updates.poller;
  if (!held) return;
  const flushed = new Promise<void>((resolve) => {
    held.res.once('finish', resolve);
    held.res.once('close', resolve);
    setTimeout(resolve, STOP_FLUSH_MS).unref();
  });
  finishPoller(state, held, 200, { ok: true, result: [] });
  await flushed;
}

/** A positive offset confirms every update below it; a negative one keeps only the last -offset updates. */
function confirmUpTo(state: FakeState, offset: number | undefined): void {
  if (offset === undefined || offset === 0) return;
  const { updates } = state;
  if (offset > 0) updates.queue = updates.queue.filter((u) => u.update_id >= offset);
  else updates.queue = updates.queue.slice(offset);
}

export async function handleGetUpdates(state: FakeState, res: ServerResponse, call: RecordedCall): Promise<void> {
  const { params } = call;
  const { updates } = state;
  if (updates.webhook) {
    throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  const offset = num(params, 'offset');
  const limit = Math.min(MAX_LIMIT, Math.max(1, num(params, 'limit') ?? MAX_LIMIT));
  const timeout = Math.max(0, num(params, 'timeout') ?? 0);
  const previous = updates.poller;
  if (previous && !previous.done) {
    // Give a just-aborted poll a moment to report its close, so only a poll that is really alive gets the 409.
    await new Promise<void>((resolve) => {
      const grace = setTimeout(resolve, ABORT_GRACE_MS);
      previous.res.once('close', () => {
        clearTimeout(grace);
        resolve();
      });
    });
    finishPoller(state, previous, 409, TERMINATED_BY_OTHER_POLL);
  }
  if (updates.poller) finishPoller(state, updates.poller, 409, TERMINATED_BY_OTHER_POLL);
  confirmUpTo(state, offset);
  if (updates.queue.length || timeout === 0) {
    respond(state, res, call, 200, { ok: true, result: updates.queue.slice(0, limit) });
    return;
  }
  const p: Poller = {
    res,
    call,
    limit,
    done: false,
    timer: setTimeout(() => finishPoller(state, p, 200, { ok: true, result: [] }), timeout * 1000),
  };
  p.timer.unref();
  updates.poller = p;
  res.on('close', () => {
    if (p.done) return;
    p.done = true;
    clearTimeout(p.timer);
    if (updates.poller === p) updates.poller = undefined;
    call.response = 'aborted';
    notify(state, call);
  });
}
