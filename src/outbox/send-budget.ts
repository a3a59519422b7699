import { DeliveryError } from './channel-sender.js';

export interface SendBudgetLimits {
  /** Sends per second over all chats. */
  perSecond: number;
  /** Sustained sends per second to one chat. */
  perChatPerSecond: number;
  /** Sends one chat may receive in a burst before the per-chat rate applies. */
  chatBurst: number;
  /** Sends per minute to one group chat. */
  perGroupPerMinute: number;
}

export interface SendBudget {
  /**
   * Waits for the channel-wide slot of the next send to `chatId`, and resolves
   * with the function to call once that send has been answered (or failed).
   * Throws a `rate_limited` DeliveryError, without waiting, when that chat has
   * used its own budget (the delivery goes back to the outbox until then), or
   * when `signal` aborts the wait.
   */
  take(chatId: string, signal?: AbortSignal): Promise<() => void>;
  /** Holds every send back for one window, e.g. after taking over from another sender. */
  pause(): void;
  /**
   * How many deliveries are worth claiming now: no more than the budget can
   * let go soon, so none waits long enough in a claim to outlive it.
   */
  room(): number;
}

/** The platform's one-second window, with room for its clock counting whole milliseconds. */
const windowMs = 1010;
const groupWindowMs = 60_000 + windowMs;
const maxUnansweredMs = 10_000;

/**
 * One channel's send budget, kept by the one process that holds the channel's
 * send lease, so it holds for the deployment. Channel-wide, a send may start
 * only a window after the send `perSecond` places before it was answered: the
 * platform received that one before it answered, so however late a request
 * leaves after its turn (a busy event loop, a slow connection), the platform
 * never counts more than `perSecond` in a window. Each chat has a token
 * bucket, and each group chat a one-minute window.
 */
export function createSendBudget(
  limits: SendBudgetLimits,
  isGroup: (chatId: string) => boolean,
  now: () => number = () => performance.now(),
): SendBudget {
  // Half the even spacing: the pace can catch up after a pause (between claims, say) without a burst.
  const minSpacingMs = windowMs / limits.perSecond / 2;
  const windowSize = Math.max(1, Math.floor(limits.perSecond));
  /** The last `windowSize` sends, oldest first: when each was let go, and when it was answered. */
  const slots: Array<{ grantedAt: number; answeredAt: number | undefined }> = [];
  let pausedUntil = 0;
  const chats = new Map<string, { tokens: number; at: number }>();
  const groups = new Map<string, number[]>();

  const tokensAt = (bucket: { tokens: number; at: number }, at: number) =>
    Math.min(limits.chatBurst, bucket.tokens + (Math.max(0, at - bucket.at) / 1000) * limits.perChatPerSecond);

  function chatWaitMs(chatId: string, at: number): number {
    const bucket = chats.get(chatId);
    if (bucket) {
      const tokens = tokensAt(bucket, at);
      if (tokens < 1) return ((1 - tokens) / limits.perChatPerSecond) * 1000;
    }
    if (isGroup(chatId)) {
      const recent = (groups.get(chatId) ?? []).filter((t) => t > at - groupWindowMs);
      groups.set(chatId, recent);
      if (recent.length >= limits.perGroupPerMinute) return (recent[0] ?? at) + groupWindowMs - at;
    }
    return 0;
  }

  function spend(chatId: string, at: number): void {
    const bucket = chats.get(chatId);
    const tokens = bucket ? tokensAt(bucket, at) : limits.chatBurst;
    chats.set(chatId, { tokens: tokens - 1, at: Math.max(at, bucket?.at ?? at) });
    if (isGroup(chatId)) groups.get(chatId)?.push(at);
    // Buckets refilled to the brim carry no information; dropping them bounds the map.
    if (chats.size > 10_000) {
      for (const [id, b] of chats) {
        if (tokensAt(b, at) >= limits.chatBurst) chats.delete(id);
      }
    }
  }

  /** Deliveries waiting for their turn, each as the function that lets it go. */
  const waiters: Array<(answered: () => void) => void> = [];
  let timer: NodeJS.Timeout | undefined;

  /** When the next send may go. */
  function earliestSlot(): number {
    const last = slots[slots.length - 1]?.grantedAt ?? -Infinity;
    const windowStart = slots.length >= windowSize ? slots[slots.length - windowSize] : undefined;
    // A request left hanging must not stop the channel: after a while it counts as arrived.
    const arrived = windowStart ? (windowStart.answeredAt ?? windowStart.grantedAt + maxUnansweredMs) : -Infinity;
    return Math.max(pausedUntil, last + minSpacingMs, arrived + windowMs);
  }

  /** Lets waiters go one at a time, as the window allows. */
  function pump(): void {
    clearTimeout(timer);
    timer = undefined;
    while (waiters.length > 0) {
      const at = now();
      const slot = earliestSlot();
      // A send answered meanwhile calls pump() sooner.
      if (slot > at) {
        timer = setTimeout(pump, Math.ceil(slot - at));
        return;
      }
      const entry = { grantedAt: at, answeredAt: undefined as number | undefined };
      slots.push(entry);
      if (slots.length > windowSize) slots.shift();
      waiters.shift()?.(() => {
        entry.answeredAt ??= now();
        if (waiters.length > 0) pump();
      });
    }
  }

  return {
    async take(chatId, signal) {
      const wait = chatWaitMs(chatId, now());
      if (wait > 0) throw new DeliveryError('rate_limited', 'chat send budget used up', Math.ceil(wait));
      // Spent at once, so the next delivery to this chat sees it while this one waits for its turn.
      spend(chatId, now());
      return new Promise<() => void>((resolve, reject) => {
        const onAbort = () => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(new DeliveryError('rate_limited', 'sending stopped before this delivery’s turn', 0));
        };
        const waiter = (answered: () => void) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(answered);
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        waiters.push(waiter);
        if (timer === undefined) pump();
      });
    },
    pause() {
      pausedUntil = Math.max(pausedUntil, now() + windowMs);
    },
    room: () => Math.max(1, windowSize - waiters.length),
  };
}
