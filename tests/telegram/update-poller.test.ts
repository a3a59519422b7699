import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createUpdatePoller, type UpdatePoller } from '../../src/channels/telegram/update-poller.js';
import type { ComponentState } from '../../src/core/readiness.js';
import { createLogger } from '../../src/logger.js';

const text = (update_id: number, chat: number): Update => ({
  update_id,
  message: {
    message_id: update_id,
    date: 0,
    chat: { id: chat, type: 'private', first_name: 'A' },
    from: { id: chat, is_bot: false, first_name: 'A' },
    text: `u${update_id}`,
  },
});

/** A Bot API that holds `pending` until an offset confirms them, and records each offset asked with. */
function fakeApi(pending: Update[]) {
  const offsets: Array<number | undefined> = [];
  let queue = [...pending];
  const api = {
    async getUpdates(other?: { offset?: number }, signal?: AbortSignal) {
      offsets.push(other?.offset);
      if (other?.offset !== undefined) queue = queue.filter((u) => u.update_id >= (other.offset ?? 0));
      if (queue.length > 0) return queue;
      await new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));
      return [];
    },
  };
  return { api: api as unknown as Api, offsets, remaining: () => queue };
}

let poller: UpdatePoller | undefined;
afterEach(async () => {
  await poller?.stop();
  poller = undefined;
});

async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function start(
  api: Api,
  process: (update: Update) => Promise<void>,
  storeReachable: () => Promise<boolean>,
  processInBulk?: (updates: Update[]) => Promise<Set<number>>,
) {
  const states: ComponentState[] = [];
  poller = createUpdatePoller({
    api,
    allowedUpdates: ['message'],
    process,
    ...(processInBulk ? { processInBulk } : {}),
    storeReachable,
    logger: createLogger('silent'),
    onState: (state) => states.push(state),
  });
  poller.start();
  return states;
}

describe('update poller', () => {
  it('stores each chat’s updates in order and confirms them only once stored', async () => {
    const { api, offsets, remaining } = fakeApi([text(1, 10), text(2, 20), text(3, 10), text(4, 20)]);
    const stored: number[] = [];
    start(api, async (update) => {
      // Later updates of other chats may overtake; those of one chat may not.
      await new Promise((resolve) => setTimeout(resolve, update.update_id === 1 ? 30 : 1));
      stored.push(update.update_id);
    }, async () => true);
    await until(() => remaining().length === 0);
    expect(stored.indexOf(1)).toBeLessThan(stored.indexOf(3));
    expect(stored.indexOf(2)).toBeLessThan(stored.indexOf(4));
    expect(offsets).toEqual([undefined, 5]);
  });

  it('stores one by one only what the bulk did not take, and everything one by one when the bulk fails', async () => {
    const { api, offsets, remaining } = fakeApi([text(1, 10), text(2, 20), text(3, 10)]);
    const one: number[] = [];
    start(api, async (update) => void one.push(update.update_id), async () => true, async () => new Set([1, 2]));
    await until(() => remaining().length === 0);
    expect(one).toEqual([3]);
    expect(offsets).toEqual([undefined, 4]);
    await poller?.stop();

    const again = fakeApi([text(4, 10), text(5, 20)]);
    const fallback: number[] = [];
    start(again.api, async (update) => void fallback.push(update.update_id), async () => true, () => Promise.reject(new Error('deadlock detected')));
    await until(() => again.remaining().length === 0);
    expect(fallback.sort()).toEqual([4, 5]);
  });

  it('pauses while the store is away and fetches the unstored updates again', async () => {
    const { api, offsets, remaining } = fakeApi([text(1, 10), text(2, 20)]);
    let storeUp = false;
    const stored = new Set<number>();
    const states = start(api, async (update) => {
      if (!storeUp && update.update_id === 2) throw new Error('connection refused');
      stored.add(update.update_id);
    }, async () => storeUp);
    await until(() => states.some((s) => s.state === 'paused'));
    expect(remaining()).toHaveLength(2);
    storeUp = true;
    await until(() => remaining().length === 0);
    expect([...stored].sort()).toEqual([1, 2]);
    expect(offsets.slice(0, 2)).toEqual([undefined, 2]);
  });

  it('skips an update that keeps failing while the store answers, so it cannot hold up every chat', async () => {
    const { api, remaining } = fakeApi([text(1, 10), text(2, 20)]);
    const stored: number[] = [];
    start(api, async (update) => {
      if (update.update_id === 1) throw new Error('a bug, not an outage');
      stored.push(update.update_id);
    }, async () => true);
    await until(() => remaining().length === 0);
    expect(stored).toContain(2);
  });
});
