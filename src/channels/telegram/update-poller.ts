import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { ComponentState } from '../../core/readiness.js';
import type { Logger } from '../../logger.js';

export interface UpdatePollerOptions {
  api: Api;
  allowedUpdates: readonly string[];
  /** Stores one update and its effects; throws when it could not. */
  process(update: Update): Promise<void>;
  /**
   * Stores at once those updates of a batch that can be stored together, and
   * returns their ids; `process` takes the rest, in order after them.
   */
  processInBulk?(updates: Update[]): Promise<Set<number>>;
  /** Whether the store answers, so a failure can be told apart from an outage. */
  storeReachable(): Promise<boolean>;
  logger: Logger;
  onState(state: ComponentState): void;
}

export interface UpdatePoller {
  start(): void;
  /** Stops polling and waits for the updates being stored. */
  stop(): Promise<void>;
}

/** An update that fails this often while the store answers is skipped, so it cannot hold up every chat. */
const maxAttemptsWhileStoreUp = 5;
const pollTimeoutSeconds = 30;

/** The chat an update belongs to: updates of one chat are stored in order. */
function chatKey(update: Update): string {
  const chat =
    update.message?.chat ?? update.edited_message?.chat ?? update.callback_query?.message?.chat ?? update.my_chat_member?.chat;
  const from = update.callback_query?.from ?? update.message?.from ?? update.my_chat_member?.from;
  return String(chat?.id ?? from?.id ?? update.update_id);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/**
 * Long polling that confirms an update (advances the offset past it) only
 * after it is stored. Updates of different chats are stored concurrently, of
 * one chat in order. When the store is unreachable polling pauses until it
 * answers again, and the unstored updates are fetched once more; those that
 * were stored meanwhile are recognised as duplicates by the store.
 */
export function createUpdatePoller(options: UpdatePollerOptions): UpdatePoller {
  const { api, logger } = options;
  const abort = new AbortController();
  const attempts = new Map<number, number>();
  let loop: Promise<void> | undefined;

  /** Stores a batch; returns the id of the first update that must be fetched again, if any. */
  async function storeBatch(updates: Update[]): Promise<number | undefined> {
    const byChat = new Map<string, Update[]>();
    for (const update of updates) {
      const key = chatKey(update);
      const chat = byChat.get(key);
      if (chat) chat.push(update);
      else byChat.set(key, [update]);
    }
    const firstFailures = await Promise.all(
      [...byChat.values()].map(async (chatUpdates) => {
        for (const update of chatUpdates) {
          try {
            await options.process(update);
            attempts.delete(update.update_id);
          } catch (error) {
            const attempt = (attempts.get(update.update_id) ?? 0) + 1;
            attempts.set(update.update_id, attempt);
            logger.error({ err: error, updateId: update.update_id, attempt }, 'update not stored');
            // Later updates of this chat wait, so the chat's order holds.
            return update.update_id;
          }
        }
        return undefined;
      }),
    );
    const failed = firstFailures.filter((id): id is number => id !== undefined);
    return failed.length > 0 ? Math.min(...failed) : undefined;
  }

  /** The ids of the updates stored in bulk; none when that failed, so each is stored on its own instead. */
  async function storeInBulk(updates: Update[]): Promise<Set<number>> {
    if (!options.processInBulk) return new Set();
    try {
      return await options.processInBulk(updates);
    } catch (error) {
      logger.warn({ err: error, updates: updates.length }, 'updates not stored in bulk; storing them one by one');
      return new Set();
    }
  }

  async function waitForStore(): Promise<void> {
    let delay = 500;
    while (!abort.signal.aborted && !(await options.storeReachable())) {
      options.onState({ ready: false, state: 'paused', reason: 'database unreachable; updates wait at Telegram' });
      await sleep(delay, abort.signal);
      delay = Math.min(5000, delay * 2);
    }
  }

  async function run(): Promise<void> {
    let offset: number | undefined;
    let failures = 0;
    while (!abort.signal.aborted) {
      let updates: Update[];
      try {
        updates = await api.getUpdates(
          { ...(offset !== undefined ? { offset } : {}), timeout: pollTimeoutSeconds, allowed_updates: [...options.allowedUpdates] as never },
          // grammY types its signal with the abort-controller polyfill; Node's is the same at run time.
          abort.signal as Parameters<Api['getUpdates']>[1],
        );
        failures = 0;
        options.onState({ ready: true, state: 'polling' });
      } catch (error) {
        if (abort.signal.aborted) return;
        failures++;
        const delay = Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
        logger.warn({ err: error, retryInMs: delay }, 'getUpdates failed');
        options.onState({ ready: false, state: 'failed', reason: error instanceof Error ? error.message : String(error) });
        await sleep(delay, abort.signal);
        continue;
      }
      const last = updates[updates.length - 1];
      if (!last) continue;
      const stored = await storeInBulk(updates);
      const retryFrom = await storeBatch(updates.filter((update) => !stored.has(update.update_id)));
      if (retryFrom === undefined) {
        offset = last.update_id + 1;
        continue;
      }
      offset = retryFrom;
      if (!(await options.storeReachable())) {
        await waitForStore();
      } else if ((attempts.get(retryFrom) ?? 0) >= maxAttemptsWhileStoreUp) {
        logger.error({ updateId: retryFrom }, 'skipping an update that keeps failing while the database answers');
        attempts.delete(retryFrom);
        offset = retryFrom + 1;
      } else {
        await sleep(500, abort.signal);
      }
    }
  }

  return {
    start() {
      loop ??= run().catch((error: unknown) => logger.error({ err: error }, 'Telegram polling stopped'));
    },
    async stop() {
      abort.abort();
      await loop;
    },
  };
}
