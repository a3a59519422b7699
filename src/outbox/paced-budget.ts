import { setTimeout as sleep } from 'node:timers/promises';
import { DeliveryError } from './channel-sender.js';
import type { SendBudget } from './send-budget.js';

export interface PacedBudgetOptions {
  /** Sends per minute over all chats. */
  perMinute: number;
  /** How far each gap may stray from the even one, as a share of it (0.3: from 70% to 130%). */
  jitter: number;
  /** The least time between two sends to one chat. */
  perChatGapMs?: number;
  random?: () => number;
  now?: () => number;
}

/**
 * A budget for a channel that must not look automated (WhatsApp Web, whose
 * numbers are banned for bursts): one send at a time, at uneven gaps around
 * `perMinute`, and never two to one chat within `perChatGapMs`. It offers
 * room for one claim at a time, so a claimed delivery waits one gap at most.
 */
export function createPacedBudget(options: PacedBudgetOptions): SendBudget {
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => performance.now());
  const perChatGapMs = options.perChatGapMs ?? 1000;
  const evenGapMs = 60_000 / options.perMinute;
  let nextAt = 0;
  const lastToChat = new Map<string, number>();

  return {
    async take(chatId, signal) {
      const at = now();
      const chatWait = (lastToChat.get(chatId) ?? -Infinity) + perChatGapMs - at;
      if (chatWait > 0) throw new DeliveryError('rate_limited', 'chat send budget used up', Math.ceil(chatWait));
      const slot = Math.max(at, nextAt);
      nextAt = slot + evenGapMs * (1 + options.jitter * (2 * random() - 1));
      lastToChat.set(chatId, slot);
      if (lastToChat.size > 10_000) {
        for (const [id, last] of lastToChat) if (last < at - perChatGapMs) lastToChat.delete(id);
      }
      if (slot > at) {
        const waited = await sleep(slot - at, true, { signal }).catch(() => false);
        if (!waited) throw new DeliveryError('rate_limited', 'sending stopped before this delivery’s turn', 0);
      }
      return () => undefined;
    },
    pause() {
      nextAt = Math.max(nextAt, now() + evenGapMs);
    },
    room: () => (nextAt - now() <= evenGapMs ? 1 : 0),
  };
}
