import type { FakeBotApi, RecordedCall } from '../fakes/fake-bot-api.js';

/**
 * The messages the fake accepted, in one pass over its calls: the fake runs in
 * the test's process, and scanning every call once per chat would stall it
 * long enough to bunch up the arrival times it records.
 */
function acceptedSends(fake: FakeBotApi): RecordedCall[] {
  return fake.calls.filter(
    (call) =>
      call.method.startsWith('send') &&
      call.method !== 'sendChatAction' &&
      typeof call.response === 'object' &&
      call.response.status === 200,
  );
}

/** How many messages the fake accepted for each chat. */
export function sendsPerChat(fake: FakeBotApi, chats: number[]): Map<number, number> {
  const counts = new Map(chats.map((chat) => [chat, 0]));
  for (const call of acceptedSends(fake)) {
    const chat = Number(call.params.chat_id);
    const count = counts.get(chat);
    if (count !== undefined) counts.set(chat, count + 1);
  }
  return counts;
}

/** How many of the chats got at least one message. */
export const chatsReached = (fake: FakeBotApi, chats: number[]) =>
  [...sendsPerChat(fake, chats).values()].filter((n) => n > 0).length;

/** Waits until every chat got at least one message; returns how many each got. */
export async function everyChatReached(fake: FakeBotApi, chats: number[], timeoutMs: number): Promise<Map<number, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = sendsPerChat(fake, chats);
    const missing = [...counts.values()].filter((n) => n === 0).length;
    if (missing === 0) return counts;
    if (Date.now() > deadline) throw new Error(`${missing} of ${chats.length} chats got nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until at least `count` of the chats got a message. */
export async function reached(fake: FakeBotApi, chats: number[], count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (chatsReached(fake, chats) < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} chats got a message within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** When the fake accepted the last message to any of the chats. */
export const lastSendAt = (fake: FakeBotApi) => Math.max(...acceptedSends(fake).map((call) => call.at));

/** The most sends the fake accepted within any one second, by its own arrival times. */
export function mostSendsInAnySecond(fake: FakeBotApi): number {
  const times = acceptedSends(fake)
    .map((call) => call.at)
    .sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= 1000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
